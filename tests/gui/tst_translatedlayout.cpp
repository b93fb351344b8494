// The windows in each language the app speaks, at their default sizes (the offscreen screen is
// 800 pixels wide, so the main window's default is bounded by it): every text a person reads is shown
// whole — no label, button, box, heading, placeholder or menu title cut off — and a translated
// language really is loaded (its titles and menus are not the English source text).
#include "FeedView.h"
#include "GuiTestData.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SimFixture.h"
#include "StartAtLogin.h"
#include "SubscriptionsDialog.h"
#include "TrayPopup.h"
#include "api/AsanaClient.h"
#include "api/ResourceSearch.h"
#include "feed/EventFilterModel.h"
#include "feed/SubscriptionModel.h"
#include "i18n/Translations.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QtMath>

#include <memory>

using namespace AsanaFeed;

namespace {

// The languages checked: the source language and every translation that is complete.
QStringList checkedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : checkedLanguages()) {
        QTest::newRow(qPrintable(language)) << language;
    }
}

// The text as drawn: without the mnemonic's "&" ("&&" is a literal ampersand).
QString shownText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// The widest line of `text` in `metrics`.
int textWidth(const QFontMetrics& metrics, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        widest = qMax(widest, metrics.horizontalAdvance(line));
    }
    return widest;
}

// Every text of `window` (in the part called `where`) that needs more room than it has, one line
// each: where, the widget's class and object name, the text, and the width needed and given.
class CutOffs final
{
public:
    explicit CutOffs(QString language)
        : m_language(std::move(language))
    {}

    // Returns how many texts it measured.
    int check(QWidget* window, const QString& where)
    {
        QCoreApplication::processEvents(); // layouts settle
        // A window whose texts need more room than the screen has grows past the screen's edge
        // (at 800×600 too): what is beyond it is cut off as well.
        if (const QScreen* screen = window->screen()) {
            const QRect available = screen->availableGeometry();
            const QString whole = QStringLiteral("the window \"%1\"").arg(window->windowTitle());
            compare(where, window, whole, window->frameGeometry().width(), available.width());
            compare(where, window, whole, window->frameGeometry().height(), available.height());
        }
        const int before = m_measured; // the texts, not the window's own size
        const QList<QWidget*> widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisibleTo(window) || widget->width() <= 0) {
                continue;
            }
            if (auto* label = qobject_cast<QLabel*>(widget)) {
                checkLabel(label, where);
            } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
                checkButton(button, where);
            } else if (auto* box = qobject_cast<QComboBox*>(widget)) {
                checkCombo(box, where);
            } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
                if (!group->title().isEmpty()) {
                    compare(where, group, group->title(), group->minimumSizeHint().width(), group->width());
                }
            } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
                checkTabs(tabs, where);
            } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
                checkPlaceholder(edit, where);
            } else if (auto* list = qobject_cast<QListWidget*>(widget)) {
                checkList(list, where);
            } else if (auto* header = qobject_cast<QHeaderView*>(widget)) {
                checkHeader(header, where);
            } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
                checkMenuBar(bar, where);
            }
        }
        return m_measured - before;
    }

    [[nodiscard]] const QStringList& found() const { return m_found; }

private:
    void compare(const QString& where, const QWidget* widget, const QString& text, int needed, int given)
    {
        ++m_measured;
        if (needed <= given) {
            return;
        }
        m_found.append(QStringLiteral("%1, %2: %3 \"%4\" «%5» needs %6 px, has %7 px")
                           .arg(m_language, where, QString::fromLatin1(widget->metaObject()->className()),
                                widget->objectName(), text)
                           .arg(needed)
                           .arg(given));
    }

    void checkLabel(QLabel* label, const QString& where)
    {
        const QString text = label->text();
        if (text.trimmed().isEmpty()) {
            return;
        }
        const QRect room =
            label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
        if (label->wordWrap()) {
            // In height: a wrapped text too long for its room loses its last lines.
            compare(where, label, text, label->heightForWidth(label->width()), label->height());
            return;
        }
        const bool rich =
            label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        int needed = 0;
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            needed = qCeil(document.idealWidth());
        } else {
            needed = textWidth(label->fontMetrics(), label->buddy() ? shownText(text) : text);
        }
        compare(where, label, text, needed, room.width());
    }

    void checkButton(QAbstractButton* button, const QString& where)
    {
        if (button->text().trimmed().isEmpty()) {
            return;
        }
        if (auto* tool = qobject_cast<QToolButton*>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull()) {
            return; // its text is a name for the accessibility tools, not shown
        }
        compare(where, button, button->text(), button->sizeHint().width(), button->width());
    }

    void checkCombo(QComboBox* box, const QString& where)
    {
        // The box shows its current item; its size hint is wide enough for the widest item.
        if (box->count() > 0) {
            compare(where, box, box->currentText(), box->sizeHint().width(), box->width());
        }
    }

    void checkTabs(QTabBar* tabs, const QString& where)
    {
        for (int i = 0; i < tabs->count(); ++i) {
            const int needed = tabs->fontMetrics().horizontalAdvance(shownText(tabs->tabText(i)));
            const int given = tabs->tabRect(i).width() - 2 * tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace) / 2;
            if (tabs->isTabVisible(i)) {
                compare(where, tabs, tabs->tabText(i), needed, given);
            }
        }
    }

    void checkPlaceholder(QLineEdit* edit, const QString& where)
    {
        const QString placeholder = edit->placeholderText();
        if (placeholder.isEmpty() || !edit->text().isEmpty()) {
            return;
        }
        // The text area: the frame's contents, less the text margins, the icons of the edit's
        // actions (its visible side buttons), and the 2 px QLineEdit keeps on either side.
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth =
            edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        area = area.marginsRemoved(edit->textMargins());
        for (const QToolButton* side : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
            if (side->isVisibleTo(edit)) {
                area.setWidth(area.width() - side->width());
            }
        }
        const int given = area.width() - 4;
        const int needed = edit->fontMetrics().horizontalAdvance(placeholder);
        compare(where, edit, placeholder, needed, given);
    }

    void checkList(QListWidget* list, const QString& where)
    {
        const int given = list->viewport()->width();
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem* item = list->item(i);
            if (item->isHidden()) {
                continue;
            }
            const int needed =
                list->visualItemRect(item).left() + list->sizeHintForIndex(list->model()->index(i, 0)).width();
            compare(where, list, item->text(), needed, given);
        }
    }

    void checkHeader(QHeaderView* header, const QString& where)
    {
        if (header->orientation() != Qt::Horizontal || !header->model()) {
            return;
        }
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section)) {
                continue;
            }
            const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
            if (!text.isEmpty()) {
                compare(where, header, text, header->sectionSizeHint(section), header->sectionSize(section));
            }
        }
    }

    void checkMenuBar(QMenuBar* bar, const QString& where)
    {
        for (QAction* action : bar->actions()) {
            if (!action->isVisible() || action->isSeparator()) {
                continue;
            }
            const QRect shown = bar->actionGeometry(action);
            const int needed = bar->fontMetrics().horizontalAdvance(shownText(action->text()));
            // An empty geometry or one outside the bar: the title went behind the "»" button.
            const int given = shown.isEmpty() || !bar->rect().contains(shown) ? 0 : shown.width();
            compare(where, bar, action->text(), needed, given);
        }
    }

    QString m_language;
    QStringList m_found;
    int m_measured = 0;
};

AccountInfo someone()
{
    AccountInfo account;
    account.gid = QStringLiteral("1100");
    account.name = QStringLiteral("Dana Ruiz");
    account.email = QStringLiteral("dana@example.com");
    account.workspaces = {{QStringLiteral("1000"), QStringLiteral("Acme")}};
    return account;
}

// The main window as Application builds it, with a feed of a few rows and two subscriptions.
struct FeedWindow
{
    GuiTestData::Feed feed;
    EventFilterModel proxy;
    std::unique_ptr<MainWindow> window;

    FeedWindow()
    {
        feed.addStandard();
        proxy.setSourceModel(feed.model());
        window = std::make_unique<MainWindow>(feed.model(), &proxy);
        window->setSubscriptionNames({{GuiTestData::subscription(), QStringLiteral("Marketing Site")}});
        window->setFollowing(true);
        window->setAccount(someone(), MainWindow::AccountState::SignedIn);
        window->noteUpdate();
    }
};

// The settings dialog over settings, a history and start at login in a folder of the test's own.
struct SettingsWindow
{
    QTemporaryDir dir;
    QSettings backend{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&backend};
    EventStore store;
    std::unique_ptr<SubscriptionModel> subscriptions;
    std::unique_ptr<StartAtLogin> startAtLogin;
    std::unique_ptr<SettingsDialog> dialog;

    SettingsWindow()
    {
        if (!store.open(dir.filePath(QStringLiteral("events.sqlite")))) {
            qFatal("cannot open the store");
        }
        subscriptions = std::make_unique<SubscriptionModel>(&store);
        subscriptions->follow(QStringLiteral("1201"), QStringLiteral("Launch plan"), QStringLiteral("project"));
        subscriptions->follow(QStringLiteral("1202"), QStringLiteral("Website Relaunch"), QStringLiteral("project"));
        startAtLogin = std::make_unique<StartAtLogin>(&settings, dir.filePath(QStringLiteral("autostart")),
                                                      QStringLiteral("/opt/asana-feed/asana-feed"));
        dialog = std::make_unique<SettingsDialog>(&settings, subscriptions.get(), startAtLogin.get());
        dialog->setTrayAvailable(true);
        dialog->setAccount(someone(), SettingsDialog::AccountStatus::SignedIn);
    }
};

// The subscriptions dialog over the simulator: its projects found, two of them followed.
struct FollowWindow
{
    QTemporaryDir dir;
    Sim::SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};
    EventStore store;
    std::unique_ptr<SubscriptionModel> subscriptions;
    ResourceSearch search{&client};
    SubscriptionsDialog dialog;

    FollowWindow()
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        if (!store.open(dir.filePath(QStringLiteral("events.sqlite")))) {
            qFatal("cannot open the store");
        }
        subscriptions = std::make_unique<SubscriptionModel>(&store);
        subscriptions->follow(sim.projectGid(0), QStringLiteral("Launch plan"), QStringLiteral("project"));
        subscriptions->follow(sim.projectGid(1), QStringLiteral("Website Relaunch"), QStringLiteral("project"));
        dialog.attachTo(subscriptions.get(), &search);
        dialog.setWorkspaces({{sim.workspaceGid(), QStringLiteral("Acme")}});
    }
};

} // namespace

class TestTranslatedLayout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanupTestCase() { Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)); }

    void everyWindow_showsEveryTextWhole_data() { addLanguageRows(); }
    void everyWindow_showsEveryTextWhole()
    {
        QFETCH(QString, language);
        QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(language)), language);
        CutOffs cutOffs(language);
        // A walk that finds nothing to measure would prove nothing: each window has its texts.
        const auto check = [&cutOffs](QWidget* window, const QString& where) {
            const int measured = cutOffs.check(window, where);
            QVERIFY2(measured >= 4, qPrintable(QStringLiteral("%1: %2 texts measured").arg(where).arg(measured)));
            qDebug().noquote() << where << measured << "texts measured";
        };

        FeedWindow main;
        main.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(main.window.get()));
        QTRY_VERIFY(main.window->feedView()->model()->rowCount() > 0);
        check(main.window.get(), QStringLiteral("MainWindow"));

        QMenu more;
        TrayPopup tray(main.feed.model(), &more);
        tray.setCount(3);
        tray.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tray));
        QTRY_VERIFY(tray.shownRows() > 0);
        check(&tray, QStringLiteral("TrayPopup"));

        SignInDialog signIn;
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        check(&signIn, QStringLiteral("SignInDialog (choose)"));
        signIn.showWaiting();
        check(&signIn, QStringLiteral("SignInDialog (waiting)"));
        signIn.showCodeEntry();
        check(&signIn, QStringLiteral("SignInDialog (code)"));

        SettingsWindow settings;
        settings.dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(settings.dialog.get()));
        for (const auto page :
             {SettingsDialog::Page::Account, SettingsDialog::Page::Subscriptions, SettingsDialog::Page::Notifications,
              SettingsDialog::Page::Appearance, SettingsDialog::Page::Behaviour, SettingsDialog::Page::Advanced}) {
            settings.dialog->showPage(page);
            check(settings.dialog.get(), QStringLiteral("SettingsDialog (%1)").arg(settings.dialog->pageTitle(page)));
        }

        FollowWindow follow;
        follow.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&follow.dialog));
        QTRY_VERIFY_WITH_TIMEOUT(follow.dialog.resultsView()->topLevelItemCount() > 0, 20000);
        follow.dialog.selectSubscription(follow.sim.projectGid(0));
        check(&follow.dialog, QStringLiteral("SubscriptionsDialog"));

        if (!cutOffs.found().isEmpty()) {
            for (const QString& line : cutOffs.found()) {
                qWarning().noquote() << line;
            }
            QFAIL(qPrintable(
                QStringLiteral("%1 text(s) cut off in %2 (listed above)").arg(cutOffs.found().size()).arg(language)));
        }
    }

    // A broken or missing catalogue would leave the English source text: the titles and menus of
    // every window are in the language installed (and, for English, are the source text).
    void everyWindow_speaksTheLanguage_data() { addLanguageRows(); }
    void everyWindow_speaksTheLanguage()
    {
        QFETCH(QString, language);
        Translations::install(QCoreApplication::instance(), QLocale(language));
        const bool english = language == QLatin1String("en");

        FeedWindow main;
        SignInDialog signIn;
        SettingsWindow settings;
        SubscriptionsDialog follow;
        QStringList menus;
        for (const QAction* action : main.window->menuBar()->actions()) {
            menus.append(action->text());
        }
        const QList<QPair<QString, QString>> shown{
            {menus.value(0), QStringLiteral("&File")},
            {menus.value(2), QStringLiteral("&Help")},
            {signIn.windowTitle(), QStringLiteral("Sign in to Asana")},
            {settings.dialog->windowTitle(), QStringLiteral("Settings")},
            // (not "Notifications": French spells it the same)
            {settings.dialog->pageTitle(SettingsDialog::Page::Behaviour), QStringLiteral("Behaviour")},
            {settings.dialog->pageTitle(SettingsDialog::Page::Appearance), QStringLiteral("Appearance")},
            {follow.windowTitle(), QStringLiteral("Follow in Asana")},
        };
        QCOMPARE(menus.size(), 3);
        for (const auto& [text, source] : shown) {
            QVERIFY2(!text.isEmpty(), qPrintable(source));
            if (english) {
                QCOMPARE(text, source);
            } else {
                QVERIFY2(text != source,
                         qPrintable(QStringLiteral("\"%1\" is still English in %2").arg(text, language)));
            }
        }
    }
};

QTEST_MAIN(TestTranslatedLayout)
#include "tst_translatedlayout.moc"
