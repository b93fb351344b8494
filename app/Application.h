// Application: the composition root of the window modes. Builds the engine (network, client,
// throttle, store, one poller per subscription), the feed models and the window, and wires them:
// pollers → store (their EventSink) → model → filter → view. In demo mode it also runs the
// simulator in-process on a free loopback port with a seeded day of history. In the real mode it
// runs the account: the signed-in account's credentials from the keychain (an AccountSession
// that renews them), one database per account, the sign-in dialog and sign-out.
#pragma once

#include "auth/AccountSession.h"
#include "auth/SignInResult.h"

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

class AccountThrottle;
class AsanaClient;
class EventFilterModel;
class EventModel;
class EventPoller;
class EventStore;
class MainWindow;
class MemoryTokenStore;
class OAuthSignIn;
class PatSignIn;
class ResourceNames;
class Settings;
class SignInDialog;
class TokenStore;
struct TokenResult;
struct Event;

namespace Sim {
class DemoScenario;
class SimServer;
class SimWorld;
} // namespace Sim

class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        bool demo = false;
        QString token;             // real mode: from ASANA_TOKEN (no account: nothing is refreshed)
        QStringList subscriptions; // real mode: --subscribe GIDs (else the store's saved ones)
        QUrl baseUrl;              // real mode: the API (default: Asana)
        QString statePath;         // real mode: the store (default: one per account in the data location)
        std::chrono::milliseconds interval{std::chrono::seconds(10)};
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
    [[nodiscard]] const QList<EventPoller*>& pollers() const { return m_pollers; }
    [[nodiscard]] Sim::SimServer* simServer() const { return m_server; }
    [[nodiscard]] AccountSession* session() const { return m_session; }
    [[nodiscard]] std::optional<AccountInfo> account() const { return m_account; }
    [[nodiscard]] SignInDialog* signInDialog() const;
    [[nodiscard]] TokenStore* tokenStore() const { return m_tokens; }

    // Opens the sign-in dialog (or raises the open one).
    void openSignIn(const QString& notice = {});
    void signOut(bool removeHistory);

signals:
    // Sign-out finished (the keychain entry is gone; the history kept or removed as asked).
    void signedOut();

private:
    bool startDemo();
    bool startReal();
    void startPolling(const QStringList& gids);
    void stopPolling();
    [[nodiscard]] QStringList subscriptionGids() const;
    [[nodiscard]] QUrl apiBaseUrl() const;
    // Where an account's history lives: --state when given, else its own database.
    [[nodiscard]] QString accountStorePath(const QString& gid) const;
    bool openStore(const QString& path);
    // openStore(), falling back to a history in memory: empty, or what to tell the person.
    QString useStore(const QString& path);
    void showSignedOut();
    void onCredentialsLoaded(const AccountInfo& account, const TokenResult& result);
    // `store` keeps the renewed credentials (null: m_tokens).
    void startSession(const AccountInfo& account, const Credentials& credentials, TokenStore* store = nullptr);
    void onSignInRequired(const QString& message);
    // The account is known but its sign-in is not usable: say why, keep the feed, offer to sign in.
    void showNeedsSignIn(const QString& why);
    void onSignInFinished(const SignInResult& result);
    void keepSignIn(const SignInResult& result);
    void adoptAccount(const AccountInfo& account, const Credentials& credentials, TokenStore* store);
    void refreshAccountInfo();
    void fetchPhoto();
    [[nodiscard]] MemoryTokenStore* memoryTokens();
    [[nodiscard]] AccountSession::Options sessionOptions() const;
    // Asks Asana to revoke an OAuth grant that is not used (cancelled, replaced).
    void revokeOnly(const AccountInfo& account, const Credentials& credentials);
    void useMemoryTokens();
    void cancelSignInAttempt();
    void onGap(const QString& gid, const QDateTime& detectedAt);

    Options m_options;
    QString m_error;
    QNetworkAccessManager* m_network = nullptr;
    AsanaClient* m_client = nullptr;
    AccountThrottle* m_throttle = nullptr;
    EventStore* m_store = nullptr;
    EventModel* m_model = nullptr;
    EventFilterModel* m_filter = nullptr;
    QList<EventPoller*> m_pollers;
    ResourceNames* m_names = nullptr; // real mode: the followed projects' and tasks' names
    std::unique_ptr<QSettings> m_ownSettingsBackend;
    QSettings* m_settingsBackend = nullptr;
    std::unique_ptr<Settings> m_settings; // after its backend: destroyed first
    std::unique_ptr<QTemporaryDir> m_demoDir;
    Sim::SimWorld* m_world = nullptr;
    Sim::SimServer* m_server = nullptr;
    Sim::DemoScenario* m_scenario = nullptr;
    std::unique_ptr<MainWindow> m_window; // destroyed before the models it shows

    TokenStore* m_tokens = nullptr; // the keychain, or m_memoryTokens once it proved unavailable
    MemoryTokenStore* m_memoryTokens = nullptr;
    AccountSession* m_session = nullptr;
    TokenStore* m_sessionStore = nullptr; // where m_session keeps its renewals
    QString m_lastAccountGid;             // whose feed the window showed last (kept after sign-out)
    QHash<QString, quint64> m_latestSave; // per account: the newest keychain save started
    quint64 m_saveSerial = 0;
    std::optional<AccountInfo> m_account;
    QPointer<SignInDialog> m_signInDialog;
    QPointer<OAuthSignIn> m_oauth;
    QPointer<PatSignIn> m_pat;
    QPointer<PatSignIn> m_accountRefresh;
    bool m_accountInfoStale = false; // GET /users/me did not answer: ask again after a renewal
    QString m_diskNotice;            // the notice shown while pages cannot be saved
    quint64 m_generation = 0;        // changes whenever the signed-in account does
    quint64 m_attempt = 0;           // changes whenever a sign-in attempt is abandoned
};

} // namespace AsanaFeed
