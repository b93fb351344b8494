// EventPoller: one subscription's sync-token state machine. It fetches GET /events for one
// resource when its PollScheduler says so (fetch()), hands each page to an EventSink, advances its
// token only once the sink has kept the page, and reacts to Asana's answers: 412 (new token, gap
// if we held one), has_more (wants to go on at once, unless the page made no progress), 429
// (asks to pause the whole account), 5xx/network and pages it could not keep (backoff with
// jitter), 401 (ask for sign-in), 403/404 (give up with the API's message). It never decides
// when to send: after each answer it says what it wants next (finished()).
#pragma once

#include "api/ApiError.h"
#include "api/Event.h"
#include "api/EventKey.h"
#include "api/EventPage.h"
#include "events/Backoff.h"
#include "events/SubscriptionState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

namespace AsanaFeed {

class ApiReply;
class AsanaClient;
class EventSink;
struct ApiResult;

class EventPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPoller)

public:
    using State = SubscriptionState;

    // What a finished request leaves the poller wanting, for its scheduler.
    struct Wish
    {
        int newEvents = 0;         // events the sink kept that it had not seen before
        bool hasMore = false;      // Asana has the next page ready: fetch again at once
        QDateTime notBefore;       // backoff or Retry-After: not before then (invalid: whenever)
        bool accountPause = false; // a 429: the whole account waits until notBefore
        bool stopped = false;      // it will not fetch until started again (401, 403/404, stop())
    };

    EventPoller(AsanaClient* client, EventSink* sink, const QString& resourceGid, QObject* parent = nullptr);
    ~EventPoller() override;

    [[nodiscard]] QString resourceGid() const { return m_resourceGid; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString syncToken() const { return m_syncToken; }
    [[nodiscard]] std::optional<ApiError> lastError() const { return m_lastError; }
    // When the next request may go (for "backing off until …"); invalid when it may go any time.
    [[nodiscard]] QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    // A request is in flight (stop() aborts it: no finished() for it).
    [[nodiscard]] bool isBusy() const { return !m_inFlight.isNull(); }
    // Its answer is being handled: finished() is about to come (a receiver of the signals before
    // it is inside this).
    [[nodiscard]] bool isAnswering() const { return m_answering; }
    [[nodiscard]] static QString stateName(State state);

    // The fields GET /events may be asked for (the API's own list): the names of the person, the
    // resource, its parent and the change's values, so that a row reads well without another
    // request. (Asking for fields leaves out what is not asked for, such as resource_subtype.)
    [[nodiscard]] static QStringList namedEventFields();
    // opt_fields for every request (empty: Asana's default payload). If Asana answers 400
    // about opt_fields, this poller asks without them from then on (said once in the log).
    void setEventFields(const QStringList& fields) { m_eventFields = fields; }
    // The resource is a workspace: its events come from /workspaces/{gid}/events (Enterprise+
    // service accounts only), which takes no opt_fields.
    void setWorkspace(bool workspace) { m_workspace = workspace; }
    [[nodiscard]] bool isWorkspace() const { return m_workspace; }
    [[nodiscard]] QStringList eventFields() const { return m_eventFields; }
    // How much of each event is made into values (EventPage::Detail): Full unless the events
    // are only kept and passed on as bytes.
    void setEventDetail(EventPage::Detail detail) { m_detail = detail; }

    // Resume from a token kept from an earlier run (before start()).
    void setSyncToken(const QString& token) { m_syncToken = token; }
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Ready to fetch (Syncing); the scheduler sends the first request.
    void start();
    // Stops: a request in flight is aborted (no finished() for it).
    void stop();
    // Sends the request now. False when it cannot (one is in flight, or it is not running).
    bool fetch();

signals:
    void stateChanged(AsanaFeed::SubscriptionState state);
    // After the sink kept a page: the events it had not seen before, in Asana's order, and their
    // ids in the sink's history (empty when it keeps none). The feed is fed from here.
    void eventsStored(const QString& resourceGid, const QList<AsanaFeed::Event>& events, const QList<qint64>& ids);
    void gapDetected(const QString& resourceGid, const QDateTime& detectedAt);
    void authenticationRequired(const QString& resourceGid);
    void failed(const QString& resourceGid, const AsanaFeed::ApiError& error);
    // Asana answered and the answer was kept (a page, or a new token): "last update" is now.
    void polled(const QString& resourceGid);
    // A request came back (or could not be sent): what the poller wants next. Once per fetch().
    void finished(const AsanaFeed::EventPoller::Wish& wish);

private:
    void handleResult(const ApiResult& result);
    Wish handleEvents(const ApiResult& result);
    Wish handleInvalidToken(const ApiResult& result);
    Wish handleError(const ApiError& error);
    Wish retryLater(const ApiError& error);
    // A 400 that refuses our opt_fields: drop them and ask again at once (true), else false.
    bool dropRefusedFields(const ApiError& error);
    // The sink could not keep what Asana sent: a problem of this computer's disk, not the network.
    [[nodiscard]] ApiError storageError() const;
    void setState(State state);
    // A kept event's key, already in m_recentKeys, takes its place in their order (the oldest
    // leave when there are too many).
    void remember(const EventKey::Packed& key);

    AsanaClient* m_client = nullptr;
    EventSink* m_sink = nullptr;
    QString m_resourceGid;
    QString m_syncToken;
    QStringList m_eventFields;
    EventPage::Detail m_detail = EventPage::Detail::Full;
    bool m_workspace = false;
    State m_state = State::Stopped;
    std::optional<ApiError> m_lastError;
    Backoff m_backoff;
    QPointer<ApiReply> m_inFlight;
    bool m_answering = false;
    QDateTime m_nextAttemptAt;
    std::function<QDateTime()> m_clock;
    // Keys of the most recent events, so that nothing Asana re-sends is emitted twice.
    QSet<EventKey::Packed> m_recentKeys;
    std::deque<EventKey::Packed> m_recentOrder;
    // Consecutive pages with has_more and no events; from maxEmptyPagesWithMore on: backoff.
    int m_emptyPagesWithMore = 0;
    static constexpr int maxEmptyPagesWithMore = 2;
};

} // namespace AsanaFeed
