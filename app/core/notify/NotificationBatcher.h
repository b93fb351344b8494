// NotificationBatcher: turns the events worth a notification into the notifications shown. A
// burst is one notification: more than `burst` events of one subscription within `window` make
// "7 new events in Launch plan" instead of seven. An event is never notified twice: ids at or
// below the last one notified (kept by the caller across restarts) are ignored, so the catch-up
// after a restart notifies only what is new, and a catch-up of many is one summary like a burst.
// Pure logic: the caller owns the clock and the timer (nextFlushAt() says when to call flush()).
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>

namespace AsanaFeed {

struct PendingNotice
{
    qint64 eventId = 0; // the store's id: grows with every event kept
    QString subscription;
    QString subscriptionName;
    QString sentence; // "Dana Ruiz assigned you Fix login"
    QString reason;   // NotifyDecision::reason
};

struct Notice
{
    QString title;      // "Dana Ruiz assigned you Fix login", or "7 new events in Launch plan"
    QString body;       // the reason, or the newest of the burst
    qint64 eventId = 0; // the event to show when clicked (the newest, for a summary)
    int count = 1;      // events it stands for
    QString subscription;
};

class NotificationBatcher final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationBatcher)

public:
    explicit NotificationBatcher(std::chrono::milliseconds window = std::chrono::seconds(4), int burst = 3);

    // Events at or below `id` were notified already (or before this run: never again).
    void setLastNotified(qint64 id) { m_lastNotified = id; }
    [[nodiscard]] qint64 lastNotified() const { return m_lastNotified; }

    // `notice` is worth a notification; it waits for its subscription's window to end.
    void add(const PendingNotice& notice, qint64 nowMs);
    // When flush() has something to give (milliseconds, as `nowMs`); -1: nothing waits.
    [[nodiscard]] qint64 nextFlushAt() const;
    // The notifications whose window has ended, oldest subscription window first. Their events
    // count as notified.
    [[nodiscard]] QList<Notice> flush(qint64 nowMs);

private:
    struct Window
    {
        qint64 endsAt = 0;
        QList<PendingNotice> notices;
    };

    qint64 m_windowMs;
    int m_burst;
    qint64 m_lastNotified = 0;
    QHash<QString, Window> m_windows; // by subscription
    QStringList m_order;              // subscriptions in the order their windows opened
};

} // namespace AsanaFeed
