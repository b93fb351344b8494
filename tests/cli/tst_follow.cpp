// `asana-feed --follow` as a program: the exact output contract, exit codes and recovery, with
// the real binary against the simulator over loopback.
#include "FollowProcess.h"
#include "SimFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace std::chrono_literals;
using namespace AsanaFeed::Sim;

namespace {

QStringList followArguments(const SimFixture& sim, const QStringList& gids)
{
    QStringList arguments;
    for (const QString& gid : gids) {
        arguments << QStringLiteral("--follow") << gid;
    }
    arguments << QStringLiteral("--base-url") << sim.baseUrl().toString() << QStringLiteral("--interval")
              << QStringLiteral("0.1");
    return arguments;
}

QList<QJsonObject> truth(const SimFixture& sim, const QString& gid, qsizetype from)
{
    const auto events = sim.world().streamEvents(gid, from);
    return QList<QJsonObject>(events.cbegin(), events.cend());
}

} // namespace

class TestFollow final : public QObject
{
    Q_OBJECT

private slots:
    void backlog_printsEveryEventOnceInOrder()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {gid}), sim.token());
        QVERIFY(run.waitForLive());
        const qsizetype from = sim.world().streamLength(gid);
        sim.world().injectEvents(gid, 250);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 250, 15000);
        const QList<QJsonObject> objects = run.objects();
        for (const QJsonObject& object : objects) {
            QCOMPARE(object.value(QStringLiteral("type")).toString(), QStringLiteral("event"));
            QCOMPARE(object.value(QStringLiteral("subscription")).toString(), gid);
            QCOMPARE(object.keys().size(), 3);
        }
        QCOMPARE(run.eventsOnly(), truth(sim, gid, from));
        // Three pages of events (100, 100, 50) after the first 412, each fetched once.
        QList<qsizetype> pageStarts;
        for (const auto& request : sim.eventRequests()) {
            if (request.status == 200 && request.position && *request.position < from + 250) {
                pageStarts.append(*request.position);
            }
        }
        QCOMPARE(pageStarts, QList<qsizetype>({from, from + 100, from + 200}));

        run.signal(SIGTERM);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(run.lines().size(), 250);
        QVERIFY(!run.errors().contains(sim.token()));
    }

    void twoSubscriptions_eachInOrder()
    {
        SimFixture sim;
        const QString first = sim.projectGid(0);
        const QString second = sim.projectGid(1);
        FollowProcess run(followArguments(sim, {first, second}), sim.token());
        QTRY_VERIFY_WITH_TIMEOUT(run.errors().count(QStringLiteral(": live")) >= 2, 10000);
        const qsizetype fromFirst = sim.world().streamLength(first);
        const qsizetype fromSecond = sim.world().streamLength(second);
        sim.world().injectEvents(first, 120);
        sim.world().injectEvents(second, 30);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 150, 15000);
        QList<QJsonObject> firstEvents;
        QList<QJsonObject> secondEvents;
        for (const QJsonObject& object : run.objects()) {
            const QString subscription = object.value(QStringLiteral("subscription")).toString();
            (subscription == first ? firstEvents : secondEvents)
                .append(object.value(QStringLiteral("event")).toObject());
        }
        QCOMPARE(firstEvents, truth(sim, first, fromFirst));
        QCOMPARE(secondEvents, truth(sim, second, fromSecond));
    }

    void expiredToken_printsOneGapThenResumes()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {gid}), sim.token());
        QVERIFY(run.waitForLive());
        sim.world().expireAllTokens();
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 1, 10000);
        const QJsonObject gap = run.objects().first();
        QCOMPARE(gap.value(QStringLiteral("type")).toString(), QStringLiteral("gap"));
        QCOMPARE(gap.value(QStringLiteral("subscription")).toString(), gid);
        const QDateTime detectedAt =
            QDateTime::fromString(gap.value(QStringLiteral("detected_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(detectedAt.isValid());
        QVERIFY(qAbs(detectedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(gap.value(QStringLiteral("detected_at")).toString().endsWith(QLatin1Char('Z')));

        const qsizetype from = sim.world().streamLength(gid);
        sim.world().injectEvents(gid, 7);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 8, 10000);
        QCOMPARE(run.eventsOnly(), truth(sim, gid, from));
        QCOMPARE(run.lines().size(), 8); // exactly one gap line
    }

    void rateLimit_noRequestBeforeRetryAfter()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {gid}), sim.token());
        QVERIFY(run.waitForLive());
        sim.world().injectEvents(gid, 5);
        sim.server().faults().add(FaultRule::rateLimit(2, 1));
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 5, 15000);
        const qint64 limitedAt = sim.lastEventRequestTime(429);
        QVERIFY(limitedAt > 0);
        for (const auto& request : sim.eventRequests()) {
            if (request.timeMs > limitedAt) {
                QVERIFY(request.timeMs - limitedAt >= 2000);
            }
        }
        QVERIFY(run.errors().contains(QStringLiteral("rate-limited")));
    }

    void serverErrorsAndBrokenTransfers_recoverWithoutLoss()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {gid}), sim.token());
        QVERIFY(run.waitForLive());
        const qsizetype from = sim.world().streamLength(gid);
        sim.world().injectEvents(gid, 120);
        sim.server().faults().add(FaultRule::serverError(3));
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 120, 20000);
        sim.world().injectEvents(gid, 120);
        sim.server().faults().add(FaultRule::connectionReset(1));
        sim.server().faults().add(FaultRule(FaultRule::truncatedBody(1)).after(1));
        sim.server().faults().add(FaultRule(FaultRule::malformedJson(1)).after(2));
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 240, 30000);
        QCOMPARE(run.eventsOnly(), truth(sim, gid, from));
        QVERIFY(run.errors().contains(QStringLiteral("backing off")));
        QVERIFY(run.errors().contains(QStringLiteral("Server Error")));
        QTest::qWait(300);
        QCOMPARE(run.lines().size(), 240);
    }

    void oddEvents_arePassedThroughUnchanged()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {gid}), sim.token());
        QVERIFY(run.waitForLive());
        const QString name = QStringLiteral("<b>html</b> \U0001F680 caf\u00e9 \"quoted\"");
        const QJsonObject odd{
            {QStringLiteral("user"), QJsonValue::Null},
            {QStringLiteral("action"), QStringLiteral("levitated")},
            {QStringLiteral("type"), QStringLiteral("task")},
            {QStringLiteral("parent"), QJsonValue::Null},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-29T04:38:58.147Z")},
            {QStringLiteral("resource"), QJsonObject{{QStringLiteral("gid"), QStringLiteral("77")},
                                                     {QStringLiteral("resource_type"), QStringLiteral("task")},
                                                     {QStringLiteral("name"), name}}},
            {QStringLiteral("something_new"), QJsonObject{{QStringLiteral("x"), 1}}},
        };
        sim.world().appendEvent(odd, {gid});
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 1, 10000);
        const QByteArray line = run.lines().first();
        QVERIFY(line.contains(name.toUtf8().replace("\"", "\\\"")));
        QCOMPARE(run.eventsOnly().first(), odd);
    }

    void sigint_exitsZeroAfterFlushing()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {gid}), sim.token());
        QVERIFY(run.waitForLive());
        sim.world().injectEvents(gid, 40);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 40, 10000);
        run.signal(SIGINT);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(run.lines().size(), 40);
    }

    void rejectedToken_exits3()
    {
        SimFixture sim;
        FollowProcess run(followArguments(sim, {sim.projectGid(0)}), QStringLiteral("wrong-token"));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 3);
        QVERIFY(run.lines().isEmpty());
        QVERIFY2(run.errors().contains(QStringLiteral("Not Authorized")), qPrintable(run.errors()));
        QVERIFY(!run.errors().contains(QStringLiteral("wrong-token")));
    }

    void everySubscriptionMissing_exits4WithEachReason()
    {
        SimFixture sim;
        FollowProcess run(followArguments(sim, {QStringLiteral("404404404"), QStringLiteral("505505505")}),
                          sim.token());
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 4);
        const QString errors = run.errors();
        QVERIFY2(errors.contains(QStringLiteral("404404404")) && errors.contains(QStringLiteral("505505505")),
                 qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("Unknown object")), qPrintable(errors));
    }

    void oneMissingSubscription_keepsFollowingTheOthers()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        FollowProcess run(followArguments(sim, {QStringLiteral("404404404"), gid}), sim.token());
        QTRY_VERIFY_WITH_TIMEOUT(run.errors().contains(QStringLiteral("404404404: failed")), 10000);
        QVERIFY(run.waitForLive());
        sim.world().injectEvents(gid, 3);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 3, 10000);
    }

    void badUsage_exits2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no token") << QStringList{QStringLiteral("--follow"), QStringLiteral("12")} << false
                                  << QStringLiteral("ASANA_TOKEN");
        QTest::newRow("bad gid") << QStringList{QStringLiteral("--follow"), QStringLiteral("abc")} << true
                                 << QStringLiteral("abc");
        QTest::newRow("http to a remote host")
            << QStringList{QStringLiteral("--follow"), QStringLiteral("12"), QStringLiteral("--base-url"),
                           QStringLiteral("http://app.asana.com/api/1.0")}
            << true << QStringLiteral("https");
    }

    void badUsage_exits2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withToken);
        QFETCH(QString, mentions);
        FollowProcess run(arguments, withToken ? QStringLiteral("some-token") : QString());
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY(run.lines().isEmpty());
        QVERIFY2(run.errors().contains(mentions), qPrintable(run.errors()));
    }
};

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
