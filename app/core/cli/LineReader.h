// LineReader: reads one line from an input stream (standard input) without blocking the event
// loop, so that timeouts and Ctrl+C keep working while the program waits for the person. POSIX
// (LineReader_posix.cpp): a QSocketNotifier on the descriptor; Windows (LineReader_win.cpp): a
// detached thread that hands the line over with a queued call (a thread blocked in a read cannot
// be joined, and need not be: the process ends around it).
#pragma once

#include <QByteArray>
#include <QObject>

#include <cstdio>
#include <memory>

class QSocketNotifier;

namespace AsanaFeed {

class LineReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineReader)

public:
    // Longer input is cut here and handed over as the line.
    static constexpr qsizetype maxLineBytes = 64 * 1024;

    // `input` must stay open while reading; nothing else may read from it meanwhile.
    explicit LineReader(std::FILE* input, QObject* parent = nullptr);
    ~LineReader() override;

    // Emits exactly one of the signals, from the event loop.
    void start();

signals:
    // Without the line break (and a carriage return before it); the rest before end of input
    // when the last line has none.
    void lineRead(const QString& line);
    // The input ended (or failed) before anything was read.
    void endOfInput();

private:
    struct Handover;

    // Takes what was read so far; true once a signal was emitted.
    bool take(const QByteArray& bytes, bool atEnd);

    std::FILE* m_input = nullptr;
    QByteArray m_buffer;
    QSocketNotifier* m_notifier = nullptr;
    std::shared_ptr<Handover> m_handover;
    bool m_done = false;
};

} // namespace AsanaFeed
