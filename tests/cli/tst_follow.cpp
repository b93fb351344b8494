// `asana-feed --follow` as a program: the exact output contract, exit codes and recovery, with
// the real binary against the simulator over loopback.
#include "AppProcess.h"
#include "SimFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace std::chrono_literals;
using namespace AsanaFeed;
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

// A run of `arguments` with `token` as ASANA_TOKEN (none when it is null).
AppProcess::Setup setup(const QStringList& arguments, const QString& token, std::function<void()> childSetup = {})
{
    AppProcess::Setup result;
    result.arguments = arguments;
    if (!token.isNull()) {
        result.environment.append({QStringLiteral("ASANA_TOKEN"), token});
    }
    result.childSetup = std::move(childSetup);
    return result;
}

QList<QJsonObject> truth(const SimFixture& sim, const QString& gid, qsizetype from)
{
    const auto events = sim.world().streamEvents(gid, from);
    return QList<QJsonObject>(events.cbegin(), events.cend());
}

#ifdef Q_OS_UNIX
// A pipe to hand to the child as its stdout, which the test reads only when it wants to.
class StdoutPipe
{
public:
    StdoutPipe()
    {
        if (::pipe(m_fds) == 0) {
            ::fcntl(m_fds[0], F_SETFL, ::fcntl(m_fds[0], F_GETFL) | O_NONBLOCK);
            ::fcntl(m_fds[0], F_SETFD, FD_CLOEXEC);
            ::fcntl(m_fds[1], F_SETFD, FD_CLOEXEC);
        }
    }
    ~StdoutPipe()
    {
        for (const int fd : m_fds) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
    }
    Q_DISABLE_COPY_MOVE(StdoutPipe)

    [[nodiscard]] bool isValid() const { return m_fds[0] >= 0; }
    // For the child: its stdout becomes the pipe's writing end.
    [[nodiscard]] std::function<void()> asStdout() const
    {
        return [fd = m_fds[1]] { ::dup2(fd, STDOUT_FILENO); };
    }
    // The parent keeps no writing end, so that the reader sees the end when the child exits.
    void closeWritingEnd()
    {
        ::close(m_fds[1]);
        m_fds[1] = -1;
    }
    // Whatever the child wrote so far, without waiting.
    QByteArray readAvailable()
    {
        char buffer[65536];
        for (;;) {
            const auto n = ::read(m_fds[0], buffer, sizeof buffer);
            if (n <= 0) {
                break;
            }
            m_data.append(buffer, n);
        }
        return m_data;
    }
    [[nodiscard]] qsizetype lineCount() { return readAvailable().count('\n'); }

private:
    int m_fds[2] = {-1, -1};
    QByteArray m_data;
};
#endif

} // namespace

class TestFollow final : public QObject
{
    Q_OBJECT

private slots:
    void backlog_printsEveryEventOnceInOrder()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        AppProcess run(setup(followArguments(sim, {gid}), sim.token()));
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
        AppProcess run(setup(followArguments(sim, {first, second}), sim.token()));
        QVERIFY(run.waitForLive(2));
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
        AppProcess run(setup(followArguments(sim, {gid}), sim.token()));
        QVERIFY(run.waitForLive());
        const QDateTime expiredAt = QDateTime::currentDateTimeUtc();
        sim.world().expireAllTokens();
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 1, 10000);
        const QDateTime printedBy = QDateTime::currentDateTimeUtc();
        const QJsonObject gap = run.objects().first();
        QCOMPARE(gap.value(QStringLiteral("type")).toString(), QStringLiteral("gap"));
        QCOMPARE(gap.value(QStringLiteral("subscription")).toString(), gid);
        const QDateTime detectedAt =
            QDateTime::fromString(gap.value(QStringLiteral("detected_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(detectedAt.isValid());
        // Detected when it happened: after the tokens expired, before the line was read.
        QVERIFY2(expiredAt <= detectedAt && detectedAt <= printedBy,
                 qPrintable(gap.value(QStringLiteral("detected_at")).toString()));
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
        AppProcess run(setup(followArguments(sim, {gid}), sim.token()));
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
        AppProcess run(setup(followArguments(sim, {gid}), sim.token()));
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
        // Nothing is printed twice: one more event marks the end, and arrives right after the 240.
        sim.world().injectEvents(gid, 1);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 241, 10000);
        QCOMPARE(run.eventsOnly(), truth(sim, gid, from));
    }

    void oddEvents_arePassedThroughUnchanged()
    {
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        AppProcess run(setup(followArguments(sim, {gid}), sim.token()));
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
        AppProcess run(setup(followArguments(sim, {gid}), sim.token()));
        QVERIFY(run.waitForLive());
        sim.world().injectEvents(gid, 40);
        QTRY_COMPARE_WITH_TIMEOUT(run.lines().size(), 40, 10000);
        run.signal(SIGINT);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 0);
        QCOMPARE(run.lines().size(), 40);
    }

    void sigterm_whileNobodyReadsStdout_exitsAtOnce()
    {
#ifdef Q_OS_UNIX
        // The reader stopped reading: the pipe is full and a write would block. A SIGTERM must
        // still end the run promptly, and what was kept stays kept.
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.sqlite"));
        StdoutPipe out;
        QVERIFY(out.isValid());
        AppProcess run(
            setup(followArguments(sim, {gid}) << QStringLiteral("--state") << state, sim.token(), out.asStdout()));
        out.closeWritingEnd();
        QVERIFY(run.waitForLive());
        const qsizetype from = sim.world().streamLength(gid);
        sim.world().injectEvents(gid, 3000); // about 1 MB of lines: far more than a pipe holds
        QTRY_VERIFY_WITH_TIMEOUT(sim.servedUpTo(gid) >= from + 3000, 20000);
        run.signal(SIGTERM);
        QVERIFY2(run.waitForExit(10000), "asana-feed did not exit while its stdout was blocked");
        QCOMPARE(run.exitCode(), 0);
        QVERIFY2(run.errors().contains(QStringLiteral("not being read")), qPrintable(run.errors()));
        AppProcess exported(QStringList{QStringLiteral("--state"), state, QStringLiteral("--export")});
        QVERIFY(exported.waitForExit(30000));
        QCOMPARE(exported.eventsOnly(), truth(sim, gid, from));
#else
        QSKIP("a pipe handed to the child as stdout needs POSIX");
#endif
    }

    void slowReader_pausesPolling_andLosesNothing()
    {
#ifdef Q_OS_UNIX
        // Output the reader has not taken stays bounded: polling pauses, then resumes.
        SimFixture sim;
        const QString gid = sim.projectGid(0);
        StdoutPipe out;
        QVERIFY(out.isValid());
        // A paid plan's budget: the 300 pages of the backlog drain in seconds, not minutes.
        AppProcess run(setup(followArguments(sim, {gid}) << QStringLiteral("--budget") << QStringLiteral("1500"),
                             sim.token(), out.asStdout()));
        out.closeWritingEnd();
        QVERIFY(run.waitForLive());
        const qsizetype from = sim.world().streamLength(gid);
        constexpr int count = 30000; // about 12 MB of lines
        sim.world().injectEvents(gid, count);
        QTRY_VERIFY_WITH_TIMEOUT(run.errors().contains(QStringLiteral("pausing")), 30000);
        QVERIFY(sim.servedUpTo(gid) < from + count);
        // The reader catches up: everything arrives, in order, once.
        QTRY_COMPARE_WITH_TIMEOUT(out.lineCount(), count, 60000);
        QVERIFY2(run.errors().contains(QStringLiteral("resuming")), qPrintable(run.errors()));
        QList<QJsonObject> events;
        for (const QByteArray& line : out.readAvailable().split('\n')) {
            if (!line.isEmpty()) {
                events.append(QJsonDocument::fromJson(line).object().value(QStringLiteral("event")).toObject());
            }
        }
        QCOMPARE(events, truth(sim, gid, from));
#else
        QSKIP("a pipe handed to the child as stdout needs POSIX");
#endif
    }

    void serverText_isPrintedWithControlCharactersEscaped()
    {
        // A hostile error message: clear the screen, set the window title, then forge a status line.
        SimFixture sim;
        const QString forged = QStringLiteral("asana-feed: 1200000000000012: live");
        const QString message = QStringLiteral("\x1b[2J\x1b]0;pwned\x07\u009b31m\x7f\n") + forged;
        sim.server().faults().add(FaultRule::statusCode(403, message, -1));
        AppProcess run(setup(followArguments(sim, {sim.projectGid(0)}), sim.token()));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 4);
        const QString errors = run.errors();
        QVERIFY2(errors.contains(QStringLiteral("\\x1b[2J")), qPrintable(errors));
        for (const QChar c : errors) {
            const char16_t u = c.unicode();
            QVERIFY2(
                u == u'\n' || (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f)),
                qPrintable(QStringLiteral("control character U+%1 on stderr").arg(int(u), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY(!errors.split(QLatin1Char('\n')).contains(forged));
    }

    void endlessBody_keepsMemoryBounded_andBacksOff()
    {
        // A server that answers /events with a body that never ends: each answer is cut off at
        // the cap as it arrives, and the next try waits.
        SimFixture sim;
        sim.server().faults().add(FaultRule::endlessBody(false, -1));
        AppProcess run(setup(followArguments(sim, {sim.projectGid(0)}), sim.token()));
        QTRY_VERIFY_WITH_TIMEOUT(run.errors().count(QStringLiteral("response too large")) >= 2, 30000);
        QVERIFY2(run.errors().contains(QStringLiteral("backing off")), qPrintable(run.errors()));
#if defined(Q_OS_LINUX) && !defined(__SANITIZE_ADDRESS__)
        QFile status(QStringLiteral("/proc/%1/status").arg(run.processId()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        qint64 peakKiB = -1;
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                peakKiB = line.mid(6).trimmed().split(' ').first().toLongLong();
            }
        }
        QVERIFY(peakKiB > 0);
        qInfo("peak RSS of follow against an endless body: %lld KiB", peakKiB);
        QVERIFY2(peakKiB < 64 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(peakKiB)));
#endif
        run.signal(SIGTERM);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 0);
    }

    void budget_30SubscriptionsAt30AMinute_neverMoreInAMinute()
    {
        // 30 subscriptions, --budget 30: each is due again every 50 ms, yet the server sees no
        // more than 30 requests in the minute (the polls' share: 27; the rest is kept for other
        // requests), counted in its own log.
        SimFixture sim;
        QStringList gids = sim.world().projectGids();
        for (const QString& task : sim.world().taskGids()) {
            if (gids.size() == 30) {
                break;
            }
            gids.append(task);
        }
        QCOMPARE(gids.size(), 30);
        QStringList arguments = followArguments(sim, gids);
        arguments.replace(arguments.indexOf(QStringLiteral("0.1")), QStringLiteral("0.05"));
        arguments << QStringLiteral("--budget") << QStringLiteral("30");
        AppProcess run(setup(arguments, sim.token()));
        QTRY_VERIFY_WITH_TIMEOUT(sim.eventRequests().size() >= 27, 20000);
        const qint64 first = sim.eventRequests().constFirst().timeMs;
        // No signal says "nothing more was sent": three seconds in which, unbudgeted, the 30
        // subscriptions would have been polled some 1,800 times.
        QTest::qWait(3000);
        const auto requests = sim.eventRequests();
        QCOMPARE(requests.size(), 27);
        QVERIFY(requests.constLast().timeMs - first < 60000); // all of them within one minute
        QCOMPARE(run.errors().count(QStringLiteral(": live")), 27);
        run.signal(SIGTERM);
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 0);
    }

    void rejectedToken_exits3()
    {
        SimFixture sim;
        AppProcess run(setup(followArguments(sim, {sim.projectGid(0)}), QStringLiteral("wrong-token")));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 3);
        QVERIFY(run.lines().isEmpty());
        QVERIFY2(run.errors().contains(QStringLiteral("Not Authorized")), qPrintable(run.errors()));
        QVERIFY(!run.errors().contains(QStringLiteral("wrong-token")));
    }

#ifdef Q_OS_LINUX
    // The terminal modes run on QtCore: the GUI libraries and the window library are never mapped.
    void follow_mapsNoGuiLibrary()
    {
        SimFixture sim;
        AppProcess run(setup(followArguments(sim, {sim.projectGid(0)}), sim.token()));
        QVERIFY(run.waitForLive());
        const QStringList mapped = run.mappedFileNames();
        QVERIFY2(!mapped.filter(QRegularExpression(QStringLiteral("^libQt6Core\\.so"))).isEmpty(),
                 qPrintable(mapped.join(u' ')));
        for (const QString& name : mapped) {
            QVERIFY2(!name.startsWith(QLatin1String("libQt6Gui")) && !name.startsWith(QLatin1String("libQt6Widgets")) &&
                         !name.startsWith(QLatin1String("asana-feed-window")),
                     qPrintable(name));
        }
    }

    // The control: the window modes do load the window library, and Qt Widgets with it.
    void demo_loadsTheWindowLibrary()
    {
        AppProcess::Setup demo;
        demo.arguments = {QStringLiteral("--demo")};
        demo.environment.append({QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")});
        AppProcess run(demo);
        const QRegularExpression widgets(QStringLiteral("^libQt6Widgets\\.so"));
        QTRY_VERIFY_WITH_TIMEOUT(!run.mappedFileNames().filter(widgets).isEmpty(), 20000);
        QVERIFY2(run.mappedFileNames().contains(QStringLiteral("asana-feed-window.so")),
                 qPrintable(run.mappedFileNames().join(u' ')));
        run.signal(SIGTERM);
        QVERIFY(run.waitForExit());
    }
#endif

    void everySubscriptionMissing_exits4WithEachReason()
    {
        SimFixture sim;
        AppProcess run(
            setup(followArguments(sim, {QStringLiteral("404404404"), QStringLiteral("505505505")}), sim.token()));
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
        AppProcess run(setup(followArguments(sim, {QStringLiteral("404404404"), gid}), sim.token()));
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
        AppProcess run(setup(arguments, withToken ? QStringLiteral("some-token") : QString()));
        QVERIFY(run.waitForExit());
        QCOMPARE(run.exitCode(), 2);
        QVERIFY(run.lines().isEmpty());
        QVERIFY2(run.errors().contains(mentions), qPrintable(run.errors()));
    }
};

QTEST_GUILESS_MAIN(TestFollow)
#include "tst_follow.moc"
