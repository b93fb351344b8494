// The roles of EventModel (and so of EventFilterModel). Delegates and views read these only.
// Every text is plain text from the network: a view shows it as the characters it is (in
// particular Qt::ToolTipRole, which holds a whole comment: never hand it to QToolTip as it is).
#pragma once

#include <Qt>

namespace AsanaFeed::EventRoles {

enum Role {
    EventIdRole = Qt::UserRole + 1, // qint64, the store's row id (0 for gap rows)
    IsGapRole,                      // bool: a "events may be missing" row
    ActorNameRole,                  // QString; empty for system events (null user)
    ActorGidRole,                   // QString
    ActionRole,                     // QString: changed, added, removed, deleted, undeleted, or Asana's new word
    KindRole,                       // int, EventKind: what the event means for a person (comment, completed…)
    ResourceNameRole,               // QString
    ResourceTypeRole,               // QString: task, story, project, section, …
    ResourceGidRole,                // QString
    ParentNameRole,                 // QString
    ParentTypeRole,                 // QString
    ParentGidRole,                  // QString
    ChangeFieldRole,                // QString, e.g. assignee, completed, custom_fields
    ChangeActionRole,               // QString
    ChangeValueNameRole,            // QString, e.g. the new assignee's name
    ProjectNameRole,                // QString: the project the event belongs to, for the row's second line
    CreatedAtRole,                  // QDateTime (UTC); for gaps, when the gap was detected
    GapSinceRole,                   // QDateTime: for gaps, since when events may be missing (may be invalid)
    SentenceRole,                   // QString: the whole sentence, plain text
    SentenceSpansRole,              // QVariantList of QPoint(start, length): the parts to draw in bold
    UnreadRole,                     // bool
    SubscriptionRole,               // QString: the gid of the subscription that brought the event
    UrlRole,                        // QUrl: the task/project in Asana (https, Asana's host only; its
                                    // permalink_url when known); may be empty
    RawEventRole,                   // QByteArray: the event as Asana sent it, read from the store on demand
    CommentRole,                    // QString: a comment's first lines ("\n" between them), once its text
                                    // is known; empty for other rows. Qt::ToolTipRole: the whole comment
    DoneRole,                       // bool: put out of the default view by the person (settable)
};

} // namespace AsanaFeed::EventRoles
