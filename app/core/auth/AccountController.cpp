#include "auth/AccountController.h"

#include "api/AsanaClient.h"
#include "auth/OAuthSignIn.h"
#include "auth/PatSignIn.h"
#include "util/Logging.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace AsanaFeed {

namespace {

constexpr qint64 maxPhotoBytes = 4 * 1024 * 1024; // more is not a profile picture

// The details GET /users/me gives: who, and where they work.
const QString detailsFields = QStringLiteral("name,email,photo,workspaces,workspaces.name");

} // namespace

AccountController::AccountController(QNetworkAccessManager* network, AsanaClient* client, TokenStore* keychain,
                                     Options options, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_client(client)
    , m_keychain(keychain)
    , m_tokens(keychain)
    , m_options(std::move(options))
{}

AccountController::~AccountController()
{
    cancelSignIn();
    delete m_session;
}

void AccountController::setState(State state, const QString& reason)
{
    const bool changed = state != m_state || reason != m_reason;
    m_state = state;
    m_reason = reason;
    if (changed) {
        emit stateChanged(state);
    }
}

void AccountController::send(QObject* owner, std::function<ApiReply*()> request)
{
    if (m_gate) {
        m_gate(owner, std::move(request));
    } else {
        request();
    }
}

MemoryTokenStore* AccountController::memoryTokens()
{
    if (!m_memory) {
        m_memory = new MemoryTokenStore(this);
    }
    return m_memory;
}

AccountSession::Options AccountController::sessionOptions() const
{
    AccountSession::Options options = m_options.session;
    options.apiBaseUrl = m_options.apiBaseUrl;
    options.clientId = m_options.clientId;
    options.clientSecret = m_options.clientSecret;
    return options;
}

// --- start-up

void AccountController::start(const std::optional<AccountInfo>& remembered)
{
    if (!remembered) {
        m_state = State::SignedOut;
        emit stateChanged(m_state); // the first state is news too
        emit signInWanted({});
        return;
    }
    m_account = remembered;
    setState(State::Loading);
    auto* step = new QObject(this);
    m_loading = step;
    const AccountInfo& account = *remembered;
    m_tokens->load(account.gid, [this, step = QPointer<QObject>(step), account](const TokenResult& result) {
        if (!step || step != m_loading) {
            return; // signed in or out meanwhile: this answer is for a state that is gone
        }
        delete step.data();
        onCredentialsLoaded(account, result);
    });
}

void AccountController::onCredentialsLoaded(const AccountInfo& account, const TokenResult& result)
{
    if (result.ok() && result.credentials && result.credentials->isFor(m_options.apiBaseUrl)) {
        startSession(account, *result.credentials, m_tokens);
        return;
    }
    QString why;
    if (result.ok() && result.credentials) {
        // Credentials belong to the host that issued them: never sent to another (--base-url).
        why = tr("The sign-in of %1 was issued by %2 and is not used with %3. Sign in again to use this server.")
                  .arg(account.displayName(), result.credentials->origin, AsanaClient::originOf(m_options.apiBaseUrl));
    } else {
        switch (result.status) {
        case TokenResult::Status::NotFound:
            why = tr("The sign-in of %1 is no longer on this computer. Sign in again to resume the feed.")
                      .arg(account.displayName());
            break;
        case TokenResult::Status::Unavailable:
            why = tr("No keychain is available (%1), so the sign-in could not be read. Sign in again to resume the "
                     "feed; it is kept for this run only.")
                      .arg(result.message);
            m_tokens = memoryTokens();
            break;
        case TokenResult::Status::Ok:
        case TokenResult::Status::Failed:
            why = tr("The sign-in could not be read from the keychain (%1). Sign in again to resume the feed.")
                      .arg(result.message);
            break;
        }
    }
    qCWarning(lcAuth) << "no usable credentials for account" << account.gid;
    needsSignIn(why, true);
}

void AccountController::needsSignIn(const QString& why, bool askNow)
{
    setState(State::NeedsSignIn, why);
    if (askNow) {
        emit signInWanted(why);
    }
}

// --- sign-in attempts

void AccountController::startAttempt(QObject* attempt)
{
    cancelSignIn();
    m_attempt = attempt; // cancelling it (or starting another) drops its late answer
}

void AccountController::signInWithBrowser()
{
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_options.apiBaseUrl;
    options.clientId = m_options.clientId;
    options.clientSecret = m_options.clientSecret;
    options.port = m_options.oauthPort;
    options.callbackPath = m_options.oauthCallbackPath;
    auto* oauth = new OAuthSignIn(m_network, options, m_options.openUrl, this);
    startAttempt(oauth);
    connect(oauth, &OAuthSignIn::finished, this, &AccountController::onSignInFinished);
    oauth->start();
    emit signInProgress(Progress::WaitingForBrowser);
}

void AccountController::signInOutOfBand()
{
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_options.apiBaseUrl;
    options.clientId = m_options.clientId;
    options.clientSecret = m_options.clientSecret;
    auto* oauth = new OAuthSignIn(m_network, options, m_options.openUrl, this);
    startAttempt(oauth);
    connect(oauth, &OAuthSignIn::finished, this, &AccountController::onSignInFinished);
    oauth->startOutOfBand();
    emit signInProgress(Progress::WaitingForCode);
}

void AccountController::submitCode(const QString& code)
{
    if (auto* oauth = qobject_cast<OAuthSignIn*>(m_attempt.data())) {
        oauth->submitCode(code); // the dialog says it is checking the code
    }
}

void AccountController::signInWithToken(const QString& token)
{
    auto* pat = new PatSignIn(m_network, m_options.apiBaseUrl, this);
    startAttempt(pat);
    connect(pat, &PatSignIn::finished, this, &AccountController::onSignInFinished);
    pat->verify(token); // the dialog says it is checking the token
}

void AccountController::cancelSignIn()
{
    if (m_attempt) {
        m_attempt->disconnect(this);
        m_attempt->deleteLater(); // an OAuthSignIn closes its loopback listener
    }
    m_attempt.clear();
}

void AccountController::onSignInFinished(const SignInResult& result)
{
    QObject* attempt = sender();
    if (attempt != m_attempt) {
        return;
    }
    if (!result.ok()) {
        cancelSignIn();
        if (result.failure != SignInResult::Failure::Cancelled) {
            emit signInFailed(result.message);
        }
        return;
    }
    if (!result.account.isValid()) {
        cancelSignIn();
        emit signInFailed(tr("Asana did not say which account this is. Please try again."));
        return;
    }
    emit signInProgress(Progress::Verifying);
    keep(result);
}

void AccountController::keep(const SignInResult& result)
{
    // The attempt stays the current step while the keychain keeps what it gave: a cancel (or
    // another attempt) meanwhile leaves the answer with no step to land in.
    const QPointer<QObject> step = m_attempt;
    const QPointer<AccountController> self(this);
    const QString gid = result.account.gid;
    m_keeping.insert(gid, step);
    m_tokens->save(gid, result.credentials, [this, self, step, result, gid](const TokenResult& saved) {
        if (!self) {
            return; // the app is closing
        }
        const bool newestKeep = m_keeping.value(gid) == step;
        if (newestKeep) {
            m_keeping.remove(gid);
        }
        if (!step || step != m_attempt) {
            // Abandoned while the keychain was busy: neither used nor kept, and its grant revoked.
            qCInfo(lcAuth) << "a sign-in was cancelled while being kept";
            if (saved.ok() && newestKeep) {
                if (m_session && m_account && m_account->gid == gid) {
                    m_tokens->save(gid, m_session->credentials(), [](const TokenResult&) {}); // the one in use
                } else {
                    m_tokens->remove(gid, [](const TokenResult&) {});
                }
            }
            revokeUnused(result.account, result.credentials);
            return;
        }
        m_attempt->deleteLater();
        m_attempt.clear();
        TokenStore* store = m_tokens;
        QString runOnly;
        if (!saved.ok()) {
            // No insecure fallback: the sign-in is used for this run only, and the person is told.
            qCWarning(lcAuth) << "the keychain did not keep the sign-in of account" << gid;
            if (saved.status == TokenResult::Status::Unavailable) {
                m_tokens = memoryTokens();
                runOnly = tr("No keychain is available (%1): you are signed in for this run only. Start a keychain "
                             "(such as GNOME Keyring or KWallet) to stay signed in.")
                              .arg(saved.message);
            } else {
                runOnly = tr("The keychain did not keep the sign-in (%1): you are signed in for this run only.")
                              .arg(saved.message);
            }
            store = memoryTokens();
            store->save(gid, result.credentials, [](const TokenResult&) {});
        } else if (!store->isPersistent()) {
            runOnly = tr("No keychain is available: you are signed in for this run only.");
        }
        adopt(result.account, result.credentials, store);
        if (!runOnly.isEmpty()) {
            emit notice(runOnly);
        }
        emit signInSucceeded();
    });
}

void AccountController::adopt(const AccountInfo& account, const Credentials& credentials, TokenStore* store)
{
    delete m_loading; // a keychain answer for the account remembered at start-up is old news now
    AccountInfo known = account;
    if (m_account && m_account->gid == account.gid) {
        // The OAuth token answer says less about the account than what we knew.
        if (known.workspaces.isEmpty()) {
            known.workspaces = m_account->workspaces;
        }
        if (known.photoUrl.isEmpty()) {
            known.photoUrl = m_account->photoUrl;
        }
    } else if (m_account) {
        // Another account: the previous one is signed out here (its entry deleted, its grant
        // revoked in the background); its history stays for its next sign-in.
        if (m_session) {
            endSession(true);
        } else {
            m_tokens->remove(m_account->gid, [](const TokenResult&) {});
        }
    }
    qCInfo(lcAuth) << "signed in as account" << known.gid;
    m_account = known;
    emit signedIn(known, credentials.kind == Credentials::Kind::OAuth);
    emit accountChanged(known);
    startSession(known, credentials, store);
}

// --- the session

void AccountController::startSession(const AccountInfo& account, const Credentials& credentials, TokenStore* store)
{
    if (m_session && m_session->account().gid == account.gid &&
        m_session->credentials().refreshToken != credentials.refreshToken) {
        // Signed in again as the same account: the grant it replaces is revoked, not left valid,
        // and the new one is written again, last (a renewal of the old one may have been saved
        // after it).
        AccountSession* replaced = m_session;
        m_session = nullptr;
        replaced->disconnect(this);
        connect(replaced, &AccountSession::signedOut, replaced, &QObject::deleteLater);
        replaced->retire();
        store->save(account.gid, credentials, [](const TokenResult&) {});
    } else {
        delete m_session;
        m_session = nullptr;
    }
    delete m_details;
    m_account = account;
    m_session = new AccountSession(m_network, store, m_client, sessionOptions(), account, credentials, this);
    connect(m_session, &AccountSession::signInRequired, this, [this](const QString& why) { needsSignIn(why, false); });
    connect(m_session, &AccountSession::recovered, this, [this] {
        setState(State::SignedIn);
        emit recovered();
    });
    connect(m_session, &AccountSession::refreshFailed, this, &AccountController::message);
    connect(m_session, &AccountSession::credentialsChanged, this, [this] {
        if (m_detailsStale) {
            refreshDetails();
        }
    });
    connect(m_session, &AccountSession::storeFailed, this, [this](const QString& problem) {
        emit notice(
            tr("The renewed sign-in could not be kept in the keychain (%1); it is used for this run.").arg(problem));
    });
    // A new session is news even when one was running (another account, a new sign-in).
    m_state = State::SignedIn;
    m_reason.clear();
    emit stateChanged(State::SignedIn);
    refreshDetails();
}

void AccountController::endSession(bool revoke)
{
    if (!m_session) {
        return;
    }
    AccountSession* session = m_session;
    m_session = nullptr;
    session->disconnect(this);
    if (!revoke) {
        delete session;
        return;
    }
    connect(session, &AccountSession::signedOut, session, &QObject::deleteLater);
    session->signOut();
}

void AccountController::handleUnauthorized()
{
    if (m_session) {
        m_session->handleUnauthorized(); // one renewal for everyone who was refused; then recovered()
    }
}

void AccountController::refreshDetails()
{
    // Who the account is now (name, workspaces, photo): the token answer does not say it all.
    if (!m_session || m_details) {
        return;
    }
    m_detailsStale = false;
    auto* step = new QObject(this);
    m_details = step;
    const QString gid = m_account->gid;
    const quint64 generation = m_client->tokenGeneration();
    send(step, [this, step, gid, generation]() -> ApiReply* {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("opt_fields"), detailsFields);
        ApiReply* reply = m_client->get(QStringLiteral("users/me"), query);
        connect(reply, &ApiReply::finished, step, [this, step, gid, generation](const ApiResult& result) {
            step->deleteLater();
            const auto details =
                result.ok() ? AccountInfo::fromJson(result.body.value(QLatin1String("data")).toObject()) : std::nullopt;
            if (!details) {
                // E.g. the token had just expired: asked again with the renewed one (now, if the
                // renewal came first, else when it comes).
                m_detailsStale = true;
                if (m_session && m_client->tokenGeneration() != generation) {
                    m_details.clear();
                    refreshDetails();
                }
                return;
            }
            if (!m_account || details->gid != gid) {
                return;
            }
            m_account = *details;
            emit accountChanged(*m_account);
            fetchPhoto();
        });
        return reply;
    });
}

void AccountController::fetchPhoto()
{
    // Only from Asana's own servers over https: a simulator on loopback keeps everything local.
    const QUrl url = m_account ? m_account->photoUrl : QUrl();
    if (!url.isValid() || url.scheme() != QLatin1String("https") ||
        m_options.apiBaseUrl.scheme() != QLatin1String("https")) {
        return;
    }
    auto* step = new QObject(this);
    const QString gid = m_account->gid;
    send(step, [this, step, url, gid]() -> ApiReply* {
        ApiReply* reply = m_client->download(url, maxPhotoBytes);
        connect(reply, &ApiReply::finished, step, [this, step, gid](const ApiResult& result) {
            step->deleteLater();
            if (result.ok() && !result.raw.isEmpty() && m_account && m_account->gid == gid) {
                emit photoChanged(result.raw);
            }
        });
        return reply;
    });
}

void AccountController::revokeUnused(const AccountInfo& account, const Credentials& credentials)
{
    if (credentials.kind != Credentials::Kind::OAuth || credentials.refreshToken.isEmpty()) {
        return;
    }
    // A session of its own, with no client and no store: it only asks Asana to revoke.
    auto* grant = new AccountSession(m_network, nullptr, nullptr, sessionOptions(), account, credentials, this);
    connect(grant, &AccountSession::signedOut, grant, &QObject::deleteLater);
    grant->retire();
}

// --- sign-out

void AccountController::signOut(bool removeHistory)
{
    if (!m_account) {
        return;
    }
    cancelSignIn();
    delete m_loading;
    delete m_details;
    const QString gid = m_account->gid;
    setState(State::SigningOut);
    if (m_session) {
        // The session deletes the keychain entry, then asks Asana to revoke; this computer has
        // forgotten the account already, whatever Asana answers or however long it takes.
        AccountSession* session = m_session;
        m_session = nullptr;
        session->disconnect(this);
        connect(session, &AccountSession::signedOut, this, [this, session](const QString& problem) {
            session->deleteLater();
            if (!problem.isEmpty()) {
                // Someone may have signed in meanwhile: then not as a notice over theirs.
                m_state == State::SignedIn ? emit message(problem) : emit notice(problem);
            }
        });
        if (session->tokenStore() != m_keychain) {
            // It kept its secrets in memory; the keychain may still hold an older entry.
            m_keychain->remove(gid, [](const TokenResult&) {});
        }
        session->signOut();
    } else {
        // Never got as far as a session (e.g. the keychain entry was missing): remove what is there.
        m_tokens->remove(gid, [](const TokenResult&) {});
    }
    m_client->setAccessToken({});
    m_account.reset();
    m_detailsStale = false;
    qCInfo(lcAuth) << "signed out; history" << (removeHistory ? "removed" : "kept");
    setState(State::SignedOut);
    emit signedOut(gid, removeHistory);
    emit message(removeHistory ? tr("Signed out; the history on this computer was removed.")
                               : tr("Signed out; the history stays on this computer."));
}

} // namespace AsanaFeed
