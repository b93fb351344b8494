// Benchmark: EventStore ingest (100,000 events in 1,000 pages of 100, one transaction each),
// database size per event, and loading the newest 1,000 rows for the feed with 1,000,000 stored.
// Prints figures; never fails on a time.
#include "BenchFigures.h"
#include "SimFixture.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;

namespace {

// Realistic events: the simulator's varied synthetic events, re-stamped so each is distinct.
class EventFactory
{
public:
    EventFactory()
    {
        Sim::SimWorld world;
        Sim::DemoScenario::populate(&world);
        const QString gid = world.projectGids().constFirst();
        world.injectEvents(gid, 200);
        for (const QJsonObject& object : world.streamEvents(gid)) {
            m_templates.append(object);
        }
    }

    QList<Event> page(qint64 first, int count) const
    {
        QList<Event> events;
        events.reserve(count);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-20);
        for (qint64 n = first; n < first + count; ++n) {
            QJsonObject object = m_templates.at(n % m_templates.size());
            object[QStringLiteral("created_at")] = base.addMSecs(n * 1000).toString(Qt::ISODateWithMs);
            Event event = parseEvent(object).value();
            event.rawBytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
            events.append(std::move(event));
        }
        return events;
    }

private:
    QList<QJsonObject> m_templates;
};

qint64 databaseBytes(const QString& path)
{
    qint64 total = 0;
    for (const char* suffix : {"", "-wal"}) {
        total += QFileInfo(path + QLatin1String(suffix)).size();
    }
    return total;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Fills `store` with `count` events, returning the seconds spent inside commitPage only.
double ingest(EventStore& store, const EventFactory& factory, qint64 from, qint64 count)
{
    double seconds = 0;
    for (qint64 n = from; n < from + count; n += 100) {
        const QList<Event> page = factory.page(n, 100);
        QElapsedTimer timer;
        timer.start();
        if (!store.commitPage(QStringLiteral("1200000000000012"), page, QStringLiteral("token-%1").arg(n))) {
            std::fprintf(stderr, "bench_store: commit failed: %s\n", qPrintable(store.lastError()));
            std::exit(1);
        }
        seconds += double(timer.nsecsElapsed()) / 1e9;
    }
    return seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const EventFactory factory;
    const int repeats =
        qEnvironmentVariableIntValue("BENCH_REPEATS") > 0 ? qEnvironmentVariableIntValue("BENCH_REPEATS") : 3;

    std::vector<double> rates;
    std::vector<double> bytesPerEvent;
    for (int r = 0; r < repeats; ++r) {
        QTemporaryDir dir;
        EventStore store;
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        store.open(path);
        const double seconds = ingest(store, factory, 0, 100000);
        store.close(); // checkpoints the WAL into the database file
        rates.push_back(100000 / seconds);
        bytesPerEvent.push_back(double(databaseBytes(path)) / 100000);
        std::printf("bench_store: run %d: ingested 100000 events (1000 pages) in %.3f s = %.0f events/s committed, "
                    "%.0f bytes per event on disk\n",
                    r + 1, seconds, 100000 / seconds, bytesPerEvent.back());
    }
    std::printf("bench_store: ingest median of %d runs: %.0f events/s committed, %.0f bytes (%.2f KiB) per event\n",
                repeats, median(rates), median(bytesPerEvent), median(bytesPerEvent) / 1024);
    printFigure("store ingest, 100k events in pages of 100", median(rates), "events/s", 0);
    printFigure("store size on disk", median(bytesPerEvent), "bytes/event", 0);

    const qint64 large =
        qEnvironmentVariableIntValue("BENCH_LARGE") > 0 ? qEnvironmentVariableIntValue("BENCH_LARGE") : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.sqlite"));
    {
        EventStore store;
        store.open(path);
        std::printf("bench_store: filling a store with %lld events...\n", static_cast<long long>(large));
        std::fflush(stdout);
        ingest(store, factory, 0, large);
    }
    std::vector<double> loads;
    std::vector<double> opens;
    for (int r = 0; r < 15; ++r) {
        QElapsedTimer timer;
        timer.start();
        EventStore store;
        store.open(path);
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        const QList<StoredEvent> newest = store.newest(1000);
        const double loaded = double(timer.nsecsElapsed()) / 1e6 - opened;
        if (newest.size() != 1000) {
            std::fprintf(stderr, "bench_store: expected 1000 rows, got %lld\n", static_cast<long long>(newest.size()));
            return 1;
        }
        opens.push_back(opened);
        loads.push_back(loaded);
    }
    std::printf("bench_store: with %lld events stored (%.0f MB): open %.2f ms, newest 1000 rows %.2f ms "
                "(medians of 15)\n",
                static_cast<long long>(large), double(databaseBytes(path)) / 1e6, median(opens), median(loads));
    printFigure("store: newest 1,000 rows of 1M", median(loads), "ms", 2);
    return 0;
}
