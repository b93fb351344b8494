// MainWindow with its FilterBar and FeedView: searching narrows the feed, the keyboard moves,
// opens (URL captured, never launched) and toggles read; empty states say what to do; the feed
// holds still while events arrive above; a row's context menu; hidden projects and people; one
// banner for what is wrong, in words.
#include "FeedView.h"
#include "FilterBar.h"
#include "GuiTestData.h"
#include "MainWindow.h"
#include "NewEventsPill.h"
#include "feed/EventFilterModel.h"
#include "feed/EventRoles.h"
#include "store/Settings.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWidgetAction>

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

// `count` events, `secondsApart` seconds apart, the newest `newestSecondsAgo` before the feed's
// anchor moment, oldest first (as Asana pages them); people take turns.
QList<Event> eventsBefore(int newestSecondsAgo, int count, int firstTask, int secondsApart = 10)
{
    static const QStringList people{QStringLiteral("Dana Ruiz"), QStringLiteral("Sam Lee"),
                                    QStringLiteral("Priya Shah")};
    QList<Event> events;
    for (int i = count - 1; i >= 0; --i) {
        const int task = firstTask + i;
        const QString when =
            GuiTestData::anchor().toUTC().addSecs(-newestSecondsAgo - i * secondsApart).toString(Qt::ISODateWithMs);
        events.append(FeedTestData::completedAt(when, people.at(task % 3), QString::number(11 + task % 3),
                                                QStringLiteral("Task %1").arg(task), QString::number(5000 + task)));
    }
    return events;
}

// An entry's text without the key a menu shows beside it (after a tab).
QString entryText(const QAction* action)
{
    return action->text().section(QLatin1Char('\t'), 0, 0);
}

QAction* actionNamed(const QWidget* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (entryText(action).remove(QLatin1Char('&')) == QString(text).remove(QLatin1Char('&'))) {
            return action;
        }
    }
    return nullptr;
}

QStringList actionTexts(const QWidget* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator()) {
            texts.append(entryText(action));
        }
    }
    return texts;
}

QPushButton* buttonNamed(const QWidget* window, const QString& text)
{
    for (QPushButton* button : window->findChildren<QPushButton*>()) {
        if (button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

QStringList shownResources(const QAbstractItemModel& model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        names.append(model.index(row, 0).data(ResourceNameRole).toString());
    }
    return names;
}

// Right-clicks the row: the view opens its context menu.
QMenu* openContextMenu(FeedView* view, const QModelIndex& index)
{
    const QPoint at = view->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    return view->contextMenu();
}

QToolButton* dismissButton(const MainWindow* window)
{
    for (QToolButton* button : window->findChildren<QToolButton*>()) {
        if (button->accessibleName() == QStringLiteral("Dismiss the notice")) {
            return button;
        }
    }
    return nullptr;
}

ApiError networkError()
{
    ApiError error;
    error.kind = ApiError::Kind::ConnectionRefused;
    return error;
}

ApiError httpError(int status, const QString& message)
{
    ApiError error;
    error.status = status;
    error.messages = {message};
    return error;
}

// What a tooltip shows on screen: Qt renders it as rich text when it looks like rich text.
QString shownToolTip(const QString& toolTip)
{
    if (!Qt::mightBeRichText(toolTip)) {
        return toolTip;
    }
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void revealEvent_loadsOlderPages_widensTheFilter_andSelectsIt()
    {
        Window w;
        // The feed as a start reads it: the newest page of a long history (the model testers
        // would read it all).
        w.sourceTester.reset();
        w.proxyTester.reset();
        const auto kept =
            w.feed.store()->commitPage(GuiTestData::subscription(), eventsBefore(20000, 1, 900), QStringLiteral("old"));
        QVERIFY(kept);
        const qint64 old = kept->newIds.constFirst();
        QVERIFY(
            w.feed.store()->commitPage(GuiTestData::subscription(), eventsBefore(60, 300, 0), QStringLiteral("new")));
        w.feed.model()->setPageSize(20);
        w.feed.model()->reload();
        QVERIFY(w.feed.model()->rowCount() < 301);
        w.window->filterBar()->setFilter([] {
            FilterState filter;
            filter.text = QStringLiteral("Task 3");
            filter.excludedPeople = {QStringLiteral("99")}; // hidden by the person: stays hidden
            return filter;
        }());

        QVERIFY(w.window->revealEvent(old));
        const QModelIndex current = w.view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(EventIdRole).toLongLong(), old);
        QVERIFY(w.view()->selectionModel()->isSelected(current));
        QVERIFY(w.view()->viewport()->rect().intersects(w.view()->visualRect(current))); // scrolled to
        QVERIFY(w.window->filterBar()->filter().text.isEmpty());
        QCOMPARE(w.window->filterBar()->filter().excludedPeople, QSet<QString>{QStringLiteral("99")});

        // An event the feed has no row for.
        QVERIFY(!w.window->revealEvent(old + 100000));
        QCOMPARE(w.window->statusBar()->currentMessage(), QStringLiteral("That event is no longer in the feed."));
    }

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
        QPushButton* clear = nullptr;
        for (QPushButton* button : w.window->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Clear filters")) {
                clear = button;
            }
        }
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
        w.window->setSubscriptionState(QStringLiteral("1"), SubscriptionState::Live, {}, QString());
        const QDateTime until = QDateTime::currentDateTime().addSecs(120);
        w.window->setSubscriptionState(QStringLiteral("2"), SubscriptionState::Backoff, until, QString());
        QVERIFY2(w.window->statusText().contains(QStringLiteral("Website: live")), qPrintable(w.window->statusText()));
        QVERIFY2(w.window->statusText().contains(QStringLiteral("Mobile: backing off until ")),
                 qPrintable(w.window->statusText()));
        w.window->setSubscriptionState(QStringLiteral("2"), SubscriptionState::Failed, {}, QStringLiteral("Not Found"));
        QVERIFY(w.window->statusText().contains(QStringLiteral("Mobile: failed: Not Found")));
        w.window->noteUpdate(QDateTime::currentDateTimeUtc().addSecs(-12));
        QVERIFY2(w.window->statusText().contains(QStringLiteral("last update 12 s ago")),
                 qPrintable(w.window->statusText()));
        QCOMPARE(FeedHealth::stateText(SubscriptionState::RateLimited, {}, {}), QStringLiteral("rate-limited"));
    }

    void namesFromAsana_areShownAsPlainText()
    {
        // Names are anyone's to choose: markup and ampersands in them are shown, never obeyed.
        Window w;
        const QString project = QStringLiteral("<b>Launch</b> <img src=\"x\"> & <a href=\"https://evil\">plan</a>");
        w.window->setSubscriptionNames({{QStringLiteral("1"), project}, {QStringLiteral("2"), QStringLiteral("Q&A")}});
        w.window->setSubscriptionState(QStringLiteral("1"), SubscriptionState::Live, {}, QString());
        w.window->setSubscriptionState(QStringLiteral("2"), SubscriptionState::Failed, {},
                                       QStringLiteral("<i>Forbidden</i>"));
        QString statusTip;
        for (const QLabel* label : w.window->findChildren<QLabel*>()) {
            if (label->text().contains(QStringLiteral("Q&A"))) {
                statusTip = shownToolTip(label->toolTip());
            }
        }
        QVERIFY2(statusTip.contains(project + QStringLiteral(": live")), qPrintable(statusTip));
        QVERIFY2(statusTip.contains(QStringLiteral("Q&A: failed: <i>Forbidden</i>")), qPrintable(statusTip));

        AccountInfo account;
        account.gid = QStringLiteral("42");
        account.name = QStringLiteral("<b>Ada</b> & Co");
        account.workspaces = {{QStringLiteral("1"), QStringLiteral("R&D")}, {QStringLiteral("2"), project}};
        w.window->setAccount(account, MainWindow::AccountState::SignedIn);
        QCOMPARE(shownToolTip(w.window->accountButton()->toolTip()), QStringLiteral("Signed in as <b>Ada</b> & Co"));
        w.window->accountMenu()->popup(QPoint(0, 0));
        QStringList shown;
        for (QAction* action : w.window->accountMenu()->actions()) {
            shown.append(QString(action->text()).replace(QStringLiteral("&&"), QStringLiteral("&")));
            if (!action->text().isEmpty() && action->text() != QStringLiteral("Sign out…")) {
                // An '&' that is not doubled would be a shortcut marker, and vanish.
                QVERIFY2(!QString(action->text()).remove(QStringLiteral("&&")).contains(QLatin1Char('&')),
                         qPrintable(action->text()));
            }
        }
        QVERIFY2(shown.contains(QStringLiteral("R&D")) && shown.contains(project), qPrintable(shown.join(u'|')));
        w.window->accountMenu()->hide();
        w.window->askSignOut();
        QCOMPARE(w.window->signOutQuestion()->textFormat(), Qt::PlainText);
        w.window->signOutQuestion()->button(QMessageBox::Cancel)->click();
    }

    void demo_hasItsTitleAndBadge()
    {
        Window w;
        QCOMPARE(w.window->windowTitle(), QStringLiteral("Asana Feed"));
        w.window->setDemo(true);
        QCOMPARE(w.window->windowTitle(), QStringLiteral("Asana Feed — Demo"));
        QVERIFY(w.window->demoBadge()->isVisible());
    }

    void about_saysTheVersion_whatItDoes_theHomepage_andQt()
    {
        const QString before = QCoreApplication::applicationVersion();
        const auto restore = qScopeGuard([before] { QCoreApplication::setApplicationVersion(before); });
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        Window w;
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        w.window->aboutAction()->trigger(); // returns when the box is closed
        QTextDocument document;
        document.setHtml(shown);
        const QString text = document.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Asana Feed 9.8.7")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("live feed")), qPrintable(text));
        QVERIFY2(shown.contains(QStringLiteral("<a href=\"https://github.com/asana-feed/asana-feed\">")),
                 qPrintable(shown));
        QVERIFY2(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(text));
    }

    void accountMenu_saysWhoIsSignedIn_andWhatCanBeDone()
    {
        Window w;
        QVERIFY(w.window->accountButton()->isVisible());
        QCOMPARE(shownToolTip(w.window->accountButton()->toolTip()), QStringLiteral("Not signed in"));
        QSignalSpy signIn(w.window.get(), &MainWindow::signInRequested);
        w.window->accountMenu()->popup(QPoint(0, 0)); // aboutToShow builds the menu
        QStringList texts;
        for (QAction* action : w.window->accountMenu()->actions()) {
            texts.append(action->text());
        }
        QCOMPARE(texts, QStringList{QStringLiteral("Sign in…")});
        w.window->accountMenu()->actions().first()->trigger();
        QCOMPARE(signIn.count(), 1);
        w.window->accountMenu()->hide();

        AccountInfo account;
        account.gid = QStringLiteral("42");
        account.name = QStringLiteral("Ada Lovelace");
        account.email = QStringLiteral("ada@example.com");
        account.workspaces = {{QStringLiteral("1"), QStringLiteral("Engines")},
                              {QStringLiteral("2"), QStringLiteral("Looms")}};
        w.window->setAccount(account, MainWindow::AccountState::SignedIn);
        QCOMPARE(shownToolTip(w.window->accountButton()->toolTip()),
                 QStringLiteral("Signed in as Ada Lovelace (ada@example.com)"));
        w.window->accountMenu()->popup(QPoint(0, 0));
        texts.clear();
        QStringList labels;
        for (QAction* action : w.window->accountMenu()->actions()) {
            texts.append(action->text());
            if (auto* widgetAction = qobject_cast<QWidgetAction*>(action)) {
                for (const QLabel* label : widgetAction->defaultWidget()->findChildren<QLabel*>()) {
                    if (!label->text().isEmpty()) {
                        labels.append(label->text());
                    }
                }
            }
        }
        QCOMPARE(labels, (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.com")}));
        QVERIFY2(texts.contains(QStringLiteral("Engines")) && texts.contains(QStringLiteral("Looms")),
                 qPrintable(texts.join(u',')));
        QVERIFY(texts.contains(QStringLiteral("Sign out…")));
        w.window->accountMenu()->hide();

        // Sign out asks about the history, and says which choice was made.
        QSignalSpy signOut(w.window.get(), &MainWindow::signOutRequested);
        for (const bool remove : {false, true}) {
            w.window->askSignOut();
            QMessageBox* question = w.window->signOutQuestion();
            QVERIFY(question);
            QVERIFY(question->isVisible());
            QAbstractButton* choice = nullptr;
            for (QAbstractButton* button : question->buttons()) {
                if (button->text().contains(remove ? QStringLiteral("Remove History")
                                                   : QStringLiteral("Keep History"))) {
                    choice = button;
                }
            }
            QVERIFY(choice);
            choice->click();
            QCOMPARE(signOut.count(), remove ? 2 : 1);
            QCOMPARE(signOut.last().first().toBool(), remove);
            QTRY_VERIFY(!w.window->signOutQuestion());
        }
        // Cancel does nothing.
        w.window->askSignOut();
        w.window->signOutQuestion()->button(QMessageBox::Cancel)->click();
        QCOMPARE(signOut.count(), 2);

        // An expired sign-in: the menu offers to sign in again.
        w.window->setAccount(account, MainWindow::AccountState::NeedsSignIn);
        w.window->accountMenu()->popup(QPoint(0, 0));
        texts.clear();
        for (QAction* action : w.window->accountMenu()->actions()) {
            texts.append(action->text());
        }
        QVERIFY(texts.contains(QStringLiteral("Sign in again…")));
        w.window->accountMenu()->hide();
    }

    void accountButton_showsThePhoto_orInitials()
    {
        Window w;
        AccountInfo account;
        account.gid = QStringLiteral("42");
        account.name = QStringLiteral("Ada Lovelace");
        w.window->setAccount(account, MainWindow::AccountState::SignedIn);
        const QSize size = w.window->accountButton()->iconSize();
        const QImage initials = w.window->accountButton()->icon().pixmap(size).toImage();
        QVERIFY(!initials.isNull());
        QVERIFY(!w.window->hasAccountPhoto());

        QImage photo(64, 64, QImage::Format_RGB32);
        photo.fill(QColor(0x10, 0xc0, 0x20));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "PNG"));
        w.window->setAccountPhoto(png);
        QVERIFY(w.window->hasAccountPhoto());
        const QImage shown = w.window->accountButton()->icon().pixmap(size).toImage();
        const QColor centre = shown.pixelColor(shown.width() / 2, shown.height() / 2);
        QCOMPARE(centre.green(), 0xc0);
        QCOMPARE(shown.pixelColor(0, 0).alpha(), 0); // round: the corners are see-through

        w.window->setAccountPhoto("not an image");
        QVERIFY(!w.window->hasAccountPhoto());
    }

    void notice_showsAboveTheFeed_withItsAction()
    {
        Window w;
        QVERIFY(w.window->noticeText().isEmpty());
        QSignalSpy action(w.window.get(), &MainWindow::noticeActionTriggered);
        w.window->showNotice(QStringLiteral("The sign-in has expired."), QStringLiteral("Sign In Again…"));
        QCOMPARE(w.window->noticeText(), QStringLiteral("The sign-in has expired."));
        QVERIFY(w.window->noticeButton()->isVisible());
        w.window->noticeButton()->click();
        QCOMPARE(action.count(), 1);
        w.window->showNotice({});
        QVERIFY(w.window->noticeText().isEmpty());

        QSignalSpy empty(w.window.get(), &MainWindow::emptyActionTriggered);
        w.window->setEmptyAction(QStringLiteral("Sign In…"));
        QVERIFY(w.window->emptyActionButton()->isVisible());
        w.window->emptyActionButton()->click();
        QCOMPARE(empty.count(), 1);
        w.feed.addStandard();
        QVERIFY(!w.window->emptyActionButton()->isVisible());
    }

    void newEventsAbove_keepTheRowBeingRead_inPlace_andAreCounted()
    {
        Window w;
        w.feed.add(eventsBefore(3000, 60, 0));
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        FeedView* view = w.view();
        QScrollBar* bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > view->viewport()->height()); // laid out, and longer than the window
        bar->setValue(bar->maximum() / 2);                        // the person reads further down
        QVERIFY(!view->isAtTop());

        const QPoint probe(view->viewport()->width() / 2, view->viewport()->height() / 2);
        const QPersistentModelIndex reading(view->indexAt(probe));
        QVERIFY(reading.isValid());
        const qint64 readingId = reading.data(EventIdRole).toLongLong();
        const QRect readingRect = view->visualRect(reading);
        const QPersistentModelIndex topRow(view->indexAt(QPoint(probe.x(), 0)));
        const int topRowBottom = view->visualRect(topRow).bottom();
        QVERIFY(!view->newEventsPill()->isVisible());

        // 100 newer events arrive in pages of 10 (the first one changes the day header's row).
        for (int page = 0; page < 10; ++page) {
            w.feed.add(eventsBefore(2000 - page * 100, 10, 100 + page * 10));
            QCOMPARE(w.proxy.rowCount(), 60 + (page + 1) * 10);
            QCOMPARE(view->visualRect(reading), readingRect); // same event, same place
            QCOMPARE(view->indexAt(probe).data(EventIdRole).toLongLong(), readingId);
            QCOMPARE(view->visualRect(topRow).bottom(), topRowBottom);
            QVERIFY(view->newEventsPill()->isVisible());
            QCOMPARE(view->newEventsPill()->text(), QStringLiteral("%1 new").arg((page + 1) * 10));
        }
        QVERIFY(view->newEventsPill()->geometry().top() >= view->viewport()->geometry().top());

        // The pill goes up to them, and goes.
        QTest::mouseClick(view->newEventsPill(), Qt::LeftButton);
        QTRY_VERIFY(view->isAtTop());
        QVERIFY(!view->newEventsPill()->isVisible());
        const QModelIndex first = view->indexAt(QPoint(probe.x(), 1));
        QCOMPARE(first.row(), 0);
        QCOMPARE(first.data(ResourceNameRole).toString(), QStringLiteral("Task 190")); // the newest

        // Scrolled down again: the count starts over; scrolling up by hand takes the pill away too.
        bar->setValue(bar->maximum() / 2);
        w.feed.add(eventsBefore(900, 3, 300));
        QCOMPARE(view->newEventsPill()->text(), QStringLiteral("3 new"));
        QTest::keyClick(view, Qt::Key_Home);
        QTRY_VERIFY(view->isAtTop());
        QVERIFY(!view->newEventsPill()->isVisible());
    }

    void atTheTop_newEventsSimplyAppear()
    {
        Window w;
        w.feed.add(eventsBefore(3000, 30, 0));
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        FeedView* view = w.view();
        QVERIFY(view->isAtTop());
        w.feed.add(eventsBefore(1000, 5, 100));
        QTRY_VERIFY(view->indexAt(QPoint(view->viewport()->width() / 2, 1)).isValid());
        QVERIFY(view->isAtTop());
        QCOMPARE(view->indexAt(QPoint(view->viewport()->width() / 2, 1)).data(ResourceNameRole).toString(),
                 QStringLiteral("Task 100"));
        QVERIFY(!view->newEventsPill()->isVisible());
    }

    void commentRows_showTheCommentAsPlainText_andSayWhichRowsAreShown()
    {
        Window w;
        w.feed.add(
            {FeedTestData::commented(0, QStringLiteral("Dana Ruiz"), QStringLiteral("11"),
                                     QStringLiteral("Launch plan"), QStringLiteral("2001"), QStringLiteral("4001"))});
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        // The rows on screen are said once things settle: the comment's row is one.
        QSignalSpy shown(w.window.get(), &MainWindow::rowsShown);
        QVERIFY(shown.wait(5000));
        QVERIFY(shown.last().first().value<QList<int>>().contains(0));

        const QModelIndex row = w.proxy.index(0, 0);
        const int before = w.view()->visualRect(row).height();
        const QString text = QStringLiteral("<b>not bold</b> & <a href='x'>no link</a>\nsecond line");
        w.feed.model()->addDetails(
            {{QStringLiteral("4001"), QStringLiteral("story"), QStringLiteral("comment_added"), text, {}, {}}});
        // The row grows to show the comment's lines.
        QTRY_VERIFY(w.view()->visualRect(row).height() > before);

        // Its tooltip is the comment as the characters it is.
        const QRect rect = w.view()->visualRect(row);
        QHelpEvent help(QEvent::ToolTip, rect.center(), w.view()->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(w.view()->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QTextDocument shownTip;
        shownTip.setHtml(QToolTip::text());
        QCOMPARE(shownTip.toPlainText(), text);
        QToolTip::hideText();
    }

    void contextMenu_actsOnTheRow()
    {
        Window w;
        w.window->setSubscriptionNames({{GuiTestData::subscription(), QStringLiteral("Marketing Site")}});
        w.feed.addStandard();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QModelIndex row = w.proxy.index(3, 0); // Dana Ruiz completed Fix login redirect
        QCOMPARE(row.data(ActorNameRole).toString(), QStringLiteral("Dana Ruiz"));
        QTRY_VERIFY(w.view()->visualRect(row).isValid());
        QMenu* menu = openContextMenu(w.view(), row);
        QVERIFY(menu);
        QTRY_VERIFY(menu->isVisible());
        QCOMPARE(
            actionTexts(menu),
            (QStringList{QStringLiteral("Open in Asana"), QStringLiteral("Copy link"), QStringLiteral("Mark as Read"),
                         QStringLiteral("Mark as Done"), QStringLiteral("&Mark All Read"),
                         QStringLiteral("Hide events in Marketing Site"), QStringLiteral("Hide events by Dana Ruiz")}));
        // The keys that do the same in the list are shown beside the entries.
        QVERIFY(actionNamed(menu, QStringLiteral("Mark as Read"))->text().endsWith(QStringLiteral("\tSpace")));
        QVERIFY(actionNamed(menu, QStringLiteral("Mark as Done"))->text().endsWith(QStringLiteral("\tE")));
        QCOMPARE(w.view()->currentIndex(), row); // the row it acts on is the current one
        QCOMPARE(actionNamed(menu, QStringLiteral("Mark All Read"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));

        actionNamed(menu, QStringLiteral("Open in Asana"))->trigger();
        QCOMPARE(w.opened, QList<QUrl>{row.data(UrlRole).toUrl()});
        QVERIFY(!row.data(UnreadRole).toBool()); // opened is read
        menu->close();

        menu = openContextMenu(w.view(), row);
        QVERIFY(actionNamed(menu, QStringLiteral("Mark as Unread")));
        actionNamed(menu, QStringLiteral("Mark as Unread"))->trigger();
        QVERIFY(row.data(UnreadRole).toBool());
        actionNamed(menu, QStringLiteral("Copy link"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), row.data(UrlRole).toUrl().toString());
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1String("https://app.asana.com/")));
        menu->close();

        menu = openContextMenu(w.view(), row);
        QCOMPARE(w.feed.model()->unreadCount(), 4);
        actionNamed(menu, QStringLiteral("Mark All Read"))->trigger();
        QCOMPARE(w.feed.model()->unreadCount(), 0);
        QVERIFY(!w.window->markAllReadAction()->isEnabled()); // nothing left to mark
        menu->close();

        // From the keyboard (the menu key): the current row's menu.
        QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, QPoint(0, 0),
                                   w.view()->viewport()->mapToGlobal(QPoint(0, 0)));
        QApplication::sendEvent(w.view()->viewport(), &keyboard);
        QVERIFY(w.view()->contextMenu());
        QVERIFY(actionNamed(w.view()->contextMenu(), QStringLiteral("Hide events by Dana Ruiz")));
        w.view()->contextMenu()->close();
    }

    void markAsDone_fromTheMenuOrE_leavesTheFeed_andTheDoneViewUndoesIt()
    {
        Window w;
        w.feed.addStandard();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        const QStringList all = shownResources(w.proxy);
        QCOMPARE(all.size(), 4);
        const QModelIndex dana = w.proxy.index(3, 0);
        QTRY_VERIFY(w.view()->visualRect(dana).isValid());
        QMenu* menu = openContextMenu(w.view(), dana);
        actionNamed(menu, QStringLiteral("Mark as Done"))->trigger();
        menu->close();
        QCOMPARE(shownResources(w.proxy), all.mid(0, 3));

        // E on the current row: it goes, and the row after it is the current one (like archiving).
        w.view()->setFocus();
        w.view()->setCurrentIndex(w.proxy.index(1, 0));
        QTest::keyClick(w.view(), Qt::Key_E);
        QCOMPARE(shownResources(w.proxy), (QStringList{all.at(0), all.at(2)}));
        QCOMPARE(w.view()->currentIndex().data(ResourceNameRole).toString(), all.at(2));
        QVERIFY(w.view()->selectionModel()->isSelected(w.view()->currentIndex()));
        QVERIFY(w.feed.store()->event(w.feed.model()->rowAt(1).id)->done); // kept

        // The Done view shows them; Not Done brings one back.
        QToolButton* doneView = w.window->filterBar()->doneButton();
        QVERIFY(doneView->isVisible());
        QTest::mouseClick(doneView, Qt::LeftButton);
        QVERIFY(w.proxy.filter().doneOnly);
        QCOMPARE(shownResources(w.proxy), (QStringList{all.at(1), all.at(3)}));
        QTRY_VERIFY(w.view()->visualRect(w.proxy.index(0, 0)).isValid());
        menu = openContextMenu(w.view(), w.proxy.index(0, 0));
        actionNamed(menu, QStringLiteral("Mark as Not Done"))->trigger();
        menu->close();
        QCOMPARE(shownResources(w.proxy), QStringList{all.at(3)});
        w.view()->setFocus();
        w.view()->setCurrentIndex(w.proxy.index(0, 0));
        QTest::keyClick(w.view(), Qt::Key_E);
        QCOMPARE(w.proxy.rowCount(), 0);
        // An empty Done view says what it is for, and leads back.
        QVERIFY(w.window->showsEmptyState());
        QVERIFY2(w.window->emptyStateText().contains(QStringLiteral("Nothing is marked done")),
                 qPrintable(w.window->emptyStateText()));
        QPushButton* back = buttonNamed(w.window.get(), QStringLiteral("Back to the Feed"));
        QVERIFY(back && back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QVERIFY(!doneView->isChecked());
        QCOMPARE(shownResources(w.proxy), all);

        // Everything done: the default view says so (there is no filter to clear).
        QVERIFY(w.feed.model()->setDone(QList<qint64>{w.feed.model()->rowAt(0).id, w.feed.model()->rowAt(1).id,
                                                      w.feed.model()->rowAt(2).id, w.feed.model()->rowAt(3).id},
                                        true));
        QVERIFY(w.window->showsEmptyState());
        QVERIFY2(w.window->emptyStateText().contains(QStringLiteral("All done")),
                 qPrintable(w.window->emptyStateText()));
        QVERIFY(!buttonNamed(w.window.get(), QStringLiteral("Clear filters"))->isVisible());
    }

    void doneOnOpen_marksTheOpenedRowDone()
    {
        Window w;
        w.feed.addStandard();
        w.window->setDoneOnOpen(true);
        w.view()->setFocus();
        const QModelIndex row = w.proxy.index(2, 0);
        const QUrl url = row.data(UrlRole).toUrl();
        const qint64 id = row.data(EventIdRole).toLongLong();
        w.view()->setCurrentIndex(row);
        QTest::keyClick(w.view(), Qt::Key_Return);
        QCOMPARE(w.opened, QList<QUrl>{url});
        QCOMPARE(w.proxy.rowCount(), 3);
        const StoredEvent stored = *w.feed.store()->event(id);
        QVERIFY(stored.done);
        QVERIFY(!stored.unread);

        // Off again: opening only reads.
        w.window->setDoneOnOpen(false);
        w.view()->setCurrentIndex(w.proxy.index(0, 0));
        QTest::keyClick(w.view(), Qt::Key_Return);
        QCOMPARE(w.opened.size(), 2);
        QCOMPARE(w.proxy.rowCount(), 3);
    }

    void doneRowsAbove_leaveWithoutMovingTheRowBeingRead()
    {
        Window w;
        w.feed.add(eventsBefore(3000, 60, 0));
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        FeedView* view = w.view();
        QScrollBar* bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > view->viewport()->height());
        bar->setValue(bar->maximum() / 2);
        const QPoint probe(view->viewport()->width() / 2, view->viewport()->height() / 2);
        const QPersistentModelIndex reading(view->indexAt(probe));
        QVERIFY(reading.isValid());
        const qint64 readingId = reading.data(EventIdRole).toLongLong();
        const QRect readingRect = view->visualRect(reading);
        const QPersistentModelIndex topRow(view->indexAt(QPoint(probe.x(), 0)));
        QVERIFY(topRow.row() > 5);

        // Done elsewhere (the tray): the five newest, far above the screen, then the one cut by its top edge.
        QList<qint64> newest;
        for (int row = 0; row < 5; ++row) {
            newest.append(w.proxy.index(row, 0).data(EventIdRole).toLongLong());
        }
        QVERIFY(w.feed.model()->setDone(newest, true));
        QCOMPARE(w.proxy.rowCount(), 55);
        QCOMPARE(view->indexAt(probe).data(EventIdRole).toLongLong(), readingId);
        QCOMPARE(view->visualRect(reading), readingRect);
        QVERIFY(w.feed.model()->setDone(QList<qint64>{topRow.data(EventIdRole).toLongLong()}, true));
        QCOMPARE(view->indexAt(probe).data(EventIdRole).toLongLong(), readingId);
        QCOMPARE(view->visualRect(reading), readingRect);

        // The row the person acts on goes; the ones below it close up.
        view->setFocus();
        view->setCurrentIndex(reading);
        const QPersistentModelIndex below = w.proxy.index(reading.row() + 1, 0);
        QTest::keyClick(view, Qt::Key_E);
        QCOMPARE(view->visualRect(below).top(), readingRect.top());
    }

    void statusBar_countsWhatTheTrayWill()
    {
        Window w;
        w.feed.addStandard();
        QVERIFY2(w.window->statusText().contains(QStringLiteral("4 unread")), qPrintable(w.window->statusText()));
        w.window->filterBar()->excludePerson(QStringLiteral("11")); // Dana Ruiz
        QCOMPARE(w.feed.model()->badgeCount(), 3);
        QVERIFY2(w.window->statusText().contains(QStringLiteral("3 unread")), qPrintable(w.window->statusText()));
        QVERIFY(w.proxy.setData(w.proxy.index(0, 0), true, DoneRole));
        QVERIFY2(w.window->statusText().contains(QStringLiteral("2 unread")), qPrintable(w.window->statusText()));
        // A narrowing filter is a view, not a hiding: the count stays.
        FilterState filter = w.window->filterBar()->filter();
        filter.text = QStringLiteral("nothing like this");
        w.window->filterBar()->setFilter(filter);
        QVERIFY(w.window->statusText().contains(QStringLiteral("2 unread")));
        // Mark All Read still has the done row to read.
        QVERIFY(w.window->markAllReadAction()->isEnabled());
        w.window->markAllReadAction()->trigger();
        QCOMPARE(w.feed.model()->unreadCount(), 0);
        QVERIFY(!w.window->statusText().contains(QStringLiteral("unread")));
    }

    void seenRows_becomeRead_onlyWhileTheWindowIsActive()
    {
        using namespace std::chrono_literals;
        constexpr auto dwell = 300ms;
        Window w;
        w.feed.add(eventsBefore(3000, 60, 0)); // longer than the window
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTest::qWait(int(dwell.count()) * 2);
        QCOMPARE(w.feed.model()->unreadCount(), 60); // off unless asked for
        w.window->setReadWhenSeen(dwell);
        QVERIFY(w.window->isLooking());
        QTRY_VERIFY(!w.proxy.index(0, 0).data(UnreadRole).toBool());
        const QModelIndexList onScreen = w.view()->rowsOnScreen();
        QVERIFY(onScreen.size() > 2);
        QTRY_COMPARE(w.feed.model()->unreadCount(), 60 - int(onScreen.size()));
        for (const QModelIndex& index : onScreen) {
            QVERIFY(!index.data(UnreadRole).toBool());
        }
        QVERIFY(w.proxy.index(onScreen.constLast().row() + 1, 0).data(UnreadRole).toBool()); // below: not seen

        // Another window is active: what arrives on screen stays unread.
        QWidget other;
        other.resize(200, 100);
        other.show();
        QApplication::setActiveWindow(&other);
        QTRY_VERIFY(!w.window->isLooking());
        w.feed.add(eventsBefore(1000, 1, 100));
        QCOMPARE(w.proxy.index(0, 0).data(ResourceNameRole).toString(), QStringLiteral("Task 100"));
        QTRY_VERIFY(w.view()->rowsOnScreen().contains(w.proxy.index(0, 0)));
        QTest::qWait(int(dwell.count()) * 3); // nothing can come: nobody looks
        QVERIFY(w.proxy.index(0, 0).data(UnreadRole).toBool());

        // Back in front: read after a moment.
        QApplication::setActiveWindow(w.window.get());
        QTRY_VERIFY(w.window->isLooking());
        QTRY_VERIFY(!w.proxy.index(0, 0).data(UnreadRole).toBool());

        // Marked unread again while it stays on screen: it stays unread.
        w.view()->setFocus();
        w.view()->setCurrentIndex(w.proxy.index(0, 0));
        QTest::keyClick(w.view(), Qt::Key_Space);
        QVERIFY(w.proxy.index(0, 0).data(UnreadRole).toBool());
        QTest::qWait(int(dwell.count()) * 3);
        QVERIFY(w.proxy.index(0, 0).data(UnreadRole).toBool());

        // Minimized: nobody looks.
        w.window->showMinimized();
        QTRY_VERIFY(!w.window->isLooking());
    }

    void hidingAProjectOrAPerson_addsAChip_thatBringsThemBack_andIsKeptBetweenRuns()
    {
        QTemporaryDir dir;
        QSettings backend(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        {
            Window w;
            w.window->setSettings(&settings);
            w.window->setSubscriptionNames({{GuiTestData::subscription(), QStringLiteral("Marketing & Sales")}});
            w.feed.addStandard();
            QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
            const QModelIndex dana = w.proxy.index(3, 0);
            QTRY_VERIFY(w.view()->visualRect(dana).isValid());

            QMenu* menu = openContextMenu(w.view(), dana);
            actionNamed(menu, QStringLiteral("Hide events by Dana Ruiz"))->trigger();
            menu->close();
            QCOMPARE(w.proxy.rowCount(), 3);
            QCOMPARE(w.window->filterBar()->filter().excludedPeople, QSet<QString>{QStringLiteral("11")});
            QList<QToolButton*> chips = w.window->filterBar()->exclusionChips();
            QCOMPARE(chips.size(), 1);
            QCOMPARE(chips.first()->text(), QStringLiteral("Not: Dana Ruiz ×"));
            QVERIFY(chips.first()->isVisible());

            // The project: its name is shown as it is written ('&' is not a shortcut marker).
            menu = openContextMenu(w.view(), w.proxy.index(0, 0));
            QAction* hideProject = actionNamed(menu, QStringLiteral("Hide events in Marketing && Sales"));
            QVERIFY2(hideProject, qPrintable(actionTexts(menu).join(u'|')));
            hideProject->trigger();
            menu->close();
            QCOMPARE(w.proxy.rowCount(), 0);
            QVERIFY(w.window->showsEmptyState());
            QVERIFY(w.window->emptyStateText().contains(QStringLiteral("Nothing matches")));
            chips = w.window->filterBar()->exclusionChips();
            QCOMPARE(chips.size(), 2);
            QCOMPARE(chips.first()->text(), QStringLiteral("Not: Marketing && Sales ×"));

            // × brings the project back; Dana stays hidden.
            QTest::mouseClick(chips.first(), Qt::LeftButton);
            QCOMPARE(w.proxy.rowCount(), 3);
            QTRY_COMPARE(w.window->filterBar()->exclusionChips().size(), 1);
            QVERIFY(!w.window->showsEmptyState());
            w.window->close(); // keeps the filter
        }
        {
            Window w;
            w.feed.addStandard();
            w.window->setSettings(&settings);
            QCOMPARE(w.window->filterBar()->filter().excludedPeople, QSet<QString>{QStringLiteral("11")});
            QCOMPARE(w.proxy.rowCount(), 3);
            const QList<QToolButton*> chips = w.window->filterBar()->exclusionChips();
            QCOMPARE(chips.size(), 1);
            QCOMPARE(chips.first()->text(), QStringLiteral("Not: Dana Ruiz ×"));
            // Clear filters shows everything again.
            w.window->filterBar()->clear();
            QCOMPARE(w.proxy.rowCount(), 4);
            QTRY_VERIFY(w.window->filterBar()->exclusionChips().isEmpty());
        }
    }

    void markAllRead_hasAShortcut_andAMenuEntry()
    {
        Window w;
        w.feed.addStandard();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QCOMPARE(w.feed.model()->unreadCount(), 4);
        QVERIFY(w.window->menuBar()->actions().contains(w.window->feedMenu()->menuAction()));
        QAction* entry = actionNamed(w.window->feedMenu(), QStringLiteral("Mark All Read"));
        QVERIFY(entry);
        QCOMPARE(entry, w.window->markAllReadAction());
        QVERIFY(entry->isEnabled());
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.feed.model()->unreadCount(), 0);
        QVERIFY(!w.proxy.index(0, 0).data(UnreadRole).toBool());
        QVERIFY(!entry->isEnabled());
        QVERIFY(!w.window->statusText().contains(QStringLiteral("unread")));

        // The menu entry does the same.
        w.feed.add({GuiTestData::completed(5, QStringLiteral("Sam Lee"), QStringLiteral("12"),
                                           QStringLiteral("New one"), QStringLiteral("2100"))});
        QCOMPARE(w.feed.model()->unreadCount(), 1);
        QVERIFY(entry->isEnabled());
        entry->trigger();
        QCOMPARE(w.feed.model()->unreadCount(), 0);
    }

    void demo_activatingARow_saysItIsADemo_insteadOfOpeningAsana()
    {
        Window w;
        w.window->setDemo(true);
        w.feed.addStandard();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        w.view()->setFocus();
        const QModelIndex row = w.proxy.index(1, 0);
        w.view()->setCurrentIndex(row);
        QTest::keyClick(w.view(), Qt::Key_Return);
        QVERIFY(w.opened.isEmpty());
        QVERIFY2(w.window->statusBar()->currentMessage().contains(QStringLiteral("demo")),
                 qPrintable(w.window->statusBar()->currentMessage()));
        QVERIFY(!row.data(UnreadRole).toBool()); // seen all the same

        QTRY_VERIFY(w.view()->visualRect(row).isValid());
        QTest::mouseDClick(w.view()->viewport(), Qt::LeftButton, {}, w.view()->visualRect(row).center());
        QVERIFY(w.opened.isEmpty());
        QMenu* menu = openContextMenu(w.view(), row);
        QVERIFY(!actionNamed(menu, QStringLiteral("Copy link"))->isEnabled()); // its link leads nowhere
        actionNamed(menu, QStringLiteral("Open in Asana"))->trigger();
        QVERIFY(w.opened.isEmpty());
        menu->close();
    }

    void statusLine_countsFollowedItems_byName_neverByGid()
    {
        Window w;
        const QString website = QStringLiteral("1200000000000201");
        const QString mobile = QStringLiteral("1200000000000202");
        const QString unnamed = QStringLiteral("1200000000000203");
        w.window->setSubscriptionNames({{website, QStringLiteral("Website")}, {mobile, QStringLiteral("Mobile")}});
        for (const QString& gid : {website, mobile, unnamed}) {
            w.window->setSubscriptionState(gid, SubscriptionState::Live, {}, std::optional<ApiError>());
        }
        QVERIFY2(w.window->statusText().startsWith(QStringLiteral("All 3 followed items live")),
                 qPrintable(w.window->statusText()));
        w.window->setSubscriptionState(unnamed, SubscriptionState::Syncing, {}, std::optional<ApiError>());
        QVERIFY2(w.window->statusText().startsWith(QStringLiteral("2 of 3 live   ·   A followed item: syncing")),
                 qPrintable(w.window->statusText()));
        w.window->setSubscriptionState(mobile, SubscriptionState::Failed, {}, httpError(404, QStringLiteral("x")));
        QVERIFY2(w.window->statusText().startsWith(QStringLiteral("1 of 3 live")), qPrintable(w.window->statusText()));
        QVERIFY2(w.window->statusText().contains(QStringLiteral("Mobile: failed: not found")),
                 qPrintable(w.window->statusText()));
        for (const QString& shown : {w.window->statusText(), w.window->noticeText()}) {
            for (const QString& gid : {website, mobile, unnamed}) {
                QVERIFY2(!shown.contains(gid), qPrintable(shown));
            }
            QVERIFY2(!shown.contains(QStringLiteral("HTTP")) && !shown.contains(QStringLiteral("404")),
                     qPrintable(shown));
        }
    }

    void banner_saysTheMostImportantProblem_inWords()
    {
        Window w;
        const QString website = QStringLiteral("1200000000000201");
        const QString mobile = QStringLiteral("1200000000000202");
        const QString launch = QStringLiteral("1200000000000203");
        const QStringList all{website, mobile, launch};
        w.window->setSubscriptionNames({{website, QStringLiteral("Website")},
                                        {mobile, QStringLiteral("Mobile")},
                                        {launch, QStringLiteral("Launch plan")}});
        QSignalSpy retry(w.window.get(), &MainWindow::retryRequested);
        QSignalSpy action(w.window.get(), &MainWindow::noticeActionTriggered);
        const auto setAll = [&](SubscriptionState state, const QDateTime& until, const std::optional<ApiError>& error) {
            for (const QString& gid : all) {
                w.window->setSubscriptionState(gid, state, until, error);
            }
        };
        const auto shortTime = [](const QDateTime& when) {
            return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
        };
        setAll(SubscriptionState::Live, {}, std::nullopt);
        QVERIFY(w.window->noticeText().isEmpty());

        // Network errors on every subscription: offline, and when the feed tries again.
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(90);
        setAll(SubscriptionState::Backoff, soon, networkError());
        QVERIFY2(w.window->noticeText().startsWith(QStringLiteral("Offline: Asana cannot be reached")),
                 qPrintable(w.window->noticeText()));
        QVERIFY(w.window->noticeText().contains(shortTime(soon)));
        QVERIFY(!w.window->noticeButton()->isVisible()); // the feed retries on its own
        // Only some: each one's trouble, by name.
        w.window->setSubscriptionState(website, SubscriptionState::Live, {}, std::nullopt);
        QVERIFY2(w.window->noticeText().startsWith(QStringLiteral("Mobile and one other: Asana cannot be reached. "
                                                                  "The feed tries again at ")),
                 qPrintable(w.window->noticeText()));

        // Rate-limited: until when.
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(600);
        setAll(SubscriptionState::RateLimited, later, httpError(429, QStringLiteral("Too many requests")));
        QVERIFY2(w.window->noticeText().contains(QStringLiteral("fewer requests")), qPrintable(w.window->noticeText()));
        QVERIFY(w.window->noticeText().contains(shortTime(later)));
        QVERIFY(!w.window->noticeButton()->isVisible()); // Retry-After is Asana's to say

        // A failed subscription outranks them all: its name, Asana's reason, and Retry.
        w.window->setSubscriptionState(launch, SubscriptionState::Failed, {},
                                       httpError(404, QStringLiteral("project: Unknown object: ") + launch));
        QCOMPARE(w.window->noticeText(),
                 QStringLiteral("Launch plan cannot be followed: Asana does not know it (it may have been deleted, or "
                                "this account cannot see it). Asana says: “project: Unknown object: Launch plan”"));
        QVERIFY(w.window->noticeButton()->isVisible());
        QCOMPARE(w.window->noticeButton()->text(), QStringLiteral("Retry"));
        w.window->noticeButton()->click();
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.last().first().toString(), launch);
        QCOMPARE(action.count(), 0);
        // Two failed: one Retry for both.
        w.window->setSubscriptionState(mobile, SubscriptionState::Failed, {},
                                       httpError(403, QStringLiteral("No access")));
        QVERIFY2(w.window->noticeText().startsWith(QStringLiteral("Mobile and one other cannot be followed: this "
                                                                  "account has no access to it.")),
                 qPrintable(w.window->noticeText()));
        w.window->noticeButton()->click();
        QCOMPARE(retry.count(), 2);
        QCOMPARE(retry.last().first().toString(), QString());

        // A sign-in to renew outranks everything; it keeps its own button.
        w.window->showNotice(QStringLiteral("The sign-in has expired."), QStringLiteral("Sign In Again…"));
        QCOMPARE(w.window->noticeText(), QStringLiteral("The sign-in has expired."));
        w.window->noticeButton()->click();
        QCOMPARE(action.count(), 1);
        QCOMPARE(retry.count(), 2);
        w.window->showNotice({});
        QVERIFY(w.window->noticeText().contains(QStringLiteral("cannot be followed")));

        // A notice that only informs waits while there is a problem, and comes back after.
        w.window->showNotice(QStringLiteral("No keychain is available: the sign-in is kept for this run only."));
        QVERIFY(w.window->noticeText().contains(QStringLiteral("cannot be followed")));
        setAll(SubscriptionState::Live, {}, std::nullopt);
        QCOMPARE(w.window->noticeText(),
                 QStringLiteral("No keychain is available: the sign-in is kept for this run only."));
        QVERIFY(!w.window->noticeButton()->isVisible());
        w.window->showNotice({});
        QVERIFY(w.window->noticeText().isEmpty());

        // Dismissed, a problem stays away while it lasts; another one is shown.
        setAll(SubscriptionState::Backoff, soon, networkError());
        QVERIFY(!w.window->noticeText().isEmpty());
        QToolButton* dismiss = dismissButton(w.window.get());
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(w.window->noticeText().isEmpty());
        setAll(SubscriptionState::Backoff, soon.addSecs(30), networkError()); // the next attempt
        QVERIFY(w.window->noticeText().isEmpty());
        w.window->setSubscriptionState(launch, SubscriptionState::Failed, {}, httpError(404, QStringLiteral("x")));
        QVERIFY(w.window->noticeText().contains(QStringLiteral("cannot be followed")));
    }

    void banner_storageProblem_isSaidUntilAPageIsKept()
    {
        Window w;
        const QString website = QStringLiteral("1200000000000201");
        w.window->setSubscriptionNames({{website, QStringLiteral("Website")}});
        ApiError disk;
        disk.kind = ApiError::Kind::Storage;
        disk.messages = {QStringLiteral("database is locked")};
        w.window->setSubscriptionState(website, SubscriptionState::Backoff, QDateTime::currentDateTimeUtc().addSecs(5),
                                       disk);
        QVERIFY2(w.window->noticeText().startsWith(QStringLiteral("New events cannot be saved: database is locked.")),
                 qPrintable(w.window->noticeText()));
        QVERIFY(!w.window->statusText().contains(QStringLiteral("network")));
        w.window->setSubscriptionState(website, SubscriptionState::Live, {}, std::nullopt);
        w.window->noteUpdate();
        QVERIFY(w.window->noticeText().isEmpty());
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
