// EventFormatter: turns an event into the short sentence a person would write — "Dana Ruiz
// completed Fix login redirect" — with the parts to emphasise (the resource) marked, and formats
// times relative to now ("2 min ago", "yesterday 14:05"). All user-visible words go through tr().
#pragma once

#include "api/Event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPoint>
#include <QString>

namespace AsanaFeed {

// What an event means for a person, coarser than Asana's action/field pairs. Used by filters.
enum class EventKind {
    Comment,      // a comment story was added
    Created,      // a task was created / added to a project
    Completed,    // completed or reopened
    Assigned,     // assignee changed
    DueDate,      // due date changed
    Moved,        // moved to a section / added to or removed from a project or section
    Renamed,      // name changed
    FieldChanged, // custom field or other field change
    Followers,    // collaborators added/removed
    Deleted,      // deleted or undeleted
    System,       // system stories and anything else a person did not write
    Other,        // unknown actions and resource types
};

// The facts of an event that the sentence needs, as plain strings (so that the model can
// rebuild them from its compact rows, and tests can write them by hand). Names longer than
// maxNameLength characters are cut there (with an ellipsis): a row is one line, and an 8 MiB
// name must not cost megabytes per paint or per keystroke of the search. The store and the
// export keep the event as it came.
struct EventFacts
{
    static constexpr qsizetype maxNameLength = 1000;

    QString actor;           // empty: a system event
    QString action;          // changed, added, removed, deleted, undeleted, …
    QString resourceType;    // task, story, project, section, …
    QString resourceSubtype; // default_task, milestone, comment_added, marked_complete, …
    QString resourceName;
    QString parentType;
    QString parentName;
    QString changeField;
    QString changeAction;
    QString changeValueName;    // the new/added/removed value's name, when the change carries one
    QString changeValueType;    // its resource_type (user, enum_option, custom_field, …); "boolean" when
                                // the change carries a plain true/false (changeValueName "true"/"false")
    QString changeSubValueName; // for custom fields: the enum option's name, when known
    QString actorGid;           // to say "You" for the signed-in person, "themselves" when the value is the actor
    QString changeValueGid;     // the gid of the value changeValueName names
    // What Asana's story says, as far as the row knows it (from the details, not the event): a
    // comment's first lines, or a system story's words ("changed the due date to Dec 3"), which
    // let the sentence say from what to what.
    QString storyText;

    [[nodiscard]] static EventFacts from(const Event& event);

private:
    [[nodiscard]] static EventFacts factsOf(const Event& event); // uncapped
};

struct Sentence
{
    QString text;
    QList<QPoint> emphasis; // (start, length) ranges of `text` to draw in bold: resource names
};

class EventFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(EventFormatter)

public:
    [[nodiscard]] static EventKind kind(const EventFacts& facts);
    // `me`: the signed-in person's gid; they read as "You" ("You completed …", "… assigned … to
    // you"). Empty: everyone by name.
    [[nodiscard]] static Sentence sentence(const EventFacts& facts, const QString& me = {});
    // "Events between 14:05 and 16:30 may be missing" (since may be invalid: "before 16:30").
    // Dates are added where the day is not obvious: when the two ends are on different days, and,
    // if `now` is given, when a day is not today ("between yesterday 22:10 and 08:30"). With
    // `where` (the subscription's name): "Launch plan: events between …", the name emphasised.
    [[nodiscard]] static Sentence gapSentence(const QDateTime& since, const QDateTime& detectedAt,
                                              const QDateTime& now = {}, const QString& where = {});
    // "just now", "2 min ago", "3 h ago" (today), "yesterday 14:05", "Mon 09:12" (this week),
    // "12 Mar 09:12" (this year), "12 Mar 2025". Local time; future times read "just now".
    // In the app's language: words and patterns from the translation, day and month names from
    // the default QLocale (Translations::install sets both).
    [[nodiscard]] static QString relativeTime(const QDateTime& when, const QDateTime& now);
    // The moment relativeTime() of `when` will next read differently (for cheap refresh timers);
    // invalid when it never will ("12 Mar 2025").
    [[nodiscard]] static QDateTime nextChange(const QDateTime& when, const QDateTime& now);
    // "Today", "Yesterday", "Monday 23 November", "23 November 2025": day headers.
    [[nodiscard]] static QString dayHeader(const QDate& day, const QDate& today);
    [[nodiscard]] static QString kindName(EventKind kind);
    // At most `maxChars` characters of `text` and an ellipsis when it was cut, never splitting a
    // surrogate pair.
    [[nodiscard]] static QString cut(QStringView text, qsizetype maxChars);
    // Text from the network as plain text to keep: line ends made "\n", every other control
    // character a space, at most `maxChars` characters (cut()).
    [[nodiscard]] static QString plainText(QStringView text, qsizetype maxChars);
    // The first `maxLines` non-blank lines of `text` (trimmed, each at most `maxLineChars`), joined
    // by "\n", with an ellipsis when anything was left out: what a row shows of a comment.
    [[nodiscard]] static QString excerpt(QStringView text, int maxLines = 2, qsizetype maxLineChars = 300);
};

} // namespace AsanaFeed
