// PollScheduler: every poller of one account, and when each of them may send a request. It
// creates, starts, stops and restarts the EventPollers of the account's subscriptions (from the
// sync tokens the sink kept), and hands each one its turn within the account's request budget
// (PollPlan): never more than the budget in any minute, a few requests in flight, pages with
// has_more drained first, busy subscriptions polled more often than quiet ones. A 429 pauses the
// whole account for exactly Retry-After. Other requests of the account (names, the picture) go
// through the same budget, after the polls that are due. The window and --follow both use it;
// nothing else creates pollers.
#pragma once

#include "api/ApiError.h"
#include "api/Event.h"
#include "api/EventPage.h"
#include "events/PollPlan.h"
#include "events/SubscriptionState.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace AsanaFeed {

class ApiReply;
class AsanaClient;
class EventPoller;
class EventSink;

class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    using Clock = std::function<qint64()>; // milliseconds, steady

    struct Options
    {
        int budgetPerMinute = 150; // Asana's free tier
        int maxInFlight = 4;
        std::chrono::milliseconds minInterval{std::chrono::seconds(10)}; // a caught-up subscription, at most
        std::chrono::milliseconds backoffBase{std::chrono::seconds(1)};
        std::chrono::milliseconds backoffCap{std::chrono::minutes(5)};
        // opt_fields of every poller's GET /events (EventPoller::setEventFields); empty: Asana's
        // default payload (--follow prints events as Asana sends them by default).
        QStringList eventFields;
        // How much of each event the pollers make into values (EventPoller::setEventDetail).
        EventPage::Detail eventDetail = EventPage::Detail::Full;
    };

    // `client` and `sink` must outlive the scheduler.
    PollScheduler(AsanaClient* client, EventSink* sink, Options options, QObject* parent = nullptr);
    ~PollScheduler() override;

    void setClock(Clock clock);
    void setBudget(int requestsPerMinute);
    // > 1 slows the pace of caught-up subscriptions (the window is hidden); 1: normal.
    void setPace(double factor);
    [[nodiscard]] double pace() const { return m_pace; }

    // Follows `gid` from `syncToken` (empty: from now). Started when the scheduler runs. A
    // `resourceType` of "workspace" polls the workspace's events (see EventPoller::setWorkspace).
    void add(const QString& gid, const QString& syncToken = {}, const QString& resourceType = {});
    // Stops following `gid`; a request of it in flight is dropped, nothing of it is kept after.
    void remove(const QString& gid);
    [[nodiscard]] QStringList subscriptions() const;
    [[nodiscard]] EventPoller* poller(const QString& gid) const;

    void start();
    void stop();
    // Sends nothing new until resume() (requests in flight are answered as usual): e.g. while
    // the reader of --follow's output does not keep up.
    void pause();
    void resume();
    // Without a gid: the pollers waiting for a sign-in (after a renewed one) start again. With
    // one: that subscription, even after a failure (the person's Retry).
    void restart(const QString& gid = {});
    // Poll every live subscription as soon as the budget allows.
    void pollNow();

    // A request that is not a poll (names, the account's picture, a batch of details): `send` is
    // called when the budget allows, after the polls that are due, unless `owner` is gone by then.
    // It returns the request it sent (or null if it sent none). `cost`: what Asana counts the
    // request as against the budget (a batch: one per action, at most 10).
    void submit(QObject* owner, std::function<ApiReply*()> send, int cost = 1);

    // For tests and the status line: requests sent in the last 60 s, and in flight.
    [[nodiscard]] int sentInLastMinute() const;
    [[nodiscard]] int inFlight() const;

signals:
    void stateChanged(const QString& gid, AsanaFeed::SubscriptionState state, const QDateTime& until,
                      const std::optional<AsanaFeed::ApiError>& error);
    void eventsStored(const QString& gid, const QList<AsanaFeed::Event>& events, const QList<qint64>& ids);
    void gapDetected(const QString& gid, const QDateTime& detectedAt);
    // A request was refused with 401 (once per refusal; the pollers wait for restart()).
    void authenticationRequired(const QString& gid);
    // Asana answered a poll and the answer was kept.
    void polled(const QString& gid);
    // Sent when a request goes out (for tests of the budget).
    void requestSent();

private:
    struct Other
    {
        QPointer<QObject> owner;
        std::function<ApiReply*()> send;
        int cost = 1;
    };

    void wire(EventPoller* poller);
    void schedule();
    void dispatch();
    void onPollFinished(EventPoller* poller, const PollPlan::Outcome& outcome);
    [[nodiscard]] qint64 now() const;

    AsanaClient* m_client = nullptr;
    EventSink* m_sink = nullptr;
    Options m_options;
    Clock m_clock;
    PollPlan m_plan;
    QHash<QString, EventPoller*> m_pollers;
    QStringList m_order; // as added
    std::deque<Other> m_others;
    QTimer m_timer;
    double m_pace = 1.0;
    bool m_running = false;
    bool m_paused = false;
    bool m_dispatching = false;
};

} // namespace AsanaFeed
