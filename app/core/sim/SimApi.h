// SimApi: the simulator's router — turns one SimRequest into one SimResponse in Asana's shapes
// (events with sync tokens, users, workspaces, projects, typeahead, tasks, stories, batch). It
// knows nothing of sockets, auth or rate limits; SimServer applies those first.
#pragma once

#include "SimHttp.h"

#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace AsanaFeed::Sim {

class SimWorld;
struct SimConfig;

class SimApi final
{
public:
    explicit SimApi(SimWorld* world, const SimConfig* config);

    // The public base (http://127.0.0.1:PORT/api/1.0), used to build next_page.uri.
    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }

    // Requests under /api/1.0.
    [[nodiscard]] SimResponse handle(const SimRequest& request);
    // Requests under /_sim (control endpoints for tools; no auth).
    [[nodiscard]] SimResponse handleControl(const SimRequest& request);

    // Number of sub-requests a request stands for, for rate limiting (batch actions count one each).
    [[nodiscard]] static int requestCost(const SimRequest& request);
    // The relative_path of each action of a POST /batch (empty for any other request).
    [[nodiscard]] static QStringList batchPaths(const SimRequest& request);

private:
    SimResponse events(const SimRequest& request, const QString& resourceGid);
    SimResponse user(const SimRequest& request, const QString& gid);
    SimResponse workspaces(const SimRequest& request);
    SimResponse projects(const SimRequest& request, const QString& workspaceGid, const QString& listPath);
    SimResponse typeahead(const SimRequest& request, const QString& workspaceGid);
    SimResponse task(const SimRequest& request, const QString& gid);
    SimResponse taskStories(const SimRequest& request, const QString& gid);
    SimResponse story(const SimRequest& request, const QString& gid);
    SimResponse batch(const SimRequest& request);

    SimResponse paged(const SimRequest& request, const QVector<QJsonObject>& items, const QString& listPath);
    [[nodiscard]] QJsonObject taskResponse(const QString& gid) const;
    [[nodiscard]] QJsonObject storyResponse(const QString& gid) const;
    [[nodiscard]] QJsonObject userResponse(const QString& gid) const;

    SimWorld* m_world = nullptr;
    const SimConfig* m_config = nullptr;
    QUrl m_baseUrl;
};

} // namespace AsanaFeed::Sim
