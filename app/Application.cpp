#include "Application.h"

#include "Demo.h"
#include "DesktopNotifier.h"
#include "DockPresence.h"
#include "FeedView.h"
#include "FilterBar.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "StartAtLogin.h"
#include "SubscriptionsDialog.h"
#include "Theme.h"
#include "TrayController.h"
#include "TrayIconArt.h"
#include "api/AsanaClient.h"
#include "api/ResourceNames.h"
#include "api/ResourceSearch.h"
#include "auth/KeychainTokenStore.h"
#include "events/EventPoller.h"
#include "events/PollScheduler.h"
#include "feed/EventDetails.h"
#include "feed/EventFilterModel.h"
#include "feed/EventModel.h"
#include "feed/SeenTracker.h"
#include "feed/SubscriptionModel.h"
#include "notify/NotificationCenter.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QApplication>
#include <QDesktopServices>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

namespace AsanaFeed {

namespace {
// How much less often caught-up subscriptions are polled while the window is hidden or minimized.
constexpr double hiddenPace = 4.0;
} // namespace

Application::Application(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

Application::~Application()
{
    stopPolling();
    delete m_accounts;
    delete m_tray; // shows the models below
    delete m_trayRows;
    delete m_notifications; // before the store and subscriptions it reads
    m_window.reset();
    delete m_details; // before the model and store it writes to
    delete m_subscriptions;
    delete m_filter;
    delete m_model;
    delete m_store; // closes the database before the demo's temporary directory goes
    delete m_demo;
}

QList<EventPoller*> Application::pollers() const
{
    QList<EventPoller*> pollers;
    if (m_scheduler) {
        for (const QString& gid : m_scheduler->subscriptions()) {
            pollers.append(m_scheduler->poller(gid));
        }
    }
    return pollers;
}

AccountSession* Application::session() const
{
    return m_accounts ? m_accounts->session() : nullptr;
}

std::optional<AccountInfo> Application::account() const
{
    return m_accounts ? m_accounts->account() : std::nullopt;
}

TokenStore* Application::tokenStore() const
{
    return m_accounts ? m_accounts->tokenStore() : m_keychain;
}

QUrl Application::apiBaseUrl() const
{
    // --base-url for this run, else the settings' (for testing), else Asana's own.
    if (m_options.baseUrl.isValid()) {
        return m_options.baseUrl;
    }
    const QUrl chosen = m_settings ? m_settings->apiBaseUrl() : QUrl();
    return chosen.isEmpty() ? QUrl(QString::fromLatin1(AsanaClient::defaultBaseUrl)) : chosen;
}

QString Application::accountStorePath(const QString& gid) const
{
    return m_options.statePath.isEmpty() ? EventStore::defaultPath(gid) : m_options.statePath;
}

bool Application::start()
{
    m_network = new QNetworkAccessManager(this);
    // No request of the app follows a redirect: one would carry its body (a code, a refresh
    // token, a client secret) to wherever it points. (Qt's OAuth code exchange has no other say.)
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_client = new AsanaClient(m_network, this);
    m_store = new EventStore;
    if (!(m_options.demo ? startDemo() : startReal())) {
        return false;
    }
    buildTray();
    if (m_options.minimized && m_tray) {
        return true; // in the tray; the window opens when asked for
    }
    m_window->show();
    if (!m_tray && m_options.tray) {
        // Said once a run, where it matters: nothing keeps the app when its window closes.
        m_window->showMessage(m_options.minimized
                                  ? tr("This desktop has no system tray, so Asana Feed opened its window.")
                                  : tr("This desktop has no system tray: closing the window quits Asana Feed."));
    }
    return true;
}

void Application::showWindow()
{
    DockPresence::setShownInDock(true);
    if (m_window->isMinimized()) {
        m_window->showNormal();
    } else {
        m_window->show();
    }
    m_window->raise();
    m_window->activateWindow();
}

void Application::buildTray()
{
    if (!m_options.tray || !TrayController::isAvailable()) {
        // Nowhere to live while the window is closed: closing it quits.
        m_window->setCloseToTray(false);
        QApplication::setQuitOnLastWindowClosed(true);
        return;
    }
    // The tray lists what its badge counts: the feed without what the person hid or muted,
    // whatever they search for in the window.
    m_trayRows = new EventFilterModel;
    m_trayRows->setSourceModel(m_model);
    const auto updateTrayRows = [this] {
        const FilterState window = m_window->filterBar()->filter();
        FilterState tray;
        tray.excludedSubscriptions = window.excludedSubscriptions;
        tray.excludedPeople = window.excludedPeople;
        for (const QString& gid : m_subscriptions->gids()) {
            if (m_subscriptions->isMuted(gid)) {
                tray.excludedSubscriptions.insert(gid);
            }
        }
        if (!(tray == m_trayRows->filter())) {
            m_trayRows->setFilter(tray);
        }
    };
    updateTrayRows();
    connect(m_window->filterBar(), &FilterBar::filterChanged, this, updateTrayRows);
    connect(m_subscriptions, &QAbstractItemModel::dataChanged, this, updateTrayRows);
    connect(m_subscriptions, &SubscriptionModel::subscriptionsChanged, this, updateTrayRows);

    m_tray = new TrayController(m_trayRows, m_settings.get());
    m_tray->setLinksOpen(!m_options.demo);
    m_tray->setSignedIn(m_accounts && m_accounts->state() == AccountController::State::SignedIn);
    // The count after what the person hid, muted or marked done: what is worth their look.
    m_tray->setUnreadCount(m_model->badgeCount());
    connect(m_model, &EventModel::badgeCountChanged, m_tray, &TrayController::setUnreadCount);
    connect(m_window.get(), &MainWindow::attentionChanged, this, &Application::updateTrayAttention);
    updateTrayAttention();
    if (m_accounts) {
        connect(m_accounts, &AccountController::stateChanged, m_tray, [this](AccountController::State state) {
            m_tray->setSignedIn(state == AccountController::State::SignedIn ||
                                state == AccountController::State::NeedsSignIn);
        });
    }
    connect(m_tray, &TrayController::openFeedRequested, this, &Application::showWindow);
    connect(m_tray, &TrayController::showEventRequested, this,
            [this](qint64 eventId) { showNotifiedEvent(eventId, false); });
    // Where the desktop has no notification service, the tray icon shows them.
    m_notifier->setTrayIcon(m_tray->trayIcon());
    connect(m_tray, &TrayController::markAllReadRequested, m_model, &EventModel::markAllRead);
    connect(m_tray, &TrayController::settingsRequested, this, [this] {
        showWindow(); // the dialog belongs to the window
        openSettings();
    });
    connect(m_tray, &TrayController::signOutRequested, this, [this] {
        showWindow();
        m_window->askSignOut();
    });
    connect(m_tray, &TrayController::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    // Quitting from the tray or the menu closes no window: the window's state is kept here.
    connect(qApp, &QCoreApplication::aboutToQuit, m_window.get(), [this] {
        if (m_window->isVisible()) {
            m_window->saveState();
        }
    });
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    if (m_options.minimized) {
        DockPresence::setShownInDock(false); // only the tray icon, from the start
    }
    connect(m_window.get(), &MainWindow::closedToTray, this, [this] {
        DockPresence::setShownInDock(false);
        if (m_settings && !m_settings->closeToTrayHintShown()) {
            // Once: where the app went, and how to quit it.
            m_tray->trayIcon()->showMessage(
                tr("Asana Feed is still running"),
                tr("It keeps the feed up to date in the tray and tells you about what involves you. "
                   "To quit, choose Quit Asana Feed in the tray icon's menu."),
                m_tray->trayIcon()->icon(), 8000);
            m_settings->setCloseToTrayHintShown(true);
        }
    });
    if (m_settings) {
        connect(m_settings.get(), &Settings::changed, this, &Application::applyCloseToTray);
    }
    applyCloseToTray();
    m_tray->show();
}

void Application::applyCloseToTray()
{
    const bool closeToTray = m_tray && (!m_settings || m_settings->closeToTray());
    m_window->setCloseToTray(closeToTray);
    QApplication::setQuitOnLastWindowClosed(!closeToTray);
}

void Application::updateTrayAttention()
{
    if (!m_tray) {
        return;
    }
    switch (m_window->attention()) {
    case MainWindow::Attention::None:
        m_tray->setProblem(TrayController::Problem::None, {});
        break;
    case MainWindow::Attention::Offline:
        m_tray->setProblem(TrayController::Problem::Offline, m_window->attentionText());
        break;
    case MainWindow::Attention::Problem:
        m_tray->setProblem(TrayController::Problem::Error, m_window->attentionText());
        break;
    }
    m_tray->setStatusLine(m_window->subscriptionsLine());
}

bool Application::startDemo()
{
    m_demo = new Demo(m_options.demoEventsPerMinute, m_options.demoHistoryHours);
    if (!m_demo->start(m_client, m_store)) {
        m_error = m_demo->error();
        return false;
    }
    // The demo's settings last one run: the person's own stay as they are.
    QSettings* backend = m_options.settings;
    if (!backend) {
        m_demoSettingsDir = std::make_unique<QTemporaryDir>();
        m_ownSettingsBackend = std::make_unique<QSettings>(m_demoSettingsDir->filePath(QStringLiteral("settings.ini")),
                                                           QSettings::IniFormat);
        backend = m_ownSettingsBackend.get();
    }
    m_settings = std::make_unique<Settings>(backend);
    buildWindow();
    m_window->setDemo(true);
    wireSettings();
    // The simulated workspace has a "me": the feed says "you", and its notifications are theirs.
    const AccountInfo me = m_demo->me();
    m_model->setMe(me.gid);
    m_notifications->setAccount(me.gid, me.name);
    m_notifications->setSettings(m_settings.get()); // the demo's own: a pause lasts as long as it
    m_notifier->setSettings(m_settings.get());
    m_notifier->setLinksOpen(false); // the demo's tasks are not in Asana
    const QHash<QString, QString> names = m_demo->projectNames();
    for (const QString& gid : m_demo->projects()) {
        m_subscriptions->follow(gid, names.value(gid), QStringLiteral("project"));
    }
    m_window->setEmptyHint(tr("Waiting for the demo workspace"),
                           tr("Events from the simulated projects appear here within a few seconds."));
    m_options.interval = std::min(m_options.interval, std::chrono::milliseconds(2000));
    startPolling();
    m_demo->run();
    return true;
}

bool Application::startReal()
{
    QSettings* backend = m_options.settings;
    if (!backend) {
        m_ownSettingsBackend = std::make_unique<QSettings>();
        backend = m_ownSettingsBackend.get();
    }
    m_settings = std::make_unique<Settings>(backend);
    m_client->setBaseUrl(apiBaseUrl());

    // The feed on screen at once: the account's own history (nothing is kept before a sign-in).
    const std::optional<AccountInfo> remembered =
        m_options.token.isEmpty() ? m_settings->account() : std::optional<AccountInfo>();
    QString path = QStringLiteral(":memory:");
    if (remembered) {
        path = accountStorePath(remembered->gid);
        m_lastAccountGid = remembered->gid;
    } else if (!m_options.token.isEmpty()) {
        path = accountStorePath(QStringLiteral("default"));
    } else if (!m_options.statePath.isEmpty()) {
        path = m_options.statePath;
    }
    const QString storeProblem = m_store->openOrKeepInMemory(path);
    if (!m_store->isOpen()) {
        m_error = m_store->lastError();
        return false;
    }
    buildWindow();
    m_notifications->setSettings(m_settings.get());
    m_notifier->setSettings(m_settings.get());
    // Opening an event in Asana marks it done when the person chose so; a change applies at once.
    const auto applyDoneOnOpen = [this] { m_window->setDoneOnOpen(m_settings->doneOnOpen()); };
    applyDoneOnOpen();
    connect(m_settings.get(), &Settings::changed, this, applyDoneOnOpen);
    if (m_options.keepSettings) {
        m_window->setSettings(m_settings.get());
    }
    wireSettings();
    if (!storeProblem.isEmpty()) {
        m_window->showNotice(storeProblem);
    }
    m_names = new ResourceNames(m_client, this);
    connect(m_names, &ResourceNames::namesChanged, this, [this](const QHash<QString, QString>& names) {
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            m_subscriptions->setName(it.key(), it.value()); // kept: an offline start shows it too
        }
    });

    if (!m_options.token.isEmpty()) {
        // ASANA_TOKEN: this run's token, nobody signed in; nothing to renew or sign out of.
        m_client->setAccessToken(m_options.token);
        m_window->setAccount(std::nullopt, MainWindow::AccountState::EnvironmentToken);
        startPolling();
        return true;
    }
    m_keychain = m_options.tokenStore;
    if (!m_keychain) {
        m_keychain = new KeychainTokenStore(m_options.keychainService.isEmpty()
                                                ? QString::fromLatin1(KeychainTokenStore::defaultService)
                                                : m_options.keychainService,
                                            this);
    }
    AccountController::Options account;
    account.apiBaseUrl = apiBaseUrl();
    account.clientId = m_options.clientId;
    account.clientSecret = m_options.clientSecret;
    account.oauthPort = m_options.oauthPort;
    account.oauthCallbackPath = m_options.oauthCallbackPath;
    account.openUrl = m_options.openUrl;
    m_accounts = new AccountController(m_network, m_client, m_keychain, account);
    wireAccount();
    if (remembered) {
        m_window->setAccount(remembered, MainWindow::AccountState::SignedIn);
        m_model->setMe(remembered->gid);
        m_notifications->setAccount(remembered->gid, remembered->name);
    }
    m_accounts->start(remembered);
    return true;
}

void Application::buildWindow()
{
    m_model = new EventModel(m_store);
    m_model->reload();
    m_filter = new EventFilterModel;
    m_filter->setSourceModel(m_model);
    // The app's icon (rendered from resources/ at build time, embedded) for every window, dialog
    // and notification.
    QApplication::setWindowIcon(TrayIconArt::appIcon());
    m_window = std::make_unique<MainWindow>(m_model, m_filter);
    // What the person looks at for a moment becomes read.
    m_window->setReadWhenSeen(SeenTracker::defaultDwell);

    // What is followed: the store's list, the scheduler's states, the names everywhere.
    m_subscriptions = new SubscriptionModel(m_store);
    m_search = new ResourceSearch(m_client, this);
    m_search->setRequestGate([this](QObject* owner, std::function<ApiReply*()> send) { gate(owner, std::move(send)); });
    connect(m_subscriptions, &SubscriptionModel::namesChanged, this, [this](const QHash<QString, QString>& names) {
        m_model->setSubscriptionNames(names);
        m_window->setSubscriptionNames(names);
    });
    connect(m_subscriptions, &SubscriptionModel::subscriptionsChanged, this, [this] {
        m_window->setFollowing(m_subscriptions->rowCount() > 0);
        m_window->keepSubscriptionStates(m_subscriptions->activeGids());
    });
    connect(m_subscriptions, &SubscriptionModel::historyDropped, m_model, &EventModel::reload);
    // A muted subscription's events leave the badge (the store knows which are muted).
    connect(m_subscriptions, &QAbstractItemModel::dataChanged, m_model, [this, muted = QStringList()]() mutable {
        QStringList now;
        for (const QString& gid : m_subscriptions->gids()) {
            if (m_subscriptions->isMuted(gid)) {
                now.append(gid);
            }
        }
        if (now != muted) {
            muted = now;
            m_model->recountBadge();
        }
    });
    connect(m_window.get(), &MainWindow::followRequested, this, &Application::openSubscriptions);
    // Nobody is looking: caught-up subscriptions are polled less often (has_more pages are not).
    connect(m_window.get(), &MainWindow::seenChanged, this, [this](bool seen) {
        if (m_scheduler) {
            m_scheduler->setPace(seen ? 1.0 : hiddenPace);
        }
    });
    // What the rows on screen leave out (a comment's text, names), asked once polling runs.
    m_details = new EventDetails(m_model, m_store);
    connect(m_window.get(), &MainWindow::rowsShown, m_details, &EventDetails::want);
    m_model->setSubscriptionNames(m_subscriptions->names()); // kept from the last run: offline too
    m_window->setSubscriptionNames(m_subscriptions->names());
    m_window->setFollowing(m_subscriptions->rowCount() > 0);
    buildNotifications();
}

// --- notifications: new events → NotificationCenter (rules, bursts, catch-up) → DesktopNotifier
// (the desktop's service or the tray icon) → a click → the window at the event, or Asana.
void Application::buildNotifications()
{
    m_notifications = new NotificationCenter(m_store, m_subscriptions);
    // A comment's text, asked ahead of the rows on screen and within the same budget.
    m_notifications->setDetailRequest([this](const QList<DetailQuery>& queries) { return m_details->ask(queries); });
    connect(m_details, &EventDetails::settled, m_notifications, &NotificationCenter::detailsSettled);
    connect(m_subscriptions, &SubscriptionModel::historyDropped, m_notifications, &NotificationCenter::historyReplaced);
    m_notifier = new DesktopNotifier(this);
    m_notifier->setIcon(m_window->windowIcon());
    connect(m_notifications, &NotificationCenter::notify, m_notifier, &DesktopNotifier::show);
    connect(m_notifier, &DesktopNotifier::activated, this, &Application::showNotifiedEvent);
}

void Application::showNotifiedEvent(qint64 eventId, bool openInAsana)
{
    const bool toAsana =
        !m_demo &&
        (openInAsana || (m_settings && m_settings->notificationClick() == Settings::NotificationClick::OpenInAsana));
    if (toAsana) {
        const int row = m_model->loadEvent(eventId);
        const QUrl url = row >= 0 ? m_model->urlOf(m_model->rowAt(row)) : QUrl();
        if (url.isValid()) {
            m_model->setRead(row, true);
            if (m_settings && m_settings->doneOnOpen()) {
                m_model->setDone(row, true);
            }
            if (m_options.openUrl) {
                m_options.openUrl(url);
            } else {
                QDesktopServices::openUrl(url);
            }
            return;
        }
        // No link for it: the feed shows it instead.
    }
    showWindow();
    m_window->revealEvent(eventId);
}

void Application::wireSettings()
{
    m_startAtLogin = new StartAtLogin(m_settings.get(), m_options.autostartLocation, QString(), this);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::openSettings);
    connect(m_settings.get(), &Settings::changed, this, &Application::applySettings);
    // Pruning takes rows from under the feed: it reads the history again.
    connect(m_store, &EventStore::pruned, m_model, &EventModel::reload);
    Theme::apply(m_settings->colorScheme());
    applySettings();
}

void Application::applySettings()
{
    if (Theme::current() != Theme::environmentOverride().value_or(m_settings->colorScheme())) {
        Theme::apply(m_settings->colorScheme());
    }
    m_window->feedView()->setCompactRows(m_settings->compactRows());
    if (m_appliedRetention != m_settings->retentionDays()) {
        m_appliedRetention = m_settings->retentionDays();
        m_store->startRetention(m_appliedRetention);
    }
    // --budget (or a test's) wins for the run; otherwise the settings' budget, at once.
    if (m_options.requestsPerMinute <= 0 && m_appliedBudget != m_settings->requestsPerMinute()) {
        m_appliedBudget = m_settings->requestsPerMinute();
        if (m_scheduler) {
            m_scheduler->setBudget(m_appliedBudget);
        }
    }
}

void Application::restart()
{
    m_restartRequested = true;
    QCoreApplication::quit(); // aboutToQuit keeps the window's state; main() starts the next run
}

void Application::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(m_settings.get(), m_subscriptions, m_startAtLogin, m_window.get());
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setDemo(m_demo != nullptr);
    if (m_accounts) {
        m_settingsDialog->attachTo(m_accounts);
    } else {
        m_settingsDialog->setAccount(std::nullopt, m_demo ? SettingsDialog::AccountStatus::Demo
                                                          : SettingsDialog::AccountStatus::EnvironmentToken);
    }
    connect(m_settingsDialog, &SettingsDialog::signInRequested, this, [this] { openSignIn(); });
    connect(m_settingsDialog, &SettingsDialog::signOutRequested, m_window.get(), &MainWindow::askSignOut);
    connect(m_settingsDialog, &SettingsDialog::followRequested, this, &Application::openSubscriptions);
    connect(m_settingsDialog, &SettingsDialog::playSoundRequested, m_notifier, &DesktopNotifier::playSample);
    connect(m_settingsDialog, &SettingsDialog::restartRequested, this, &Application::restart);
    m_settingsDialog->setTrayAvailable(m_tray != nullptr);
    m_settingsDialog->show(); // not modal: what changes shows in the feed at once
}

void Application::gate(QObject* owner, std::function<ApiReply*()> send, int cost)
{
    if (m_scheduler) {
        m_scheduler->submit(owner, std::move(send), cost); // within the account's budget
    } else {
        send();
    }
}

void Application::openSubscriptions()
{
    if (m_subscriptionsDialog) {
        m_subscriptionsDialog->raise();
        m_subscriptionsDialog->activateWindow();
        return;
    }
    m_subscriptionsDialog = new SubscriptionsDialog(m_window.get());
    m_subscriptionsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_subscriptionsDialog->attachTo(m_subscriptions, m_search);
    const std::optional<AccountInfo> signedIn = account();
    m_subscriptionsDialog->setWorkspaces(signedIn ? signedIn->workspaces : QList<AccountInfo::Workspace>());
    m_subscriptionsDialog->show(); // not modal: the feed shows what the new subscriptions bring
}

void Application::wireAccount()
{
    AccountController* accounts = m_accounts;
    MainWindow* window = m_window.get();
    connect(window, &MainWindow::signInRequested, this, [this] { openSignIn(); });
    connect(window, &MainWindow::emptyActionTriggered, this, [this] { openSignIn(); });
    connect(window, &MainWindow::noticeActionTriggered, this, [this] { openSignIn(); });
    connect(window, &MainWindow::signOutRequested, this, &Application::signOut);

    // The polling first, then the window: what the window says about a new state is the last word.
    connect(accounts, &AccountController::stateChanged, this, &Application::onAccountState);
    window->attachTo(accounts);
    connect(accounts, &AccountController::signedIn, this, [this](const AccountInfo& account, bool oauth) {
        openAccountHistory(account.gid);
        m_notifications->setAccount(account.gid, account.name); // its history is open now
        if (oauth && m_options.clientSecret.isEmpty()) {
            // Renewals need the client the grant is for (one with a secret needs it set again).
            m_settings->setOAuthClientId(m_options.clientId);
        }
    });
    connect(accounts, &AccountController::accountChanged, m_settings.get(), &Settings::setAccount);
    connect(accounts, &AccountController::accountChanged, m_model, [this](const AccountInfo& account) {
        m_model->setMe(account.gid); // "You …"
        if (account.gid == m_notifications->account()) {
            m_notifications->setAccount(account.gid, account.name); // a new name ("@Name" mentions)
        }
    });
    connect(accounts, &AccountController::recovered, this, [this] {
        if (m_scheduler) {
            m_scheduler->restart();                    // the pollers a 401 stopped go on from their sync tokens
            m_names->request(m_subscriptions->gids()); // those a 401 left unnamed
        }
    });
    connect(accounts, &AccountController::signedOut, this, [this](const QString& gid, bool removeHistory) {
        stopPolling();
        m_names->reset();
        m_settings->clearAccount();
        m_model->setMe({});
        m_notifications->setAccount({}, {});
        if (removeHistory) {
            const QString path = m_store->path();
            m_store->openOrKeepInMemory(QStringLiteral(":memory:"));
            if (path == accountStorePath(gid)) {
                EventStore::removeHistory(path);
            }
            m_model->reload();
            reloadSubscriptions();
            m_notifications->historyReplaced();
        }
        m_window->showNotice({});
        emit signedOut();
    });
    connect(accounts, &AccountController::signInWanted, this, [this](const QString& why) {
        if (!why.isEmpty() || m_options.signInAtFirstStart) {
            QTimer::singleShot(0, this, [this, why] { openSignIn(why); });
        }
    });
}

void Application::onAccountState(AccountController::State state)
{
    if (state == AccountController::State::SignedIn) {
        if (m_scheduler) {
            // The same history signed in again: its scheduler goes on, with what it knows of the
            // budget spent and a pause Asana asked for.
            m_scheduler->start();
            m_scheduler->restart();
        } else {
            startPolling();
        }
    } else if (state == AccountController::State::NeedsSignIn && m_scheduler) {
        m_scheduler->stop(); // the subscriptions stay; the polling waits for a new sign-in
    }
}

void Application::openAccountHistory(const QString& gid)
{
    const bool otherAccount = !m_lastAccountGid.isEmpty() && m_lastAccountGid != gid;
    m_lastAccountGid = gid;
    if (otherAccount) {
        m_names->reset();
    }
    if (m_store->path() == accountStorePath(gid)) {
        return;
    }
    // Another account (or the first): its own history, its own pollers and filter.
    stopPolling();
    if (otherAccount) {
        m_window->filterBar()->clear();
    }
    const QString problem = m_store->openOrKeepInMemory(accountStorePath(gid));
    m_store->startRetention(m_settings->retentionDays()); // the new history keeps as many days
    m_model->reload();
    reloadSubscriptions();
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, m_window.get(), [window = m_window.get(), problem] { window->showNotice(problem); });
    }
}

void Application::reloadSubscriptions()
{
    m_subscriptions->reload();
    if (m_subscriptionsDialog) {
        m_subscriptionsDialog->close(); // it searched as the previous account
    }
}

void Application::openSignIn(const QString& notice)
{
    if (!m_accounts) {
        return;
    }
    if (m_signInDialog) {
        if (!notice.isEmpty()) {
            m_signInDialog->setNotice(notice);
        }
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    m_signInDialog = new SignInDialog(m_window.get());
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog->setWindowModality(Qt::WindowModal);
    m_signInDialog->setNotice(notice);
    m_signInDialog->attachTo(m_accounts);
    m_signInDialog->open();
}

void Application::signOut(bool removeHistory)
{
    if (m_accounts) {
        m_accounts->signOut(removeHistory);
    }
}

void Application::stopPolling()
{
    if (m_subscriptions) {
        m_subscriptions->setScheduler(nullptr);
    }
    if (m_details) {
        m_details->setClient(nullptr);
    }
    delete m_scheduler; // stops its pollers; a request in flight is dropped
    m_scheduler = nullptr;
    if (m_window) {
        m_window->clearSubscriptionStates();
    }
}

void Application::startPolling()
{
    stopPolling();
    for (const QString& gid : std::as_const(m_options.subscriptions)) {
        if (!m_subscriptions->contains(gid)) {
            m_subscriptions->follow(gid, QString(), QString()); // named below
        }
    }
    if (m_names) {
        const QHash<QString, QString> known = m_subscriptions->names();
        QStringList unnamed;
        for (const QString& gid : m_subscriptions->gids()) {
            if (!known.contains(gid)) {
                unnamed.append(gid);
            }
        }
        m_names->request(unnamed);
    }
    PollScheduler::Options options;
    options.minInterval = m_options.interval;
    options.budgetPerMinute = m_options.requestsPerMinute > 0
                                  ? m_options.requestsPerMinute
                                  : (m_settings ? m_settings->requestsPerMinute() : Settings::defaultRequestsPerMinute);
    m_scheduler = new PollScheduler(m_client, m_store, options, this);
    if (m_accounts) {
        m_accounts->setRequestGate(
            [this](QObject* owner, std::function<ApiReply*()> send) { gate(owner, std::move(send)); });
    }
    connect(m_scheduler, &PollScheduler::eventsStored, m_model, &EventModel::addEvents);
    connect(m_scheduler, &PollScheduler::eventsStored, m_notifications, &NotificationCenter::addEvents);
    connect(m_scheduler, &PollScheduler::gapDetected, m_model,
            [this](const QString& gid, const QDateTime& at) { m_model->addGap(gid, m_store->lastGapSince(gid), at); });
    connect(m_scheduler, &PollScheduler::authenticationRequired, this, [this] {
        if (m_accounts) {
            m_accounts->handleUnauthorized(); // one renewal for all pollers, then recovered()
        } else if (!m_options.token.isEmpty()) {
            m_window->showNotice(tr("Asana refused the token in the ASANA_TOKEN environment variable. Set a valid "
                                    "personal access token there, or unset it and sign in."));
        }
    });
    connect(m_scheduler, &PollScheduler::polled, m_window.get(), [this] { m_window->noteUpdate(); });
    connect(m_scheduler, &PollScheduler::stateChanged, m_window.get(),
            qOverload<const QString&, SubscriptionState, const QDateTime&, const std::optional<ApiError>&>(
                &MainWindow::setSubscriptionState));
    // The banner's Retry on a failed subscription (no gid: every one polled).
    connect(m_window.get(), &MainWindow::retryRequested, m_scheduler, [this](const QString& gid) {
        const QStringList gids = gid.isEmpty() ? m_subscriptions->activeGids() : QStringList{gid};
        for (const QString& each : gids) {
            m_subscriptions->retry(each);
        }
    });
    for (const QString& gid : m_subscriptions->activeGids()) {
        const auto stored = m_store->subscription(gid);
        m_scheduler->add(gid, stored ? stored->syncToken : QString(), stored ? stored->resourceType : QString());
        m_window->setSubscriptionState(gid, SubscriptionState::Syncing, {}, QString());
    }
    m_subscriptions->setScheduler(m_scheduler);
    m_scheduler->setPace(m_window->isVisible() && !m_window->isMinimized() ? 1.0 : hiddenPace);
    m_details->setClient(m_client, [this](QObject* owner, std::function<ApiReply*()> send, int cost) {
        gate(owner, std::move(send), cost);
    });
    m_scheduler->start();
}

} // namespace AsanaFeed
