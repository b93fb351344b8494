// EventSink: where a poller hands what it fetched. The poller advances its sync token only after
// the sink has durably taken a page (answered with a KeptPage), so a failure or a crash between
// fetching and keeping can never lose an event nor, with the store's key, show one twice. The
// answer says which of the page's events were new: those, and only those, go on to the feed.
#pragma once

#include "api/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace AsanaFeed {

// What a sink kept of a page: the events it had not seen before, in page order.
struct KeptPage
{
    QList<qsizetype> newIndices; // indices into the page
    QList<qint64> newIds;        // their ids in the sink's history (parallel); empty: the sink has none

    // The page's new events, in page order.
    [[nodiscard]] QList<Event> newEventsOf(const QList<Event>& page) const
    {
        if (newIndices.size() == page.size()) {
            return page; // all of them (indices are distinct and in page order): shared, not copied
        }
        QList<Event> events;
        events.reserve(newIndices.size());
        for (const qsizetype index : newIndices) {
            if (index >= 0 && index < page.size()) {
                events.append(page.at(index));
            }
        }
        return events;
    }
};

class EventSink
{
public:
    virtual ~EventSink() = default;

    // A page of events (possibly none, e.g. the first token) and the sync token that follows it.
    // Nothing when they could not be kept: the poller will fetch the same page again later.
    virtual std::optional<KeptPage> commitPage(const QString& subscription, const QList<Event>& events,
                                               const QString& nextSync) = 0;
    // A 412 on a token we held: events between the last page and `detectedAt` may be missing.
    virtual bool commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync) = 0;
    // Why the last commit failed, for a person: what could not be written, and where.
    [[nodiscard]] virtual QString lastError() const = 0;

protected:
    EventSink() = default;
    EventSink(const EventSink&) = default;
    EventSink& operator=(const EventSink&) = default;
};

} // namespace AsanaFeed
