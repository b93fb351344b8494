#include "feed/EventFormatter.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace AsanaFeed {

namespace {

// Every sentence template numbers its parts the same way, so that translators can reorder them:
// %1 the person, %2 the item (drawn bold), %3 another name (a person, project, section or field),
// %4 a value (a custom field option, a new date), %5 an action word Asana sent that we do not
// know, %6 the value before (an old date).
enum class Phrase {
    Completed,
    Reopened,
    MarkedComplete,
    AssignedTo,
    AssignedToYou,
    AssignedToSelf,
    Assigned,
    Unassigned,
    DueDate,
    DueDateTo,
    DueDateFromTo,
    DueDateRemoved,
    StartDate,
    StartDateTo,
    StartDateFromTo,
    StartDateRemoved,
    Renamed,
    Description,
    CollaboratorAdded,
    CollaboratorAddedSelf,
    CollaboratorAddedYou, // the signed-in person was added
    SomeCollaboratorAdded,
    CollaboratorRemoved,
    CollaboratorRemovedSelf,
    CollaboratorRemovedYou, // the signed-in person was removed
    SomeCollaboratorRemoved,
    FieldSet,
    FieldChangedFromTo,
    FieldChanged,
    SomeFieldChanged,
    Updated,
    Created,
    AddedTo,
    Removed,
    RemovedFrom,
    Moved,
    MovedTo,
    Deleted,
    Restored,
    Commented,
    CommentEdited,
    CommentDeleted,
    CommentRestored,
    FileAttached,
    Liked,
    SectionCreated,
    SectionCreatedIn,
    SectionRenamed,
    SectionUpdated,
    SectionDeleted,
    SectionRestored,
    Unknown,
};

// Active ("%1 completed %2") when the person is known, passive ("%2 was completed") otherwise.
// `byMe`: the person is the one signed in. Every active phrase has its own message then, the same
// English with a disambiguation, because German and French conjugate for "you" and for a name
// differently ("Sie haben %2 abgeschlossen", "%1 hat %2 abgeschlossen"): %1 is "You", and a
// translation may leave it out and say the pronoun itself. A few read differently in English too
// ("You added yourself…"). The …You phrases, where the change's value is the signed-in person (%3
// is "you"), have their own messages for the same reason ("%1 vous a assigné %2").
QString phraseTemplate(Phrase phrase, bool passive, bool byMe)
{
    switch (phrase) {
    case Phrase::Completed:
        return passive ? EventFormatter::tr("%2 was completed")
               : byMe  ? EventFormatter::tr("%1 completed %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 completed %2");
    case Phrase::Reopened:
        return passive ? EventFormatter::tr("%2 was reopened")
               : byMe  ? EventFormatter::tr("%1 reopened %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 reopened %2");
    case Phrase::MarkedComplete:
        return passive ? EventFormatter::tr("%2 was marked complete")
               : byMe  ? EventFormatter::tr("%1 marked %2 complete", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 marked %2 complete");
    case Phrase::AssignedTo:
        return passive ? EventFormatter::tr("%2 was assigned to %3")
               : byMe  ? EventFormatter::tr("%1 assigned %2 to %3", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 assigned %2 to %3");
    case Phrase::AssignedToYou:
        return passive ? EventFormatter::tr("%2 was assigned to %3", "to you: %3 is \"you\"")
                       : EventFormatter::tr("%1 assigned %2 to %3", "to you: %3 is \"you\"");
    case Phrase::AssignedToSelf:
        return byMe ? EventFormatter::tr("You assigned %2 to yourself")
                    : EventFormatter::tr("%1 assigned %2 to themselves");
    case Phrase::Assigned:
        return passive ? EventFormatter::tr("%2 was assigned")
               : byMe  ? EventFormatter::tr("%1 assigned %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 assigned %2");
    case Phrase::Unassigned:
        return passive ? EventFormatter::tr("%2 was unassigned")
               : byMe  ? EventFormatter::tr("%1 unassigned %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 unassigned %2");
    case Phrase::DueDate:
        return passive ? EventFormatter::tr("The due date of %2 was changed")
               : byMe  ? EventFormatter::tr("%1 changed the due date of %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed the due date of %2");
    case Phrase::DueDateTo:
        //: %4 is a date as Asana wrote it (Dec 3)
        return passive ? EventFormatter::tr("The due date of %2 was changed to %4")
               : byMe  ? EventFormatter::tr("%1 changed the due date of %2 to %4", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed the due date of %2 to %4");
    case Phrase::DueDateFromTo:
        //: %6 is the old date, %4 the new one, as Asana wrote them (Dec 1, Dec 3)
        return passive ? EventFormatter::tr("The due date of %2 was changed from %6 to %4")
               : byMe  ? EventFormatter::tr("%1 changed the due date of %2 from %6 to %4", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed the due date of %2 from %6 to %4");
    case Phrase::DueDateRemoved:
        return passive ? EventFormatter::tr("The due date of %2 was removed")
               : byMe  ? EventFormatter::tr("%1 removed the due date of %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 removed the due date of %2");
    case Phrase::StartDate:
        return passive ? EventFormatter::tr("The start date of %2 was changed")
               : byMe  ? EventFormatter::tr("%1 changed the start date of %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed the start date of %2");
    case Phrase::StartDateTo:
        return passive ? EventFormatter::tr("The start date of %2 was changed to %4")
               : byMe  ? EventFormatter::tr("%1 changed the start date of %2 to %4", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed the start date of %2 to %4");
    case Phrase::StartDateFromTo:
        return passive ? EventFormatter::tr("The start date of %2 was changed from %6 to %4")
               : byMe  ? EventFormatter::tr("%1 changed the start date of %2 from %6 to %4", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed the start date of %2 from %6 to %4");
    case Phrase::StartDateRemoved:
        return passive ? EventFormatter::tr("The start date of %2 was removed")
               : byMe  ? EventFormatter::tr("%1 removed the start date of %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 removed the start date of %2");
    case Phrase::Renamed:
        return passive ? EventFormatter::tr("%2 was renamed")
               : byMe  ? EventFormatter::tr("%1 renamed %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 renamed %2");
    case Phrase::Description:
        return passive ? EventFormatter::tr("The description of %2 was edited")
               : byMe  ? EventFormatter::tr("%1 edited the description of %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 edited the description of %2");
    case Phrase::CollaboratorAdded:
        return passive ? EventFormatter::tr("%3 was added as a collaborator on %2")
               : byMe  ? EventFormatter::tr("%1 added %3 as a collaborator on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 added %3 as a collaborator on %2");
    case Phrase::CollaboratorAddedSelf:
        return byMe ? EventFormatter::tr("You added yourself as a collaborator on %2")
                    : EventFormatter::tr("%1 added themselves as a collaborator on %2");
    case Phrase::CollaboratorAddedYou:
        return passive ? EventFormatter::tr("You were added as a collaborator on %2")
                       : EventFormatter::tr("%1 added %3 as a collaborator on %2", "to you: %3 is \"you\"");
    case Phrase::SomeCollaboratorAdded:
        return passive ? EventFormatter::tr("A collaborator was added to %2")
               : byMe  ? EventFormatter::tr("%1 added a collaborator to %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 added a collaborator to %2");
    case Phrase::CollaboratorRemoved:
        return passive ? EventFormatter::tr("%3 was removed as a collaborator on %2")
               : byMe  ? EventFormatter::tr("%1 removed %3 as a collaborator on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 removed %3 as a collaborator on %2");
    case Phrase::CollaboratorRemovedSelf:
        return byMe ? EventFormatter::tr("You removed yourself as a collaborator on %2")
                    : EventFormatter::tr("%1 removed themselves as a collaborator on %2");
    case Phrase::CollaboratorRemovedYou:
        return passive ? EventFormatter::tr("You were removed as a collaborator on %2")
                       : EventFormatter::tr("%1 removed %3 as a collaborator on %2", "to you: %3 is \"you\"");
    case Phrase::SomeCollaboratorRemoved:
        return passive ? EventFormatter::tr("A collaborator was removed from %2")
               : byMe  ? EventFormatter::tr("%1 removed a collaborator from %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 removed a collaborator from %2");
    case Phrase::FieldSet:
        //: %3 is a custom field (Priority), %4 its new value (High)
        return passive ? EventFormatter::tr("%3 was set to %4 on %2")
               : byMe  ? EventFormatter::tr("%1 set %3 to %4 on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 set %3 to %4 on %2");
    case Phrase::FieldChangedFromTo:
        //: %3 is a custom field (Priority), %6 its old value (Low), %4 its new value (High)
        return passive ? EventFormatter::tr("%3 was changed from %6 to %4 on %2")
               : byMe  ? EventFormatter::tr("%1 changed %3 from %6 to %4 on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed %3 from %6 to %4 on %2");
    case Phrase::FieldChanged:
        return passive ? EventFormatter::tr("%3 was changed on %2")
               : byMe  ? EventFormatter::tr("%1 changed %3 on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed %3 on %2");
    case Phrase::SomeFieldChanged:
        return passive ? EventFormatter::tr("A field was changed on %2")
               : byMe  ? EventFormatter::tr("%1 changed a field on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 changed a field on %2");
    case Phrase::Updated:
        return passive ? EventFormatter::tr("%2 was updated")
               : byMe  ? EventFormatter::tr("%1 updated %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 updated %2");
    case Phrase::Created:
        return passive ? EventFormatter::tr("%2 was created")
               : byMe  ? EventFormatter::tr("%1 created %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 created %2");
    case Phrase::AddedTo:
        return passive ? EventFormatter::tr("%2 was added to %3")
               : byMe  ? EventFormatter::tr("%1 added %2 to %3", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 added %2 to %3");
    case Phrase::Removed:
        return passive ? EventFormatter::tr("%2 was removed")
               : byMe  ? EventFormatter::tr("%1 removed %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 removed %2");
    case Phrase::RemovedFrom:
        return passive ? EventFormatter::tr("%2 was removed from %3")
               : byMe  ? EventFormatter::tr("%1 removed %2 from %3", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 removed %2 from %3");
    case Phrase::Moved:
        return passive ? EventFormatter::tr("%2 was moved")
               : byMe  ? EventFormatter::tr("%1 moved %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 moved %2");
    case Phrase::MovedTo:
        //: %3 is a section of a project (Done)
        return passive ? EventFormatter::tr("%2 was moved to %3")
               : byMe  ? EventFormatter::tr("%1 moved %2 to %3", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 moved %2 to %3");
    case Phrase::Deleted:
        return passive ? EventFormatter::tr("%2 was deleted")
               : byMe  ? EventFormatter::tr("%1 deleted %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 deleted %2");
    case Phrase::Restored:
        return passive ? EventFormatter::tr("%2 was restored")
               : byMe  ? EventFormatter::tr("%1 restored %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 restored %2");
    case Phrase::Commented:
        return passive ? EventFormatter::tr("A comment was added to %2")
               : byMe  ? EventFormatter::tr("%1 commented on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 commented on %2");
    case Phrase::CommentEdited:
        return passive ? EventFormatter::tr("A comment on %2 was edited")
               : byMe  ? EventFormatter::tr("%1 edited a comment on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 edited a comment on %2");
    case Phrase::CommentDeleted:
        return passive ? EventFormatter::tr("A comment on %2 was deleted")
               : byMe  ? EventFormatter::tr("%1 deleted a comment on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 deleted a comment on %2");
    case Phrase::CommentRestored:
        return passive ? EventFormatter::tr("A comment on %2 was restored")
               : byMe  ? EventFormatter::tr("%1 restored a comment on %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 restored a comment on %2");
    case Phrase::FileAttached:
        return passive ? EventFormatter::tr("A file was attached to %2")
               : byMe  ? EventFormatter::tr("%1 attached a file to %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 attached a file to %2");
    case Phrase::Liked:
        return passive ? EventFormatter::tr("%2 was liked")
               : byMe  ? EventFormatter::tr("%1 liked %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 liked %2");
    case Phrase::SectionCreated:
        return passive ? EventFormatter::tr("The section %2 was created")
               : byMe  ? EventFormatter::tr("%1 created the section %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 created the section %2");
    case Phrase::SectionCreatedIn:
        return passive ? EventFormatter::tr("The section %2 was created in %3")
               : byMe  ? EventFormatter::tr("%1 created the section %2 in %3", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 created the section %2 in %3");
    case Phrase::SectionRenamed:
        return passive ? EventFormatter::tr("The section %2 was renamed")
               : byMe  ? EventFormatter::tr("%1 renamed the section %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 renamed the section %2");
    case Phrase::SectionUpdated:
        return passive ? EventFormatter::tr("The section %2 was updated")
               : byMe  ? EventFormatter::tr("%1 updated the section %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 updated the section %2");
    case Phrase::SectionDeleted:
        return passive ? EventFormatter::tr("The section %2 was deleted")
               : byMe  ? EventFormatter::tr("%1 deleted the section %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 deleted the section %2");
    case Phrase::SectionRestored:
        return passive ? EventFormatter::tr("The section %2 was restored")
               : byMe  ? EventFormatter::tr("%1 restored the section %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 restored the section %2");
    case Phrase::Unknown:
        //: %5 is an action word sent by Asana that this version does not know, as sent (levitated)
        return passive ? EventFormatter::tr("%2 was %5")
               : byMe  ? EventFormatter::tr("%1 %5 %2", "by you: %1 is \"You\"")
                       : EventFormatter::tr("%1 %5 %2");
    }
    return {};
}

// What a sentence says, before it is put into words.
struct Plan
{
    Phrase phrase = Phrase::Updated;
    QString item;            // %2: the resource's name (the task's, for stories)
    QString itemType;        // its type, for the placeholder when the name is missing
    QString other;           // %3
    QString otherType;       // its type, for the placeholder when the name is missing
    QString value;           // %4
    QString verb;            // %5
    QString before;          // %6
    bool otherIsYou = false; // %3 is the signed-in person
};

bool isBlank(const QString& name)
{
    return name.trimmed().isEmpty();
}

// What stands in for a missing name: "a task", "a project", …
QString placeholder(const QString& type)
{
    if (type == QLatin1String("task")) {
        return EventFormatter::tr("a task");
    }
    if (type == QLatin1String("story")) {
        return EventFormatter::tr("a comment");
    }
    if (type == QLatin1String("project")) {
        return EventFormatter::tr("a project");
    }
    if (type == QLatin1String("section")) {
        return EventFormatter::tr("a section");
    }
    return EventFormatter::tr("an item");
}

bool isKnownResourceType(const QString& type)
{
    return type == QLatin1String("task") || type == QLatin1String("story") || type == QLatin1String("project") ||
           type == QLatin1String("section");
}

bool isKnownAction(const QString& action)
{
    return action == QLatin1String("changed") || action == QLatin1String("added") ||
           action == QLatin1String("removed") || action == QLatin1String("deleted") ||
           action == QLatin1String("undeleted");
}

bool isDueDateField(const QString& field)
{
    return field == QLatin1String("due_on") || field == QLatin1String("due_at");
}

// Stories are about their task: the sentence names the task, never the story (whose "name" may be
// the comment's text).
Plan storyPlan(const EventFacts& f)
{
    Plan plan;
    plan.item = f.parentName;
    plan.itemType = f.parentType.isEmpty() ? QStringLiteral("task") : f.parentType;
    const QString& subtype = f.resourceSubtype;
    if (subtype == QLatin1String("comment_added")) {
        if (f.action == QLatin1String("changed")) {
            plan.phrase = Phrase::CommentEdited;
        } else if (f.action == QLatin1String("removed") || f.action == QLatin1String("deleted")) {
            plan.phrase = Phrase::CommentDeleted;
        } else if (f.action == QLatin1String("undeleted")) {
            plan.phrase = Phrase::CommentRestored;
        } else {
            plan.phrase = Phrase::Commented;
        }
        return plan;
    }
    if (f.action != QLatin1String("added")) {
        plan.phrase = Phrase::Updated;
        return plan;
    }
    if (subtype == QLatin1String("marked_complete")) {
        plan.phrase = Phrase::MarkedComplete;
    } else if (subtype == QLatin1String("marked_incomplete")) {
        plan.phrase = Phrase::Reopened;
    } else if (subtype == QLatin1String("assigned")) {
        plan.phrase = Phrase::Assigned;
    } else if (subtype == QLatin1String("unassigned")) {
        plan.phrase = Phrase::Unassigned;
    } else if (subtype == QLatin1String("due_date_changed")) {
        plan.phrase = Phrase::DueDate;
    } else if (subtype == QLatin1String("start_date_changed")) {
        plan.phrase = Phrase::StartDate;
    } else if (subtype == QLatin1String("name_changed")) {
        plan.phrase = Phrase::Renamed;
    } else if (subtype == QLatin1String("notes_changed")) {
        plan.phrase = Phrase::Description;
    } else if (subtype == QLatin1String("section_changed")) {
        plan.phrase = Phrase::Moved;
    } else if (subtype == QLatin1String("added_to_project")) {
        plan.phrase = Phrase::AddedTo;
        plan.otherType = QStringLiteral("project");
    } else if (subtype == QLatin1String("removed_from_project")) {
        plan.phrase = Phrase::RemovedFrom;
        plan.otherType = QStringLiteral("project");
    } else if (subtype == QLatin1String("collaborator_added") || subtype == QLatin1String("follower_added")) {
        plan.phrase = Phrase::SomeCollaboratorAdded;
    } else if (subtype == QLatin1String("attachment_added")) {
        plan.phrase = Phrase::FileAttached;
    } else if (subtype == QLatin1String("liked")) {
        plan.phrase = Phrase::Liked;
    } else if (subtype.endsWith(QLatin1String("_custom_field_changed"))) {
        plan.phrase = Phrase::SomeFieldChanged;
    } else {
        plan.phrase = Phrase::Updated;
    }
    return plan;
}

void planChange(const EventFacts& f, Plan& plan, bool namedSection)
{
    const QString& field = f.changeField;
    const bool hasValue = !f.changeValueName.isEmpty() || !f.changeValueType.isEmpty();
    const bool removed = f.changeAction == QLatin1String("removed");
    if (field == QLatin1String("completed")) {
        const bool reopened =
            f.changeValueType == QLatin1String("boolean") && f.changeValueName == QLatin1String("false");
        plan.phrase = reopened ? Phrase::Reopened : Phrase::Completed;
    } else if (field == QLatin1String("assignee")) {
        if (removed || !hasValue) {
            plan.phrase = Phrase::Unassigned;
        } else if (isBlank(f.changeValueName)) {
            plan.phrase = Phrase::Assigned;
        } else {
            plan.phrase = Phrase::AssignedTo;
            plan.other = f.changeValueName;
        }
    } else if (isDueDateField(field)) {
        plan.phrase = Phrase::DueDate;
    } else if (field == QLatin1String("start_on") || field == QLatin1String("start_at")) {
        plan.phrase = Phrase::StartDate;
    } else if (field == QLatin1String("name")) {
        plan.phrase = namedSection ? Phrase::SectionRenamed : Phrase::Renamed;
    } else if (field == QLatin1String("notes") || field == QLatin1String("html_notes")) {
        plan.phrase = Phrase::Description;
    } else if (field == QLatin1String("followers")) {
        const bool named = !isBlank(f.changeValueName);
        if (removed) {
            plan.phrase = named ? Phrase::CollaboratorRemoved : Phrase::SomeCollaboratorRemoved;
        } else {
            plan.phrase = named ? Phrase::CollaboratorAdded : Phrase::SomeCollaboratorAdded;
        }
        plan.other = f.changeValueName;
    } else if (field == QLatin1String("custom_fields")) {
        if (isBlank(f.changeValueName)) {
            plan.phrase = Phrase::SomeFieldChanged;
        } else {
            plan.phrase = isBlank(f.changeSubValueName) ? Phrase::FieldChanged : Phrase::FieldSet;
            plan.other = f.changeValueName;
            plan.value = f.changeSubValueName;
        }
    } else {
        plan.phrase = namedSection ? Phrase::SectionUpdated : Phrase::Updated;
    }
}

Plan planFor(const EventFacts& f)
{
    if (f.resourceType == QLatin1String("story")) {
        return storyPlan(f);
    }
    Plan plan;
    plan.item = f.resourceName;
    plan.itemType = f.resourceType;
    // A bare section name ("Sam Lee deleted Done") does not say what Done is.
    const bool namedSection = f.resourceType == QLatin1String("section") && !isBlank(f.resourceName);
    const bool hasParent = !f.parentName.isEmpty() || !f.parentType.isEmpty();
    const QString& action = f.action;
    if (action == QLatin1String("changed")) {
        planChange(f, plan, namedSection);
    } else if (action == QLatin1String("added")) {
        plan.other = f.parentName;
        plan.otherType = f.parentType;
        if (f.parentType == QLatin1String("section")) {
            plan.phrase = Phrase::MovedTo;
        } else if (namedSection) {
            plan.phrase = hasParent ? Phrase::SectionCreatedIn : Phrase::SectionCreated;
        } else {
            plan.phrase = hasParent ? Phrase::AddedTo : Phrase::Created;
        }
    } else if (action == QLatin1String("removed")) {
        plan.other = f.parentName;
        plan.otherType = f.parentType;
        plan.phrase = hasParent ? Phrase::RemovedFrom : Phrase::Removed;
    } else if (action == QLatin1String("deleted")) {
        plan.phrase = namedSection ? Phrase::SectionDeleted : Phrase::Deleted;
    } else if (action == QLatin1String("undeleted")) {
        plan.phrase = namedSection ? Phrase::SectionRestored : Phrase::Restored;
    } else if (isBlank(action)) {
        plan.phrase = namedSection ? Phrase::SectionUpdated : Phrase::Updated;
    } else {
        plan.phrase = Phrase::Unknown;
        plan.verb = action.trimmed();
        plan.verb.replace(QLatin1Char('_'), QLatin1Char(' '));
    }
    return plan;
}

struct Part
{
    QString text;
    bool emphasised = false;
    bool placeholder = false; // our words standing in for a missing name
};

// Fills %1…%9 in one pass, so that a name containing "%2" stays literally "%2", and records where
// the emphasised parts landed. Names are copied as they are: plain text, never interpreted.
Sentence fill(const QString& pattern, const std::array<Part, 6>& parts)
{
    Sentence sentence;
    QString& out = sentence.text;
    out.reserve(pattern.size() + 64);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        const int index = c == QLatin1Char('%') && i + 1 < pattern.size() ? pattern.at(i + 1).digitValue() - 1 : -1;
        if (index < 0 || index >= int(parts.size())) {
            out.append(c);
            continue;
        }
        const Part& part = parts.at(std::size_t(index));
        const qsizetype start = out.size();
        out.append(part.text);
        if (part.placeholder && start == 0 && !out.isEmpty()) {
            out[0] = out.at(0).toUpper(); // "A task was completed"
        }
        if (part.emphasised && !part.placeholder && !part.text.isEmpty()) {
            sentence.emphasis.append(QPoint(int(start), int(part.text.size())));
        }
        ++i;
    }
    return sentence;
}

Part namePart(const QString& name, const QString& type, bool emphasised = false)
{
    if (isBlank(name)) {
        return {placeholder(type), false, true};
    }
    return {name, emphasised, false};
}

// Who the sentence is about, as far as the signed-in person goes.
struct People
{
    bool byMe = false;      // the signed-in person did it: "You …"
    bool passive = false;   // nobody known did it: "… was completed"
    bool valueIsMe = false; // the change's value (assignee, collaborator) is the signed-in person
    bool valueIsActor = false;
};

People peopleOf(const EventFacts& f, const QString& me)
{
    People people;
    people.byMe = !me.isEmpty() && f.actorGid == me;
    people.passive = !people.byMe && isBlank(f.actor);
    people.valueIsMe = !me.isEmpty() && f.changeValueGid == me;
    people.valueIsActor = !f.actorGid.isEmpty() && f.actorGid == f.changeValueGid;
    return people;
}

// "assigned … to themselves", "added you as a collaborator": the gids say more than the names.
void planPeople(Plan& plan, const EventFacts& f, const People& people)
{
    if (f.resourceType == QLatin1String("story") || f.changeValueGid.isEmpty()) {
        return; // a story's value, if any, is not a person of the change
    }
    const bool self = people.valueIsActor && !people.passive;
    const auto you = [&plan] {
        plan.other.clear();
        plan.otherIsYou = true;
    };
    switch (plan.phrase) {
    case Phrase::Assigned:
    case Phrase::AssignedTo:
        if (self) {
            plan.phrase = Phrase::AssignedToSelf;
        } else if (people.valueIsMe) {
            plan.phrase = Phrase::AssignedToYou;
            you();
        }
        break;
    case Phrase::CollaboratorAdded:
    case Phrase::SomeCollaboratorAdded:
        if (self) {
            plan.phrase = Phrase::CollaboratorAddedSelf;
        } else if (people.valueIsMe) {
            plan.phrase = Phrase::CollaboratorAddedYou;
            you();
        }
        break;
    case Phrase::CollaboratorRemoved:
    case Phrase::SomeCollaboratorRemoved:
        if (self) {
            plan.phrase = Phrase::CollaboratorRemovedSelf;
        } else if (people.valueIsMe) {
            plan.phrase = Phrase::CollaboratorRemovedYou;
            you();
        }
        break;
    default:
        break;
    }
}

// A value Asana wrote in a story's text: kept only when it is short, as a date or an option is.
QString storyValue(const QString& captured)
{
    const QString value = captured.trimmed();
    return value.size() <= 100 ? value : QString();
}

// A date as Asana's (English) story text gives it — "Dec 3", "Dec 3, 2025" — in the app's
// language ("3. Dez.", "3 déc."). Anything else (a range, a time, a story in another language) is
// kept as Asana wrote it, and so is every date when the app speaks English.
QString storyDate(const QString& value)
{
    const QLocale::Language language = QLocale().language();
    if (value.isEmpty() || language == QLocale::English || language == QLocale::C) {
        return value;
    }
    const QLocale c = QLocale::c();
    const QDate withYear = c.toDate(value, QStringLiteral("MMM d, yyyy"));
    if (withYear.isValid()) {
        return QLocale().toString(withYear, EventFormatter::tr("d MMM yyyy", "date format"));
    }
    // A year to parse with that has every day ("Feb 29"); the text shows none.
    const QDate withoutYear = c.toDate(value + QStringLiteral(" 2000"), QStringLiteral("MMM d yyyy"));
    if (withoutYear.isValid()) {
        //: A day of a month without the year, as a QDate format (d day, MMM short month name)
        return QLocale().toString(withoutYear, EventFormatter::tr("d MMM", "date format"));
    }
    return value;
}

// The text of a system story says what a date became ("changed the due date from Dec 1 to Dec 3",
// "removed the due date"), which the event does not. Asana may put the person's name first.
struct DatePatterns
{
    QRegularExpression removed;
    QRegularExpression changed;

    explicit DatePatterns(QLatin1String what)
        : removed(QStringLiteral("\\bremoved the ") + what + QStringLiteral("\\b"),
                  QRegularExpression::CaseInsensitiveOption)
        , changed(QStringLiteral("\\bchanged the ") + what + QStringLiteral("(?: from (.+?))? to (.+?)\\.?$"),
                  QRegularExpression::CaseInsensitiveOption)
    {}
};

void planDateChange(Plan& plan, const QString& text, const DatePatterns& patterns, Phrase to, Phrase fromTo,
                    Phrase removed)
{
    if (patterns.removed.match(text).hasMatch()) {
        plan.phrase = removed;
        return;
    }
    const QRegularExpressionMatch match = patterns.changed.match(text);
    const QString value = match.hasMatch() ? storyValue(match.captured(2)) : QString();
    if (!value.isEmpty()) {
        plan.value = storyDate(value);
        plan.before = storyDate(storyValue(match.captured(1)));
        plan.phrase = plan.before.isEmpty() ? to : fromTo;
    }
}

// Says from what to what where the story's text has it (the event only says that it changed).
void planStoryValues(Plan& plan, const EventFacts& f)
{
    const QString text = f.storyText.section(QLatin1Char('\n'), 0, 0);
    if (isBlank(text)) {
        return;
    }
    if (plan.phrase == Phrase::DueDate) {
        static const DatePatterns due(QLatin1String("due date"));
        planDateChange(plan, text, due, Phrase::DueDateTo, Phrase::DueDateFromTo, Phrase::DueDateRemoved);
    } else if (plan.phrase == Phrase::StartDate) {
        static const DatePatterns start(QLatin1String("start date"));
        planDateChange(plan, text, start, Phrase::StartDateTo, Phrase::StartDateFromTo, Phrase::StartDateRemoved);
    } else if ((plan.phrase == Phrase::FieldChanged || plan.phrase == Phrase::FieldSet) && !isBlank(plan.other)) {
        // "changed Priority from Low to High": the field's name is the event's.
        const QRegularExpression change(QStringLiteral("\\bchanged ") + QRegularExpression::escape(plan.other) +
                                            QStringLiteral("(?: from (.+?))? to (.+?)\\.?$"),
                                        QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = change.match(text);
        const QString value = match.hasMatch() ? storyValue(match.captured(2)) : QString();
        if (!value.isEmpty()) {
            plan.value = value;
            plan.before = storyValue(match.captured(1));
            plan.phrase = plan.before.isEmpty() ? Phrase::FieldSet : Phrase::FieldChangedFromTo;
        }
    }
}

// Day and month names in the app's language: Translations::install makes its locale the default.
// The patterns are translated too, since the order and the punctuation differ by language
// ("12 Mar", "12. März").
QString formatted(const QDateTime& local, const QString& pattern)
{
    return QLocale().toString(local, pattern);
}

QString timeText(const QDateTime& local)
{
    //: A time of day, as a QDateTime format (HH hours, mm minutes)
    return QLocale().toString(local.time(), EventFormatter::tr("HH:mm", "time format"));
}

// A moment of this year: "12 Mar 14:05".
QString dayMonthTimeFormat()
{
    //: A moment of this year, as a QDateTime format (d day, MMM short month name)
    return EventFormatter::tr("d MMM HH:mm", "date format");
}

// A moment with its day: "yesterday 14:05" (only when today is known), "12 Mar 14:05",
// "12 Mar 2025 14:05".
QString momentWithDay(const QDateTime& local, const QDate& today, int currentYear)
{
    const QDate day = local.date();
    if (today.isValid() && day == today) {
        return timeText(local);
    }
    if (today.isValid() && day == today.addDays(-1)) {
        return EventFormatter::tr("yesterday %1").arg(timeText(local));
    }
    if (day.year() == currentYear) {
        return formatted(local, dayMonthTimeFormat());
    }
    //: A moment of an earlier year, as a QDateTime format (d day, MMM short month name)
    return formatted(local, EventFormatter::tr("d MMM yyyy HH:mm", "date format"));
}

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

} // namespace

QString EventFormatter::cut(QStringView text, qsizetype maxChars)
{
    if (text.size() <= maxChars) {
        return text.toString();
    }
    qsizetype end = std::max<qsizetype>(maxChars, 0);
    if (end > 0 && text.at(end - 1).isHighSurrogate()) {
        --end; // never half a character
    }
    return text.left(end).toString() + QChar(0x2026);
}

QString EventFormatter::plainText(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    for (qsizetype i = 0; i < text.size() && out.size() <= maxChars; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\r')) {
            out.append(QLatin1Char('\n'));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            out.append(QLatin1Char('\n'));
        } else if (c.category() == QChar::Other_Control) {
            out.append(QLatin1Char(' '));
        } else {
            out.append(c);
        }
    }
    return cut(out, maxChars);
}

QString EventFormatter::excerpt(QStringView text, int maxLines, qsizetype maxLineChars)
{
    QStringList lines;
    bool more = false;
    for (const QStringView line : text.split(QLatin1Char('\n'))) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        if (lines.size() == maxLines) {
            more = true;
            break;
        }
        lines.append(cut(trimmed, maxLineChars));
    }
    if (more && !lines.isEmpty() && !lines.last().endsWith(QChar(0x2026))) {
        lines.last().append(QChar(0x2026));
    }
    return lines.join(QLatin1Char('\n'));
}

EventFacts EventFacts::from(const Event& event)
{
    EventFacts facts = factsOf(event);
    for (QString* name :
         {&facts.actor, &facts.resourceName, &facts.parentName, &facts.changeValueName, &facts.changeSubValueName}) {
        *name = EventFormatter::cut(*name, maxNameLength);
    }
    return facts;
}

EventFacts EventFacts::factsOf(const Event& event)
{
    EventFacts facts;
    facts.actor = event.user ? event.user->name : QString();
    facts.actorGid = event.user ? event.user->gid : QString();
    facts.action = event.action;
    facts.resourceType = event.resource.type.isEmpty() ? event.type : event.resource.type;
    facts.resourceSubtype = event.resource.subtype;
    if (facts.resourceSubtype.isEmpty() && facts.resourceType == QLatin1String("story")) {
        // Some relays (webhook forwarders) embed the full story; Asana itself puts the subtype on
        // the resource.
        facts.resourceSubtype =
            event.raw().value(QLatin1String("story")).toObject().value(QLatin1String("resource_subtype")).toString();
    }
    facts.resourceName = event.resource.name;
    if (event.parent) {
        facts.parentType = event.parent->type;
        facts.parentName = event.parent->name;
    }
    if (!event.change) {
        return facts;
    }
    const EventChange& change = *event.change;
    facts.changeField = change.field;
    facts.changeAction = change.action;
    for (const auto* value : {&change.newValue, &change.addedValue, &change.removedValue}) {
        if (*value) {
            facts.changeValueName = (*value)->name;
            facts.changeValueType = (*value)->type;
            facts.changeValueGid = (*value)->gid;
            break;
        }
    }
    const bool completed = change.field == QLatin1String("completed");
    const bool customField = change.field == QLatin1String("custom_fields") && change.newValue;
    if (!completed && !customField) {
        return facts;
    }
    // What the parsed event leaves out: read from its bytes, only for the changes that need it.
    const QJsonObject rawChange = event.raw().value(QLatin1String("change")).toObject();
    const QJsonValue rawNewValue = rawChange.value(QLatin1String("new_value"));
    if (completed && rawNewValue.isBool()) {
        // Asana sends none (a boolean is not a resource), but a relay or a future API might.
        facts.changeValueType = QStringLiteral("boolean");
        facts.changeValueName = rawNewValue.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (customField) {
        facts.changeSubValueName = rawNewValue.toObject()
                                       .value(QLatin1String("enum_value"))
                                       .toObject()
                                       .value(QLatin1String("name"))
                                       .toString();
    }
    return facts;
}

EventKind EventFormatter::kind(const EventFacts& facts)
{
    // The kind says what happened, not who did it: a task completed by a rule still counts as
    // Completed. System stories repeat a change that has its own event, hence System.
    const QString& type = facts.resourceType;
    if (type == QLatin1String("story")) {
        if (facts.resourceSubtype == QLatin1String("comment_added")) {
            return EventKind::Comment;
        }
        return facts.resourceSubtype.isEmpty() ? EventKind::Other : EventKind::System;
    }
    if (!isKnownResourceType(type) || !isKnownAction(facts.action)) {
        return EventKind::Other;
    }
    const QString& action = facts.action;
    if (action == QLatin1String("deleted") || action == QLatin1String("undeleted")) {
        return EventKind::Deleted;
    }
    if (action == QLatin1String("removed")) {
        return EventKind::Moved;
    }
    if (action == QLatin1String("added")) {
        return facts.parentType == QLatin1String("section") ? EventKind::Moved : EventKind::Created;
    }
    const QString& field = facts.changeField;
    if (field == QLatin1String("completed")) {
        return EventKind::Completed;
    }
    if (field == QLatin1String("assignee")) {
        return EventKind::Assigned;
    }
    if (isDueDateField(field)) {
        return EventKind::DueDate;
    }
    if (field == QLatin1String("name")) {
        return EventKind::Renamed;
    }
    if (field == QLatin1String("followers")) {
        return EventKind::Followers;
    }
    return EventKind::FieldChanged;
}

Sentence EventFormatter::sentence(const EventFacts& facts, const QString& me)
{
    const People people = peopleOf(facts, me);
    Plan plan = planFor(facts);
    planPeople(plan, facts, people);
    planStoryValues(plan, facts);
    const std::array<Part, 6> parts{
        //: The signed-in person as the one who did it: %1 in the sentences marked "by you" (which
        //: may say the pronoun themselves and leave %1 out)
        Part{people.byMe ? tr("You") : facts.actor},
        namePart(plan.item, plan.itemType, true),
        plan.otherIsYou ? Part{tr("you")} : namePart(plan.other, plan.otherType),
        Part{plan.value},
        Part{plan.verb},
        Part{plan.before},
    };
    return fill(phraseTemplate(plan.phrase, people.passive, people.byMe), parts);
}

Sentence EventFormatter::gapSentence(const QDateTime& since, const QDateTime& detectedAt, const QDateTime& now,
                                     const QString& where)
{
    // With the subscription's name first, in bold: "Launch plan: events between 14:05 and 16:30…"
    const QString name = cut(where, EventFacts::maxNameLength);
    const auto said = [&name](const QString& text) {
        if (name.isEmpty()) {
            return Sentence{text, {}};
        }
        const QString filled = text.arg(name);
        return Sentence{filled, {QPoint(int(filled.indexOf(name)), int(name.size()))}};
    };
    if (!detectedAt.isValid()) {
        return said(name.isEmpty() ? tr("Some events may be missing") : tr("%1: some events may be missing"));
    }
    const QDateTime detected = detectedAt.toLocalTime();
    const QDate today = now.isValid() ? now.toLocalTime().date() : QDate();
    const int currentYear = today.isValid() ? today.year() : detected.date().year();
    const auto needsDay = [&today](const QDate& day) { return today.isValid() && day != today; };
    if (!since.isValid()) {
        const QString end =
            needsDay(detected.date()) ? momentWithDay(detected, today, currentYear) : timeText(detected);
        return said((name.isEmpty() ? tr("Events before %1 may be missing") : tr("%2: events before %1 may be missing"))
                        .arg(end));
    }
    const QDateTime start = since.toLocalTime();
    const bool sameDay = start.date() == detected.date();
    // The earlier end carries the day when one is needed; the later one only when it differs.
    const QString from =
        (!sameDay || needsDay(start.date())) ? momentWithDay(start, today, currentYear) : timeText(start);
    const QString to =
        (!sameDay && needsDay(detected.date())) ? momentWithDay(detected, today, currentYear) : timeText(detected);
    return said((name.isEmpty() ? tr("Events between %1 and %2 may be missing")
                                : tr("%3: events between %1 and %2 may be missing"))
                    .arg(from, to));
}

QString EventFormatter::relativeTime(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid() || !now.isValid()) {
        return {};
    }
    const QDateTime local = when.toLocalTime();
    const qint64 ago = when.msecsTo(now);
    if (ago < minuteMs) {
        return tr("just now"); // also for times ahead of our clock (skew)
    }
    if (ago < hourMs) {
        return tr("%n min ago", nullptr, int(ago / minuteMs));
    }
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    if (day == today) {
        return tr("%n h ago", nullptr, int(ago / hourMs));
    }
    if (day == today.addDays(-1)) {
        return tr("yesterday %1").arg(timeText(local));
    }
    // Six days back at most, so that a weekday name never means two different days.
    if (day >= today.addDays(-6)) {
        //: A moment this week, as a QDateTime format (ddd short weekday name)
        return formatted(local, tr("ddd HH:mm", "date format"));
    }
    if (day.year() == today.year()) {
        return formatted(local, dayMonthTimeFormat());
    }
    //: A day of an earlier year, as a QDateTime format (d day, MMM short month name)
    return formatted(local, tr("d MMM yyyy", "date format"));
}

QDateTime EventFormatter::nextChange(const QDateTime& when, const QDateTime& now)
{
    // Mirrors relativeTime(): each branch returns where its own reading ends.
    if (!when.isValid() || !now.isValid()) {
        return {};
    }
    const QDateTime local = when.toLocalTime();
    const qint64 ago = when.msecsTo(now);
    if (ago < minuteMs) {
        return local.addMSecs(minuteMs);
    }
    if (ago < hourMs) {
        return local.addMSecs((ago / minuteMs + 1) * minuteMs);
    }
    const QDate day = local.date();
    const QDate today = now.toLocalTime().date();
    const QDateTime midnight = today.addDays(1).startOfDay();
    if (day == today) {
        return std::min(local.addMSecs((ago / hourMs + 1) * hourMs), midnight);
    }
    if (day == today.addDays(-1)) {
        return midnight;
    }
    if (day >= today.addDays(-6)) {
        return day.addDays(7).startOfDay();
    }
    if (day.year() == today.year()) {
        return QDate(today.year() + 1, 1, 1).startOfDay();
    }
    return {};
}

QString EventFormatter::dayHeader(const QDate& day, const QDate& today)
{
    if (!day.isValid()) {
        return {};
    }
    if (day == today) {
        return tr("Today");
    }
    if (today.isValid() && day == today.addDays(-1)) {
        return tr("Yesterday");
    }
    if (today.isValid() && day.year() == today.year()) {
        //: A day header of this year, as a QDate format (dddd weekday name, MMMM month name)
        return QLocale().toString(day, tr("dddd d MMMM", "date format"));
    }
    //: A day header of an earlier year, as a QDate format (MMMM month name)
    return QLocale().toString(day, tr("d MMMM yyyy", "date format"));
}

QString EventFormatter::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Comment:
        return tr("Comments");
    case EventKind::Created:
        return tr("Created");
    case EventKind::Completed:
        return tr("Completed");
    case EventKind::Assigned:
        return tr("Assigned");
    case EventKind::DueDate:
        return tr("Due dates");
    case EventKind::Moved:
        return tr("Moved");
    case EventKind::Renamed:
        return tr("Renamed");
    case EventKind::FieldChanged:
        return tr("Fields");
    case EventKind::Followers:
        return tr("Collaborators");
    case EventKind::Deleted:
        return tr("Deleted");
    case EventKind::System:
        return tr("System");
    case EventKind::Other:
        return tr("Other");
    }
    return tr("Other");
}

} // namespace AsanaFeed
