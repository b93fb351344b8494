// SettingsDialog: everything a person may change, on six pages listed on the left — the account
// (who is signed in; sign in or out), subscriptions (what to follow, and how much of each one
// notifies), notifications (on or off, the pause, quiet hours, the sound, what a click does),
// appearance (the colour scheme, compact rows), behaviour (start at login, the tray, history) and
// advanced (the request budget, the API address, the OAuth redirect port). Every control writes
// through Settings at once (there is no OK or Apply, only Close) and shows what the settings say
// when they change elsewhere. It only asks and shows: what it cannot do itself (sign in or out,
// choose what to follow, play the sound) it asks for with a signal.
#pragma once

#include "api/AccountInfo.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace AsanaFeed {

class AccountController;
class Settings;
class StartAtLogin;
class SubscriptionModel;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Account, Subscriptions, Notifications, Appearance, Behaviour, Advanced };
    // Where the account stands, as the Account page says it.
    enum class AccountStatus {
        SignedOut,
        SignedIn,
        NeedsSignIn,      // known, but its sign-in must be renewed
        SigningOut,       // on its way out
        EnvironmentToken, // this run uses ASANA_TOKEN: nobody is signed in or out here
        Demo,             // the demo has no account
    };
    // How much of a followed subscription notifies.
    enum class NotifyLevel { InvolvesMe, AllActivity, Muted };

    // `settings` must outlive the dialog. `subscriptions` (what is followed) and `startAtLogin`
    // may be null: then the list stays empty, and start at login is not offered.
    SettingsDialog(Settings* settings, SubscriptionModel* subscriptions, StartAtLogin* startAtLogin,
                   QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Who is signed in (`reason`: why a sign-in is needed, for NeedsSignIn).
    void setAccount(const std::optional<AccountInfo>& account, AccountStatus status, const QString& reason = {});
    // Keeps the Account page in step with `accounts` (which must outlive the dialog).
    void attachTo(AccountController* accounts);
    // Whether the desktop has a system tray (QSystemTrayIcon::isSystemTrayAvailable() unless
    // told): without one, the tray's choices are off and say why.
    void setTrayAvailable(bool available);
    // The demo: start at login is not offered (the demo leaves the computer as it was).
    void setDemo(bool demo);

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    [[nodiscard]] QString pageTitle(Page page) const;

    // What the subscription `gid` notifies, from the store's mute and the settings.
    [[nodiscard]] static NotifyLevel notifyLevel(const Settings& settings, const SubscriptionModel& subscriptions,
                                                 const QString& gid);
    // The level of `gid` as this dialog's list shows it (nullopt: not listed), and choosing one.
    [[nodiscard]] std::optional<NotifyLevel> shownLevel(const QString& gid) const;
    void chooseLevel(const QString& gid, NotifyLevel level);
    // The combo box that chooses `gid`'s level (null: not listed).
    [[nodiscard]] QComboBox* levelBox(const QString& gid) const;

    // What the Account page, the API address and start at login say now (tests, accessibility).
    [[nodiscard]] QString accountText() const;
    [[nodiscard]] QString apiUrlMessage() const;
    [[nodiscard]] QString startAtLoginMessage() const;

signals:
    void signInRequested();
    // Sign out (the window asks whether to keep this computer's copy of the feed).
    void signOutRequested();
    // Open the dialog that chooses what to follow.
    void followRequested();
    // Play the notification sound once, at the volume chosen (0…100).
    void playSoundRequested(int volume);
    // Start Asana Feed again (the language was changed, and is read at start-up).
    void restartRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void done(int result) override;

private:
    QWidget* buildAccountPage();
    QWidget* buildSubscriptionsPage();
    QWidget* buildNotificationsPage();
    QWidget* buildAppearancePage();
    QWidget* buildBehaviourPage();
    QWidget* buildAdvancedPage();
    void addPage(const QString& title, QWidget* content);

    // Shows what the settings say now (they changed, here or elsewhere).
    void refresh();
    void refreshAccount();
    void refreshPause();
    void refreshEnabled();
    void syncSubscriptions();
    void refreshStartAtLogin();
    void commitApiUrl();
    void validateApiUrl(const QString& text);
    void onStartAtLoginToggled(bool on);
    [[nodiscard]] bool canPlaySound() const;

    Settings* m_settings = nullptr;
    QPointer<SubscriptionModel> m_subscriptions;
    QPointer<StartAtLogin> m_startAtLogin;
    bool m_trayAvailable = true;
    bool m_demo = false;
    std::optional<AccountInfo> m_account;
    AccountStatus m_accountStatus = AccountStatus::SignedOut;
    QString m_accountReason;

    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;

    // Account
    QLabel* m_accountName = nullptr;
    QLabel* m_accountEmail = nullptr;
    QLabel* m_accountWorkspaces = nullptr;
    QLabel* m_accountStatusText = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_signOutButton = nullptr;
    QLabel* m_keychainNote = nullptr;

    // Subscriptions
    QPushButton* m_followButton = nullptr;
    QTreeWidget* m_subscriptionList = nullptr;
    QLabel* m_noSubscriptions = nullptr;
    QLabel* m_subscriptionError = nullptr;

    // Notifications
    QCheckBox* m_notificationsEnabled = nullptr;
    QWidget* m_pauseRow = nullptr;
    QLabel* m_pauseText = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QTimer m_pauseEnds;
    QCheckBox* m_quietHours = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietTo = nullptr;
    QLabel* m_quietToLabel = nullptr;
    QCheckBox* m_sound = nullptr;
    QSlider* m_volume = nullptr;
    QWidget* m_volumeRow = nullptr;
    QPushButton* m_playButton = nullptr;
    QComboBox* m_click = nullptr;

    // Appearance
    QButtonGroup* m_scheme = nullptr;
    QLabel* m_schemeOverride = nullptr;
    QCheckBox* m_compactRows = nullptr;
    QComboBox* m_language = nullptr;
    QWidget* m_languageRestart = nullptr;
    QString m_startLanguage; // what the settings said when the dialog was made: the language in use

    // Behaviour
    QCheckBox* m_startAtLoginBox = nullptr;
    QLabel* m_startAtLoginMessage = nullptr;
    QCheckBox* m_startMinimized = nullptr;
    QCheckBox* m_closeToTray = nullptr;
    QLabel* m_noTray = nullptr;
    QCheckBox* m_doneOnOpen = nullptr;
    QSpinBox* m_retention = nullptr;

    // Advanced
    QSpinBox* m_budget = nullptr;
    QLineEdit* m_apiUrl = nullptr;
    QLabel* m_apiUrlMessage = nullptr;
    QSpinBox* m_redirectPort = nullptr;
    QLabel* m_redirectUrl = nullptr;
};

} // namespace AsanaFeed
