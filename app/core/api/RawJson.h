// RawJson: finds the bytes of each element of a JSON document's top-level "data" array, so an
// event can be passed on exactly as Asana wrote it (same key order, same escapes) instead of
// being re-serialised. Whitespace outside strings is dropped, so every element fits on one line.
#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace AsanaFeed::RawJson {

// The compact bytes of each element of body["data"], or nothing if the body is not an object
// with a "data" array (the caller then falls back to re-serialising).
[[nodiscard]] std::optional<QList<QByteArray>> dataElements(const QByteArray& body);

} // namespace AsanaFeed::RawJson
