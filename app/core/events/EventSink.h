// EventSink: where a poller hands what it fetched. The poller advances its sync token only after
// the sink has durably taken a page (returned true), so a failure or a crash between fetching
// and keeping can never lose an event nor, with the store's key, show one twice.
#pragma once

#include "api/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace AsanaFeed {

class EventSink
{
public:
    virtual ~EventSink() = default;

    // A page of events (possibly none, e.g. the first token) and the sync token that follows it.
    // Return false if they could not be kept: the poller will fetch the same page again later.
    virtual bool commitPage(const QString& subscription, const QList<Event>& events, const QString& nextSync) = 0;
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
