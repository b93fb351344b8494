#include "notify/NotificationBatcher.h"

#include <algorithm>
#include <utility>

namespace AsanaFeed {

NotificationBatcher::NotificationBatcher(std::chrono::milliseconds window, int burst)
    : m_windowMs(window.count())
    , m_burst(std::max(1, burst))
{}

void NotificationBatcher::add(const PendingNotice& notice, qint64 nowMs)
{
    if (notice.eventId <= m_lastNotified) {
        return; // notified already, in this run or an earlier one
    }
    Window& window = m_windows[notice.subscription];
    if (window.notices.isEmpty()) {
        window.endsAt = nowMs + m_windowMs;
        m_order.append(notice.subscription);
    }
    const bool known = std::any_of(window.notices.cbegin(), window.notices.cend(),
                                   [&notice](const PendingNotice& n) { return n.eventId == notice.eventId; });
    if (!known) {
        window.notices.append(notice);
    }
}

qint64 NotificationBatcher::nextFlushAt() const
{
    qint64 next = -1;
    for (const Window& window : m_windows) {
        if (!window.notices.isEmpty() && (next < 0 || window.endsAt < next)) {
            next = window.endsAt;
        }
    }
    return next;
}

QList<Notice> NotificationBatcher::flush(qint64 nowMs)
{
    QList<Notice> shown;
    for (qsizetype i = 0; i < m_order.size();) {
        const QString subscription = m_order.at(i);
        Window& window = m_windows[subscription];
        if (window.endsAt > nowMs) {
            ++i;
            continue;
        }
        QList<PendingNotice> notices = std::exchange(window.notices, {});
        m_windows.remove(subscription);
        m_order.removeAt(i);
        std::sort(notices.begin(), notices.end(),
                  [](const PendingNotice& a, const PendingNotice& b) { return a.eventId < b.eventId; });
        if (notices.size() > m_burst) {
            const PendingNotice& newest = notices.constLast();
            const QString title =
                newest.subscriptionName.isEmpty()
                    ? tr("%n new events", nullptr, int(notices.size()))
                    : tr("%n new events in %1", nullptr, int(notices.size())).arg(newest.subscriptionName);
            shown.append({title, newest.sentence, newest.eventId, int(notices.size()), subscription});
        } else {
            for (const PendingNotice& notice : std::as_const(notices)) {
                shown.append({notice.sentence, notice.reason, notice.eventId, 1, subscription});
            }
        }
        m_lastNotified = std::max(m_lastNotified, notices.constLast().eventId);
    }
    return shown;
}

} // namespace AsanaFeed
