#include "Demo.h"

#include "api/AsanaClient.h"
#include "api/Event.h"
#include "sim/DemoScenario.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/SimWorld.h"
#include "store/EventStore.h"

#include <QRandomGenerator>
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

Demo::Demo(double eventsPerMinute, int historyHours, QObject* parent)
    : QObject(parent)
    , m_eventsPerMinute(eventsPerMinute)
    , m_historyHours(historyHours)
{}

Demo::~Demo()
{
    if (m_scenario) {
        m_scenario->stop();
    }
}

bool Demo::start(AsanaClient* client, EventStore* store)
{
    // The simulated workspace, with a day of history, before anyone subscribes.
    m_world = new Sim::SimWorld(this);
    Sim::DemoScenario::populate(m_world);
    m_scenario = new Sim::DemoScenario(m_world, 1, this);
    m_scenario->seedHistory(m_historyHours);

    const QString token = randomToken(); // never leaves this process
    Sim::SimConfig config;
    config.acceptedTokens = {token};
    config.controlEndpoints = false;
    m_server = new Sim::SimServer(m_world, config, this);
    if (!m_server->listen(0)) {
        m_error = tr("the demo simulator could not listen on 127.0.0.1");
        return false;
    }
    client->setBaseUrl(m_server->baseUrl());
    client->setAccessToken(token);

    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid() || !store->open(m_dir->filePath(QStringLiteral("demo.sqlite")))) {
        m_error = tr("the demo could not create its temporary store: %1").arg(store->lastError());
        return false;
    }
    // The seeded history goes straight into the store; the pollers then start from now.
    for (const QString& gid : projects()) {
        QList<Event> history;
        const auto stream = m_world->streamEvents(gid);
        history.reserve(stream.size());
        for (const QJsonObject& json : stream) {
            Parsed<Event> event = parseEvent(json);
            if (event.ok()) {
                history.append(std::move(event.value()));
            }
        }
        if (!store->commitPage(gid, history, QString())) {
            m_error = tr("the demo history could not be stored: %1").arg(store->lastError());
            return false;
        }
    }
    store->markAllRead(); // yesterday's news: only what happens while the demo runs is unread
    return true;
}

void Demo::run()
{
    m_scenario->setEventsPerMinute(m_eventsPerMinute);
    m_scenario->start();
}

QStringList Demo::projects() const
{
    return m_world ? m_world->projectGids() : QStringList();
}

QHash<QString, QString> Demo::projectNames() const
{
    QHash<QString, QString> names;
    for (const QString& gid : projects()) {
        names.insert(gid, m_world->project(gid)->name);
    }
    return names;
}

AccountInfo Demo::me() const
{
    AccountInfo me;
    if (const Sim::SimUser* user = m_world ? m_world->user(m_world->meGid()) : nullptr) {
        me.gid = user->gid;
        me.name = user->name;
    }
    return me;
}

} // namespace AsanaFeed
