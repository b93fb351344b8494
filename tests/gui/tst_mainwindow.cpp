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
#include <QBuffer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
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
        QCOMPARE(MainWindow::stateText(SubscriptionState::RateLimited, {}, {}), QStringLiteral("rate-limited"));
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
