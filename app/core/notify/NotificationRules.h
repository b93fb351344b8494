// NotificationRules: whether an event is worth a notification, and why — in words the
// notification shows ("assigned you Launch plan", "mentioned you in Launch plan"). By default
// what involves the signed-in person: a task assigned to them, a comment that mentions them, a
// change to a task they created, are assigned to or follow (when the row knows it); a
// subscription may be set to all of its activity, or muted. Never the person's own actions;
// nothing while paused or in quiet hours. Pure logic: no widgets, no network, no clock of its own.
#pragma once

#include "feed/EventFormatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace AsanaFeed {

// How much of a subscription notifies.
enum class NotifyLevel {
    Involving, // what involves the person (the default)
    All,       // all of its activity
    Muted,     // nothing (its events stay in the feed)
};

struct NotifySettings
{
    QString me;                         // the signed-in person's gid; empty: nothing involves anyone
    QString myName;                     // their name, for an "@Name" mention in a comment's text
    QHash<QString, NotifyLevel> levels; // by subscription gid; absent: Involving
    QDateTime pausedUntil;              // notifications paused until then (invalid: not paused)
    // Quiet hours, local time, [from, to); `from` after `to` spans midnight. Equal or invalid: none.
    QTime quietFrom;
    QTime quietTo;
};

// What the rules know of one event.
struct NotifyCandidate
{
    EventFacts facts;         // with storyText when the row knows the comment's text
    QString subscription;     // the subscription's gid
    QString subscriptionName; // for the reason's "in Launch plan"
    // What the row knows of the task (empty when not known).
    QString taskAssigneeGid;
    QString taskCreatorGid;
    QStringList taskFollowerGids;
};

struct NotifyDecision
{
    bool notify = false;
    QString reason; // "assigned you Fix login", "mentioned you in Launch plan", …
};

class NotificationRules final
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRules)

public:
    // `now` is local time (quiet hours are the person's).
    [[nodiscard]] static NotifyDecision decide(const NotifyCandidate& candidate, const NotifySettings& settings,
                                               const QDateTime& now);
    // Whether `text` (a comment's) mentions the person: a link to their profile (a URL segment
    // that is their gid) or "@" and their name.
    [[nodiscard]] static bool mentions(const QString& text, const QString& gid, const QString& name);
    [[nodiscard]] static bool inQuietHours(const NotifySettings& settings, const QTime& at);
};

} // namespace AsanaFeed
