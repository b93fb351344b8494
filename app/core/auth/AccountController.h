// AccountController: the signed-in account's life cycle as one explicit state machine.
//
//   SignedOut ──sign-in kept──▶ SignedIn ◀──renewed/signed in again── NeedsSignIn
//       ▲  │                        │  └──refused renewal, 401 of a token──▶  ▲
//       │  └─remembered─▶ Loading ──┴──(keychain: none, unreadable, other host)┘
//       └──────────── SigningOut ◀──signOut() (from any state with an account)
//
// It runs the sign-in attempts (OAuth in the browser, a pasted code, a personal access token),
// keeps what they yield in the TokenStore (falling back to memory, and saying so, when no
// keychain is available), owns the AccountSession that renews the credentials, asks Asana who
// the account is (and fetches its picture), and signs out. Each asynchronous step belongs to the
// state that started it: an answer that comes back after the state moved on (a keychain that
// answers late, an attempt that was cancelled) finds its step gone and is dropped — no counters.
// It never touches a widget, a setting or a file: it says what happened, and the composition
// root remembers the account, opens its history and shows it.
#pragma once

#include "api/AccountInfo.h"
#include "auth/AccountSession.h"
#include "auth/SignInResult.h"
#include "auth/TokenStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace AsanaFeed {

class ApiReply;
class AsanaClient;
class MemoryTokenStore;
class OAuthSignIn;
class PatSignIn;

class AccountController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)

public:
    enum class State {
        SignedOut,   // nobody: the feed waits for a sign-in
        Loading,     // the remembered account's credentials are being read from the keychain
        SignedIn,    // a session runs: the client has a token
        NeedsSignIn, // the account is known but its credentials cannot be used (why: stateReason())
        SigningOut,  // forgetting the account here, then revoking at Asana
    };
    Q_ENUM(State)

    // Where a sign-in attempt stands, for the dialog.
    enum class Progress {
        WaitingForBrowser, // OAuth: the consent page is open; waiting for the redirect
        WaitingForCode,    // OAuth out of band: waiting for the pasted code
        Verifying,         // keeping what the sign-in gave
    };
    Q_ENUM(Progress)

    // Sends a request when the account's request budget allows it (the PollScheduler's lane for
    // requests that are not polls); by default at once.
    using RequestGate = std::function<void(QObject* owner, std::function<ApiReply*()> send)>;

    struct Options
    {
        QUrl apiBaseUrl;      // the API this run talks to; credentials of another host are not used
        QString clientId;     // OAuth; empty: only personal access tokens
        QString clientSecret; // only where the registered app requires it
        quint16 oauthPort = 8723;
        QString oauthCallbackPath = QStringLiteral("/callback");
        std::function<void(const QUrl&)> openUrl; // the browser
        AccountSession::Options session;          // timeouts of the renewal; its client is the above
    };

    // `keychain` is where secrets live; `client` gets the account's token. Both must outlive it.
    AccountController(QNetworkAccessManager* network, AsanaClient* client, TokenStore* keychain, Options options,
                      QObject* parent = nullptr);
    ~AccountController() override;

    void setRequestGate(RequestGate gate) { m_gate = std::move(gate); }

    [[nodiscard]] State state() const { return m_state; }
    // Why the account needs a sign-in (NeedsSignIn), for a person.
    [[nodiscard]] QString stateReason() const { return m_reason; }
    [[nodiscard]] std::optional<AccountInfo> account() const { return m_account; }
    [[nodiscard]] AccountSession* session() const { return m_session; }
    // Where this run keeps secrets: the keychain, or memory once it proved unavailable.
    [[nodiscard]] TokenStore* tokenStore() const { return m_tokens; }
    [[nodiscard]] bool isSignInRunning() const { return m_attempt != nullptr; }
    [[nodiscard]] bool canUseOAuth() const { return !m_options.clientId.isEmpty(); }

    // Start-up with the account the settings remember (none: SignedOut).
    void start(const std::optional<AccountInfo>& remembered);

    // One sign-in attempt at a time: starting one abandons the one before.
    void signInWithBrowser();
    void signInOutOfBand();
    void submitCode(const QString& code);
    void signInWithToken(const QString& token);
    void cancelSignIn();

    // A request of the account was answered 401: one renewal (OAuth), else NeedsSignIn.
    void handleUnauthorized();
    // Forgets the account on this computer (the keychain entry) and revokes it at Asana.
    // `removeHistory` travels with signedOut() for the owner of the history.
    void signOut(bool removeHistory);

signals:
    void stateChanged(AsanaFeed::AccountController::State state);
    // Who is signed in changed, or what is known about them (refreshed from Asana): remember it.
    void accountChanged(const AsanaFeed::AccountInfo& account);
    // A sign-in of `account` was kept: open its history. `oauth` for an OAuth grant.
    void signedIn(const AsanaFeed::AccountInfo& account, bool oauth);
    // After a 401: the renewed token is in the client; pollers may carry on.
    void recovered();
    // The account's picture (image file bytes).
    void photoChanged(const QByteArray& image);
    // The account is gone from this computer (keychain entry, and — if asked — its history).
    void signedOut(const QString& accountGid, bool removeHistory);

    // For the sign-in dialog.
    void signInWanted(const QString& why); // open the dialog (at first start, or when the sign-in expired)
    void signInProgress(AsanaFeed::AccountController::Progress progress);
    void signInFailed(const QString& message);
    void signInSucceeded();

    // For the person: a lasting notice (empty: none) and a passing message.
    void notice(const QString& text);
    void message(const QString& text);

private:
    void setState(State state, const QString& reason = {});
    void startAttempt(QObject* attempt);
    void onSignInFinished(const SignInResult& result);
    void keep(const SignInResult& result);
    void adopt(const AccountInfo& account, const Credentials& credentials, TokenStore* store);
    void onCredentialsLoaded(const AccountInfo& account, const TokenResult& result);
    void startSession(const AccountInfo& account, const Credentials& credentials, TokenStore* store);
    void endSession(bool revoke);
    void needsSignIn(const QString& why, bool askNow);
    void refreshDetails();
    void fetchPhoto();
    void revokeUnused(const AccountInfo& account, const Credentials& credentials);
    void send(QObject* owner, std::function<ApiReply*()> request);
    [[nodiscard]] MemoryTokenStore* memoryTokens();
    [[nodiscard]] AccountSession::Options sessionOptions() const;

    QNetworkAccessManager* m_network = nullptr;
    AsanaClient* m_client = nullptr;
    TokenStore* m_keychain = nullptr;
    TokenStore* m_tokens = nullptr; // m_keychain, or memory once the keychain proved unavailable
    MemoryTokenStore* m_memory = nullptr;
    Options m_options;
    RequestGate m_gate;

    State m_state = State::SignedOut;
    QString m_reason;
    std::optional<AccountInfo> m_account;
    AccountSession* m_session = nullptr;
    // The asynchronous steps of the current state; their answers are only taken while they are
    // current. The keychain read of Loading (gone once someone signs in or out):
    QPointer<QObject> m_loading;
    // The OAuthSignIn or PatSignIn running, which stays current while the keychain keeps what it
    // gave (a cancel or a new attempt makes it stale):
    QPointer<QObject> m_attempt;
    // Per account, the attempt whose result the keychain is keeping now: a stale keep does not
    // take back an entry a newer one wrote.
    QHash<QString, QPointer<QObject>> m_keeping;
    QPointer<QObject> m_details; // the GET /users/me (and photo) of the signed-in account
    bool m_detailsStale = false; // the last GET /users/me failed: ask again after a renewal
};

} // namespace AsanaFeed
