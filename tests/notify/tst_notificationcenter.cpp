// NotificationCenter fed the way the app feeds it (events kept by a real store, settings in a
// temporary file): what involves the person becomes a notice; a comment waits for its text and
// then says "mentioned you…"; bursts and a restart's catch-up are one summary and nothing is told
// twice; pause, quiet hours, off, muted and one's own actions stay silent; idle arms no timer.
#include "api/DetailBatch.h"
#include "api/Event.h"
#include "feed/EventDetails.h"
#include "feed/SubscriptionModel.h"
#include "notify/NotificationCenter.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace AsanaFeed;

namespace {
constexpr int kTimeoutMs = 10000;
const QString me = QStringLiteral("1100");
const QString myName = QStringLiteral("Sam Lee");
const QString dana = QStringLiteral("1101");
const QString launch = QStringLiteral("1200000000000012");
const QString website = QStringLiteral("1200000000000013");

QJsonObject compact(const QString& gid, const QString& type, const QString& name)
{
    return {{QStringLiteral("gid"), gid}, {QStringLiteral("resource_type"), type}, {QStringLiteral("name"), name}};
}

QString stamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Dana assigned task `taskGid` to `assignee`, at `at`.
Event assigned(const QString& taskGid, const QString& assignee, const QDateTime& at, const QString& actor = dana)
{
    const QJsonObject object{
        {QStringLiteral("action"), QStringLiteral("changed")},
        {QStringLiteral("created_at"), stamp(at)},
        {QStringLiteral("user"), compact(actor, QStringLiteral("user"), QStringLiteral("Dana Ruiz"))},
        {QStringLiteral("resource"), compact(taskGid, QStringLiteral("task"), QStringLiteral("Fix login ") + taskGid)},
        {QStringLiteral("parent"), QJsonValue::Null},
        {QStringLiteral("type"), QStringLiteral("task")},
        {QStringLiteral("change"),
         QJsonObject{{QStringLiteral("field"), QStringLiteral("assignee")},
                     {QStringLiteral("action"), QStringLiteral("changed")},
                     {QStringLiteral("new_value"), compact(assignee, QStringLiteral("user"), myName)}}}};
    return parseEvent(object).value();
}

// Dana commented on a task; the event names the story, not its text.
Event commented(const QString& storyGid, const QDateTime& at, const QString& taskGid = QStringLiteral("1300"))
{
    QJsonObject story{{QStringLiteral("gid"), storyGid},
                      {QStringLiteral("resource_type"), QStringLiteral("story")},
                      {QStringLiteral("resource_subtype"), QStringLiteral("comment_added")}};
    const QJsonObject object{
        {QStringLiteral("action"), QStringLiteral("added")},
        {QStringLiteral("created_at"), stamp(at)},
        {QStringLiteral("user"), compact(dana, QStringLiteral("user"), QStringLiteral("Dana Ruiz"))},
        {QStringLiteral("resource"), story},
        {QStringLiteral("parent"), compact(taskGid, QStringLiteral("task"), QStringLiteral("Fix login"))},
        {QStringLiteral("type"), QStringLiteral("story")}};
    return parseEvent(object).value();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> backend;
    std::unique_ptr<Settings> settings;
    EventStore store;
    std::unique_ptr<SubscriptionModel> subscriptions;
    std::unique_ptr<NotificationCenter> center;
    QList<Notice> notices;
    QList<QList<DetailQuery>> asked;
    bool canAsk = true;
    int sequence = 0;

    Fixture()
    {
        backend = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings = std::make_unique<Settings>(backend.get());
        store.open(dir.filePath(QStringLiteral("events.sqlite")));
        subscriptions = std::make_unique<SubscriptionModel>(&store);
        subscriptions->follow(launch, QStringLiteral("Launch plan"), QStringLiteral("project"));
        subscriptions->follow(website, QStringLiteral("Website"), QStringLiteral("project"));
        restart();
    }

    // A new run of the app: the same settings and history, a new center.
    void restart(std::chrono::milliseconds detailsWait = std::chrono::seconds(30))
    {
        NotificationCenter::Options options;
        options.burstWindow = std::chrono::milliseconds(50);
        options.catchUpWindow = std::chrono::milliseconds(100);
        options.detailsWait = detailsWait;
        center = std::make_unique<NotificationCenter>(&store, subscriptions.get(), options);
        center->setSettings(settings.get());
        center->setDetailRequest([this](const QList<DetailQuery>& queries) {
            asked.append(queries);
            return canAsk;
        });
        center->setAccount(me, myName);
        QObject::connect(center.get(), &NotificationCenter::notify, center.get(),
                         [this](const Notice& notice) { notices.append(notice); });
    }

    // The events as the store keeps them, fed to the center the way eventsStored does.
    QList<qint64> feed(const QString& subscription, const QList<Event>& events)
    {
        const std::optional<KeptPage> kept =
            store.commitPage(subscription, events, QStringLiteral("sync-%1").arg(++sequence));
        if (!kept) {
            return {};
        }
        center->addEvents(subscription, kept->newEventsOf(events), kept->newIds);
        return kept->newIds;
    }

    // Waits until nothing is pending (what waited was flushed).
    bool settle()
    {
        return QTest::qWaitFor([this] { return !center->isWaiting(); }, kTimeoutMs);
    }
};

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QString taskGid(int i)
{
    return QString::number(1400 + i);
}

// What Asana said of a task's people: `role` (follower, assignee, creator) is `who`.
StoredDetail taskPeople(const QString& gid, const QString& role, const QString& who, const QDateTime& at = now())
{
    StoredDetail task{gid, QStringLiteral("task"), QStringLiteral("Fix login"), {}, {}, at};
    task.peopleKnown = true;
    task.followerGids = {dana};
    if (role == QLatin1String("follower")) {
        task.followerGids.append(who);
    } else if (role == QLatin1String("assignee")) {
        task.assigneeGid = who;
    } else if (role == QLatin1String("creator")) {
        task.creatorGid = who;
    }
    return task;
}

StoredDetail commentText(const QString& story, const QString& text)
{
    return {story, QStringLiteral("story"), QStringLiteral("comment_added"), text, {}, now()};
}

} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void assignedToMe_isOneNoticeWithTheReason()
    {
        Fixture f;
        const QList<qint64> ids = f.feed(launch, {assigned(taskGid(1), me, now())});
        QCOMPARE(ids.size(), 1);
        QVERIFY(f.center->isTimerArmed()); // the burst window
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        const Notice& notice = f.notices.constFirst();
        QCOMPARE(notice.title, QStringLiteral("Dana Ruiz assigned Fix login 1401 to you"));
        QCOMPARE(notice.body, QStringLiteral("assigned you Fix login 1401"));
        QCOMPARE(notice.eventId, ids.constFirst());
        QCOMPARE(notice.count, 1);
        QCOMPARE(f.settings->lastNotifiedEvent(me), ids.constFirst());
        QVERIFY(!f.center->isTimerArmed());
    }

    void nothingWaits_noTimerIsArmed()
    {
        Fixture f;
        QVERIFY(!f.center->isTimerArmed());
        // Someone else's task, as the history knows (freshly): passed over at once, nothing to wait for.
        QVERIFY(f.store.keepDetails({taskPeople(taskGid(1), QStringLiteral("assignee"), QStringLiteral("1999"))}));
        const QList<qint64> ids = f.feed(launch, {assigned(taskGid(1), QStringLiteral("1999"), now())});
        QVERIFY(!f.center->isWaiting());
        QVERIFY(!f.center->isTimerArmed());
        QVERIFY(f.asked.isEmpty());
        QCOMPARE(f.center->lastNotified(), ids.constFirst());
        QCOMPARE(f.settings->lastNotifiedEvent(me), ids.constFirst());
    }

    void commentOnATaskInvolvingMe_isNotified_withWhy_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("reason");
        QTest::newRow("I follow it") << QStringLiteral("follower") << QStringLiteral("on Fix login, which you follow");
        QTest::newRow("assigned to me") << QStringLiteral("assignee")
                                        << QStringLiteral("on Fix login, assigned to you");
        QTest::newRow("I created it") << QStringLiteral("creator") << QStringLiteral("on Fix login, which you created");
        QTest::newRow("not mine") << QStringLiteral("none") << QString();
    }

    void commentOnATaskInvolvingMe_isNotified_withWhy()
    {
        QFETCH(QString, role);
        QFETCH(QString, reason);
        Fixture f;
        const QString story = QStringLiteral("1510");
        const QString task = QStringLiteral("1310");
        const QList<qint64> ids = f.feed(launch, {commented(story, now(), task)});
        QCOMPARE(f.asked.size(), 1);
        QCOMPARE(f.asked.constFirst(),
                 (QList<DetailQuery>{{story, QStringLiteral("story")}, {task, QStringLiteral("task")}}));
        QVERIFY(f.center->isWaiting());
        // The text alone does not decide it (no mention): the task's people still come.
        f.center->detailsSettled({{story, QStringLiteral("story")}},
                                 {commentText(story, QStringLiteral("Looks good"))});
        QVERIFY(f.center->isWaiting());
        f.center->detailsSettled({{task, QStringLiteral("task")}}, {taskPeople(task, role, me)});
        QVERIFY(f.settle());
        if (reason.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(f.notices.isEmpty());
            QCOMPARE(f.center->lastNotified(), ids.constFirst());
            return;
        }
        QCOMPARE(f.notices.size(), 1);
        QCOMPARE(f.notices.constFirst().title, QStringLiteral("Dana Ruiz commented on Fix login"));
        QCOMPARE(f.notices.constFirst().body, reason + QStringLiteral("\nLooks good"));
        QCOMPARE(f.notices.constFirst().eventId, ids.constFirst());
    }

    void taskChange_usesWhatTheHistoryKnows_askingOnlyWhenStale()
    {
        Fixture f;
        // Fresh in the history: decided at once, nothing asked.
        QVERIFY(f.store.keepDetails({taskPeople(taskGid(1), QStringLiteral("follower"), me)}));
        f.feed(launch, {assigned(taskGid(1), QStringLiteral("1999"), now())});
        QVERIFY(f.asked.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QCOMPARE(f.notices.constFirst().body, QStringLiteral("on Fix login 1401, which you follow"));

        // Known not to involve me, but older than the rows' details stay fresh: asked again, and
        // what Asana says now (I follow it since) decides.
        const QDateTime old = now().addMSecs(-std::chrono::milliseconds(EventDetails::staleAfter).count() - 60000);
        QVERIFY(f.store.keepDetails({taskPeople(taskGid(2), QStringLiteral("none"), me, old)}));
        f.feed(launch, {assigned(taskGid(2), QStringLiteral("1999"), now())});
        QCOMPARE(f.asked.size(), 1);
        QCOMPARE(f.asked.constFirst(), (QList<DetailQuery>{{taskGid(2), QStringLiteral("task")}}));
        QVERIFY(f.center->isWaiting());
        f.center->detailsSettled({{taskGid(2), QStringLiteral("task")}},
                                 {taskPeople(taskGid(2), QStringLiteral("follower"), me)});
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 2, kTimeoutMs);
        QCOMPARE(f.notices.at(1).body, QStringLiteral("on Fix login 1402, which you follow"));

        // A task Asana would not show a moment ago (deleted, no access): not asked again yet.
        f.asked.clear();
        QVERIFY(f.store.keepDetails({{taskGid(4), QStringLiteral("task"), {}, {}, {}, now()}}));
        f.feed(launch, {assigned(taskGid(4), QStringLiteral("1999"), now())});
        QVERIFY(f.asked.isEmpty());

        // Old, but already involving me: it notifies as it is, not worth a request.
        f.notices.clear();
        f.asked.clear();
        QVERIFY(f.store.keepDetails({taskPeople(taskGid(3), QStringLiteral("assignee"), me, old)}));
        f.feed(launch, {assigned(taskGid(3), QStringLiteral("1999"), now())});
        QVERIFY(f.asked.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QCOMPARE(f.notices.constFirst().body, QStringLiteral("on Fix login 1403, assigned to you"));
    }

    void whenTheAnswerWouldBeNo_nothingIsAsked_data()
    {
        QTest::addColumn<QString>("why");
        QTest::addColumn<bool>("asks");
        QTest::newRow("nothing in the way") << QString() << true;
        QTest::newRow("turned off") << QStringLiteral("off") << false;
        QTest::newRow("paused for an hour") << QStringLiteral("paused") << false;
        QTest::newRow("quiet hours") << QStringLiteral("quiet") << false;
        QTest::newRow("muted subscription") << QStringLiteral("muted") << false;
        QTest::newRow("my own action") << QStringLiteral("mine") << false;
        QTest::newRow("assigned to me anyway") << QStringLiteral("involves") << false;
    }

    void whenTheAnswerWouldBeNo_nothingIsAsked()
    {
        QFETCH(QString, why);
        QFETCH(bool, asks);
        Fixture f;
        QString actor = dana;
        QString assignee = QStringLiteral("1999");
        if (why == QLatin1String("off")) {
            f.settings->setNotificationsEnabled(false);
        } else if (why == QLatin1String("paused")) {
            f.settings->setNotificationsPausedUntil(now().addSecs(3600));
        } else if (why == QLatin1String("quiet")) {
            const QTime local = QDateTime::currentDateTime().time();
            f.settings->setQuietHours(true, local.addSecs(-3600), local.addSecs(3600));
        } else if (why == QLatin1String("muted")) {
            QVERIFY(f.subscriptions->setMuted(launch, true));
        } else if (why == QLatin1String("mine")) {
            actor = me;
        } else if (why == QLatin1String("involves")) {
            assignee = me;
        }
        f.feed(launch, {assigned(taskGid(1), assignee, now(), actor)});
        QCOMPARE(!f.asked.isEmpty(), asks);
        if (asks) {
            QCOMPARE(f.asked.constFirst(), (QList<DetailQuery>{{taskGid(1), QStringLiteral("task")}}));
        }
    }

    void mention_waitsForTheText_thenSaysMentionedYou()
    {
        Fixture f;
        const QString story = QStringLiteral("1500");
        const QList<qint64> ids = f.feed(launch, {commented(story, now())});
        QCOMPARE(f.asked.size(), 1);
        // The text, and who the task involves (the comment would notify if it involved me).
        QCOMPARE(f.asked.constFirst(), (QList<DetailQuery>{{story, QStringLiteral("story")},
                                                           {QStringLiteral("1300"), QStringLiteral("task")}}));
        QVERIFY(f.center->isWaiting());
        QTest::qWait(200); // longer than the burst window: nothing is said without the text
        QVERIFY(f.notices.isEmpty());

        StoredDetail detail;
        detail.gid = story;
        detail.kind = QStringLiteral("story");
        detail.name = QStringLiteral("comment_added");
        detail.text = QStringLiteral("@Sam Lee can you check the redirect?\nIt loops on Safari.\nThird line");
        f.center->detailsSettled({{story, QStringLiteral("story")}}, {detail});
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        const Notice& notice = f.notices.constFirst();
        QCOMPARE(notice.title, QStringLiteral("Dana Ruiz commented on Fix login"));
        QCOMPARE(notice.body, QStringLiteral("mentioned you in Launch plan\n@Sam Lee can you check the redirect?\n"
                                             "It loops on Safari.\u2026"));
        QCOMPARE(notice.eventId, ids.constFirst());
    }

    void commentWithoutMention_isNotNotified()
    {
        Fixture f;
        const QString story = QStringLiteral("1501");
        f.feed(launch, {commented(story, now())});
        StoredDetail detail{
            story, QStringLiteral("story"), QStringLiteral("comment_added"), QStringLiteral("Looks good to me"), {},
            now()};
        // The task's people were asked too: Asana did not say.
        f.center->detailsSettled({{story, QStringLiteral("story")}, {QStringLiteral("1300"), QStringLiteral("task")}},
                                 {detail});
        QVERIFY(f.settle());
        QTest::qWait(100);
        QVERIFY(f.notices.isEmpty());
    }

    void textThatNeverComes_isDecidedWithoutIt_inBoundedTime()
    {
        Fixture f;
        f.settings->setNotifyAllActivity(launch, true); // every comment notifies: the text only adds the reason
        f.restart(std::chrono::milliseconds(300));
        f.feed(launch, {commented(QStringLiteral("1502"), now())});
        QVERIFY(f.center->isTimerArmed()); // the wait's deadline
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QCOMPARE(f.notices.constFirst().title, QStringLiteral("Dana Ruiz commented on Fix login"));
        QCOMPARE(f.notices.constFirst().body, QStringLiteral("in Launch plan"));
        QVERIFY(!f.center->isTimerArmed());
    }

    void nobodyToAsk_decidesAtOnce()
    {
        Fixture f;
        f.canAsk = false;
        f.feed(launch, {commented(QStringLiteral("1503"), now())});
        QVERIFY(!f.center->isWaiting());
        QVERIFY(!f.center->isTimerArmed());
        QVERIFY(f.notices.isEmpty()); // a mention cannot be seen without the text
    }

    void burst_isOneSummary()
    {
        Fixture f;
        QList<Event> events;
        for (int i = 0; i < 7; ++i) {
            events.append(assigned(taskGid(i), me, now().addMSecs(i)));
        }
        const QList<qint64> ids = f.feed(launch, events);
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QTest::qWait(100);
        QCOMPARE(f.notices.size(), 1);
        QCOMPARE(f.notices.constFirst().title, QStringLiteral("7 new events in Launch plan"));
        QCOMPARE(f.notices.constFirst().count, 7);
        QCOMPARE(f.notices.constFirst().eventId, ids.constLast());
    }

    void restartCatchUp_isOneSummary_andNothingTwice()
    {
        Fixture f;
        const QList<qint64> first = f.feed(launch, {assigned(taskGid(1), me, now())});
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);

        // The app quits; meanwhile much happens in two projects. The next run catches up.
        f.restart();
        f.notices.clear();
        const QDateTime away = now().addSecs(-3600);
        QList<Event> launchEvents;
        QList<Event> websiteEvents;
        for (int i = 0; i < 4; ++i) {
            launchEvents.append(assigned(taskGid(10 + i), me, away.addSecs(i)));
            websiteEvents.append(assigned(taskGid(20 + i), me, away.addSecs(10 + i)));
        }
        // What the last run was told comes again (a re-delivered page): never twice.
        f.center->addEvents(launch, {assigned(taskGid(1), me, now())}, first);
        f.feed(launch, launchEvents);
        const QList<qint64> later = f.feed(website, websiteEvents);
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QVERIFY(f.settle());
        QTest::qWait(150);
        QCOMPARE(f.notices.size(), 1);
        QCOMPARE(f.notices.constFirst().title, QStringLiteral("8 new events while you were away"));
        QCOMPARE(f.notices.constFirst().count, 8);
        QCOMPARE(f.notices.constFirst().eventId, later.constLast());

        // And a third run is told nothing of all that.
        f.restart();
        f.notices.clear();
        f.center->addEvents(website, websiteEvents, later);
        QVERIFY(!f.center->isWaiting());
    }

    void smallCatchUp_isEachOnItsOwn()
    {
        Fixture f;
        const QDateTime away = now().addSecs(-3600);
        f.feed(launch, {assigned(taskGid(1), me, away), assigned(taskGid(2), me, away.addSecs(1))});
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 2, kTimeoutMs);
        QCOMPARE(f.notices.at(0).title, QStringLiteral("Dana Ruiz assigned Fix login 1401 to you"));
        QCOMPARE(f.notices.at(1).title, QStringLiteral("Dana Ruiz assigned Fix login 1402 to you"));
    }

    void silence_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("turned off") << QStringLiteral("off");
        QTest::newRow("paused for an hour") << QStringLiteral("paused");
        QTest::newRow("paused until resumed") << QStringLiteral("resumed");
        QTest::newRow("quiet hours") << QStringLiteral("quiet");
        QTest::newRow("muted subscription") << QStringLiteral("muted");
        QTest::newRow("my own action") << QStringLiteral("mine");
    }

    void silence()
    {
        QFETCH(QString, why);
        Fixture f;
        QString actor = dana;
        if (why == QLatin1String("off")) {
            f.settings->setNotificationsEnabled(false);
        } else if (why == QLatin1String("paused")) {
            f.settings->setNotificationsPausedUntil(now().addSecs(3600));
        } else if (why == QLatin1String("resumed")) {
            f.settings->pauseNotificationsUntilResumed();
        } else if (why == QLatin1String("quiet")) {
            const QTime local = QDateTime::currentDateTime().time();
            f.settings->setQuietHours(true, local.addSecs(-3600), local.addSecs(3600));
        } else if (why == QLatin1String("muted")) {
            QVERIFY(f.subscriptions->setMuted(launch, true));
        } else {
            actor = me;
        }
        const QList<qint64> ids = f.feed(launch, {assigned(taskGid(1), me, now(), actor)});
        QVERIFY(!f.center->isWaiting());
        QVERIFY(!f.center->isTimerArmed());
        QTest::qWait(100);
        QVERIFY(f.notices.isEmpty());
        // Passed over, not kept for later: nothing is said once the silence ends.
        QCOMPARE(f.settings->lastNotifiedEvent(me), ids.constFirst());
    }

    void pausing_dropsWhatWaits()
    {
        Fixture f;
        f.feed(launch, {assigned(taskGid(1), me, now())});
        QVERIFY(f.center->isWaiting());
        f.settings->pauseNotificationsUntilResumed();
        QVERIFY(!f.center->isWaiting());
        QVERIFY(!f.center->isTimerArmed());
        QTest::qWait(150);
        QVERIFY(f.notices.isEmpty());
    }

    void allActivity_notifiesEveryEventOfThatSubscription()
    {
        Fixture f;
        f.settings->setNotifyAllActivity(website, true);
        f.feed(website, {assigned(taskGid(1), QStringLiteral("1999"), now())});
        f.feed(launch, {assigned(taskGid(2), QStringLiteral("1999"), now())});
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QCOMPARE(f.notices.constFirst().body, QStringLiteral("in Website"));
    }

    void aNewHistory_isNotSilencedByTheOldOnesIds()
    {
        Fixture f;
        f.settings->setLastNotifiedEvent(me, 5000); // told up to there in a history since removed
        f.restart();
        f.feed(launch, {assigned(taskGid(1), me, now())});
        QTRY_COMPARE_WITH_TIMEOUT(f.notices.size(), 1, kTimeoutMs);
        QVERIFY(f.settings->lastNotifiedEvent(me) < 5000);
    }

    void demo_withoutSettings_notifiesAndRemembersInMemory()
    {
        Fixture f;
        NotificationCenter::Options options;
        options.burstWindow = std::chrono::milliseconds(50);
        NotificationCenter demo(&f.store, f.subscriptions.get(), options);
        demo.setAccount(me, myName);
        QList<Notice> notices;
        connect(&demo, &NotificationCenter::notify, this, [&notices](const Notice& n) { notices.append(n); });
        const std::optional<KeptPage> kept =
            f.store.commitPage(launch, {assigned(taskGid(1), me, now())}, QStringLiteral("demo"));
        QVERIFY(kept);
        demo.addEvents(launch, {assigned(taskGid(1), me, now())}, kept->newIds);
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, kTimeoutMs);
        QCOMPARE(demo.lastNotified(), kept->newIds.constFirst());
        QCOMPARE(f.settings->lastNotifiedEvent(me), 0); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"
