// SimFixture: a ready simulator for tests — the idle world served on a free loopback port,
// guarded by a random per-run bearer token — plus helpers to build authorised requests.
#pragma once

#include "sim/DemoScenario.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/SimWorld.h"

#include <QNetworkRequest>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace AsanaFeed::Sim {

class SimFixture final
{
public:
    explicit SimFixture(const SimConfig& config = {});
    ~SimFixture();
    SimFixture(const SimFixture&) = delete;
    SimFixture& operator=(const SimFixture&) = delete;

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] SimWorld& world() { return *m_world; }
    [[nodiscard]] const SimWorld& world() const { return *m_world; }
    [[nodiscard]] SimServer& server() { return *m_server; }
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] QString workspaceGid() const;
    [[nodiscard]] QString projectGid(int index) const;
    [[nodiscard]] QString userGid(int index) const;
    // The first task of project `projectIndex` (index into that project's tasks).
    [[nodiscard]] QString taskGid(int projectIndex, int taskIndex = 0) const;

    // http://127.0.0.1:PORT/api/1.0<path>?<query>
    [[nodiscard]] QUrl url(const QString& path, const QUrlQuery& query = {}) const;
    // A request with "Authorization: Bearer <token()>" (or `token` when given).
    [[nodiscard]] QNetworkRequest request(const QString& path, const QUrlQuery& query = {},
                                          const QString& token = {}) const;
    [[nodiscard]] QNetworkRequest request(const QUrl& url, const QString& token = {}) const;

    // What the server saw of GET /events, for tests of client behaviour.
    struct EventRequest
    {
        qint64 timeMs = 0; // steady clock
        int status = 0;    // 0: the connection was reset
        QString resource;
        QString syncToken;
        std::optional<qsizetype> position; // where the token points in the stream, if still valid
    };
    [[nodiscard]] QList<EventRequest> eventRequests() const;
    [[nodiscard]] int countEventRequestsWithStatus(int status) const;
    // Steady-clock time of the last /events request answered with `status`; 0 if none.
    [[nodiscard]] qint64 lastEventRequestTime(int status) const;
    // The furthest stream position of `resourceGid` a client has asked for with a sync token:
    // everything before it was fetched and kept.
    [[nodiscard]] qsizetype servedUpTo(const QString& resourceGid) const;
    // Steady-clock times (as SimRequestRecord::steadyMs) of the answered token requests, in
    // order: each issued an access token then, which the simulator expires a lifetime later.
    [[nodiscard]] QList<qint64> tokenGrantTimes() const;

private:
    QString m_token;
    std::unique_ptr<SimWorld> m_world;
    std::unique_ptr<SimServer> m_server;
};

} // namespace AsanaFeed::Sim
