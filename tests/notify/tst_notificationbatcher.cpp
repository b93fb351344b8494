// NotificationBatcher: a burst is one notification, nothing is notified twice (a restart's
// catch-up included), and the caller knows when to ask.
#include "notify/NotificationBatcher.h"

#include <QTest>

using namespace AsanaFeed;
using namespace std::chrono_literals;

namespace {
const QString launch = QStringLiteral("1200000000000012");
const QString mobile = QStringLiteral("1200000000000013");

PendingNotice notice(qint64 id, const QString& subscription = launch)
{
    return {id, subscription, subscription == launch ? QStringLiteral("Launch plan") : QStringLiteral("Mobile"),
            QStringLiteral("Dana Ruiz completed Task %1").arg(id), QStringLiteral("in Launch plan")};
}
} // namespace

class TestNotificationBatcher final : public QObject
{
    Q_OBJECT

private slots:
    void afew_areEachShown_whenTheirWindowEnds()
    {
        NotificationBatcher batcher(4s, 3);
        QCOMPARE(batcher.nextFlushAt(), -1);
        batcher.add(notice(10), 1000);
        batcher.add(notice(11), 2000);
        batcher.add(notice(12), 4999);
        QCOMPARE(batcher.nextFlushAt(), 5000);
        QVERIFY(batcher.flush(4999).isEmpty());
        const QList<Notice> shown = batcher.flush(5000);
        QCOMPARE(shown.size(), 3);
        QCOMPARE(shown.first().title, QStringLiteral("Dana Ruiz completed Task 10"));
        QCOMPARE(shown.first().body, QStringLiteral("in Launch plan"));
        QCOMPARE(shown.first().eventId, 10);
        QCOMPARE(batcher.lastNotified(), 12);
        QCOMPARE(batcher.nextFlushAt(), -1);
    }

    void aBurst_isOneSummary_ofTheNewest()
    {
        NotificationBatcher batcher(4s, 3);
        for (qint64 id = 20; id < 27; ++id) {
            batcher.add(notice(id), 1000 + id);
        }
        const QList<Notice> shown = batcher.flush(6000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, QStringLiteral("7 new events in Launch plan"));
        QCOMPARE(shown.first().body, QStringLiteral("Dana Ruiz completed Task 26"));
        QCOMPARE(shown.first().eventId, 26);
        QCOMPARE(shown.first().count, 7);
    }

    void subscriptions_haveWindowsOfTheirOwn()
    {
        NotificationBatcher batcher(4s, 3);
        for (qint64 id = 1; id <= 5; ++id) {
            batcher.add(notice(id), 0);
        }
        batcher.add(notice(6, mobile), 2000);
        QCOMPARE(batcher.nextFlushAt(), 4000);
        QList<Notice> shown = batcher.flush(4000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().title, QStringLiteral("5 new events in Launch plan"));
        QCOMPARE(batcher.nextFlushAt(), 6000);
        shown = batcher.flush(6000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().subscription, mobile);
        QCOMPARE(shown.first().count, 1);
    }

    void nothing_isNotifiedTwice_norBeforeTheLastRun()
    {
        NotificationBatcher batcher(4s, 3);
        batcher.add(notice(30), 0);
        batcher.add(notice(30), 100); // the same event again
        QCOMPARE(batcher.flush(4000).size(), 1);
        batcher.add(notice(30), 5000); // and once more after it was shown
        QCOMPARE(batcher.nextFlushAt(), -1);

        // A restart: what the last run notified is never notified again; the catch-up of what
        // came meanwhile is one summary.
        NotificationBatcher restarted(4s, 3);
        restarted.setLastNotified(batcher.lastNotified());
        for (qint64 id = 25; id <= 50; ++id) {
            restarted.add(notice(id), 0);
        }
        const QList<Notice> shown = restarted.flush(4000);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().count, 20); // 31…50
        QCOMPARE(shown.first().eventId, 50);
    }
};

QTEST_GUILESS_MAIN(TestNotificationBatcher)
#include "tst_notificationbatcher.moc"
