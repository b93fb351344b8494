#include "Application.h"

#include "MainWindow.h"
#include "api/AsanaClient.h"
#include "api/Event.h"
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

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>

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
    for (EventPoller* poller : std::as_const(m_pollers)) {
        poller->disconnect(this);
        poller->stop();
    }
    qDeleteAll(m_pollers);
    m_pollers.clear();
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

bool Application::startReal()
{
    const QString path =
        m_options.statePath.isEmpty() ? EventStore::defaultPath(QStringLiteral("default")) : m_options.statePath;
    if (!m_store->open(path)) {
        m_error = tr("cannot use the state file %1: %2").arg(path, m_store->lastError());
        return false;
    }
    m_model = new EventModel(m_store);
    m_model->reload();
    m_filter = new EventFilterModel;
    m_filter->setSourceModel(m_model);
    m_window = std::make_unique<MainWindow>(m_model, m_filter);
    if (m_options.keepSettings) {
        m_settingsBackend = std::make_unique<QSettings>();
        m_settings = std::make_unique<Settings>(m_settingsBackend.get());
        m_window->setSettings(m_settings.get());
    }

    QStringList gids = m_options.subscriptions;
    if (gids.isEmpty()) {
        for (const StoredSubscription& stored : m_store->subscriptions()) {
            gids.append(stored.gid);
        }
    }
    if (m_options.token.isEmpty()) {
        m_window->setEmptyHint(tr("Not signed in"),
                               tr("Sign in with asana-feed --sign-in (or set the ASANA_TOKEN environment variable to "
                                  "a personal access token), then start asana-feed --subscribe PROJECT_GID — or try "
                                  "asana-feed --demo first."));
        return true;
    }
    if (gids.isEmpty()) {
        m_window->setEmptyHint(tr("Not following anything yet"),
                               tr("Start asana-feed --subscribe PROJECT_GID (repeatable) to follow a project or "
                                  "task, or try asana-feed --demo."));
        return true;
    }
    m_client->setBaseUrl(m_options.baseUrl.isValid() ? m_options.baseUrl
                                                     : QUrl(QString::fromLatin1(AsanaClient::defaultBaseUrl)));
    m_client->setAccessToken(m_options.token);
    startPolling(gids);
    return true;
}

void Application::startPolling(const QStringList& gids)
{
    for (const QString& gid : gids) {
        auto* poller = new EventPoller(m_client, m_store, m_throttle, gid);
        poller->setInterval(m_options.interval);
        poller->setBackoff(std::chrono::seconds(1), std::chrono::minutes(5));
        if (const auto stored = m_store->subscription(gid); stored && !stored->syncToken.isEmpty()) {
            poller->setSyncToken(stored->syncToken);
        }
        connect(poller, &EventPoller::eventsReceived, this, &Application::onEventsReceived);
        connect(poller, &EventPoller::gapDetected, this, &Application::onGap);
        connect(poller, &EventPoller::polled, m_window.get(), [this] { m_window->noteUpdate(); });
        connect(poller, &EventPoller::stateChanged, this, [this, poller](EventPoller::State state) {
            const QString reason = poller->lastError() ? poller->lastError()->summary() : QString();
            m_window->setSubscriptionState(poller->resourceGid(), state, poller->nextAttemptAt(), reason);
        });
        m_window->setSubscriptionState(gid, EventPoller::State::Syncing, {}, {});
        m_pollers.append(poller);
    }
    for (EventPoller* poller : std::as_const(m_pollers)) {
        poller->start();
    }
}

void Application::onEventsReceived(const QString& gid, const QList<Event>& events)
{
    // The store has just kept this page: only the events it did not have before are new rows.
    const QList<qsizetype>& indices = m_store->lastInsertedIndices();
    QList<Event> inserted;
    inserted.reserve(indices.size());
    for (const qsizetype index : indices) {
        if (index >= 0 && index < events.size()) {
            inserted.append(events.at(index));
        }
    }
    if (!inserted.isEmpty() && inserted.size() == m_store->lastInsertedIds().size()) {
        m_model->addEvents(gid, inserted, m_store->lastInsertedIds());
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
