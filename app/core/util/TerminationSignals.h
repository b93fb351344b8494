// TerminationSignals: turns SIGINT/SIGTERM (Ctrl+C / console close on Windows) into a Qt signal
// delivered on the event loop, so that shutdown runs normal code: flush, close, exit 0.
// One implementation per platform, chosen by CMake: TerminationSignals_posix.cpp (signals, a
// self-pipe) and TerminationSignals_win.cpp (the console's control handler).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace AsanaFeed {

class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace AsanaFeed
