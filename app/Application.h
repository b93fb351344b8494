// Application: the composition root of the window modes. It builds the engine (network, client,
// store, the account's PollScheduler, the AccountController), the feed models and the window,
// and connects them: scheduler → store (its EventSink) → model → filter → view; the account's
// life cycle (AccountController) → settings, the account's own history, the window and the
// sign-in dialog. In demo mode the simulator runs in-process instead of an account (Demo).
// Everything that has behaviour of its own lives in the libraries; this file only wires.
#pragma once

#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SubscriptionsDialog.h"
#include "auth/AccountController.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QSettings;
class QTemporaryDir;

namespace AsanaFeed {

class ApiReply;
class AsanaClient;
class Demo;
class DesktopNotifier;
class EventDetails;
class EventFilterModel;
class EventModel;
class EventPoller;
class EventStore;
class MainWindow;
class NotificationCenter;
class PollScheduler;
class ResourceNames;
class ResourceSearch;
class SubscriptionModel;
class SubscriptionsDialog;
class Settings;
class SettingsDialog;
class StartAtLogin;
class SignInDialog;
class TokenStore;
class TrayController;

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        bool demo = false;
        QString token;             // real mode: from ASANA_TOKEN (no account: nothing is refreshed)
        QStringList subscriptions; // real mode: --subscribe GIDs, added to what the account follows
        QUrl baseUrl;              // real mode: the API (default: Asana)
        QString statePath;         // real mode: the store (default: one per account in the data location)
        std::chrono::milliseconds interval{std::chrono::seconds(10)};
        int requestsPerMinute = 0; // the account's request budget; 0: the settings' (150 by default)
        double demoEventsPerMinute = 20;
        int demoHistoryHours = 24;
        bool keepSettings = true; // remember window geometry and the filter (never in demo mode)

        // Real mode, the account. Where secrets live: null = the OS keychain under `keychainService`.
        TokenStore* tokenStore = nullptr;
        QString keychainService;
        // What the app remembers (who is signed in, the window): null = the user's QSettings.
        QSettings* settings = nullptr;
        QString clientId; // OAuth; empty: only personal access tokens can be used
        QString clientSecret;
        quint16 oauthPort = 8723; // the registered redirect URL: http://127.0.0.1:<port><path>
        QString oauthCallbackPath = QStringLiteral("/callback");
        std::function<void(const QUrl&)> openUrl; // the browser for "Sign in with Asana"
        bool signInAtFirstStart = true;           // open the sign-in dialog when nobody is signed in

        // The system tray: the app lives there while its window is closed (where the desktop has a
        // tray). `minimized`: start there, without the window.
        bool tray = true;
        bool minimized = false;
        // Where the start-at-login entry is kept: empty for the platform's own place (tests give a
        // folder of their own).
        QString autostartLocation;
    };

    explicit Application(Options options, QObject* parent = nullptr);
    ~Application() override;

    // Builds everything and starts polling. False (with error()) when nothing can be shown.
    bool start();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] EventModel* model() const { return m_model; }
    [[nodiscard]] EventFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] EventStore* store() const { return m_store; }
    [[nodiscard]] PollScheduler* scheduler() const { return m_scheduler; }
    [[nodiscard]] QList<EventPoller*> pollers() const;
    [[nodiscard]] Demo* demo() const { return m_demo; }
    [[nodiscard]] AccountController* accounts() const { return m_accounts; }
    [[nodiscard]] AccountSession* session() const;
    [[nodiscard]] std::optional<AccountInfo> account() const;
    [[nodiscard]] SignInDialog* signInDialog() const { return m_signInDialog; }
    [[nodiscard]] SubscriptionModel* subscriptions() const { return m_subscriptions; }
    [[nodiscard]] SubscriptionsDialog* subscriptionsDialog() const { return m_subscriptionsDialog; }
    [[nodiscard]] TokenStore* tokenStore() const;
    [[nodiscard]] TrayController* tray() const { return m_tray; }

    // Brings the feed window up (from the tray, a notification): shown, restored, in front.
    void showWindow();
    // What is worth a notification, and the desktop's way of showing it. The tray icon, where
    // there is one, is handed to notifier()->setTrayIcon() for systems without a notification
    // service.
    [[nodiscard]] NotificationCenter* notifications() const { return m_notifications; }
    [[nodiscard]] DesktopNotifier* notifier() const { return m_notifier; }
    // A notification was clicked: the window at that event, or the event in Asana when
    // `openInAsana` or the settings say so.
    void showNotifiedEvent(qint64 eventId, bool openInAsana);
    // What is remembered between runs (the demo's: for that run only).
    [[nodiscard]] Settings* settings() const { return m_settings.get(); }
    [[nodiscard]] SettingsDialog* settingsDialog() const { return m_settingsDialog; }
    [[nodiscard]] StartAtLogin* startAtLogin() const { return m_startAtLogin; }

    // Opens the sign-in dialog (or raises the open one).
    void openSignIn(const QString& notice = {});
    void signOut(bool removeHistory);
    // Opens the dialog that chooses what to follow (or raises the open one).
    void openSubscriptions();
    // Opens the settings (or raises the open dialog).
    void openSettings();
    // Quits so that main() starts the app again (the settings changed the language). Whether
    // that was asked.
    void restart();
    [[nodiscard]] bool isRestartRequested() const { return m_restartRequested; }

signals:
    // Sign-out finished (the keychain entry is gone; the history kept or removed as asked).
    void signedOut();

private:
    bool startDemo();
    bool startReal();
    void buildWindow();
    // The tray icon, where the desktop has a tray; without one, closing the window quits.
    void buildTray();
    void applyCloseToTray();
    void updateTrayAttention();
    void buildNotifications();
    // The settings that act on the whole app (colours, rows, budget, history) applied now, and
    // again whenever they change.
    void wireSettings();
    void applySettings();
    void wireAccount();
    void onAccountState(AccountController::State state);
    // Polls what the open store's account follows (and --subscribe adds), from the sync tokens
    // it kept.
    void startPolling();
    void stopPolling();
    // The account's requests that are not polls (names, search, the picture) go through the
    // scheduler's budget while one runs.
    void gate(QObject* owner, std::function<ApiReply*()> send, int cost = 1);
    // Another history was opened: what it follows, and their names.
    void reloadSubscriptions();
    [[nodiscard]] QUrl apiBaseUrl() const;
    [[nodiscard]] QString accountStorePath(const QString& gid) const;
    void openAccountHistory(const QString& gid);

    Options m_options;
    QString m_error;
    bool m_restartRequested = false;
    QNetworkAccessManager* m_network = nullptr;
    AsanaClient* m_client = nullptr;
    EventStore* m_store = nullptr;
    EventModel* m_model = nullptr;
    EventDetails* m_details = nullptr;
    EventFilterModel* m_filter = nullptr;
    PollScheduler* m_scheduler = nullptr;
    ResourceNames* m_names = nullptr; // real mode: the names of what is followed but not named yet
    SubscriptionModel* m_subscriptions = nullptr;
    ResourceSearch* m_search = nullptr;
    Demo* m_demo = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoSettingsDir; // the demo's settings last one run
    std::unique_ptr<QSettings> m_ownSettingsBackend;
    std::unique_ptr<Settings> m_settings;
    StartAtLogin* m_startAtLogin = nullptr;
    int m_appliedRetention = 0; // what applySettings() last applied
    int m_appliedBudget = 0;
    TokenStore* m_keychain = nullptr;
    AccountController* m_accounts = nullptr;
    NotificationCenter* m_notifications = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    std::unique_ptr<MainWindow> m_window; // destroyed before the models it shows
    QPointer<SignInDialog> m_signInDialog;
    QPointer<SubscriptionsDialog> m_subscriptionsDialog;
    EventFilterModel* m_trayRows = nullptr; // the feed as the tray lists it: without what is hidden
    TrayController* m_tray = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QString m_lastAccountGid; // whose feed the window showed last (kept after sign-out)
};

} // namespace AsanaFeed
