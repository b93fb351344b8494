// EventDetails against the simulator over loopback: the rows shown get what their events left
// out (a comment's text, names) in batches of at most ten, kept in the store, never asked twice
// while fresh; an object Asana will not show is asked again only a day later; a failed batch
// waits; text from the network stays plain text.
#include "FeedTestData.h"
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "feed/EventDetails.h"
#include "feed/EventModel.h"
#include "feed/EventRoles.h"
#include "store/EventStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace AsanaFeed;
using namespace AsanaFeed::EventRoles;
using namespace AsanaFeed::Sim;
using namespace FeedTestData;

namespace {
constexpr int kTimeoutMs = 15000;

// A feed of comments on the simulator's tasks: the events name the story, not its text.
struct Feed
{
    QTemporaryDir dir;
    SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};
    EventStore store;
    std::unique_ptr<EventModel> model;
    std::unique_ptr<EventDetails> details;
    QList<int> costs; // what each batch was counted as, in order
    QDateTime now = QDateTime::currentDateTimeUtc();

    explicit Feed(const QStringList& texts)
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        store.open(dir.filePath(QStringLiteral("feed.sqlite")));
        const QString task = sim.taskGid(0);
        const QString user = sim.userGid(0);
        QList<Event> events;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString story = texts.at(i).isNull() ? QStringLiteral("1999999999999") // unknown to Asana
                                                       : sim.world().commentOnTask(user, task, texts.at(i));
            events.append(commented(int(i), QStringLiteral("Dana Ruiz"), user, QStringLiteral("Task"), task, story));
        }
        store.commitPage(sim.projectGid(0), events, QStringLiteral("token"));
        model = std::make_unique<EventModel>(&store);
        model->reload();
        details = std::make_unique<EventDetails>(model.get(), &store);
        details->setClock([this] { return now; });
        details->setClient(&client, [this](QObject* /*owner*/, std::function<ApiReply*()> send, int cost) {
            costs.append(cost);
            send();
        });
    }

    [[nodiscard]] QList<int> allRows() const
    {
        QList<int> rows;
        for (int i = 0; i < model->rowCount(); ++i) {
            rows.append(i);
        }
        return rows;
    }

    [[nodiscard]] QList<QStringList> batches()
    {
        QList<QStringList> sent;
        for (const SimRequestRecord& request : sim.server().requests()) {
            if (request.path.endsWith(QLatin1String("/batch"))) {
                sent.append(request.actions);
            }
        }
        return sent;
    }

    // Asks for every row and waits until nothing is in flight.
    bool askAll()
    {
        details->want(allRows());
        return QTest::qWaitFor([this] { return details->batchesInFlight() == 0; }, kTimeoutMs);
    }

    [[nodiscard]] QString comment(int row) const { return model->index(row).data(CommentRole).toString(); }
};
} // namespace

class TestEventDetails final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void comments_getTheirText_inBatchesOfTen_keptInTheStore()
    {
        QStringList texts;
        for (int i = 0; i < 12; ++i) {
            texts.append(QStringLiteral("Comment number %1").arg(i));
        }
        Feed feed(texts);
        QCOMPARE(feed.model->rowCount(), 12);
        QVERIFY(feed.comment(0).isEmpty()); // the event alone says nothing of the text

        QVERIFY(feed.askAll());
        // 12 stories (the person and the task are named by the events): 10 + 2.
        const QList<QStringList> batches = feed.batches();
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches.at(0).size(), 10);
        QCOMPARE(batches.at(1).size(), 2);
        QCOMPARE(feed.costs, (QList<int>{10, 2}));
        for (const QStringList& actions : batches) {
            for (const QString& path : actions) {
                QVERIFY2(path.startsWith(QLatin1String("/stories/")), qPrintable(path));
            }
        }
        // Newest first: row 0 is the last comment.
        QCOMPARE(feed.comment(0), QStringLiteral("Comment number 11"));
        QCOMPARE(feed.comment(11), QStringLiteral("Comment number 0"));
        QVERIFY(feed.model->index(0).data(SentenceRole).toString().contains(QStringLiteral("commented")));

        // Kept: a new model on the same store has the text at once, offline.
        EventModel again(&feed.store);
        again.reload();
        QCOMPARE(again.index(0).data(CommentRole).toString(), QStringLiteral("Comment number 11"));

        // Fresh details are not asked again.
        QVERIFY(feed.askAll());
        QCOMPARE(feed.batches().size(), 2);
        // After a week they are.
        feed.now = feed.now.addSecs(std::chrono::seconds(EventDetails::staleAfter).count() + 60);
        QVERIFY(feed.askAll());
        QCOMPARE(feed.batches().size(), 4);
    }

    void theRowsShown_areAskedAbout_aBatchFilledFromTheRowsBelow()
    {
        QStringList texts;
        for (int i = 0; i < 15; ++i) {
            texts.append(QStringLiteral("c%1").arg(i));
        }
        Feed feed(texts);
        feed.details->want({0}, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
        QVERIFY(QTest::qWaitFor([&feed] { return feed.details->batchesInFlight() == 0; }, kTimeoutMs));
        // Row 0 and, to fill the batch, the nine below it; nothing further.
        QCOMPARE(feed.batches().size(), 1);
        QCOMPARE(feed.batches().first().size(), DetailBatch::maxActions);
        QCOMPARE(feed.comment(0), QStringLiteral("c14"));
        QCOMPARE(feed.comment(9), QStringLiteral("c5"));
        QVERIFY(feed.comment(10).isEmpty());
        QVERIFY(feed.comment(14).isEmpty());
    }

    void unknownObject_isKeptAsUnavailable_andAskedAgainADayLater()
    {
        Feed feed({QString(), QStringLiteral("known")});
        QVERIFY(feed.askAll());
        QCOMPARE(feed.batches().size(), 1);
        QCOMPARE(feed.comment(0), QStringLiteral("known"));
        QVERIFY(feed.comment(1).isEmpty());
        const StoredDetail unknown =
            feed.store.details({QStringLiteral("1999999999999")}).value(QStringLiteral("1999999999999"));
        QCOMPARE(unknown.gid, QStringLiteral("1999999999999"));
        QVERIFY(EventModel::isUnavailable(unknown));

        QVERIFY(feed.askAll());
        QCOMPARE(feed.batches().size(), 1); // not asked again at once
        feed.now = feed.now.addSecs(std::chrono::seconds(EventDetails::unavailableFor).count() + 60);
        QVERIFY(feed.askAll());
        QCOMPARE(feed.batches().size(), 2);
        QCOMPARE(feed.batches().last(), QStringList{QStringLiteral("/stories/1999999999999")});
    }

    void failedBatch_keepsNothing_andWaitsBeforeAskingAgain()
    {
        Feed feed({QStringLiteral("a"), QStringLiteral("b")});
        feed.sim.server().faults().add(FaultRule::serverError(1).onPath(QStringLiteral("/batch")));
        QSignalSpy answered(feed.details.get(), &EventDetails::answered);
        QVERIFY(feed.askAll());
        QCOMPARE(answered.count(), 1);
        QCOMPARE(answered.first().first().toInt(), 0);
        QVERIFY(feed.comment(0).isEmpty());
        QVERIFY(feed.store.allDetails().isEmpty());

        QVERIFY(feed.askAll()); // within the pause: nothing is sent
        QCOMPARE(feed.batches().size(), 1);
        feed.now = feed.now.addSecs(61);
        QVERIFY(feed.askAll());
        QCOMPARE(feed.batches().size(), 2);
        QCOMPARE(feed.comment(0), QStringLiteral("b"));
    }

    void signOut_whileABatchWaitsForTheBudget_sendsNothing()
    {
        // A gate like the scheduler's: the request waits its turn, and is dropped if its owner went.
        Feed feed({QStringLiteral("a"), QStringLiteral("b")});
        QList<std::pair<QPointer<QObject>, std::function<ApiReply*()>>> waiting;
        feed.details->setClient(&feed.client, [&waiting](QObject* owner, std::function<ApiReply*()> send, int) {
            waiting.append({owner, std::move(send)});
        });
        feed.details->want(feed.allRows());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(feed.details->batchesInFlight(), 1);
        feed.details->setClient(nullptr);
        QCOMPARE(feed.details->batchesInFlight(), 0);
        // The waiting request's owner is gone: the gate drops it, and nothing was sent.
        for (const auto& entry : std::as_const(waiting)) {
            QVERIFY(entry.first.isNull());
        }
        QVERIFY(feed.batches().isEmpty());
    }

    void hostileText_staysPlainText_andBounded()
    {
        const QString hostile = QStringLiteral("<b>bold</b>\x1b[2J & \u0007bell\r\nsecond line\nthird line");
        Feed feed({hostile, QString(100000, QLatin1Char('x'))});
        QVERIFY(feed.askAll());
        const QString shown = feed.comment(1);
        // Two lines at most, no control character but the line break, the markup as characters.
        QCOMPARE(shown.count(QLatin1Char('\n')), 1);
        QVERIFY2(shown.startsWith(QStringLiteral("<b>bold</b>")), qPrintable(shown));
        for (const QChar c : shown) {
            QVERIFY(c == QLatin1Char('\n') || c.category() != QChar::Other_Control);
        }
        // The store keeps the text, bounded; the tooltip shows it whole (as far as kept).
        const QString tip = feed.model->index(1).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("third line")));
        QVERIFY(!tip.contains(QChar(0x1b)));
        const QString longTip = feed.model->index(0).data(Qt::ToolTipRole).toString();
        QVERIFY(longTip.size() <= EventDetails::maxTextChars + 1); // and an ellipsis
        QVERIFY(longTip.size() > 1000);
    }

    void signedOut_asksNothing_thenTheRowsShownOnceSignedIn()
    {
        Feed feed({QStringLiteral("a")});
        feed.details->setClient(nullptr);
        feed.details->want(feed.allRows());
        QCOMPARE(feed.details->batchesInFlight(), 0);
        QVERIFY(feed.batches().isEmpty());
        // Polling starts: what is on screen is asked about without waiting for a scroll.
        feed.details->setClient(&feed.client, [](QObject*, std::function<ApiReply*()> send, int) { send(); });
        QTRY_COMPARE_WITH_TIMEOUT(feed.comment(0), QStringLiteral("a"), kTimeoutMs);
        QCOMPARE(feed.batches().size(), 1);
    }

    void ask_sendsWhatIsWaitedFor_first_andSettlesWithTheWholeText()
    {
        // A comment longer than a row shows (three lines): the one asking gets all of it.
        const QString text = QStringLiteral("first line\nsecond line\n@Sam Lee third line");
        Feed feed({QStringLiteral("shown row"), text});
        const QString story = feed.sim.world().storiesOfTask(feed.sim.taskGid(0)).constLast()->gid;
        QSignalSpy settled(feed.details.get(), &EventDetails::settled);
        QVERIFY(feed.details->canAsk());
        QVERIFY(feed.details->ask({{story, QStringLiteral("story")}}));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, kTimeoutMs);
        const auto asked = settled.at(0).at(0).value<QList<DetailQuery>>();
        const auto learned = settled.at(0).at(1).value<QList<StoredDetail>>();
        QCOMPARE(asked, (QList<DetailQuery>{{story, QStringLiteral("story")}}));
        const auto it =
            std::find_if(learned.cbegin(), learned.cend(), [&story](const StoredDetail& d) { return d.gid == story; });
        QVERIFY(it != learned.cend());
        QCOMPARE(it->text, text);
        QCOMPARE(feed.batches(), (QList<QStringList>{{QStringLiteral("/stories/") + story}}));
        // Kept like any other: the row shows it without asking again.
        QCOMPARE(feed.comment(0), QStringLiteral("first line\nsecond line\u2026"));

        // Nobody to ask: said at once, nothing sent.
        feed.details->setClient(nullptr);
        QVERIFY(!feed.details->canAsk());
        QVERIFY(!feed.details->ask({{story, QStringLiteral("story")}}));
    }
    void storedFrom_aTask_keepsWhoItInvolves_asGidsOnly()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        const auto person = [](const QJsonValue& gid) { return QJsonObject{{QStringLiteral("gid"), gid}}; };
        QJsonArray followers{person(QStringLiteral("7")),
                             person(QStringLiteral("9")),
                             person(QStringLiteral("7")),
                             person(QStringLiteral("1; DROP TABLE details")),
                             person(42),
                             QStringLiteral("8"),
                             QJsonValue()};
        for (int i = 0; i < 500; ++i) {
            followers.append(person(QString::number(1000 + i)));
        }
        DetailAnswer answer;
        answer.query = {QStringLiteral("31"), QStringLiteral("task")};
        answer.outcome = DetailAnswer::Outcome::Found;
        answer.status = 200;
        answer.data = {{QStringLiteral("gid"), QStringLiteral("31")},
                       {QStringLiteral("name"), QStringLiteral("Fix login")},
                       {QStringLiteral("assignee"), person(QStringLiteral("7"))},
                       {QStringLiteral("created_by"), person(QStringLiteral("../users/me"))},
                       {QStringLiteral("followers"), followers}};
        const QList<StoredDetail> learned = EventDetails::storedFrom(answer, now);
        QCOMPARE(learned.size(), 1);
        const StoredDetail& task = learned.first();
        QVERIFY(task.peopleKnown);
        QCOMPARE(task.name, QStringLiteral("Fix login"));
        QCOMPARE(task.assigneeGid, QStringLiteral("7"));
        QVERIFY(task.creatorGid.isEmpty()); // not a gid: dropped
        QCOMPARE(task.followerGids.size(), StoredDetail::maxFollowers);
        QCOMPARE(task.followerGids.mid(0, 3),
                 (QStringList{QStringLiteral("7"), QStringLiteral("9"), QStringLiteral("1000")}));

        // An unassigned task nobody follows: known to involve nobody.
        answer.data = {{QStringLiteral("name"), QStringLiteral("Alone")},
                       {QStringLiteral("assignee"), QJsonValue()},
                       {QStringLiteral("followers"), QJsonArray()}};
        const StoredDetail alone = EventDetails::storedFrom(answer, now).first();
        QVERIFY(alone.peopleKnown);
        QVERIFY(alone.assigneeGid.isEmpty());
        QVERIFY(alone.followerGids.isEmpty());

        // Followers not in the answer: nothing is known of the task's people.
        answer.data = {{QStringLiteral("name"), QStringLiteral("Fix login")},
                       {QStringLiteral("assignee"), person(QStringLiteral("7"))}};
        const StoredDetail partial = EventDetails::storedFrom(answer, now).first();
        QVERIFY(!partial.peopleKnown);
        QVERIFY(partial.assigneeGid.isEmpty());
    }

    void ask_aTaskWithItsComment_keepsWhoTheTaskInvolves()
    {
        Feed feed({QStringLiteral("shown row")});
        SimWorld& world = feed.sim.world();
        const QString creator = feed.sim.userGid(1);
        const QString assignee = feed.sim.userGid(2);
        const QString task = world.createTask(creator, feed.sim.projectGid(0), QStringLiteral("Involving"));
        world.assignTask(creator, task, assignee);
        const QString story = world.commentOnTask(creator, task, QStringLiteral("A word"));
        QSignalSpy settled(feed.details.get(), &EventDetails::settled);
        // The task after the story that names it: the story's mention of it must not win.
        QVERIFY(feed.details->ask({{story, QStringLiteral("story")}, {task, QStringLiteral("task")}}));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, kTimeoutMs);
        const auto learned = settled.at(0).at(1).value<QList<StoredDetail>>();
        QCOMPARE(
            std::count_if(learned.cbegin(), learned.cend(), [&task](const StoredDetail& d) { return d.gid == task; }),
            1);
        const StoredDetail kept = feed.store.details({task}).value(task);
        QVERIFY(kept.peopleKnown);
        QCOMPARE(kept.assigneeGid, assignee);
        QCOMPARE(kept.creatorGid, creator);
        QVERIFY(kept.followerGids.contains(creator));
        QVERIFY(kept.followerGids.contains(assignee));
    }
};

QTEST_GUILESS_MAIN(TestEventDetails)
#include "tst_eventdetails.moc"
