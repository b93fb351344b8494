#include "events/EventPoller.h"

#include "api/AsanaClient.h"
#include "api/EventPage.h"
#include "events/EventSink.h"
#include "util/Logging.h"

#include <QUrlQuery>

#include <algorithm>

namespace AsanaFeed {

namespace {
constexpr qsizetype recentKeyCapacity = 4096;
} // namespace

EventPoller::EventPoller(AsanaClient* client, EventSink* sink, const QString& resourceGid, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_sink(sink)
    , m_resourceGid(resourceGid)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

EventPoller::~EventPoller()
{
    if (m_inFlight) {
        m_inFlight->abort();
    }
}

QStringList EventPoller::namedEventFields()
{
    return {QStringLiteral("action"),
            QStringLiteral("change"),
            QStringLiteral("change.action"),
            QStringLiteral("change.added_value"),
            QStringLiteral("change.field"),
            QStringLiteral("change.new_value"),
            QStringLiteral("change.removed_value"),
            QStringLiteral("created_at"),
            QStringLiteral("parent"),
            QStringLiteral("parent.name"),
            QStringLiteral("resource"),
            QStringLiteral("resource.name"),
            QStringLiteral("type"),
            QStringLiteral("user"),
            QStringLiteral("user.name")};
}

QString EventPoller::stateName(State state)
{
    switch (state) {
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Syncing:
        return QStringLiteral("syncing");
    case State::Live:
        return QStringLiteral("live");
    case State::Backoff:
        return QStringLiteral("backing off");
    case State::RateLimited:
        return QStringLiteral("rate-limited");
    case State::Failed:
        return QStringLiteral("failed");
    case State::AuthRequired:
        return QStringLiteral("sign-in required");
    }
    return {};
}

void EventPoller::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    m_backoff = Backoff(base, cap);
}

void EventPoller::start()
{
    if (m_state != State::Stopped && m_state != State::Failed && m_state != State::AuthRequired) {
        return;
    }
    m_lastError.reset();
    m_backoff.reset();
    m_emptyPagesWithMore = 0;
    m_nextAttemptAt = {};
    setState(State::Syncing);
}

void EventPoller::stop()
{
    m_nextAttemptAt = {};
    if (m_inFlight) {
        m_inFlight->abort();
        m_inFlight.clear();
    }
    setState(State::Stopped);
}

bool EventPoller::fetch()
{
    if (m_inFlight || m_state == State::Stopped || m_state == State::Failed || m_state == State::AuthRequired) {
        return false;
    }
    if (m_state == State::RateLimited) {
        setState(State::Syncing);
    }
    m_nextAttemptAt = {};

    QUrlQuery query;
    if (!m_workspace) {
        query.addQueryItem(QStringLiteral("resource"), m_resourceGid);
    }
    if (!m_syncToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("sync"), m_syncToken);
    }
    if (!m_eventFields.isEmpty() && !m_workspace) {
        query.addQueryItem(QStringLiteral("opt_fields"), m_eventFields.join(QLatin1Char(',')));
    }
    // The page is read in one pass by EventPage, not parsed into a document first.
    m_inFlight = m_client->getRaw(
        m_workspace ? QStringLiteral("workspaces/%1/events").arg(m_resourceGid) : QStringLiteral("events"), query);
    connect(m_inFlight, &ApiReply::finished, this, &EventPoller::handleResult);
    return true;
}

void EventPoller::handleResult(const ApiResult& result)
{
    m_inFlight.clear();
    if (m_state == State::Stopped) {
        return;
    }
    m_answering = true;
    Wish wish;
    if (result.ok()) {
        wish = handleEvents(result);
    } else if (result.error->kind == ApiError::Kind::Http && result.error->status == 412) {
        wish = handleInvalidToken(result);
    } else if ((result.error->kind == ApiError::Kind::Http && result.error->status == 401 &&
                result.tokenGeneration != m_client->tokenGeneration()) ||
               dropRefusedFields(*result.error)) {
        // Refused a token a renewal has replaced since (it was in flight meanwhile: not a refusal
        // of the current one), or refused the names asked for: the same request again at once,
        // with the current token or without those fields.
        wish.hasMore = true;
    } else {
        wish = handleError(*result.error);
    }
    wish.stopped = wish.stopped || m_state == State::Stopped; // a receiver may have stopped us
    m_answering = false;
    emit finished(wish);
}

EventPoller::Wish EventPoller::handleEvents(const ApiResult& result)
{
    Parsed<EventsPage> parsed = EventPage::parse(result.raw, m_detail);
    if (!parsed.ok()) {
        ApiError error = parsed.error();
        error.status = result.status;
        return retryLater(error);
    }
    EventsPage& page = parsed.value();
    // has_more promises more after this page. The same token back breaks that promise at once;
    // pages that bring nothing break it when they keep coming. Asking again at once would then
    // loop as fast as the server answers.
    m_emptyPagesWithMore = page.hasMore && page.events.isEmpty() ? m_emptyPagesWithMore + 1 : 0;
    const bool stalled = page.hasMore && (page.sync == m_syncToken || m_emptyPagesWithMore >= maxEmptyPagesWithMore);

    // What Asana sent again is taken out (rarely anything: the page is kept as it is). The page's
    // keys join the recent keys at once, so that one look-up each also finds an event repeated
    // within the page; they leave again if the page is not kept.
    QList<Event> fresh = std::move(page.events);
    QList<EventKey::Packed> keys;
    keys.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size();) {
        const EventKey::Packed key = fresh.at(i).packedKey();
        const qsizetype known = m_recentKeys.size();
        m_recentKeys.insert(key);
        if (m_recentKeys.size() == known) {
            qCDebug(lcEvents) << m_resourceGid << "dropped an event Asana sent twice";
            fresh.removeAt(i);
            continue;
        }
        keys.append(key);
        ++i;
    }

    const std::optional<KeptPage> kept = m_sink->commitPage(m_resourceGid, fresh, page.sync);
    if (!kept) {
        for (const EventKey::Packed& key : std::as_const(keys)) {
            m_recentKeys.remove(key); // asked for again, they are new again
        }
        if (m_state == State::Stopped) {
            return {}; // the sink's owner stopped us while keeping the page
        }
        return retryLater(storageError());
    }
    m_syncToken = page.sync;
    for (const EventKey::Packed& key : std::as_const(keys)) {
        remember(key);
    }
    if (!stalled) {
        m_backoff.reset();
        m_lastError.reset();
    }
    Wish wish;
    wish.newEvents = int(kept->newIndices.size());
    if (!kept->newIndices.isEmpty()) {
        emit eventsStored(m_resourceGid, kept->newEventsOf(fresh), kept->newIds);
    }
    emit polled(m_resourceGid);
    if (m_state == State::Stopped) {
        return wish; // a receiver stopped us
    }
    if (stalled) {
        ApiError error;
        error.kind = ApiError::Kind::MalformedBody;
        error.status = result.status;
        error.messages = {tr("Asana said there was more, but the page moved the sync token no further")};
        Wish retry = retryLater(error);
        retry.newEvents = wish.newEvents;
        return retry;
    }
    if (page.hasMore) {
        setState(State::Syncing);
        wish.hasMore = true;
    } else {
        setState(State::Live);
    }
    return wish;
}

EventPoller::Wish EventPoller::handleInvalidToken(const ApiResult& result)
{
    const QString fresh = result.body.value(QLatin1String("sync")).toString();
    if (fresh.isEmpty()) {
        return retryLater(ApiError::malformed(tr("Asana answered 412 without a new sync token")));
    }
    const bool hadToken = !m_syncToken.isEmpty();
    const QDateTime detectedAt = m_clock();
    const bool kept = hadToken ? m_sink->commitGap(m_resourceGid, detectedAt, fresh)
                               : m_sink->commitPage(m_resourceGid, {}, fresh).has_value();
    if (!kept) {
        if (m_state == State::Stopped) {
            return {};
        }
        return retryLater(storageError());
    }
    m_syncToken = fresh;
    m_backoff.reset();
    m_lastError.reset();
    emit polled(m_resourceGid);
    if (hadToken) {
        qCInfo(lcEvents) << m_resourceGid << "sync token expired; events may be missing before" << detectedAt;
        emit gapDetected(m_resourceGid, detectedAt);
        if (m_state == State::Stopped) {
            return {};
        }
    }
    setState(State::Live);
    return {};
}

EventPoller::Wish EventPoller::handleError(const ApiError& error)
{
    m_lastError = error;
    Wish wish;
    if (error.kind == ApiError::Kind::Http && error.status == 401) {
        setState(State::AuthRequired);
        emit authenticationRequired(m_resourceGid);
        wish.stopped = true;
        return wish;
    }
    if (error.kind == ApiError::Kind::Http && error.status == 429) {
        // Exactly Retry-After, for everyone using this token. Without one, a backoff step.
        const std::chrono::milliseconds wait =
            error.retryAfter ? std::chrono::milliseconds(*error.retryAfter)
                             : std::max<std::chrono::milliseconds>(m_backoff.next(), std::chrono::seconds(1));
        m_nextAttemptAt = m_clock().addMSecs(wait.count()); // first: the state's listeners read it
        setState(State::RateLimited);
        wish.notBefore = m_nextAttemptAt;
        wish.accountPause = true;
        return wish;
    }
    if (!error.isTransient()) {
        setState(State::Failed);
        emit failed(m_resourceGid, error);
        wish.stopped = true;
        return wish;
    }
    return retryLater(error);
}

bool EventPoller::dropRefusedFields(const ApiError& error)
{
    if (m_eventFields.isEmpty() || error.kind != ApiError::Kind::Http || error.status != 400 ||
        !error.messages.join(QLatin1Char(' ')).contains(QLatin1String("opt_fields"), Qt::CaseInsensitive)) {
        return false;
    }
    // Asana's list of fields changed under us: the events without names are still events.
    qCWarning(lcEvents) << m_resourceGid
                        << "Asana refused the event fields asked for; asking without them:" << error.summary();
    m_eventFields.clear();
    return true;
}

EventPoller::Wish EventPoller::retryLater(const ApiError& error)
{
    m_lastError = error;
    const auto delay = m_backoff.next();
    qCDebug(lcEvents) << m_resourceGid << "retrying in" << delay.count() << "ms after" << error.summary();
    m_nextAttemptAt = m_clock().addMSecs(delay.count()); // first: the state's listeners read it
    setState(State::Backoff);
    Wish wish;
    wish.notBefore = m_nextAttemptAt;
    return wish;
}

ApiError EventPoller::storageError() const
{
    ApiError error;
    error.kind = ApiError::Kind::Storage;
    error.messages = {m_sink->lastError()};
    return error;
}

void EventPoller::setState(State state)
{
    // Backoff and rate-limit re-entries are announced again: the deadline and reason changed.
    if (state == m_state && state != State::Backoff && state != State::RateLimited) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

void EventPoller::remember(const EventKey::Packed& key)
{
    m_recentOrder.push_back(key);
    if (static_cast<qsizetype>(m_recentOrder.size()) > recentKeyCapacity) {
        m_recentKeys.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
}

} // namespace AsanaFeed
