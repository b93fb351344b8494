// Benchmark: how stale the feed is under PollPlan, against polling every subscription in turn.
// A discrete-event simulation in virtual time (no network, no timers): N subscriptions whose
// events arrive as Poisson processes, all at one rate (uniform) or at rates proportional to
// 1 / rank (Zipf), 30 events a minute in all; 150 requests a minute; every request answered
// after 300 ms with the events created before the server saw it (halfway), at most 100 a page.
// An event's delay is from its creation to the end of the poll that brought it. Prints figures;
// never fails on them.
#include "BenchFigures.h"
#include "events/PollPlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;
using Ms = PollPlan::Ms;

namespace {

constexpr Ms minute = 60'000;
constexpr Ms latency = 300;
constexpr int budget = 150;
constexpr int maxInFlight = 4;
constexpr int pageSize = 100;
constexpr double eventsPerMinute = 30;
constexpr Ms warmUp = 10 * minute;
constexpr Ms measured = 120 * minute;
// Events created in the measured span are all delivered by then.
constexpr Ms end = warmUp + measured + 30 * minute;
constexpr Ms never = std::numeric_limits<Ms>::max();

enum class Activity { Uniform, Zipf };

// The account's side: every subscription's event times, and how far each one's polls have read.
class Account
{
public:
    Account(int subscriptions, Activity activity, quint32 seed)
        : m_events(size_t(subscriptions))
        , m_read(size_t(subscriptions), 0)
    {
        QRandomGenerator random(seed);
        std::vector<double> rates(static_cast<size_t>(subscriptions));
        for (int i = 0; i < subscriptions; ++i) {
            rates[size_t(i)] = activity == Activity::Uniform ? 1.0 : 1.0 / (i + 1);
        }
        // Which subscription is the busiest has nothing to do with the order they were added in.
        for (size_t i = rates.size(); i > 1; --i) {
            std::swap(rates[i - 1], rates[size_t(random.bounded(int(i)))]);
        }
        const double total = std::accumulate(rates.begin(), rates.end(), 0.0);
        for (int i = 0; i < subscriptions; ++i) {
            const double perMs = eventsPerMinute * rates[size_t(i)] / total / double(minute);
            std::vector<Ms>& events = m_events[size_t(i)];
            for (double t = -std::log(1.0 - random.generateDouble()) / perMs; t < double(end);
                 t += -std::log(1.0 - random.generateDouble()) / perMs) {
                events.push_back(Ms(t));
            }
        }
    }

    // A poll of `subscription` sent at `sentAt`: records the delays of the events it brings,
    // and says whether more were waiting than a page holds.
    bool poll(int subscription, Ms sentAt)
    {
        const Ms seen = sentAt + latency / 2;
        const Ms answered = sentAt + latency;
        const std::vector<Ms>& events = m_events[size_t(subscription)];
        size_t& read = m_read[size_t(subscription)];
        int page = 0;
        while (read < events.size() && events[read] < seen && page < pageSize) {
            if (events[read] >= warmUp && events[read] < warmUp + measured) {
                m_delays.push_back(double(answered - events[read]) / 1000.0);
            }
            ++read;
            ++page;
        }
        m_lastPage = page;
        return read < events.size() && events[read] < seen;
    }

    [[nodiscard]] int lastPage() const { return m_lastPage; }
    [[nodiscard]] std::vector<double> delays() const { return m_delays; }

private:
    std::vector<std::vector<Ms>> m_events;
    std::vector<size_t> m_read;
    std::vector<double> m_delays;
    int m_lastPage = 0;
};

struct Result
{
    double mean = 0;
    double median = 0;
    double p95 = 0;
    int busiestMinute = 0;
};

double quantile(std::vector<double> values, double q)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size())))];
}

int busiestMinute(const std::vector<Ms>& sends)
{
    int most = 0;
    size_t last = 0;
    for (size_t first = 0; first < sends.size(); ++first) {
        while (last < sends.size() && sends[last] < sends[first] + minute) {
            ++last;
        }
        most = std::max(most, int(last - first));
    }
    return most;
}

Result summarise(const Account& account, const std::vector<Ms>& sends)
{
    const std::vector<double> delays = account.delays();
    const double mean = delays.empty() ? 0 : std::accumulate(delays.begin(), delays.end(), 0.0) / double(delays.size());
    return {mean, quantile(delays, 0.5), quantile(delays, 0.95), busiestMinute(sends)};
}

struct Answer
{
    Ms at = 0;
    int subscription = 0;
};

// The requests in flight (at most four), the next to be answered on top.
class Answers
{
public:
    void push(const Answer& answer) { m_answers.push_back(answer); }
    [[nodiscard]] bool empty() const { return m_answers.empty(); }
    [[nodiscard]] size_t size() const { return m_answers.size(); }
    [[nodiscard]] const Answer& top() const { return *first(); }
    void pop() { m_answers.erase(first()); }

private:
    [[nodiscard]] std::vector<Answer>::const_iterator first() const
    {
        return std::min_element(m_answers.begin(), m_answers.end(),
                                [](const Answer& a, const Answer& b) { return a.at < b.at; });
    }

    std::vector<Answer> m_answers;
};

Result runPlan(int subscriptions, Activity activity, quint32 seed)
{
    Account account(subscriptions, activity, seed);
    PollPlan::Options options;
    options.budgetPerMinute = budget;
    options.maxInFlight = maxInFlight;
    // Bound only by the budget, as the round robin is; nothing else is sent.
    options.minInterval = std::chrono::milliseconds(0);
    options.reserve = 0;
    PollPlan plan(options);
    QHash<QString, int> index;
    std::vector<QString> gids;
    for (int i = 0; i < subscriptions; ++i) {
        gids.push_back(QString::number(1'200'000'000'000 + i));
        index.insert(gids.back(), i);
        plan.add(gids.back(), 0);
    }

    std::vector<Ms> sends;
    Answers answers;
    Ms now = 0;
    while (now < end) {
        const PollPlan::Decision decision = plan.next(now, false);
        if (decision.kind == PollPlan::Decision::Kind::Poll) {
            plan.sent(decision.gid, now);
            sends.push_back(now);
            answers.push({now + latency, index.value(decision.gid)});
            continue;
        }
        Ms wake = answers.empty() ? never : answers.top().at;
        if (decision.kind == PollPlan::Decision::Kind::Wait) {
            wake = std::min(wake, decision.at);
        }
        if (wake == never) {
            break;
        }
        now = wake;
        while (!answers.empty() && answers.top().at <= now) {
            const Answer answer = answers.top();
            answers.pop();
            PollPlan::Outcome outcome;
            outcome.hasMore = account.poll(answer.subscription, answer.at - latency);
            outcome.events = account.lastPage();
            plan.pollFinished(gids[size_t(answer.subscription)], answer.at, outcome);
        }
    }
    return summarise(account, sends);
}

// Every subscription every N * 60 s / 150, staggered evenly; a poll that cannot go at its turn
// (4 in flight, or the window full) goes as soon as it can, and has_more waits for the next turn.
Result runRoundRobin(int subscriptions, Activity activity, quint32 seed)
{
    Account account(subscriptions, activity, seed);
    const Ms step = minute / budget; // one turn every 400 ms: N turns make a cycle
    std::vector<Ms> sends;
    Answers answers;
    Ms turn = 0; // the time of the next turn, whose subscription is the turn's number modulo N
    qint64 turns = 0;
    Ms now = 0;
    while (now < end) {
        while (!answers.empty() && answers.top().at <= now) {
            answers.pop();
        }
        const bool windowFull = sends.size() >= size_t(budget) && sends[sends.size() - budget] + minute > now;
        if (turn <= now && answers.size() < size_t(maxInFlight) && !windowFull) {
            const int subscription = int(turns % subscriptions);
            static_cast<void>(account.poll(subscription, now));
            sends.push_back(now);
            answers.push({now + latency, subscription});
            ++turns;
            turn += step;
            continue;
        }
        // Blocked or early: on to whichever of the turn, a place in flight or a budget slot comes last.
        Ms wake = std::max(turn, now);
        if (windowFull) {
            wake = std::max(wake, sends[sends.size() - budget] + minute);
        }
        if (answers.size() >= size_t(maxInFlight)) {
            wake = std::max(wake, answers.top().at);
        }
        now = wake;
    }
    return summarise(account, sends);
}

// What one decision and one answer cost with 1000 subscriptions (the scheduler asks after every
// request; every answer recomputes all intervals).
void timeCalls()
{
    PollPlan::Options options;
    options.minInterval = std::chrono::milliseconds(0);
    PollPlan plan(options);
    QRandomGenerator random(7);
    for (int i = 0; i < 1000; ++i) {
        plan.add(QString::number(1'200'000'000'000 + i), 0);
    }
    qint64 nextNs = 0;
    qint64 finishedNs = 0;
    int rounds = 0;
    int decisions = 0;
    Ms now = 0;
    QElapsedTimer timer;
    while (rounds < 5000) {
        timer.start();
        const PollPlan::Decision decision = plan.next(now, false);
        nextNs += timer.nsecsElapsed();
        ++decisions;
        if (decision.kind != PollPlan::Decision::Kind::Poll) {
            now = decision.kind == PollPlan::Decision::Kind::Wait ? decision.at : now + 1;
            continue;
        }
        plan.sent(decision.gid, now);
        PollPlan::Outcome outcome;
        outcome.events = random.bounded(3);
        timer.start();
        plan.pollFinished(decision.gid, now + latency, outcome);
        finishedNs += timer.nsecsElapsed();
        now += latency;
        ++rounds;
    }
    std::printf("bench_schedule: with 1000 subscriptions: next() %.1f us (mean of %d), pollFinished() %.1f us (mean of "
                "%d)\n",
                double(nextNs) / 1000.0 / decisions, decisions, double(finishedNs) / 1000.0 / rounds, rounds);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("bench_schedule: %d requests/min, %d in flight, %lld ms latency, %.0f events/min in all, "
                "%lld min measured after %lld min warm-up; delays in seconds\n",
                budget, maxInFlight, static_cast<long long>(latency), eventsPerMinute,
                static_cast<long long>(measured / minute), static_cast<long long>(warmUp / minute));
    std::printf("bench_schedule: plan = PollPlan (minInterval 0, no reserve), rr = round robin every N x 0.4 s\n");
    std::printf("%5s %-8s | %21s | %21s | %10s | %s\n", "", "", "plan delay (s)", "rr delay (s)", "p50",
                "most sends in 60 s");
    std::printf("%5s %-8s | %6s %6s %7s | %6s %6s %7s | %10s | %8s %8s\n", "N", "activity", "p50", "p95", "mean", "p50",
                "p95", "mean", "plan / rr", "plan", "rr");
    for (const int subscriptions : {10, 100, 300}) {
        for (const Activity activity : {Activity::Uniform, Activity::Zipf}) {
            const quint32 seed = 2024;
            const Result plan = runPlan(subscriptions, activity, seed);
            const Result roundRobin = runRoundRobin(subscriptions, activity, seed);
            std::printf("%5d %-8s | %6.1f %6.1f %7.1f | %6.1f %6.1f %7.1f | %10.2f | %8d %8d\n", subscriptions,
                        activity == Activity::Uniform ? "uniform" : "zipf", plan.median, plan.p95, plan.mean,
                        roundRobin.median, roundRobin.p95, roundRobin.mean, plan.median / roundRobin.median,
                        plan.busiestMinute, roundRobin.busiestMinute);
            if (activity == Activity::Zipf && subscriptions >= 100) {
                const QByteArray figure =
                    "poll delay, plan / round robin, " + QByteArray::number(subscriptions) + " Zipf subscriptions, p50";
                printFigure(figure.constData(), plan.median / roundRobin.median, "x", 2);
            }
            std::fflush(stdout);
        }
    }
    timeCalls();
    return 0;
}
