// EventFormatter: the sentence for every kind of event (hand-built and parsed from Asana-shaped
// JSON), where the bold part lands, names kept literal, relative times and their refresh moments,
// day headers and gap rows. Times are built in local time, as the formatter reads them.
#include "feed/EventFormatter.h"
#include "i18n/Translations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace AsanaFeed;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AsanaFeed::EventFacts)
Q_DECLARE_METATYPE(AsanaFeed::EventKind)

namespace {

EventFacts taskChange(const QString& actor, const QString& task, const QString& field,
                      const QString& changeAction = u"changed"_s, const QString& valueName = {},
                      const QString& valueType = {}, const QString& subValueName = {})
{
    EventFacts f;
    f.actor = actor;
    f.action = u"changed"_s;
    f.resourceType = u"task"_s;
    f.resourceSubtype = u"default_task"_s;
    f.resourceName = task;
    f.changeField = field;
    f.changeAction = field.isEmpty() ? QString() : changeAction;
    f.changeValueName = valueName;
    f.changeValueType = valueType;
    f.changeSubValueName = subValueName;
    return f;
}

// added/removed/deleted/…: a resource and (for added/removed) its container.
EventFacts membership(const QString& actor, const QString& action, const QString& type, const QString& name,
                      const QString& parentType = {}, const QString& parentName = {})
{
    EventFacts f;
    f.actor = actor;
    f.action = action;
    f.resourceType = type;
    f.resourceName = name;
    f.parentType = parentType;
    f.parentName = parentName;
    return f;
}

// A story added to a task; its "name" is whatever Asana (or the simulator) put there.
EventFacts story(const QString& actor, const QString& subtype, const QString& task, const QString& action = u"added"_s)
{
    EventFacts f = membership(actor, action, u"story"_s, u"looks good, ship it"_s, u"task"_s, task);
    f.resourceSubtype = subtype;
    return f;
}

// The emphasised parts, joined with "|": what the delegate will draw in bold.
QString boldParts(const Sentence& sentence)
{
    QStringList parts;
    for (const QPoint& span : sentence.emphasis) {
        parts.append(sentence.text.mid(span.x(), span.y()));
    }
    return parts.join(u'|');
}

bool spansInside(const Sentence& sentence)
{
    for (const QPoint& span : sentence.emphasis) {
        if (span.x() < 0 || span.y() <= 0 || span.x() + span.y() > sentence.text.size()) {
            return false;
        }
    }
    return true;
}

QDateTime local(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}

Event parsed(const QByteArray& json)
{
    const Parsed<Event> result = parseEvent(QJsonDocument::fromJson(json).object());
    if (!result.ok()) {
        qFatal("test JSON does not parse: %s", json.constData());
    }
    return result.value();
}

const QString dana = u"Dana Ruiz"_s;
const QString sam = u"Sam Lee"_s;
const QString alex = u"Alex Kim"_s;
const QString priya = u"Priya Shah"_s;
const QString budget = u"Q3 budget"_s;
const QString fixLogin = u"Fix login redirect"_s;
const QString homepage = u"Homepage copy"_s;
const QString site = u"Marketing Site"_s;
const QString changed = u"changed"_s;
const QString carlos = u"Carlos Mendoza"_s;

// A translation that says "you" in the sentence itself and leaves %1 out, as German and French
// may: "Sie haben %2 abgeschlossen".
class PronounTranslator final : public QTranslator
{
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    [[nodiscard]] QString translate(const char* context, const char* source, const char* disambiguation,
                                    int /*n*/) const override
    {
        if (qstrcmp(context, "EventFormatter") == 0 && qstrcmp(source, "%1 completed %2") == 0 &&
            disambiguation != nullptr && *disambiguation != '\0') {
            return u"Sie haben %2 abgeschlossen"_s;
        }
        return {};
    }
};

} // namespace

class TestEventFormatter final : public QObject
{
    Q_OBJECT

private:
    static void sentenceColumns()
    {
        QTest::addColumn<EventFacts>("facts");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bold");
        QTest::addColumn<EventKind>("kind");
    }

    static void checkSentence()
    {
        QFETCH(EventFacts, facts);
        QFETCH(QString, text);
        QFETCH(QString, bold);
        QFETCH(EventKind, kind);
        const Sentence sentence = EventFormatter::sentence(facts);
        QCOMPARE(sentence.text, text);
        QVERIFY(spansInside(sentence));
        QCOMPARE(boldParts(sentence), bold);
        QCOMPARE(EventFormatter::kind(facts), kind);
    }

private slots:
    void hugeNames_areCutForTheSentence()
    {
        // An 8 MiB task name: the sentence (built on every paint and searched on every keystroke)
        // carries its first thousand characters and an ellipsis, not megabytes.
        const QString name(8 * 1024 * 1024, u'n');
        const QJsonObject raw{
            {u"action"_s, u"changed"_s},
            {u"created_at"_s, u"2026-11-30T10:00:00.000Z"_s},
            {u"user"_s, QJsonObject{{u"gid"_s, u"7"_s}, {u"name"_s, QString(5000, u'd')}}},
            {u"resource"_s, QJsonObject{{u"gid"_s, u"9"_s}, {u"resource_type"_s, u"task"_s}, {u"name"_s, name}}},
            {u"change"_s, QJsonObject{{u"field"_s, u"completed"_s}, {u"action"_s, u"changed"_s}}},
        };
        const Event event = parseEvent(raw).value();
        const EventFacts facts = EventFacts::from(event);
        QCOMPARE(facts.resourceName.size(), EventFacts::maxNameLength + 1);
        QVERIFY(facts.resourceName.endsWith(QChar(0x2026)));
        QCOMPARE(facts.actor.size(), EventFacts::maxNameLength + 1);
        QVERIFY(EventFormatter::sentence(facts).text.size() < 3 * EventFacts::maxNameLength);
        QCOMPARE(event.resource.name.size(), name.size()); // the event itself keeps every character
        // Cut between characters, never inside one.
        const QString emoji = u"ab\U0001F600cd"_s;
        QCOMPARE(EventFormatter::cut(emoji, 3), u"ab\u2026"_s);
        QCOMPARE(EventFormatter::cut(emoji, 4), u"ab\U0001F600\u2026"_s);
        QCOMPARE(EventFormatter::cut(emoji, 6), emoji);
    }

    void eachEventKind_readsAsAPersonWouldWriteIt_data()
    {
        sentenceColumns();
        const auto row = [](const char* tag, const EventFacts& f, const QString& text, const QString& bold,
                            EventKind kind) { QTest::newRow(tag) << f << text << bold << kind; };
        using K = EventKind;

        row("completed", taskChange(dana, fixLogin, u"completed"_s), u"Dana Ruiz completed Fix login redirect"_s,
            fixLogin, K::Completed);
        row("completed, value true", taskChange(dana, fixLogin, u"completed"_s, changed, u"true"_s, u"boolean"_s),
            u"Dana Ruiz completed Fix login redirect"_s, fixLogin, K::Completed);
        row("completed, value false", taskChange(dana, fixLogin, u"completed"_s, changed, u"false"_s, u"boolean"_s),
            u"Dana Ruiz reopened Fix login redirect"_s, fixLogin, K::Completed);
        row("story marked_incomplete", story(dana, u"marked_incomplete"_s, fixLogin),
            u"Dana Ruiz reopened Fix login redirect"_s, fixLogin, K::System);
        row("story marked_complete", story(dana, u"marked_complete"_s, fixLogin),
            u"Dana Ruiz marked Fix login redirect complete"_s, fixLogin, K::System);

        row("assigned", taskChange(sam, budget, u"assignee"_s, changed, priya, u"user"_s),
            u"Sam Lee assigned Q3 budget to Priya Shah"_s, budget, K::Assigned);
        row("unassigned", taskChange(sam, budget, u"assignee"_s), u"Sam Lee unassigned Q3 budget"_s, budget,
            K::Assigned);
        row("assignee removed", taskChange(sam, budget, u"assignee"_s, u"removed"_s, priya, u"user"_s),
            u"Sam Lee unassigned Q3 budget"_s, budget, K::Assigned);
        row("assigned to an unnamed user", taskChange(sam, budget, u"assignee"_s, changed, {}, u"user"_s),
            u"Sam Lee assigned Q3 budget"_s, budget, K::Assigned);

        row("comment", story(alex, u"comment_added"_s, u"Launch plan"_s), u"Alex Kim commented on Launch plan"_s,
            u"Launch plan"_s, K::Comment);
        row("comment edited", story(alex, u"comment_added"_s, u"Launch plan"_s, changed),
            u"Alex Kim edited a comment on Launch plan"_s, u"Launch plan"_s, K::Comment);
        row("comment removed", story(alex, u"comment_added"_s, u"Launch plan"_s, u"removed"_s),
            u"Alex Kim deleted a comment on Launch plan"_s, u"Launch plan"_s, K::Comment);
        row("comment restored", story(alex, u"comment_added"_s, u"Launch plan"_s, u"undeleted"_s),
            u"Alex Kim restored a comment on Launch plan"_s, u"Launch plan"_s, K::Comment);

        row("added to project", membership(dana, u"added"_s, u"task"_s, homepage, u"project"_s, site),
            u"Dana Ruiz added Homepage copy to Marketing Site"_s, homepage, K::Created);
        row("removed from project", membership(dana, u"removed"_s, u"task"_s, homepage, u"project"_s, site),
            u"Dana Ruiz removed Homepage copy from Marketing Site"_s, homepage, K::Moved);
        row("added to section", membership(dana, u"added"_s, u"task"_s, homepage, u"section"_s, u"Done"_s),
            u"Dana Ruiz moved Homepage copy to Done"_s, homepage, K::Moved);
        row("removed from section", membership(dana, u"removed"_s, u"task"_s, homepage, u"section"_s, u"In progress"_s),
            u"Dana Ruiz removed Homepage copy from In progress"_s, homepage, K::Moved);
        row("subtask added to task", membership(dana, u"added"_s, u"task"_s, u"Draft"_s, u"task"_s, homepage),
            u"Dana Ruiz added Draft to Homepage copy"_s, u"Draft"_s, K::Created);
        row("added without a container", membership(dana, u"added"_s, u"task"_s, homepage),
            u"Dana Ruiz created Homepage copy"_s, homepage, K::Created);

        row("due_on", taskChange(sam, budget, u"due_on"_s), u"Sam Lee changed the due date of Q3 budget"_s, budget,
            K::DueDate);
        row("due_at", taskChange(sam, budget, u"due_at"_s), u"Sam Lee changed the due date of Q3 budget"_s, budget,
            K::DueDate);
        row("start_on", taskChange(sam, budget, u"start_on"_s), u"Sam Lee changed the start date of Q3 budget"_s,
            budget, K::FieldChanged);
        row("name", taskChange(sam, budget, u"name"_s), u"Sam Lee renamed Q3 budget"_s, budget, K::Renamed);
        row("notes", taskChange(sam, budget, u"notes"_s), u"Sam Lee edited the description of Q3 budget"_s, budget,
            K::FieldChanged);

        row("follower added", taskChange(sam, budget, u"followers"_s, u"added"_s, priya, u"user"_s),
            u"Sam Lee added Priya Shah as a collaborator on Q3 budget"_s, budget, K::Followers);
        row("follower removed", taskChange(sam, budget, u"followers"_s, u"removed"_s, priya, u"user"_s),
            u"Sam Lee removed Priya Shah as a collaborator on Q3 budget"_s, budget, K::Followers);
        row("unnamed follower added", taskChange(sam, budget, u"followers"_s, u"added"_s, {}, u"user"_s),
            u"Sam Lee added a collaborator to Q3 budget"_s, budget, K::Followers);

        row("custom field set to an option",
            taskChange(sam, budget, u"custom_fields"_s, changed, u"Priority"_s, u"custom_field"_s, u"High"_s),
            u"Sam Lee set Priority to High on Q3 budget"_s, budget, K::FieldChanged);
        row("custom field without option",
            taskChange(sam, budget, u"custom_fields"_s, changed, u"Priority"_s, u"custom_field"_s),
            u"Sam Lee changed Priority on Q3 budget"_s, budget, K::FieldChanged);
        row("custom field without name", taskChange(sam, budget, u"custom_fields"_s, changed, {}, u"custom_field"_s),
            u"Sam Lee changed a field on Q3 budget"_s, budget, K::FieldChanged);
        row("unknown field", taskChange(sam, budget, u"tags"_s, u"added"_s, u"urgent"_s, u"tag"_s),
            u"Sam Lee updated Q3 budget"_s, budget, K::FieldChanged);
        row("changed without a change block", taskChange(sam, budget, {}), u"Sam Lee updated Q3 budget"_s, budget,
            K::FieldChanged);

        row("deleted", membership(sam, u"deleted"_s, u"task"_s, budget), u"Sam Lee deleted Q3 budget"_s, budget,
            K::Deleted);
        row("undeleted", membership(sam, u"undeleted"_s, u"task"_s, budget), u"Sam Lee restored Q3 budget"_s, budget,
            K::Deleted);

        row("section created", membership(dana, u"added"_s, u"section"_s, u"Done"_s, u"project"_s, site),
            u"Dana Ruiz created the section Done in Marketing Site"_s, u"Done"_s, K::Created);
        row("section created, no project", membership(dana, u"added"_s, u"section"_s, u"Done"_s),
            u"Dana Ruiz created the section Done"_s, u"Done"_s, K::Created);
        EventFacts sectionRenamed = taskChange(dana, u"Done"_s, u"name"_s);
        sectionRenamed.resourceType = u"section"_s;
        sectionRenamed.resourceSubtype.clear();
        row("section renamed", sectionRenamed, u"Dana Ruiz renamed the section Done"_s, u"Done"_s, K::Renamed);
        row("section deleted", membership(dana, u"deleted"_s, u"section"_s, u"Done"_s),
            u"Dana Ruiz deleted the section Done"_s, u"Done"_s, K::Deleted);
        row("section restored", membership(dana, u"undeleted"_s, u"section"_s, u"Done"_s),
            u"Dana Ruiz restored the section Done"_s, u"Done"_s, K::Deleted);

        EventFacts projectRenamed = taskChange(sam, site, u"name"_s);
        projectRenamed.resourceType = u"project"_s;
        row("project renamed", projectRenamed, u"Sam Lee renamed Marketing Site"_s, site, K::Renamed);
        EventFacts projectChanged = taskChange(sam, site, {});
        projectChanged.resourceType = u"project"_s;
        row("project changed", projectChanged, u"Sam Lee updated Marketing Site"_s, site, K::FieldChanged);
        row("project added to a team", membership(sam, u"added"_s, u"project"_s, site, u"team"_s, u"Design"_s),
            u"Sam Lee added Marketing Site to Design"_s, site, K::Created);
        row("project deleted", membership(sam, u"deleted"_s, u"project"_s, site), u"Sam Lee deleted Marketing Site"_s,
            site, K::Deleted);
    }
    void eachEventKind_readsAsAPersonWouldWriteIt() { checkSentence(); }

    void systemStories_nameTheirTask_data()
    {
        sentenceColumns();
        const auto row = [](const char* subtype, const QString& text) {
            QTest::newRow(subtype) << story(sam, QString::fromLatin1(subtype), budget) << text << budget
                                   << EventKind::System;
        };
        row("assigned", u"Sam Lee assigned Q3 budget"_s);
        row("unassigned", u"Sam Lee unassigned Q3 budget"_s);
        row("due_date_changed", u"Sam Lee changed the due date of Q3 budget"_s);
        row("name_changed", u"Sam Lee renamed Q3 budget"_s);
        row("notes_changed", u"Sam Lee edited the description of Q3 budget"_s);
        row("section_changed", u"Sam Lee moved Q3 budget"_s);
        row("added_to_project", u"Sam Lee added Q3 budget to a project"_s);
        row("removed_from_project", u"Sam Lee removed Q3 budget from a project"_s);
        row("enum_custom_field_changed", u"Sam Lee changed a field on Q3 budget"_s);
        row("number_custom_field_changed", u"Sam Lee changed a field on Q3 budget"_s);
        row("collaborator_added", u"Sam Lee added a collaborator to Q3 budget"_s);
        row("attachment_added", u"Sam Lee attached a file to Q3 budget"_s);
        row("liked", u"Sam Lee liked Q3 budget"_s);
        row("dependency_added", u"Sam Lee updated Q3 budget"_s);
        QTest::newRow("story without subtype")
            << story(sam, {}, budget) << u"Sam Lee updated Q3 budget"_s << budget << EventKind::Other;
    }
    void systemStories_nameTheirTask() { checkSentence(); }

    void unknownActionsAndTypes_stillRead_data()
    {
        sentenceColumns();
        QTest::newRow("unknown action") << membership(sam, u"levitated"_s, u"task"_s, u"Foo"_s)
                                        << u"Sam Lee levitated Foo"_s << u"Foo"_s << EventKind::Other;
        QTest::newRow("unknown action, unknown type") << membership(sam, u"levitated"_s, u"hologram"_s, u"Foo"_s)
                                                      << u"Sam Lee levitated Foo"_s << u"Foo"_s << EventKind::Other;
        QTest::newRow("unknown action with underscores")
            << membership(sam, u"made_public"_s, u"project"_s, site) << u"Sam Lee made public Marketing Site"_s << site
            << EventKind::Other;
        QTest::newRow("unknown type, known action")
            << membership(sam, u"deleted"_s, u"attachment"_s, u"brief.pdf"_s) << u"Sam Lee deleted brief.pdf"_s
            << u"brief.pdf"_s << EventKind::Other;
        QTest::newRow("unknown type, added")
            << membership(sam, u"added"_s, u"project_membership"_s, {}, u"project"_s, site)
            << u"Sam Lee added an item to Marketing Site"_s << QString() << EventKind::Other;
        QTest::newRow("no action at all")
            << membership(sam, {}, u"task"_s, budget) << u"Sam Lee updated Q3 budget"_s << budget << EventKind::Other;
        QTest::newRow("nothing at all") << EventFacts{} << u"An item was updated"_s << QString() << EventKind::Other;
    }
    void unknownActionsAndTypes_stillRead() { checkSentence(); }

    void systemEvents_readPassively_data()
    {
        sentenceColumns();
        using K = EventKind;
        const QString nobody;
        QTest::newRow("completed") << taskChange(nobody, fixLogin, u"completed"_s)
                                   << u"Fix login redirect was completed"_s << fixLogin << K::Completed;
        QTest::newRow("reopened") << taskChange(nobody, fixLogin, u"completed"_s, changed, u"false"_s, u"boolean"_s)
                                  << u"Fix login redirect was reopened"_s << fixLogin << K::Completed;
        QTest::newRow("added to project") << membership(nobody, u"added"_s, u"task"_s, homepage, u"project"_s, site)
                                          << u"Homepage copy was added to Marketing Site"_s << homepage << K::Created;
        QTest::newRow("removed from project")
            << membership(nobody, u"removed"_s, u"task"_s, homepage, u"project"_s, site)
            << u"Homepage copy was removed from Marketing Site"_s << homepage << K::Moved;
        QTest::newRow("moved to section")
            << membership(nobody, u"added"_s, u"task"_s, homepage, u"section"_s, u"Done"_s)
            << u"Homepage copy was moved to Done"_s << homepage << K::Moved;
        QTest::newRow("assigned") << taskChange(nobody, budget, u"assignee"_s, changed, priya, u"user"_s)
                                  << u"Q3 budget was assigned to Priya Shah"_s << budget << K::Assigned;
        QTest::newRow("unassigned") << taskChange(nobody, budget, u"assignee"_s) << u"Q3 budget was unassigned"_s
                                    << budget << K::Assigned;
        QTest::newRow("due date") << taskChange(nobody, budget, u"due_on"_s)
                                  << u"The due date of Q3 budget was changed"_s << budget << K::DueDate;
        QTest::newRow("renamed") << taskChange(nobody, budget, u"name"_s) << u"Q3 budget was renamed"_s << budget
                                 << K::Renamed;
        QTest::newRow("custom field") << taskChange(nobody, budget, u"custom_fields"_s, changed, u"Priority"_s,
                                                    u"custom_field"_s, u"High"_s)
                                      << u"Priority was set to High on Q3 budget"_s << budget << K::FieldChanged;
        QTest::newRow("custom field, no option")
            << taskChange(nobody, budget, u"custom_fields"_s, changed, u"Priority"_s, u"custom_field"_s)
            << u"Priority was changed on Q3 budget"_s << budget << K::FieldChanged;
        QTest::newRow("follower") << taskChange(nobody, budget, u"followers"_s, u"added"_s, priya, u"user"_s)
                                  << u"Priya Shah was added as a collaborator on Q3 budget"_s << budget << K::Followers;
        QTest::newRow("deleted") << membership(nobody, u"deleted"_s, u"task"_s, budget) << u"Q3 budget was deleted"_s
                                 << budget << K::Deleted;
        QTest::newRow("restored") << membership(nobody, u"undeleted"_s, u"task"_s, budget)
                                  << u"Q3 budget was restored"_s << budget << K::Deleted;
        QTest::newRow("comment") << story(nobody, u"comment_added"_s, u"Launch plan"_s)
                                 << u"A comment was added to Launch plan"_s << u"Launch plan"_s << K::Comment;
        QTest::newRow("marked complete story") << story(nobody, u"marked_complete"_s, fixLogin)
                                               << u"Fix login redirect was marked complete"_s << fixLogin << K::System;
        QTest::newRow("other system story")
            << story(nobody, u"due_today"_s, budget) << u"Q3 budget was updated"_s << budget << K::System;
        QTest::newRow("section created") << membership(nobody, u"added"_s, u"section"_s, u"Done"_s, u"project"_s, site)
                                         << u"The section Done was created in Marketing Site"_s << u"Done"_s
                                         << K::Created;
        QTest::newRow("unknown action") << membership(nobody, u"levitated"_s, u"task"_s, u"Foo"_s)
                                        << u"Foo was levitated"_s << u"Foo"_s << K::Other;
        QTest::newRow("blank actor") << taskChange(u"  "_s, fixLogin, u"completed"_s)
                                     << u"Fix login redirect was completed"_s << fixLogin << K::Completed;
    }
    void systemEvents_readPassively() { checkSentence(); }

    void missingNames_readAsPlaceholdersAndAreNotBold_data()
    {
        sentenceColumns();
        using K = EventKind;
        QTest::newRow("task") << taskChange(dana, {}, u"completed"_s) << u"Dana Ruiz completed a task"_s << QString()
                              << K::Completed;
        QTest::newRow("blank task name") << taskChange(dana, u" "_s, u"completed"_s) << u"Dana Ruiz completed a task"_s
                                         << QString() << K::Completed;
        QTest::newRow("comment on unnamed task")
            << story(alex, u"comment_added"_s, {}) << u"Alex Kim commented on a task"_s << QString() << K::Comment;
        EventFacts orphan = story(alex, u"comment_added"_s, {});
        orphan.parentType.clear();
        QTest::newRow("comment without a task")
            << orphan << u"Alex Kim commented on a task"_s << QString() << K::Comment;
        QTest::newRow("project") << membership(sam, u"deleted"_s, u"project"_s, {}) << u"Sam Lee deleted a project"_s
                                 << QString() << K::Deleted;
        QTest::newRow("section") << membership(sam, u"deleted"_s, u"section"_s, {}) << u"Sam Lee deleted a section"_s
                                 << QString() << K::Deleted;
        QTest::newRow("section created") << membership(sam, u"added"_s, u"section"_s, {}, u"project"_s, site)
                                         << u"Sam Lee added a section to Marketing Site"_s << QString() << K::Created;
        QTest::newRow("story") << membership(sam, u"levitated"_s, u"attachment"_s, {}) << u"Sam Lee levitated an item"_s
                               << QString() << K::Other;
        QTest::newRow("unnamed project container")
            << membership(dana, u"added"_s, u"task"_s, homepage, u"project"_s, {})
            << u"Dana Ruiz added Homepage copy to a project"_s << homepage << K::Created;
        QTest::newRow("unnamed section container")
            << membership(dana, u"added"_s, u"task"_s, homepage, u"section"_s, {})
            << u"Dana Ruiz moved Homepage copy to a section"_s << homepage << K::Moved;
        QTest::newRow("system, sentence starts with it")
            << membership({}, u"deleted"_s, u"project"_s, {}) << u"A project was deleted"_s << QString() << K::Deleted;
        QTest::newRow("system, unknown type") << membership({}, u"added"_s, u"tag"_s, {}, u"task"_s, budget)
                                              << u"An item was added to Q3 budget"_s << QString() << K::Other;
    }
    void missingNames_readAsPlaceholdersAndAreNotBold() { checkSentence(); }

    void emphasis_pointsAtTheResourceNotAnEqualName()
    {
        // The actor and the container share the task's name: only the task's own place is bold.
        const EventFacts f = membership(u"Launch"_s, u"added"_s, u"task"_s, u"Launch"_s, u"project"_s, u"Launch"_s);
        const Sentence sentence = EventFormatter::sentence(f);
        QCOMPARE(sentence.text, u"Launch added Launch to Launch"_s);
        QCOMPARE(sentence.emphasis, QList<QPoint>{QPoint(13, 6)});

        const Sentence passive =
            EventFormatter::sentence(membership({}, u"added"_s, u"task"_s, homepage, u"project"_s, site));
        QCOMPARE(passive.emphasis, QList<QPoint>{QPoint(0, 13)});

        // Counted in UTF-16 units, as QString and the delegate count them.
        const QString rocket = u"\U0001F680 Launch plan"_s;
        const Sentence comment = EventFormatter::sentence(story(u"Zoë Ngô"_s, u"comment_added"_s, rocket));
        QCOMPARE(comment.text, u"Zoë Ngô commented on "_s + rocket);
        QCOMPARE(comment.emphasis, QList<QPoint>{QPoint(21, int(rocket.size()))});
        QCOMPARE(boldParts(comment), rocket);
    }

    void names_areCopiedLiterallyNeverInterpreted()
    {
        const QString markup = u"<img src=x onerror=alert(1)>"_s;
        const Sentence completed = EventFormatter::sentence(taskChange(u"<b>Sam</b>"_s, markup, u"completed"_s));
        QCOMPARE(completed.text, u"<b>Sam</b> completed <img src=x onerror=alert(1)>"_s);
        QCOMPARE(boldParts(completed), markup);

        const Sentence comment = EventFormatter::sentence(story(alex, u"comment_added"_s, markup));
        QCOMPARE(comment.text, u"Alex Kim commented on <img src=x onerror=alert(1)>"_s);
        QCOMPARE(boldParts(comment), markup);

        // Names that look like placeholders stay as they are (one substitution pass).
        const Sentence field = EventFormatter::sentence(
            taskChange(u"Sam %2"_s, u"%3 &amp;"_s, u"custom_fields"_s, changed, u"%1"_s, u"custom_field"_s, u"%4"_s));
        QCOMPARE(field.text, u"Sam %2 set %1 to %4 on %3 &amp;"_s);
        QCOMPARE(boldParts(field), u"%3 &amp;"_s);
    }

    void parsedEvents_readNaturally_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bold");
        QTest::addColumn<EventKind>("kind");

        // E5 of the notes: the subtype only in the relay's embedded story; the story's name is not shown.
        QTest::newRow("comment (E5)") << QByteArray(R"({"action": "added", "created_at": "2026-05-20T14:00:00.000Z",
            "parent": {"gid": "1202178854270531", "resource_type": "task", "name": "Learn how Asana works"},
            "resource": {"gid": "1202461248558215", "resource_type": "story", "name": "commented"},
            "type": "story",
            "user": {"gid": "1202178852626547", "resource_type": "user", "name": "Example User"},
            "story": {"gid": "1202461248558215", "resource_subtype": "comment_added", "resource_type": "story",
                      "text": "This is an example comment on the task.", "type": "comment"}})")
                                      << u"Example User commented on Learn how Asana works"_s
                                      << u"Learn how Asana works"_s << EventKind::Comment;
        QTest::newRow("comment, subtype on the resource")
            << QByteArray(R"({"action": "added",
            "created_at": "2026-05-20T14:00:00.000Z",
            "parent": {"gid": "1", "resource_type": "task", "name": "Launch plan"},
            "resource": {"gid": "2", "resource_type": "story", "resource_subtype": "comment_added",
                         "name": "LGTM <b>ship it</b>"},
            "user": {"gid": "3", "resource_type": "user", "name": "Alex Kim"}})")
            << u"Alex Kim commented on Launch plan"_s << u"Launch plan"_s << EventKind::Comment;
        QTest::newRow("added to project (E6)") << QByteArray(R"({"action": "added",
            "created_at": "2026-05-20T14:00:00.000Z",
            "parent": {"gid": "1202178854270532", "resource_type": "project", "name": "My new project name"},
            "resource": {"gid": "1202178854270531", "resource_type": "task", "name": "Learn how Asana works"},
            "type": "task",
            "user": {"gid": "1202178852626547", "resource_type": "user", "name": "Example User"}})")
                                               << u"Example User added Learn how Asana works to My new project name"_s
                                               << u"Learn how Asana works"_s << EventKind::Created;
        QTest::newRow("name changed (E6)")
            << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "name",
                       "new_value": {"gid": "1202178854270531", "resource_type": "task"}},
            "created_at": "2026-05-20T14:00:00.000Z", "parent": null,
            "resource": {"gid": "1202178854270531", "resource_type": "task", "name": "Learn how Asana works"},
            "type": "task",
            "user": {"gid": "1202178852626547", "resource_type": "user", "name": "Example User"}})")
            << u"Example User renamed Learn how Asana works"_s << u"Learn how Asana works"_s << EventKind::Renamed;
        QTest::newRow("changed without change block (E1)") << QByteArray(R"({
            "resource": {"gid": "1337", "resource_type": "task", "resource_subtype": "default_task", "name": "My Task"},
            "parent": null, "created_at": "2013-08-21T18:20:37.972Z",
            "user": {"gid": "1123", "resource_type": "user", "name": "Tom Bizarro"},
            "action": "changed", "type": "task"})") << u"Tom Bizarro updated My Task"_s
                                                           << u"My Task"_s << EventKind::FieldChanged;
        QTest::newRow("webhook form (E2): no names at all")
            << QByteArray(R"({"action": "changed",
            "created_at": "2019-12-21T03:33:19.007Z", "parent": null,
            "resource": {"gid": "1154849068499809", "resource_subtype": "default_task", "resource_type": "task"},
            "user": {"gid": "55010250146157", "resource_type": "user"}})")
            << u"A task was updated"_s << QString() << EventKind::FieldChanged;
        QTest::newRow("assignee") << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "assignee",
                       "new_value": {"gid": "42", "resource_type": "user", "name": "Priya Shah"}},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "1337", "resource_type": "task", "resource_subtype": "default_task", "name": "Q3 budget"},
            "type": "task", "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
                                  << u"Sam Lee assigned Q3 budget to Priya Shah"_s << budget << EventKind::Assigned;
        QTest::newRow("unassigned") << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "assignee"},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "1337", "resource_type": "task", "name": "Q3 budget"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
                                    << u"Sam Lee unassigned Q3 budget"_s << budget << EventKind::Assigned;
        QTest::newRow("completed, no new_value")
            << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "completed"},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "7", "resource_type": "task", "name": "Fix login redirect"},
            "user": {"gid": "8", "resource_type": "user", "name": "Dana Ruiz"}})")
            << u"Dana Ruiz completed Fix login redirect"_s << fixLogin << EventKind::Completed;
        QTest::newRow("completed: false")
            << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "completed", "new_value": false},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "7", "resource_type": "task", "name": "Fix login redirect"},
            "user": {"gid": "8", "resource_type": "user", "name": "Dana Ruiz"}})")
            << u"Dana Ruiz reopened Fix login redirect"_s << fixLogin << EventKind::Completed;
        QTest::newRow("marked_incomplete story")
            << QByteArray(R"({"action": "added",
            "created_at": "2026-11-29T04:38:58.147Z",
            "parent": {"gid": "7", "resource_type": "task", "name": "Fix login redirect"},
            "resource": {"gid": "9", "resource_type": "story", "resource_subtype": "marked_incomplete",
                         "name": "marked this task incomplete"},
            "type": "story", "user": {"gid": "8", "resource_type": "user", "name": "Dana Ruiz"}})")
            << u"Dana Ruiz reopened Fix login redirect"_s << fixLogin << EventKind::System;
        QTest::newRow("custom field option")
            << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "custom_fields",
                       "new_value": {"gid": "55", "resource_type": "custom_field", "resource_subtype": "enum",
                                     "name": "Priority",
                                     "enum_value": {"gid": "56", "resource_type": "enum_option", "name": "High"}}},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "1337", "resource_type": "task", "name": "Q3 budget"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
            << u"Sam Lee set Priority to High on Q3 budget"_s << budget << EventKind::FieldChanged;
        QTest::newRow("custom field cleared")
            << QByteArray(R"({"action": "changed",
            "change": {"action": "changed", "field": "custom_fields",
                       "new_value": {"gid": "55", "resource_type": "custom_field", "name": "Priority",
                                     "enum_value": null}},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "1337", "resource_type": "task", "name": "Q3 budget"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
            << u"Sam Lee changed Priority on Q3 budget"_s << budget << EventKind::FieldChanged;
        QTest::newRow("follower added") << QByteArray(R"({"action": "changed",
            "change": {"action": "added", "field": "followers",
                       "added_value": {"gid": "42", "resource_type": "user", "name": "Priya Shah"}},
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "1337", "resource_type": "task", "name": "Q3 budget"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
                                        << u"Sam Lee added Priya Shah as a collaborator on Q3 budget"_s << budget
                                        << EventKind::Followers;
        QTest::newRow("moved to section") << QByteArray(R"({"action": "added",
            "created_at": "2026-11-29T04:38:58.147Z",
            "parent": {"gid": "30", "resource_type": "section", "name": "Done"},
            "resource": {"gid": "31", "resource_type": "task", "resource_subtype": "default_task",
                         "name": "Homepage copy"},
            "type": "task", "user": {"gid": "8", "resource_type": "user", "name": "Dana Ruiz"}})")
                                          << u"Dana Ruiz moved Homepage copy to Done"_s << homepage << EventKind::Moved;
        QTest::newRow("system: added to project, user null") << QByteArray(R"({"action": "added",
            "created_at": "2026-11-29T04:38:58.147Z",
            "parent": {"gid": "40", "resource_type": "project", "name": "Marketing Site"},
            "resource": {"gid": "31", "resource_type": "task", "name": "Homepage copy"},
            "type": "task", "user": null})") << u"Homepage copy was added to Marketing Site"_s
                                                             << homepage << EventKind::Created;
        QTest::newRow("deleted") << QByteArray(R"({"action": "deleted", "created_at": "2026-11-29T04:38:58.147Z",
            "parent": null, "resource": {"gid": "1337", "resource_type": "task", "name": "Q3 budget"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
                                 << u"Sam Lee deleted Q3 budget"_s << budget << EventKind::Deleted;
        QTest::newRow("section renamed") << QByteArray(R"({"action": "changed",
            "change": {"field": "name", "action": "changed"}, "created_at": "2026-11-29T04:38:58.147Z",
            "parent": null, "resource": {"gid": "30", "resource_type": "section", "name": "Done"},
            "type": "section", "user": {"gid": "8", "resource_type": "user", "name": "Dana Ruiz"}})")
                                         << u"Dana Ruiz renamed the section Done"_s << u"Done"_s << EventKind::Renamed;
        QTest::newRow("unknown action and type") << QByteArray(R"({"action": "levitated",
            "created_at": "2026-11-29T04:38:58.147Z", "parent": null,
            "resource": {"gid": "77", "resource_type": "hologram", "name": "Foo"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})")
                                                 << u"Sam Lee levitated Foo"_s << u"Foo"_s << EventKind::Other;
    }
    void parsedEvents_readNaturally()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        QFETCH(QString, bold);
        QFETCH(EventKind, kind);
        const EventFacts facts = EventFacts::from(parsed(json));
        const Sentence sentence = EventFormatter::sentence(facts);
        QCOMPARE(sentence.text, text);
        QCOMPARE(boldParts(sentence), bold);
        QCOMPARE(EventFormatter::kind(facts), kind);
    }

    void factsFrom_fillsEveryField()
    {
        const EventFacts f = EventFacts::from(parsed(R"({"action": "changed",
            "change": {"action": "changed", "field": "custom_fields",
                       "new_value": {"gid": "55", "resource_type": "custom_field", "name": "Priority",
                                     "enum_value": {"gid": "56", "resource_type": "enum_option", "name": "High"}}},
            "created_at": "2026-11-29T04:38:58.147Z",
            "parent": {"gid": "40", "resource_type": "project", "name": "Marketing Site"},
            "resource": {"gid": "1337", "resource_type": "task", "resource_subtype": "milestone", "name": "Q3 budget"},
            "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"}})"));
        QCOMPARE(f.actor, sam);
        QCOMPARE(f.action, changed);
        QCOMPARE(f.resourceType, u"task"_s);
        QCOMPARE(f.resourceSubtype, u"milestone"_s);
        QCOMPARE(f.resourceName, budget);
        QCOMPARE(f.parentType, u"project"_s);
        QCOMPARE(f.parentName, site);
        QCOMPARE(f.changeField, u"custom_fields"_s);
        QCOMPARE(f.changeAction, changed);
        QCOMPARE(f.changeValueName, u"Priority"_s);
        QCOMPARE(f.changeValueType, u"custom_field"_s);
        QCOMPARE(f.changeSubValueName, u"High"_s);
    }

    void factsFrom_takesNewThenAddedThenRemovedValue()
    {
        // E3 of the notes: the spec's generated example carries all three values at once.
        const char* const all = R"({"action": "changed",
            "change": {"action": "changed", "field": "assignee",
                       "added_value": {"gid": "2", "resource_type": "user", "name": "Added"},
                       "new_value": {"gid": "1", "resource_type": "user", "name": "New"},
                       "removed_value": {"gid": "3", "resource_type": "tag", "name": "Removed"}},
            "created_at": "2012-02-22T02:06:58.147Z",
            "resource": {"gid": "12345", "resource_type": "task", "name": "Bug Task"},
            "user": {"gid": "12345", "resource_type": "user", "name": "Greg Sanchez"}})";
        QCOMPARE(EventFacts::from(parsed(all)).changeValueName, u"New"_s);
        const char* const addedAndRemoved = R"({"action": "changed",
            "change": {"action": "added", "field": "followers",
                       "removed_value": {"gid": "3", "resource_type": "tag", "name": "Removed"},
                       "added_value": {"gid": "2", "resource_type": "user", "name": "Added"}},
            "resource": {"gid": "12345", "resource_type": "task", "name": "Bug Task"}})";
        QCOMPARE(EventFacts::from(parsed(addedAndRemoved)).changeValueName, u"Added"_s);
        QCOMPARE(EventFacts::from(parsed(addedAndRemoved)).changeValueType, u"user"_s);
        const char* const removed = R"({"action": "changed",
            "change": {"action": "removed", "field": "followers",
                       "removed_value": {"gid": "3", "resource_type": "user", "name": "Gone"}},
            "resource": {"gid": "12345", "resource_type": "task", "name": "Bug Task"}})";
        const EventFacts f = EventFacts::from(parsed(removed));
        QCOMPARE(f.changeValueName, u"Gone"_s);
        QCOMPARE(f.actor, QString());
        QCOMPARE(EventFormatter::sentence(f).text, u"Gone was removed as a collaborator on Bug Task"_s);
    }

    void factsFrom_leavesOptionEmptyOutsideCustomFields()
    {
        const EventFacts f = EventFacts::from(parsed(R"({"action": "changed",
            "change": {"action": "changed", "field": "assignee",
                       "new_value": {"gid": "42", "resource_type": "user", "name": "Priya Shah",
                                     "enum_value": {"name": "not a custom field"}}},
            "resource": {"gid": "1337", "resource_type": "task", "name": "Q3 budget"}})"));
        QCOMPARE(f.changeSubValueName, QString());
        QCOMPARE(f.changeValueName, priya);
    }

    void people_readAsYou_andThemselves_data()
    {
        QTest::addColumn<EventFacts>("facts");
        QTest::addColumn<QString>("me");
        QTest::addColumn<QString>("text");
        const QString me = u"100"_s;
        const auto by = [](EventFacts f, const QString& actorGid, const QString& valueGid = {}) {
            f.actorGid = actorGid;
            f.changeValueGid = valueGid;
            return f;
        };
        const EventFacts done = taskChange(dana, fixLogin, u"completed"_s);
        QTest::newRow("I completed") << by(done, me) << me << u"You completed Fix login redirect"_s;
        QTest::newRow("I completed, name unknown")
            << by(taskChange({}, fixLogin, u"completed"_s), me) << me << u"You completed Fix login redirect"_s;
        QTest::newRow("someone else completed")
            << by(done, u"7"_s) << me << u"Dana Ruiz completed Fix login redirect"_s;
        QTest::newRow("nobody signed in") << by(done, me) << QString() << u"Dana Ruiz completed Fix login redirect"_s;

        const EventFacts assigned = taskChange(dana, fixLogin, u"assignee"_s, changed, sam, u"user"_s);
        QTest::newRow("assigned to me") << by(assigned, u"7"_s, me) << me
                                        << u"Dana Ruiz assigned Fix login redirect to you"_s;
        QTest::newRow("assigned to me, my name unknown")
            << by(taskChange(dana, fixLogin, u"assignee"_s, changed, {}, u"user"_s), u"7"_s, me) << me
            << u"Dana Ruiz assigned Fix login redirect to you"_s;
        QTest::newRow("assigned to me by nobody known")
            << by(taskChange({}, fixLogin, u"assignee"_s, changed, sam, u"user"_s), {}, me) << me
            << u"Fix login redirect was assigned to you"_s;
        QTest::newRow("assigned to themselves")
            << by(assigned, u"7"_s, u"7"_s) << me << u"Dana Ruiz assigned Fix login redirect to themselves"_s;
        QTest::newRow("I assigned to myself")
            << by(assigned, me, me) << me << u"You assigned Fix login redirect to yourself"_s;
        QTest::newRow("I assigned to someone")
            << by(assigned, me, u"7"_s) << me << u"You assigned Fix login redirect to Sam Lee"_s;

        const EventFacts follower = taskChange(dana, fixLogin, u"followers"_s, u"added"_s, dana, u"user"_s);
        QTest::newRow("added themselves") << by(follower, u"7"_s, u"7"_s) << me
                                          << u"Dana Ruiz added themselves as a collaborator on Fix login redirect"_s;
        QTest::newRow("I added myself") << by(follower, me, me) << me
                                        << u"You added yourself as a collaborator on Fix login redirect"_s;
        QTest::newRow("added me") << by(follower, u"7"_s, me) << me
                                  << u"Dana Ruiz added you as a collaborator on Fix login redirect"_s;
        QTest::newRow("added me, nobody known")
            << by(taskChange({}, fixLogin, u"followers"_s, u"added"_s, sam, u"user"_s), {}, me) << me
            << u"You were added as a collaborator on Fix login redirect"_s;
        QTest::newRow("removed themselves")
            << by(taskChange(dana, fixLogin, u"followers"_s, u"removed"_s, dana, u"user"_s), u"7"_s, u"7"_s) << me
            << u"Dana Ruiz removed themselves as a collaborator on Fix login redirect"_s;
        QTest::newRow("removed me") << by(taskChange(dana, fixLogin, u"followers"_s, u"removed"_s, {}, u"user"_s),
                                          u"7"_s, me)
                                    << me << u"Dana Ruiz removed you as a collaborator on Fix login redirect"_s;
    }

    void people_readAsYou_andThemselves()
    {
        QFETCH(EventFacts, facts);
        QFETCH(QString, me);
        QFETCH(QString, text);
        const Sentence sentence = EventFormatter::sentence(facts, me);
        QCOMPARE(sentence.text, text);
        QCOMPARE(boldParts(sentence), fixLogin); // the item, never "You"
    }

    void byMe_templateMayLeaveOutThePerson()
    {
        // The pronoun is in the translation; the part %1 would have been is simply not shown, and
        // the bold part is still the item.
        EventFacts done = taskChange(dana, fixLogin, u"completed"_s);
        done.actorGid = u"100"_s;
        EventFacts unnamed = taskChange(dana, {}, u"completed"_s);
        unnamed.actorGid = u"100"_s;
        PronounTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const Sentence mine = EventFormatter::sentence(done, u"100"_s);
        const Sentence mineUnnamed = EventFormatter::sentence(unnamed, u"100"_s);
        const Sentence theirs = EventFormatter::sentence(done, u"7"_s);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(mine.text, u"Sie haben Fix login redirect abgeschlossen"_s);
        QVERIFY(spansInside(mine));
        QCOMPARE(boldParts(mine), fixLogin);
        QCOMPARE(mineUnnamed.text, u"Sie haben a task abgeschlossen"_s); // the placeholder, never bold
        QCOMPARE(mineUnnamed.emphasis.size(), 0);
        QCOMPARE(theirs.text, u"Dana Ruiz completed Fix login redirect"_s); // by a name: its own message
    }

    void byNameAndByYou_readAsActiveSentencesInGermanAndFrench_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<EventFacts>("facts");
        QTest::addColumn<QString>("text");
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale fr(QLocale::French, QLocale::France);
        const QString me = u"100"_s;
        const auto by = [](EventFacts f, const QString& actorGid, const QString& valueGid = {}) {
            f.actorGid = actorGid;
            f.changeValueGid = valueGid;
            return f;
        };
        const EventFacts done = by(taskChange(carlos, fixLogin, u"completed"_s), u"7"_s);
        const EventFacts comment = by(story(carlos, u"comment_added"_s, fixLogin), u"7"_s);
        const EventFacts moved =
            by(membership(carlos, u"added"_s, u"task"_s, fixLogin, u"section"_s, u"Done"_s), u"7"_s);
        EventFacts due = by(taskChange(carlos, fixLogin, u"due_on"_s), u"7"_s);
        due.storyText = u"changed the due date from Dec 1 to Dec 3"_s;
        const EventFacts assigned = taskChange(carlos, fixLogin, u"assignee"_s, changed, sam, u"user"_s);
        const EventFacts follower = taskChange(carlos, fixLogin, u"followers"_s, u"added"_s, sam, u"user"_s);

        QTest::newRow("de: completed by a name")
            << de << done << u"Carlos Mendoza hat Fix login redirect abgeschlossen"_s;
        QTest::newRow("de: completed by you") << de << by(done, me) << u"Sie haben Fix login redirect abgeschlossen"_s;
        QTest::newRow("de: commented by a name")
            << de << comment << u"Carlos Mendoza hat Fix login redirect kommentiert"_s;
        QTest::newRow("de: commented by you") << de << by(comment, me) << u"Sie haben Fix login redirect kommentiert"_s;
        QTest::newRow("de: due date by you")
            << de << by(due, me)
            << u"Sie haben bei Fix login redirect das Fälligkeitsdatum von 1. Dez. auf 3. Dez. geändert"_s;
        QTest::newRow("de: assigned to you")
            << de << by(assigned, u"7"_s, me) << u"Carlos Mendoza hat Ihnen Fix login redirect zugewiesen"_s;
        QTest::newRow("de: added you as a collaborator")
            << de << by(follower, u"7"_s, me)
            << u"Carlos Mendoza hat Sie zu den Mitarbeitenden von Fix login redirect hinzugefügt"_s;
        QTest::newRow("de: nobody known")
            << de << taskChange({}, fixLogin, u"completed"_s) << u"Fix login redirect wurde abgeschlossen"_s;

        QTest::newRow("fr: completed by a name") << fr << done << u"Carlos Mendoza a terminé Fix login redirect"_s;
        QTest::newRow("fr: completed by you") << fr << by(done, me) << u"Vous avez terminé Fix login redirect"_s;
        QTest::newRow("fr: commented by a name") << fr << comment << u"Carlos Mendoza a commenté Fix login redirect"_s;
        QTest::newRow("fr: commented by you") << fr << by(comment, me) << u"Vous avez commenté Fix login redirect"_s;
        QTest::newRow("fr: moved by you") << fr << by(moved, me) << u"Vous avez déplacé Fix login redirect vers Done"_s;
        QTest::newRow("fr: assigned to you")
            << fr << by(assigned, u"7"_s, me) << u"Carlos Mendoza vous a assigné Fix login redirect"_s;
        QTest::newRow("fr: added you as a collaborator")
            << fr << by(follower, u"7"_s, me)
            << u"Carlos Mendoza vous a ajouté aux collaborateurs de Fix login redirect"_s;
        QTest::newRow("fr: you added yourself")
            << fr << by(follower, me, me) << u"Vous vous êtes ajouté aux collaborateurs de Fix login redirect"_s;
    }

    void byNameAndByYou_readAsActiveSentencesInGermanAndFrench()
    {
        QFETCH(QLocale, locale);
        QFETCH(EventFacts, facts);
        const QLocale saved;
        Translations::install(QCoreApplication::instance(), locale);
        const Sentence sentence = EventFormatter::sentence(facts, u"100"_s);
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(saved);
        QTEST(sentence.text, "text");
        QVERIFY(spansInside(sentence));
        QCOMPARE(boldParts(sentence), fixLogin);
    }

    void storyText_saysFromWhatToWhat_data()
    {
        QTest::addColumn<EventFacts>("facts");
        QTest::addColumn<QString>("text");
        const auto saying = [](EventFacts f, const QString& text) {
            f.storyText = text;
            return f;
        };
        const EventFacts due = taskChange(dana, fixLogin, u"due_on"_s);
        QTest::newRow("to") << saying(due, u"changed the due date to Dec 3"_s)
                            << u"Dana Ruiz changed the due date of Fix login redirect to Dec 3"_s;
        QTest::newRow("from, to, with the person's name first")
            << saying(due, u"Dana Ruiz changed the due date from Dec 1 to Dec 3."_s)
            << u"Dana Ruiz changed the due date of Fix login redirect from Dec 1 to Dec 3"_s;
        QTest::newRow("removed") << saying(due, u"removed the due date"_s)
                                 << u"Dana Ruiz removed the due date of Fix login redirect"_s;
        QTest::newRow("unknown wording") << saying(due, u"moved the deadline"_s)
                                         << u"Dana Ruiz changed the due date of Fix login redirect"_s;
        QTest::newRow("no text") << due << u"Dana Ruiz changed the due date of Fix login redirect"_s;
        QTest::newRow("passive") << saying(taskChange({}, fixLogin, u"due_at"_s), u"changed the due date to Dec 3"_s)
                                 << u"The due date of Fix login redirect was changed to Dec 3"_s;
        QTest::newRow("start date") << saying(taskChange(dana, fixLogin, u"start_on"_s),
                                              u"changed the start date from Nov 2 to Nov 4"_s)
                                    << u"Dana Ruiz changed the start date of Fix login redirect from Nov 2 to Nov 4"_s;
        QTest::newRow("the system story itself")
            << saying(story(dana, u"due_date_changed"_s, fixLogin), u"changed the due date to 2026-11-23"_s)
            << u"Dana Ruiz changed the due date of Fix login redirect to 2026-11-23"_s;
        QTest::newRow("a value is copied literally")
            << saying(due, u"changed the due date to %2 <b>"_s)
            << u"Dana Ruiz changed the due date of Fix login redirect to %2 <b>"_s;
        QTest::newRow("a comment that talks about dates is still a comment")
            << saying(story(dana, u"comment_added"_s, fixLogin), u"I changed the due date to Friday"_s)
            << u"Dana Ruiz commented on Fix login redirect"_s;

        const EventFacts field =
            taskChange(dana, budget, u"custom_fields"_s, changed, u"Priority"_s, u"custom_field"_s);
        QTest::newRow("field from, to") << saying(field, u"changed Priority from Low to High"_s)
                                        << u"Dana Ruiz changed Priority from Low to High on Q3 budget"_s;
        QTest::newRow("field to") << saying(field, u"changed Priority to High"_s)
                                  << u"Dana Ruiz set Priority to High on Q3 budget"_s;
        QTest::newRow("another field's story")
            << saying(field, u"changed Effort to 3"_s) << u"Dana Ruiz changed Priority on Q3 budget"_s;
    }

    void storyText_saysFromWhatToWhat()
    {
        QFETCH(EventFacts, facts);
        QFETCH(QString, text);
        const Sentence sentence = EventFormatter::sentence(facts);
        QCOMPARE(sentence.text, text);
        QVERIFY(spansInside(sentence));
        QCOMPARE(EventFormatter::kind(facts), EventFormatter::kind([&facts] {
                     EventFacts without = facts;
                     without.storyText.clear();
                     return without;
                 }())); // the text refines the sentence, never the kind
    }

    void storyDates_followTheAppLanguage_data()
    {
        QTest::addColumn<QString>("story");
        QTest::addColumn<QStringList>("shown");
        QTest::addColumn<QStringList>("notShown");
        QTest::newRow("from, to") << u"changed the due date from Dec 1 to Dec 3"_s
                                  << QStringList{u"1. Dez."_s, u"3. Dez."_s} << QStringList{u"Dec"_s};
        QTest::newRow("with a year") << u"changed the due date to Feb 29, 2028"_s << QStringList{u"29. Feb. 2028"_s}
                                     << QStringList{u"Feb 29"_s};
        QTest::newRow("a leap day without a year")
            << u"changed the due date to Feb 29"_s << QStringList{u"29. Feb."_s} << QStringList{u"Feb 29"_s};
        QTest::newRow("not a date Asana's way: kept")
            << u"changed the due date to Dec 3 at 5pm"_s << QStringList{u"Dec 3 at 5pm"_s} << QStringList{};
    }

    void storyDates_followTheAppLanguage()
    {
        // Asana writes its stories in English; the row says the dates in the app's language.
        QFETCH(QString, story);
        QFETCH(QStringList, shown);
        QFETCH(QStringList, notShown);
        EventFacts facts = taskChange(dana, fixLogin, u"due_on"_s);
        facts.storyText = story;
        const QLocale saved;
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        const QString text = EventFormatter::sentence(facts).text;
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(saved);
        for (const QString& part : shown) {
            QVERIFY2(text.contains(part), qPrintable(text));
        }
        for (const QString& part : notShown) {
            QVERIFY2(!text.contains(part), qPrintable(text));
        }
    }

    void plainTextAndExcerpt_keepTextPlainAndShort()
    {
        QCOMPARE(EventFormatter::plainText(u"a\r\nb\rc\u0007d\te\u2028f"_s, 100), u"a\nb\nc d e\nf"_s);
        QCOMPARE(EventFormatter::plainText(QString(5000, u'x'), 4000).size(), 4001); // and an ellipsis
        QCOMPARE(EventFormatter::excerpt(u"\n\n  Looks good  \n\nship it\nafter the review"_s),
                 u"Looks good\nship it\u2026"_s);
        QCOMPARE(EventFormatter::excerpt(u"one line"_s), u"one line"_s);
        QCOMPARE(EventFormatter::excerpt(QString(500, u'y'), 2, 300), QString(300, u'y') + QChar(0x2026));
        QCOMPARE(EventFormatter::excerpt(u"  \n \n"_s), QString());
    }

    void relativeTime_readsAtBoundaries_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("text");
        const QDateTime now = local(2026, 6, 17, 15, 30); // a Wednesday
        QTest::newRow("same instant") << now << now << u"just now"_s;
        QTest::newRow("59 s") << now.addSecs(-59) << now << u"just now"_s;
        QTest::newRow("59.999 s") << now.addMSecs(-59999) << now << u"just now"_s;
        QTest::newRow("1 min") << now.addSecs(-60) << now << u"1 min ago"_s;
        QTest::newRow("1 min 59 s") << now.addSecs(-119) << now << u"1 min ago"_s;
        QTest::newRow("2 min") << now.addSecs(-120) << now << u"2 min ago"_s;
        QTest::newRow("59 min 59 s") << now.addSecs(-3599) << now << u"59 min ago"_s;
        QTest::newRow("1 h") << now.addSecs(-3600) << now << u"1 h ago"_s;
        QTest::newRow("2 h") << now.addSecs(-7200) << now << u"2 h ago"_s;
        QTest::newRow("first second of today") << local(2026, 6, 17, 0, 0) << now << u"15 h ago"_s;
        QTest::newRow("future, 5 s (skew)") << now.addSecs(5) << now << u"just now"_s;
        QTest::newRow("future, 10 min (skew)") << now.addSecs(600) << now << u"just now"_s;
        QTest::newRow("last minute of yesterday") << local(2026, 6, 16, 23, 59) << now << u"yesterday 23:59"_s;
        QTest::newRow("yesterday") << local(2026, 6, 16, 14, 5) << now << u"yesterday 14:05"_s;
        QTest::newRow("2 days") << local(2026, 6, 15, 9, 12) << now << u"Mon 09:12"_s;
        QTest::newRow("6 days") << local(2026, 6, 11, 9, 12) << now << u"Thu 09:12"_s;
        QTest::newRow("6 days, midnight") << local(2026, 6, 11, 0, 0) << now << u"Thu 00:00"_s;
        QTest::newRow("7 days") << local(2026, 6, 10, 23, 59) << now << u"10 Jun 23:59"_s;
        QTest::newRow("new year's day") << local(2026, 1, 1, 0, 0) << now << u"1 Jan 00:00"_s;
        QTest::newRow("last year") << local(2025, 3, 12, 14, 5) << now << u"12 Mar 2025"_s;
        QTest::newRow("last second of last year") << local(2025, 12, 31, 23, 59, 59) << now << u"31 Dec 2025"_s;
        QTest::newRow("given in UTC") << local(2026, 6, 16, 14, 5).toUTC() << now.toUTC() << u"yesterday 14:05"_s;

        const QDateTime afterMidnight = local(2026, 6, 17, 0, 20);
        QTest::newRow("midnight crossing, 30 min") << local(2026, 6, 16, 23, 50) << afterMidnight << u"30 min ago"_s;
        QTest::newRow("midnight crossing, 59 min") << local(2026, 6, 16, 23, 21) << afterMidnight << u"59 min ago"_s;
        QTest::newRow("midnight crossing, 1 h") << local(2026, 6, 16, 23, 20) << afterMidnight << u"yesterday 23:20"_s;
        QTest::newRow("1 h, same day") << local(2026, 6, 17, 0, 5) << local(2026, 6, 17, 1, 5) << u"1 h ago"_s;

        const QDateTime january = local(2026, 1, 2, 10, 0);
        QTest::newRow("new year crossing, yesterday")
            << local(2025, 12, 31, 9, 0) << local(2026, 1, 1, 10, 0) << u"yesterday 09:00"_s;
        QTest::newRow("new year crossing, weekday") << local(2025, 12, 30, 9, 0) << january << u"Tue 09:00"_s;
        QTest::newRow("new year crossing, older") << local(2025, 12, 20, 9, 0) << january << u"20 Dec 2025"_s;
    }
    void relativeTime_readsAtBoundaries()
    {
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, now);
        QFETCH(QString, text);
        QCOMPARE(EventFormatter::relativeTime(when, now), text);
    }

    void dates_followTheAppLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("weekday");
        QTest::addColumn<QString>("thisYear");
        QTest::addColumn<QString>("header");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"Mon 09:12"_s << u"12 Mar 09:12"_s
                            << u"Thursday 12 March"_s;
        QTest::newRow("de") << QLocale(QLocale::German, QLocale::Germany) << u"Mo. 09:12"_s << u"12. März 09:12"_s
                            << u"Donnerstag, 12. März"_s;
        QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << u"lun. 09:12"_s << u"12 mars 09:12"_s
                            << u"jeudi 12 mars"_s;
    }

    void dates_followTheAppLanguage()
    {
        // Translations::install chooses the words, the patterns and the default locale's names.
        QFETCH(QLocale, locale);
        const QLocale saved;
        Translations::install(QCoreApplication::instance(), locale);
        const QString weekday = EventFormatter::relativeTime(local(2026, 6, 15, 9, 12), local(2026, 6, 17, 15, 30));
        const QString thisYear = EventFormatter::relativeTime(local(2026, 3, 12, 9, 12), local(2026, 6, 17, 15, 30));
        const QString header = EventFormatter::dayHeader(QDate(2026, 3, 12), QDate(2026, 6, 17));
        Translations::install(QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(saved);
        QTEST(weekday, "weekday");
        QTEST(thisYear, "thisYear");
        QTEST(header, "header");
    }

    void relativeTime_invalidInput_isEmpty()
    {
        QCOMPARE(EventFormatter::relativeTime(QDateTime(), local(2026, 6, 17, 15, 30)), QString());
        QVERIFY(!EventFormatter::nextChange(QDateTime(), local(2026, 6, 17, 15, 30)).isValid());
    }

    void nextChange_isExactAtBoundaries_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("next");
        const QDateTime w = local(2026, 6, 17, 9, 12);
        QTest::newRow("30 s") << w << w.addSecs(30) << w.addSecs(60);
        QTest::newRow("exactly 1 min") << w << w.addSecs(60) << w.addSecs(120);
        QTest::newRow("5 min 10 s") << w << w.addSecs(310) << w.addSecs(360);
        QTest::newRow("59 min 30 s") << w << w.addSecs(3570) << w.addSecs(3600);
        QTest::newRow("exactly 1 h") << w << w.addSecs(3600) << w.addSecs(7200);
        QTest::newRow("5 h 30 min") << w << w.addSecs(5 * 3600 + 1800) << w.addSecs(6 * 3600);
        QTest::newRow("future (skew)") << w.addSecs(600) << w << w.addSecs(660);
        QTest::newRow("hours end at midnight")
            << local(2026, 6, 17, 21, 40) << local(2026, 6, 17, 23, 50) << local(2026, 6, 18, 0, 0);
        QTest::newRow("minutes go on past midnight")
            << local(2026, 6, 17, 23, 50) << local(2026, 6, 18, 0, 5) << local(2026, 6, 18, 0, 6);
        QTest::newRow("yesterday ends at midnight")
            << local(2026, 6, 16, 14, 5) << local(2026, 6, 17, 10, 0) << local(2026, 6, 18, 0, 0);
        QTest::newRow("weekday ends a week later")
            << local(2026, 6, 14, 14, 5) << local(2026, 6, 17, 10, 0) << local(2026, 6, 21, 0, 0);
        QTest::newRow("this year ends on new year")
            << local(2026, 6, 7, 14, 5) << local(2026, 6, 17, 10, 0) << local(2027, 1, 1, 0, 0);
        QTest::newRow("last year never changes")
            << local(2025, 6, 7, 14, 5) << local(2026, 6, 17, 10, 0) << QDateTime();
    }
    void nextChange_isExactAtBoundaries()
    {
        QFETCH(QDateTime, when);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, next);
        const QDateTime actual = EventFormatter::nextChange(when, now);
        QCOMPARE(actual.isValid(), next.isValid());
        if (next.isValid()) {
            QCOMPARE(actual, next);
        }
    }

    void nextChange_walksEveryReadingUntilTheTextSettles_data()
    {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("last");
        QTest::newRow("morning") << local(2026, 6, 17, 9, 12) << u"17 Jun 2026"_s;
        QTest::newRow("late evening") << local(2026, 6, 17, 23, 50) << u"17 Jun 2026"_s;
        QTest::newRow("just before new year") << local(2025, 12, 28, 22, 15) << u"28 Dec 2025"_s;
    }
    void nextChange_walksEveryReadingUntilTheTextSettles()
    {
        QFETCH(QDateTime, when);
        QFETCH(QString, last);
        QDateTime now = when.addSecs(-30);
        QStringList readings{EventFormatter::relativeTime(when, now)};
        for (int step = 0; step < 1000; ++step) {
            const QDateTime next = EventFormatter::nextChange(when, now);
            if (!next.isValid()) {
                break;
            }
            QVERIFY2(next > now, qPrintable(now.toString(Qt::ISODate)));
            const QString current = EventFormatter::relativeTime(when, now);
            QCOMPARE(EventFormatter::relativeTime(when, next.addMSecs(-1)), current);
            QVERIFY2(EventFormatter::relativeTime(when, next) != current, qPrintable(current));
            now = next;
            readings.append(EventFormatter::relativeTime(when, now));
        }
        QCOMPARE(readings.last(), last);
        QVERIFY(readings.contains(u"59 min ago"_s));
        QVERIFY(readings.contains(u"1 h ago"_s) || readings.contains(u"yesterday %1"_s.arg(when.toString(u"HH:mm"))));
        QVERIFY(!EventFormatter::nextChange(when, now.addYears(1)).isValid());
    }

    void nextChange_neverGoesBackAsTimePasses()
    {
        const QDateTime when = local(2026, 6, 17, 22, 47, 13);
        QDateTime previous;
        for (QDateTime now = when.addSecs(-90); now < when.addDays(9); now = now.addSecs(7 * 60 + 17)) {
            const QDateTime next = EventFormatter::nextChange(when, now);
            QVERIFY(next.isValid());
            QVERIFY(next > now);
            QCOMPARE(EventFormatter::relativeTime(when, next.addMSecs(-1)), EventFormatter::relativeTime(when, now));
            if (previous.isValid()) {
                QVERIFY2(next >= previous, qPrintable(now.toString(Qt::ISODate)));
            }
            previous = next;
        }
    }

    void dayHeader_readsLikeACalendar_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("text");
        const QDate today(2026, 11, 25);
        QTest::newRow("today") << today << today << u"Today"_s;
        QTest::newRow("yesterday") << QDate(2026, 11, 24) << today << u"Yesterday"_s;
        QTest::newRow("this year") << QDate(2026, 11, 23) << today << u"Monday 23 November"_s;
        QTest::newRow("new year's day") << QDate(2026, 1, 1) << today << u"Thursday 1 January"_s;
        QTest::newRow("last year") << QDate(2025, 11, 23) << today << u"23 November 2025"_s;
        QTest::newRow("yesterday across new year") << QDate(2025, 12, 31) << QDate(2026, 1, 1) << u"Yesterday"_s;
        QTest::newRow("before that, last year") << QDate(2025, 12, 30) << QDate(2026, 1, 1) << u"30 December 2025"_s;
    }
    void dayHeader_readsLikeACalendar()
    {
        QFETCH(QDate, day);
        QFETCH(QDate, today);
        QFETCH(QString, text);
        QCOMPARE(EventFormatter::dayHeader(day, today), text);
    }

    void gapSentence_saysWhichStretchMayBeMissing_data()
    {
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<QDateTime>("detected");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("text");
        const QDateTime since = local(2026, 6, 17, 14, 5);
        const QDateTime detected = local(2026, 6, 17, 16, 30);
        QTest::newRow("same day") << since << detected << QDateTime()
                                  << u"Events between 14:05 and 16:30 may be missing"_s;
        QTest::newRow("same day, today") << since << detected << local(2026, 6, 17, 17, 0)
                                         << u"Events between 14:05 and 16:30 may be missing"_s;
        QTest::newRow("as the model passes it: UTC")
            << since.toUTC() << detected.toUTC() << QDateTime() << u"Events between 14:05 and 16:30 may be missing"_s;
        QTest::newRow("no start") << QDateTime() << detected << QDateTime() << u"Events before 16:30 may be missing"_s;
        QTest::newRow("no start, another day")
            << QDateTime() << detected << local(2026, 6, 20, 9, 0) << u"Events before 17 Jun 16:30 may be missing"_s;
        QTest::newRow("overnight, today")
            << local(2026, 6, 16, 22, 10) << local(2026, 6, 17, 8, 30) << local(2026, 6, 17, 9, 0)
            << u"Events between yesterday 22:10 and 08:30 may be missing"_s;
        QTest::newRow("overnight, no now") << local(2026, 6, 16, 22, 10) << local(2026, 6, 17, 8, 30) << QDateTime()
                                           << u"Events between 16 Jun 22:10 and 08:30 may be missing"_s;
        QTest::newRow("one earlier day") << local(2026, 3, 12, 14, 5) << local(2026, 3, 12, 16, 30)
                                         << local(2026, 6, 17, 9, 0)
                                         << u"Events between 12 Mar 14:05 and 16:30 may be missing"_s;
        QTest::newRow("two earlier days")
            << local(2026, 3, 10, 14, 5) << local(2026, 3, 12, 16, 30) << local(2026, 6, 17, 9, 0)
            << u"Events between 10 Mar 14:05 and 12 Mar 16:30 may be missing"_s;
        QTest::newRow("from last year") << local(2025, 12, 30, 22, 10) << local(2026, 1, 2, 8, 30)
                                        << local(2026, 1, 2, 9, 0)
                                        << u"Events between 30 Dec 2025 22:10 and 08:30 may be missing"_s;
        QTest::newRow("no detection time") << since << QDateTime() << QDateTime() << u"Some events may be missing"_s;
    }
    void gapSentence_saysWhichStretchMayBeMissing()
    {
        QFETCH(QDateTime, since);
        QFETCH(QDateTime, detected);
        QFETCH(QDateTime, now);
        QFETCH(QString, text);
        const Sentence sentence = EventFormatter::gapSentence(since, detected, now);
        QCOMPARE(sentence.text, text);
        QVERIFY(sentence.emphasis.isEmpty());
    }

    void gapSentence_namesTheSubscription_inBold()
    {
        const QDateTime since = local(2026, 6, 17, 14, 5);
        const QDateTime detected = local(2026, 6, 17, 16, 30);
        const QString name = u"Launch plan"_s;
        Sentence sentence = EventFormatter::gapSentence(since, detected, {}, name);
        QCOMPARE(sentence.text, u"Launch plan: events between 14:05 and 16:30 may be missing"_s);
        QCOMPARE(sentence.emphasis, QList<QPoint>{QPoint(0, int(name.size()))});
        sentence = EventFormatter::gapSentence({}, detected, {}, name);
        QCOMPARE(sentence.text, u"Launch plan: events before 16:30 may be missing"_s);
        sentence = EventFormatter::gapSentence(since, {}, {}, name);
        QCOMPARE(sentence.text, u"Launch plan: some events may be missing"_s);
        // A name is a name: "%1" in it is not a place for the times.
        sentence = EventFormatter::gapSentence(since, detected, {}, u"Q%1 %2 plan"_s);
        QCOMPARE(sentence.text, u"Q%1 %2 plan: events between 14:05 and 16:30 may be missing"_s);
    }

    void kindName_labelsEveryFilterChip()
    {
        using K = EventKind;
        const QList<std::pair<K, QString>> expected{
            {K::Comment, u"Comments"_s},  {K::Created, u"Created"_s},     {K::Completed, u"Completed"_s},
            {K::Assigned, u"Assigned"_s}, {K::DueDate, u"Due dates"_s},   {K::Moved, u"Moved"_s},
            {K::Renamed, u"Renamed"_s},   {K::FieldChanged, u"Fields"_s}, {K::Followers, u"Collaborators"_s},
            {K::Deleted, u"Deleted"_s},   {K::System, u"System"_s},       {K::Other, u"Other"_s},
        };
        QStringList seen;
        for (const auto& [kind, label] : expected) {
            QCOMPARE(EventFormatter::kindName(kind), label);
            seen.append(EventFormatter::kindName(kind));
        }
        seen.removeDuplicates();
        QCOMPARE(seen.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestEventFormatter)
#include "tst_eventformatter.moc"
