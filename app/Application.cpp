#include "Application.h"

#include "FilterBar.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "api/AsanaClient.h"
#include "api/BoundedBody.h"
#include "api/Event.h"
#include "api/ResourceNames.h"
#include "auth/AccountSession.h"
#include "auth/KeychainTokenStore.h"
#include "auth/OAuthSignIn.h"
#include "auth/PatSignIn.h"
#include "auth/TokenStore.h"
#include "events/AccountThrottle.h"
#include "events/EventPoller.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "sim/DemoScenario.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/SimWorld.h"
#include "store/EventStore.h"
#include "store/Settings.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

namespace AsanaFeed {

namespace {

QString randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

Application::Application(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Application::~Application()
{
    stopPolling();
    cancelSignInAttempt();
    delete m_session;
    if (m_scenario) {
        m_scenario->stop();
    }
    m_window.reset();
    delete m_filter;
    delete m_model;
    delete m_store; // closes the database before the demo's temporary directory goes
}

bool Application::start()
{
    m_network = new QNetworkAccessManager(this);
    // No request of the app follows a redirect: one would carry its body (a code, a refresh
    // token, a client secret) to wherever it points. (Qt's OAuth code exchange has no other say.)
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_client = new AsanaClient(m_network, this);
    m_throttle = new AccountThrottle(this);
    m_store = new EventStore;

    const bool ok = m_options.demo ? startDemo() : startReal();
    if (!ok) {
        return false;
    }
    m_window->show();
    return true;
}

bool Application::startDemo()
{
    // The simulated workspace, with a day of history, before anyone subscribes.
    m_world = new Sim::SimWorld(this);
    Sim::DemoScenario::populate(m_world);
    m_scenario = new Sim::DemoScenario(m_world, 1, this);
    m_scenario->seedHistory(m_options.demoHistoryHours);

    const QString token = randomToken(); // never leaves this process
    Sim::SimConfig config;
    config.acceptedTokens = {token};
    config.controlEndpoints = false;
    m_server = new Sim::SimServer(m_world, config, this);
    if (!m_server->listen(0)) {
        m_error = tr("the demo simulator could not listen on 127.0.0.1");
        return false;
    }
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setAccessToken(token);

    m_demoDir = std::make_unique<QTemporaryDir>();
    if (!m_demoDir->isValid() || !m_store->open(m_demoDir->filePath(QStringLiteral("demo.sqlite")))) {
        m_error = tr("the demo could not create its temporary store: %1").arg(m_store->lastError());
        return false;
    }

    // The seeded history goes straight into the store; the pollers then start from now.
    QHash<QString, QString> names;
    const QStringList projects = m_world->projectGids();
    for (const QString& gid : projects) {
        names.insert(gid, m_world->project(gid)->name);
        QList<Event> history;
        const auto stream = m_world->streamEvents(gid);
        history.reserve(stream.size());
        for (const QJsonObject& json : stream) {
            Parsed<Event> event = parseEvent(json);
            if (event.ok()) {
                history.append(std::move(event.value()));
            }
        }
        if (!m_store->commitPage(gid, history, QString())) {
            m_error = tr("the demo history could not be stored: %1").arg(m_store->lastError());
            return false;
        }
    }

    m_store->markAllRead(); // yesterday's news: only what happens while the demo runs is unread

    m_model = new EventModel(m_store);
    m_model->setSubscriptionNames(names);
    m_model->reload();
    m_filter = new EventFilterModel;
    m_filter->setSourceModel(m_model);
    m_window = std::make_unique<MainWindow>(m_model, m_filter);
    m_window->setDemo(true);
    m_window->setSubscriptionNames(names);
    m_window->setEmptyHint(tr("Waiting for the demo workspace"),
                           tr("Events from the simulated projects appear here within a few seconds."));

    m_options.interval = std::min(m_options.interval, std::chrono::milliseconds(2000));
    startPolling(projects);
    m_scenario->setEventsPerMinute(m_options.demoEventsPerMinute);
    m_scenario->start();
    return true;
}

SignInDialog* Application::signInDialog() const
{
    return m_signInDialog;
}

QString Application::accountStorePath(const QString& gid) const
{
    return m_options.statePath.isEmpty() ? EventStore::defaultPath(gid) : m_options.statePath;
}

QUrl Application::apiBaseUrl() const
{
    return m_options.baseUrl.isValid() ? m_options.baseUrl : QUrl(QString::fromLatin1(AsanaClient::defaultBaseUrl));
}

bool Application::openStore(const QString& path)
{
    if (!m_store->open(path)) {
        m_error = tr("cannot use the state file %1: %2").arg(path, m_store->lastError());
        return false;
    }
    return true;
}

QString Application::useStore(const QString& path)
{
    if (openStore(path)) {
        return {};
    }
    // Busy (another copy of the app has it), from a newer version, or a disk that refuses: the
    // file is left exactly as it is, and this run keeps its feed in memory.
    const QString problem =
        tr("The history cannot be kept on this computer (%1); the feed is kept for this run only.").arg(m_error);
    openStore(QStringLiteral(":memory:"));
    return problem;
}

QStringList Application::subscriptionGids() const
{
    QStringList gids = m_options.subscriptions;
    if (gids.isEmpty()) {
        for (const StoredSubscription& stored : m_store->subscriptions()) {
            gids.append(stored.gid);
        }
    }
    return gids;
}

bool Application::startReal()
{
    m_settingsBackend = m_options.settings;
    if (!m_settingsBackend) {
        m_ownSettingsBackend = std::make_unique<QSettings>();
        m_settingsBackend = m_ownSettingsBackend.get();
    }
    m_settings = std::make_unique<Settings>(m_settingsBackend);
    m_tokens = m_options.tokenStore;
    if (!m_tokens) {
        m_tokens = new KeychainTokenStore(m_options.keychainService.isEmpty()
                                              ? QString::fromLatin1(KeychainTokenStore::defaultService)
                                              : m_options.keychainService,
                                          this);
    }
    m_client->setBaseUrl(apiBaseUrl());

    // The feed on screen at once: the account's own history (nothing is kept before a sign-in).
    m_account = m_options.token.isEmpty() ? m_settings->account() : std::nullopt;
    QString path = QStringLiteral(":memory:");
    if (m_account) {
        path = accountStorePath(m_account->gid);
    } else if (!m_options.token.isEmpty()) {
        path = accountStorePath(QStringLiteral("default"));
    } else if (!m_options.statePath.isEmpty()) {
        path = m_options.statePath;
    }
    const QString storeProblem = useStore(path);
    if (!m_store->isOpen()) {
        return false;
    }
    m_model = new EventModel(m_store);
    m_model->reload();
    m_filter = new EventFilterModel;
    m_filter->setSourceModel(m_model);
    m_window = std::make_unique<MainWindow>(m_model, m_filter);
    if (m_options.keepSettings) {
        m_window->setSettings(m_settings.get());
    }
    if (!storeProblem.isEmpty()) {
        m_window->showNotice(storeProblem);
    }
    m_names = new ResourceNames(m_client, this);
    connect(m_names, &ResourceNames::namesChanged, this, [this](const QHash<QString, QString>& names) {
        m_model->setSubscriptionNames(names);
        m_window->setSubscriptionNames(names);
    });
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] { openSignIn(); });
    connect(m_window.get(), &MainWindow::emptyActionTriggered, this, [this] { openSignIn(); });
    connect(m_window.get(), &MainWindow::noticeActionTriggered, this, [this] { openSignIn(); });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Application::signOut);

    if (!m_options.token.isEmpty()) {
        // ASANA_TOKEN: this run's token, nobody signed in; nothing to renew or sign out of.
        m_client->setAccessToken(m_options.token);
        m_window->setAccount(std::nullopt, MainWindow::AccountState::EnvironmentToken);
        const QStringList gids = subscriptionGids();
        if (gids.isEmpty()) {
            m_window->setEmptyHint(tr("Not following anything yet"),
                                   tr("Start asana-feed --subscribe PROJECT_GID (repeatable) to follow a project or "
                                      "task, or try asana-feed --demo."));
        }
        startPolling(gids);
        return true;
    }
    if (!m_account) {
        showSignedOut();
        if (m_options.signInAtFirstStart) {
            QTimer::singleShot(0, this, [this] { openSignIn(); });
        }
        return true;
    }
    m_window->setAccount(m_account, MainWindow::AccountState::SignedIn);
    m_lastAccountGid = m_account->gid;
    const AccountInfo account = *m_account;
    QPointer<Application> self(this);
    const quint64 generation = m_generation;
    m_tokens->load(account.gid, [self, account, generation](const TokenResult& result) {
        if (self && self->m_generation == generation) {
            self->onCredentialsLoaded(account, result);
        }
    });
    return true;
}

void Application::showSignedOut()
{
    m_window->setAccount(std::nullopt, MainWindow::AccountState::SignedOut);
    m_window->setEmptyHint(tr("Not signed in"),
                           tr("Sign in to Asana to see what happens in your projects as it happens — or try "
                              "asana-feed --demo first to see how it looks."));
    m_window->setEmptyAction(tr("Sign In…"));
}

void Application::onCredentialsLoaded(const AccountInfo& account, const TokenResult& result)
{
    if (!m_account || m_account->gid != account.gid || m_session) {
        return; // someone signed in (or out) meanwhile
    }
    if (result.ok() && result.credentials && result.credentials->isFor(apiBaseUrl())) {
        startSession(account, *result.credentials);
        return;
    }
    QString why;
    if (result.ok() && result.credentials) {
        // Credentials belong to the host that issued them: never sent to another (--base-url).
        why = tr("The sign-in of %1 was issued by %2 and is not used with %3. Sign in again to use this server.")
                  .arg(account.displayName(), result.credentials->origin, AsanaClient::originOf(apiBaseUrl()));
        showNeedsSignIn(why);
        openSignIn(why);
        return;
    }
    switch (result.status) {
    case TokenResult::Status::NotFound:
        why = tr("The sign-in of %1 is no longer on this computer. Sign in again to resume the feed.")
                  .arg(account.displayName());
        break;
    case TokenResult::Status::Unavailable:
        why = tr("No keychain is available (%1), so the sign-in could not be read. Sign in again to resume the feed; "
                 "it is kept for this run only.")
                  .arg(result.message);
        useMemoryTokens();
        break;
    case TokenResult::Status::Ok:
    case TokenResult::Status::Failed:
        why = tr("The sign-in could not be read from the keychain (%1). Sign in again to resume the feed.")
                  .arg(result.message);
        break;
    }
    qCWarning(lcAuth) << "no usable credentials for account" << account.gid;
    showNeedsSignIn(why);
    openSignIn(why);
}

void Application::startSession(const AccountInfo& account, const Credentials& credentials, TokenStore* store)
{
    stopPolling();
    if (m_session && m_session->account().gid == account.gid &&
        m_session->credentials().refreshToken != credentials.refreshToken) {
        // Signed in again as the same account: the grant it replaces is revoked, not left valid.
        AccountSession* replaced = m_session;
        replaced->disconnect(this);
        connect(replaced, &AccountSession::signedOut, replaced, &QObject::deleteLater);
        replaced->retire();
        // A renewal of the replaced one may have been saved after the new sign-in: the new one
        // is written again, last.
        (store ? store : m_tokens)->save(account.gid, credentials, [](const TokenResult&) {});
    } else {
        delete m_session;
    }
    m_session = nullptr;
    if (m_accountRefresh) {
        m_accountRefresh->disconnect(this);
        m_accountRefresh->deleteLater();
        m_accountRefresh.clear();
    }
    AccountSession::Options options;
    options.apiBaseUrl = apiBaseUrl();
    options.clientId = m_options.clientId;
    options.clientSecret = m_options.clientSecret;
    m_session = new AccountSession(m_network, store ? store : m_tokens, m_client, options, account, credentials, this);
    connect(m_session, &AccountSession::signInRequired, this, &Application::onSignInRequired);
    connect(m_session, &AccountSession::recovered, this, [this] {
        // The pollers the 401 stopped go on from their sync tokens.
        for (EventPoller* poller : std::as_const(m_pollers)) {
            if (poller->state() == EventPoller::State::AuthRequired) {
                poller->start();
            }
        }
        m_names->request(subscriptionGids()); // those a 401 left unnamed
    });
    connect(m_session, &AccountSession::refreshFailed, m_window.get(), &MainWindow::showMessage);
    connect(m_session, &AccountSession::credentialsChanged, this, [this] {
        if (m_accountInfoStale) {
            refreshAccountInfo();
        }
    });
    connect(m_session, &AccountSession::storeFailed, this, [this](const QString& message) {
        m_window->showNotice(
            tr("The renewed sign-in could not be kept in the keychain (%1); it is used for this run.").arg(message));
    });

    m_account = account;
    m_window->setAccount(m_account, MainWindow::AccountState::SignedIn);
    m_window->showNotice({});
    m_window->setEmptyAction({});
    const QStringList gids = subscriptionGids();
    if (gids.isEmpty()) {
        m_window->setEmptyHint(tr("Not following anything yet"),
                               tr("Start asana-feed --subscribe PROJECT_GID (repeatable) to follow a project or "
                                  "task, or try asana-feed --demo."));
    } else {
        m_window->setEmptyHint(tr("No events yet"),
                               tr("New activity in the projects you follow appears here as it happens."));
    }
    startPolling(gids);
    refreshAccountInfo();
}

void Application::onSignInRequired(const QString& message)
{
    // The feed and the subscriptions stay; only the polling waits for a new sign-in.
    for (EventPoller* poller : std::as_const(m_pollers)) {
        poller->stop();
        m_window->setSubscriptionState(poller->resourceGid(), EventPoller::State::AuthRequired, {}, {});
    }
    showNeedsSignIn(message);
}

void Application::showNeedsSignIn(const QString& why)
{
    m_window->setAccount(m_account, MainWindow::AccountState::NeedsSignIn);
    m_window->showNotice(why, tr("Sign In Again…"));
    m_window->setEmptyHint(tr("Sign in again to resume the feed"),
                           tr("What happened meanwhile appears here once you have signed in again."));
    m_window->setEmptyAction(tr("Sign In Again…"));
}

void Application::openSignIn(const QString& notice)
{
    if (m_signInDialog) {
        if (!notice.isEmpty()) {
            m_signInDialog->setNotice(notice);
        }
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto* dialog = new SignInDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setNotice(notice);
    dialog->setOAuthAvailable(
        !m_options.clientId.isEmpty(),
        tr("Signing in with Asana needs this copy to be registered as an app with Asana (see \"Signing in\" in the "
           "README: set ASANA_CLIENT_ID). A personal access token works without one."));
    const auto startOAuth = [this](bool outOfBand) {
        cancelSignInAttempt();
        OAuthSignIn::Options options;
        options.apiBaseUrl = apiBaseUrl();
        options.clientId = m_options.clientId;
        options.clientSecret = m_options.clientSecret;
        options.port = m_options.oauthPort;
        options.callbackPath = m_options.oauthCallbackPath;
        m_oauth = new OAuthSignIn(m_network, options, m_options.openUrl, this);
        connect(m_oauth, &OAuthSignIn::finished, this, &Application::onSignInFinished);
        if (outOfBand) {
            m_oauth->startOutOfBand();
            m_signInDialog->showCodeEntry();
        } else {
            m_oauth->start();
            m_signInDialog->showWaiting();
        }
    };
    connect(dialog, &SignInDialog::oauthRequested, this, [startOAuth] { startOAuth(false); });
    connect(dialog, &SignInDialog::outOfBandRequested, this, [startOAuth] { startOAuth(true); });
    connect(dialog, &SignInDialog::codeSubmitted, this, [this](const QString& code) {
        if (m_oauth) {
            m_oauth->submitCode(code);
        }
    });
    connect(dialog, &SignInDialog::tokenSubmitted, this, [this](const QString& token) {
        cancelSignInAttempt();
        m_pat = new PatSignIn(m_network, apiBaseUrl(), this);
        connect(m_pat, &PatSignIn::finished, this, &Application::onSignInFinished);
        m_pat->verify(token);
    });
    connect(dialog, &SignInDialog::cancelRequested, this, &Application::cancelSignInAttempt);
    connect(dialog, &QDialog::finished, this, &Application::cancelSignInAttempt);
    m_signInDialog = dialog;
    dialog->open();
}

void Application::cancelSignInAttempt()
{
    ++m_attempt;
    for (QObject* attempt : {static_cast<QObject*>(m_oauth.data()), static_cast<QObject*>(m_pat.data())}) {
        if (attempt) {
            attempt->disconnect(this);
            attempt->deleteLater(); // closes the loopback listener
        }
    }
    m_oauth.clear();
    m_pat.clear();
}

void Application::onSignInFinished(const SignInResult& result)
{
    QObject* attempt = sender();
    if (attempt) {
        attempt->deleteLater();
    }
    if (!m_signInDialog) {
        return;
    }
    if (!result.ok()) {
        if (result.failure != SignInResult::Failure::Cancelled) {
            m_signInDialog->showError(result.message);
        }
        return;
    }
    if (!result.account.isValid()) {
        m_signInDialog->showError(tr("Asana did not say which account this is. Please try again."));
        return;
    }
    m_signInDialog->showVerifying(tr("Keeping the sign-in…"));
    keepSignIn(result);
}

AccountSession::Options Application::sessionOptions() const
{
    AccountSession::Options options;
    options.apiBaseUrl = apiBaseUrl();
    options.clientId = m_options.clientId;
    options.clientSecret = m_options.clientSecret;
    return options;
}

void Application::revokeOnly(const AccountInfo& account, const Credentials& credentials)
{
    if (credentials.kind != Credentials::Kind::OAuth || credentials.refreshToken.isEmpty()) {
        return;
    }
    // A session of its own, with no client and no store: it only asks Asana to revoke.
    auto* grant = new AccountSession(m_network, nullptr, nullptr, sessionOptions(), account, credentials, this);
    connect(grant, &AccountSession::signedOut, grant, &QObject::deleteLater);
    grant->retire();
}

MemoryTokenStore* Application::memoryTokens()
{
    if (!m_memoryTokens) {
        m_memoryTokens = new MemoryTokenStore(this);
    }
    return m_memoryTokens;
}

void Application::useMemoryTokens()
{
    m_tokens = memoryTokens();
}

void Application::keepSignIn(const SignInResult& result)
{
    QPointer<Application> self(this);
    const quint64 attempt = m_attempt;
    const quint64 save = ++m_saveSerial;
    m_latestSave.insert(result.account.gid, save);
    m_tokens->save(result.account.gid, result.credentials, [self, result, attempt, save](const TokenResult& saved) {
        if (!self) {
            return;
        }
        if (self->m_attempt != attempt) {
            // Cancelled while the keychain was busy: the sign-in is neither used nor kept, and
            // its grant is revoked.
            qCInfo(lcAuth) << "a sign-in was cancelled while being kept";
            const QString gid = result.account.gid;
            if (saved.ok()) {
                if (self->m_session && self->m_session->account().gid == gid) {
                    self->m_tokens->save(gid, self->m_session->credentials(), [](const TokenResult&) {});
                } else if (self->m_latestSave.value(gid) == save) {
                    self->m_tokens->remove(gid, [](const TokenResult&) {});
                }
            }
            self->revokeOnly(result.account, result.credentials);
            return;
        }
        QString runOnly;
        TokenStore* store = self->m_tokens;
        if (!saved.ok()) {
            // No insecure fallback: the sign-in is used for this run only, and the person is told.
            qCWarning(lcAuth) << "the keychain did not keep the sign-in of account" << result.account.gid;
            if (saved.status == TokenResult::Status::Unavailable) {
                self->useMemoryTokens();
                runOnly = tr("No keychain is available (%1): you are signed in for this run only. Start a keychain "
                             "(such as GNOME Keyring or KWallet) to stay signed in.")
                              .arg(saved.message);
            } else {
                runOnly = tr("The keychain did not keep the sign-in (%1): you are signed in for this run only.")
                              .arg(saved.message);
            }
            store = self->memoryTokens();
            store->save(result.account.gid, result.credentials, [](const TokenResult&) {});
        } else if (!store->isPersistent()) {
            runOnly = tr("No keychain is available: you are signed in for this run only.");
        }
        self->adoptAccount(result.account, result.credentials, store);
        if (!runOnly.isEmpty()) {
            self->m_window->showNotice(runOnly);
        }
        if (self->m_signInDialog) {
            self->m_signInDialog->succeeded();
        }
    });
}

void Application::adoptAccount(const AccountInfo& account, const Credentials& credentials, TokenStore* store)
{
    ++m_generation;
    AccountInfo known = account;
    if (m_account && m_account->gid == account.gid) {
        // The OAuth token answer says less about the account than what we knew.
        if (known.workspaces.isEmpty()) {
            known.workspaces = m_account->workspaces;
        }
        if (known.photoUrl.isEmpty()) {
            known.photoUrl = m_account->photoUrl;
        }
    }
    if (m_session && m_session->account().gid != account.gid) {
        // Switching accounts: the previous one is signed out (revoked, its entry deleted) in the
        // background; its history stays for its next sign-in. Its sign-out clears the client's
        // token now, before the new session sets its own.
        AccountSession* previous = m_session;
        m_session = nullptr;
        previous->disconnect(this);
        connect(previous, &AccountSession::signedOut, previous, &QObject::deleteLater);
        previous->signOut();
    } else if (m_account && m_account->gid != account.gid && !m_session) {
        // The previous account never got a session (its keychain answer is still due): its
        // entry goes all the same.
        m_tokens->remove(m_account->gid, [](const TokenResult&) {});
    }
    const bool otherAccount = !m_lastAccountGid.isEmpty() && m_lastAccountGid != account.gid;
    m_lastAccountGid = account.gid;
    if (otherAccount) {
        m_names->reset();
    }
    QString storeProblem;
    if (m_store->path() != accountStorePath(account.gid)) {
        // Another account (or the first): its own history, its own rate-limit pause and filter.
        stopPolling();
        delete m_throttle;
        m_throttle = new AccountThrottle(this);
        if (otherAccount) {
            m_window->filterBar()->clear();
        }
        storeProblem = useStore(accountStorePath(account.gid));
        m_model->reload();
    }
    m_settings->setAccount(known);
    if (credentials.kind == Credentials::Kind::OAuth && m_options.clientSecret.isEmpty()) {
        // Renewals need the client the grant is for (one with a secret needs it set again).
        m_settings->setOAuthClientId(m_options.clientId);
    }
    qCInfo(lcAuth) << "signed in as account" << known.gid;
    startSession(known, credentials, store);
    if (!storeProblem.isEmpty()) {
        m_window->showNotice(storeProblem);
    }
}

void Application::refreshAccountInfo()
{
    // Who the account is now (name, workspaces, photo): the token answer does not say it all.
    if (!m_session || m_accountRefresh) {
        return;
    }
    m_accountInfoStale = false;
    const QString usedToken = m_session->credentials().accessToken;
    m_accountRefresh = new PatSignIn(m_network, apiBaseUrl(), this);
    connect(m_accountRefresh, &PatSignIn::finished, this, [this, usedToken](const SignInResult& result) {
        sender()->deleteLater();
        m_accountRefresh.clear();
        if (!result.ok()) {
            // E.g. the token had just expired: asked again with the renewed one (now, if the
            // renewal came first, else when it comes).
            m_accountInfoStale = true;
            if (m_session && m_session->credentials().accessToken != usedToken) {
                refreshAccountInfo();
            }
            return;
        }
        if (!m_account || result.account.gid != m_account->gid) {
            return;
        }
        m_account = result.account;
        m_settings->setAccount(*m_account);
        m_window->setAccount(m_account, m_session && m_session->needsSignIn() ? MainWindow::AccountState::NeedsSignIn
                                                                              : MainWindow::AccountState::SignedIn);
        fetchPhoto();
    });
    m_accountRefresh->verify(usedToken);
}

void Application::fetchPhoto()
{
    // Only from Asana's own servers over https: a simulator on loopback keeps everything local.
    const QUrl url = m_account ? m_account->photoUrl : QUrl();
    if (!url.isValid() || url.scheme() != QLatin1String("https") || apiBaseUrl().scheme() != QLatin1String("https")) {
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    BoundedBody::prepare(request);
    QNetworkReply* reply = m_network->get(request);
    constexpr qint64 maxPhotoBytes = 4 * 1024 * 1024; // more is not a profile picture
    auto* photo = new BoundedBody(reply, maxPhotoBytes, std::chrono::seconds(60));
    const QString gid = m_account->gid;
    connect(reply, &QNetworkReply::finished, this, [this, reply, photo, gid] {
        reply->deleteLater();
        const QByteArray bytes = photo->take();
        if (reply->error() == QNetworkReply::NoError && !bytes.isEmpty() && m_account && m_account->gid == gid) {
            m_window->setAccountPhoto(bytes);
        }
    });
}

void Application::signOut(bool removeHistory)
{
    if (!m_account) {
        return;
    }
    cancelSignInAttempt();
    stopPolling();
    ++m_generation; // a keychain answer still on its way is for the account that is gone
    const QString gid = m_account->gid;
    if (m_session) {
        // The session deletes the keychain entry, then asks Asana to revoke; this computer has
        // forgotten the account already (below), whatever Asana answers or however long it takes.
        AccountSession* session = m_session;
        m_session = nullptr;
        session->disconnect(this);
        connect(session, &AccountSession::signedOut, this,
                [this, session, generation = m_generation](const QString& problem) {
                    session->deleteLater();
                    if (problem.isEmpty()) {
                        return;
                    }
                    if (generation == m_generation) {
                        m_window->showNotice(problem);
                    } else {
                        m_window->showMessage(problem); // someone signed in meanwhile: no notice over theirs
                    }
                });
        session->signOut();
        if (m_sessionStore != m_tokens) {
            // The session kept its secrets in memory; the keychain may still hold an older entry.
            m_tokens->remove(gid, [](const TokenResult&) {});
        }
    } else {
        // Never got as far as a session (e.g. the keychain entry was missing): remove what is there.
        m_tokens->remove(gid, [](const TokenResult&) {});
    }
    m_client->setAccessToken({});
    m_names->reset();
    m_account.reset();
    m_settings->clearAccount();
    if (removeHistory) {
        const QString path = m_store->path();
        openStore(QStringLiteral(":memory:"));
        const QString accountDir = QFileInfo(EventStore::defaultPath(gid)).absolutePath();
        if (m_options.statePath.isEmpty() && path == EventStore::defaultPath(gid) &&
            QFileInfo(accountDir).dir().dirName() == QLatin1String("accounts")) {
            QDir(accountDir).removeRecursively();
        } else {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(path + suffix);
            }
        }
        m_model->reload();
    }
    qCInfo(lcAuth) << "signed out; history" << (removeHistory ? "removed" : "kept");
    showSignedOut();
    m_window->showNotice({});
    m_window->showMessage(removeHistory ? tr("Signed out; the history on this computer was removed.")
                                        : tr("Signed out; the history stays on this computer."));
    emit signedOut();
}

void Application::stopPolling()
{
    for (EventPoller* poller : std::as_const(m_pollers)) {
        poller->disconnect(this);
        poller->stop();
        delete poller; // never called from a poller's own signal
    }
    m_pollers.clear();
    if (m_window) {
        m_window->clearSubscriptionStates();
    }
}

void Application::startPolling(const QStringList& gids)
{
    if (m_names) {
        m_names->request(gids);
    }
    for (const QString& gid : gids) {
        auto* poller = new EventPoller(m_client, m_store, m_throttle, gid);
        poller->setInterval(m_options.interval);
        poller->setBackoff(std::chrono::seconds(1), std::chrono::minutes(5));
        if (const auto stored = m_store->subscription(gid); stored && !stored->syncToken.isEmpty()) {
            poller->setSyncToken(stored->syncToken);
        }
        connect(poller, &EventPoller::eventsStored, m_model, &EventModel::addEvents);
        connect(poller, &EventPoller::gapDetected, this, &Application::onGap);
        connect(poller, &EventPoller::authenticationRequired, this, [this] {
            if (m_session) {
                m_session->handleUnauthorized(); // one renewal for all pollers, then recovered()
            } else if (!m_options.token.isEmpty()) {
                m_window->showNotice(tr("Asana refused the token in the ASANA_TOKEN environment variable. Set a valid "
                                        "personal access token there, or unset it and sign in."));
            }
        });
        connect(poller, &EventPoller::polled, m_window.get(), [this] {
            m_window->noteUpdate();
            if (!m_diskNotice.isEmpty() && m_window->noticeText() == m_diskNotice) {
                m_window->showNotice({}); // a page was kept again: the disk is fine now
            }
            m_diskNotice.clear();
        });
        connect(poller, &EventPoller::stateChanged, this, [this, poller](EventPoller::State state) {
            const QString reason = poller->lastError() ? poller->lastError()->summary() : QString();
            m_window->setSubscriptionState(poller->resourceGid(), state, poller->nextAttemptAt(), reason);
            if (state == EventPoller::State::Backoff && poller->lastError()->kind == ApiError::Kind::Storage) {
                // Not the network: this computer's disk. Said above the feed, with the path.
                m_diskNotice = tr("New events cannot be saved: %1. They are fetched again once the history "
                                  "can be written.")
                                   .arg(poller->lastError()->messages.join(QStringLiteral("; ")));
                m_window->showNotice(m_diskNotice);
            }
        });
        m_window->setSubscriptionState(gid, EventPoller::State::Syncing, {}, {});
        m_pollers.append(poller);
    }
    for (EventPoller* poller : std::as_const(m_pollers)) {
        poller->start();
    }
}

void Application::onGap(const QString& gid, const QDateTime& detectedAt)
{
    QDateTime since;
    const QList<StoredGap> gaps = m_store->gaps();
    for (auto it = gaps.crbegin(); it != gaps.crend(); ++it) {
        if (it->subscription == gid) {
            since = it->since;
            break;
        }
    }
    m_model->addGap(gid, since, detectedAt);
}

} // namespace AsanaFeed
