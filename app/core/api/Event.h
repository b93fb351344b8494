// Event: one entry of an Asana event stream as a value, with the object's bytes kept intact so
// that nothing Asana adds is lost. EventPage (EventPage.h) turns a /events answer into events in
// one pass; the functions here are for JSON values already parsed.
#pragma once

#include "api/ApiError.h"
#include "api/EventKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace AsanaFeed {

// A compact Asana object: {gid, resource_type, name, resource_subtype}.
struct ResourceRef
{
    QString gid;
    QString type;
    QString name;
    QString subtype;

    [[nodiscard]] bool isNull() const { return gid.isEmpty(); }
    friend bool operator==(const ResourceRef&, const ResourceRef&) = default;
};

struct EventChange
{
    QString field;
    QString action; // changed, added, removed
    std::optional<ResourceRef> newValue;
    std::optional<ResourceRef> addedValue;
    std::optional<ResourceRef> removedValue;

    // The gid of whichever value the change carries (new, else added, else removed).
    [[nodiscard]] QString valueGid() const;
};

struct Event
{
    std::optional<ResourceRef> user; // null for system-generated events
    ResourceRef resource;
    QString type;   // deprecated copy of resource.resource_type
    QString action; // changed, added, removed, deleted, undeleted — or anything Asana adds later
    std::optional<ResourceRef> parent;
    std::optional<EventChange> change;
    QDateTime createdAt; // UTC, millisecond precision
    QByteArray rawBytes; // the object's bytes as they arrived, compacted onto one line

    // The event as compact JSON: Asana's own bytes (same key order, same escapes).
    [[nodiscard]] QByteArray json() const { return rawBytes; }
    // The object as it arrived, parsed (on each call: for the fields the struct leaves out).
    [[nodiscard]] QJsonObject raw() const;

    // The event key of DESIGN.md: Asana events have no id, so identity is a hash of the fields
    // that tell two events apart. 16 bytes, stable across runs and platforms. parseEvent()
    // computes it once; an Event changed afterwards must be re-parsed.
    [[nodiscard]] QByteArray key() const { return EventKey::toBytes(packedKey()); }
    [[nodiscard]] EventKey::Packed packedKey() const { return keyCache ? *keyCache : computeKey(); }
    [[nodiscard]] EventKey::Packed computeKey() const;
    std::optional<EventKey::Packed> keyCache;
};

// The outcome of parsing: the value, or the error that says what was wrong.
template<typename T>
class Parsed
{
public:
    Parsed(T value)
        : m_value(std::move(value))
    {} // NOLINT(google-explicit-constructor)
    Parsed(ApiError error)
        : m_value(std::move(error))
    {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_value); }
    [[nodiscard]] const T& value() const { return std::get<T>(m_value); }
    [[nodiscard]] T& value() { return std::get<T>(m_value); }
    [[nodiscard]] const ApiError& error() const { return std::get<ApiError>(m_value); }

private:
    std::variant<T, ApiError> m_value;
};

struct EventsPage
{
    QList<Event> events;
    QString sync;
    bool hasMore = false;
};

// An event object already parsed (its bytes are the object re-serialised). EventPage::parseEvent()
// reads one from its bytes.
[[nodiscard]] Parsed<Event> parseEvent(const QJsonObject& object);
// A 200 answer of GET /events. Malformed pages (data not an array, an event without a
// resource, no sync token) are errors: a page is taken whole or not at all.
// rawBody, when given, is the answer's bytes and is what is read (see EventPage::parse()); else
// `body` is re-serialised and read.
[[nodiscard]] Parsed<EventsPage> parseEventsPage(const QJsonObject& body, const QByteArray& rawBody = {});
[[nodiscard]] QDateTime parseAsanaTimestamp(const QString& text);
// Asana gids are decimal digits; anything else is a typo or not from Asana.
[[nodiscard]] bool isValidGid(const QString& gid);

} // namespace AsanaFeed
