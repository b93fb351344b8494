// AccountSession: one signed-in account at run time — its credentials and who it is. It keeps
// the injected AsanaClient supplied with the current access token, refreshes OAuth access
// tokens before they expire (and once after a 401), asks for a new sign-in when Asana refuses
// the refresh token, and signs out (revokes the refresh token, then deletes the TokenStore
// entry). It never deletes the feed or the subscriptions, and it never logs a token.
#pragma once

#include "auth/SignInResult.h"
#include "auth/TokenStore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace AsanaFeed {

class AsanaClient;

class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    struct Options
    {
        QUrl apiBaseUrl;      // the API; credentials that do not say which host issued them are bound to it
        QString clientId;     // the OAuth client the credentials were issued to
        QString clientSecret; // only where the registered app requires it
        std::chrono::milliseconds requestTimeout{std::chrono::seconds(30)};
        // After a refresh that failed for a transient reason (no answer, 5xx).
        std::chrono::milliseconds retryDelay{std::chrono::seconds(30)};
    };

    // Supplies `client` with the access token at once and schedules the first refresh. `store`
    // and `client` must outlive the session (or be its children).
    AccountSession(QNetworkAccessManager* network, TokenStore* store, AsanaClient* client, Options options,
                   AccountInfo account, Credentials credentials, QObject* parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] const AccountInfo& account() const { return m_account; }
    [[nodiscard]] const Credentials& credentials() const { return m_credentials; }
    // Where the renewed credentials are kept (the keychain, or memory for this run).
    [[nodiscard]] TokenStore* tokenStore() const { return m_store; }
    [[nodiscard]] bool isRefreshing() const { return !m_refreshReply.isNull(); }
    [[nodiscard]] bool isSigningOut() const { return m_signingOut; }
    // True after signInRequired(): no more refreshes until a new session is made.
    [[nodiscard]] bool needsSignIn() const { return m_needsSignIn; }
    // More 401s than this within the window, each renewed, mean Asana refuses every renewed
    // token: the person must sign in again rather than the app renewing in a loop.
    static constexpr int maxRecoveriesPerWindow = 3;
    static constexpr qint64 recoveryWindowMs = 60'000;

    // Milliseconds until the scheduled refresh; -1 when none is scheduled.
    [[nodiscard]] int msUntilRefresh() const { return m_refreshTimer.isActive() ? m_refreshTimer.remainingTime() : -1; }

    // How long before expiresAt the refresh runs: a minute, or 10% of the lifetime if smaller.
    [[nodiscard]] static std::chrono::milliseconds refreshMargin(std::chrono::milliseconds lifetime);

    // OAuth: exchanges the refresh token for a new access token (a no-op while one is running).
    void refresh();
    // The owner calls this when a request was answered 401. OAuth: one refresh, then recovered();
    // a refused refresh, or a second 401 without a successful refresh in between, emits
    // signInRequired(). Personal access tokens: signInRequired() at once.
    void handleUnauthorized();
    // Removes the TokenStore entry, then (OAuth) revokes the refresh token at Asana; then
    // signedOut(). The entry goes first so that quitting during the revoke leaves no secret.
    void signOut();
    // A new sign-in of the same account replaced this one: the old refresh token is revoked at
    // Asana, the TokenStore entry (which now holds the new sign-in) stays. Then signedOut().
    void retire();

signals:
    // The access token (and possibly the refresh token and expiry) changed; the client has it.
    void credentialsChanged();
    // A 401 was handled by a successful refresh: the owner may restart its pollers.
    void recovered();
    // The credentials can no longer be used; the person must sign in again. Nothing was deleted.
    void signInRequired(const QString& message);
    // A refresh failed for a transient reason; it is retried later.
    void refreshFailed(const QString& message);
    // The renewed credentials could not be saved (they are still used for this run).
    void storeFailed(const QString& message);
    // Sign-out finished; `message` is empty when everything went well, otherwise says what did
    // not (e.g. the revoke failed). The local secret is gone in either case unless it says so.
    void signedOut(const QString& message);

private:
    enum class Outcome { Ok, Refused, Transient };

    QNetworkReply* postForm(const QUrl& url, const QList<QPair<QString, QString>>& form);
    void onRefreshFinished(QNetworkReply* reply);
    void applyTokenAnswer(const QJsonObject& answer);
    void scheduleRefresh();
    void requireSignIn(const QString& message);
    void finishSignOut(const QString& message);
    void stopAndRevoke(bool removeEntry);
    [[nodiscard]] bool isOAuth() const { return m_credentials.kind == Credentials::Kind::OAuth; }

    QNetworkAccessManager* m_network = nullptr;
    QPointer<TokenStore> m_store;
    QPointer<AsanaClient> m_client;
    Options m_options;
    AccountInfo m_account;
    Credentials m_credentials;
    std::chrono::milliseconds m_lifetime{0};
    QElapsedTimer m_clock;
    QList<qint64> m_recoveries; // when 401s started a renewal (m_clock), within the window
    QTimer m_refreshTimer;
    QPointer<QNetworkReply> m_refreshReply;
    QPointer<QNetworkReply> m_revokeReply;
    bool m_recovering = false;            // a 401 is being handled
    bool m_recoveryAttemptFailed = false; // ... and its refresh failed transiently
    bool m_needsSignIn = false;
    bool m_signingOut = false;
    bool m_signedOut = false;
};

} // namespace AsanaFeed
