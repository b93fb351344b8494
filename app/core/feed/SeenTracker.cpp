#include "feed/SeenTracker.h"

#include <algorithm>
#include <limits>

namespace AsanaFeed {

SeenTracker::SeenTracker(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SeenTracker::fire);
}

void SeenTracker::setDwell(std::chrono::milliseconds dwell)
{
    m_dwell = std::max(dwell, std::chrono::milliseconds(0));
    schedule();
}

void SeenTracker::setLooking(bool looking)
{
    if (looking == m_looking) {
        return;
    }
    m_looking = looking;
    // A moment counts from when the person looks (again): time behind another window or in the
    // tray is not time on screen.
    const qint64 now = m_clock.elapsed();
    for (auto it = m_since.begin(); it != m_since.end(); ++it) {
        it.value() = now;
    }
    schedule();
}

void SeenTracker::setOnScreen(const QList<qint64>& ids)
{
    const qint64 now = m_clock.elapsed();
    QHash<qint64, qint64> since;
    QSet<qint64> reported;
    for (const qint64 id : ids) {
        if (m_reported.contains(id)) {
            reported.insert(id);
        } else {
            since.insert(id, m_since.value(id, now));
        }
    }
    m_since = std::move(since);
    m_reported = std::move(reported);
    schedule();
}

void SeenTracker::schedule()
{
    if (!m_looking || m_since.isEmpty()) {
        m_timer.stop();
        return;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    for (const qint64 since : std::as_const(m_since)) {
        first = std::min(first, since);
    }
    const qint64 due = first + m_dwell.count() - m_clock.elapsed();
    m_timer.start(int(std::clamp<qint64>(due, 0, std::numeric_limits<int>::max())));
}

void SeenTracker::fire()
{
    if (!m_looking) {
        return;
    }
    const qint64 now = m_clock.elapsed();
    QList<qint64> due;
    for (auto it = m_since.begin(); it != m_since.end();) {
        if (now - it.value() >= m_dwell.count()) {
            due.append(it.key());
            m_reported.insert(it.key());
            it = m_since.erase(it);
        } else {
            ++it;
        }
    }
    schedule();
    if (!due.isEmpty()) {
        std::sort(due.begin(), due.end());
        emit seen(due);
    }
}

} // namespace AsanaFeed
