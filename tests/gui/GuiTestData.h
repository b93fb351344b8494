// Events and a filled store + model for the window's tests.
#pragma once

#include "../feed/FeedTestData.h"
#include "api/Event.h"
#include "feed/EventModel.h"
#include "store/EventStore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace GuiTestData {

// The moment the rows are dated back from: now, so that rows fall under "Today" — except in the
// first two hours of a local day, where rows minutes apart would straddle midnight and get day
// headers between them; then the last second of the day before. Fixed for the whole test run.
inline QDateTime anchor()
{
    static const QDateTime moment = [] {
        const QDateTime now = QDateTime::currentDateTime();
        const QDateTime midnight = now.date().startOfDay();
        return midnight.secsTo(now) >= 2 * 3600 ? now : midnight.addSecs(-1);
    }();
    return moment;
}

// `minutesAgo` (at most an hour) before anchor(): the rows of a feed share one local day.
inline QString stamp(int minutesAgo)
{
    return anchor().toUTC().addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs);
}

inline AsanaFeed::Event completed(int minutesAgo, const QString& who, const QString& whoGid, const QString& task,
                                  const QString& taskGid)
{
    return FeedTestData::completedAt(stamp(minutesAgo), who, whoGid, task, taskGid);
}

inline AsanaFeed::Event addedToProject(int minutesAgo, const QString& who, const QString& whoGid, const QString& task,
                                       const QString& taskGid, const QString& project, const QString& projectGid)
{
    return FeedTestData::addedToProjectAt(stamp(minutesAgo), who, whoGid, task, taskGid, project, projectGid);
}

inline const QString& subscription()
{
    static const QString gid = QStringLiteral("1200000000000100");
    return gid;
}

// A store in a temporary directory and a model over it, fed the way Application feeds it.
class Feed final
{
public:
    Feed()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("events.sqlite"))));
        m_model = std::make_unique<AsanaFeed::EventModel>(&m_store);
        m_model->setSubscriptionNames({{subscription(), QStringLiteral("Marketing Site")}});
        m_model->reload();
    }

    void add(const QList<AsanaFeed::Event>& events)
    {
        const auto kept = m_store.commitPage(subscription(), events, QStringLiteral("sync-%1").arg(++m_page));
        QVERIFY(kept);
        m_model->addEvents(subscription(), kept->newEventsOf(events), kept->newIds);
    }

    // A small, varied feed: four people, one of them with a name that looks like HTML.
    void addStandard()
    {
        add({completed(50, QStringLiteral("Dana Ruiz"), QStringLiteral("11"), QStringLiteral("Fix login redirect"),
                       QStringLiteral("2001")),
             addedToProject(40, QStringLiteral("Sam Lee"), QStringLiteral("12"), QStringLiteral("Q3 budget"),
                            QStringLiteral("2002"), QStringLiteral("Finance"), QStringLiteral("3001")),
             completed(30, QStringLiteral("Priya Shah"), QStringLiteral("13"), QStringLiteral("Launch plan"),
                       QStringLiteral("2003")),
             completed(20, QStringLiteral("Alex Kim"), QStringLiteral("14"),
                       QStringLiteral("<img src=x onerror=alert(1)>"), QStringLiteral("2004"))});
    }

    [[nodiscard]] AsanaFeed::EventModel* model() const { return m_model.get(); }
    [[nodiscard]] AsanaFeed::EventStore* store() { return &m_store; }

private:
    QTemporaryDir m_dir;
    AsanaFeed::EventStore m_store;
    std::unique_ptr<AsanaFeed::EventModel> m_model;
    int m_page = 0;
};

} // namespace GuiTestData
