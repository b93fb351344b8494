// MainWindow with its FilterBar and FeedView: searching narrows the feed, the keyboard moves,
// opens (URL captured, never launched) and toggles read; empty states say what to do.
#include "FeedView.h"
#include "FilterBar.h"
#include "GuiTestData.h"
#include "MainWindow.h"
#include "feed/EventFilterModel.h"
#include "feed/EventRoles.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::EventRoles;

namespace {

struct Window
{
    GuiTestData::Feed feed;
    EventFilterModel proxy;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<MainWindow> window;
    QList<QUrl> opened;

    Window()
    {
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            feed.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(feed.model());
        proxyTester =
            std::make_unique<QAbstractItemModelTester>(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        window = std::make_unique<MainWindow>(feed.model(), &proxy);
        window->feedView()->setUrlOpener([this](const QUrl& url) { opened.append(url); });
        window->resize(900, 600);
        window->show();
        QApplication::setActiveWindow(window.get());
    }
    [[nodiscard]] FeedView* view() const { return window->feedView(); }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingInTheSearchField_narrowsTheFeed()
    {
        Window w;
        w.feed.addStandard();
        QCOMPARE(w.proxy.rowCount(), 4);
        QLineEdit* search = w.window->filterBar()->searchField();
        QTest::keyClicks(search, QStringLiteral("priya"));
        QCOMPARE(w.proxy.rowCount(), 1);
        QCOMPARE(w.proxy.index(0, 0).data(ActorNameRole).toString(), QStringLiteral("Priya Shah"));
        search->clear();
        QCOMPARE(w.proxy.rowCount(), 4);
        QTest::keyClicks(search, QStringLiteral("budget"));
        QCOMPARE(w.proxy.rowCount(), 1);
        QVERIFY(!w.window->showsEmptyState());
    }

    void ctrlF_andSlash_focusTheSearchField()
    {
        Window w;
        w.feed.addStandard();
        w.view()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTRY_VERIFY(w.view()->hasFocus());
        QTest::keyClick(w.view(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.window->filterBar()->searchField()->hasFocus());
        w.view()->setFocus();
        QTRY_VERIFY(w.view()->hasFocus());
        QTest::keyClick(w.view(), Qt::Key_Slash);
        QTRY_VERIFY(w.window->filterBar()->searchField()->hasFocus());
        // Typed in the field, "/" is text, not a shortcut.
        QTest::keyClicks(w.window->filterBar()->searchField(), QStringLiteral("a/b"));
        QCOMPARE(w.window->filterBar()->searchField()->text(), QStringLiteral("a/b"));
    }

    void space_togglesRead()
    {
        Window w;
        w.feed.addStandard();
        const int unread = w.feed.model()->unreadCount();
        QCOMPARE(unread, 4);
        w.view()->setFocus();
        w.view()->setCurrentIndex(w.proxy.index(1, 0));
        QVERIFY(w.proxy.index(1, 0).data(UnreadRole).toBool());
        QTest::keyClick(w.view(), Qt::Key_Space);
        QVERIFY(!w.proxy.index(1, 0).data(UnreadRole).toBool());
        QCOMPARE(w.feed.model()->unreadCount(), unread - 1);
        QTest::keyClick(w.view(), Qt::Key_Space);
        QVERIFY(w.proxy.index(1, 0).data(UnreadRole).toBool());
        QCOMPARE(w.feed.model()->unreadCount(), unread);
    }

    void unreadOnly_hidesWhatWasRead()
    {
        Window w;
        w.feed.addStandard();
        w.view()->setCurrentIndex(w.proxy.index(0, 0));
        QTest::keyClick(w.view(), Qt::Key_Space);
        FilterState filter;
        filter.unreadOnly = true;
        w.window->filterBar()->setFilter(filter);
        QCOMPARE(w.proxy.rowCount(), 3);
    }

    void enter_opensTheRowsAsanaLink_andMarksItRead()
    {
        Window w;
        w.feed.addStandard();
        w.view()->setFocus();
        const QModelIndex row = w.proxy.index(2, 0);
        w.view()->setCurrentIndex(row);
        QTest::keyClick(w.view(), Qt::Key_Return);
        QCOMPARE(w.opened.size(), 1);
        QCOMPARE(w.opened.constFirst(), row.data(UrlRole).toUrl());
        QVERIFY(w.opened.constFirst().toString().startsWith(QLatin1String("https://app.asana.com/")));
        QVERIFY(!row.data(UnreadRole).toBool());
    }

    void doubleClick_opensTheLink()
    {
        Window w;
        w.feed.addStandard();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QModelIndex row = w.proxy.index(0, 0);
        QTRY_VERIFY(w.view()->visualRect(row).isValid());
        const QRect rect = w.view()->visualRect(row);
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(w.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(w.opened.size(), 1);
        QCOMPARE(w.opened.constFirst(), row.data(UrlRole).toUrl());
    }

    void jAndK_move()
    {
        Window w;
        w.feed.addStandard();
        w.view()->setFocus();
        w.view()->setCurrentIndex(w.proxy.index(0, 0));
        QTest::keyClick(w.view(), Qt::Key_J);
        QTest::keyClick(w.view(), Qt::Key_J);
        QCOMPARE(w.view()->currentIndex().row(), 2);
        QTest::keyClick(w.view(), Qt::Key_K);
        QCOMPARE(w.view()->currentIndex().row(), 1);
        QTest::keyClick(w.view(), Qt::Key_Down);
        QCOMPARE(w.view()->currentIndex().row(), 2);
    }

    void emptyStates_sayWhatToDo()
    {
        Window w;
        QVERIFY(w.window->showsEmptyState());
        QVERIFY(w.window->emptyStateText().contains(QStringLiteral("No events yet")));
        w.window->setEmptyHint(QStringLiteral("Not signed in"), QStringLiteral("Set ASANA_TOKEN"));
        QVERIFY(w.window->emptyStateText().contains(QStringLiteral("ASANA_TOKEN")));

        w.feed.addStandard();
        QVERIFY(!w.window->showsEmptyState());
        QTest::keyClicks(w.window->filterBar()->searchField(), QStringLiteral("zzzz-nothing"));
        QVERIFY(w.window->showsEmptyState());
        QVERIFY(w.window->emptyStateText().contains(QStringLiteral("Nothing matches")));
        auto* clear = w.window->findChild<QPushButton*>();
        QVERIFY(clear);
        QVERIFY(clear->isVisible());
        clear->click();
        QVERIFY(!w.window->showsEmptyState());
        QCOMPARE(w.proxy.rowCount(), 4);
        QVERIFY(w.window->filterBar()->searchField()->text().isEmpty());
    }

    void statusBar_showsEachSubscriptionsState()
    {
        Window w;
        w.window->setSubscriptionNames(
            {{QStringLiteral("1"), QStringLiteral("Website")}, {QStringLiteral("2"), QStringLiteral("Mobile")}});
        w.window->setSubscriptionState(QStringLiteral("1"), EventPoller::State::Live, {}, {});
        const QDateTime until = QDateTime::currentDateTime().addSecs(120);
        w.window->setSubscriptionState(QStringLiteral("2"), EventPoller::State::Backoff, until, {});
        QVERIFY2(w.window->statusText().contains(QStringLiteral("Website: live")), qPrintable(w.window->statusText()));
        QVERIFY2(w.window->statusText().contains(QStringLiteral("Mobile: backing off until ")),
                 qPrintable(w.window->statusText()));
        w.window->setSubscriptionState(QStringLiteral("2"), EventPoller::State::Failed, {},
                                       QStringLiteral("Not Found"));
        QVERIFY(w.window->statusText().contains(QStringLiteral("Mobile: failed: Not Found")));
        w.window->noteUpdate(QDateTime::currentDateTimeUtc().addSecs(-12));
        QVERIFY2(w.window->statusText().contains(QStringLiteral("last update 12 s ago")),
                 qPrintable(w.window->statusText()));
        QCOMPARE(MainWindow::stateText(EventPoller::State::RateLimited, {}, {}), QStringLiteral("rate-limited"));
    }

    void demo_hasItsTitleAndBadge()
    {
        Window w;
        QCOMPARE(w.window->windowTitle(), QStringLiteral("Asana Feed"));
        w.window->setDemo(true);
        QCOMPARE(w.window->windowTitle(), QStringLiteral("Asana Feed — Demo"));
        QVERIFY(w.window->demoBadge()->isVisible());
    }

    void everyControl_hasAnAccessibleName()
    {
        Window w;
        const auto widgets = w.window->findChildren<QWidget*>();
        for (const QWidget* widget : widgets) {
            if (qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
                qobject_cast<const QAbstractItemView*>(widget)) {
                if (widget->parent() && qobject_cast<const QLineEdit*>(widget->parent())) {
                    continue; // the line edit's own clear button
                }
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            }
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
