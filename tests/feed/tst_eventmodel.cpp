// EventModel over a real store: paging, live pages, gaps, unread, interning, links.
#include "FeedTestData.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "store/EventStore.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::EventRoles;
using namespace FeedTestData;

namespace {
const QString project = QStringLiteral("1200000000000012");

QList<Event> history(int count, int firstMinute = 0)
{
    QList<Event> events;
    const QStringList people{QStringLiteral("Dana Ruiz"), QStringLiteral("Sam Lee"), QStringLiteral("Priya Shah")};
    for (int i = 0; i < count; ++i) {
        const int who = i % people.size();
        const QString task = QStringLiteral("Task %1").arg(i % 17);
        const QString taskGid = QString::number(1300000000000000LL + i % 17);
        events.append(i % 2 ? completed(firstMinute + i, people.at(who), QString::number(10 + who), task, taskGid)
                            : commented(firstMinute + i, people.at(who), QString::number(10 + who), task, taskGid,
                                        QString::number(1400000000000000LL + i)));
    }
    return events;
}
} // namespace

class TestEventModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<EventStore> storeWith(int events)
    {
        auto store = std::make_unique<EventStore>();
        store->open(m_dir.filePath(QStringLiteral("model-%1.sqlite").arg(++m_files)));
        if (events > 0) {
            store->commitPage(project, history(events), QStringLiteral("token"));
        }
        return store;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reload_showsTheNewestPage_andFetchMoreTheRest()
    {
        auto store = storeWith(250);
        EventModel model(store.get());
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.index(0).data(CreatedAtRole).toDateTime(), parseAsanaTimestamp(stamp(249)));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1).data(CreatedAtRole).toDateTime() >=
                    model.index(row).data(CreatedAtRole).toDateTime());
        }
        QCOMPARE(model.unreadCount(), 250);
        // The tester fetches everything there is itself, as a view scrolling to the end would.
        model.reload();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 250);
    }

    void rows_carryTheRolesTheViewNeeds()
    {
        auto kept = storeWith(0);
        const QList<Event> page{completed(1, QStringLiteral("Dana Ruiz"), QStringLiteral("7"),
                                          QStringLiteral("Fix login redirect"), QStringLiteral("1300000000000001")),
                                commented(2, QStringLiteral("Alex Kim"), QStringLiteral("8"),
                                          QStringLiteral("Launch plan"), QStringLiteral("1300000000000002"),
                                          QStringLiteral("1400000000000002"))};
        QVERIFY(kept->commitPage(project, page, QStringLiteral("t")));
        EventModel model(kept.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptionNames({{project, QStringLiteral("Website Relaunch")}});
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex comment = model.index(0);
        QCOMPARE(comment.data(ActorNameRole).toString(), QStringLiteral("Alex Kim"));
        QCOMPARE(comment.data(ResourceTypeRole).toString(), QStringLiteral("story"));
        QCOMPARE(comment.data(ParentNameRole).toString(), QStringLiteral("Launch plan"));
        QCOMPARE(comment.data(ProjectNameRole).toString(), QStringLiteral("Website Relaunch"));
        QCOMPARE(comment.data(KindRole).toInt(), int(EventKind::Comment));
        QCOMPARE(comment.data(SubscriptionRole).toString(), project);
        QVERIFY(comment.data(UnreadRole).toBool());
        // A comment opens its task.
        QCOMPARE(comment.data(UrlRole).toUrl(), QUrl(QStringLiteral("https://app.asana.com/0/0/1300000000000002/f")));
        const QModelIndex done = model.index(1);
        QVERIFY(done.data(SentenceRole).toString().contains(QStringLiteral("Fix login redirect")));
        const QVariantList spans = done.data(SentenceSpansRole).toList();
        QVERIFY(!spans.isEmpty());
        const QPoint span = spans.first().toPoint();
        QCOMPARE(done.data(SentenceRole).toString().mid(span.x(), span.y()), QStringLiteral("Fix login redirect"));
        // The raw event is read from the store when asked, byte for byte.
        QCOMPARE(done.data(RawEventRole).toByteArray(), page.at(0).json());
    }

    void livePage_isOneInsertAtTheTop()
    {
        auto store = storeWith(10);
        EventModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy unread(&model, &EventModel::unreadCountChanged);
        const QList<Event> page = history(5, 100);
        const auto kept = store->commitPage(project, page, QStringLiteral("t2"));
        QVERIFY(kept);
        model.addEvents(project, kept->newEventsOf(page), kept->newIds);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 4);
        QCOMPARE(model.rowCount(), 15);
        // Newest first even though the page came oldest first.
        QCOMPARE(model.index(0).data(CreatedAtRole).toDateTime(), parseAsanaTimestamp(stamp(104)));
        QCOMPARE(model.index(0).data(EventIdRole).toLongLong(), kept->newIds.last());
        QCOMPARE(model.unreadCount(), 15);
        QCOMPARE(unread.count(), 1);
    }

    void gaps_areRowsWhereTheyHappened()
    {
        auto store = storeWith(0);
        QVERIFY(store->commitPage(project, history(3), QStringLiteral("a")));
        QVERIFY(store->commitGap(project, parseAsanaTimestamp(stamp(10)), QStringLiteral("b")));
        QVERIFY(store->commitPage(project, history(2, 20), QStringLiteral("c")));
        EventModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(!model.index(1).data(IsGapRole).toBool());
        QVERIFY(model.index(2).data(IsGapRole).toBool());
        QVERIFY(!model.index(3).data(IsGapRole).toBool());
        QVERIFY(model.index(2).data(SentenceRole).toString().contains(QStringLiteral("missing")));
        QVERIFY(!model.index(2).data(UrlRole).toUrl().isValid());

        model.addGap(project, QDateTime(), QDateTime::currentDateTimeUtc());
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.index(0).data(IsGapRole).toBool());
        QVERIFY(!model.setRead(0, true)); // a gap is not an event to read
    }

    void gapRows_nameTheirSubscription_notItsGid()
    {
        auto store = storeWith(0);
        QVERIFY(store->commitPage(project, history(2), QStringLiteral("a")));
        QVERIFY(store->commitGap(project, parseAsanaTimestamp(stamp(10)), QStringLiteral("b")));
        EventModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        const auto gapText = [&model] {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row).data(IsGapRole).toBool()) {
                    return model.index(row).data(Qt::DisplayRole).toString();
                }
            }
            return QString();
        };
        // No name known yet: the sentence alone, no gid in its place.
        QVERIFY2(gapText().startsWith(QStringLiteral("Events ")), qPrintable(gapText()));
        QVERIFY(!gapText().contains(project));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSubscriptionNames({{project, QStringLiteral("Launch plan")}});
        QVERIFY(!changed.isEmpty()); // the view repaints the sentence
        QVERIFY2(gapText().startsWith(QStringLiteral("Launch plan: events ")), qPrintable(gapText()));
        QVERIFY(gapText().endsWith(QStringLiteral(" may be missing")));
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row).data(IsGapRole).toBool()) {
                QCOMPARE(model.index(row).data(SentenceSpansRole).toList(),
                         QVariantList{QPoint(0, int(QStringLiteral("Launch plan").size()))});
            }
        }

        // A gap found while running, and one after a reload, say the same.
        model.addGap(project, parseAsanaTimestamp(stamp(20)), parseAsanaTimestamp(stamp(30)));
        QVERIFY2(model.index(0).data(SentenceRole).toString().startsWith(QStringLiteral("Launch plan: events between")),
                 qPrintable(model.index(0).data(SentenceRole).toString()));
        model.reload();
        QVERIFY2(gapText().startsWith(QStringLiteral("Launch plan: events ")), qPrintable(gapText()));
    }

    void read_isKeptInTheStore()
    {
        auto store = storeWith(4);
        EventModel model(store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1), false, UnreadRole));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.unreadCount(), 3);
        QCOMPARE(store->unreadCount(), 3);
        model.markAllRead();
        QCOMPARE(store->unreadCount(), 0);
        QVERIFY(!model.index(0).data(UnreadRole).toBool());
        model.reload();
        QCOMPARE(model.unreadCount(), 0);
    }

    void done_isARowFlag_keptInTheStore_acrossRestarts()
    {
        auto store = storeWith(4);
        QList<qint64> ids;
        {
            EventModel model(store.get());
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.reload();
            QCOMPARE(model.roleNames().value(DoneRole), QByteArray("done"));
            for (int row = 0; row < model.rowCount(); ++row) {
                QVERIFY(!model.index(row).data(DoneRole).toBool());
                ids.append(model.index(row).data(EventIdRole).toLongLong());
            }
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            QVERIFY(model.setData(model.index(1), true, DoneRole));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{DoneRole});
            QVERIFY(model.index(1).data(DoneRole).toBool());
            QVERIFY(model.index(1).data(UnreadRole).toBool()); // done is not read
            QVERIFY(store->event(ids.at(1))->done);
            QVERIFY(model.setDone(1, true)); // already: nothing changes
            QCOMPARE(changed.count(), 1);
            // By ids, as the tray will: loaded rows change, one signal per run of neighbours.
            QVERIFY(model.setDone(QList<qint64>{ids.at(2), ids.at(3)}, true));
            QCOMPARE(changed.count(), 2);
            QVERIFY(model.setDone(QList<qint64>{ids.at(3)}, false));
            QCOMPARE(model.rowOfId(ids.at(2)), 2);
            QCOMPARE(model.rowOfId(-5), -1);
        }
        EventModel model(store.get());
        model.reload();
        QVERIFY(!model.index(0).data(DoneRole).toBool());
        QVERIFY(model.index(1).data(DoneRole).toBool());
        QVERIFY(model.index(2).data(DoneRole).toBool());
        QVERIFY(!model.index(3).data(DoneRole).toBool());
        QVERIFY(model.index(1).data(UnreadRole).toBool());
    }

    void badgeCount_isUnreadNotDoneNotMutedNotHidden_overTheWholeHistory()
    {
        auto store = storeWith(6);     // Dana (10), Sam (11), Priya (12) take turns
        EventModel model(store.get()); // no tester: it would fetch every page, as a view scrolling down
        model.setPageSize(2);
        QSignalSpy badge(&model, &EventModel::badgeCountChanged);
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.badgeCount(), 6); // not only the loaded rows
        QCOMPARE(badge.count(), 1);
        QCOMPARE(badge.last().at(0).toInt(), 6);

        QVERIFY(model.setRead(0, true));
        QCOMPARE(model.badgeCount(), 5);
        QVERIFY(model.setDone(1, true));
        QCOMPARE(model.badgeCount(), 4);
        QCOMPARE(model.unreadCount(), 5); // "Mark All Read" still has the done one to read
        QVERIFY(model.setDone(1, false));
        QCOMPARE(model.badgeCount(), 5);

        // Hidden people and projects, as the filter hides them.
        model.setBadgeExclusions({}, {QStringLiteral("10")});
        QCOMPARE(model.badgeCount(), 3);
        model.setBadgeExclusions({project}, {});
        QCOMPARE(model.badgeCount(), 0);
        model.setBadgeExclusions({}, {});
        QCOMPARE(model.badgeCount(), 5);

        // A muted subscription: the store knows; the model is told to count again.
        QVERIFY(store->addSubscription(project, QStringLiteral("Launch plan"), QStringLiteral("project")));
        QVERIFY(store->setSubscriptionMuted(project, true));
        model.recountBadge();
        QCOMPARE(model.badgeCount(), 0);
        QVERIFY(store->setSubscriptionMuted(project, false));
        model.recountBadge();
        QCOMPARE(model.badgeCount(), 5);

        // Events arriving count; events read by id (not loaded ones too) do not.
        const QString other = QStringLiteral("1200000000000013");
        const QList<Event> page = history(2, 100);
        const auto kept = store->commitPage(other, page, QStringLiteral("next"));
        QVERIFY(kept);
        model.addEvents(other, kept->newEventsOf(page), kept->newIds);
        QCOMPARE(model.badgeCount(), 7);
        const qint64 notLoaded =
            store->pageBefore(model.index(model.rowCount() - 1).data(EventIdRole).toLongLong(), 1).first().id;
        QVERIFY(model.markRead({kept->newIds.first(), notLoaded}));
        QCOMPARE(model.badgeCount(), 5);
        QCOMPARE(model.unreadCount(), 5);
        model.markAllRead();
        QCOMPARE(model.badgeCount(), 0);
        QCOMPARE(badge.last().at(0).toInt(), 0);
    }

    void repeatedNames_areSharedNotCopied()
    {
        auto store = storeWith(300);
        EventModel model(store.get());
        model.setPageSize(300);
        model.reload();
        // Three people and 17 tasks in 300 events: the pool holds each name once (and each of
        // the 150 comments' own gid).
        QVERIFY2(model.strings().size() < 250, qPrintable(QString::number(model.strings().size())));
        const QString first = model.index(0).data(ActorNameRole).toString();
        for (int row = 3; row < 300; row += 3) {
            const QString same = model.index(row).data(ActorNameRole).toString();
            QCOMPARE(same, first);
            QVERIFY(same.isSharedWith(first));
        }
        QVERIFY2(model.memoryBytes() / 300 < 400, qPrintable(QString::number(model.memoryBytes() / 300)));
    }

    void companionEvents_showAsOneRow()
    {
        // One assignment in Asana: the task's change and the system story narrating it; one
        // move between sections: added to Done, removed from To do. Two rows, not four.
        auto store = storeWith(0);
        const auto json = [](const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); };
        QList<Event> page;
        for (const char* text :
             {R"({"action":"changed","created_at":"2026-11-20T09:00:00.100Z","user":{"gid":"7","name":"Sam Lee"},
                 "resource":{"gid":"31","resource_type":"task","name":"Q3 budget"},"parent":null,
                 "change":{"field":"assignee","action":"changed","new_value":{"gid":"8","resource_type":"user","name":"Priya Shah"}}})",
              R"({"action":"added","created_at":"2026-11-20T09:00:00.180Z","user":{"gid":"7","name":"Sam Lee"},
                 "resource":{"gid":"41","resource_type":"story","resource_subtype":"assigned","name":"assigned to Priya Shah"},
                 "parent":{"gid":"31","resource_type":"task","name":"Q3 budget"}})",
              R"({"action":"added","created_at":"2026-11-20T09:05:00.000Z","user":{"gid":"9","name":"Dana Ruiz"},
                 "resource":{"gid":"32","resource_type":"task","name":"Fix login"},
                 "parent":{"gid":"51","resource_type":"section","name":"Done"}})",
              R"({"action":"removed","created_at":"2026-11-20T09:05:00.020Z","user":{"gid":"9","name":"Dana Ruiz"},
                 "resource":{"gid":"32","resource_type":"task","name":"Fix login"},
                 "parent":{"gid":"52","resource_type":"section","name":"To do"}})"}) {
            page.append(parseEvent(json(text)).value());
        }
        QVERIFY(store->commitPage(project, page, QStringLiteral("t")));
        EventModel model(store.get());
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0).data(SentenceRole).toString().contains(QStringLiteral("Done")));
        QVERIFY(model.index(1).data(SentenceRole).toString().contains(QStringLiteral("Priya Shah")));
        // Nothing hidden stays unread; the store still has all four.
        QCOMPARE(model.unreadCount(), 2);
        QCOMPARE(store->eventCount(), 4);

        // The same arriving live.
        auto live = storeWith(0);
        const auto kept = live->commitPage(project, page, QStringLiteral("t"));
        QVERIFY(kept);
        EventModel liveModel(live.get());
        QSignalSpy inserted(&liveModel, &QAbstractItemModel::rowsInserted);
        liveModel.addEvents(project, kept->newEventsOf(page), kept->newIds);
        QCOMPARE(liveModel.rowCount(), 2);
        QCOMPARE(inserted.count(), 1);
    }

    void details_fillWhatTheEventLeftOut_andUpdateOnlyThoseRows()
    {
        // An event that names the person and the task by gid only (Asana left the names out).
        auto store = storeWith(0);
        const auto json = [](const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); };
        QList<Event> page{parseEvent(json(R"({"action":"changed","created_at":"2026-11-20T09:00:00Z","user":{"gid":"7"},
                "resource":{"gid":"31","resource_type":"task"},"parent":null,
                "change":{"field":"completed","action":"changed"}})"))
                              .value(),
                          completed(5, QStringLiteral("Sam Lee"), QStringLiteral("8"), QStringLiteral("Other"),
                                    QStringLiteral("32"))};
        QVERIFY(store->commitPage(project, page, QStringLiteral("t")));
        EventModel model(store.get());
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex unnamed = model.index(1);
        QVERIFY(unnamed.data(ActorNameRole).toString().isEmpty());
        const QList<DetailQuery> wanted = model.detailsWanted(0, 1, QDateTime::currentDateTimeUtc().addDays(-7),
                                                              QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY(wanted.contains(DetailQuery{QStringLiteral("7"), QStringLiteral("user")}));
        QVERIFY(wanted.contains(DetailQuery{QStringLiteral("31"), QStringLiteral("task")}));
        QVERIFY(!wanted.contains(DetailQuery{QStringLiteral("8"), QStringLiteral("user")})); // named already

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.addDetails({{QStringLiteral("7"), QStringLiteral("user"), QStringLiteral("Dana Ruiz"), {}, {}, now},
                          {QStringLiteral("31"),
                           QStringLiteral("task"),
                           QStringLiteral("Q3 budget"),
                           {},
                           QStringLiteral("https://app.asana.com/1/2/project/3/task/31"),
                           now}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(unnamed.data(ActorNameRole).toString(), QStringLiteral("Dana Ruiz"));
        QVERIFY2(unnamed.data(SentenceRole).toString().contains(QStringLiteral("Q3 budget")),
                 qPrintable(unnamed.data(SentenceRole).toString()));
        QCOMPARE(unnamed.data(UrlRole).toUrl(), QUrl(QStringLiteral("https://app.asana.com/1/2/project/3/task/31")));
        // Known now: not wanted any more.
        QVERIFY(model.detailsWanted(0, 1, now.addDays(-7), now.addDays(-1)).isEmpty());
        // Asked again a week later with the same answer: fresh again, and no row is touched.
        const QDateTime later = now.addDays(8);
        QVERIFY(!model.detailsWanted(0, 1, later.addDays(-7), later.addDays(-1)).isEmpty());
        model.addDetails({{QStringLiteral("7"), QStringLiteral("user"), QStringLiteral("Dana Ruiz"), {}, {}, later}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.detail(QStringLiteral("7"))->fetchedAt, later);

        // The signed-in person reads as "You".
        model.setMe(QStringLiteral("7"));
        QVERIFY2(unnamed.data(SentenceRole).toString().startsWith(QStringLiteral("You ")),
                 qPrintable(unnamed.data(SentenceRole).toString()));
        QVERIFY(!model.index(0).data(SentenceRole).toString().startsWith(QStringLiteral("You ")));
    }

    void links_openOnlyAsanaOverHttps()
    {
        QVERIFY(EventModel::isOpenableUrl(QUrl(QStringLiteral("https://app.asana.com/0/0/123/f"))));
        QVERIFY(!EventModel::isOpenableUrl(QUrl(QStringLiteral("http://app.asana.com/0/0/123/f"))));
        QVERIFY(!EventModel::isOpenableUrl(QUrl(QStringLiteral("https://app.asana.com.evil.example/0/0/1"))));
        QVERIFY(!EventModel::isOpenableUrl(QUrl(QStringLiteral("https://user@app.asana.com/0/0/1"))));
        QVERIFY(!EventModel::isOpenableUrl(QUrl(QStringLiteral("javascript:alert(1)"))));

        auto store = storeWith(0);
        // A resource gid that is not digits never makes a link.
        QVERIFY(store->commitPage(project,
                                  {completed(1, QStringLiteral("Eve"), QStringLiteral("6"), QStringLiteral("x"),
                                             QStringLiteral("../../evil"))},
                                  QStringLiteral("t")));
        EventModel model(store.get());
        model.reload();
        QVERIFY(model.index(0).data(UrlRole).toUrl().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
