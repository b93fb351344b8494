// NotificationRules as a table: an event and the settings → notify or not, and the reason shown.
#include "notify/NotificationRules.h"

#include <QTest>

using namespace AsanaFeed;

namespace {
const QString me = QStringLiteral("1100");
const QString dana = QStringLiteral("1101");
const QString launch = QStringLiteral("1200000000000012");
const QDateTime noon(QDate(2026, 12, 1), QTime(12, 0));

NotifyCandidate taskChange(const QString& field, const QString& actorGid, const QString& valueGid = {})
{
    NotifyCandidate c;
    c.facts.actor = QStringLiteral("Dana Ruiz");
    c.facts.actorGid = actorGid;
    c.facts.action = QStringLiteral("changed");
    c.facts.resourceType = QStringLiteral("task");
    c.facts.resourceName = QStringLiteral("Fix login");
    c.facts.changeField = field;
    c.facts.changeAction = QStringLiteral("changed");
    c.facts.changeValueGid = valueGid;
    c.subscription = launch;
    c.subscriptionName = QStringLiteral("Launch plan");
    return c;
}

NotifyCandidate comment(const QString& actorGid, const QString& text)
{
    NotifyCandidate c;
    c.facts.actor = QStringLiteral("Dana Ruiz");
    c.facts.actorGid = actorGid;
    c.facts.action = QStringLiteral("added");
    c.facts.resourceType = QStringLiteral("story");
    c.facts.resourceSubtype = QStringLiteral("comment_added");
    c.facts.parentType = QStringLiteral("task");
    c.facts.parentName = QStringLiteral("Fix login");
    c.facts.storyText = text;
    c.subscription = launch;
    c.subscriptionName = QStringLiteral("Launch plan");
    return c;
}

NotifySettings mine()
{
    NotifySettings s;
    s.me = me;
    s.myName = QStringLiteral("Sam Lee");
    return s;
}

NotifySettings with(NotifyLevel level)
{
    NotifySettings s = mine();
    s.levels.insert(launch, level);
    return s;
}
} // namespace

Q_DECLARE_METATYPE(NotifyCandidate)
Q_DECLARE_METATYPE(NotifySettings)

class TestNotificationRules final : public QObject
{
    Q_OBJECT

private slots:
    void decide_data()
    {
        QTest::addColumn<NotifyCandidate>("event");
        QTest::addColumn<NotifySettings>("settings");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("reason"); // empty: no notification

        NotifyCandidate assignedToMe = taskChange(QStringLiteral("assignee"), dana, me);
        QTest::newRow("assigned to me") << assignedToMe << mine() << noon << QStringLiteral("assigned you Fix login");
        QTest::newRow("assigned to someone else")
            << taskChange(QStringLiteral("assignee"), dana, QStringLiteral("1102")) << mine() << noon << QString();
        QTest::newRow("I assigned myself")
            << taskChange(QStringLiteral("assignee"), me, me) << mine() << noon << QString();
        QTest::newRow("added me as a collaborator")
            << taskChange(QStringLiteral("followers"), dana, me) << mine() << noon
            << QStringLiteral("added you as a collaborator on Fix login");

        QTest::newRow("comment with a link to my profile")
            << comment(dana, QStringLiteral("https://app.asana.com/0/profile/1100 can you look?")) << mine() << noon
            << QStringLiteral("mentioned you in Launch plan");
        QTest::newRow("comment with @ my name") << comment(dana, QStringLiteral("@sam lee can you look?")) << mine()
                                                << noon << QStringLiteral("mentioned you in Launch plan");
        QTest::newRow("my gid as part of a longer number")
            << comment(dana, QStringLiteral("https://app.asana.com/0/profile/11001")) << mine() << noon << QString();
        QTest::newRow("another name that starts like mine")
            << comment(dana, QStringLiteral("@Sam Leeds please")) << mine() << noon << QString();
        QTest::newRow("comment without a mention")
            << comment(dana, QStringLiteral("Done.")) << mine() << noon << QString();
        QTest::newRow("comment whose text is not known yet") << comment(dana, QString()) << mine() << noon << QString();

        NotifyCandidate onMyTask = taskChange(QStringLiteral("completed"), dana);
        onMyTask.taskAssigneeGid = me;
        QTest::newRow("a change to a task assigned to me")
            << onMyTask << mine() << noon << QStringLiteral("on Fix login, assigned to you");
        NotifyCandidate created = taskChange(QStringLiteral("due_on"), dana);
        created.taskCreatorGid = me;
        QTest::newRow("a change to a task I created")
            << created << mine() << noon << QStringLiteral("on Fix login, which you created");
        NotifyCandidate followed = comment(dana, QStringLiteral("Done."));
        followed.taskFollowerGids = {QStringLiteral("1102"), me};
        QTest::newRow("a comment on a task I follow")
            << followed << mine() << noon << QStringLiteral("on Fix login, which you follow");

        const NotifyCandidate other = taskChange(QStringLiteral("completed"), dana);
        QTest::newRow("others' activity, by default") << other << mine() << noon << QString();
        QTest::newRow("others' activity, all activity followed")
            << other << with(NotifyLevel::All) << noon << QStringLiteral("in Launch plan");
        QTest::newRow("my own activity, all activity followed")
            << taskChange(QStringLiteral("completed"), me) << with(NotifyLevel::All) << noon << QString();
        QTest::newRow("muted, even when assigned to me")
            << assignedToMe << with(NotifyLevel::Muted) << noon << QString();

        NotifySettings paused = mine();
        paused.pausedUntil = noon.addSecs(3600);
        QTest::newRow("paused") << assignedToMe << paused << noon << QString();
        QTest::newRow("pause over") << assignedToMe << paused << noon.addSecs(3600)
                                    << QStringLiteral("assigned you Fix login");

        NotifySettings quiet = mine();
        quiet.quietFrom = QTime(22, 0);
        quiet.quietTo = QTime(7, 0);
        QTest::newRow("quiet hours across midnight, late")
            << assignedToMe << quiet << QDateTime(noon.date(), QTime(23, 30)) << QString();
        QTest::newRow("quiet hours across midnight, early")
            << assignedToMe << quiet << QDateTime(noon.date(), QTime(6, 59)) << QString();
        QTest::newRow("quiet hours over")
            << assignedToMe << quiet << QDateTime(noon.date(), QTime(7, 0)) << QStringLiteral("assigned you Fix login");

        NotifySettings nobody;
        QTest::newRow("nobody signed in: nothing involves anyone") << assignedToMe << nobody << noon << QString();
    }

    void decide()
    {
        QFETCH(NotifyCandidate, event);
        QFETCH(NotifySettings, settings);
        QFETCH(QDateTime, now);
        QFETCH(QString, reason);
        const NotifyDecision decision = NotificationRules::decide(event, settings, now);
        QCOMPARE(decision.notify, !reason.isEmpty());
        QCOMPARE(decision.reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "tst_notificationrules.moc"
