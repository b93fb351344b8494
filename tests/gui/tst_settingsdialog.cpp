// SettingsDialog offscreen, driven the way a person would: every control writes the settings at
// once, a change made elsewhere shows in the controls, the colour scheme changes the application's
// palette (and System puts the platform's back), start at login writes and removes the entry (in
// a folder of the test's own), the API address refuses what it must, and each followed
// subscription's level is the store's mute or the settings' "all activity".
#include "SettingsDialog.h"
#include "StartAtLogin.h"
#include "Theme.h"
#include "feed/SubscriptionModel.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

#include <memory>

using namespace AsanaFeed;

namespace {

const QString projectA = QStringLiteral("1201");
const QString projectB = QStringLiteral("1202");

struct Harness
{
    QTemporaryDir dir;
    QSettings backend{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    Settings settings{&backend};
    EventStore store;
    std::unique_ptr<SubscriptionModel> subscriptions;
    std::unique_ptr<StartAtLogin> startAtLogin;
    std::unique_ptr<SettingsDialog> dialog;

    explicit Harness(const QString& autostartFolder = {})
    {
        if (!store.open(dir.filePath(QStringLiteral("events.sqlite")))) {
            qFatal("cannot open the store");
        }
        subscriptions = std::make_unique<SubscriptionModel>(&store);
        subscriptions->follow(projectA, QStringLiteral("Launch <b>plan</b>"), QStringLiteral("project"));
        subscriptions->follow(projectB, QStringLiteral("Website"), QStringLiteral("project"));
        startAtLogin = std::make_unique<StartAtLogin>(
            &settings, autostartFolder.isEmpty() ? dir.filePath(QStringLiteral("autostart")) : autostartFolder,
            QStringLiteral("/opt/asana-feed/asana-feed"));
        dialog = std::make_unique<SettingsDialog>(&settings, subscriptions.get(), startAtLogin.get());
        dialog->setTrayAvailable(true);
    }

    template<typename T>
    T* control(const char* name) const
    {
        T* found = dialog->findChild<T*>(QLatin1String(name));
        if (!found) {
            qFatal("no control %s", name);
        }
        return found;
    }
    void show()
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    }
    [[nodiscard]] QComboBox* levelBox(const QString& gid) const { return dialog->levelBox(gid); }
    [[nodiscard]] QString entry() const
    {
        QFile file(startAtLogin->entryPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
};

// Chooses `text` in a combo box as a person does: the keyboard on the closed box (which emits
// activated(), as a click in its list does).
void choose(QComboBox* box, const QString& text)
{
    const int target = box->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    // At most one press per item: a box the dialog sets back (a choice not kept) stays where it is.
    for (int presses = 0; presses < box->count() && box->currentIndex() != target; ++presses) {
        QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pages_areTheSixGroups_andEachCanBeShown()
    {
        Harness h;
        h.show();
        const QStringList titles{QStringLiteral("Account"),       QStringLiteral("Subscriptions"),
                                 QStringLiteral("Notifications"), QStringLiteral("Appearance"),
                                 QStringLiteral("Behaviour"),     QStringLiteral("Advanced")};
        for (int page = 0; page < titles.size(); ++page) {
            h.dialog->showPage(SettingsDialog::Page(page));
            QCOMPARE(h.dialog->currentPage(), SettingsDialog::Page(page));
            QCOMPARE(h.dialog->pageTitle(SettingsDialog::Page(page)), titles.at(page));
        }
    }

    void notificationControls_writeTheSettingsAtOnce()
    {
        Harness h;
        connect(h.dialog.get(), &SettingsDialog::playSoundRequested, this, [] {});
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Notifications);
        QVERIFY(h.settings.notificationsEnabled());

        auto* quiet = h.control<QCheckBox>("quietHours");
        auto* from = h.control<QTimeEdit>("quietFrom");
        QVERIFY(!from->isEnabled()); // quiet hours are off
        quiet->click();
        QVERIFY(h.settings.quietHoursEnabled());
        QVERIFY(from->isEnabled());
        from->setTime(QTime(21, 30));
        QCOMPARE(h.settings.quietFrom(), QTime(21, 30));
        h.control<QTimeEdit>("quietTo")->setTime(QTime(7, 0));
        QCOMPARE(h.settings.quietTo(), QTime(7, 0));

        auto* play = h.control<QPushButton>("play");
        QVERIFY(!play->isEnabled()); // no sound chosen yet
        h.control<QCheckBox>("sound")->click();
        QVERIFY(h.settings.notificationSound());
        QVERIFY(play->isEnabled());
        h.control<QSlider>("volume")->setValue(25);
        QCOMPARE(h.settings.notificationVolume(), 25);
        QSignalSpy played(h.dialog.get(), &SettingsDialog::playSoundRequested);
        play->click();
        QCOMPARE(played.size(), 1);
        QCOMPARE(played.at(0).at(0).toInt(), 25);

        choose(h.control<QComboBox>("click"), QStringLiteral("Opens it in Asana"));
        QCOMPARE(h.settings.notificationClick(), Settings::NotificationClick::OpenInAsana);

        h.control<QCheckBox>("notificationsEnabled")->click();
        QVERIFY(!h.settings.notificationsEnabled());
        QVERIFY(!quiet->isEnabled()); // nothing to tune while nothing is notified
        QVERIFY(!play->isEnabled());
    }

    void playButton_isOff_whenNothingPlaysTheSound()
    {
        Harness h;
        h.settings.setNotificationSound(true);
        h.show();
        QVERIFY(!h.control<QPushButton>("play")->isEnabled());
    }

    void pause_saysUntilWhen_andResumeEndsIt()
    {
        Harness h;
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Notifications);
        auto* resume = h.control<QPushButton>("resume");
        QVERIFY(!resume->isVisible());

        h.settings.pauseNotificationsUntilResumed();
        QVERIFY(resume->isVisible());
        QVERIFY(resume->parentWidget()->findChild<QLabel*>()->text().contains(QLatin1String("until you resume")));
        resume->click();
        QVERIFY(!h.settings.notificationsPausedUntil().isValid());
        QVERIFY(!resume->isVisible());

        // A pause with an end says when, and goes by itself when it ends.
        h.settings.setNotificationsPausedUntil(QDateTime::currentDateTimeUtc().addMSecs(300));
        QVERIFY(resume->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!resume->isVisible(), 10000);
    }

    void externalChanges_showInTheControls()
    {
        Harness h;
        h.show();
        h.settings.setNotificationSound(true);
        h.settings.setNotificationVolume(80);
        h.settings.setQuietHours(true, QTime(23, 0), QTime(6, 30));
        h.settings.setColorScheme(Settings::ColorScheme::Light);
        h.settings.setCompactRows(true);
        h.settings.setCloseToTray(false);
        h.settings.setDoneOnOpen(true);
        h.settings.setRetentionDays(90);
        h.settings.setRequestsPerMinute(1500);
        h.settings.setOAuthRedirectPort(9000);
        QVERIFY(h.settings.setApiBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api/1.0"))));
        QVERIFY(h.control<QCheckBox>("sound")->isChecked());
        QCOMPARE(h.control<QSlider>("volume")->value(), 80);
        QVERIFY(h.control<QCheckBox>("quietHours")->isChecked());
        QCOMPARE(h.control<QTimeEdit>("quietFrom")->time(), QTime(23, 0));
        QCOMPARE(h.control<QTimeEdit>("quietTo")->time(), QTime(6, 30));
        QVERIFY(h.control<QRadioButton>("scheme1")->isChecked()); // Light
        QVERIFY(h.control<QCheckBox>("compactRows")->isChecked());
        QVERIFY(!h.control<QCheckBox>("closeToTray")->isChecked());
        QVERIFY(h.control<QCheckBox>("doneOnOpen")->isChecked());
        QCOMPARE(h.control<QSpinBox>("retentionDays")->value(), 90);
        QCOMPARE(h.control<QSpinBox>("requestsPerMinute")->value(), 1500);
        QCOMPARE(h.control<QSpinBox>("redirectPort")->value(), 9000);
        QCOMPARE(h.control<QLineEdit>("apiBaseUrl")->text(), QStringLiteral("http://127.0.0.1:8080/api/1.0"));
    }

    void appearance_changesTheApplicationsPalette_andSystemPutsItBack()
    {
        if (Theme::environmentOverride()) {
            QSKIP("ASANAFEED_PALETTE decides the colours of this run");
        }
        Harness h;
        // Wired as the application wires it.
        connect(&h.settings, &Settings::changed, this, [&h] { Theme::apply(h.settings.colorScheme()); });
        Theme::apply(h.settings.colorScheme()); // the platform's look is remembered here
        const QPalette platform = QApplication::palette();
        const QString platformStyle = QApplication::style()->name();
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Appearance);

        h.control<QRadioButton>("scheme2")->click(); // Dark
        QCOMPARE(h.settings.colorScheme(), Settings::ColorScheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_VERIFY(h.dialog->palette().color(QPalette::Window).lightness() < 100); // the open window too

        h.control<QRadioButton>("scheme1")->click(); // Light
        QCOMPARE(h.settings.colorScheme(), Settings::ColorScheme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 60);

        h.control<QRadioButton>("scheme0")->click(); // System
        QCOMPARE(h.settings.colorScheme(), Settings::ColorScheme::System);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), platform.color(QPalette::Text));

        h.control<QCheckBox>("compactRows")->click();
        QVERIFY(h.settings.compactRows());
    }

    void language_isKept_andAChangeOffersARestart()
    {
        Harness h;
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Appearance);
        auto* language = h.control<QComboBox>("language");
        auto* restart = h.control<QPushButton>("restartNow");
        QCOMPARE(language->currentData().toString(), QString()); // the system's, at first
        QVERIFY(!restart->isVisible());

        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(h.settings.language(), QStringLiteral("de"));
        QVERIFY(restart->isVisible());
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch")); // each language in its own words
        QCOMPARE(language->itemText(language->findData(QStringLiteral("en"))), QStringLiteral("English"));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("fr"))), QStringLiteral("Français"));
        QSignalSpy restarts(h.dialog.get(), &SettingsDialog::restartRequested);
        restart->click();
        QCOMPARE(restarts.count(), 1);

        // Back to the language this run speaks: nothing to restart for.
        language->setCurrentIndex(0);
        QCOMPARE(h.settings.language(), QString());
        QVERIFY(!restart->isVisible());
    }

    void startAtLogin_writesTheEntry_withMinimized_andRemovesIt()
    {
        Harness h;
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Behaviour);
        auto* box = h.control<QCheckBox>("startAtLogin");
        auto* minimized = h.control<QCheckBox>("startMinimized");
        QVERIFY(!box->isChecked());
        QVERIFY(!minimized->isEnabled()); // it qualifies starting at login
        QVERIFY(!QFile::exists(h.startAtLogin->entryPath()));

        box->click();
        QVERIFY(QFile::exists(h.startAtLogin->entryPath()));
        QVERIFY2(h.entry().contains(QLatin1String("\nExec=/opt/asana-feed/asana-feed\n")), qPrintable(h.entry()));
        QVERIFY(minimized->isEnabled());

        // Starting minimized changes what the entry starts, at once.
        minimized->click();
        QVERIFY(h.settings.startMinimized());
        QVERIFY2(h.entry().contains(QLatin1String("\nExec=/opt/asana-feed/asana-feed --minimized\n")),
                 qPrintable(h.entry()));
        h.settings.setStartMinimized(false); // from elsewhere: the same
        QVERIFY2(h.entry().contains(QLatin1String("\nExec=/opt/asana-feed/asana-feed\n")), qPrintable(h.entry()));

        box->click();
        QVERIFY(!QFile::exists(h.startAtLogin->entryPath()));
        QVERIFY(!box->isChecked());
        QVERIFY(h.dialog->startAtLoginMessage().isEmpty());
    }

    void startAtLogin_thatCannotBeWritten_saysWhy_andStaysOff()
    {
        QTemporaryDir blockerDir;
        const QString blocker = blockerDir.filePath(QStringLiteral("autostart"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be
        file.close();
        Harness h(blocker);
        h.show();
        auto* box = h.control<QCheckBox>("startAtLogin");
        box->click();
        QVERIFY(!box->isChecked());
        QVERIFY2(h.dialog->startAtLoginMessage().contains(QLatin1String("could not be set to start at login")),
                 qPrintable(h.dialog->startAtLoginMessage()));
    }

    void demo_doesNotOfferStartAtLogin()
    {
        Harness h;
        h.dialog->setDemo(true);
        h.show();
        QVERIFY(!h.control<QCheckBox>("startAtLogin")->isEnabled());
        QVERIFY(!h.dialog->startAtLoginMessage().isEmpty());
    }

    void behaviour_writesTheSettingsAtOnce()
    {
        Harness h;
        h.show();
        QVERIFY(h.settings.closeToTray());
        h.control<QCheckBox>("closeToTray")->click();
        QVERIFY(!h.settings.closeToTray());
        h.control<QCheckBox>("doneOnOpen")->click();
        QVERIFY(h.settings.doneOnOpen());
        auto* retention = h.control<QSpinBox>("retentionDays");
        retention->setValue(7);
        QCOMPARE(h.settings.retentionDays(), 7);
        QVERIFY(!h.control<QLabel>("noTray")->isVisibleTo(h.dialog.get()));
    }

    void noTray_turnsTheTraysChoicesOff_andSaysWhy()
    {
        Harness h;
        h.dialog->setTrayAvailable(false);
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Behaviour);
        QVERIFY(!h.control<QCheckBox>("closeToTray")->isEnabled());
        QVERIFY(h.control<QLabel>("noTray")->isVisible());
        h.control<QCheckBox>("startAtLogin")->click();
        QVERIFY(!h.control<QCheckBox>("startMinimized")->isEnabled());
    }

    void apiAddress_refusesPlainHttpElsewhere_andTakesHttpsOrLoopback()
    {
        Harness h;
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Advanced);
        auto* field = h.control<QLineEdit>("apiBaseUrl");
        field->setFocus();

        QTest::keyClicks(field, QStringLiteral("http://example.com"));
        QVERIFY(!h.dialog->apiUrlMessage().isEmpty()); // said while typing
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(h.settings.apiBaseUrl().isEmpty()); // refused
        QVERIFY(!h.dialog->apiUrlMessage().isEmpty());

        field->clear();
        QTest::keyClicks(field, QStringLiteral("http://127.0.0.1:8080/api/1.0"));
        QVERIFY(h.dialog->apiUrlMessage().isEmpty());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(h.settings.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/api/1.0")));

        field->clear();
        QTest::keyClicks(field, QStringLiteral("https://asana.example.org/api/1.0"));
        h.dialog->close(); // what was typed last is kept on closing
        QCOMPARE(h.settings.apiBaseUrl(), QUrl(QStringLiteral("https://asana.example.org/api/1.0")));
    }

    void advanced_budgetAndPort_writeTheSettingsAtOnce()
    {
        Harness h;
        h.show();
        h.control<QSpinBox>("requestsPerMinute")->setValue(600);
        QCOMPARE(h.settings.requestsPerMinute(), 600);
        h.control<QSpinBox>("redirectPort")->setValue(9123);
        QCOMPARE(h.settings.oauthRedirectPort(), quint16(9123));
    }

    void subscriptionLevel_isTheStoresMute_orTheSettingsAllActivity()
    {
        Harness h;
        h.show();
        h.dialog->showPage(SettingsDialog::Page::Subscriptions);
        QCOMPARE(h.dialog->shownLevel(projectA), SettingsDialog::NotifyLevel::InvolvesMe);
        QCOMPARE(h.dialog->shownLevel(projectB), SettingsDialog::NotifyLevel::InvolvesMe);
        // Names are characters: markup is not rendered.
        auto* list = h.control<QTreeWidget>("subscriptionLevels");
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Launch <b>plan</b>"));

        QComboBox* levels = h.levelBox(projectA);
        QVERIFY(levels);
        choose(levels, QStringLiteral("All activity"));
        QVERIFY(h.settings.notifyAllActivity().contains(projectA));
        QVERIFY(!h.subscriptions->isMuted(projectA));

        choose(levels, QStringLiteral("Nothing (muted)"));
        QVERIFY(h.subscriptions->isMuted(projectA));
        QVERIFY(!h.settings.notifyAllActivity().contains(projectA));
        QVERIFY(h.store.subscription(projectA)->muted); // kept with the history

        choose(levels, QStringLiteral("What involves me"));
        QVERIFY(!h.subscriptions->isMuted(projectA));
        QVERIFY(!h.settings.notifyAllActivity().contains(projectA));
        QVERIFY(!h.subscriptions->isMuted(projectB)); // the other one untouched

        // Changed elsewhere (the Subscriptions dialog's Mute, another window's settings): shown.
        h.subscriptions->setMuted(projectB, true);
        QCOMPARE(h.dialog->shownLevel(projectB), SettingsDialog::NotifyLevel::Muted);
        h.subscriptions->setMuted(projectB, false);
        h.settings.setNotifyAllActivity(projectB, true);
        QCOMPARE(h.dialog->shownLevel(projectB), SettingsDialog::NotifyLevel::AllActivity);

        // Followed or removed: the list follows.
        const QString projectC = QStringLiteral("1203");
        h.subscriptions->follow(projectC, QStringLiteral("Roadmap"), QStringLiteral("project"));
        QCOMPARE(h.dialog->shownLevel(projectC), SettingsDialog::NotifyLevel::InvolvesMe);
        QVERIFY(h.subscriptions->remove(projectA, false));
        QVERIFY(!h.dialog->shownLevel(projectA));
        QCOMPARE(list->topLevelItemCount(), 2);
    }

    void followButton_asksForTheSubscriptionsDialog_onceSignedIn()
    {
        Harness h;
        h.show();
        auto* button = h.control<QPushButton>("follow");
        QVERIFY(!button->isEnabled()); // nobody is signed in to search as
        AccountInfo me;
        me.gid = QStringLiteral("42");
        me.name = QStringLiteral("Ada");
        h.dialog->setAccount(me, SettingsDialog::AccountStatus::SignedIn);
        QSignalSpy follow(h.dialog.get(), &SettingsDialog::followRequested);
        button->click();
        QCOMPARE(follow.size(), 1);
    }

    void account_showsWhoIsSignedIn_andAsksToSignInOrOut()
    {
        Harness h;
        h.show();
        auto* signIn = h.control<QPushButton>("signIn");
        auto* signOut = h.control<QPushButton>("signOut");
        QVERIFY(signIn->isVisible());
        QVERIFY(!signOut->isVisible());
        QSignalSpy signInAsked(h.dialog.get(), &SettingsDialog::signInRequested);
        signIn->click();
        QCOMPARE(signInAsked.size(), 1);

        AccountInfo me;
        me.gid = QStringLiteral("42");
        me.name = QStringLiteral("Ada <i>Lovelace</i>");
        me.email = QStringLiteral("ada@example.com");
        me.workspaces = {{QStringLiteral("7"), QStringLiteral("Engineering")}};
        h.dialog->setAccount(me, SettingsDialog::AccountStatus::SignedIn);
        const QString text = h.dialog->accountText();
        QVERIFY2(text.contains(QLatin1String("Ada <i>Lovelace</i>")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("ada@example.com")));
        QVERIFY(text.contains(QLatin1String("Engineering")));
        const QList<QLabel*> labels = h.dialog->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->text().contains(QLatin1String("Lovelace"))) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(!signIn->isVisible());
        QVERIFY(signOut->isVisible());
        QSignalSpy signOutAsked(h.dialog.get(), &SettingsDialog::signOutRequested);
        signOut->click();
        QCOMPARE(signOutAsked.size(), 1);

        h.dialog->setAccount(me, SettingsDialog::AccountStatus::NeedsSignIn, QStringLiteral("Asana refused it."));
        QVERIFY(signIn->isVisible());
        QCOMPARE(signIn->text(), QStringLiteral("Sign In Again…"));
        QVERIFY(h.dialog->accountText().contains(QLatin1String("Asana refused it.")));

        h.dialog->setAccount(std::nullopt, SettingsDialog::AccountStatus::EnvironmentToken);
        QVERIFY(!signIn->isVisible());
        QVERIFY(!signOut->isVisible());
        QVERIFY(h.dialog->accountText().contains(QLatin1String("ASANA_TOKEN")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
