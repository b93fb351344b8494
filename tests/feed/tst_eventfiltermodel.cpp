// EventFilterModel: every filter, their combinations, live rows, and the saved state.
#include "FeedTestData.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "store/EventStore.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::EventRoles;
using namespace FeedTestData;

namespace {
const QString website = QStringLiteral("1200000000000012");
const QString mobile = QStringLiteral("1200000000000013");
} // namespace

class TestEventFilterModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<EventModel> m_model;
    std::unique_ptr<EventFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList visibleActors() const
    {
        QStringList actors;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, 0);
            actors.append(index.data(IsGapRole).toBool() ? QStringLiteral("<gap>")
                                                         : index.data(ActorNameRole).toString());
        }
        return actors;
    }
    QStringList visibleResources() const
    {
        QStringList names;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            names.append(m_filter->index(row, 0).data(ResourceNameRole).toString());
        }
        return names;
    }
    FilterState text(const QString& words) const
    {
        FilterState state;
        state.text = words;
        return state;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<EventStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("filter-%1.sqlite").arg(++m_files))));
        // Oldest first, as Asana delivers them; the feed shows them newest first.
        QVERIFY(m_store->commitPage(
            website,
            {completed(1, QStringLiteral("Dana Ruiz"), QStringLiteral("11"), QStringLiteral("Fix login redirect"),
                       QStringLiteral("1301")),
             commented(2, QStringLiteral("Zoë Müller"), QStringLiteral("12"), QStringLiteral("Café menu copy"),
                       QStringLiteral("1302"), QStringLiteral("1401")),
             addedToProject(3, QString(), QString(), QStringLiteral("Homepage copy"), QStringLiteral("1303"),
                            QStringLiteral("Marketing Site"), QStringLiteral("1500"))},
            QStringLiteral("a")));
        QVERIFY(m_store->commitGap(website, parseAsanaTimestamp(stamp(4)), QStringLiteral("b")));
        QVERIFY(m_store->commitPage(mobile,
                                    {completed(5, QStringLiteral("Sam Lee"), QStringLiteral("13"),
                                               QStringLiteral("Ship beta"), QStringLiteral("1304"))},
                                    QStringLiteral("c")));
        m_model = std::make_unique<EventModel>(m_store.get());
        m_model->setSubscriptionNames(
            {{website, QStringLiteral("Website Relaunch")}, {mobile, QStringLiteral("Mobile App")}});
        m_model->reload();
        m_filter = std::make_unique<EventFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_filter.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QString(),
                                               QStringLiteral("Zoë Müller"), QStringLiteral("Dana Ruiz")}));
    }

    void cleanup()
    {
        m_tester.reset();
        m_filter.reset();
        m_model.reset();
        m_store.reset();
    }

    void text_matchesPeopleResourcesProjectsAndSentences_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QStringList>("resources");
        QTest::newRow("person") << QStringLiteral("dana")
                                << QStringList{QString(), QStringLiteral("Fix login redirect")};
        QTest::newRow("resource") << QStringLiteral("LOGIN")
                                  << QStringList{QString(), QStringLiteral("Fix login redirect")};
        QTest::newRow("project by parent")
            << QStringLiteral("marketing") << QStringList{QString(), QStringLiteral("Homepage copy")};
        QTest::newRow("project by subscription")
            << QStringLiteral("mobile app") << QStringList{QStringLiteral("Ship beta"), QString()};
        QTest::newRow("sentence verb") << QStringLiteral("commented")
                                       << QStringList{QString(), QStringLiteral("commented")};
        QTest::newRow("accents ignored") << QStringLiteral("zoe muller cafe")
                                         << QStringList{QString(), QStringLiteral("commented")};
        QTest::newRow("accents typed") << QStringLiteral("Café") << QStringList{QString(), QStringLiteral("commented")};
        QTest::newRow("every word must match") << QStringLiteral("dana ship") << QStringList{QString()};
    }

    void text_matchesPeopleResourcesProjectsAndSentences()
    {
        QFETCH(QString, words);
        QFETCH(QStringList, resources);
        m_filter->setFilter(text(words));
        // The gap row (no resource name) stays: events may be missing whatever one searches.
        QCOMPARE(visibleResources(), resources);
    }

    void text_matchesACommentsText_onceKnown_andOnlyWhatIsShown()
    {
        // The comment's story (1401) says what it says once its details are known.
        m_filter->setFilter(text(QStringLiteral("croissant")));
        QCOMPARE(visibleResources(), QStringList{QString()});
        m_model->addDetails({{QStringLiteral("1401"),
                              QStringLiteral("story"),
                              QStringLiteral("comment_added"),
                              QStringLiteral("Add the croissant\nand the price"),
                              {},
                              QDateTime::currentDateTimeUtc()}});
        QCOMPARE(visibleResources(), (QStringList{QString(), QStringLiteral("commented")}));
        // A word of the comment beyond what the row shows, or the story's kind, finds nothing.
        m_filter->setFilter(text(QStringLiteral("comment_added")));
        QCOMPARE(visibleResources(), QStringList{QString()});
    }

    void kinds_typesPeopleSubscriptionsAndUnread()
    {
        FilterState state;
        state.kinds = {int(EventKind::Completed)};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(),
                 QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QStringLiteral("Dana Ruiz")}));

        state = {};
        state.resourceTypes = {QStringLiteral("story")};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>"), QStringLiteral("Zoë Müller")}));

        state = {};
        state.people = {QStringLiteral("11"), QStringLiteral("13")};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(),
                 QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QStringLiteral("Dana Ruiz")}));

        state = {};
        state.subscriptions = {mobile};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee")})); // the website's gap is not shown

        state = {};
        state.unreadOnly = true;
        QVERIFY(m_model->setRead(0, true)); // Sam Lee's row
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>"), QString(), QStringLiteral("Zoë Müller"),
                                               QStringLiteral("Dana Ruiz")}));
    }

    void hiddenProjectsAndPeople_stayHidden_whateverElseIsChosen()
    {
        FilterState state;
        state.excludedSubscriptions = {website};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee")})); // its gap goes with it

        state = {};
        state.excludedPeople = {QStringLiteral("11")};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QString(),
                                               QStringLiteral("Zoë Müller")}));

        // Chosen and hidden at once: hidden wins. A search for the hidden person finds nothing.
        state.people = {QStringLiteral("11"), QStringLiteral("13")};
        state.excludedSubscriptions = {mobile};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>")}));
        state = {};
        state.text = QStringLiteral("dana");
        state.excludedPeople = {QStringLiteral("11")};
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>")}));

        // A page of a hidden project arrives hidden; one of anyone else arrives shown.
        state = {};
        state.excludedSubscriptions = {website};
        state.excludedPeople = {QStringLiteral("14")};
        m_filter->setFilter(state);
        const QList<Event> page{completed(9, QStringLiteral("Priya Shah"), QStringLiteral("14"),
                                          QStringLiteral("Q3 budget"), QStringLiteral("1309")),
                                completed(10, QStringLiteral("Sam Lee"), QStringLiteral("13"), QStringLiteral("Other"),
                                          QStringLiteral("1310"))};
        const auto kept = m_store->commitPage(mobile, page, QStringLiteral("e"));
        QVERIFY(kept);
        m_model->addEvents(mobile, kept->newEventsOf(page), kept->newIds);
        const QList<Event> hiddenPage{completed(11, QStringLiteral("Alex Kim"), QStringLiteral("15"),
                                                QStringLiteral("Hidden"), QStringLiteral("1311"))};
        const auto keptHidden = m_store->commitPage(website, hiddenPage, QStringLiteral("f"));
        QVERIFY(keptHidden);
        m_model->addEvents(website, keptHidden->newEventsOf(hiddenPage), keptHidden->newIds);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee"), QStringLiteral("Sam Lee")}));
        QCOMPARE(visibleResources(), QStringList({QStringLiteral("Other"), QStringLiteral("Ship beta")}));

        // Shown again once nothing is hidden.
        m_filter->setFilter({});
        QCOMPARE(m_filter->rowCount(), m_model->rowCount());
    }

    void combinations_narrowTogether()
    {
        FilterState state;
        state.kinds = {int(EventKind::Completed), int(EventKind::Comment)};
        state.subscriptions = {website};
        state.text = QStringLiteral("redirect");
        m_filter->setFilter(state);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>"), QStringLiteral("Dana Ruiz")}));
        m_filter->setFilter({});
        QCOMPARE(m_filter->rowCount(), 5);
    }

    void liveRows_areFilteredAsTheyArrive()
    {
        m_filter->setFilter(text(QStringLiteral("priya")));
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>")}));
        const QList<Event> page{completed(9, QStringLiteral("Priya Shah"), QStringLiteral("14"),
                                          QStringLiteral("Q3 budget"), QStringLiteral("1309")),
                                completed(10, QStringLiteral("Sam Lee"), QStringLiteral("13"), QStringLiteral("Other"),
                                          QStringLiteral("1310"))};
        const auto kept = m_store->commitPage(website, page, QStringLiteral("d"));
        QVERIFY(kept);
        m_model->addEvents(website, kept->newEventsOf(page), kept->newIds);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Priya Shah"), QStringLiteral("<gap>")}));
    }

    void done_leavesTheDefaultView_forTheDoneView_andComesBack()
    {
        QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
        const QModelIndex dana = m_filter->index(4, 0);
        QCOMPARE(dana.data(ActorNameRole).toString(), QStringLiteral("Dana Ruiz"));
        QVERIFY(!dana.data(DoneRole).toBool());
        QVERIFY(m_filter->setData(dana, true, DoneRole));
        QCOMPARE(removed.count(), 1); // it leaves at once, as one removal
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QString(),
                                               QStringLiteral("Zoë Müller")}));

        // The Done view: only what is done (a gap is not done), with the other filters as usual.
        FilterState done;
        done.doneOnly = true;
        QVERIFY(!done.isEmpty());
        m_filter->setFilter(done);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Dana Ruiz")}));
        QVERIFY(m_filter->index(0, 0).data(DoneRole).toBool());
        done.people = {QStringLiteral("13")};
        m_filter->setFilter(done);
        QCOMPARE(m_filter->rowCount(), 0);
        done.people.clear();
        m_filter->setFilter(done);

        // Not done after all: back in the feed where it was.
        QVERIFY(m_filter->setData(m_filter->index(0, 0), false, DoneRole));
        QCOMPARE(m_filter->rowCount(), 0);
        m_filter->setFilter({});
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QString(),
                                               QStringLiteral("Zoë Müller"), QStringLiteral("Dana Ruiz")}));
        // Live rows arrive in the default view, not in the Done view.
        m_filter->setFilter(done);
        const QList<Event> page{completed(9, QStringLiteral("Priya Shah"), QStringLiteral("14"),
                                          QStringLiteral("Q3 budget"), QStringLiteral("1309"))};
        const auto kept = m_store->commitPage(mobile, page, QStringLiteral("d"));
        QVERIFY(kept);
        m_model->addEvents(mobile, kept->newEventsOf(page), kept->newIds);
        QCOMPARE(m_filter->rowCount(), 0);
    }

    void unreadOnly_keepsRowsReadByLooking_untilTheFilterChanges()
    {
        FilterState unread;
        unread.unreadOnly = true;
        m_filter->setFilter(unread);
        QCOMPARE(m_filter->rowCount(), 5);
        const qint64 sam = m_filter->index(0, 0).data(EventIdRole).toLongLong();
        const qint64 zoe = m_filter->index(3, 0).data(EventIdRole).toLongLong();
        m_filter->keepWhenRead({sam});
        QVERIFY(m_model->markRead({sam, zoe}));
        // Sam's row was being looked at: it stays, read; Zoë's was not: it goes.
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("Sam Lee"), QStringLiteral("<gap>"), QString(),
                                               QStringLiteral("Dana Ruiz")}));
        QVERIFY(!m_filter->index(0, 0).data(UnreadRole).toBool());
        // Another filter, and back: now it goes too.
        m_filter->setFilter({});
        m_filter->setFilter(unread);
        QCOMPARE(visibleActors(), QStringList({QStringLiteral("<gap>"), QString(), QStringLiteral("Dana Ruiz")}));
    }

    void state_roundTripsThroughJson()
    {
        FilterState state;
        state.text = QStringLiteral("café");
        state.kinds = {1, 3};
        state.resourceTypes = {QStringLiteral("task")};
        state.subscriptions = {website};
        state.people = {QStringLiteral("11")};
        state.unreadOnly = true;
        state.doneOnly = true;
        state.excludedSubscriptions = {mobile};
        state.excludedPeople = {QStringLiteral("13"), QStringLiteral("15")};
        QCOMPARE(FilterState::fromJson(state.toJson()), state);
        // What an earlier version saved (nothing hidden) still reads.
        QJsonObject saved = state.toJson();
        saved.remove(QStringLiteral("excludedSubscriptions"));
        saved.remove(QStringLiteral("excludedPeople"));
        QVERIFY(FilterState::fromJson(saved).excludedSubscriptions.isEmpty());
        QCOMPARE(FilterState::fromJson(saved).people, state.people);
        saved.remove(QStringLiteral("doneOnly"));
        QVERIFY(!FilterState::fromJson(saved).doneOnly); // the default view
        FilterState onlyHidden;
        onlyHidden.excludedPeople = {QStringLiteral("13")};
        QVERIFY(!onlyHidden.isEmpty());
        QVERIFY(!state.isEmpty());
        QVERIFY(FilterState::fromJson({}).isEmpty());
        QSignalSpy changed(m_filter.get(), &EventFilterModel::filterChanged);
        m_filter->setFilter(state);
        m_filter->setFilter(state);
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventFilterModel)
#include "tst_eventfiltermodel.moc"
