// DetailBatch: asks Asana about up to ten objects the feed shows — a comment's story, a task or a
// person named only by gid — in one POST /batch, each with only the fields a row needs, and reads
// the answer action by action. It keeps nothing: what to ask, and what to do with the answers,
// is the caller's (feed/EventDetails).
#pragma once

#include "api/AsanaClient.h"
#include "api/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace AsanaFeed {

// One object to ask about.
struct DetailQuery
{
    QString gid;
    QString kind; // story, task, user, project

    friend bool operator==(const DetailQuery&, const DetailQuery&) = default;
};

// What Asana said about one of them.
struct DetailAnswer
{
    enum class Outcome {
        Found,       // `data` holds the object's fields
        Unavailable, // gone, or not ours to see (404, 403, 400): not worth asking again soon
        Failed,      // this action failed (5xx, 429, a malformed entry): ask again later
    };

    DetailQuery query;
    Outcome outcome = Outcome::Failed;
    int status = 0;   // the action's status_code
    QJsonObject data; // the object's fields (Found)
};

class DetailBatch final
{
public:
    // Asana refuses a batch of more.
    static constexpr int maxActions = 10;

    // The fields asked for each kind: what a row shows, nothing more — and for a task, who it
    // involves (assignee, creator, followers), for the notifications.
    [[nodiscard]] static QStringList fieldsFor(const QString& kind);
    // "/stories/123"; empty when the kind is not one we ask about or the gid is not a gid.
    [[nodiscard]] static QString pathFor(const DetailQuery& query);
    // The request's data: {"actions": [{"relative_path", "method": "get", "options": {"fields"}}…]}.
    // Queries without a path are left out: see askable().
    [[nodiscard]] static QJsonObject requestData(const QList<DetailQuery>& queries);
    // The queries requestData() turns into actions, in order.
    [[nodiscard]] static QList<DetailQuery> askable(const QList<DetailQuery>& queries);
    // POST /batch for the first maxActions askable queries.
    static ApiReply* send(AsanaClient* client, const QList<DetailQuery>& queries);
    // One answer per query sent (askable(queries), in order), or the error that failed the whole
    // batch (network, 5xx, 429, a body that is not a batch answer).
    [[nodiscard]] static Parsed<QList<DetailAnswer>> read(const ApiResult& result, const QList<DetailQuery>& queries);
};

} // namespace AsanaFeed
