#include "SimFixture.h"

#include <QRandomGenerator>

namespace AsanaFeed::Sim {

SimFixture::SimFixture(const SimConfig& config)
    : m_world(std::make_unique<SimWorld>())
{
    auto* rng = QRandomGenerator::global();
    m_token = QStringLiteral("1/") % QString::number(rng->generate64() % 10000000000000000ULL) % QLatin1Char(':') %
              QString::number(rng->generate64(), 16);
    SimConfig effective = config;
    effective.acceptedTokens = {m_token};
    DemoScenario::populate(m_world.get());
    m_server = std::make_unique<SimServer>(m_world.get(), effective);
    m_server->listen(0);
}

SimFixture::~SimFixture()
{
    // The server holds a pointer to the world: it goes first.
    m_server.reset();
    m_world.reset();
}

bool SimFixture::isListening() const
{
    return m_server->isListening();
}

QUrl SimFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QString SimFixture::workspaceGid() const
{
    return m_world->workspaces().value(0).gid;
}

QString SimFixture::projectGid(int index) const
{
    return m_world->projectGids().value(index);
}

QString SimFixture::userGid(int index) const
{
    return m_world->users().value(index).gid;
}

QString SimFixture::taskGid(int projectIndex, int taskIndex) const
{
    const SimProject* project = m_world->project(projectGid(projectIndex));
    return project ? project->taskGids.value(taskIndex) : QString();
}

QUrl SimFixture::url(const QString& path, const QUrlQuery& query) const
{
    QUrl url = baseUrl();
    url.setPath(url.path() + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

QNetworkRequest SimFixture::request(const QString& path, const QUrlQuery& query, const QString& token) const
{
    return request(url(path, query), token);
}

QNetworkRequest SimFixture::request(const QUrl& url, const QString& token) const
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + (token.isEmpty() ? m_token : token).toLatin1());
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return req;
}

QList<SimFixture::EventRequest> SimFixture::eventRequests() const
{
    QList<EventRequest> result;
    for (const SimRequestRecord& record : m_server->requests()) {
        if (!record.path.endsWith(QLatin1String("/events"))) {
            continue;
        }
        const QUrlQuery query(record.query);
        EventRequest request;
        request.timeMs = record.steadyMs;
        request.status = record.status;
        request.resource = query.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded);
        request.syncToken = query.queryItemValue(QStringLiteral("sync"), QUrl::FullyDecoded);
        if (!request.syncToken.isEmpty()) {
            request.position = m_world->resolveSyncToken(request.syncToken, request.resource);
        }
        result.append(request);
    }
    return result;
}

int SimFixture::countEventRequestsWithStatus(int status) const
{
    const QList<EventRequest> requests = eventRequests();
    return int(std::count_if(requests.cbegin(), requests.cend(),
                             [status](const EventRequest& request) { return request.status == status; }));
}

qint64 SimFixture::lastEventRequestTime(int status) const
{
    qint64 last = 0;
    for (const EventRequest& request : eventRequests()) {
        if (request.status == status) {
            last = request.timeMs;
        }
    }
    return last;
}

qsizetype SimFixture::servedUpTo(const QString& resourceGid) const
{
    qsizetype furthest = 0;
    for (const EventRequest& request : eventRequests()) {
        if (request.resource == resourceGid && request.position) {
            furthest = std::max(furthest, *request.position);
        }
    }
    return furthest;
}

QList<qint64> SimFixture::tokenGrantTimes() const
{
    QList<qint64> times;
    for (const SimRequestRecord& record : m_server->requests()) {
        if (record.method == "POST" && record.path == QLatin1String("/-/oauth_token") && record.status == 200) {
            times.append(record.steadyMs);
        }
    }
    return times;
}

} // namespace AsanaFeed::Sim
