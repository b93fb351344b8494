// The fault soak: the engine as Application composes it — AsanaClient, PollScheduler and its
// EventPollers, the EventStore as their sink, an AccountSession renewing the OAuth sign-in — run
// against the simulator over loopback for a stretch of time (ASANAFEED_SOAK_SECONDS, 60 by
// default; the `soak` ctest runs 600) with seeded random faults (ASANAFEED_SOAK_SEED replays a
// run's faults and events; the seed is printed) and a steady stream of events on several
// resources. Then the store is held against the simulator's ground truth and its request log:
//   - every event the simulator delivered whole in a 200 is in the store exactly once, and the
//     store holds nothing the world did not write;
//   - every sync token the simulator refused with 412 is a gap in the store, one each;
//   - the process's resident memory (Linux) stayed under a bound, sampled through the run;
//   - no request reached the simulator inside a Retry-After window, and none beyond the budget.
// The durations are run lengths, never limits: nothing here fails because something was slow.

#include "ScriptedBrowser.h"
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "auth/AccountSession.h"
#include "auth/OAuthSignIn.h"
#include "events/EventPoller.h"
#include "events/PollScheduler.h"
#include "store/EventStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeoutMs = 15000;

// The account's request budget, and the simulator's rate limit for a token: the same, as Asana's.
constexpr int kBudgetPerMinute = 150; // the app's default (Asana's free tier)
constexpr qint64 kWindowMs = 60'000;
// A request reaches the simulator at most this long after the client sent it (the simulator and
// the client share this thread, so a busy moment of either delays the other's reading). The
// checks give that much slack, in the engine's favour only where its clock cannot be seen:
//   - budget: the requests the simulator saw in any (60 s - slack) were sent within some 60 s;
//   - Retry-After: requests arriving within the slack after a 429 may have been sent before the
//     client had read it (up to maxInFlight of them are out at once).
constexpr qint64 kInFlightSlackMs = 2000;
// The client's steady clock and the simulator's are both CLOCK_MONOTONIC read in whole
// milliseconds, by two libraries: a few milliseconds of rounding between them.
constexpr qint64 kClockRoundingMs = 5;
// Shorter than the app's 30 s and 60 s so that a stall costs seconds of the run, not half of it;
// the code that enforces them is the same.
constexpr auto kTransferTimeout = 2s;
constexpr auto kRequestDeadline = 5s;
// Stalls last this much beyond the transfer timeout: the client has long hung up when the
// simulator would answer, so an answer is never both sent and abandoned.
constexpr int kStallBeyondTimeoutMs = 1500;
// A renewal every ~40 s besides the 401s the faults cause.
constexpr auto kAccessTokenLifetime = 45s;
// A 401 fault at most this often: AccountSession takes more than three 401 renewals a minute for
// a sign-in that no longer works, by design.
constexpr qint64 kTokenExpirySpacingMs = 30'000;
constexpr int kEventsPageSize = 20;
// How long the engine may take to catch up after the run (a wait, not a limit: it usually takes
// seconds; a subscription backing off waits for its interval, at most five minutes).
constexpr int kCatchUpMs = 600'000;

qint64 envNumber(const char* name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

bool sanitized()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

// Resident memory from /proc/self/status, in KiB; -1 where there is no such file.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Arms one fault episode at a time on GET /events, a few ordinary requests apart, chosen by its
// own seeded generator; counts what it armed.
class FaultDirector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultDirector)

public:
    FaultDirector(SimServer* server, quint32 seed)
        : m_server(server)
        , m_rng(seed)
    {
        m_clock.start();
        m_countdown = nextGap();
        connect(m_server, &SimServer::requestServed, this, &FaultDirector::onServed);
    }

    void stop()
    {
        m_stopped = true;
        m_server->faults().clear();
        m_armed = 0;
    }
    [[nodiscard]] const std::map<QString, int>& episodes() const { return m_episodes; }

private:
    int nextGap() { return 3 + int(m_rng.bounded(6)); }

    void onServed(const SimRequestRecord& record)
    {
        if (m_stopped || !record.path.startsWith(QLatin1String("/api/"))) {
            return;
        }
        if (m_armed != 0) {
            if (m_server->faults().appliedCount(m_armed) < m_armedCount) {
                return; // the episode goes on
            }
            m_server->faults().remove(m_armed);
            m_armed = 0;
        }
        if (--m_countdown > 0) {
            return;
        }
        m_countdown = nextGap();
        arm();
    }

    void arm()
    {
        FaultRule rule;
        QString name;
        switch (m_rng.bounded(9)) {
        case 0:
            // A storm: the next requests all get 429, each with a Retry-After longer than the slack.
            rule = FaultRule::rateLimit(3 + int(m_rng.bounded(3)), 1 + int(m_rng.bounded(3)));
            name = QStringLiteral("429 storm");
            break;
        case 1:
            rule = FaultRule::serverError(2 + int(m_rng.bounded(4)));
            name = QStringLiteral("500 burst");
            break;
        case 2:
            rule = FaultRule::connectionReset(1 + int(m_rng.bounded(2)));
            name = QStringLiteral("connection reset");
            break;
        case 3:
            rule = FaultRule::delay(int(std::chrono::milliseconds(kTransferTimeout).count()) + kStallBeyondTimeoutMs);
            name = QStringLiteral("stall past the timeout");
            break;
        case 4:
            rule = FaultRule::malformedJson();
            name = QStringLiteral("malformed page");
            break;
        case 5:
            rule = FaultRule::truncatedBody();
            name = QStringLiteral("truncated page");
            break;
        case 6:
            rule = FaultRule::expireSyncToken();
            name = QStringLiteral("sync token expiry");
            break;
        case 7:
            rule = FaultRule::staleSync();
            name = QStringLiteral("has_more with the same token");
            break;
        default:
            if (m_lastTokenExpiry >= 0 && m_clock.elapsed() - m_lastTokenExpiry < kTokenExpirySpacingMs) {
                rule = FaultRule::serverError(1);
                name = QStringLiteral("500 burst");
            } else {
                m_lastTokenExpiry = m_clock.elapsed();
                rule = FaultRule::expireAccessToken();
                name = QStringLiteral("access token expiry");
            }
            break;
        }
        rule.onPath(QStringLiteral("/events"));
        m_armedCount = rule.count;
        m_armed = m_server->faults().add(rule);
        ++m_episodes[name];
    }

    SimServer* m_server = nullptr;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    qint64 m_lastTokenExpiry = -1;
    int m_countdown = 0;
    int m_armed = 0;
    int m_armedCount = 0;
    bool m_stopped = false;
    std::map<QString, int> m_episodes;
};

// A steady stream of changes in the world, as people make them: comments, completions, renames,
// assignments and new tasks on the followed projects' tasks, and now and then a burst on one
// project (several pages with has_more).
class EventStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    EventStream(SimWorld* world, QStringList projects, QStringList tasks, quint32 seed)
        : m_world(world)
        , m_projects(std::move(projects))
        , m_followedTasks(std::move(tasks))
        , m_rng(seed)
    {
        for (const SimUser& user : m_world->users()) {
            m_people.append(user.gid);
        }
        m_timer.setInterval(150);
        connect(&m_timer, &QTimer::timeout, this, &EventStream::tick);
    }

    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }

private:
    template<typename T>
    const T& pick(const QList<T>& list)
    {
        return list.at(qsizetype(m_rng.bounded(quint32(list.size()))));
    }

    void tick()
    {
        const QString project = pick(m_projects);
        const QStringList tasks = m_world->project(project)->taskGids;
        // Half the changes on the followed tasks: busy subscriptions of their own too.
        const QString task = m_rng.bounded(2) == 0 ? pick(m_followedTasks) : pick(tasks);
        const QString person = pick(m_people);
        ++m_ticks;
        switch (m_rng.bounded(8)) {
        case 0:
        case 1:
            m_world->commentOnTask(person, task, QStringLiteral("Soak comment %1").arg(m_ticks));
            break;
        case 2:
            m_world->completeTask(person, task, !m_world->task(task)->completed);
            break;
        case 3:
            m_world->renameTask(person, task, QStringLiteral("Soak task %1").arg(m_ticks));
            break;
        case 4:
            m_world->assignTask(person, task, pick(m_people));
            break;
        case 5:
            if (tasks.size() < 60) {
                m_world->createTask(person, project, QStringLiteral("New soak task %1").arg(m_ticks));
            }
            break;
        case 6:
            if (m_rng.bounded(6) == 0) {
                m_world->injectEvents(project, 30 + int(m_rng.bounded(60)));
            }
            break;
        default:
            m_world->addFollower(person, task, pick(m_people));
            break;
        }
    }

    SimWorld* m_world = nullptr;
    QStringList m_projects;
    QStringList m_followedTasks;
    QStringList m_people;
    QRandomGenerator m_rng;
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace

class TestFaultSoak final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void engineUnderFaults_keepsEveryDeliveredEventOnce_andHonoursLimits();

private:
    SignInResult signIn(SimFixture& sim, QNetworkAccessManager* network);
};

void TestFaultSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

SignInResult TestFaultSoak::signIn(SimFixture& sim, QNetworkAccessManager* network)
{
    OAuthSignIn::Options options;
    options.apiBaseUrl = sim.baseUrl();
    options.clientId = sim.server().config().oauthClientId;
    options.port = 0;
    ScriptedBrowser browser;
    OAuthSignIn signIn(network, options, [&browser](const QUrl& authorizeUrl) { browser.open(authorizeUrl); });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    if (!finished.wait(kTimeoutMs) && finished.isEmpty()) {
        return {};
    }
    return finished.first().first().value<SignInResult>();
}

void TestFaultSoak::engineUnderFaults_keepsEveryDeliveredEventOnce_andHonoursLimits()
{
    const qint64 seconds = envNumber("ASANAFEED_SOAK_SECONDS", 60);
    const auto seed = quint32(envNumber("ASANAFEED_SOAK_SEED", QRandomGenerator::system()->bounded(1, 1 << 30)));
    const qint64 rssBoundMiB = envNumber("ASANAFEED_SOAK_RSS_MB", sanitized() ? 1536 : 256);
    qInfo("soak: %lld s, seed %u (ASANAFEED_SOAK_SEED=%u replays it), resident memory bound %lld MiB", seconds, seed,
          seed, rssBoundMiB);

    // --- the simulator: the demo's workspace, its rate limit at the account's budget
    SimConfig config;
    config.rateLimitRequests = kBudgetPerMinute;
    config.rateLimitWindow = std::chrono::milliseconds(kWindowMs);
    config.eventsPageSize = kEventsPageSize;
    config.accessTokenLifetime = kAccessTokenLifetime;
    config.workspaceEvents = true;
    SimFixture sim(config);
    QVERIFY(sim.isListening());
    SimWorld& world = sim.world();
    SimServer& server = sim.server();

    // --- the engine, composed as Application::startPolling does
    QNetworkAccessManager network;
    const SignInResult signedIn = signIn(sim, &network);
    QVERIFY2(signedIn.failure == SignInResult::Failure::None, "the sign-in against the simulator failed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventStore store;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("events.sqlite"))), qPrintable(store.lastError()));
    MemoryTokenStore tokens;
    AsanaClient client(&network);
    client.setBaseUrl(sim.baseUrl());
    client.setTransferTimeout(kTransferTimeout);
    client.setRequestDeadline(kRequestDeadline);
    AccountSession::Options sessionOptions;
    sessionOptions.apiBaseUrl = sim.baseUrl();
    sessionOptions.clientId = server.config().oauthClientId;
    AccountSession session(&network, &tokens, &client, sessionOptions, signedIn.account, signedIn.credentials);
    QString signInRequired;
    connect(&session, &AccountSession::signInRequired, this,
            [&signInRequired](const QString& message) { signInRequired = message; });

    PollScheduler::Options options;
    options.budgetPerMinute = kBudgetPerMinute;
    options.minInterval = 1s; // more subscriptions than the budget can poll this often: it binds
    PollScheduler scheduler(&client, &store, options);
    connect(&scheduler, &PollScheduler::authenticationRequired, &session, &AccountSession::handleUnauthorized);
    connect(&session, &AccountSession::recovered, &scheduler, [&scheduler] { scheduler.restart(); });
    qint64 eventsSignalled = 0;
    connect(&scheduler, &PollScheduler::eventsStored, this,
            [&eventsSignalled](const QString&, const QList<Event>& events) { eventsSignalled += events.size(); });

    // The three projects, five of their tasks and the workspace (as an Enterprise+ service account
    // may): an event on a task is also its project's and the workspace's (they bubble up), so one
    // event reaches the store by up to three subscriptions. Busier than the budget can poll
    // every second: the budget binds.
    const QStringList projects{sim.projectGid(0), sim.projectGid(1), sim.projectGid(2)};
    const QStringList followedTasks{sim.taskGid(0, 0), sim.taskGid(0, 1), sim.taskGid(1, 0), sim.taskGid(1, 1),
                                    sim.taskGid(2, 0)};
    const QString workspace = sim.workspaceGid();
    const QStringList followed = projects + followedTasks + QStringList{workspace};
    for (const QString& gid : followed) {
        const QString type = gid == workspace         ? QStringLiteral("workspace")
                             : projects.contains(gid) ? QStringLiteral("project")
                                                      : QStringLiteral("task");
        QVERIFY(store.addSubscription(gid, gid, type));
        scheduler.add(gid, {}, type);
    }

    FaultDirector faults(&server, seed);
    EventStream stream(&world, projects, followedTasks, seed ^ 0x5eedu);

    qint64 startRss = residentKiB();
    qint64 peakRss = startRss;
    QTimer sampler;
    sampler.setInterval(250);
    connect(&sampler, &QTimer::timeout, this, [&peakRss] { peakRss = std::max(peakRss, residentKiB()); });
    QTimer progress;
    progress.setInterval(10'000);
    connect(&progress, &QTimer::timeout, this, [&] {
        qInfo("soak: %d requests, %lld events stored, %lld KiB resident", int(server.requests().size()),
              store.eventCount(), residentKiB());
    });

    QElapsedTimer elapsed;
    elapsed.start();
    scheduler.start();
    stream.start();
    sampler.start();
    progress.start();
    QTimer runEnd;
    runEnd.setSingleShot(true);
    QSignalSpy ended(&runEnd, &QTimer::timeout);
    runEnd.start(std::chrono::seconds(seconds));
    QVERIFY(ended.wait(int(seconds * 1000) + 60'000));

    // --- the run is over: no more faults or events; the engine catches up with the world
    faults.stop();
    stream.stop();
    const auto caughtUp = [&] {
        for (const QString& gid : followed) {
            const EventPoller* poller = scheduler.poller(gid);
            const auto kept = store.subscription(gid);
            const auto position = kept ? world.resolveSyncToken(kept->syncToken, gid) : std::nullopt;
            if (poller->state() != SubscriptionState::Live || poller->isBusy() || !position ||
                *position != world.streamLength(gid)) {
                return false;
            }
        }
        return true;
    };
    // A quiet subscription is polled as rarely as every five minutes while the budget binds, and
    // one backing off or rate-limited waits for its interval as well as its notBefore: ask for
    // the live ones now and again, as the window's Refresh does; the others come when the plan
    // says (this can take minutes; it is a wait, not a limit).
    QTimer refresh;
    refresh.setInterval(5000);
    connect(&refresh, &QTimer::timeout, &scheduler, &PollScheduler::pollNow);
    scheduler.pollNow();
    refresh.start();
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp() || !signInRequired.isEmpty(), kCatchUpMs);
    QVERIFY2(signInRequired.isEmpty(), qPrintable(signInRequired));
    refresh.stop();
    scheduler.stop();
    sampler.stop();
    progress.stop();
    peakRss = std::max(peakRss, residentKiB());
    const qint64 ranMs = elapsed.elapsed();

    // --- what the simulator saw
    QVector<SimRequestRecord> api;
    for (const SimRequestRecord& record : server.requests()) {
        if (record.path.startsWith(QLatin1String("/api/"))) {
            api.append(record);
        }
    }
    std::stable_sort(api.begin(), api.end(),
                     [](const SimRequestRecord& a, const SimRequestRecord& b) { return a.steadyMs < b.steadyMs; });
    std::map<QString, int> faultsSeen;
    std::map<int, int> statuses;
    // Per subscription: sync tokens the simulator refused (412) in an answer that reached the engine
    // whole (a 412 a fault truncated or trickled past the timeout is asked again, and refused again).
    QHash<QString, int> expired;
    for (const SimRequestRecord& record : std::as_const(api)) {
        ++statuses[record.status];
        if (!record.fault.isEmpty()) {
            ++faultsSeen[record.fault];
        }
        const QUrlQuery query(record.query);
        if (record.status == 412 && record.whole && !query.queryItemValue(QStringLiteral("sync")).isEmpty()) {
            // GET /events?resource=GID, or GET /workspaces/GID/events
            const QString resource = query.hasQueryItem(QStringLiteral("resource"))
                                         ? query.queryItemValue(QStringLiteral("resource"))
                                         : record.path.section(QLatin1Char('/'), -2, -2);
            ++expired[resource];
        }
    }

    // --- the ground truth: every distinct event delivered whole in a 200 (by its bytes: Asana's
    // events have no id, and one event reaches us by its task and by its project)
    QSet<QByteArray> delivered;
    QSet<QByteArray> written; // everything the world wrote on the followed streams
    for (const QString& gid : followed) {
        const QBitArray bits = server.deliveredEvents().value(gid);
        for (qsizetype i = 0; i < world.streamLength(gid); ++i) {
            written.insert(world.streamEventBytes(gid, i));
            if (i < bits.size() && bits.testBit(i)) {
                delivered.insert(world.streamEventBytes(gid, i));
            }
        }
    }
    QHash<QByteArray, int> storedCount;
    QHash<QString, int> gaps;
    QVERIFY(store.forEachInOrder(
        [&storedCount](const StoredEvent& event) {
            ++storedCount[event.json];
            return true;
        },
        [&gaps](const StoredGap& gap) {
            ++gaps[gap.subscription];
            return true;
        }));

    // --- the figures
    qint64 worldEvents = 0;
    for (const QString& gid : followed) {
        worldEvents += world.streamLength(gid);
    }
    qInfo("soak: ran %.1f s (%.1f s of it catching up); seed %u", double(ranMs) / 1000.0,
          double(ranMs - seconds * 1000) / 1000.0, seed);
    qInfo("soak: %d requests to the API, %d token requests", int(api.size()),
          server.oauth().grantCount(QStringLiteral("refresh_token")));
    QStringList byStatus;
    for (const auto& [status, count] : statuses) {
        byStatus.append(
            QStringLiteral("%1: %2").arg(status == 0 ? QStringLiteral("none") : QString::number(status)).arg(count));
    }
    qInfo("soak: answers by status: %s", qPrintable(byStatus.join(QStringLiteral(", "))));
    QStringList armed;
    for (const auto& [name, count] : faults.episodes()) {
        armed.append(QStringLiteral("%1 %2").arg(name).arg(count));
    }
    qInfo("soak: fault episodes armed: %s", qPrintable(armed.join(QStringLiteral(", "))));
    QStringList hit;
    for (const auto& [name, count] : faultsSeen) {
        hit.append(QStringLiteral("%1 %2").arg(name).arg(count));
    }
    qInfo("soak: requests faulted: %s", qPrintable(hit.join(QStringLiteral(", "))));
    int gapTotal = 0;
    for (const int count : std::as_const(gaps)) {
        gapTotal += count;
    }
    qInfo("soak: %lld stream events written on %d subscriptions, %d distinct delivered, %d stored (%lld signalled "
          "new), %d gaps",
          worldEvents, int(followed.size()), int(delivered.size()), int(storedCount.size()), eventsSignalled, gapTotal);
    if (peakRss >= 0) {
        qInfo("soak: resident memory %lld MiB at the start, %lld MiB at its peak (bound %lld MiB)", startRss / 1024,
              peakRss / 1024, rssBoundMiB);
    }

    // --- the verdict
    // Every delivered event is stored once; nothing is stored twice or made up.
    int missing = 0;
    for (const QByteArray& bytes : std::as_const(delivered)) {
        if (!storedCount.contains(bytes)) {
            if (++missing <= 5) {
                qWarning("soak: delivered, not stored: %s", bytes.constData());
            }
        }
    }
    QCOMPARE(missing, 0);
    for (auto it = storedCount.cbegin(); it != storedCount.cend(); ++it) {
        QVERIFY2(it.value() == 1, it.key().constData());
        QVERIFY2(written.contains(it.key()), it.key().constData());
    }
    QVERIFY(!delivered.isEmpty());
    QCOMPARE(qint64(storedCount.size()), store.eventCount());

    // Every refused sync token is a gap of its subscription, and there are no others.
    for (const QString& gid : followed) {
        if (gaps.value(gid) != expired.value(gid)) {
            // What a replay (ASANAFEED_SOAK_SEED) needs to see: the subscription's requests
            // around its refusals, and its gaps.
            for (const SimRequestRecord& record : std::as_const(api)) {
                if (record.query.contains(gid) || record.path.contains(gid)) {
                    qInfo("soak: %s: %lld ms, %d%s, fault \"%s\", %s", qPrintable(gid), record.steadyMs, record.status,
                          record.whole ? "" : " (not whole)", qPrintable(record.fault), qPrintable(record.query));
                }
            }
            QVERIFY(store.forEachInOrder([](const StoredEvent&) { return true; },
                                         [&gid](const StoredGap& gap) {
                                             if (gap.subscription == gid) {
                                                 qInfo("soak: %s: gap detected at %s", qPrintable(gid),
                                                       qPrintable(gap.detectedAt.toString(Qt::ISODateWithMs)));
                                             }
                                             return true;
                                         }));
        }
        QCOMPARE(gaps.value(gid), expired.value(gid));
    }
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it) {
        QVERIFY2(followed.contains(it.key()), qPrintable(it.key()));
    }

    // Memory stayed under its bound.
    if (peakRss >= 0) {
        QVERIFY2(peakRss / 1024 < rssBoundMiB,
                 qPrintable(QStringLiteral("peak resident memory %1 MiB").arg(peakRss / 1024)));
    }

    // No request inside a Retry-After window (after the slack for requests already on their way).
    for (const SimRequestRecord& limited : std::as_const(api)) {
        if (limited.status != 429 || limited.retryAfterSeconds <= 0) {
            continue;
        }
        const qint64 from = limited.steadyMs + kInFlightSlackMs;
        const qint64 until = limited.steadyMs + qint64(limited.retryAfterSeconds) * 1000 - kClockRoundingMs;
        for (const SimRequestRecord& other : std::as_const(api)) {
            QVERIFY2(other.steadyMs < from || other.steadyMs >= until,
                     qPrintable(QStringLiteral("a request %1 ms after a 429 with Retry-After: %2")
                                    .arg(other.steadyMs - limited.steadyMs)
                                    .arg(limited.retryAfterSeconds)));
        }
    }

    // Never more than the budget in a window (shortened by the slack: what the simulator saw
    // within it was sent within 60 s). What arrived counts, as Asana counts it: also the request
    // QNAM sends again by itself when a kept-alive connection dies under it (the reset fault),
    // which the plan never sees; the plan's 10% reserve is what leaves room for those.
    int busiest = 0;
    for (qsizetype last = 0, first = 0; last < api.size(); ++last) {
        while (api.at(first).steadyMs <= api.at(last).steadyMs - (kWindowMs - kInFlightSlackMs)) {
            ++first;
        }
        busiest = std::max(busiest, int(last - first + 1));
    }
    qInfo("soak: at most %d requests in any %lld s window (budget %d a minute)", busiest,
          (kWindowMs - kInFlightSlackMs) / 1000, kBudgetPerMinute);
    QVERIFY(busiest <= kBudgetPerMinute);
}

int main(int argc, char** argv)
{
    // QTest ends a test function after five minutes; this one runs as long as it is told to.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        const qint64 seconds = envNumber("ASANAFEED_SOAK_SECONDS", 60);
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((seconds + 120) * 1000 + kCatchUpMs));
    }
    QCoreApplication app(argc, argv);
    TestFaultSoak test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_faultsoak.moc"
