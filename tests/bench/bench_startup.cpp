// Benchmark: start-up to the first painted window with 1,000,000 stored events. Fills the store
// the app's real mode reads (under a temporary XDG_DATA_HOME), then starts `asana-feed
// --subscribe` offscreen with ASANAFEED_REPORT_STARTUP set, waits for its "first paint after"
// line, and stops it; 7 times. Prints figures (medians); never fails on a time.
#include "BenchFigures.h"
#include "SimFixture.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Realistic events: a few thousand from the demo workspace's activity, re-stamped one second
// apart so each of the `count` is distinct; all under the subscription `gid`.
void fill(EventStore& store, const QString& gid, qint64 count)
{
    Sim::SimWorld world;
    Sim::DemoScenario::populate(&world);
    Sim::DemoScenario scenario(&world, 7);
    while (world.streamLength(gid) < 5000) {
        scenario.step();
    }
    const QList<QJsonObject> templates = world.streamEvents(gid);
    const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-count - 60);
    QList<Event> page;
    for (qint64 n = 0; n < count; ++n) {
        QJsonObject object = templates.at(n % templates.size());
        object[QStringLiteral("created_at")] = base.addMSecs(n * 1000).toString(Qt::ISODateWithMs);
        Event event = parseEvent(object).value();
        event.rawBytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
        page.append(std::move(event));
        if (page.size() == 1000 || n + 1 == count) {
            if (!store.commitPage(gid, page, QStringLiteral("token-%1").arg(n))) {
                std::fprintf(stderr, "bench_startup: commit failed: %s\n", qPrintable(store.lastError()));
                std::exit(1);
            }
            page.clear();
        }
    }
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

struct Run
{
    double sinceMain = -1;
    double sinceExec = -1;
    double observed = -1; // from QProcess::start() to the line reaching this process
};

Run startOnce(const QProcessEnvironment& environment, const QStringList& arguments)
{
    QProcess feed;
    feed.setProcessEnvironment(environment);
    feed.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    feed.start(QStringLiteral(ASANAFEED_FEED_BINARY), arguments);
    QByteArray errors;
    const QRegularExpression line(QStringLiteral("first paint after (\\d+) ms(?: \\((\\d+) ms since exec\\))?"));
    QRegularExpressionMatch match;
    Run run;
    // Blocking reads of stderr: woken as soon as the line arrives.
    feed.setReadChannel(QProcess::StandardError);
    while (!match.hasMatch() && timer.elapsed() < 60000 && feed.state() != QProcess::NotRunning) {
        feed.waitForReadyRead(int(std::max<qint64>(1, 60000 - timer.elapsed())));
        errors += feed.readAllStandardError();
        match = line.match(QString::fromLocal8Bit(errors));
    }
    run.observed = double(timer.nsecsElapsed()) / 1e6;
    feed.kill();
    feed.waitForFinished(10000);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_startup: no first-paint line from asana-feed: %s\n", errors.constData());
        std::exit(1);
    }
    run.sinceMain = match.captured(1).toDouble();
    run.sinceExec = match.captured(2).isEmpty() ? -1 : match.captured(2).toDouble();
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    QTemporaryDir dir;
    // Everything the app (and this process's EventStore::defaultPath) reads or writes stays here.
    const QString dataHome = dir.filePath(QStringLiteral("data"));
    const QString configHome = dir.filePath(QStringLiteral("config"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome));
    QCoreApplication app(argc, argv);
    // The app's names, so that defaultPath() is the path asana-feed opens.
    QCoreApplication::setOrganizationName(QStringLiteral("AsanaFeed"));
    QCoreApplication::setApplicationName(QStringLiteral("asana-feed"));

    const qint64 count =
        qEnvironmentVariableIntValue("BENCH_LARGE") > 0 ? qEnvironmentVariableIntValue("BENCH_LARGE") : 1000000;
    const int repeats =
        qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 7;
    const QString path = EventStore::defaultPath(QStringLiteral("default"));
    const QString gid = [] {
        Sim::SimWorld world;
        Sim::DemoScenario::populate(&world);
        return world.projectGids().constFirst();
    }();
    {
        std::printf("bench_startup: filling %s with %lld events...\n", qPrintable(path), static_cast<long long>(count));
        std::fflush(stdout);
        QElapsedTimer timer;
        timer.start();
        EventStore store;
        if (!store.open(path)) {
            std::fprintf(stderr, "bench_startup: cannot open %s: %s\n", qPrintable(path),
                         qPrintable(store.lastError()));
            return 1;
        }
        fill(store, gid, count);
        store.close(); // checkpoints the WAL: the app opens a settled database
        std::printf("bench_startup: filled in %.1f s (%.0f MB)\n", double(timer.elapsed()) / 1e3,
                    double(QFileInfo(path).size()) / 1e6);
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("ASANA_TOKEN"), QStringLiteral("any"));
    environment.insert(QStringLiteral("ASANAFEED_REPORT_STARTUP"), QStringLiteral("1"));
    // Nothing listens there: the pollers back off quietly while the stored feed is shown.
    const QStringList arguments{QStringLiteral("--subscribe"), gid, QStringLiteral("--base-url"),
                                QStringLiteral("http://127.0.0.1:%1/api/1.0").arg(closedPort())};

    std::vector<double> sinceMain;
    std::vector<double> sinceExec;
    std::vector<double> observed;
    for (int i = 0; i < repeats; ++i) {
        const Run run = startOnce(environment, arguments);
        sinceMain.push_back(run.sinceMain);
        sinceExec.push_back(run.sinceExec);
        observed.push_back(run.observed);
        std::printf("bench_startup: run %d: first paint %.0f ms after main(), %.0f ms after exec, line seen %.0f ms "
                    "after start()\n",
                    i + 1, run.sinceMain, run.sinceExec, run.observed);
        std::fflush(stdout);
    }
    std::printf("bench_startup: with %lld events stored, median of %d runs: first paint %.0f ms after main(), "
                "%.0f ms after exec (%.0f ms as seen by the launcher)\n",
                static_cast<long long>(count), repeats, median(sinceMain), median(sinceExec), median(observed));
    printFigure("start-up to first paint, 1M events stored", median(sinceMain), "ms", 0);
    return 0;
}
