#include "events/PollPlan.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace AsanaFeed {

namespace {

constexpr PollPlan::Ms window = 60'000;
constexpr PollPlan::Ms never = std::numeric_limits<PollPlan::Ms>::max();
// A rate measured over less than this is not trusted more than one over this long: one event
// in the first seconds of a subscription is not hundreds a minute.
constexpr double minObservedMinutes = 1.0;

} // namespace

PollPlan::PollPlan(const Options& options)
{
    setOptions(options);
}

void PollPlan::setOptions(const Options& options)
{
    using std::chrono::milliseconds;
    m_options = options;
    m_options.budgetPerMinute = std::max(1, options.budgetPerMinute);
    m_options.maxInFlight = std::max(1, options.maxInFlight);
    m_options.minInterval = std::max(milliseconds(0), options.minInterval);
    m_options.maxInterval = std::max(m_options.minInterval, options.maxInterval);
    // NaN fails every comparison, so each of these falls back to the default then.
    m_options.reserve = options.reserve >= 0 && options.reserve < 1 ? options.reserve : Options().reserve;
    m_options.pace = options.pace > 0 ? options.pace : 1.0;
    m_options.rateMemory = std::max(milliseconds(1), options.rateMemory);
    // A subscription's interval is proportional to 1 / sqrt(rate + prior): the prior must not be 0.
    m_options.priorEventsPerMinute = options.priorEventsPerMinute > 1e-6 ? options.priorEventsPerMinute : 1e-6;
    for (Entry& entry : m_entries) {
        updateWeight(entry);
    }
    rebalance();
}

void PollPlan::add(const QString& gid, Ms now)
{
    if (Entry* entry = find(gid)) {
        entry->addedAt = now;
        entry->lastFinished.reset();
        entry->notBefore.reset();
        entry->stopped = false;
        entry->draining = false;
    } else {
        Entry added;
        added.gid = gid;
        added.order = m_nextOrder++;
        added.addedAt = now;
        added.rateUpdatedAt = now;
        added.inFlight = m_pollsInFlightByGid.contains(gid);
        updateWeight(added);
        m_index.insert(gid, qsizetype(m_entries.size()));
        m_entries.push_back(std::move(added));
    }
    rebalance();
}

void PollPlan::remove(const QString& gid)
{
    const auto it = m_index.constFind(gid);
    if (it == m_index.constEnd()) {
        return;
    }
    const qsizetype at = *it;
    m_index.erase(it);
    if (at != qsizetype(m_entries.size()) - 1) {
        m_entries[size_t(at)] = std::move(m_entries.back());
        m_index[m_entries[size_t(at)].gid] = at;
    }
    m_entries.pop_back();
    rebalance();
}

void PollPlan::sent(const QString& gid, Ms now, int cost)
{
    const auto record = [now](std::deque<Ms>& sends, int count) {
        // Sorted even if the caller's sends arrive out of order: slotAt() relies on it.
        sends.insert(std::upper_bound(sends.begin(), sends.end(), now), size_t(count), now);
        forget(sends, now);
    };
    // Asana charges a batch per action: each one takes its place in the window.
    record(m_sends, gid.isEmpty() ? std::max(1, cost) : 1);
    if (gid.isEmpty()) {
        ++m_othersInFlight;
        return;
    }
    record(m_pollSends, 1);
    ++m_pollsInFlightByGid[gid];
    ++m_pollsInFlight;
    if (Entry* entry = find(gid)) {
        entry->inFlight = true;
        entry->sentAt = now;
    }
}

void PollPlan::pollFinished(const QString& gid, Ms now, const Outcome& outcome)
{
    const auto it = m_pollsInFlightByGid.find(gid);
    if (it != m_pollsInFlightByGid.end()) {
        --m_pollsInFlight;
        if (--*it == 0) {
            m_pollsInFlightByGid.erase(it);
        }
    }
    Entry* entry = find(gid);
    if (!entry) {
        return; // removed while in flight: only the count above was left to balance
    }
    if (entry->inFlight && now >= entry->sentAt) {
        // The interval runs from an answer to the next request, so a poll's cycle is the
        // interval plus this; the allocation spends the budget on whole cycles.
        constexpr double weight = 0.1;
        m_latency = m_latency < 0 ? double(now - entry->sentAt)
                                  : (1 - weight) * m_latency + weight * double(now - entry->sentAt);
    }
    entry->inFlight = m_pollsInFlightByGid.contains(gid);
    entry->lastFinished = now;
    entry->notBefore = outcome.notBefore;
    updateRate(*entry, now, std::max(0, outcome.events));
    entry->stopped = outcome.stopped;
    entry->draining = !outcome.stopped && outcome.hasMore;
    if (entry->draining) {
        // Behind the ones already waiting for their next page: one subscription's long backlog
        // does not hold back another's.
        entry->drainOrder = m_nextOrder++;
    }
    rebalance();
}

void PollPlan::otherFinished(Ms now)
{
    Q_UNUSED(now)
    if (m_othersInFlight > 0) {
        --m_othersInFlight;
    }
}

void PollPlan::pauseUntil(Ms until)
{
    m_pausedUntil = std::max(m_pausedUntil, until);
}

PollPlan::Decision PollPlan::next(Ms now, bool othersWaiting, int otherCost) const
{
    if (inFlight() >= m_options.maxInFlight) {
        return {}; // only an answer frees a place
    }
    const Ms gate = std::max(now, m_pausedUntil);

    const Entry* drain = nullptr;
    const Entry* overdue = nullptr;
    // Most overdue first; but one kept waiting past the longest interval goes before them all,
    // so that the bound holds when the polls spend their share in full and queue.
    std::tuple<bool, Ms, quint64> overdueKey{true, never, 0};
    Ms earliestDrain = never;
    Ms earliestDue = never;
    for (const Entry& entry : m_entries) {
        if (entry.stopped || entry.inFlight) {
            continue;
        }
        const Ms ready = readyAt(entry);
        if (entry.draining) {
            earliestDrain = std::min(earliestDrain, ready);
            if (ready <= now && (!drain || entry.drainOrder < drain->drainOrder)) {
                drain = &entry;
            }
        } else {
            earliestDue = std::min(earliestDue, ready);
            if (ready <= now) {
                const Ms deadline =
                    entry.lastFinished && m_longestInterval != never ? *entry.lastFinished + m_longestInterval : never;
                const bool late = deadline <= now;
                const std::tuple<bool, Ms, quint64> key{!late, late ? deadline : ready, entry.order};
                if (!overdue || key < overdueKey) {
                    overdue = &entry;
                    overdueKey = key;
                }
            }
        }
    }

    const auto slot = [&](Ms from) {
        return from == never
                   ? never
                   : std::max(slotAt(m_sends, m_options.budgetPerMinute, from), slotAt(m_pollSends, pollShare(), from));
    };
    const Ms drainAt = slot(earliestDrain == never ? never : std::max(gate, earliestDrain));
    const Ms dueAt = slot(earliestDue == never ? never : std::max(gate, earliestDue));
    if (drainAt <= now) {
        return {Decision::Kind::Poll, drain->gid, now};
    }
    if (dueAt <= now) {
        return {Decision::Kind::Poll, overdue->gid, now};
    }
    const Ms pollAt = std::min(drainAt, dueAt);
    Ms waitUntil = pollAt;
    if (othersWaiting) {
        // Reached with a poll ready only when polls have used their share: the rest is the others'.
        // Room for all of its cost: the budget less what it needs beyond one.
        const int cap = std::max(1, m_options.budgetPerMinute - std::max(0, otherCost - 1));
        const Ms otherAt = slotAt(m_sends, cap, gate);
        if (otherAt <= now) {
            return {Decision::Kind::Other, QString(), now};
        }
        waitUntil = std::min(waitUntil, otherAt);
    }
    if (waitUntil == never) {
        return {};
    }
    return {Decision::Kind::Wait, QString(), waitUntil};
}

int PollPlan::sentInLastMinute(Ms now) const
{
    const auto first = std::upper_bound(m_sends.begin(), m_sends.end(), now - window);
    const auto last = std::upper_bound(first, m_sends.end(), now);
    return int(last - first);
}

std::optional<PollPlan::Ms> PollPlan::dueAt(const QString& gid) const
{
    const Entry* entry = find(gid);
    if (!entry || entry->stopped || entry->inFlight) {
        return std::nullopt;
    }
    return readyAt(*entry);
}

std::chrono::milliseconds PollPlan::interval(const QString& gid) const
{
    const Entry* entry = find(gid);
    return std::chrono::milliseconds(entry ? entry->interval : 0);
}

double PollPlan::eventsPerMinute(const QString& gid) const
{
    const Entry* entry = find(gid);
    return entry ? entry->decayedEvents / std::max(entry->decayedMinutes, minObservedMinutes) : 0.0;
}

const PollPlan::Entry* PollPlan::find(const QString& gid) const
{
    const auto it = m_index.constFind(gid);
    return it == m_index.constEnd() ? nullptr : &m_entries[size_t(*it)];
}

PollPlan::Entry* PollPlan::find(const QString& gid)
{
    const auto it = m_index.constFind(gid);
    return it == m_index.constEnd() ? nullptr : &m_entries[size_t(*it)];
}

PollPlan::Ms PollPlan::readyAt(const Entry& entry) const
{
    const Ms last = entry.lastFinished.value_or(entry.addedAt);
    // A new (or re-added) subscription is due at once, a draining one as soon as its page is in.
    const Ms due = !entry.lastFinished || entry.draining ? last : last + entry.interval;
    return entry.notBefore ? std::max(due, *entry.notBefore) : due;
}

int PollPlan::pollShare() const
{
    // The small epsilon keeps 150 * 0.9 at 135 whichever way the product rounds.
    const double share = std::floor(m_options.budgetPerMinute * (1.0 - m_options.reserve) + 1e-9);
    return std::max(1, int(share));
}

PollPlan::Ms PollPlan::slotAt(const std::deque<Ms>& sends, int cap, Ms from)
{
    const auto count = qsizetype(sends.size());
    if (count < cap) {
        return from;
    }
    // The cap-th newest send must leave the window before one more fits in it.
    return std::max(from, sends[size_t(count - cap)] + window);
}

void PollPlan::forget(std::deque<Ms>& sends, Ms now)
{
    while (!sends.empty() && sends.front() <= now - window) {
        sends.pop_front();
    }
}

void PollPlan::updateRate(Entry& entry, Ms now, int events) const
{
    const double minutes = double(std::max<Ms>(0, now - entry.rateUpdatedAt)) / 60'000.0;
    const double memory = double(m_options.rateMemory.count()) / 60'000.0;
    const double decay = std::exp(-minutes / memory);
    // Both decay alike, so their ratio is a rate in which the last `memory` minutes weigh most;
    // the observed minutes grow towards `memory` instead of starting there, which would
    // understate a young subscription's rate.
    entry.decayedEvents = entry.decayedEvents * decay + events;
    entry.decayedMinutes = entry.decayedMinutes * decay + memory * (1.0 - decay);
    entry.rateUpdatedAt = now;
    updateWeight(entry);
}

void PollPlan::updateWeight(Entry& entry) const
{
    const double rate = entry.decayedEvents / std::max(entry.decayedMinutes, minObservedMinutes);
    entry.weight = std::sqrt(rate + m_options.priorEventsPerMinute);
}

void PollPlan::rebalance()
{
    // Polling subscription i every C_i, an event waits C_i / 2 on average; with rates r_i and a
    // fixed number of polls per minute (the sum of 1 / C_i), the average wait over all events is
    // smallest for C_i = K / sqrt(r_i). K is the one that spends the polls' share of the budget
    // (divided by the pace), within the bounds (the upper one dropped when the budget cannot
    // afford it). A cycle C_i is the interval plus the answer's latency: the interval runs from
    // an answer to the next request.
    const double latency = std::max(0.0, m_latency);
    const double share = double(pollShare()) / double(window) / m_options.pace; // polls per millisecond
    const double low = m_options.pace * std::max(1.0, double(m_options.minInterval.count())) + latency;
    double high = std::max(low, m_options.pace * double(m_options.maxInterval.count()) + latency);

    int active = 0;
    double lightest = std::numeric_limits<double>::max();
    double heaviest = 0;
    double weights = 0;
    for (const Entry& entry : m_entries) {
        if (!entry.stopped) {
            ++active;
            lightest = std::min(lightest, entry.weight);
            heaviest = std::max(heaviest, entry.weight);
            weights += entry.weight;
        }
    }
    if (active == 0) {
        m_longestInterval = never;
        return;
    }
    if (active / high > share) {
        high = std::numeric_limits<double>::infinity();
    }
    m_longestInterval = std::isinf(high) ? never : Ms(std::llround(high - latency));
    const auto pollsPerMs = [&](double k) {
        double sum = 0;
        for (const Entry& entry : m_entries) {
            if (!entry.stopped) {
                sum += 1.0 / std::clamp(k / entry.weight, low, high);
            }
        }
        return sum;
    };

    // At k <= low * lightest every cycle is at its lower bound.
    double k = low * lightest;
    if (active / low > share) {
        double below = k; // spends more than the share
        // Spends at most the share: all at the upper bound, or (unbounded) sum(w) / k <= share.
        double above = std::isinf(high) ? weights / share : high * heaviest;
        for (int i = 0; i < 60 && above - below > 1e-6 * above; ++i) {
            const double middle = (below + above) / 2;
            (pollsPerMs(middle) > share ? below : above) = middle;
        }
        k = above;
    }
    for (Entry& entry : m_entries) {
        const double interval = std::clamp(k / entry.weight, low, high) - latency;
        entry.interval = Ms(std::llround(std::min(interval, 1e15)));
    }
}

} // namespace AsanaFeed
