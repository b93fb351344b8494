#include "StartupReport.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace AsanaFeed {

StartupReport::StartupReport(QElapsedTimer sinceMain, QAbstractItemView* view, QObject* parent)
    : QObject(parent)
    , m_sinceMain(sinceMain)
    , m_view(view)
{
    m_view->viewport()->installEventFilter(this);
}

bool StartupReport::isRequested()
{
    return qEnvironmentVariableIsSet("ASANAFEED_REPORT_STARTUP");
}

double StartupReport::msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/self/stat: when the process started, in clock ticks after boot — the same
    // clock as CLOCK_BOOTTIME (the system's uptime).
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    // The fields after the command name (in parentheses, may hold spaces) start at field 3.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const double startTicks = fields.value(22 - 3).toDouble(&ok);
    timespec now{};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
        return -1;
    }
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
#else
    return -1;
#endif
}

bool StartupReport::eventFilter(QObject* watched, QEvent* event)
{
    if (m_done || event->type() != QEvent::Paint || !m_view || watched != m_view->viewport() || !m_view->model() ||
        m_view->model()->rowCount() == 0) {
        return QObject::eventFilter(watched, event);
    }
    // Let the view paint first (this filter steps aside and hands the event on), then report.
    m_done = true;
    watched->removeEventFilter(this);
    QCoreApplication::sendEvent(watched, event);
    const double sinceMain = double(m_sinceMain.nsecsElapsed()) / 1e6;
    const double sinceExec = msSinceProcessStart();
    if (sinceExec >= 0) {
        std::fprintf(stderr, "asana-feed: first paint after %.0f ms (%.0f ms since exec)\n", sinceMain, sinceExec);
    } else {
        std::fprintf(stderr, "asana-feed: first paint after %.0f ms\n", sinceMain);
    }
    std::fflush(stderr);
    return true;
}

} // namespace AsanaFeed
