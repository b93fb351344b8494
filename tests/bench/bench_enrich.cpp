// Benchmark: enriching a 10,000-event backlog from the simulator over loopback — how many
// objects the rows need, how many POST /batch requests ask for them (≈ objects / 10), the time
// until the first screen is enriched, the time to enrich every row while scrolling through the
// whole feed a screen at a time, and re-filtering with and without the comments' text known.
// The budget is not applied (every batch goes at once): the figures are the client's and the
// simulator's own cost. Prints figures; never fails on a time.
#include "BenchData.h"
#include "BenchFigures.h"
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "feed/EventDetails.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;

namespace {

constexpr int screenRows = 20;
constexpr int aheadRows = 10;
constexpr int fillRows = 40;

// p95 of a re-filter after each keystroke, typing and erasing a few searches.
double filterP95(EventFilterModel& filter)
{
    return BenchData::percentile(
        BenchData::keystrokeTimes(filter, {QStringLiteral("maya patel"), QStringLiteral("homepage"),
                                           QStringLiteral("sprint"), QStringLiteral("review")}),
        0.95);
}

int batchesSent(Sim::SimFixture& sim)
{
    int count = 0;
    for (const Sim::SimRequestRecord& request : sim.server().requests()) {
        count += request.path.endsWith(QLatin1String("/batch")) ? 1 : 0;
    }
    return count;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int events =
        qEnvironmentVariableIntValue("BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("BENCH_EVENTS") : 10000;

    // The demo workspace's activity, served by the simulator that made it.
    Sim::SimConfig config;
    config.rateLimitRequests = 1'000'000; // the client's and the simulator's cost, not Asana's limit
    Sim::SimFixture sim(config);
    Sim::DemoScenario scenario(&sim.world(), 7);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);
    qint64 step = 0;
    sim.world().setClock([&] { return start.addMSecs(++step * 1000); });
    while (sim.world().eventCount() < events) {
        scenario.step();
    }
    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("feed.sqlite")));
    for (const QString& project : sim.world().projectGids()) {
        QList<Event> page;
        for (const QJsonObject& object : sim.world().streamEvents(project)) {
            page.append(parseEvent(object).value());
        }
        store.commitPage(project, page, QStringLiteral("t"));
    }
    EventModel model(&store);
    model.setPageSize(int(store.eventCount()));
    model.reload();
    const int rows = model.rowCount();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qsizetype objects = model.detailsWanted(0, rows - 1, now, now).size();

    EventFilterModel filter;
    filter.setSourceModel(&model);
    const double p95Before = filterP95(filter);

    QNetworkAccessManager network;
    AsanaClient client(&network);
    client.setBaseUrl(sim.baseUrl());
    client.setAccessToken(sim.token());
    EventDetails details(&model, &store);
    details.setClient(&client, [](QObject*, std::function<ApiReply*()> send, int) { send(); });
    // Until every batch asked for is answered (no polling: the answer's own signal).
    const auto settle = [&details] {
        QEventLoop loop;
        QObject::connect(&details, &EventDetails::answered, &loop, [&] {
            if (details.batchesInFlight() == 0) {
                loop.quit();
            }
        });
        if (details.batchesInFlight() > 0) {
            loop.exec();
        }
    };
    const auto range = [](int first, int count) {
        QList<int> list;
        for (int i = first; i < first + count; ++i) {
            list.append(i);
        }
        return list;
    };

    QElapsedTimer timer;
    timer.start();
    // As the window does: the rows on screen and the ten below them.
    details.want(range(0, screenRows + aheadRows), range(screenRows + aheadRows, fillRows));
    settle();
    const double firstScreenMs = double(timer.nsecsElapsed()) / 1e6;
    const int firstScreenBatches = batchesSent(sim);
    int commentsOnScreen = 0;
    for (int row = 0; row < screenRows && row < rows; ++row) {
        commentsOnScreen += model.index(row).data(EventRoles::CommentRole).toString().isEmpty() ? 0 : 1;
    }

    timer.restart();
    for (int first = screenRows; first < rows; first += screenRows) {
        const int shown = std::min(screenRows + aheadRows, rows - first);
        details.want(range(first, shown), range(first + shown, std::min(fillRows, rows - first - shown)));
        settle();
    }
    const double allMs = double(timer.nsecsElapsed()) / 1e6 + firstScreenMs;
    const int batches = batchesSent(sim);
    const qsizetype left = model.detailsWanted(0, rows - 1, now.addSecs(-3600), now.addSecs(-3600)).size();
    const double p95After = filterP95(filter);

    std::printf("bench_enrich: %lld events stored, %d rows, %lld objects the rows want details of\n",
                static_cast<long long>(store.eventCount()), rows, static_cast<long long>(objects));
    std::printf("bench_enrich: first screen (%d rows, %d with comment text): %.1f ms, %d batch requests\n", screenRows,
                commentsOnScreen, firstScreenMs, firstScreenBatches);
    std::printf("bench_enrich: whole feed a screen at a time: %d batch requests (objects / 10 = %.0f), "
                "%.0f ms, %lld objects left unknown\n",
                batches, double(objects) / 10.0, allMs, static_cast<long long>(left));
    std::printf("bench_enrich: re-filtering p95: %.2f ms before, %.2f ms with every detail known\n", p95Before,
                p95After);
    printFigure("enrich: first screen", firstScreenMs, "ms", 1);
    printFigure("enrich: whole feed, batch requests", batches, "requests", 0);
    return 0;
}
