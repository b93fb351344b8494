// FilterState: what the person narrowed the feed to, and what they hid from it, as a value —
// saved between runs.
#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace AsanaFeed {

struct FilterState
{
    QString text;                // free text: person, resource, project or sentence
    QSet<int> kinds;             // EventKind values; empty = every kind
    QSet<QString> resourceTypes; // task, story, project, …; empty = every type
    QSet<QString> subscriptions; // subscription gids; empty = all
    QSet<QString> people;        // actor gids; empty = everyone
    bool unreadOnly = false;
    // The "Done" view: only the events marked done. Otherwise (the default view) only those not.
    bool doneOnly = false;
    // Hidden ("Hide this project", "Hide this person"): never shown, whatever else is chosen.
    QSet<QString> excludedSubscriptions; // subscription gids
    QSet<QString> excludedPeople;        // actor gids

    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty() && kinds.isEmpty() && resourceTypes.isEmpty() && subscriptions.isEmpty() &&
               people.isEmpty() && !unreadOnly && !doneOnly && excludedSubscriptions.isEmpty() &&
               excludedPeople.isEmpty();
    }
    friend bool operator==(const FilterState&, const FilterState&) = default;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static FilterState fromJson(const QJsonObject& object);
};

} // namespace AsanaFeed
