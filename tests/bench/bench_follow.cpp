// Benchmark: `asana-feed --follow` and Asana's official JavaScript client (the peer script in
// tests/bench/peer, npm `asana`) drain the same 10,000-event backlog (100 a page) from one simulator,
// in alternating runs; prints the wall time, the client's CPU time and its peak RSS, their medians
// and the peer/app ratios. Every run must deliver every event, in order, or the benchmark fails;
// it never fails on a time. Linux only: each client runs under this executable's --measure mode,
// which reads its CPU time and peak RSS from wait4() when it exits.
#include "BenchFigures.h"
#include "SimFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace AsanaFeed::Sim;
using AsanaFeed::Bench::printFigure;

namespace {

// --- --measure RESULT_FILE PROGRAM ARGS...: runs PROGRAM, passes SIGTERM/SIGINT on to it, and when
// it has exited writes "<user+sys CPU seconds> <peak RSS KiB>" to RESULT_FILE. The same for both
// clients, whether they stop by themselves (the peer) or are stopped (asana-feed --follow).

volatile sig_atomic_t g_child = 0;

void passSignalOn(int signal)
{
    if (g_child > 0) {
        ::kill(pid_t(g_child), signal);
    }
}

int measure(char* argv[])
{
    struct sigaction action = {};
    action.sa_handler = passSignalOn;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    const pid_t child = fork();
    if (child < 0) {
        std::perror("bench_follow: fork");
        return 127;
    }
    if (child == 0) {
        execvp(argv[3], argv + 3);
        std::fprintf(stderr, "bench_follow: cannot run %s: %s\n", argv[3], std::strerror(errno));
        _exit(127);
    }
    g_child = child;
    int status = 0;
    rusage usage = {};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            std::perror("bench_follow: wait4");
            return 127;
        }
    }
    FILE* result = std::fopen(argv[2], "w");
    if (result == nullptr) {
        return 127;
    }
    const double cpu = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6 +
                       double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
    std::fprintf(result, "%.6f %ld\n", cpu, usage.ru_maxrss);
    std::fclose(result);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// --- the benchmark

struct Client
{
    QString name;
    QString program;
    std::function<QStringList(const QString& baseUrl, const QString& gid)> arguments;
    bool stopsByItself = false; // the peer exits once drained; --follow keeps following
};

struct Run
{
    double seconds = 0; // from the first request for the backlog to its last event read from the client's stdout
    double cpuSeconds = 0;
    double peakRssMb = 0;
};

// One simulator for every run; the backlog is made once and appended again, the same events, when
// each client has its fresh sync token (its first request, answered 412), before that answer leaves.
class Bench final
{
public:
    explicit Bench(int events)
        : m_sim(unlimited())
        , m_gid(m_sim.projectGid(0))
    {
        const qsizetype from = m_sim.world().streamLength(m_gid);
        m_sim.world().injectEvents(m_gid, events);
        for (qsizetype i = from; i < from + events; ++i) {
            m_backlog.append(m_sim.world().streamEventJson(m_gid, i));
        }
    }

    Run drainOnce(const Client& client, int run);

private:
    static SimConfig unlimited()
    {
        SimConfig config;
        config.rateLimitRequests = 0; // ten drains of 100 pages within a minute: not a test of 429s
        return config;
    }
    [[noreturn]] static void fail(const Client& client, int run, const QByteArray& why, const QByteArray& errors = {})
    {
        std::fprintf(stderr, "bench_follow: %s, run %d: %s\n%s", qPrintable(client.name), run, why.constData(),
                     errors.constData());
        std::exit(1);
    }
    QByteArray checkOutput(const QByteArray& out) const;

    SimFixture m_sim;
    QString m_gid;
    QVector<QJsonObject> m_backlog;
};

Run Bench::drainOnce(const Client& client, int run)
{
    const auto events = qsizetype(m_backlog.size());
    // A home of its own for each client and run: nothing kept from one run to the next.
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASANA_TOKEN"), m_sim.token());
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char* variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = home.filePath(QString::fromLatin1(variable));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        environment.insert(QString::fromLatin1(variable), path);
    }
    const QString usageFile = home.filePath(QStringLiteral("usage"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(QStringList{QStringLiteral("--measure"), usageFile, client.program} +
                         client.arguments(m_sim.baseUrl().toString(), m_gid));
    process.setWorkingDirectory(home.path());

    QElapsedTimer timer;
    QEventLoop loop;
    qsizetype start = -1;
    qint64 firstRequestNs = -1;
    qint64 lastEventNs = -1;
    QByteArray out;
    qsizetype lines = 0;
    QByteArray errors;
    QObject::connect(&m_sim.server(), &SimServer::requestServed, &loop, [&](const SimRequestRecord& record) {
        const QUrlQuery query(record.query);
        if (!record.path.endsWith(QLatin1String("/events")) ||
            query.queryItemValue(QStringLiteral("resource")) != m_gid) {
            return;
        }
        if (record.status == 412 && start < 0) {
            // The client's fresh sync token points here; its answer is written after this returns.
            start = m_sim.world().streamLength(m_gid);
            for (const QJsonObject& event : std::as_const(m_backlog)) {
                m_sim.world().appendEvent(event, {m_gid});
            }
            return;
        }
        const auto position =
            m_sim.world().resolveSyncToken(query.queryItemValue(QStringLiteral("sync"), QUrl::FullyDecoded), m_gid);
        if (start >= 0 && position && *position == start && firstRequestNs < 0) {
            firstRequestNs = timer.nsecsElapsed();
        }
    });
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        out += chunk;
        lines += chunk.count('\n');
        if (lines >= events && lastEventNs < 0) {
            lastEventNs = timer.nsecsElapsed();
            if (!client.stopsByItself) {
                process.terminate();
            }
        }
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { errors += process.readAllStandardError(); });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            loop.quit();
        }
    });
    QTimer::singleShot(120000, &loop, [&] {
        process.kill();
        loop.quit();
    });
    timer.start();
    process.start();
    loop.exec();
    process.waitForFinished(10000);
    out += process.readAllStandardOutput();
    errors += process.readAllStandardError();

    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        fail(client, run,
             "the client did not finish cleanly (exit code " + QByteArray::number(process.exitCode()) + ")", errors);
    }
    if (const QByteArray problem = checkOutput(out); !problem.isEmpty()) {
        fail(client, run, problem, errors);
    }
    if (firstRequestNs < 0 || lastEventNs < 0) {
        fail(client, run, "the drain was not seen from its first request to its last event", errors);
    }
    QFile usage(usageFile);
    if (!usage.open(QIODevice::ReadOnly)) {
        fail(client, run, "no CPU and RSS figures from --measure", errors);
    }
    const QList<QByteArray> figures = usage.readAll().trimmed().split(' ');
    Run result;
    result.seconds = double(lastEventNs - firstRequestNs) / 1e9;
    result.cpuSeconds = figures.value(0).toDouble();
    result.peakRssMb = figures.value(1).toDouble() / 1024.0;
    return result;
}

// Every backlog event, once, in order, in --follow's format: empty when so, else what is wrong.
QByteArray Bench::checkOutput(const QByteArray& out) const
{
    QList<QByteArray> lines = out.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    if (lines.size() != m_backlog.size()) {
        return QByteArray::number(lines.size()) + " lines on stdout, not " + QByteArray::number(m_backlog.size());
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
        if (line.value(QLatin1String("type")).toString() != QLatin1String("event") ||
            line.value(QLatin1String("subscription")).toString() != m_gid ||
            line.value(QLatin1String("event")).toObject() != m_backlog.at(i)) {
            return "line " + QByteArray::number(i + 1) + " is not backlog event " + QByteArray::number(i + 1) + ": " +
                   lines.at(i).left(300);
        }
    }
    return {};
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Series
{
    std::vector<double> seconds;
    std::vector<double> cpu;
    std::vector<double> rss;
    void add(const Run& run)
    {
        seconds.push_back(run.seconds);
        cpu.push_back(run.cpuSeconds);
        rss.push_back(run.peakRssMb);
    }
};

// The peer script installed with its dependencies (`./dev bench` runs `npm ci` there), and node, or
// why not.
QString peerMissing(const QString& directory, QString* node)
{
    *node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node->isEmpty()) {
        return QStringLiteral("no node");
    }
    if (!QFileInfo::exists(directory + QStringLiteral("/node_modules/asana/package.json"))) {
        return QStringLiteral("the peer is not installed in %1 (`./dev bench` runs npm ci there)").arg(directory);
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 4 && std::strcmp(argv[1], "--measure") == 0) {
        return measure(argv);
    }
    QCoreApplication app(argc, argv);
    const int events =
        qEnvironmentVariableIntValue("BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("BENCH_EVENTS") : 10000;
    const int repeats =
        qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 5;

    Bench bench(events);
    // BENCH_FEED_BINARY: another build of asana-feed, to compare two side by side.
    const Client feed{QStringLiteral("asana-feed --follow"),
                      qEnvironmentVariable("BENCH_FEED_BINARY", QStringLiteral(ASANAFEED_FEED_BINARY)),
                      [](const QString& baseUrl, const QString& gid) {
                          return QStringList{QStringLiteral("--follow"),   gid,
                                             QStringLiteral("--base-url"), baseUrl,
                                             QStringLiteral("--interval"), QStringLiteral("0.05"),
                                             QStringLiteral("--budget"),   QStringLiteral("1500")};
                      },
                      false};
    const QString peerDirectory = qEnvironmentVariable("BENCH_PEER_DIR", QStringLiteral(ASANAFEED_PEER_DIR));
    QString node;
    const QString missing = peerMissing(peerDirectory, &node);
    const Client peer{QStringLiteral("official client"), node,
                      [peerDirectory](const QString& baseUrl, const QString& gid) {
                          return QStringList{peerDirectory + QStringLiteral("/follow-events.js"), baseUrl, gid};
                      },
                      true};
    if (!missing.isEmpty()) {
        std::printf("bench_follow: the official client skipped: %s\n", qPrintable(missing));
    }

    Series feedRuns;
    Series peerRuns;
    for (int i = 1; i <= repeats; ++i) {
        for (const Client* client : {&feed, &peer}) {
            if (client == &peer && !missing.isEmpty()) {
                continue;
            }
            const Run run = bench.drainOnce(*client, i);
            (client == &feed ? feedRuns : peerRuns).add(run);
            std::printf("bench_follow: run %d, %-19s %d events in %.3f s (%.0f events/s), client CPU %.3f s, "
                        "peak RSS %.1f MB\n",
                        i, qPrintable(client->name + QLatin1Char(':')), events, run.seconds, events / run.seconds,
                        run.cpuSeconds, run.peakRssMb);
        }
    }

    std::printf("bench_follow: medians of %d runs each, alternating, %d events at 100 a page:\n", repeats, events);
    const auto summary = [&](const char* name, const Series& series) {
        std::printf("  %-20s wall %.3f s (%.0f events/s), client CPU %.3f s, peak RSS %.1f MB\n", name,
                    median(series.seconds), events / median(series.seconds), median(series.cpu), median(series.rss));
    };
    const auto figure = [events](const char* what) -> QByteArray {
        return "follow, " + QByteArray::number(events) + " events: " + QByteArray(what);
    };
    summary("asana-feed --follow", feedRuns);
    printFigure(figure("wall, asana-feed").constData(), median(feedRuns.seconds), "s", 3);
    printFigure(figure("client CPU, asana-feed").constData(), median(feedRuns.cpu), "s", 3);
    printFigure(figure("peak RSS, asana-feed").constData(), median(feedRuns.rss), "MB", 1);
    if (missing.isEmpty()) {
        summary("official client", peerRuns);
        const double cpuRatio = median(peerRuns.cpu) / median(feedRuns.cpu);
        const double rssRatio = median(peerRuns.rss) / median(feedRuns.rss);
        std::printf("  official client / asana-feed: CPU %.2fx, peak RSS %.2fx (the target: CPU >= 5x, RSS >= 4x)\n",
                    cpuRatio, rssRatio);
        printFigure(figure("wall, official client").constData(), median(peerRuns.seconds), "s", 3);
        printFigure(figure("client CPU, official client").constData(), median(peerRuns.cpu), "s", 3);
        printFigure(figure("peak RSS, official client").constData(), median(peerRuns.rss), "MB", 1);
        printFigure(figure("CPU, official client / asana-feed").constData(), cpuRatio, "x", 2);
        printFigure(figure("peak RSS, official client / asana-feed").constData(), rssRatio, "x", 2);
    }
    return 0;
}
