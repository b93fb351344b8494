// Application in demo mode: the simulator in-process, a seeded day of history in the window at
// once, live events a few seconds later, nothing left behind.
#include "Application.h"
#include "MainWindow.h"
#include "events/EventPoller.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "sim/SimServer.h"
#include "store/EventStore.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>

using namespace AsanaFeed;

class TestApplication final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demo_showsHistoryAtOnce_thenLiveEvents()
    {
        Application::Options options;
        options.demo = true;
        options.demoEventsPerMinute = 240;
        QString storePath;
        {
            Application app(options);
            QVERIFY2(app.start(), qPrintable(app.error()));
            QAbstractItemModelTester sourceTester(app.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxyTester(app.filterModel(),
                                                 QAbstractItemModelTester::FailureReportingMode::QtTest);
            storePath = app.store()->path();
            QVERIFY(app.window()->isVisible());
            QCOMPARE(app.window()->windowTitle(), QStringLiteral("Asana Feed — Demo"));
            QVERIFY(app.window()->demoBadge()->isVisible());
            QVERIFY(app.model()->rowCount() > 20); // the seeded day
            QVERIFY(!app.window()->showsEmptyState());
            QCOMPARE(app.model()->unreadCount(), 0);

            QTRY_VERIFY_WITH_TIMEOUT(
                std::all_of(app.pollers().cbegin(), app.pollers().cend(),
                            [](const EventPoller* poller) { return poller->state() == EventPoller::State::Live; }),
                15000);
            QTRY_VERIFY2_WITH_TIMEOUT(app.window()->statusText().contains(QStringLiteral("All 4 projects live")),
                                      qPrintable(app.window()->statusText()), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(app.model()->unreadCount() >= 2, 20000);
            // Every stored event is in the model once (the model may hold one page of history).
            QTRY_VERIFY_WITH_TIMEOUT(app.window()->statusText().contains(QStringLiteral("last update")), 5000);
            QVERIFY(app.simServer()->baseUrl().host() == QLatin1String("127.0.0.1"));
        }
        QVERIFY(!storePath.isEmpty());
        QVERIFY2(!QFileInfo::exists(storePath), "the demo leaves nothing behind");
    }

    void withoutAToken_theWindowSaysHowToStart()
    {
        QTemporaryDir dir;
        Application::Options options;
        options.statePath = dir.filePath(QStringLiteral("state.sqlite"));
        options.keepSettings = false;
        Application app(options);
        QVERIFY(app.start());
        QVERIFY(app.window()->showsEmptyState());
        QVERIFY(app.window()->emptyStateText().contains(QStringLiteral("ASANA_TOKEN")));
        QVERIFY(app.window()->emptyStateText().contains(QStringLiteral("--demo")));
        QVERIFY(app.pollers().isEmpty());
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
