// Benchmark: scrolling the feed with 100,000 events — the real MainWindow (FeedView and
// EventDelegate) at 1000×700 over EventModel + EventFilterModel; after each scroll step the
// viewport is repainted synchronously and that repaint is timed (p50/p95/max per frame).
// Prints figures; never fails on a time. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "BenchData.h"
#include "BenchFigures.h"
#include "FeedView.h"
#include "MainWindow.h"
#include "SimFixture.h"
#include "api/Event.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "store/EventStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace AsanaFeed;
using AsanaFeed::Bench::printFigure;

namespace {

// Lets the view finish its batched layout. QListView sets the scroll range once, when the last
// batch is laid out: done when the range has changed and then held, or held for 2 s from the start.
double settle(FeedView* view)
{
    QElapsedTimer timer;
    timer.start();
    const int initial = view->verticalScrollBar()->maximum();
    int maximum = initial;
    int still = 0;
    bool changed = false;
    while (timer.elapsed() < 60000) {
        QCoreApplication::processEvents();
        const int now = view->verticalScrollBar()->maximum();
        changed = changed || now != initial;
        still = now == maximum ? still + 1 : 0;
        maximum = now;
        if ((changed && still >= 50) || (!changed && timer.elapsed() > 2000)) {
            break;
        }
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Series
{
    std::vector<double> frames;
    int rowsSeen = 0;
};

// `steps` scroll steps from the top, each moving the scroll bar by `advance(bar)` pixels; the
// repaint after each step is what is timed.
Series scroll(FeedView* view, int steps, const std::function<int(QScrollBar*)>& advance)
{
    QScrollBar* bar = view->verticalScrollBar();
    bar->setValue(0);
    settle(view);
    Series series;
    for (int i = 0; i < steps; ++i) {
        bar->setValue(std::min(bar->maximum(), bar->value() + advance(bar)));
        QElapsedTimer timer;
        timer.start();
        view->viewport()->repaint();
        series.frames.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // whatever the scroll step posted, untimed
    }
    series.rowsSeen = view->indexAt(QPoint(1, 1)).row();
    return series;
}

void report(const char* what, const Series& series, const char* figure)
{
    std::printf("bench_paint: %s: p50 %.2f ms, p95 %.2f ms, max %.2f ms per frame (%zu frames, down to row %d)\n", what,
                BenchData::percentile(series.frames, 0.5), BenchData::percentile(series.frames, 0.95),
                BenchData::percentile(series.frames, 1.0), series.frames.size(), series.rowsSeen);
    printFigure(figure, BenchData::percentile(series.frames, 0.95), "ms", 2);
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int count =
        qEnvironmentVariableIntValue("BENCH_EVENTS") > 0 ? qEnvironmentVariableIntValue("BENCH_EVENTS") : 100000;
    const int steps =
        qEnvironmentVariableIntValue("BENCH_FRAMES") > 0 ? qEnvironmentVariableIntValue("BENCH_FRAMES") : 300;

    QTemporaryDir dir;
    EventStore store;
    store.open(dir.filePath(QStringLiteral("feed.sqlite")));
    BenchData::fillWithDemoActivity(store, count);

    EventModel model(&store);
    model.setPageSize(int(store.eventCount()));
    model.reload();
    EventFilterModel filter;
    filter.setSourceModel(&model);

    MainWindow window(&model, &filter);
    window.resize(1000, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench_paint: the window was not exposed\n");
        return 1;
    }
    FeedView* view = window.feedView();
    const double layoutMs = settle(view);
    std::printf("bench_paint: %d rows (platform %s, viewport %dx%d), batched layout settled in %.0f ms\n",
                filter.rowCount(), qPrintable(QGuiApplication::platformName()), view->viewport()->width(),
                view->viewport()->height(), layoutMs);

    report("a page per step", scroll(view, steps, [](QScrollBar* bar) { return bar->pageStep(); }),
           "paint while scrolling a page per step, p95");
    report("3 lines per step (a wheel notch)",
           scroll(view, steps, [](QScrollBar* bar) { return 3 * bar->singleStep(); }),
           "paint while scrolling a wheel notch per step, p95");
    report("jumps across the whole list",
           scroll(view, steps, [steps](QScrollBar* bar) { return std::max(1, bar->maximum() / steps); }),
           "paint while jumping across the list, p95");

    // A hostile name: the newest row's task is called by 8 MiB of text. Its repaint is timed
    // next to the same viewport's repaint with ordinary names, alternating, medians of 15.
    const auto topRepaints = [view](int times) {
        view->verticalScrollBar()->setValue(0);
        QCoreApplication::processEvents();
        std::vector<double> frames;
        for (int i = 0; i < times; ++i) {
            QElapsedTimer timer;
            timer.start();
            view->viewport()->repaint();
            frames.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return frames;
    };
    const std::vector<double> ordinary = topRepaints(15);
    QJsonObject huge{
        {QStringLiteral("action"), QStringLiteral("changed")},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("gid"), QStringLiteral("7")},
                                             {QStringLiteral("name"), QStringLiteral("Dana Ruiz")}}},
        {QStringLiteral("resource"), QJsonObject{{QStringLiteral("gid"), QStringLiteral("99")},
                                                 {QStringLiteral("resource_type"), QStringLiteral("task")},
                                                 {QStringLiteral("name"), QString(8 * 1024 * 1024, QLatin1Char('n'))}}},
        {QStringLiteral("change"), QJsonObject{{QStringLiteral("field"), QStringLiteral("completed")},
                                               {QStringLiteral("action"), QStringLiteral("changed")}}}};
    const int laidOut = view->verticalScrollBar()->maximum();
    model.addEvents(QStringLiteral("1"), {parseEvent(huge).value()}, {store.eventCount() + 1});
    // The insert re-lays the list out in batches, and the range is set along the way: it drops
    // when the relayout starts, and the relayout is done when the range is back to at least what
    // it was (the list only grew).
    QElapsedTimer relayout;
    relayout.start();
    bool started = false;
    while (relayout.elapsed() < 60000) {
        QCoreApplication::processEvents();
        const int maximum = view->verticalScrollBar()->maximum();
        started = started || maximum < laidOut;
        if (started && maximum >= laidOut) {
            break;
        }
    }
    const qint64 relayoutMs = relayout.elapsed();
    const std::vector<double> hostile = topRepaints(15);
    const qsizetype length = filter.index(0, 0).data(EventRoles::SentenceRole).toString().size();
    std::printf("bench_paint: repainting the top of the feed: %.2f ms with ordinary names, %.2f ms with an 8 MiB task "
                "name in view (medians of 15; the top row's sentence has %lld characters)\n",
                BenchData::percentile(ordinary, 0.5), BenchData::percentile(hostile, 0.5),
                static_cast<long long>(length));
    std::printf("bench_paint: relaying the list out after that one insert at the top: %lld ms (%d rows)\n",
                static_cast<long long>(relayoutMs), filter.rowCount());
    printFigure("paint the top, ordinary names", BenchData::percentile(ordinary, 0.5), "ms", 2);
    printFigure("paint the top, an 8 MiB task name", BenchData::percentile(hostile, 0.5), "ms", 2);
    printFigure("relayout after one insert at the top", double(relayoutMs), "ms", 0);
    return 0;
}
