// PollPlan: the account's request schedule, in virtual time (no event loop, no sleeps).
#include "events/PollPlan.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace AsanaFeed;
using namespace std::chrono_literals;
using Ms = PollPlan::Ms;
using Kind = PollPlan::Decision::Kind;

namespace {

constexpr Ms minute = 60'000;

QString gidOf(int n)
{
    return QStringLiteral("12000000%1").arg(n, 4, 10, QLatin1Char('0'));
}

// The most sends any 60 s window [t, t + 60 s) holds; `sends` in order.
int busiestMinute(const std::vector<Ms>& sends)
{
    int most = 0;
    size_t end = 0;
    for (size_t begin = 0; begin < sends.size(); ++begin) {
        while (end < sends.size() && sends[end] < sends[begin] + minute) {
            ++end;
        }
        most = std::max(most, int(end - begin));
    }
    return most;
}

// Sends and finishes one poll of whatever next() proposes at `now`.
QString pollOnce(PollPlan& plan, Ms now, Ms answeredAt, const PollPlan::Outcome& outcome = {})
{
    const PollPlan::Decision decision = plan.next(now, false);
    if (decision.kind != Kind::Poll) {
        return {};
    }
    plan.sent(decision.gid, now);
    plan.pollFinished(decision.gid, answeredAt, outcome);
    return decision.gid;
}

// Drives a PollPlan against a fake account: a poll is answered after a random latency with
// the events that arrived since the subscription's last answer (Poisson at its own rate), a
// page of at most 100; now and then a burst longer than a page makes has_more.
class Simulation
{
public:
    explicit Simulation(const PollPlan::Options& options, quint32 seed = 1)
        : plan(options)
        , m_random(seed)
    {}

    void addSubscription(const QString& gid, double eventsPerMinute)
    {
        plan.add(gid, now);
        m_accounts.insert(gid, Account{eventsPerMinute, now, 0});
    }

    // Runs until `until`, or until nothing is left to do; `now` is then `until`.
    void run(Ms until)
    {
        while (!failed) {
            const PollPlan::Decision decision = plan.next(now, false);
            if (decision.kind == Kind::Poll) {
                send(decision.gid);
                continue;
            }
            Ms wake = std::numeric_limits<Ms>::max();
            for (const Pending& pending : m_pending) {
                wake = std::min(wake, pending.at);
            }
            if (decision.kind == Kind::Wait) {
                if (decision.at <= now) {
                    failed = true; // a Wait for the past would spin the caller
                    return;
                }
                wake = std::min(wake, decision.at);
            }
            if (wake > until) {
                now = until;
                return;
            }
            now = wake;
            answerDue();
        }
    }

    PollPlan plan;
    Ms now = 0;
    std::vector<Ms> sends;
    QHash<QString, std::vector<Ms>> pollsOf;
    int mostInFlight = 0;
    double burstChance = 0;
    bool failed = false;

private:
    struct Account
    {
        double eventsPerMinute = 0;
        Ms lastAnswer = 0;
        int backlog = 0;
    };
    struct Pending
    {
        Ms at = 0;
        QString gid;
    };

    void send(const QString& gid)
    {
        plan.sent(gid, now);
        sends.push_back(now);
        pollsOf[gid].push_back(now);
        m_pending.push_back({now + m_random.bounded(200, 801), gid});
        mostInFlight = std::max(mostInFlight, plan.inFlight());
    }

    void answerDue()
    {
        std::sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) { return a.at < b.at; });
        while (!m_pending.empty() && m_pending.front().at <= now) {
            const Pending pending = m_pending.front();
            m_pending.erase(m_pending.begin());
            plan.pollFinished(pending.gid, pending.at, answer(pending.gid, pending.at));
        }
    }

    PollPlan::Outcome answer(const QString& gid, Ms at)
    {
        Account& account = m_accounts[gid];
        account.backlog += arrivals(account.eventsPerMinute * double(at - account.lastAnswer) / double(minute));
        if (m_random.generateDouble() < burstChance) {
            account.backlog += 150;
        }
        account.lastAnswer = at;
        PollPlan::Outcome outcome;
        outcome.events = std::min(account.backlog, 100);
        account.backlog -= outcome.events;
        outcome.hasMore = account.backlog > 0;
        return outcome;
    }

    int arrivals(double mean)
    {
        int count = 0;
        for (double t = -std::log(1.0 - m_random.generateDouble()); t < mean;
             t += -std::log(1.0 - m_random.generateDouble())) {
            ++count;
        }
        return count;
    }

    QRandomGenerator m_random;
    QHash<QString, Account> m_accounts;
    std::vector<Pending> m_pending;
};

} // namespace

class TestPollPlan final : public QObject
{
    Q_OBJECT

private slots:
    void budget_isNeverExceeded_with300SubscriptionsOverAnHour()
    {
        Simulation simulation(PollPlan::Options{});
        simulation.burstChance = 0.002;
        QRandomGenerator random(42);
        for (int i = 0; i < 300; ++i) {
            // Most are quiet, a few busy (up to 10 events a minute): by activity alone, the
            // quietest would be polled less often than every 5 minutes.
            const double rate = i % 10 == 0 ? 10.0 * random.generateDouble() : 0.05 * random.generateDouble();
            simulation.addSubscription(gidOf(i), rate);
        }
        const Ms hour = 60 * minute;
        simulation.run(hour);
        QVERIFY(!simulation.failed);

        QCOMPARE(busiestMinute(simulation.sends), 135); // the polls' share, never more
        QVERIFY(simulation.mostInFlight <= 4);
        // Every 5 minutes for 300 subscriptions is 60 polls a minute: the budget allows it. The
        // interval counts from the answer (under a second here), and with the polls' share spent
        // in full a poll may queue a few seconds behind others. Added all at once, they are first
        // polled in bursts as the window allows, and the first cycles keep that clumping: there,
        // a few wait longer.
        const Ms settled = 10 * minute;
        Ms longestGap = 0;
        Ms longestSettledGap = 0;
        for (int i = 0; i < 300; ++i) {
            const std::vector<Ms>& polls = simulation.pollsOf.value(gidOf(i));
            QVERIFY(!polls.empty());
            QVERIFY(polls.front() < 3 * minute); // 300 at 135 a minute
            Ms previous = polls.front();
            for (const Ms at : polls) {
                longestGap = std::max(longestGap, at - previous);
                if (previous >= settled) {
                    longestSettledGap = std::max(longestSettledGap, at - previous);
                }
                previous = at;
            }
            longestSettledGap = std::max(longestSettledGap, hour - previous);
        }
        QVERIFY2(longestSettledGap <= 5 * minute + 10'000, qPrintable(QString::number(longestSettledGap)));
        QVERIFY2(longestGap <= 6 * minute, qPrintable(QString::number(longestGap)));
        QVERIFY(double(simulation.sends.size()) > 0.9 * 135 * 60); // and it spends it: fresher feed
    }

    void budget_isSpentInFull_thoughEachAnswerTakesItsTime()
    {
        // Intervals count from the answer, so a cycle is the interval plus the latency (half a
        // second on average here): planned without it, 10 subscriptions on 60 polls a minute
        // would make 57.
        PollPlan::Options options;
        options.budgetPerMinute = 60;
        options.reserve = 0;
        options.minInterval = 0s;
        Simulation simulation(options, 5);
        for (int i = 0; i < 10; ++i) {
            simulation.addSubscription(gidOf(i), 1.0);
        }
        simulation.run(30 * minute);
        QVERIFY(!simulation.failed);
        QVERIFY(busiestMinute(simulation.sends) <= 60);
        QVERIFY2(simulation.sends.size() >= size_t(0.98 * 60 * 30),
                 qPrintable(QString::number(simulation.sends.size())));
    }

    void budget_waitNamesTheMomentTheOldestSendLeavesTheWindow()
    {
        PollPlan::Options options;
        options.budgetPerMinute = 5;
        options.reserve = 0;
        options.maxInFlight = 10;
        PollPlan plan(options);
        for (int i = 0; i < 10; ++i) {
            plan.add(gidOf(i), 0);
        }
        for (int i = 0; i < 5; ++i) {
            QVERIFY(!pollOnce(plan, 1'000 * i, 1'000 * i + 300).isEmpty());
        }
        const PollPlan::Decision decision = plan.next(5'000, true);
        QCOMPARE(decision.kind, Kind::Wait);
        QCOMPARE(decision.at, Ms(60'000));
        QCOMPARE(plan.sentInLastMinute(5'000), 5);
        QCOMPARE(plan.next(59'999, false).kind, Kind::Wait);
        QCOMPARE(plan.next(60'000, false).kind, Kind::Poll);
    }

    void inFlight_atTheLimit_holdsEverythingBackUntilAnAnswer()
    {
        PollPlan plan;
        for (int i = 0; i < 6; ++i) {
            plan.add(gidOf(i), 0);
        }
        for (int i = 0; i < 4; ++i) {
            const PollPlan::Decision decision = plan.next(0, true);
            QCOMPARE(decision.kind, Kind::Poll);
            plan.sent(decision.gid, 0);
        }
        QCOMPARE(plan.inFlight(), 4);
        QCOMPARE(plan.next(0, true).kind, Kind::Idle);
        plan.pollFinished(gidOf(0), 100, {});
        QCOMPARE(plan.next(100, true).kind, Kind::Poll);
    }

    void hasMore_isDrainedBeforeOverdueQuietOnes()
    {
        PollPlan plan;
        const QString busy = gidOf(1);
        const QString quiet = gidOf(2);
        const QString other = gidOf(3);
        plan.add(busy, 0);
        plan.add(quiet, 0);
        plan.add(other, 0);
        for (const QString& gid : {busy, quiet, other}) {
            QCOMPARE(plan.next(0, false).gid, gid);
            plan.sent(gid, 0);
        }
        plan.pollFinished(quiet, 500, {});
        plan.pollFinished(other, 500, {});
        // The quiet ones are due at 10.5 s; at 20 s they have waited 9.5 s, the drain none.
        plan.pollFinished(busy, 20'000, {100, true, std::nullopt, false});
        QCOMPARE(plan.dueAt(quiet), Ms(10'500));
        const PollPlan::Decision decision = plan.next(20'000, false);
        QCOMPARE(decision.kind, Kind::Poll);
        QCOMPARE(decision.gid, busy);
        plan.sent(busy, 20'000);
        QCOMPARE(plan.next(20'000, false).gid, quiet);
    }

    void hasMore_drainsInTheOrderThePagesCameBack()
    {
        PollPlan plan;
        const QString first = gidOf(1);
        const QString second = gidOf(2);
        plan.add(first, 0);
        plan.add(second, 0);
        plan.sent(first, 0);
        plan.sent(second, 0);
        const PollPlan::Outcome more{100, true, std::nullopt, false};
        plan.pollFinished(first, 300, more);
        plan.pollFinished(second, 400, more);
        QCOMPARE(plan.next(400, false).gid, first);
        plan.sent(first, 400);
        plan.pollFinished(first, 700, more);
        // The first's next page waits behind the second's: a long backlog does not hog the budget.
        QCOMPARE(plan.next(700, false).gid, second);
    }

    void activeSubscription_isPolledMoreOftenThanAQuietOne()
    {
        // 20 subscriptions every 10 s would be 120 requests a minute: with 30, the budget decides.
        PollPlan::Options options;
        options.budgetPerMinute = 30;
        options.reserve = 0;
        Simulation simulation(options, 7);
        const QString active = gidOf(0);
        simulation.addSubscription(active, 6.0);
        for (int i = 1; i < 20; ++i) {
            simulation.addSubscription(gidOf(i), 0.0);
        }
        simulation.run(60 * minute);
        QVERIFY(!simulation.failed);

        const auto activePolls = qsizetype(simulation.pollsOf.value(active).size());
        qsizetype busiestQuiet = 0;
        for (int i = 1; i < 20; ++i) {
            busiestQuiet = std::max(busiestQuiet, qsizetype(simulation.pollsOf.value(gidOf(i)).size()));
        }
        QVERIFY2(activePolls > 3 * busiestQuiet,
                 qPrintable(QStringLiteral("active %1, quiet %2").arg(activePolls).arg(busiestQuiet)));
        QVERIFY(simulation.plan.interval(active) < simulation.plan.interval(gidOf(1)));
        QVERIFY(busiestMinute(simulation.sends) <= 30);
        // The rate it measured is the one the account had.
        QVERIFY2(std::abs(simulation.plan.eventsPerMinute(active) - 6.0) < 1.5,
                 qPrintable(QString::number(simulation.plan.eventsPerMinute(active))));
        QCOMPARE(simulation.plan.eventsPerMinute(gidOf(1)), 0.0);
    }

    void youngSubscription_isNotTakenForABusyOne_byItsFirstSeconds()
    {
        // Five events in its first second are not 300 a minute, which would starve the others.
        PollPlan::Options options;
        options.budgetPerMinute = 30;
        options.reserve = 0;
        options.minInterval = 1s; // so that the bound does not hide what the rate would take
        PollPlan plan(options);
        for (int i = 0; i < 20; ++i) {
            plan.add(gidOf(i), 0);
        }
        const QString young = gidOf(0);
        plan.sent(young, 0);
        plan.pollFinished(young, 1'000, {5, false, std::nullopt, false});
        QVERIFY(plan.eventsPerMinute(young) <= 5.0);
        // At 5 a minute, the others are polled every 70 s; at 300 a minute, every 4.7 minutes.
        QVERIFY2(plan.interval(gidOf(1)) < 2min, qPrintable(QString::number(plan.interval(gidOf(1)).count())));
    }

    void caughtUpSubscription_waitsItsIntervalStretchedByPace()
    {
        PollPlan plan;
        const QString gid = gidOf(1);
        plan.add(gid, 0);
        QCOMPARE(pollOnce(plan, 0, 500), gid);
        // Alone, it may be polled as often as the minimum interval allows, counted from the answer.
        QCOMPARE(plan.dueAt(gid), Ms(10'500));
        const PollPlan::Decision decision = plan.next(500, false);
        QCOMPARE(decision.kind, Kind::Wait);
        QCOMPARE(decision.at, Ms(10'500));

        PollPlan::Options hidden;
        hidden.pace = 3;
        plan.setOptions(hidden);
        QCOMPARE(plan.dueAt(gid), Ms(30'500));
        QCOMPARE(plan.next(10'500, false).at, Ms(30'500));
    }

    void intervals_stretchPastTheMaximum_whenTheBudgetCannotAffordIt()
    {
        // 100 subscriptions every 5 minutes are 20 requests a minute; the budget is 10.
        PollPlan::Options options;
        options.budgetPerMinute = 10;
        options.reserve = 0;
        Simulation simulation(options, 3);
        for (int i = 0; i < 100; ++i) {
            simulation.addSubscription(gidOf(i), 0.0);
        }
        const auto interval = simulation.plan.interval(gidOf(0));
        QVERIFY2(interval > 10min - 1s && interval < 10min + 1s, qPrintable(QString::number(interval.count())));
        simulation.run(30 * minute);
        QVERIFY(!simulation.failed);
        QVERIFY(busiestMinute(simulation.sends) <= 10);
    }

    void pauseUntil_sendsNothingBeforeItEnds()
    {
        PollPlan plan;
        const QString gid = gidOf(1);
        plan.add(gid, 0);
        plan.pauseUntil(30'000);
        plan.pauseUntil(20'000); // a shorter pause does not end the longer one early
        for (const Ms now : {Ms(0), Ms(29'999)}) {
            const PollPlan::Decision decision = plan.next(now, true);
            QCOMPARE(decision.kind, Kind::Wait);
            QCOMPARE(decision.at, Ms(30'000));
        }
        QCOMPARE(plan.next(30'000, true).kind, Kind::Poll);

        PollPlan others;
        others.pauseUntil(5'000);
        QCOMPARE(others.next(0, true).at, Ms(5'000));
        QCOMPARE(others.next(5'000, true).kind, Kind::Other);
    }

    void pauseUntil_inTheMiddleOfARun_holdsEverySubscription()
    {
        Simulation simulation(PollPlan::Options{}, 11);
        for (int i = 0; i < 100; ++i) {
            simulation.addSubscription(gidOf(i), 0.5);
        }
        simulation.run(5 * minute);
        const Ms pausedAt = simulation.now;
        simulation.plan.pauseUntil(pausedAt + 45'000);
        simulation.run(15 * minute);
        QVERIFY(!simulation.failed);
        const auto inPause = std::count_if(simulation.sends.begin(), simulation.sends.end(),
                                           [&](Ms at) { return at >= pausedAt && at < pausedAt + 45'000; });
        QCOMPARE(inPause, 0);
        // ...and it resumes on the dot: everything overdue went then.
        QVERIFY(std::count(simulation.sends.begin(), simulation.sends.end(), pausedAt + 45'000) > 0);
    }

    void remove_whileInFlight_balancesAndForgets()
    {
        PollPlan plan;
        const QString removed = gidOf(1);
        const QString kept = gidOf(2);
        plan.add(removed, 0);
        plan.add(kept, 0);
        QCOMPARE(plan.next(0, false).gid, removed);
        plan.sent(removed, 0);
        plan.remove(removed);
        QVERIFY(!plan.contains(removed));
        QCOMPARE(plan.inFlight(), 1);
        QCOMPARE(plan.dueAt(removed), std::nullopt);

        plan.pollFinished(removed, 400, {100, true, std::nullopt, false});
        QCOMPARE(plan.inFlight(), 0);
        QVERIFY(!plan.contains(removed)); // its answer did not bring it back
        for (Ms now = 400; now < 10 * minute;) {
            const PollPlan::Decision decision = plan.next(now, false);
            QVERIFY(decision.gid != removed);
            if (decision.kind == Kind::Poll) {
                plan.sent(decision.gid, now);
                plan.pollFinished(decision.gid, now + 300, {});
                now += 300;
            } else {
                QCOMPARE(decision.kind, Kind::Wait);
                now = decision.at;
            }
        }
        // Nothing of the old poll is left over: added again, it is due at once, not "in flight".
        plan.add(removed, 10 * minute);
        QCOMPARE(plan.next(10 * minute, false).gid, removed);
    }

    void notBefore_holdsOneSubscriptionBack()
    {
        PollPlan plan;
        const QString gid = gidOf(1);
        plan.add(gid, 0);
        plan.sent(gid, 0);
        plan.pollFinished(gid, 500, {0, false, Ms(90'000), false});
        QCOMPARE(plan.dueAt(gid), Ms(90'000));
        const PollPlan::Decision decision = plan.next(10'500, false);
        QCOMPARE(decision.kind, Kind::Wait);
        QCOMPARE(decision.at, Ms(90'000));
        QCOMPARE(plan.next(90'000, false).gid, gid);

        // Also a subscription with more pages waits for it.
        plan.sent(gid, 90'000);
        plan.pollFinished(gid, 90'500, {100, true, Ms(95'000), false});
        QCOMPARE(plan.next(90'500, false).at, Ms(95'000));
    }

    void stopped_isNotProposedUntilAddedAgain()
    {
        PollPlan plan;
        const QString gid = gidOf(1);
        plan.add(gid, 0);
        plan.sent(gid, 0);
        plan.pollFinished(gid, 500, {0, false, std::nullopt, true});
        QCOMPARE(plan.next(500, false).kind, Kind::Idle);
        QCOMPARE(plan.next(60 * minute, false).kind, Kind::Idle);
        QCOMPARE(plan.dueAt(gid), std::nullopt);
        plan.add(gid, 60 * minute);
        QCOMPARE(plan.next(60 * minute, false).gid, gid);
    }

    void others_goOnlyWhenNoPollIsDue()
    {
        PollPlan plan;
        const QString gid = gidOf(1);
        plan.add(gid, 0);
        const PollPlan::Decision first = plan.next(0, true);
        QCOMPARE(first.kind, Kind::Poll);
        plan.sent(gid, 0);
        plan.pollFinished(gid, 500, {});
        QCOMPARE(plan.next(500, true).kind, Kind::Other);
        plan.sent(QString(), 500);
        QCOMPARE(plan.inFlight(), 1);
        plan.otherFinished(700);
        QCOMPARE(plan.inFlight(), 0);
        QCOMPARE(plan.next(10'500, true).kind, Kind::Poll);
    }

    void others_useTheReserve_whenPollsHaveSpentTheirShare()
    {
        PollPlan::Options options;
        options.budgetPerMinute = 10;
        options.reserve = 0.2; // polls 8, others the rest
        options.maxInFlight = 20;
        PollPlan plan(options);
        for (int i = 0; i < 20; ++i) {
            plan.add(gidOf(i), 0);
        }
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!pollOnce(plan, 100 * i, 100 * i + 50).isEmpty());
        }
        // Polls are due, but their share is spent: without others, wait for the first to age out.
        QCOMPARE(plan.next(1'000, false).at, Ms(60'000));
        QCOMPARE(plan.next(1'000, true).kind, Kind::Other);
        plan.sent(QString(), 1'000);
        plan.sent(QString(), 1'000);
        // The whole budget is spent now: the others wait too.
        const PollPlan::Decision full = plan.next(1'000, true);
        QCOMPARE(full.kind, Kind::Wait);
        QCOMPARE(full.at, Ms(60'000));
    }

    void others_costWhatAsanaCounts_aBatchItsActions()
    {
        PollPlan::Options options;
        options.budgetPerMinute = 25;
        options.maxInFlight = 20;
        PollPlan plan(options);
        // Two batches of ten actions fit in 25; a third does not, though only two requests went.
        QCOMPARE(plan.next(0, true, 10).kind, Kind::Other);
        plan.sent(QString(), 0, 10);
        QCOMPARE(plan.next(100, true, 10).kind, Kind::Other);
        plan.sent(QString(), 100, 10);
        QCOMPARE(plan.sentInLastMinute(100), 20);
        const PollPlan::Decision third = plan.next(200, true, 10);
        QCOMPARE(third.kind, Kind::Wait);
        QCOMPARE(third.at, Ms(60'000)); // when the first batch's ten leave the window
        // A request of one still fits in what is left.
        QCOMPARE(plan.next(200, true, 1).kind, Kind::Other);
        plan.sent(QString(), 200, 1);
        QCOMPARE(plan.next(60'000, true, 10).kind, Kind::Other);
    }

    void idle_whenNothingIsToBeDone()
    {
        PollPlan plan;
        QCOMPARE(plan.next(0, false).kind, Kind::Idle);
        QCOMPARE(plan.next(0, true).kind, Kind::Other);
        plan.add(gidOf(1), 0);
        plan.sent(gidOf(1), 0);
        // In flight: only its answer can change anything.
        QCOMPARE(plan.next(0, false).kind, Kind::Idle);
    }
};

QTEST_GUILESS_MAIN(TestPollPlan)
#include "tst_pollplan.moc"
