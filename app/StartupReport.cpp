#include "StartupReport.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

#include <cstdio>

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
