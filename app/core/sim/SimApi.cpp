#include "SimApi.h"

#include "SimConfig.h"
#include "SimWorld.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace AsanaFeed::Sim {

namespace {

const QString kApiPrefix = QStringLiteral("/api/1.0");

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QByteArray compact(const QJsonObject& obj)
{
    return QJsonDocument(obj).toJson(QJsonDocument::Compact);
}

SimResponse dataResponse(const QJsonValue& data)
{
    return SimResponse::json(200, compact(QJsonObject{{str("data"), data}}));
}

SimResponse unknownObject(const char* what, const QString& gid)
{
    return SimResponse::error(404, QString::fromLatin1(what) % QStringLiteral(": Unknown object: ") % gid);
}

SimResponse forbidden()
{
    return SimResponse::error(403, QStringLiteral("You don't have access to this resource. Ask its owner to share it "
                                                  "with you."));
}

SimResponse noRoute()
{
    return SimResponse::error(404, QStringLiteral("No matching route for request"));
}

QStringList optFields(const SimRequest& request)
{
    QStringList fields;
    const QString raw = request.query.queryItemValue(str("opt_fields"), QUrl::FullyDecoded);
    for (const QString& f : raw.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        fields.append(f.trimmed());
    }
    return fields;
}

// Resource endpoints: keep gid and resource_type plus the requested top-level fields.
QJsonObject projectFields(const QJsonObject& obj, const QStringList& fields)
{
    if (fields.isEmpty()) {
        return obj;
    }
    QJsonObject out;
    for (const char* key : {"gid", "resource_type"}) {
        if (obj.contains(str(key))) {
            out.insert(str(key), obj.value(str(key)));
        }
    }
    for (const QString& f : fields) {
        const QString top = f.section(QLatin1Char('.'), 0, 0);
        if (obj.contains(top)) {
            out.insert(top, obj.value(top));
        }
    }
    return out;
}

const QStringList& allowedEventFields()
{
    static const QStringList allowed{str("action"),
                                     str("change"),
                                     str("change.action"),
                                     str("change.added_value"),
                                     str("change.field"),
                                     str("change.new_value"),
                                     str("change.removed_value"),
                                     str("created_at"),
                                     str("parent"),
                                     str("parent.name"),
                                     str("resource"),
                                     str("resource.name"),
                                     str("type"),
                                     str("user"),
                                     str("user.name")};
    return allowed;
}

// A compact record reduced the way Asana reduces it: gid and resource_type always, name on request.
QJsonValue reduceCompact(const QJsonValue& value, bool withName)
{
    if (!value.isObject()) {
        return value;
    }
    const QJsonObject obj = value.toObject();
    QJsonObject out{{str("gid"), obj.value(str("gid"))}, {str("resource_type"), obj.value(str("resource_type"))}};
    if (withName && obj.contains(str("name"))) {
        out.insert(str("name"), obj.value(str("name")));
    }
    return out;
}

QJsonObject projectEvent(const QJsonObject& event, const QSet<QString>& fields)
{
    QJsonObject out;
    for (const char* key : {"action", "created_at", "type"}) {
        if (fields.contains(str(key))) {
            out.insert(str(key), event.value(str(key)));
        }
    }
    for (const char* key : {"user", "resource", "parent"}) {
        const QString name = str(key) % QStringLiteral(".name");
        if (fields.contains(str(key)) || fields.contains(name)) {
            out.insert(str(key), reduceCompact(event.value(str(key)), fields.contains(name)));
        }
    }
    if (event.contains(str("change"))) {
        const QJsonObject change = event.value(str("change")).toObject();
        const bool whole = fields.contains(str("change"));
        QJsonObject projected;
        for (const char* key : {"field", "action"}) {
            if ((whole || fields.contains(QStringLiteral("change.") % str(key))) && change.contains(str(key))) {
                projected.insert(str(key), change.value(str(key)));
            }
        }
        for (const char* key : {"new_value", "added_value", "removed_value"}) {
            if ((whole || fields.contains(QStringLiteral("change.") % str(key))) && change.contains(str(key))) {
                projected.insert(str(key), reduceCompact(change.value(str(key)), true));
            }
        }
        const bool anyChangeField = std::any_of(fields.cbegin(), fields.cend(),
                                                [](const QString& f) { return f.startsWith(QLatin1String("change")); });
        if (anyChangeField) {
            out.insert(str("change"), projected);
        }
    }
    return out;
}

QString encodeOffset(qsizetype index)
{
    return QString::fromLatin1(QByteArray(QByteArrayLiteral("simoffset:") + QByteArray::number(index))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> decodeOffset(const QString& offset)
{
    const auto decoded = QByteArray::fromBase64Encoding(offset.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("simoffset:")) {
        return std::nullopt;
    }
    bool ok = false;
    const qsizetype index = decoded.decoded.mid(10).toLongLong(&ok);
    if (!ok || index < 0) {
        return std::nullopt;
    }
    return index;
}

} // namespace

SimApi::SimApi(SimWorld* world, const SimConfig* config)
    : m_world(world)
    , m_config(config)
{}

int SimApi::requestCost(const SimRequest& request)
{
    if (request.method != "POST" || request.path != kApiPrefix + QStringLiteral("/batch")) {
        return 1;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const auto actions = body.value(str("data")).toObject().value(str("actions")).toArray();
    return std::max<int>(1, int(actions.size()));
}

QStringList SimApi::batchPaths(const SimRequest& request)
{
    QStringList paths;
    if (request.method != "POST" || request.path != kApiPrefix + QStringLiteral("/batch")) {
        return paths;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (const QJsonValue& action : body.value(str("data")).toObject().value(str("actions")).toArray()) {
        paths.append(action.toObject().value(str("relative_path")).toString());
    }
    return paths;
}

SimResponse SimApi::handle(const SimRequest& request)
{
    if (!request.path.startsWith(kApiPrefix + QLatin1Char('/'))) {
        return noRoute();
    }
    const QStringList seg = request.path.mid(kApiPrefix.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool get = request.method == "GET";
    const auto n = seg.size();
    if (n == 0) {
        return noRoute();
    }
    const QString& head = seg.at(0);
    if (request.method == "POST" && n == 1 && head == QLatin1String("batch")) {
        return batch(request);
    }
    if (!get) {
        return noRoute();
    }
    if (head == QLatin1String("events") && n == 1) {
        const QString resource = request.query.queryItemValue(str("resource"), QUrl::FullyDecoded);
        if (m_world->workspace(resource)) {
            // A workspace's events have their own endpoint, for service accounts only.
            return SimResponse::error(400, QStringLiteral("resource: A workspace is not a resource for /events."));
        }
        return events(request, resource);
    }
    if ((head == QLatin1String("projects") || head == QLatin1String("tasks")) && n == 3 &&
        seg.at(2) == QLatin1String("events")) {
        return events(request, seg.at(1));
    }
    if (head == QLatin1String("users") && n == 2) {
        return user(request, seg.at(1));
    }
    if (head == QLatin1String("workspaces")) {
        if (n == 1) {
            return workspaces(request);
        }
        const QString& ws = seg.at(1);
        if (!m_world->workspace(ws)) {
            return unknownObject("workspace", ws);
        }
        if (n == 2) {
            return dataResponse(m_world->workspaceCompact(ws));
        }
        if (n == 3 && seg.at(2) == QLatin1String("events")) {
            if (!m_config->workspaceEvents) {
                return SimResponse::error(403, QStringLiteral("Workspace events are only available to service "
                                                              "accounts of Enterprise+ domains."));
            }
            if (!optFields(request).isEmpty()) {
                return SimResponse::error(400, QStringLiteral("opt_fields: This endpoint takes no opt_fields."));
            }
            return events(request, ws);
        }
        if (n == 3 && seg.at(2) == QLatin1String("projects")) {
            return projects(request, ws, QStringLiteral("/workspaces/") % ws % QStringLiteral("/projects"));
        }
        if (n == 3 && seg.at(2) == QLatin1String("typeahead")) {
            return typeahead(request, ws);
        }
        return noRoute();
    }
    if (head == QLatin1String("projects")) {
        if (n == 1) {
            const QString ws = request.query.queryItemValue(str("workspace"), QUrl::FullyDecoded);
            if (!ws.isEmpty() && !m_world->workspace(ws)) {
                return unknownObject("workspace", ws);
            }
            return projects(request, ws, str("/projects"));
        }
        const SimProject* p = m_world->project(seg.at(1));
        if (!p) {
            return unknownObject("project", seg.at(1));
        }
        if (m_world->isForbidden(p->gid)) {
            return forbidden();
        }
        if (n == 2) {
            QJsonObject obj = m_world->projectCompact(p->gid);
            obj.insert(str("workspace"), m_world->workspaceCompact(p->workspaceGid));
            obj.insert(str("archived"), false);
            obj.insert(str("permalink_url"), QString(QStringLiteral("https://app.asana.com/1/") % p->workspaceGid %
                                                     QStringLiteral("/project/") % p->gid));
            return dataResponse(projectFields(obj, optFields(request)));
        }
        if (n == 3 && seg.at(2) == QLatin1String("sections")) {
            QVector<QJsonObject> items;
            for (const QString& s : p->sectionGids) {
                items.append(m_world->sectionCompact(s));
            }
            return paged(request, items, QStringLiteral("/projects/") % p->gid % QStringLiteral("/sections"));
        }
        return noRoute();
    }
    if (head == QLatin1String("tasks") && n == 2) {
        return task(request, seg.at(1));
    }
    if (head == QLatin1String("tasks") && n == 3 && seg.at(2) == QLatin1String("stories")) {
        return taskStories(request, seg.at(1));
    }
    if (head == QLatin1String("stories") && n == 2) {
        return story(request, seg.at(1));
    }
    return noRoute();
}

// ---------------------------------------------------------------------------------------------
// Events

SimResponse SimApi::events(const SimRequest& request, const QString& resourceGid)
{
    if (resourceGid.isEmpty()) {
        return SimResponse::error(400, QStringLiteral("resource: Missing input"));
    }
    const QStringList fields = optFields(request);
    for (const QString& f : fields) {
        if (!allowedEventFields().contains(f)) {
            return SimResponse::error(400, QStringLiteral("opt_fields: Unknown field \"") % f %
                                               QStringLiteral("\" for events. Allowed: ") %
                                               allowedEventFields().join(QLatin1String(", ")));
        }
    }
    if (!m_world->isEventResource(resourceGid)) {
        return unknownObject("resource", resourceGid);
    }
    if (m_world->isForbidden(resourceGid)) {
        return forbidden();
    }
    const qsizetype length = m_world->streamLength(resourceGid);
    const QString sync = request.query.queryItemValue(str("sync"), QUrl::FullyDecoded);
    const std::optional<qsizetype> position =
        sync.isEmpty() ? std::nullopt : m_world->resolveSyncToken(sync, resourceGid);
    if (!position) {
        const QString fresh = m_world->issueSyncToken(resourceGid, length);
        QByteArray body = QByteArrayLiteral(
            "{\"errors\":[{\"message\":\"Sync token invalid or too old. If you are attempting to keep resources in "
            "sync, you must fetch the full dataset for this query now and use the new sync token for the next "
            "sync.\"}],\"sync\":\"");
        body += fresh.toLatin1();
        body += "\"}";
        return SimResponse::json(412, body);
    }
    const qsizetype from = std::min(*position, length);
    const qsizetype to = std::min(length, from + qsizetype(std::max(1, m_config->eventsPageSize)));
    const bool hasMore = to < length;
    const QString next = m_world->issueSyncToken(resourceGid, to);

    QByteArray body;
    body.reserve((to - from) * 400 + 96);
    body += "{\"data\":[";
    if (fields.isEmpty()) {
        // The hot path: cached serialisations, concatenated.
        for (qsizetype i = from; i < to; ++i) {
            if (i > from) {
                body += ',';
            }
            body += m_world->streamEventBytes(resourceGid, i);
        }
    } else {
        const QSet<QString> set(fields.cbegin(), fields.cend());
        for (qsizetype i = from; i < to; ++i) {
            if (i > from) {
                body += ',';
            }
            body += compact(projectEvent(m_world->streamEventJson(resourceGid, i), set));
        }
    }
    body += "],\"sync\":\"";
    body += next.toLatin1();
    body += "\",\"has_more\":";
    body += hasMore ? "true" : "false";
    body += '}';
    SimResponse response = SimResponse::json(200, body);
    response.events = SimEventRange{resourceGid, from, to};
    return response;
}

// ---------------------------------------------------------------------------------------------
// Users, workspaces, projects, typeahead

QJsonObject SimApi::userResponse(const QString& gid) const
{
    const SimUser* u = m_world->user(gid);
    QJsonObject obj{
        {str("gid"), u->gid}, {str("resource_type"), str("user")}, {str("name"), u->name}, {str("email"), u->email}};
    if (u->hasPhoto) {
        QJsonObject photo;
        for (const char* size : {"21x21", "27x27", "36x36", "60x60", "128x128"}) {
            photo.insert(QString(QStringLiteral("image_") % str(size)),
                         QString(QStringLiteral("https://s3.amazonaws.com/profile_photos/") % u->gid %
                                 QLatin1Char('.') % str(size) % QStringLiteral(".png")));
        }
        obj.insert(str("photo"), photo);
    } else {
        obj.insert(str("photo"), QJsonValue::Null);
    }
    QJsonArray workspaces;
    for (const SimWorkspace& ws : m_world->workspaces()) {
        workspaces.append(m_world->workspaceCompact(ws.gid));
    }
    obj.insert(str("workspaces"), workspaces);
    return obj;
}

SimResponse SimApi::user(const SimRequest& request, const QString& gid)
{
    const SimUser* u = m_world->user(gid);
    if (!u) {
        return unknownObject("user", gid);
    }
    return dataResponse(projectFields(userResponse(u->gid), optFields(request)));
}

SimResponse SimApi::workspaces(const SimRequest& request)
{
    QVector<QJsonObject> items;
    for (const SimWorkspace& ws : m_world->workspaces()) {
        items.append(m_world->workspaceCompact(ws.gid));
    }
    return paged(request, items, str("/workspaces"));
}

SimResponse SimApi::projects(const SimRequest& request, const QString& workspaceGid, const QString& listPath)
{
    QVector<QJsonObject> items;
    for (const QString& gid : m_world->projectGids()) {
        const SimProject* p = m_world->project(gid);
        if (workspaceGid.isEmpty() || p->workspaceGid == workspaceGid) {
            items.append(m_world->projectCompact(gid));
        }
    }
    return paged(request, items, listPath);
}

SimResponse SimApi::paged(const SimRequest& request, const QVector<QJsonObject>& items, const QString& listPath)
{
    const QString limitText = request.query.queryItemValue(str("limit"));
    const QString offsetText = request.query.queryItemValue(str("offset"), QUrl::FullyDecoded);
    const QStringList fields = optFields(request);
    qsizetype start = 0;
    if (!offsetText.isEmpty()) {
        const auto decoded = decodeOffset(offsetText);
        if (!decoded) {
            return SimResponse::error(400, QStringLiteral("offset: Your pagination token is invalid. You may only "
                                                          "pass an offset that was returned by the API."));
        }
        start = std::min(*decoded, items.size());
    }
    qsizetype limit = 1000; // Asana cuts unpaged results off at about a thousand
    const bool paging = !limitText.isEmpty();
    if (paging) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            return SimResponse::error(400, QStringLiteral("limit: Value must be between 1 and 100"));
        }
    }
    const qsizetype end = std::min(items.size(), start + limit);
    QJsonArray data;
    for (qsizetype i = start; i < end; ++i) {
        data.append(projectFields(items.at(i), fields));
    }
    QJsonObject envelope{{str("data"), data}};
    if (paging) {
        if (end < items.size()) {
            QUrlQuery query = request.query;
            query.removeAllQueryItems(str("offset"));
            const QString offset = encodeOffset(end);
            query.addQueryItem(str("offset"), offset);
            const QString path = listPath % QLatin1Char('?') % query.toString(QUrl::FullyEncoded);
            envelope.insert(str("next_page"), QJsonObject{{str("offset"), offset},
                                                          {str("path"), path},
                                                          {str("uri"), QString(m_baseUrl.toString() % path)}});
        } else {
            envelope.insert(str("next_page"), QJsonValue::Null);
        }
    }
    return SimResponse::json(200, compact(envelope));
}

SimResponse SimApi::typeahead(const SimRequest& request, const QString& workspaceGid)
{
    QString type = request.query.queryItemValue(str("resource_type"));
    if (type.isEmpty()) {
        type = request.query.queryItemValue(str("type"));
    }
    if (type.isEmpty()) {
        type = str("user");
    }
    static const QStringList known{
        str("actor"),     str("agent"), str("custom_field"), str("goal"), str("project"), str("project_template"),
        str("portfolio"), str("tag"),   str("task"),         str("team"), str("user")};
    if (!known.contains(type)) {
        return SimResponse::error(400, QStringLiteral("resource_type: Not a valid enum value: ") % type);
    }
    int count = 20;
    const QString countText = request.query.queryItemValue(str("count"));
    if (!countText.isEmpty()) {
        bool ok = false;
        count = countText.toInt(&ok);
        if (!ok || count < 1 || count > 100) {
            return SimResponse::error(400, QStringLiteral("count: Value must be between 1 and 100"));
        }
    }
    const QString query = request.query.queryItemValue(str("query"), QUrl::FullyDecoded);
    QJsonArray data;
    const auto consider = [&](const QJsonObject& compactRecord) {
        if (data.size() < count && compactRecord.value(str("name")).toString().contains(query, Qt::CaseInsensitive)) {
            QJsonObject item{{str("gid"), compactRecord.value(str("gid"))},
                             {str("resource_type"), compactRecord.value(str("resource_type"))},
                             {str("name"), compactRecord.value(str("name"))}};
            data.append(item);
        }
    };
    if (type == QLatin1String("project")) {
        for (const QString& gid : m_world->projectGids()) {
            if (m_world->project(gid)->workspaceGid == workspaceGid) {
                consider(m_world->projectCompact(gid));
            }
        }
    } else if (type == QLatin1String("user")) {
        for (const SimUser& u : m_world->users()) {
            consider(m_world->userCompact(u.gid).toObject());
        }
    } else if (type == QLatin1String("task")) {
        for (const QString& gid : m_world->taskGids()) {
            const SimTask* t = m_world->task(gid);
            if (!t->deleted && t->workspaceGid == workspaceGid) {
                consider(m_world->taskCompact(gid));
            }
        }
    }
    return dataResponse(data);
}

// ---------------------------------------------------------------------------------------------
// Tasks and stories

QJsonObject SimApi::taskResponse(const QString& gid) const
{
    const SimTask* t = m_world->task(gid);
    QJsonObject obj = m_world->taskCompact(gid);
    obj.insert(str("assignee"), m_world->userCompact(t->assigneeGid));
    obj.insert(str("created_by"), m_world->userCompact(t->createdByGid)); // opt-in in Asana
    obj.insert(str("completed"), t->completed);
    obj.insert(str("completed_at"), t->completedAt.isValid() ? QJsonValue(SimWorld::isoTimestamp(t->completedAt))
                                                             : QJsonValue(QJsonValue::Null));
    obj.insert(str("due_on"),
               t->dueOn.isValid() ? QJsonValue(t->dueOn.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
    obj.insert(str("created_at"), SimWorld::isoTimestamp(t->createdAt));
    obj.insert(str("modified_at"), SimWorld::isoTimestamp(t->modifiedAt));
    obj.insert(str("notes"), QString());
    obj.insert(str("permalink_url"), m_world->permalink(*t));
    obj.insert(str("workspace"), m_world->workspaceCompact(t->workspaceGid));
    QJsonArray memberships;
    QJsonArray projects;
    for (const SimMembership& m : t->memberships) {
        QJsonObject membership{{str("project"), m_world->projectCompact(m.projectGid)}};
        membership.insert(str("section"), m.sectionGid.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(m_world->sectionCompact(m.sectionGid)));
        memberships.append(membership);
        projects.append(m_world->projectCompact(m.projectGid));
    }
    obj.insert(str("memberships"), memberships);
    obj.insert(str("projects"), projects);
    QJsonArray followers;
    for (const QString& f : t->followerGids) {
        followers.append(m_world->userCompact(f));
    }
    obj.insert(str("followers"), followers);
    QJsonArray customFields;
    for (const QString& cf : t->customFieldGids) {
        customFields.append(m_world->customFieldValue(*t, cf));
    }
    obj.insert(str("custom_fields"), customFields);
    return obj;
}

SimResponse SimApi::task(const SimRequest& request, const QString& gid)
{
    const SimTask* t = m_world->task(gid);
    if (!t || t->deleted) {
        return unknownObject("task", gid);
    }
    if (m_world->isForbidden(gid)) {
        return forbidden();
    }
    return dataResponse(projectFields(taskResponse(gid), optFields(request)));
}

QJsonObject SimApi::storyResponse(const QString& gid) const
{
    const SimStory* s = m_world->story(gid);
    QJsonObject target = m_world->taskCompact(s->targetGid);
    return QJsonObject{{str("gid"), s->gid},
                       {str("resource_type"), str("story")},
                       {str("resource_subtype"), s->resourceSubtype},
                       {str("type"), s->type},
                       {str("text"), s->text},
                       {str("created_at"), SimWorld::isoTimestamp(s->createdAt)},
                       {str("created_by"), m_world->userCompact(s->createdByGid)},
                       {str("target"), target},
                       {str("source"), str("web")},
                       {str("is_edited"), false},
                       {str("is_pinned"), false}};
}

SimResponse SimApi::taskStories(const SimRequest& request, const QString& gid)
{
    const SimTask* t = m_world->task(gid);
    if (!t || t->deleted) {
        return unknownObject("task", gid);
    }
    if (m_world->isForbidden(gid)) {
        return forbidden();
    }
    QVector<QJsonObject> items;
    for (const SimStory* s : m_world->storiesOfTask(gid)) {
        items.append(storyResponse(s->gid));
    }
    return paged(request, items, QStringLiteral("/tasks/") % gid % QStringLiteral("/stories"));
}

SimResponse SimApi::story(const SimRequest& request, const QString& gid)
{
    const SimStory* s = m_world->story(gid);
    if (!s) {
        return unknownObject("story", gid);
    }
    if (m_world->isForbidden(gid) || m_world->isForbidden(s->targetGid)) {
        return forbidden();
    }
    return dataResponse(projectFields(storyResponse(gid), optFields(request)));
}

// ---------------------------------------------------------------------------------------------
// Batch

SimResponse SimApi::batch(const SimRequest& request)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return SimResponse::error(400, QStringLiteral("Could not parse request data, invalid JSON"));
    }
    const QJsonValue actionsValue = doc.object().value(str("data")).toObject().value(str("actions"));
    if (!actionsValue.isArray()) {
        return SimResponse::error(400, QStringLiteral("actions: Missing input"));
    }
    const QJsonArray actions = actionsValue.toArray();
    if (actions.isEmpty()) {
        return SimResponse::error(400, QStringLiteral("actions: At least one action is required"));
    }
    if (actions.size() > 10) {
        return SimResponse::error(400, QStringLiteral("actions: A batch request may contain at most 10 actions"));
    }
    QJsonArray results;
    for (const QJsonValue& value : actions) {
        const QJsonObject action = value.toObject();
        const QString relativePath = action.value(str("relative_path")).toString();
        const QString method = action.value(str("method")).toString().toLower();
        SimResponse sub;
        if (relativePath.isEmpty() || !relativePath.startsWith(QLatin1Char('/'))) {
            sub = SimResponse::error(400, QStringLiteral("relative_path: Missing input"));
        } else if (relativePath.contains(QLatin1Char('?'))) {
            sub = SimResponse::error(400, QStringLiteral("relative_path: Query parameters belong in data"));
        } else if (relativePath == QLatin1String("/batch")) {
            sub = SimResponse::error(400, QStringLiteral("Batch requests may not be nested"));
        } else if (method != QLatin1String("get")) {
            sub = SimResponse::error(400, QStringLiteral("method: The simulator only supports get in batch actions"));
        } else {
            SimRequest inner;
            inner.method = QByteArrayLiteral("GET");
            inner.path = kApiPrefix + relativePath;
            inner.headers = request.headers;
            const QJsonObject data = action.value(str("data")).toObject();
            for (auto it = data.begin(); it != data.end(); ++it) {
                const QJsonValue v = it.value();
                inner.query.addQueryItem(it.key(), v.isString()   ? v.toString()
                                                   : v.isDouble() ? QString::number(v.toDouble(), 'g', 17)
                                                   : v.isBool()   ? (v.toBool() ? str("true") : str("false"))
                                                                  : QString());
            }
            const QJsonObject options = action.value(str("options")).toObject();
            if (options.contains(str("limit"))) {
                inner.query.addQueryItem(str("limit"), QString::number(options.value(str("limit")).toInt()));
            }
            if (options.contains(str("offset"))) {
                inner.query.addQueryItem(str("offset"), options.value(str("offset")).toString());
            }
            if (options.contains(str("fields"))) {
                QStringList fields;
                for (const QJsonValue& f : options.value(str("fields")).toArray()) {
                    fields.append(f.toString());
                }
                inner.query.addQueryItem(str("opt_fields"), fields.join(QLatin1Char(',')));
            }
            sub = handle(inner);
        }
        QJsonObject headers;
        for (const auto& [key, headerValue] : std::as_const(sub.headers)) {
            if (key.compare("Content-Type", Qt::CaseInsensitive) != 0) {
                headers.insert(QString::fromLatin1(key), QString::fromLatin1(headerValue));
            }
        }
        results.append(QJsonObject{{str("status_code"), sub.status},
                                   {str("headers"), headers},
                                   {str("body"), QJsonDocument::fromJson(sub.body).object()}});
    }
    return dataResponse(results);
}

// ---------------------------------------------------------------------------------------------
// Control endpoints

SimResponse SimApi::handleControl(const SimRequest& request)
{
    const QString resource = request.query.queryItemValue(str("resource"), QUrl::FullyDecoded);
    if (request.path == QLatin1String("/_sim/inject") && request.method == "POST") {
        bool ok = false;
        const int count = request.query.queryItemValue(str("count")).toInt(&ok);
        if (resource.isEmpty() || !ok || count < 1 || count > 1000000) {
            return SimResponse::error(400, QStringLiteral("inject needs resource=GID and count=1..1000000"));
        }
        m_world->injectEvents(resource, count);
        return dataResponse(QJsonObject{{str("injected"), count}, {str("length"), m_world->streamLength(resource)}});
    }
    if (request.path == QLatin1String("/_sim/expire-tokens") && request.method == "POST") {
        m_world->expireAllTokens();
        return dataResponse(QJsonObject{{str("expired"), true}});
    }
    if (request.path == QLatin1String("/_sim/stream") && request.method == "GET") {
        if (resource.isEmpty()) {
            return SimResponse::error(400, QStringLiteral("resource: Missing input"));
        }
        const qsizetype from = request.query.queryItemValue(str("from")).toLongLong();
        const qsizetype length = m_world->streamLength(resource);
        QByteArray body = "{\"data\":[";
        const qsizetype start = std::max<qsizetype>(0, from);
        for (qsizetype i = start; i < length; ++i) {
            if (i > start) {
                body += ',';
            }
            body += m_world->streamEventBytes(resource, i);
        }
        body += "],\"length\":" + QByteArray::number(length) + '}';
        return SimResponse::json(200, body);
    }
    return noRoute();
}

} // namespace AsanaFeed::Sim
