#include "api/ResourceSearch.h"

#include "api/AsanaClient.h"
#include "api/AsanaUrl.h"
#include "api/NameText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <utility>

namespace AsanaFeed {

const QStringList ResourceSearch::searchedTypes{QStringLiteral("project"), QStringLiteral("task"),
                                                QStringLiteral("goal"), QStringLiteral("portfolio")};

namespace {

QList<FoundResource> resourcesIn(const QJsonArray& data, const QString& fallbackType)
{
    QList<FoundResource> found;
    for (const QJsonValue& value : data) {
        const QJsonObject object = value.toObject();
        const QString gid = object.value(QLatin1String("gid")).toString();
        if (gid.isEmpty()) {
            continue;
        }
        const QString type = object.value(QLatin1String("resource_type")).toString();
        found.append(
            {gid, type.isEmpty() ? fallbackType : type, nameText(object.value(QLatin1String("name")).toString())});
    }
    return found;
}

// Where to ask a gid's name, by what its link said it is; an unknown gid is tried as each in turn.
QStringList collectionsFor(AsanaResource::Type type)
{
    switch (type) {
    case AsanaResource::Type::Project:
        return {QStringLiteral("projects")};
    case AsanaResource::Type::Task:
        return {QStringLiteral("tasks")};
    case AsanaResource::Type::Goal:
        return {QStringLiteral("goals")};
    case AsanaResource::Type::Portfolio:
        return {QStringLiteral("portfolios")};
    case AsanaResource::Type::Unknown:
        break;
    }
    return {QStringLiteral("projects"), QStringLiteral("tasks"), QStringLiteral("goals")};
}

} // namespace

ResourceSearch::ResourceSearch(AsanaClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<AsanaFeed::FoundResource>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(300));
    connect(&m_debounce, &QTimer::timeout, this, &ResourceSearch::runSearch);
}

void ResourceSearch::send(QObject* owner, std::function<ApiReply*()> request)
{
    if (m_gate) {
        m_gate(owner, std::move(request));
    } else {
        request();
    }
}

QObject* ResourceSearch::freshStep(QPointer<QObject>& step)
{
    delete step; // what the previous step asked is dropped with it
    step = new QObject(this);
    return step;
}

void ResourceSearch::search(const QString& workspaceGid, const QString& text)
{
    m_workspace = workspaceGid;
    m_text = text.trimmed();
    delete m_search;
    if (m_text.isEmpty()) {
        m_debounce.stop();
        emit resultsChanged({});
        return;
    }
    m_debounce.start();
}

void ResourceSearch::runSearch()
{
    QObject* step = freshStep(m_search);
    m_byType = QList<QList<FoundResource>>(searchedTypes.size());
    for (qsizetype i = 0; i < searchedTypes.size(); ++i) {
        const QString& type = searchedTypes.at(i);
        const QString workspace = m_workspace;
        const QString text = m_text;
        send(step, [this, step, i, type, workspace, text]() -> ApiReply* {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("resource_type"), type);
            query.addQueryItem(QStringLiteral("query"), text);
            query.addQueryItem(QStringLiteral("count"), QStringLiteral("10"));
            ApiReply* reply = m_client->get(QStringLiteral("workspaces/%1/typeahead").arg(workspace), query);
            connect(reply, &ApiReply::finished, step, [this, i, type](const ApiResult& result) {
                if (!result.ok()) {
                    // Goals and portfolios may need a paid plan (402): the other kinds still count.
                    if (type == QLatin1String("project") || type == QLatin1String("task")) {
                        emit failed(tr("Asana could not search: %1").arg(result.error->summary()));
                    }
                    return;
                }
                m_byType[i] = resourcesIn(result.body.value(QLatin1String("data")).toArray(), type);
                QList<FoundResource> all;
                for (const QList<FoundResource>& ofType : std::as_const(m_byType)) {
                    all += ofType;
                }
                emit resultsChanged(all);
            });
            return reply;
        });
    }
}

void ResourceSearch::browseProjects(const QString& workspaceGid)
{
    m_browseWorkspace = workspaceGid;
    m_nextOffset.clear();
    freshStep(m_browse);
    requestProjects({});
}

void ResourceSearch::moreProjects()
{
    if (!m_nextOffset.isEmpty() && m_browse) {
        requestProjects(std::exchange(m_nextOffset, QString())); // not a reference to what is cleared
    }
}

void ResourceSearch::requestProjects(const QString& offset)
{
    QObject* step = m_browse;
    const QString workspace = m_browseWorkspace;
    m_nextOffset.clear();
    send(step, [this, step, workspace, offset]() -> ApiReply* {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("workspace"), workspace);
        query.addQueryItem(QStringLiteral("archived"), QStringLiteral("false"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        if (!offset.isEmpty()) {
            query.addQueryItem(QStringLiteral("offset"), offset);
        }
        ApiReply* reply = m_client->get(QStringLiteral("projects"), query);
        connect(reply, &ApiReply::finished, step, [this, offset](const ApiResult& result) {
            if (!result.ok()) {
                emit failed(tr("Asana could not list the projects: %1").arg(result.error->summary()));
                return;
            }
            m_nextOffset =
                result.body.value(QLatin1String("next_page")).toObject().value(QLatin1String("offset")).toString();
            emit projectsArrived(
                resourcesIn(result.body.value(QLatin1String("data")).toArray(), QStringLiteral("project")),
                offset.isEmpty());
        });
        return reply;
    });
}

void ResourceSearch::listWorkspaces()
{
    QObject* step = freshStep(m_workspaces);
    send(step, [this, step]() -> ApiReply* {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        ApiReply* reply = m_client->get(QStringLiteral("workspaces"), query);
        connect(reply, &ApiReply::finished, step, [this](const ApiResult& result) {
            if (!result.ok()) {
                emit failed(tr("Asana could not list the workspaces: %1").arg(result.error->summary()));
                return;
            }
            emit workspacesArrived(
                resourcesIn(result.body.value(QLatin1String("data")).toArray(), QStringLiteral("workspace")));
        });
        return reply;
    });
}

void ResourceSearch::resolve(const QString& linkOrGid)
{
    const AsanaUrlResult recognized = recognizeAsanaUrl(linkOrGid);
    if (!recognized.resource) {
        emit failed(recognized.problem);
        return;
    }
    // Asked in turn where the link does not say what it names: the first that knows it wins.
    resolveAt(freshStep(m_resolve), recognized.resource->gid, collectionsFor(recognized.resource->type), 0);
}

void ResourceSearch::resolveAt(QObject* step, const QString& gid, const QStringList& collections, qsizetype index)
{
    send(step, [this, step, gid, collections, index]() -> ApiReply* {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("opt_fields"), QStringLiteral("name,resource_type"));
        ApiReply* reply = m_client->get(collections.at(index) + QLatin1Char('/') + gid, query);
        connect(reply, &ApiReply::finished, step, [this, step, gid, collections, index](const ApiResult& result) {
            if (result.ok()) {
                const QJsonObject data = result.body.value(QLatin1String("data")).toObject();
                QString type = data.value(QLatin1String("resource_type")).toString();
                if (type.isEmpty()) {
                    type = collections.at(index).chopped(1); // "projects" → "project"
                }
                emit resolved({gid, type, nameText(data.value(QLatin1String("name")).toString())});
                return;
            }
            if (result.error->status == 404 && index + 1 < collections.size()) {
                resolveAt(step, gid, collections, index + 1);
                return;
            }
            emit failed(result.error->status == 404
                            ? tr("Asana has no project, task or goal by that link, or it is not shared with you.")
                            : tr("Asana could not say what the link names: %1").arg(result.error->summary()));
        });
        return reply;
    });
}

} // namespace AsanaFeed
