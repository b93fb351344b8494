// EventPage: reads a GET /events answer in one pass over its bytes. It checks that the whole
// answer is JSON, takes the fields the engine needs from each event, the exact bytes of each
// event (for the store and the JSON lines), the sync token and has_more, and computes each
// event's key from the fields it read: no document tree, no second pass, no re-serialising.
// Hostile input is expected: sizes are bounded by the caller, nesting here, and anything that is
// not JSON is an error, never a crash. Where JSON leaves a choice it answers as Qt's parser does
// (a key given twice: the last one counts; a raw control character in a string value is taken
// and escaped in the bytes kept), and it is stricter than Qt about what is not JSON at all (numbers
// like "1." or ".5", unknown escapes such as "\x", a raw control character in a member's name,
// nesting deeper than maxDepth).
#pragma once

#include "api/Event.h"

#include <QByteArrayView>

namespace AsanaFeed::EventPage {

// Objects and arrays nested deeper than this make the answer malformed.
inline constexpr int maxDepth = 512;

// How much of each event is made into values. Either way the whole page is checked, and each
// event has its key, its time and its bytes.
enum class Detail {
    Full,     // every field of Event
    Identity, // only what keeping and passing on the bytes needs: the key, createdAt, the bytes
              // and user->gid (who acted, for the store); the resource, names, types, action and
              // change stay empty (the page is checked as for Full: an event without a resource
              // gid is refused). For keeping the bytes (--follow with a store).
    Bytes,    // as Identity, without user->gid: the key, createdAt and the bytes. For passing the
              // bytes on and keeping nothing (--follow without a store).
};

// A 200 answer of GET /events, as bytes. Malformed pages (not JSON, data not an array, an event
// without a resource, no sync token) are errors: a page is taken whole or not at all.
[[nodiscard]] Parsed<EventsPage> parse(QByteArrayView body, Detail detail = Detail::Full);

// One event's JSON object (as kept in the store): the event with its bytes, compacted.
[[nodiscard]] Parsed<Event> parseEvent(QByteArrayView json);

} // namespace AsanaFeed::EventPage
