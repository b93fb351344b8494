// `--follow --state FILE` and `--export`: catch-up after a restart, gaps recorded, nothing printed
// twice across runs, and the crash test — SIGKILL at random moments, over and over, and the store
// still holds exactly what the simulator delivered.
#include "AppProcess.h"
#include "SimFixture.h"

#include <QDir>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {

// `--follow gid --state state` against the simulator, with its token.
AppProcess::Setup following(const SimFixture& sim, const QString& gid, const QString& state,
                            std::function<void()> childSetup = {})
{
    AppProcess::Setup setup;
    setup.arguments = QStringList{QStringLiteral("--follow"),   gid,
                                  QStringLiteral("--base-url"), sim.baseUrl().toString(),
                                  QStringLiteral("--interval"), QStringLiteral("0.05"),
                                  QStringLiteral("--state"),    state};
    setup.environment = {{QStringLiteral("ASANA_TOKEN"), sim.token()}};
    setup.childSetup = std::move(childSetup);
    return setup;
}

QStringList exportArguments(const QString& state)
{
    return {QStringLiteral("--state"), state, QStringLiteral("--export")};
}

QList<QJsonObject> truth(const SimFixture& sim, const QString& gid, qsizetype from)
{
    const auto events = sim.world().streamEvents(gid, from);
    return QList<QJsonObject>(events.cbegin(), events.cend());
}

// What `--export` prints for a state file.
QList<QJsonObject> exported(const QString& state, int* exitCode = nullptr)
{
    AppProcess run(exportArguments(state));
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

// Runs `--follow` until it is live and has kept `count` new events, then stops it.
qsizetype followAndKeep(SimFixture& sim, const QString& gid, const QString& state, int count)
{
    AppProcess run(following(sim, gid, state));
    if (!run.waitForLive()) {
        return -1;
    }
    const qsizetype from = sim.world().streamLength(gid);
    sim.world().injectEvents(gid, count);
    if (!QTest::qWaitFor([&] { return run.lines().size() == count; }, 10000)) {
        return -1;
    }
    run.signal(SIGTERM);
    run.waitForExit();
    return from;
}

// The directory's file names, to see that nothing was created or moved.
QStringList filesIn(const QString& directory)
{
    return QDir(directory).entryList(QDir::Files, QDir::Name);
}

// Another program holding the state file exclusively, as long as it lives.
class ExclusiveLock
{
public:
    explicit ExclusiveLock(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        QSqlQuery query(db.open() ? db : QSqlDatabase());
        m_held = query.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")) &&
                 query.exec(QStringLiteral("BEGIN EXCLUSIVE")) &&
                 query.exec(QStringLiteral("UPDATE subscriptions SET state = state"));
    }
    ~ExclusiveLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ExclusiveLock)
    [[nodiscard]] bool isHeld() const { return m_held; }

private:
    QString m_name = QStringLiteral("exclusive-lock");
    bool m_held = false;
};

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
            AppProcess run(following(sim, gid, state));
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
        AppProcess again(following(sim, gid, state));
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
            AppProcess run(following(sim, gid, state));
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
        AppProcess again(following(sim, gid, state));
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
        AppProcess noState(QStringList{QStringLiteral("--export")});
        QVERIFY(noState.waitForExit());
        QCOMPARE(noState.exitCode(), 2);
        AppProcess missing(exportArguments(m_dir.filePath(QStringLiteral("nope.sqlite"))));
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
        AppProcess run(following(sim, gid, state));
        QVERIFY(run.waitForLive());
        QVERIFY2(run.errors().contains(QStringLiteral("set aside")), qPrintable(run.errors()));
        sim.world().injectEvents(gid, 3);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 3, 10000);
    }

    void lockedStateFile_isBusy_andNothingIsTouched()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.sqlite"));
        const qsizetype from = followAndKeep(sim, gid, state, 5);
        QVERIFY(from >= 0);
        const QStringList files = filesIn(dir.path());
        {
            ExclusiveLock lock(state);
            QVERIFY(lock.isHeld());
            // Export and follow both wait for the lock, then give up with exit 5, touching nothing.
            AppProcess exporter(exportArguments(state));
            QVERIFY(exporter.waitForExit(30000));
            QCOMPARE(exporter.exitCode(), 5);
            QVERIFY(exporter.lines().isEmpty());
            QVERIFY2(exporter.errors().contains(QStringLiteral("in use by another program")),
                     qPrintable(exporter.errors()));
            AppProcess follower(following(sim, gid, state));
            QVERIFY(follower.waitForExit(30000));
            QCOMPARE(follower.exitCode(), 5);
            QVERIFY2(follower.errors().contains(QStringLiteral("in use by another program")),
                     qPrintable(follower.errors()));
        }
        QCOMPARE(filesIn(dir.path()), files);
        int code = -1;
        QCOMPARE(eventsOf(exported(state, &code)), truth(sim, gid, from));
        QCOMPARE(code, 0);
    }

    void unreadableStateFile_exportFailsAndTouchesNothing()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.sqlite"));
        const QByteArray garbage(8192, 'x');
        {
            QFile file(state);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        int code = -1;
        AppProcess run(exportArguments(state));
        QVERIFY(run.waitForExit(30000));
        code = run.exitCode();
        QCOMPARE(code, 5);
        QVERIFY(run.lines().isEmpty());
        QVERIFY2(run.errors().contains(QStringLiteral("not a database")), qPrintable(run.errors()));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("state.sqlite")});
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void fullDisk_saysItIsTheDisk_andExits5()
    {
#ifdef Q_OS_LINUX
        // A file-size limit stands in for a full disk (root writes through any permission): the
        // pages no longer fit into the state file's WAL.
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.sqlite"));
        QVERIFY(followAndKeep(sim, gid, state, 2) >= 0);
        sim.world().injectEvents(gid, 400);
        AppProcess run(following(sim, gid, state, [] {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing the process
            const rlimit limit{32768, 32768};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }));
        QVERIFY(run.waitForExit(60000));
        QCOMPARE(run.exitCode(), 5);
        const QString errors = run.errors();
        QVERIFY2(errors.contains(QStringLiteral("cannot save")) && errors.contains(state), qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("giving up after 5 attempts")), qPrintable(errors));
        QVERIFY2(!errors.contains(QStringLiteral("network error")), qPrintable(errors));
        QVERIFY(run.lines().isEmpty()); // nothing printed that was not kept
#else
        QSKIP("setrlimit(RLIMIT_FSIZE) stands in for a full disk on Linux");
#endif
    }

    void twoFollowersCreatingOneStateFile_bothRun()
    {
        SimFixture sim;
        for (int round = 0; round < 4; ++round) {
            QTemporaryDir dir;
            const QString state = dir.filePath(QStringLiteral("new.sqlite"));
            AppProcess first(following(sim, sim.projectGid(0), state));
            AppProcess second(following(sim, sim.projectGid(1), state));
            QVERIFY2(first.waitForLive(), qPrintable(first.errors()));
            QVERIFY2(second.waitForLive(), qPrintable(second.errors()));
            QVERIFY(!first.errors().contains(QStringLiteral("set aside")));
            QVERIFY(!second.errors().contains(QStringLiteral("set aside")));
            first.signal(SIGTERM);
            second.signal(SIGTERM);
            QVERIFY(first.waitForExit() && second.waitForExit());
            QCOMPARE(first.exitCode(), 0);
            QCOMPARE(second.exitCode(), 0);
            QVERIFY2(filesIn(dir.path()).filter(QStringLiteral("corrupt")).isEmpty(),
                     qPrintable(filesIn(dir.path()).join(QLatin1Char(' '))));
        }
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
            AppProcess first(following(sim, gid, state));
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
            AppProcess run(following(sim, gid, state));
            QTest::qWait(40 + int(random.bounded(360))); // the random moment is the point of this test
            run.signal(SIGKILL);
            QVERIFY(run.waitForExit());
            killedWhileRunning += run.crashed() ? 1 : 0;
        }
        stream.stop();
        QCOMPARE(killedWhileRunning, kills);

        // One last, clean run drains what is left.
        const qsizetype end = sim.world().streamLength(gid);
        AppProcess last(following(sim, gid, state));
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
