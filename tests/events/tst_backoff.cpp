// Backoff: full jitter within an exponentially growing, capped bound.
#include "events/Backoff.h"

#include <QTest>

using namespace AsanaFeed;
using namespace std::chrono_literals;

class TestBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void delays_stayWithinTheDoublingBound()
    {
        Backoff backoff(100ms, 5min);
        backoff.seed(7);
        for (int attempt = 0; attempt < 8; ++attempt) {
            const auto bound = 100ms * (1 << attempt);
            QCOMPARE(backoff.ceiling(), bound);
            const auto delay = backoff.next();
            QVERIFY(delay >= 0ms);
            QVERIFY(delay <= bound);
        }
        QCOMPARE(backoff.attempts(), 8);
    }

    void delays_areCappedAtFiveMinutes()
    {
        Backoff backoff(1s, 5min);
        for (int attempt = 0; attempt < 100; ++attempt) {
            QVERIFY(backoff.next() <= 5min);
        }
        QCOMPARE(backoff.ceiling(), std::chrono::milliseconds(5min));
    }

    void delays_areJittered()
    {
        // Full jitter: many clients failing together must not retry together.
        QSet<qint64> seen;
        for (int i = 0; i < 20; ++i) {
            Backoff backoff(1s, 5min);
            static_cast<void>(backoff.next());
            static_cast<void>(backoff.next());
            seen.insert(backoff.next().count());
        }
        QVERIFY(seen.size() > 10);
    }

    void reset_startsOver()
    {
        Backoff backoff(1s, 5min);
        static_cast<void>(backoff.next());
        static_cast<void>(backoff.next());
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.ceiling(), std::chrono::milliseconds(1s));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
