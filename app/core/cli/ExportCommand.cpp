#include "cli/ExportCommand.h"

#include "cli/JsonLines.h"
#include "store/EventStore.h"

namespace AsanaFeed {

bool exportHistory(const EventStore& store, std::FILE* out)
{
    // Buffered by stdio; flushed once at the end (an export is not a live stream).
    bool ok = true;
    const auto put = [&ok, out](const QByteArray& line) {
        ok =
            std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), out) == static_cast<size_t>(line.size());
        return ok;
    };
    const bool read = store.forEachInOrder(
        [&put](const StoredEvent& event) { return put(JsonLines::eventLine(event.subscription, event.json)); },
        [&put](const StoredGap& gap) { return put(JsonLines::gapLine(gap.subscription, gap.detectedAt)); });
    return read && ok && std::fflush(out) == 0;
}

} // namespace AsanaFeed
