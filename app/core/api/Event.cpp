#include "api/Event.h"

#include "api/RawJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace AsanaFeed {

namespace {

std::optional<ResourceRef> parseRef(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ResourceRef ref;
    ref.gid = object.value(QLatin1String("gid")).toString();
    ref.type = object.value(QLatin1String("resource_type")).toString();
    ref.name = object.value(QLatin1String("name")).toString();
    ref.subtype = object.value(QLatin1String("resource_subtype")).toString();
    return ref;
}

QString stringField(const QJsonObject& object, QLatin1String name)
{
    return object.value(name).toString();
}

} // namespace

QString EventChange::valueGid() const
{
    for (const auto* value : {&newValue, &addedValue, &removedValue}) {
        if (*value && !(*value)->gid.isEmpty()) {
            return (*value)->gid;
        }
    }
    return {};
}

QByteArray Event::computeKey() const
{
    // Fields separated by a byte that cannot occur in any of them, so ("a","bc") != ("ab","c").
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& part) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    // Asana's own form (2026-11-29T04:38:58.147Z) is already canonical; anything else is
    // normalised, so the same instant always hashes the same.
    const QString written = raw.value(QLatin1String("created_at")).toString();
    const bool canonical = written.size() == 24 && written.endsWith(QLatin1Char('Z')) && createdAt.isValid();
    add(canonical || !createdAt.isValid() ? written : createdAt.toString(Qt::ISODateWithMs));
    add(action);
    add(user ? user->gid : QString());
    add(resource.gid);
    add(parent ? parent->gid : QString());
    add(change ? change->field : QString());
    add(change ? change->action : QString());
    add(change ? change->valueGid() : QString());
    return hash.result().first(16);
}

bool isValidGid(const QString& gid)
{
    if (gid.isEmpty() || gid.size() > 32) {
        return false;
    }
    return std::all_of(gid.cbegin(), gid.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QDateTime parseAsanaTimestamp(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        return {};
    }
    return when.toUTC();
}

Parsed<Event> parseEvent(const QJsonObject& object)
{
    const QJsonValue resourceValue = object.value(QLatin1String("resource"));
    if (!resourceValue.isObject()) {
        return ApiError::malformed(QStringLiteral("an event has no resource"));
    }
    Event event;
    event.raw = object;
    event.resource = *parseRef(resourceValue);
    if (event.resource.gid.isEmpty()) {
        return ApiError::malformed(QStringLiteral("an event's resource has no gid"));
    }
    event.user = parseRef(object.value(QLatin1String("user")));
    event.parent = parseRef(object.value(QLatin1String("parent")));
    event.type = stringField(object, QLatin1String("type"));
    if (event.type.isEmpty()) {
        event.type = event.resource.type;
    }
    event.action = stringField(object, QLatin1String("action"));
    event.createdAt = parseAsanaTimestamp(stringField(object, QLatin1String("created_at")));

    const QJsonValue changeValue = object.value(QLatin1String("change"));
    if (changeValue.isObject()) {
        const QJsonObject changeObject = changeValue.toObject();
        EventChange change;
        change.field = stringField(changeObject, QLatin1String("field"));
        change.action = stringField(changeObject, QLatin1String("action"));
        change.newValue = parseRef(changeObject.value(QLatin1String("new_value")));
        change.addedValue = parseRef(changeObject.value(QLatin1String("added_value")));
        change.removedValue = parseRef(changeObject.value(QLatin1String("removed_value")));
        event.change = std::move(change);
    }
    event.keyCache = event.computeKey();
    return event;
}

QByteArray Event::json() const
{
    return rawBytes.isEmpty() ? QJsonDocument(raw).toJson(QJsonDocument::Compact) : rawBytes;
}

Parsed<EventsPage> parseEventsPage(const QJsonObject& body, const QByteArray& rawBody)
{
    const QJsonValue data = body.value(QLatin1String("data"));
    if (!data.isArray()) {
        return ApiError::malformed(QStringLiteral("the events page has no \"data\" array"));
    }
    EventsPage page;
    page.sync = body.value(QLatin1String("sync")).toString();
    if (page.sync.isEmpty()) {
        return ApiError::malformed(QStringLiteral("the events page has no sync token"));
    }
    page.hasMore = body.value(QLatin1String("has_more")).toBool(false);

    const QJsonArray array = data.toArray();
    page.events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            return ApiError::malformed(QStringLiteral("event %1 of the page is not an object").arg(i));
        }
        Parsed<Event> event = parseEvent(item.toObject());
        if (!event.ok()) {
            ApiError error = event.error();
            error.messages.last() += QStringLiteral(" (event %1 of the page)").arg(i);
            return error;
        }
        page.events.append(std::move(event.value()));
    }
    if (!rawBody.isEmpty()) {
        // Only trusted when it agrees with the real parser about the number of events.
        std::optional<QList<QByteArray>> elements = RawJson::dataElements(rawBody);
        if (elements && elements->size() == page.events.size()) {
            for (qsizetype i = 0; i < elements->size(); ++i) {
                page.events[i].rawBytes = std::move((*elements)[i]);
            }
        }
    }
    return page;
}

} // namespace AsanaFeed
