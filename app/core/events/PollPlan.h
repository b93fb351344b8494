// PollPlan: the account's request schedule as pure logic. Asana allows a token a fixed number
// of requests a minute (150 on the free tier) and the app follows many subscriptions, so which
// one to poll next, and when, decides how stale the feed is. PollPlan answers that on a clock
// the caller passes in (no timers, no network); the scheduler that owns the pollers asks next(),
// sends, and reports back. In order: a subscription whose last page said has_more (FIFO), one
// kept waiting past the longest interval, then the most overdue; other requests when no poll is
// due or the polls have spent their share. Each subscription's interval shrinks with its
// measured activity (as 1 / sqrt(rate), which minimises the average delay of an event for the
// number of polls the budget allows).
#pragma once

#include <QHash>
#include <QString>

#include <chrono>
#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace AsanaFeed {

class PollPlan final
{
public:
    // The caller's clock in milliseconds, on any epoch; it never runs backwards.
    using Ms = qint64;

    struct Options
    {
        // Never more sends than this in any 60 s window: a send at t counts against every
        // later send before t + 60 s.
        int budgetPerMinute = 150;
        // Requests sent and not yet answered.
        int maxInFlight = 4;
        // Counted from an answer to the next request of the same subscription: a caught-up one
        // is polled no more often than this...
        std::chrono::milliseconds minInterval{10'000};
        // ...and no less often than this, unless the budget cannot allow it for all of them.
        std::chrono::milliseconds maxInterval{300'000};
        // The share of the budget polls leave to other requests (names, photos).
        double reserve = 0.1;
        // Above 1, polls are that much rarer (the window is hidden); intervals and their bounds
        // are all multiplied by it.
        double pace = 1.0;
        // How long a subscription's activity is remembered (the rate's decay time constant).
        std::chrono::milliseconds rateMemory{30 * 60'000};
        // Events per minute assumed on top of the measured rate, so that a new or quiet
        // subscription still gets a share of the budget.
        double priorEventsPerMinute = 0.02;
    };

    // What a poll's answer said.
    struct Outcome
    {
        int events = 0;
        bool hasMore = false;
        // Backoff or Retry-After for this subscription: do not poll it before then.
        std::optional<Ms> notBefore;
        // 401/403/404: not polled again until add()ed again.
        bool stopped = false;
    };

    struct Decision
    {
        enum class Kind {
            Poll,  // poll `gid` now
            Other, // send one of the queued low-priority requests now
            Wait,  // nothing now; ask again `at`, the earliest time the answer can change
            Idle,  // nothing until the next add(), sent(), ...Finished(), pauseUntil() or setOptions()
                   // (also when maxInFlight requests are out)
        };
        Kind kind = Kind::Idle;
        QString gid;
        Ms at = 0; // for Poll and Other, now
    };

    PollPlan() = default;
    explicit PollPlan(const Options& options);

    void setOptions(const Options& options);
    [[nodiscard]] const Options& options() const { return m_options; }

    // A new subscription is due at once; adding one again (e.g. after a sign-in made a stopped
    // one pollable) makes it due at once and forgets its notBefore, not its activity.
    void add(const QString& gid, Ms now);
    // Also while its poll is in flight: that poll's pollFinished() still balances inFlight().
    void remove(const QString& gid);

    // A request was sent now: a poll of `gid`, or another request when `gid` is empty. `cost`:
    // how many requests Asana counts it as (a batch of n actions counts n); polls cost 1.
    void sent(const QString& gid, Ms now, int cost = 1);
    void pollFinished(const QString& gid, Ms now, const Outcome& outcome);
    // The answer to a request sent with an empty gid came back. (`now` is unused: only polls'
    // answers time anything.)
    void otherFinished(Ms now);
    // Asana said 429: nothing at all, polls or others, is sent before `until` (a pause already
    // running is extended, never shortened).
    void pauseUntil(Ms until);

    // What to send now, or when to ask again. `othersWaiting`: low-priority requests are queued;
    // they go when no poll is due or when polls have used their share of the budget, and only
    // when the budget has room for the first one's `otherCost` (one beyond the budget waits for
    // an empty window). Linear in the number of subscriptions.
    [[nodiscard]] Decision next(Ms now, bool othersWaiting, int otherCost = 1) const;

    [[nodiscard]] int inFlight() const { return m_pollsInFlight + m_othersInFlight; }
    // Requests (polls and others, each counted at its cost) sent in the 60 s window ending at `now`.
    [[nodiscard]] int sentInLastMinute(Ms now) const;
    [[nodiscard]] bool contains(const QString& gid) const { return m_index.contains(gid); }
    // When `gid` may be polled next (its due time, or its notBefore if later); none when it is
    // unknown, stopped or in flight.
    [[nodiscard]] std::optional<Ms> dueAt(const QString& gid) const;
    // Its current interval between the end of one poll and the next.
    [[nodiscard]] std::chrono::milliseconds interval(const QString& gid) const;
    // Its measured activity as of its last answer, without the prior.
    [[nodiscard]] double eventsPerMinute(const QString& gid) const;

private:
    struct Entry
    {
        QString gid;
        quint64 order = 0; // when it was added, to break ties the same way every time
        Ms addedAt = 0;
        std::optional<Ms> lastFinished;
        std::optional<Ms> notBefore;
        bool stopped = false;
        bool inFlight = false;
        Ms sentAt = 0;
        bool draining = false;
        quint64 drainOrder = 0; // FIFO among the draining ones
        // Activity: events and observed minutes, both decayed with rateMemory.
        double decayedEvents = 0;
        double decayedMinutes = 0;
        Ms rateUpdatedAt = 0;
        double weight = 1; // sqrt(rate + prior): the interval is proportional to 1 / weight
        Ms interval = 0;
    };

    [[nodiscard]] const Entry* find(const QString& gid) const;
    [[nodiscard]] Entry* find(const QString& gid);
    [[nodiscard]] Ms readyAt(const Entry& entry) const;
    [[nodiscard]] int pollShare() const;

    // The earliest time from `from` on at which one more send fits under `cap` in `sends`.
    [[nodiscard]] static Ms slotAt(const std::deque<Ms>& sends, int cap, Ms from);
    static void forget(std::deque<Ms>& sends, Ms now);
    void updateRate(Entry& entry, Ms now, int events) const;
    void updateWeight(Entry& entry) const;
    // Spreads the budget over the subscriptions: recomputes every interval (a bisection over
    // all of them, after each answer).
    void rebalance();

    Options m_options;
    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
    // Polls in flight per gid, kept apart from the entries so that removing a subscription
    // while its poll is out still balances when the answer comes back.
    QHash<QString, int> m_pollsInFlightByGid;
    int m_pollsInFlight = 0;
    int m_othersInFlight = 0;
    std::deque<Ms> m_sends; // every send of the last minute
    std::deque<Ms> m_pollSends;
    Ms m_pausedUntil = std::numeric_limits<Ms>::min();
    // The longest interval, when the budget affords it for every subscription.
    Ms m_longestInterval = std::numeric_limits<Ms>::max();
    // How long polls take to be answered, on average (negative before the first answer).
    double m_latency = -1;
    quint64 m_nextOrder = 0;
};

} // namespace AsanaFeed
