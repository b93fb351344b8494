// NotificationCenter: decides, as events are kept, which ones the person hears about, and says so
// with notify(). It is fed the new events of the open history (eventsStored), builds what
// NotificationRules need to know of each, waits a bounded time for a comment's text (a mention is
// only seen in it) and for who an event's task involves (its assignee, creator, followers: asked
// only when that alone would make the event notify, and the history has no fresh answer) through a
// DetailRequest (EventDetails::ask, within the account's budget), and
// coalesces what passes with NotificationBatcher: bursts of one subscription are one notice, and
// what happened while the app was not watching (a restart's catch-up, a wake from sleep) is one
// summary when it is more than a handful. What was notified or passed over is remembered per
// account in Settings, so nothing is notified twice, across restarts too. Its one timer is armed
// only while something waits: idle costs no wake-up. No widgets, no network of its own.
#pragma once

#include "api/DetailBatch.h"
#include "feed/EventDetails.h"
#include "notify/NotificationBatcher.h"
#include "notify/NotificationRules.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace AsanaFeed {

class EventStore;
class Settings;
class SubscriptionModel;
struct Event;
struct StoredDetail;

class NotificationCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationCenter)

public:
    struct Options
    {
        // More than `burst` notices of one subscription within `burstWindow` are one.
        std::chrono::milliseconds burstWindow{std::chrono::seconds(4)};
        int burst = 3;
        // What happened while nobody watched arrives over a few polls: gathered this long, and
        // more than `handful` of it is one summary.
        std::chrono::milliseconds catchUpWindow{std::chrono::seconds(10)};
        int handful = 5;
        // How long a comment waits for its text, or an event on a task for who the task involves,
        // before it is decided without.
        std::chrono::milliseconds detailsWait{std::chrono::seconds(10)};
        // Who a task involves, as the history knows it, is asked again when older than this (the
        // rows' details go stale after as long).
        std::chrono::milliseconds peopleFreshFor{EventDetails::staleAfter};
        // An event this old when it arrives happened while the app was not polling (asleep,
        // offline): part of a catch-up, like those from before the app started watching.
        std::chrono::milliseconds lateAfter{std::chrono::minutes(5)};
    };

    // Asks Asana about objects now (EventDetails::ask); false when nobody can be asked. The
    // answer comes back through detailsSettled().
    using DetailRequest = std::function<bool(const QList<DetailQuery>& queries)>;

    // `store` (the open history) and `subscriptions` (its names and mutes) must outlive this.
    NotificationCenter(EventStore* store, SubscriptionModel* subscriptions, Options options, QObject* parent = nullptr);
    NotificationCenter(EventStore* store, SubscriptionModel* subscriptions, QObject* parent = nullptr);
    ~NotificationCenter() override;

    // The person's choices (on or off, pause, quiet hours, all activity) and where what was
    // notified is remembered. Null (the demo): the defaults, remembered for this run only.
    void setSettings(Settings* settings);
    void setDetailRequest(DetailRequest request) { m_requestDetails = std::move(request); }
    // Whose history is open: their gid (what involves them; their own actions never notify) and
    // name (an "@Name" mention). Another gid starts afresh: what waits is dropped, what that
    // account was told is read back, and what happened before now counts as a catch-up. An empty
    // gid: nobody (only subscriptions set to all activity notify).
    void setAccount(const QString& gid, const QString& name);
    [[nodiscard]] QString account() const { return m_me; }

    // The open history's new events and their store ids (EventStore::commitPage, in order).
    void addEvents(const QString& subscription, const QList<Event>& events, const QList<qint64>& ids);
    // A detail batch came back (EventDetails::settled): events waiting for a comment's text or a
    // task's people go on.
    void detailsSettled(const QList<DetailQuery>& asked, const QList<StoredDetail>& learned);
    // Another history was opened, or part of it dropped: what waits belongs to it no more, and
    // what was told is capped at what the history holds (its ids may start again).
    void historyReplaced();

    // The newest event id notified or passed over (nothing at or below it is notified).
    [[nodiscard]] qint64 lastNotified() const { return m_settledUpTo; }
    // Something waits (a window, a comment's text): only then is the timer armed.
    [[nodiscard]] bool isWaiting() const;
    [[nodiscard]] bool isTimerArmed() const { return m_timer.isActive(); }

signals:
    void notify(const AsanaFeed::Notice& notice);

private:
    struct Waiting
    {
        NotifyCandidate candidate;
        qint64 id = 0;
        bool catchUp = false;
        QDateTime createdAt;
        qint64 deadline = 0; // m_clock ms
        QString storyGid;    // waits for this comment's text (empty: does not)
        QString taskGid;     // waits for who this task involves (empty: does not)
    };

    [[nodiscard]] NotifySettings notifySettings() const;
    // What the rules say of `candidate`, with the event's own time in quiet hours counted too.
    [[nodiscard]] static NotifyDecision decisionFor(const NotifyCandidate& candidate, const QDateTime& createdAt,
                                                    const NotifySettings& settings);
    [[nodiscard]] bool enabledNow() const;
    // What the rules say, with the event's own time in quiet hours counted too.
    void decide(const Waiting& waiting);
    void settle(qint64 id);
    void persist();
    void flushDue();
    void arm();
    void dropPending();
    void resetBatchers();
    [[nodiscard]] bool isCatchUp(const QDateTime& createdAt) const;

    EventStore* m_store = nullptr;
    SubscriptionModel* m_subscriptions = nullptr;
    Settings* m_settings = nullptr;
    Options m_options;
    DetailRequest m_requestDetails;
    QString m_me;
    QString m_myName;
    QDateTime m_watchingSince;        // events from before happened while nobody watched
    qint64 m_floor = 0;               // what the account was told before this watch began
    qint64 m_settledUpTo = 0;         // the newest id notified or passed over
    qint64 m_persisted = 0;           // what Settings holds
    QHash<qint64, Waiting> m_waiting; // events waiting for details, by event id
    std::unique_ptr<NotificationBatcher> m_live;
    std::unique_ptr<NotificationBatcher> m_catchUp;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace AsanaFeed
