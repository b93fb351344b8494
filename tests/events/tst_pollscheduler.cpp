// PollScheduler against the simulator over real loopback: the request budget holds against the
// server's own log, a subscription removed mid-request leaves nothing behind, and requests that
// are not polls wait for the budget too. (PollPlan's policy is tested in virtual time.)
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "events/EventPoller.h"
#include "events/EventSink.h"
#include "events/PollScheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

namespace {

// Keeps every page (all events new).
class KeepingSink final : public EventSink
{
public:
    std::optional<KeptPage> commitPage(const QString& subscription, const QList<Event>& events, const QString&) override
    {
        KeptPage kept;
        for (qsizetype i = 0; i < events.size(); ++i) {
            kept.newIndices.append(i);
            received[subscription].append(events.at(i));
        }
        return kept;
    }
    bool commitGap(const QString&, const QDateTime&, const QString&) override { return true; }
    [[nodiscard]] QString lastError() const override { return {}; }

    QHash<QString, QList<Event>> received;
};

struct Account
{
    SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};
    KeepingSink sink;
    std::unique_ptr<PollScheduler> scheduler;

    explicit Account(int budget, const SimConfig& config = {})
        : sim(config)
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        PollScheduler::Options options;
        options.budgetPerMinute = budget;
        options.minInterval = 50ms;
        options.backoffBase = 20ms;
        options.backoffCap = 200ms;
        scheduler = std::make_unique<PollScheduler>(&client, &sink, options);
    }
    [[nodiscard]] int apiRequests()
    {
        int count = 0;
        for (const SimRequestRecord& record : sim.server().requests()) {
            count += record.path.startsWith(QLatin1String("/api/")) ? 1 : 0;
        }
        return count;
    }
};

} // namespace

class TestPollScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void workspace_isPolledThroughItsOwnEndpoint_onlyWithADigitsGid()
    {
        SimConfig config;
        config.workspaceEvents = true;
        Account account(150, config);
        const QString ws = account.sim.workspaceGid();
        account.scheduler->add(ws, QString(), QStringLiteral("workspace"));
        // A gid that is not digits is never made part of a path (asked as a plain resource).
        account.scheduler->add(QStringLiteral("../users/me"), QString(), QStringLiteral("workspace"));
        account.scheduler->start();
        QTRY_COMPARE_WITH_TIMEOUT(account.scheduler->poller(ws)->state(), EventPoller::State::Live, 10000);
        account.sim.world().commentOnTask(account.sim.userGid(0), account.sim.taskGid(2), QStringLiteral("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(!account.sink.received.value(ws).isEmpty(), 10000);
        bool workspacePath = false;
        for (const SimRequestRecord& record : account.sim.server().requests()) {
            workspacePath |= record.path == QStringLiteral("/api/1.0/workspaces/%1/events").arg(ws);
            QVERIFY2(!record.path.contains(QLatin1String("users/me")), qPrintable(record.path));
            if (record.path.endsWith(QLatin1String("/events")) && record.path.contains(ws)) {
                QVERIFY2(!record.query.contains(QLatin1String("opt_fields")), qPrintable(record.query));
            }
        }
        QVERIFY(workspacePath);
    }

    void budget_isKeptAgainstTheServersLog()
    {
        // 30 subscriptions, 30 requests a minute: the first minute's requests go (the polls'
        // share of the budget: 90 %, the rest is kept for names and pictures), and then nothing
        // more is sent until the minute is over — though every one is due again after 50 ms.
        Account account(30);
        const QString project = account.sim.projectGid(0);
        for (int i = 0; i < 30; ++i) {
            account.scheduler->add(i == 0 ? project : QStringLiteral("%1").arg(1200000000009000 + i));
        }
        QSignalSpy sent(account.scheduler.get(), &PollScheduler::requestSent);
        account.scheduler->start();
        QTRY_VERIFY_WITH_TIMEOUT(sent.count() >= 27 && account.scheduler->inFlight() == 0, 20000);
        const int firstMinute = sent.count();
        // A negative check has no signal to wait for: two seconds in which, without the budget,
        // every subscription would have been polled dozens of times.
        QTest::qWait(2000);
        QCOMPARE(sent.count(), firstMinute);
        QCOMPARE(firstMinute, 27);
        QCOMPARE(account.apiRequests(), firstMinute);
        QCOMPARE(account.scheduler->sentInLastMinute(), firstMinute);
    }

    void removedMidRequest_keepsNothing_andLeaksNothing()
    {
        Account account(1500);
        const QString gid = account.sim.projectGid(0);
        account.scheduler->add(gid);
        account.scheduler->start();
        EventPoller* poller = account.scheduler->poller(gid);
        QTRY_COMPARE_WITH_TIMEOUT(poller->state(), SubscriptionState::Live, 10000);
        const QString token = poller->syncToken();
        const qsizetype from = account.sim.world().streamLength(gid);
        account.sim.world().injectEvents(gid, 7);
        account.sim.server().faults().add(FaultRule::delay(800).onPath(QStringLiteral("/events")));
        account.scheduler->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(poller->isBusy(), 10000);
        account.scheduler->remove(gid);
        QCOMPARE(account.scheduler->inFlight(), 0);
        QVERIFY(!account.scheduler->poller(gid));
        QVERIFY(account.scheduler->subscriptions().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(account.sim.server().requests().constLast().status != 0, 10000);
        QVERIFY(account.sink.received.value(gid).isEmpty()); // the answer of a removed one is dropped

        // Followed again from the token it had: every event comes, once.
        account.scheduler->add(gid, token);
        QTRY_COMPARE_WITH_TIMEOUT(account.sink.received.value(gid).size(), 7, 10000);
        const auto truth = account.sim.world().streamEvents(gid, from);
        for (qsizetype i = 0; i < truth.size(); ++i) {
            QCOMPARE(account.sink.received.value(gid).at(i).raw(), truth.at(i));
        }
    }

    void otherRequests_waitForTheBudgetToo()
    {
        Account account(3);
        const QString gid = account.sim.projectGid(0);
        account.scheduler->add(gid);
        QSignalSpy sent(account.scheduler.get(), &PollScheduler::requestSent);
        account.scheduler->start();
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000); // the first poll
        int answered = 0;
        QObject owner;
        for (int i = 0; i < 3; ++i) {
            account.scheduler->submit(&owner, [&account, &answered]() -> ApiReply* {
                ApiReply* reply = account.client.get(QStringLiteral("users/me"));
                QObject::connect(reply, &ApiReply::finished, &account.client, [&answered] { ++answered; });
                return reply;
            });
        }
        // Two fit into the minute next to the poll; the third waits for the minute to pass.
        QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 10000);
        QTest::qWait(500); // no signal says "not sent": half a second for it to show if it would
        QCOMPARE(answered, 2);
        QCOMPARE(account.scheduler->sentInLastMinute(), 3);

        // A request whose owner is gone by its turn is not sent.
        auto* gone = new QObject;
        bool called = false;
        account.scheduler->submit(gone, [&called]() -> ApiReply* {
            called = true;
            return nullptr;
        });
        delete gone;
        account.scheduler->setBudget(1500);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 10000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPollScheduler)
#include "tst_pollscheduler.moc"
