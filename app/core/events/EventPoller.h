// EventPoller: one subscription's sync-token state machine. It fetches GET /events for one
// resource, hands each page to an EventSink, advances its token only once the sink has kept the
// page, and reacts to Asana's answers: 412 (new token, gap if we held one), has_more (fetch
// again at once, unless the page made no progress), 429 (pause the whole account), 5xx/network
// and pages it could not keep (backoff with jitter),
// 401 (ask for sign-in), 403/404 (give up with the API's message).
#pragma once

#include "api/ApiError.h"
#include "api/Event.h"
#include "events/Backoff.h"
#include "events/SubscriptionState.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>

namespace AsanaFeed {

class AccountThrottle;
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

    EventPoller(AsanaClient* client, EventSink* sink, AccountThrottle* throttle, const QString& resourceGid,
                QObject* parent = nullptr);
    ~EventPoller() override;

    [[nodiscard]] QString resourceGid() const { return m_resourceGid; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString syncToken() const { return m_syncToken; }
    [[nodiscard]] std::optional<ApiError> lastError() const { return m_lastError; }
    // When the next request is due (for "backing off until …"); invalid when none is scheduled.
    [[nodiscard]] QDateTime nextAttemptAt() const { return m_nextAttemptAt; }
    [[nodiscard]] static QString stateName(State state);

    // Resume from a token kept from an earlier run (before start()).
    void setSyncToken(const QString& token) { m_syncToken = token; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_interval; }
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    void stop();
    // Poll as soon as possible (e.g. the user pressed refresh), unless waiting on Asana's orders.
    void pollNow();

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

private:
    void fetch();
    void handleResult(const ApiResult& result);
    void handleEvents(const ApiResult& result);
    void handleInvalidToken(const ApiResult& result);
    void handleError(const ApiError& error);
    void retryLater(const ApiError& error);
    // The sink could not keep what Asana sent: a problem of this computer's disk, not the network.
    [[nodiscard]] ApiError storageError() const;
    void scheduleIn(std::chrono::milliseconds delay);
    void setState(State state);
    [[nodiscard]] bool isDuplicate(const QByteArray& key) const { return m_recentKeys.contains(key); }
    void remember(const QByteArray& key);

    AsanaClient* m_client = nullptr;
    EventSink* m_sink = nullptr;
    QPointer<AccountThrottle> m_throttle;
    QString m_resourceGid;
    QString m_syncToken;
    State m_state = State::Stopped;
    std::optional<ApiError> m_lastError;
    std::chrono::milliseconds m_interval{std::chrono::seconds(10)};
    Backoff m_backoff;
    QTimer m_timer;
    QPointer<ApiReply> m_inFlight;
    QDateTime m_nextAttemptAt;
    std::function<QDateTime()> m_clock;
    // Keys of the most recent events, so that nothing Asana re-sends is emitted twice.
    QSet<QByteArray> m_recentKeys;
    // Consecutive pages with has_more and no events; from maxEmptyPagesWithMore on: backoff.
    int m_emptyPagesWithMore = 0;
    static constexpr int maxEmptyPagesWithMore = 2;
    std::deque<QByteArray> m_recentOrder;
};

} // namespace AsanaFeed
