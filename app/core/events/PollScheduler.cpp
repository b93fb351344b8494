#include "events/PollScheduler.h"

#include "api/AsanaClient.h"
#include "api/Event.h"
#include "events/EventPoller.h"
#include "util/Logging.h"

#include <QElapsedTimer>

#include <algorithm>

namespace AsanaFeed {

namespace {

PollPlan::Options planOptions(const PollScheduler::Options& options, double pace)
{
    PollPlan::Options plan;
    plan.budgetPerMinute = std::max(1, options.budgetPerMinute);
    plan.maxInFlight = std::max(1, options.maxInFlight);
    plan.minInterval = options.minInterval;
    plan.pace = pace;
    return plan;
}

} // namespace

PollScheduler::PollScheduler(AsanaClient* client, EventSink* sink, Options options, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_sink(sink)
    , m_options(options)
{
    auto steady = std::make_shared<QElapsedTimer>();
    steady->start();
    m_clock = [steady] { return steady->elapsed(); };
    m_plan.setOptions(planOptions(m_options, m_pace));
    m_timer.setSingleShot(true);
    // Precise: a coarse timer may fire up to 5% early, which would break Retry-After and the budget.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PollScheduler::dispatch);
}

PollScheduler::~PollScheduler()
{
    m_running = false;
    qDeleteAll(m_pollers);
}

void PollScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 PollScheduler::now() const
{
    return m_clock();
}

void PollScheduler::setBudget(int requestsPerMinute)
{
    m_options.budgetPerMinute = requestsPerMinute;
    m_plan.setOptions(planOptions(m_options, m_pace));
    schedule();
}

void PollScheduler::setPace(double factor)
{
    m_pace = std::max(1.0, factor);
    m_plan.setOptions(planOptions(m_options, m_pace));
    schedule();
}

void PollScheduler::add(const QString& gid, const QString& syncToken, const QString& resourceType)
{
    if (m_pollers.contains(gid)) {
        return;
    }
    auto* poller = new EventPoller(m_client, m_sink, gid);
    poller->setSyncToken(syncToken);
    // A gid that is not digits never becomes part of a path.
    poller->setWorkspace(resourceType == QLatin1String("workspace") && isValidGid(gid));
    poller->setBackoff(m_options.backoffBase, m_options.backoffCap);
    poller->setEventFields(m_options.eventFields);
    poller->setEventDetail(m_options.eventDetail);
    wire(poller);
    m_pollers.insert(gid, poller);
    m_order.append(gid);
    if (m_running) {
        poller->start();
        m_plan.add(gid, now());
        schedule();
    }
}

void PollScheduler::remove(const QString& gid)
{
    EventPoller* poller = m_pollers.take(gid);
    if (!poller) {
        return;
    }
    m_order.removeAll(gid);
    if (poller->isBusy() || poller->isAnswering()) {
        // Its request is dropped (or its answer, if we are inside one of its signals): the plan
        // counts it as answered now, since its finished() will not reach us.
        m_plan.pollFinished(gid, now(), {0, false, std::nullopt, true});
    }
    m_plan.remove(gid);
    poller->disconnect(this);
    poller->stop();        // aborts a request in flight
    poller->deleteLater(); // it may be inside one of its own signals
    schedule();
}

QStringList PollScheduler::subscriptions() const
{
    return m_order;
}

EventPoller* PollScheduler::poller(const QString& gid) const
{
    return m_pollers.value(gid);
}

void PollScheduler::wire(EventPoller* poller)
{
    const QString gid = poller->resourceGid();
    connect(poller, &EventPoller::stateChanged, this, [this, poller, gid](SubscriptionState state) {
        emit stateChanged(gid, state, poller->nextAttemptAt(), poller->lastError());
    });
    connect(poller, &EventPoller::eventsStored, this, &PollScheduler::eventsStored);
    connect(poller, &EventPoller::gapDetected, this, &PollScheduler::gapDetected);
    connect(poller, &EventPoller::authenticationRequired, this, &PollScheduler::authenticationRequired);
    connect(poller, &EventPoller::polled, this, &PollScheduler::polled);
    connect(poller, &EventPoller::finished, this, [this, poller](const EventPoller::Wish& wish) {
        PollPlan::Outcome outcome;
        outcome.events = wish.newEvents;
        outcome.hasMore = wish.hasMore;
        outcome.stopped = wish.stopped;
        if (wish.notBefore.isValid()) {
            outcome.notBefore = now() + std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(wish.notBefore));
        }
        m_plan.pollFinished(poller->resourceGid(), now(), outcome);
        if (wish.accountPause && outcome.notBefore) {
            m_plan.pauseUntil(*outcome.notBefore); // a 429 is for the token: everyone waits
        }
        schedule();
    });
}

void PollScheduler::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    for (const QString& gid : std::as_const(m_order)) {
        m_pollers.value(gid)->start();
        m_plan.add(gid, now());
    }
    schedule();
}

void PollScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    for (const QString& gid : std::as_const(m_order)) {
        EventPoller* poller = m_pollers.value(gid);
        if (poller->isBusy()) {
            // Aborted: no finished() for it. (One that is answering sends its finished() still.)
            m_plan.pollFinished(gid, now(), {0, false, std::nullopt, true});
        }
        poller->stop();
        m_plan.remove(gid);
    }
}

void PollScheduler::pause()
{
    m_paused = true;
    m_timer.stop();
}

void PollScheduler::resume()
{
    m_paused = false;
    schedule();
}

void PollScheduler::restart(const QString& gid)
{
    if (!m_running) {
        return;
    }
    for (const QString& each : std::as_const(m_order)) {
        EventPoller* poller = m_pollers.value(each);
        // All: those waiting for a sign-in (or stopped); one named: whatever stopped it, a
        // failure included (the person asked to try again).
        const bool waiting =
            poller->state() == SubscriptionState::AuthRequired || poller->state() == SubscriptionState::Stopped;
        if ((gid.isEmpty() && waiting) || (each == gid && (waiting || poller->state() == SubscriptionState::Failed))) {
            poller->start();
            m_plan.add(each, now()); // due at once, its activity remembered
        }
    }
    schedule();
}

void PollScheduler::pollNow()
{
    for (const QString& gid : std::as_const(m_order)) {
        EventPoller* poller = m_pollers.value(gid);
        if (poller->state() == SubscriptionState::Live && !poller->isBusy()) {
            m_plan.add(gid, now());
        }
    }
    schedule();
}

void PollScheduler::submit(QObject* owner, std::function<ApiReply*()> send, int cost)
{
    m_others.push_back({owner, std::move(send), std::max(1, cost)});
    schedule();
}

int PollScheduler::sentInLastMinute() const
{
    return m_plan.sentInLastMinute(now());
}

int PollScheduler::inFlight() const
{
    return m_plan.inFlight();
}

void PollScheduler::schedule()
{
    // From the event loop: a poller's signal may be what called us.
    if (m_running && !m_paused && !m_dispatching) {
        m_timer.start(0);
    }
}

void PollScheduler::dispatch()
{
    if (!m_running || m_paused || m_dispatching) {
        return;
    }
    m_dispatching = true;
    for (;;) {
        while (!m_others.empty() && !m_others.front().owner) {
            m_others.pop_front(); // its owner went away while it waited
        }
        const qint64 at = now();
        const PollPlan::Decision decision =
            m_plan.next(at, !m_others.empty(), m_others.empty() ? 1 : m_others.front().cost);
        if (decision.kind == PollPlan::Decision::Kind::Poll) {
            EventPoller* poller = m_pollers.value(decision.gid);
            if (poller && poller->fetch()) {
                m_plan.sent(decision.gid, at);
                emit requestSent();
            } else {
                // Not in a state to fetch: the plan hears so, and stops proposing it. Nothing was
                // sent, so nothing is charged to the budget.
                m_plan.pollFinished(decision.gid, at, {0, false, std::nullopt, true});
            }
            continue;
        }
        if (decision.kind == PollPlan::Decision::Kind::Other) {
            Other other = std::move(m_others.front());
            m_others.pop_front();
            ApiReply* reply = other.send ? other.send() : nullptr;
            if (reply) {
                m_plan.sent({}, at, other.cost);
                emit requestSent();
                // Gone once answered or aborted (an aborted reply says nothing else): counted once.
                connect(reply, &QObject::destroyed, this, [this] {
                    m_plan.otherFinished(now());
                    schedule();
                });
            }
            continue;
        }
        if (decision.kind == PollPlan::Decision::Kind::Wait) {
            m_timer.start(int(std::clamp<qint64>(decision.at - at, 0, 24 * 3600 * 1000)));
        } else {
            m_timer.stop();
        }
        break;
    }
    m_dispatching = false;
}

} // namespace AsanaFeed
