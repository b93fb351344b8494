#include "api/ResourceNames.h"

#include "api/AsanaClient.h"
#include "api/NameText.h"
#include "util/Logging.h"

#include <QUrlQuery>

namespace AsanaFeed {

ResourceNames::ResourceNames(AsanaClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

ResourceNames::~ResourceNames()
{
    reset();
}

void ResourceNames::reset()
{
    for (const QPointer<ApiReply>& reply : std::as_const(m_pending)) {
        if (reply) {
            reply->abort();
        }
    }
    m_pending.clear();
    m_asking.clear();
}

void ResourceNames::request(const QStringList& gids)
{
    for (const QString& gid : gids) {
        if (!gid.isEmpty() && !m_names.contains(gid) && !m_asking.contains(gid)) {
            m_asking.insert(gid);
            ask(gid, QStringLiteral("projects"));
        }
    }
}

void ResourceNames::ask(const QString& gid, const QString& collection)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("opt_fields"), QStringLiteral("name"));
    ApiReply* reply =
        m_client->get(collection + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(gid)), query);
    connect(reply, &ApiReply::finished, this, [this, gid, collection](const ApiResult& result) {
        const QString name =
            result.ok()
                ? nameText(result.body.value(QLatin1String("data")).toObject().value(QLatin1String("name")).toString())
                : QString();
        if (!name.isEmpty()) {
            m_asking.remove(gid);
            m_names.insert(gid, name);
            emit namesChanged(m_names);
            return;
        }
        const bool notAProject = result.error && result.error->kind == ApiError::Kind::Http &&
                                 (result.error->status == 404 || result.error->status == 400);
        if (notAProject && collection == QLatin1String("projects")) {
            ask(gid, QStringLiteral("tasks")); // a task followed on its own
            return;
        }
        // Unnamed for now (no access, no answer, a kind of resource we do not ask about): the
        // next request() asks again.
        qCDebug(lcApi) << "no name for resource" << gid << (result.error ? result.error->summary() : QString());
        m_asking.remove(gid);
    });
}

} // namespace AsanaFeed
