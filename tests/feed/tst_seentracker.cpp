// SeenTracker: an event is seen after a moment on screen while the person looks — not when it is
// scrolled past, not while nobody looks, once per stay on screen.
#include "feed/SeenTracker.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace std::chrono_literals;

namespace {

QList<qint64> idsOf(const QSignalSpy& spy, int call)
{
    return spy.at(call).at(0).value<QList<qint64>>();
}

// Spans of time that no one could mistake for one another on a busy machine.
constexpr auto dwell = 300ms;

} // namespace

class TestSeenTracker final : public QObject
{
    Q_OBJECT

private slots:
    void rowsOnScreen_areSeen_afterTheDwell_notBefore()
    {
        SeenTracker tracker;
        QCOMPARE(tracker.dwell(), SeenTracker::defaultDwell);
        tracker.setDwell(dwell);
        QSignalSpy seen(&tracker, &SeenTracker::seen);
        QElapsedTimer clock;
        clock.start();
        tracker.setLooking(true);
        tracker.setOnScreen({3, 1, 2});
        QTRY_COMPARE(seen.count(), 1);
        QVERIFY(clock.elapsed() >= dwell.count());
        QCOMPARE(idsOf(seen, 0), (QList<qint64>{1, 2, 3}));
    }

    void scrolledPast_isNotSeen()
    {
        SeenTracker tracker;
        tracker.setDwell(dwell);
        QSignalSpy seen(&tracker, &SeenTracker::seen);
        tracker.setLooking(true);
        tracker.setOnScreen({1, 2});
        tracker.setOnScreen({2, 3}); // 1 went by; 2 stays
        tracker.setOnScreen({3, 4}); // 2 went by too
        QTRY_COMPARE(seen.count(), 1);
        QCOMPARE(idsOf(seen, 0), (QList<qint64>{3, 4}));
        // Back on screen later: a new stay, a new moment.
        tracker.setOnScreen({1, 3, 4});
        QTRY_COMPARE(seen.count(), 2);
        QCOMPARE(idsOf(seen, 1), (QList<qint64>{1}));
    }

    void nobodyLooking_seesNothing_andTheMomentStartsOver()
    {
        SeenTracker tracker;
        tracker.setDwell(dwell);
        QSignalSpy seen(&tracker, &SeenTracker::seen);
        tracker.setOnScreen({1});
        QTest::qWait(int(dwell.count()) * 2); // nothing can come while nobody looks
        QCOMPARE(seen.count(), 0);

        // Looking, then away before the moment is over: that time does not count.
        tracker.setLooking(true);
        tracker.setLooking(false);
        QTest::qWait(int(dwell.count()) * 2);
        QCOMPARE(seen.count(), 0);
        QElapsedTimer clock;
        clock.start();
        tracker.setLooking(true);
        QTRY_COMPARE(seen.count(), 1);
        QVERIFY(clock.elapsed() >= dwell.count()); // a whole moment from when the person looked again
        QCOMPARE(idsOf(seen, 0), QList<qint64>{1});
    }

    void seenOncePerStay_evenWhenLookingAgain()
    {
        SeenTracker tracker;
        tracker.setDwell(dwell);
        QSignalSpy seen(&tracker, &SeenTracker::seen);
        tracker.setLooking(true);
        tracker.setOnScreen({1});
        QTRY_COMPARE(seen.count(), 1);
        // The person marked it unread again and stays on it; looks away and back: it stays unread.
        tracker.setOnScreen({1, 2});
        tracker.setLooking(false);
        tracker.setLooking(true);
        QTRY_COMPARE(seen.count(), 2);
        QCOMPARE(idsOf(seen, 1), QList<qint64>{2});
        QTest::qWait(int(dwell.count()) * 2);
        QCOMPARE(seen.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSeenTracker)
#include "tst_seentracker.moc"
