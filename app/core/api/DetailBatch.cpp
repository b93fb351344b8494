#include "api/DetailBatch.h"

#include <QJsonArray>

namespace AsanaFeed {

namespace {

QString collectionOf(const QString& kind)
{
    if (kind == QLatin1String("story")) {
        return QStringLiteral("stories");
    }
    if (kind == QLatin1String("task")) {
        return QStringLiteral("tasks");
    }
    if (kind == QLatin1String("user")) {
        return QStringLiteral("users");
    }
    if (kind == QLatin1String("project")) {
        return QStringLiteral("projects");
    }
    return {};
}

} // namespace

QStringList DetailBatch::fieldsFor(const QString& kind)
{
    if (kind == QLatin1String("story")) {
        // Stories have no permalink_url; their task's is the link. created_by and target name
        // the person and the task as well, for rows that know them only by gid.
        return {QStringLiteral("text"), QStringLiteral("resource_subtype"), QStringLiteral("created_by.name"),
                QStringLiteral("target.name")};
    }
    if (kind == QLatin1String("task")) {
        // Who the task involves, by gid only: whether a change to it concerns the person
        // (NotificationRules). created_by is opt-in on tasks: asked for by name.
        return {QStringLiteral("name"), QStringLiteral("permalink_url"), QStringLiteral("assignee.gid"),
                QStringLiteral("created_by.gid"), QStringLiteral("followers.gid")};
    }
    if (kind == QLatin1String("project")) {
        return {QStringLiteral("name"), QStringLiteral("permalink_url")};
    }
    if (kind == QLatin1String("user")) {
        return {QStringLiteral("name")};
    }
    return {};
}

QString DetailBatch::pathFor(const DetailQuery& query)
{
    const QString collection = collectionOf(query.kind);
    // A gid is digits only: nothing from the network can reach another path.
    if (collection.isEmpty() || !isValidGid(query.gid)) {
        return {};
    }
    return QLatin1Char('/') + collection + QLatin1Char('/') + query.gid;
}

QList<DetailQuery> DetailBatch::askable(const QList<DetailQuery>& queries)
{
    QList<DetailQuery> result;
    for (const DetailQuery& query : queries) {
        if (result.size() == maxActions) {
            break;
        }
        if (!pathFor(query).isEmpty()) {
            result.append(query);
        }
    }
    return result;
}

QJsonObject DetailBatch::requestData(const QList<DetailQuery>& queries)
{
    QJsonArray actions;
    for (const DetailQuery& query : askable(queries)) {
        const QJsonObject options{{QStringLiteral("fields"), QJsonArray::fromStringList(fieldsFor(query.kind))}};
        actions.append(QJsonObject{{QStringLiteral("relative_path"), pathFor(query)},
                                   {QStringLiteral("method"), QStringLiteral("get")},
                                   {QStringLiteral("options"), options}});
    }
    return {{QStringLiteral("actions"), actions}};
}

ApiReply* DetailBatch::send(AsanaClient* client, const QList<DetailQuery>& queries)
{
    return client->post(QStringLiteral("batch"), requestData(queries));
}

Parsed<QList<DetailAnswer>> DetailBatch::read(const ApiResult& result, const QList<DetailQuery>& queries)
{
    if (result.error) {
        return *result.error;
    }
    const QList<DetailQuery> sent = askable(queries);
    const QJsonValue data = result.body.value(QLatin1String("data"));
    if (!data.isArray() || data.toArray().size() != sent.size()) {
        ApiError error = ApiError::malformed(
            QStringLiteral("the batch answer does not have one entry per action (%1 sent)").arg(sent.size()));
        error.status = result.status;
        return error;
    }
    const QJsonArray entries = data.toArray();
    QList<DetailAnswer> answers;
    answers.reserve(sent.size());
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        DetailAnswer answer;
        answer.query = sent.at(i);
        answer.status = entry.value(QLatin1String("status_code")).toInt();
        const QJsonValue object = entry.value(QLatin1String("body")).toObject().value(QLatin1String("data"));
        if (answer.status >= 200 && answer.status < 300 && object.isObject()) {
            answer.outcome = DetailAnswer::Outcome::Found;
            answer.data = object.toObject();
        } else if (answer.status == 400 || answer.status == 402 || answer.status == 403 || answer.status == 404 ||
                   answer.status == 410) {
            // Asking again soon would get the same answer.
            answer.outcome = DetailAnswer::Outcome::Unavailable;
        } else {
            answer.outcome = DetailAnswer::Outcome::Failed;
        }
        answers.append(std::move(answer));
    }
    return answers;
}

} // namespace AsanaFeed
