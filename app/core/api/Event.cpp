#include "api/Event.h"

#include "api/EventKey.h"
#include "api/EventPage.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace AsanaFeed {

QString EventChange::valueGid() const
{
    for (const auto* value : {&newValue, &addedValue, &removedValue}) {
        if (*value && !(*value)->gid.isEmpty()) {
            return (*value)->gid;
        }
    }
    return {};
}

EventKey::Packed Event::computeKey() const
{
    // Fields separated by a byte that cannot occur in any of them, so ("a","bc") != ("ab","c").
    EventKey::Hasher hasher = EventKey::eventHasher();
    const auto add = [&hasher](const QString& part) {
        hasher.add(part.toUtf8());
        hasher.add('\x1f');
    };
    // Asana's own form (2026-11-29T04:38:58.147Z) is already canonical; anything else is
    // normalised, so the same instant always hashes the same.
    const QString written = raw().value(QLatin1String("created_at")).toString();
    const bool canonical = written.size() == 24 && written.endsWith(QLatin1Char('Z')) && createdAt.isValid();
    add(canonical || !createdAt.isValid() ? written : createdAt.toString(Qt::ISODateWithMs));
    add(action);
    add(user ? user->gid : QString());
    add(resource.gid);
    add(parent ? parent->gid : QString());
    add(change ? change->field : QString());
    add(change ? change->action : QString());
    add(change ? change->valueGid() : QString());
    return hasher.finish();
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
    return EventPage::parseEvent(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject Event::raw() const
{
    return QJsonDocument::fromJson(rawBytes).object();
}

Parsed<EventsPage> parseEventsPage(const QJsonObject& body, const QByteArray& rawBody)
{
    return EventPage::parse(rawBody.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : rawBody);
}

} // namespace AsanaFeed
