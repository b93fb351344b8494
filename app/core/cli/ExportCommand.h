// `asana-feed --state FILE --export`: the stored history as JSON lines in the follow format,
// oldest first, gaps where they happened — a history export for people and scripts.
#pragma once

#include <cstdio>

namespace AsanaFeed {

class EventStore;

// Writes every stored event and gap to `out`. Returns false if writing failed.
bool exportHistory(const EventStore& store, std::FILE* out);

} // namespace AsanaFeed
