// Realistic, varied history for the benchmarks: the demo workspace's people, tasks and kinds of
// activity, stepped by DemoScenario and committed to a store in pages.
#pragma once

#include "SimFixture.h"
#include "feed/EventFilterModel.h"
#include "store/EventStore.h"

#include <QElapsedTimer>

#include <algorithm>
#include <vector>

namespace BenchData {

// Fills `store` with enough activity for about `rows` feed rows. About 40% of Asana's events only
// narrate another one (system stories, the second half of a section move) and the model folds them
// into it, so 1.7 times as many events are made.
inline void fillWithDemoActivity(AsanaFeed::EventStore& store, int rows)
{
    using namespace AsanaFeed;
    Sim::SimWorld world;
    Sim::DemoScenario::populate(&world);
    Sim::DemoScenario scenario(&world, 7);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-20);
    qint64 step = 0;
    world.setClock([&] { return start.addMSecs(++step * 1000); });
    while (world.eventCount() < qint64(rows) * 17 / 10) {
        scenario.step();
    }
    QList<Event> page;
    for (const QString& project : world.projectGids()) {
        for (const QJsonObject& object : world.streamEvents(project)) {
            page.append(parseEvent(object).value());
            if (page.size() == 500) {
                store.commitPage(project, page, QStringLiteral("t"));
                page.clear();
            }
        }
        store.commitPage(project, page, QStringLiteral("t"));
        page.clear();
    }
}

// The value below which a share `p` (0..1) of `values` lies.
inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

// Types each search into `filter` one keystroke at a time and erases it again: the time of each
// re-filter in ms (the proxy filters lazily: its first rowCount() does the work). Adds the rows
// shown after each keystroke to `shown`, when given.
inline std::vector<double> keystrokeTimes(AsanaFeed::EventFilterModel& filter, const QStringList& searches,
                                          qint64* shown = nullptr)
{
    std::vector<double> times;
    const auto press = [&](const QString& text) {
        AsanaFeed::FilterState state;
        state.text = text;
        QElapsedTimer timer;
        timer.start();
        filter.setFilter(state);
        const int rows = filter.rowCount();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (shown) {
            *shown += rows;
        }
    };
    for (const QString& search : searches) {
        QString typed;
        for (const QChar c : search) {
            typed += c;
            press(typed);
        }
        while (!typed.isEmpty()) {
            typed.chop(1);
            press(typed);
        }
    }
    return times;
}

} // namespace BenchData
