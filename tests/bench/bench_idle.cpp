// Benchmark: what the app costs while nothing happens. asana-feed follows 20 quiet projects of
// the simulator (on 127.0.0.1) from the tray — started with --minimized on a display with a tray
// host (TrayDisplay), the window never shown — and, once every project was polled, its CPU time
// and its wake-ups (context switches of all its threads, from /proc) are read over a window of
// time. Prints figures (medians of the runs); never fails on a number. Linux only (/proc).
//   bench_idle [--seconds N] [--runs N]
#include "AppProcess.h"
#include "BenchFigures.h"
#include "SimFixture.h"
#include "TrayDisplay.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;

namespace {

constexpr int subscriptions = 20;

struct Sample
{
    double cpuSeconds = 0;
    qint64 switches = 0;
};

Sample sample(qint64 pid)
{
    Sample result;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields after the command name (which may hold spaces): utime is the 14th, stime the 15th.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const auto ticks = double(sysconf(_SC_CLK_TCK));
        result.cpuSeconds = (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / ticks;
    }
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task) + QStringLiteral("/status"));
        if (!status.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                result.switches += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
        }
    }
    return result;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 60;
    int runs = 1;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--seconds")) {
            seconds = std::max(5, arguments.at(i + 1).toInt());
        } else if (arguments.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, arguments.at(i + 1).toInt());
        }
    }
    if (!TrayDisplay::missingTools().isEmpty()) {
        std::fprintf(stderr, "bench_idle: needs %s\n", qPrintable(TrayDisplay::missingTools().join(u' ')));
        return 1;
    }
    TrayDisplay display;
    if (!display.isReady()) {
        std::fprintf(stderr, "bench_idle: no display with a tray\n");
        return 1;
    }

    std::vector<double> cpuPerMinute;
    std::vector<double> wakeupsPerSecond;
    std::vector<double> requestsPerMinute;
    for (int run = 0; run < runs; ++run) {
        Sim::SimFixture sim;
        QStringList gids;
        for (int i = 0; i < subscriptions; ++i) {
            gids.append(sim.world().addProject(sim.workspaceGid(), QStringLiteral("Quiet project %1").arg(i + 1)));
        }
        AppProcess::Setup setup;
        setup.arguments = {QStringLiteral("--minimized"), QStringLiteral("--base-url"), sim.baseUrl().toString()};
        for (const QString& gid : gids) {
            setup.arguments << QStringLiteral("--subscribe") << gid;
        }
        setup.environment = {{QStringLiteral("DISPLAY"), display.display()},
                             {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                             {QStringLiteral("ASANA_TOKEN"), sim.token()}};
        AppProcess feed(setup);

        // Settled: every project answered twice (its first sync, then a caught-up poll).
        const auto polledTwice = [&sim, &gids] {
            QHash<QString, int> polls;
            for (const Sim::SimFixture::EventRequest& request : sim.eventRequests()) {
                ++polls[request.resource];
            }
            return std::all_of(gids.cbegin(), gids.cend(),
                               [&polls](const QString& gid) { return polls.value(gid) >= 2; });
        };
        QElapsedTimer settling;
        settling.start();
        while (!polledTwice() && settling.elapsed() < 300000) {
            wait(200);
        }
        if (!polledTwice()) {
            std::fprintf(stderr, "bench_idle: the subscriptions did not settle: %s\n", qPrintable(feed.errors()));
            return 1;
        }
        const qsizetype requestsBefore = sim.eventRequests().size();
        const Sample before = sample(feed.processId());
        wait(seconds * 1000);
        const Sample after = sample(feed.processId());
        const qsizetype requests = sim.eventRequests().size() - requestsBefore;
        cpuPerMinute.push_back((after.cpuSeconds - before.cpuSeconds) * 60.0 / seconds);
        wakeupsPerSecond.push_back(double(after.switches - before.switches) / seconds);
        requestsPerMinute.push_back(double(requests) * 60.0 / seconds);
        std::printf("run %d: %.3f CPU s/min, %.2f wake-ups/s, %.1f requests/min\n", run + 1, cpuPerMinute.back(),
                    wakeupsPerSecond.back(), requestsPerMinute.back());
        std::fflush(stdout);
    }
    std::printf("bench_idle: %d quiet subscriptions, window closed (tray only), %d s x %d run(s), medians:\n",
                subscriptions, seconds, runs);
    std::printf("  CPU time:   %.3f s per minute (%.2f%% of one core)\n", median(cpuPerMinute),
                median(cpuPerMinute) / 60.0 * 100.0);
    std::printf("  wake-ups:   %.2f per second (context switches, all threads)\n", median(wakeupsPerSecond));
    std::printf("  requests:   %.1f GET /events per minute\n", median(requestsPerMinute));
    printFigure("idle in the tray: CPU", median(cpuPerMinute), "s/min", 3);
    printFigure("idle in the tray: wake-ups", median(wakeupsPerSecond), "/s", 2);
    return 0;
}
