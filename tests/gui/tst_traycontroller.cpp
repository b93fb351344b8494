// The tray: its icon says idle, the unread count, a problem or offline (and is legible at 16 px);
// its tooltip lists the newest unread events as plain text; the drop-down lists the newest rows,
// opens them, marks them read or done; the menu pauses notifications (written to Settings),
// opens the feed, the settings, signs out, quits. And the window's side: closing it to the
// tray, and what needs the person's attention.
#include "GuiTestData.h"
#include "IconContrast.h"
#include "MainWindow.h"
#include "TrayController.h"
#include "TrayIconArt.h"
#include "TrayPopup.h"
#include "feed/EventFilterModel.h"
#include "feed/EventRoles.h"
#include "store/Settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace AsanaFeed;
using namespace AsanaFeed::EventRoles;
using TrayIconArt::State;

namespace {

// How much of `image` inside `area` is close to `color` (each channel within `tolerance`), as a
// share of its pixels.
double shareOf(const QImage& image, const QRect& area, const QColor& color, int tolerance = 40)
{
    int near = 0;
    int all = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            ++all;
            if (pixel.alpha() > 200 && std::abs(pixel.red() - color.red()) < tolerance &&
                std::abs(pixel.green() - color.green()) < tolerance &&
                std::abs(pixel.blue() - color.blue()) < tolerance) {
                ++near;
            }
        }
    }
    return all ? double(near) / all : 0;
}

const QColor countRed(0xb3, 0x12, 0x1f); // the count's digits
const QColor coral(0xe0, 0x47, 0x4f);    // the tray variant's disc (resources/…-tray.svg)
const QColor grey(0x7c, 0x7c, 0x7c);     // the same disc, offline
const QColor amber(0xf5, 0xa6, 0x23);
const QColor lightPanel(0xf0, 0xf0, 0xf0);
const QColor darkPanel(0x20, 0x20, 0x20);

} // namespace

class TestTrayController final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countText_fitsTheSize_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << 0 << 22 << QString();
        QTest::newRow("one") << 1 << 16 << QStringLiteral("1");
        QTest::newRow("nine at 16") << 9 << 16 << QStringLiteral("9");
        QTest::newRow("ten at 16: two digits do not fit") << 10 << 16 << QStringLiteral("9+");
        QTest::newRow("ten at 22") << 10 << 22 << QStringLiteral("10");
        QTest::newRow("99 at 24") << 99 << 24 << QStringLiteral("99");
        QTest::newRow("100 at 24") << 100 << 24 << QStringLiteral("99+");
        QTest::newRow("thousands at 64") << 4321 << 64 << QStringLiteral("99+");
    }

    void countText_fitsTheSize()
    {
        QFETCH(int, count);
        QFETCH(int, size);
        QFETCH(QString, text);
        QCOMPARE(TrayIconArt::countText(count, size), text);
    }

    void icon_eachStateLooksItsOwnAtEverySize()
    {
        for (const int size : {16, 22, 24, 32, 64}) {
            const QImage idle = TrayIconArt::image(State::Idle, 0, size);
            const QImage unread = TrayIconArt::image(State::Unread, 7, size);
            const QImage problem = TrayIconArt::image(State::Problem, 0, size);
            const QImage offline = TrayIconArt::image(State::Offline, 0, size);
            QCOMPARE(idle.size(), QSize(size, size));
            const QRect topRight(size / 2, 0, size / 2, size / 3);
            const QRect bottomRight(size * 2 / 3, size * 2 / 3, size / 3, size / 3);
            const QRect left(0, size / 3, size / 5, size / 3);
            const QByteArray at = QByteArray::number(size) + " px";
            // The mark is coral; the count a white badge at the top right, its digits red; a
            // problem an amber badge at the bottom right; offline grey.
            QVERIFY2(shareOf(idle, left, coral) > 0.3, at);
            // (Close colours only: the disc's edge blends coral into its deep rim, which a loose
            // match would take for the digits' red.)
            QVERIFY2(shareOf(unread, topRight, Qt::white, 16) > shareOf(idle, topRight, Qt::white, 16) + 0.05, at);
            QVERIFY2(shareOf(unread, topRight, countRed, 16) > 0.05, at);
            QVERIFY2(shareOf(idle, topRight, countRed, 16) < 0.01, at);
            QVERIFY2(shareOf(problem, bottomRight, amber) > 0.3, at);
            QVERIFY2(shareOf(problem, topRight, countRed, 16) < 0.01, at);
            QVERIFY2(shareOf(offline, left, grey) > 0.3, at);
            QVERIFY2(shareOf(offline, left, coral) < 0.05, at);
        }
        QVERIFY(TrayIconArt::image(State::Unread, 3, 22) != TrayIconArt::image(State::Unread, 4, 22));
        QCOMPARE(TrayIconArt::icon(State::Idle).availableSizes().size(), 8);
    }

    void icon_isTheShippedTrayArtwork_atEverySizeAPanelAsksFor()
    {
        // Idle is the tray variant as rendered from its SVG at build time, embedded: no drawing
        // of its own, and no SVG plugin needed to show it.
        for (const int size : {16, 20, 22, 24, 32, 48, 64, 128}) {
            const QImage shipped(QStringLiteral(":/asanafeed/icons/tray/tray-%1.png").arg(size));
            QCOMPARE(shipped.size(), QSize(size, size));
            QCOMPARE(TrayIconArt::image(State::Idle, 0, size),
                     shipped.convertToFormat(QImage::Format_ARGB32_Premultiplied));
        }
        // A size in between is the next larger one, scaled down.
        QCOMPARE(TrayIconArt::image(State::Idle, 0, 40).size(), QSize(40, 40));
        QVERIFY(shareOf(TrayIconArt::image(State::Idle, 0, 40), QRect(0, 14, 8, 12), coral) > 0.3);
    }

    void icon_idleAndOffline_standOutOnLightAndDarkPanels()
    {
        // Grey for offline must not mean invisible: the greyed mark keeps the contrast a graphic
        // needs (3:1) on both kinds of panel, as the coloured one does.
        for (const int size : {16, 22, 24, 32}) {
            for (const State state : {State::Idle, State::Offline}) {
                const QImage icon = TrayIconArt::image(state, 0, size);
                for (const QColor& panel : {lightPanel, darkPanel}) {
                    const double share = IconContrast::shareStandingOut(icon, panel);
                    QVERIFY2(share > 0.6, qPrintable(QStringLiteral("%1 px, state %2, on %3: %4")
                                                         .arg(size)
                                                         .arg(int(state))
                                                         .arg(panel.name())
                                                         .arg(share)));
                }
            }
        }
    }

    void appIcon_isTheShippedArtwork_fromSmallToLarge()
    {
        // The windows, the dialogs and the about box show the app's icon (the full-colour mark,
        // not the tray variant), from the PNGs rendered at build time.
        const QIcon icon = TrayIconArt::appIcon();
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), QByteArray::number(size));
        }
        const QImage shipped(QStringLiteral(":/asanafeed/icons/hicolor/48x48/apps/io.github.asana_feed.AsanaFeed.png"));
        QVERIFY(!shipped.isNull());
        QCOMPARE(icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32),
                 shipped.convertToFormat(QImage::Format_ARGB32));
        QVERIFY(TrayIconArt::image(State::Idle, 0, 48) != shipped.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }

    void state_followsCountProblemAndOffline()
    {
        Fixture f;
        QCOMPARE(f.tray->state(), State::Idle);
        f.tray->setUnreadCount(3);
        QCOMPARE(f.tray->state(), State::Unread);
        QVERIFY(f.tray->toolTip().contains(QStringLiteral("3 unread")));
        f.tray->setProblem(TrayController::Problem::Offline, QStringLiteral("Asana cannot be reached."));
        QCOMPARE(f.tray->state(), State::Offline);
        QVERIFY(f.tray->toolTip().contains(QStringLiteral("Asana cannot be reached.")));
        f.tray->setProblem(TrayController::Problem::Error, QStringLiteral("Sign in again to go on."));
        QCOMPARE(f.tray->state(), State::Problem);
        f.tray->setProblem(TrayController::Problem::None, {});
        QCOMPARE(f.tray->state(), State::Unread);
        f.tray->setUnreadCount(0);
        QCOMPARE(f.tray->state(), State::Idle);
        QVERIFY(f.tray->toolTip().contains(QStringLiteral("All caught up")));
    }

    void toolTip_listsNewestUnread_asPlainText()
    {
        Fixture f;
        f.feed.addStandard();
        f.tray->setUnreadCount(f.feed.model()->unreadCount());
        const QString tip = f.tray->toolTip();
        const QStringList lines = tip.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Asana Feed"));
        QCOMPARE(lines.value(1), QStringLiteral("4 unread"));
        // The newest first, three of them; the name that looks like HTML is only characters.
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.value(2).contains(QStringLiteral("<img src=x onerror=alert(1)>")), qPrintable(tip));
        QVERIFY(lines.value(3).contains(QStringLiteral("Launch plan")));
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
        QVERIFY(f.tray->trayIcon()->toolTip().contains(QStringLiteral("&lt;img")));
        QVERIFY(!f.tray->trayIcon()->toolTip().contains(QStringLiteral("<img")));
#endif
        // Read events leave the tooltip.
        f.feed.model()->markAllRead();
        QCOMPARE(f.tray->toolTip().split(QLatin1Char('\n')).size(), 2);
    }

    void popup_listsNewestRows_readAndDoneAndOpen()
    {
        Fixture f;
        f.feed.addStandard();
        QList<QUrl> opened;
        f.tray->setUrlOpener([&opened](const QUrl& url) { opened.append(url); });
        f.tray->setUnreadCount(f.feed.model()->unreadCount());
        f.tray->popup()->popupAt(QRect(600, 0, 22, 22));
        TrayPopup* popup = f.tray->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->shownRows(), 4);
        QVERIFY(popup->emptyText().isEmpty());
        QCOMPARE(popup->shownIndex(0).data(SentenceRole).toString(),
                 f.feed.model()->index(0).data(SentenceRole).toString());
        // The HTML-looking name is shown as text.
        const QList<QLabel*> labels = popup->rowWidget(0)->findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
            return label->textFormat() == Qt::PlainText && label->text().contains(QStringLiteral("<img src=x"));
        }));

        // Read: the row in the feed is read.
        QVERIFY(f.feed.model()->index(0).data(UnreadRole).toBool());
        popup->readButton(0)->click();
        QVERIFY(!f.feed.model()->index(0).data(UnreadRole).toBool());
        QCOMPARE(f.feed.model()->unreadCount(), 3);
        // Done: the row is done in the feed, and leaves the list.
        QTRY_VERIFY(popup->doneButton(1));
        const qint64 doneId = popup->shownIndex(1).data(EventIdRole).toLongLong();
        popup->doneButton(1)->click();
        QVERIFY(f.feed.model()->index(1).data(DoneRole).toBool());
        QCOMPARE(f.feed.model()->index(1).data(EventIdRole).toLongLong(), doneId);
        QTRY_COMPARE(popup->shownRows(), 3);
        QVERIFY(popup->shownIndex(1).data(EventIdRole).toLongLong() != doneId);

        // A click on a row whose link leads nowhere (the demo): the feed shows it instead.
        f.tray->setLinksOpen(false);
        QSignalSpy show(f.tray.get(), &TrayController::showEventRequested);
        const qint64 clickedId = popup->shownIndex(2).data(EventIdRole).toLongLong();
        QTest::mouseClick(popup->rowWidget(2), Qt::LeftButton);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.at(0).at(0).toLongLong(), clickedId);
        QVERIFY(!popup->isVisible());
        QVERIFY(opened.isEmpty());
    }

    void popup_rowWithALink_opensInAsana_andIsRead()
    {
        Fixture f;
        Event event = GuiTestData::completed(5, QStringLiteral("Dana Ruiz"), QStringLiteral("11"),
                                             QStringLiteral("Fix login redirect"), QStringLiteral("2001"));
        f.feed.add({event});
        QList<QUrl> opened;
        f.tray->setUrlOpener([&opened](const QUrl& url) { opened.append(url); });
        f.tray->popup()->popupAt(QRect(600, 0, 22, 22));
        QTRY_COMPARE(f.tray->popup()->shownRows(), 1);
        const QUrl url = f.feed.model()->index(0).data(UrlRole).toUrl();
        QVERIFY(EventModel::isOpenableUrl(url));
        QSignalSpy show(f.tray.get(), &TrayController::showEventRequested);
        QTest::keyClick(f.tray->popup()->rowWidget(0), Qt::Key_Return);
        QCOMPARE(opened, QList<QUrl>{url});
        QVERIFY(!f.feed.model()->index(0).data(UnreadRole).toBool());
        QVERIFY(!f.feed.model()->index(0).data(DoneRole).toBool());
        QCOMPARE(show.count(), 0);
        // Done on open, when chosen: as in the feed.
        f.settings->setDoneOnOpen(true);
        f.tray->popup()->popupAt(QRect(600, 0, 22, 22));
        QTRY_COMPARE(f.tray->popup()->shownRows(), 1);
        QTest::keyClick(f.tray->popup()->rowWidget(0), Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
        QVERIFY(f.feed.model()->index(0).data(DoneRole).toBool());
        f.feed.model()->setDone(0, false);
        f.settings->setDoneOnOpen(false);
        // The demo's links lead nowhere: the feed shows the row instead.
        f.tray->setLinksOpen(false);
        f.tray->popup()->popupAt(QRect(600, 0, 22, 22));
        QTRY_COMPARE(f.tray->popup()->shownRows(), 1);
        QTest::mouseClick(f.tray->popup()->rowWidget(0), Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(show.count(), 1);
    }

    void popup_empty_saysSo_andHidesGaps()
    {
        Fixture f;
        f.tray->popup()->popupAt({});
        QTRY_VERIFY(f.tray->popup()->isVisible());
        QCOMPARE(f.tray->popup()->shownRows(), 0);
        QCOMPARE(f.tray->popup()->emptyText(), QStringLiteral("Nothing yet: new activity shows up here."));
        QVERIFY(!f.tray->popup()->markAllReadButton()->isEnabled());
        f.feed.model()->addGap(GuiTestData::subscription(), QDateTime::currentDateTimeUtc().addSecs(-3600),
                               QDateTime::currentDateTimeUtc());
        QTRY_VERIFY(f.tray->popup()->emptyText() == QStringLiteral("Nothing new."));
        QCOMPARE(f.tray->popup()->shownRows(), 0);
        // Buttons: open the feed (and close), mark all read.
        f.tray->setUnreadCount(2);
        QVERIFY(f.tray->popup()->markAllReadButton()->isEnabled());
        QSignalSpy open(f.tray.get(), &TrayController::openFeedRequested);
        QSignalSpy markAll(f.tray.get(), &TrayController::markAllReadRequested);
        f.tray->popup()->markAllReadButton()->click();
        QCOMPARE(markAll.count(), 1);
        f.tray->popup()->openFeedButton()->click();
        QCOMPARE(open.count(), 1);
        QVERIFY(!f.tray->popup()->isVisible());
    }

    void popup_placement_staysOnScreen_nextToTheIcon_data()
    {
        QTest::addColumn<QRect>("anchor");
        QTest::addColumn<QPoint>("expected");
        // A 1920×1080 screen whose panel (28 px) is at the top; the icon near the right end.
        QTest::newRow("top panel, right") << QRect(1850, 3, 22, 22) << QPoint(1920 - 6 - 380, 28 + 6);
        QTest::newRow("top panel, left") << QRect(10, 3, 22, 22) << QPoint(6, 28 + 6);
        QTest::newRow("bottom panel") << QRect(1700, 1052 + 3, 22, 22) << QPoint(1710 - 190, 1051 - 6 - 300 + 1);
    }

    void popup_placement_staysOnScreen_nextToTheIcon()
    {
        QFETCH(QRect, anchor);
        QFETCH(QPoint, expected);
        const QRect topPanelScreen(0, 28, 1920, 1080 - 28);
        const QRect bottomPanelScreen(0, 0, 1920, 1052);
        const QRect available = anchor.top() < 28 ? topPanelScreen : bottomPanelScreen;
        const QPoint at = TrayPopup::placement(anchor, QSize(380, 300), available);
        QVERIFY(available.contains(QRect(at, QSize(380, 300))));
        QCOMPARE(at.y(), expected.y());
        QCOMPARE(at.x(), expected.x());
    }

    void menu_pausesNotifications_resumes_andAsksForTheRest()
    {
        Fixture f;
        const QDateTime now(QDate(2026, 12, 1), QTime(15, 20), Qt::LocalTime);
        f.tray->setClock([now] { return now; });
        QVERIFY(!f.tray->resumeAction()->isVisible());
        f.tray->pauseAction(0)->trigger();
        QCOMPARE(f.settings->notificationsPausedUntil(), now.addSecs(3600).toUTC());
        QVERIFY(f.tray->resumeAction()->isVisible());
        QVERIFY(f.tray->toolTip().contains(QStringLiteral("Notifications paused")));
        f.tray->resumeAction()->trigger();
        QVERIFY(!f.settings->notificationsPausedUntil().isValid());
        QVERIFY(!f.tray->resumeAction()->isVisible());
        f.tray->pauseAction(1)->trigger();
        QCOMPARE(f.settings->notificationsPausedUntil(),
                 QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::LocalTime).toUTC());
        f.tray->pauseAction(2)->trigger();
        QVERIFY(f.settings->notificationsPausedUntilResumed());
        QVERIFY(f.tray->resumeAction()->text().contains(QStringLiteral("Paused")));
        // A pause set elsewhere (the settings dialog) shows here too.
        f.settings->setNotificationsPausedUntil({});
        QVERIFY(!f.tray->resumeAction()->isVisible());

        // The rest are asked for: the owner decides.
        QSignalSpy settings(f.tray.get(), &TrayController::settingsRequested);
        QSignalSpy quit(f.tray.get(), &TrayController::quitRequested);
        QSignalSpy signOut(f.tray.get(), &TrayController::signOutRequested);
        const auto trigger = [&f](const QString& text) {
            for (QAction* action : f.tray->menu()->actions()) {
                if (action->text() == text) {
                    action->trigger();
                    return true;
                }
            }
            return false;
        };
        QVERIFY(trigger(QStringLiteral("Settings…")));
        QVERIFY(trigger(QStringLiteral("Quit Asana Feed")));
        QCOMPARE(settings.count(), 1);
        QCOMPARE(quit.count(), 1);
        // Sign Out… only when someone is signed in.
        QVERIFY(!f.tray->signOutAction()->isVisible());
        f.tray->setSignedIn(true);
        QVERIFY(f.tray->signOutAction()->isVisible());
        QVERIFY(trigger(QStringLiteral("Sign Out…")));
        QCOMPARE(signOut.count(), 1);
        // The drop-down's "More" holds the same commands.
        QVERIFY(f.tray->popup()->moreButton()->menu()->actions().contains(f.tray->signOutAction()));
    }

    void window_closesToTheTray_andSaysWhatNeedsAttention()
    {
        GuiTestData::Feed feed;
        EventFilterModel proxy;
        proxy.setSourceModel(feed.model());
        MainWindow window(feed.model(), &proxy);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy toTray(&window, &MainWindow::closedToTray);
        // Without a tray, closing closes.
        window.close();
        QCOMPARE(toTray.count(), 0);
        window.show();
        window.setCloseToTray(true);
        window.close();
        QCOMPARE(toTray.count(), 1);
        QVERIFY(window.isHidden());

        QSignalSpy attention(&window, &MainWindow::attentionChanged);
        QCOMPARE(window.attention(), MainWindow::Attention::None);
        window.showNotice(QStringLiteral("Sign in again to go on."), QStringLiteral("Sign In…"));
        QCOMPARE(window.attention(), MainWindow::Attention::Problem);
        QCOMPARE(window.attentionText(), QStringLiteral("Sign in again to go on."));
        QVERIFY(attention.count() >= 1);
        window.showNotice({});
        QCOMPARE(window.attention(), MainWindow::Attention::None);
        // An informing notice (no action) is not a problem for the tray.
        window.showNotice(QStringLiteral("No keychain: the sign-in lasts until you quit."));
        QCOMPARE(window.attention(), MainWindow::Attention::None);
        // The menu bar has Quit, asking the owner.
        QSignalSpy quit(&window, &MainWindow::quitRequested);
        window.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
        QCOMPARE(window.quitAction()->menuRole(), QAction::QuitRole);
    }

private:
    struct Fixture
    {
        GuiTestData::Feed feed;
        QTemporaryDir dir;
        std::unique_ptr<QSettings> backend;
        std::unique_ptr<Settings> settings;
        EventFilterModel rows;
        std::unique_ptr<QAbstractItemModelTester> tester;
        std::unique_ptr<TrayController> tray;

        Fixture()
        {
            backend = std::make_unique<QSettings>(dir.filePath(QStringLiteral("tray.ini")), QSettings::IniFormat);
            settings = std::make_unique<Settings>(backend.get());
            rows.setSourceModel(feed.model());
            tester = std::make_unique<QAbstractItemModelTester>(&rows,
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
            tray = std::make_unique<TrayController>(&rows, settings.get());
        }
    };
};

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
