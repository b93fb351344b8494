// Realistic, varied history for the benchmarks: the demo workspace's people, tasks and kinds of
// activity, stepped by DemoScenario and committed to a store in pages.
#pragma once

#include "SimFixture.h"
#include "store/EventStore.h"

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

} // namespace BenchData
