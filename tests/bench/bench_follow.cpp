// Benchmark: drain a 10,000-event backlog (100 pages) from the simulator through
// `asana-feed --follow` and report events/s, the client's CPU time and its peak RSS.
// Prints figures; never fails on a time. Linux: CPU and RSS are read from /proc.
#include "SimFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace AsanaFeed::Sim;

namespace {

struct Run
{
    double seconds = 0;  // from the first request for the backlog to the last page kept
    double pollWait = 0; // from the injection to that first request
    double cpuSeconds = 0;
    double peakRssMb = 0;
};

// utime + stime of a live process, in seconds.
double cpuSecondsOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    // Fields after the command name, which is in parentheses and may contain spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble(); // utime, stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double peakRssMbOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

Run drainOnce(int events)
{
    SimFixture sim;
    const QString gid = sim.projectGid(0);
    QProcess follow;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASANA_TOKEN"), sim.token());
    follow.setProcessEnvironment(environment);
    // stdout goes to /dev/null, as a script that only forwards would; the simulator tells us when
    // the client has fetched everything.
    follow.setStandardOutputFile(QProcess::nullDevice());
    // BENCH_FEED_BINARY: another build of asana-feed, to compare two side by side.
    const QString binary = qEnvironmentVariable("BENCH_FEED_BINARY", QStringLiteral(ASANAFEED_FEED_BINARY));
    follow.start(binary, {QStringLiteral("--follow"), gid, QStringLiteral("--base-url"), sim.baseUrl().toString(),
                          QStringLiteral("--interval"), QStringLiteral("0.05"), QStringLiteral("--budget"),
                          QStringLiteral("1500")});
    QByteArray errors;
    const bool live = QTest::qWaitFor(
        [&] {
            errors += follow.readAllStandardError();
            return errors.contains(": live");
        },
        20000);
    if (!live) {
        std::fprintf(stderr, "bench_follow: the client did not go live: %s\n", errors.constData());
        std::exit(1);
    }

    const qsizetype start = sim.world().streamLength(gid);
    const qsizetype end = start + events;
    QElapsedTimer timer;
    timer.start();
    sim.world().injectEvents(gid, events);
    // Done when the client asks for the page after the last one, i.e. it wrote every event. A real
    // event loop, not QTest::qWaitFor: that one sleeps between checks and the simulator lives here.
    // The drain starts with the client's first request for the backlog: the wait for its next
    // poll (--interval) is not throughput, so it is reported apart.
    QEventLoop loop;
    bool drained = false;
    qint64 firstRequestNs = -1;
    QObject::connect(&sim.server(), &SimServer::requestServed, &loop, [&](const SimRequestRecord& record) {
        const QString sync = QUrlQuery(record.query).queryItemValue(QStringLiteral("sync"), QUrl::FullyDecoded);
        const auto position = sim.world().resolveSyncToken(sync, gid);
        if (position && *position == start && firstRequestNs < 0) {
            firstRequestNs = timer.nsecsElapsed();
        }
        if (position && *position >= end) {
            drained = true;
            loop.quit();
        }
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    Run run;
    run.pollWait = double(std::max<qint64>(firstRequestNs, 0)) / 1e9;
    run.seconds = double(timer.nsecsElapsed()) / 1e9 - run.pollWait;
    run.cpuSeconds = cpuSecondsOf(follow.processId());
    run.peakRssMb = peakRssMbOf(follow.processId());
    follow.terminate();
    follow.waitForFinished(10000);
    if (!drained || follow.exitCode() != 0) {
        std::fprintf(stderr, "bench_follow: the backlog was not drained cleanly\n");
        std::exit(1);
    }
    return run;
}

template<typename T>
T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int events =
        qEnvironmentVariableIntValue("BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("BENCH_EVENTS") : 10000;
    const int repeats =
        qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 5;
    std::vector<double> rates;
    std::vector<double> cpu;
    std::vector<double> rss;
    for (int i = 0; i < repeats; ++i) {
        const Run run = drainOnce(events);
        rates.push_back(events / run.seconds);
        cpu.push_back(run.cpuSeconds);
        rss.push_back(run.peakRssMb);
        std::printf("bench_follow: run %d: %d events drained in %.3f s = %.0f events/s (after %.0f ms waiting for the "
                    "next poll), client CPU %.3f s, peak RSS %.1f MB\n",
                    i + 1, events, run.seconds, events / run.seconds, run.pollWait * 1000, run.cpuSeconds,
                    run.peakRssMb);
    }
    std::printf("bench_follow: median of %d runs: %.0f events/s end to end, client CPU %.3f s "
                "(%.0f events per CPU-second), client peak RSS %.1f MB\n",
                repeats, median(rates), median(cpu), events / median(cpu), median(rss));
    return 0;
}
