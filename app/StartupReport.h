// StartupReport: says once on stderr how long the app took to show its feed — when the feed's
// viewport has finished its first paint with rows in it — measured from the start of main() and
// from the exec() of the process. Only made when ASANAFEED_REPORT_STARTUP is set (bench_startup).
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace AsanaFeed {

class StartupReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupReport)

public:
    // `sinceMain` was started first thing in main(). Watches `view`'s viewport.
    StartupReport(QElapsedTimer sinceMain, QAbstractItemView* view, QObject* parent = nullptr);

    [[nodiscard]] static bool isRequested();
    // Milliseconds since the kernel started this process, or -1 where that cannot be read.
    [[nodiscard]] static double msSinceProcessStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_sinceMain;
    QPointer<QAbstractItemView> m_view;
    bool m_done = false;
};

} // namespace AsanaFeed
