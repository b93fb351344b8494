// `--follow --state FILE` and `--export`: catch-up after a restart, gaps recorded, nothing printed
// twice across runs, and the crash test — SIGKILL at random moments, over and over, and the store
// still holds exactly what the simulator delivered.
#include "FollowProcess.h"
#include "SimFixture.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

using namespace AsanaFeed::Sim;

namespace {

QStringList stateArguments(const SimFixture& sim, const QString& gid, const QString& state)
{
    return {QStringLiteral("--follow"),   gid,
            QStringLiteral("--base-url"), sim.baseUrl().toString(),
            QStringLiteral("--interval"), QStringLiteral("0.05"),
            QStringLiteral("--state"),    state};
}

QList<QJsonObject> truth(const SimFixture& sim, const QString& gid, qsizetype from)
{
    const auto events = sim.world().streamEvents(gid, from);
    return QList<QJsonObject>(events.cbegin(), events.cend());
}

// What `--export` prints for a state file.
QList<QJsonObject> exported(const QString& state, int* exitCode = nullptr)
{
    FollowProcess run({QStringLiteral("--state"), state, QStringLiteral("--export")}, QString());
    if (!run.waitForExit(60000)) {
        return {};
    }
    if (exitCode) {
        *exitCode = run.exitCode();
    }
    return run.objects();
}

QList<QJsonObject> eventsOf(const QList<QJsonObject>& lines)
{
    QList<QJsonObject> events;
    for (const QJsonObject& line : lines) {
        if (line.value(QStringLiteral("type")).toString() == QLatin1String("event")) {
            events.append(line.value(QStringLiteral("event")).toObject());
        }
    }
    return events;
}

} // namespace

class TestFollowState final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshState() { return m_dir.filePath(QStringLiteral("state-%1.sqlite").arg(++m_files)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void restart_catchesUpAndPrintsOnlyWhatWasNotStored()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        const QString state = freshState();
        qsizetype from = 0;
        {
            FollowProcess run(stateArguments(sim, gid, state), sim.token());
            QVERIFY(run.waitForLive());
            from = sim.world().streamLength(gid);
            sim.world().injectEvents(gid, 30);
            QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 30, 10000);
            run.signal(SIGTERM);
            QVERIFY(run.waitForExit());
            QCOMPARE(run.exitCode(), 0);
        }
        // What happened while the app was closed.
        sim.world().injectEvents(gid, 20);
        FollowProcess again(stateArguments(sim, gid, state), sim.token());
        QTRY_COMPARE_WITH_TIMEOUT(again.lines().size(), 20, 10000);
        QCOMPARE(again.eventsOnly(), truth(sim, gid, from + 30));
        // The resumed run never asked without a token: no 412, no gap.
        QVERIFY(again.waitForLive());
        QCOMPARE(sim.countEventRequestsWithStatus(412), 1);
        again.signal(SIGTERM);
        QVERIFY(again.waitForExit());

        int code = -1;
        QCOMPARE(eventsOf(exported(state, &code)), truth(sim, gid, from));
        QCOMPARE(code, 0);
    }

    void expiredStoredToken_recordsAGapAndResumes()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        const QString state = freshState();
        qsizetype from = 0;
        {
            FollowProcess run(stateArguments(sim, gid, state), sim.token());
            QVERIFY(run.waitForLive());
            from = sim.world().streamLength(gid);
            sim.world().injectEvents(gid, 4);
            QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 4, 10000);
            run.signal(SIGTERM);
            QVERIFY(run.waitForExit());
        }
        sim.world().injectEvents(gid, 3); // lost: the token expires before anyone fetches them
        sim.world().expireAllTokens();
        const qsizetype afterGap = sim.world().streamLength(gid);
        FollowProcess again(stateArguments(sim, gid, state), sim.token());
        QTRY_COMPARE_WITH_TIMEOUT(again.lines().size(), 1, 10000);
        QCOMPARE(again.objects().first().value(QStringLiteral("type")).toString(), QStringLiteral("gap"));
        QVERIFY(again.waitForLive());
        sim.world().injectEvents(gid, 5);
        QTRY_COMPARE_WITH_TIMEOUT(again.lines().size(), 6, 10000);
        again.signal(SIGTERM);
        QVERIFY(again.waitForExit());

        const QList<QJsonObject> lines = exported(state);
        QCOMPARE(lines.size(), 4 + 1 + 5);
        QCOMPARE(lines.at(4).value(QStringLiteral("type")).toString(), QStringLiteral("gap"));
        QCOMPARE(lines.at(4).value(QStringLiteral("subscription")).toString(), gid);
        QList<QJsonObject> expected = truth(sim, gid, from).mid(0, 4);
        expected += truth(sim, gid, afterGap);
        QCOMPARE(eventsOf(lines), expected);
    }

    void export_needsAnExistingStateFile()
    {
        FollowProcess noState({QStringLiteral("--export")}, QString());
        QVERIFY(noState.waitForExit());
        QCOMPARE(noState.exitCode(), 2);
        FollowProcess missing(
            {QStringLiteral("--state"), m_dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("--export")},
            QString());
        QVERIFY(missing.waitForExit());
        QCOMPARE(missing.exitCode(), 2);
        QVERIFY(missing.lines().isEmpty());
    }

    void damagedStateFile_isSetAsideAndFollowingGoesOn()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        const QString state = freshState();
        {
            QFile file(state);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        FollowProcess run(stateArguments(sim, gid, state), sim.token());
        QVERIFY(run.waitForLive());
        QVERIFY2(run.errors().contains(QStringLiteral("set aside")), qPrintable(run.errors()));
        sim.world().injectEvents(gid, 3);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 3, 10000);
    }

    void sigkillAtRandomMoments_losesNothingAndDuplicatesNothing()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        const QString state = freshState();
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("crash test seed: %u", seed);
        QRandomGenerator random(seed);

        // The first sync: from here on, everything the simulator delivers must end up stored.
        qsizetype from = 0;
        {
            FollowProcess first(stateArguments(sim, gid, state), sim.token());
            QVERIFY(first.waitForLive());
            from = sim.world().streamLength(gid);
            first.signal(SIGKILL);
            QVERIFY(first.waitForExit());
        }

        // A steady stream: a few events every 15 ms, more than one page at times.
        QTimer stream;
        QObject::connect(&stream, &QTimer::timeout, &stream,
                         [&] { sim.world().injectEvents(gid, 1 + int(random.bounded(12))); });
        stream.start(15);

        constexpr int kills = 24;
        int killedWhileRunning = 0;
        for (int i = 0; i < kills; ++i) {
            FollowProcess run(stateArguments(sim, gid, state), sim.token());
            QTest::qWait(40 + int(random.bounded(360)));
            run.signal(SIGKILL);
            QVERIFY(run.waitForExit());
            killedWhileRunning += run.crashed() ? 1 : 0;
        }
        stream.stop();
        QCOMPARE(killedWhileRunning, kills);

        // One last, clean run drains what is left.
        const qsizetype end = sim.world().streamLength(gid);
        FollowProcess last(stateArguments(sim, gid, state), sim.token());
        QTRY_VERIFY_WITH_TIMEOUT(sim.servedUpTo(gid) >= end, 30000);
        last.signal(SIGTERM);
        QVERIFY(last.waitForExit());
        QCOMPARE(last.exitCode(), 0);

        const QList<QJsonObject> lines = exported(state);
        const QList<QJsonObject> expected = truth(sim, gid, from);
        QVERIFY(expected.size() > 500);
        QCOMPARE(lines.size(), expected.size()); // no gap lines: no token expired
        const QList<QJsonObject> stored = eventsOf(lines);
        if (stored != expected) {
            for (qsizetype i = 0; i < std::min(stored.size(), expected.size()); ++i) {
                QVERIFY2(stored.at(i) == expected.at(i), qPrintable(QStringLiteral("first difference at %1").arg(i)));
            }
        }
        QCOMPARE(stored, expected);
    }
};

QTEST_GUILESS_MAIN(TestFollowState)
#include "tst_followstate.moc"
