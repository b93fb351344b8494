// Benchmark: the feed model with 100,000 events — load time, memory per event (the model's own
// accounting and the heap's), and re-filtering after each keystroke (p50/p95).
// Prints figures; never fails on a time.
#include "BenchData.h"
#include "BenchFigures.h"
#include "SimFixture.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;

namespace {

size_t heapInUse()
{
    return mallinfo2().uordblks;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count =
        qEnvironmentVariableIntValue("BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("BENCH_EVENTS") : 100000;
    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("feed.sqlite")));
    BenchData::fillWithDemoActivity(store, count);
    const qint64 stored = store.eventCount();

    const size_t heapBefore = heapInUse();
    EventModel model(&store);
    model.setPageSize(int(stored));
    QElapsedTimer timer;
    timer.start();
    model.reload();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const size_t heapAfter = heapInUse();
    std::printf("bench_feed: %d rows loaded into the model in %.0f ms\n", model.rowCount(), loadMs);
    std::printf("bench_feed: model memory: %.0f bytes per event by its own accounting, %.0f bytes per event "
                "by the heap (%d distinct strings)\n",
                double(model.memoryBytes()) / model.rowCount(), double(heapAfter - heapBefore) / model.rowCount(),
                int(model.strings().size()));
    printFigure("model memory by the heap, 100k+ rows", double(heapAfter - heapBefore) / model.rowCount(),
                "bytes/event", 0);

    EventFilterModel filter;
    filter.setSourceModel(&model);
    // Typing and then erasing a few searches, one keystroke at a time.
    const QStringList searches{QStringLiteral("maya patel"), QStringLiteral("homepage"), QStringLiteral("commented"),
                               QStringLiteral("caf\u00e9 launch")};
    std::vector<double> keystrokes;
    qint64 visible = 0;
    for (int round = 0; round < 3; ++round) {
        const std::vector<double> times = BenchData::keystrokeTimes(filter, searches, &visible);
        keystrokes.insert(keystrokes.end(), times.begin(), times.end());
    }
    std::printf("bench_feed: re-filtering %d rows after a keystroke: p50 %.2f ms, p95 %.2f ms, max %.2f ms "
                "(%zu keystrokes, %lld rows shown in all)\n",
                model.rowCount(), BenchData::percentile(keystrokes, 0.5), BenchData::percentile(keystrokes, 0.95),
                BenchData::percentile(keystrokes, 1.0), keystrokes.size(), static_cast<long long>(visible));
    printFigure("filter after a keystroke, 100k+ rows, p95", BenchData::percentile(keystrokes, 0.95), "ms", 2);
    return 0;
}
