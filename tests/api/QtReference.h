// QtReference: what Qt's own JSON parser makes of an /events answer, and the event key as
// DESIGN.md defines it, computed from Qt's tree. The reference EventPage is checked against, by
// tst_eventpage and by fuzz_eventpage (header only: the fuzz build links no test library).
#pragma once

#include "api/Event.h"
#include "api/EventKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace AsanaFeed::QtReference {

// What Qt's parser makes of a page, in the terms of an EventsPage (nothing when it is not one).
struct QtView
{
    QList<QJsonObject> events;
    QString sync;
    bool hasMore = false;
};

inline std::optional<QtView> qtView(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (!object.value(QLatin1String("data")).isArray()) {
        return std::nullopt;
    }
    QtView view;
    view.sync = object.value(QLatin1String("sync")).toString();
    view.hasMore = object.value(QLatin1String("has_more")).toBool(false);
    if (view.sync.isEmpty()) {
        return std::nullopt;
    }
    for (const QJsonValue& item : object.value(QLatin1String("data")).toArray()) {
        const QJsonObject event = item.toObject();
        if (!item.isObject() || !event.value(QLatin1String("resource")).isObject() ||
            event.value(QLatin1String("resource")).toObject().value(QLatin1String("gid")).toString().isEmpty()) {
            return std::nullopt;
        }
        view.events.append(event);
    }
    return view;
}

// As the old parser read a compact resource from Qt's tree.
inline std::optional<ResourceRef> refOf(const QJsonValue& value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    return ResourceRef{
        object.value(QLatin1String("gid")).toString(), object.value(QLatin1String("resource_type")).toString(),
        object.value(QLatin1String("name")).toString(), object.value(QLatin1String("resource_subtype")).toString()};
}

// The event key as DESIGN.md defines it (and as keys were always computed), from Qt's tree.
inline QByteArray designKey(const QJsonObject& event)
{
    QByteArray fields;
    const auto add = [&fields](const QString& part) {
        fields += part.toUtf8();
        fields += '\x1f';
    };
    const QString written = event.value(QLatin1String("created_at")).toString();
    const QDateTime when = parseAsanaTimestamp(written);
    const bool canonical = written.size() == 24 && written.endsWith(QLatin1Char('Z')) && when.isValid();
    add(canonical || !when.isValid() ? written : when.toString(Qt::ISODateWithMs));
    add(event.value(QLatin1String("action")).toString());
    const auto gid = [](const QJsonValue& value) { return value.toObject().value(QLatin1String("gid")).toString(); };
    add(gid(event.value(QLatin1String("user"))));
    add(gid(event.value(QLatin1String("resource"))));
    add(gid(event.value(QLatin1String("parent"))));
    const QJsonObject change = event.value(QLatin1String("change")).toObject();
    add(change.value(QLatin1String("field")).toString());
    add(change.value(QLatin1String("action")).toString());
    QString valueGid;
    for (const char* name : {"new_value", "added_value", "removed_value"}) {
        if (valueGid.isEmpty()) {
            valueGid = gid(change.value(QLatin1String(name)));
        }
    }
    add(valueGid);
    return EventKey::toBytes(EventKey::of(fields));
}

} // namespace AsanaFeed::QtReference
