// Parsing of Asana events and /events pages: every field, tolerance of odd input, and the
// event key.
#include "api/Event.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace AsanaFeed;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char* const fullEvent = R"({
  "action": "changed",
  "change": {"action": "changed", "field": "assignee",
             "new_value": {"gid": "42", "resource_type": "user", "name": "Priya Shah"}},
  "created_at": "2026-11-29T04:38:58.147Z",
  "parent": null,
  "resource": {"gid": "1337", "resource_type": "task", "resource_subtype": "default_task", "name": "Q3 budget"},
  "type": "task",
  "user": {"gid": "1123", "resource_type": "user", "name": "Sam Lee"},
  "future_field": {"nested": [1, 2, 3]}
})";

} // namespace

class TestEvent final : public QObject
{
    Q_OBJECT

private slots:
    void fullEvent_parsesEveryField()
    {
        const Parsed<Event> parsed = parseEvent(json(fullEvent));
        QVERIFY(parsed.ok());
        const Event& event = parsed.value();
        QVERIFY(event.user);
        QCOMPARE(event.user->gid, QStringLiteral("1123"));
        QCOMPARE(event.user->name, QStringLiteral("Sam Lee"));
        QCOMPARE(event.resource.gid, QStringLiteral("1337"));
        QCOMPARE(event.resource.type, QStringLiteral("task"));
        QCOMPARE(event.resource.subtype, QStringLiteral("default_task"));
        QCOMPARE(event.resource.name, QStringLiteral("Q3 budget"));
        QCOMPARE(event.type, QStringLiteral("task"));
        QCOMPARE(event.action, QStringLiteral("changed"));
        QVERIFY(!event.parent);
        QVERIFY(event.change);
        QCOMPARE(event.change->field, QStringLiteral("assignee"));
        QCOMPARE(event.change->action, QStringLiteral("changed"));
        QVERIFY(event.change->newValue);
        QCOMPARE(event.change->newValue->name, QStringLiteral("Priya Shah"));
        QCOMPARE(event.change->valueGid(), QStringLiteral("42"));
        QCOMPARE(event.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(event.createdAt, QDateTime(QDate(2026, 11, 29), QTime(4, 38, 58, 147), Qt::UTC));
    }

    void rawObject_isKeptWhole()
    {
        const QJsonObject object = json(fullEvent);
        const Parsed<Event> parsed = parseEvent(object);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().raw(), object);
        QCOMPARE(parsed.value().raw().value(QStringLiteral("future_field")).toObject().value(QStringLiteral("nested")),
                 QJsonValue(QJsonArray{1, 2, 3}));
    }

    void nullUserAndUnknownAction_areKept()
    {
        const Parsed<Event> parsed = parseEvent(json(R"({"action": "teleported", "user": null,
            "resource": {"gid": "9", "resource_type": "hologram"}, "created_at": "2026-01-01T00:00:00.000Z"})"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().user);
        QCOMPARE(parsed.value().action, QStringLiteral("teleported"));
        QCOMPARE(parsed.value().resource.type, QStringLiteral("hologram"));
        QCOMPARE(parsed.value().type, QStringLiteral("hologram")); // filled in from the resource
    }

    void addedEvent_hasParent()
    {
        const Parsed<Event> parsed = parseEvent(json(R"({"action": "added", "user": {"gid": "1"},
            "resource": {"gid": "2", "resource_type": "story", "resource_subtype": "comment_added", "name": "commented"},
            "parent": {"gid": "3", "resource_type": "task", "name": "Launch plan"},
            "created_at": "2026-01-01T00:00:00.000Z"})"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().parent);
        QCOMPARE(parsed.value().parent->name, QStringLiteral("Launch plan"));
        QCOMPARE(parsed.value().resource.subtype, QStringLiteral("comment_added"));
        QVERIFY(!parsed.value().change);
    }

    void oddOptionalFields_stillParse()
    {
        // Webhook-style event: no names, no change, no type; a change block of the wrong type.
        const Parsed<Event> parsed = parseEvent(json(R"({"action": "changed", "user": "not an object",
            "resource": {"gid": "1154849068499809", "resource_type": "task"}, "parent": 17, "change": [],
            "created_at": "yesterday"})"));
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().user);
        QVERIFY(!parsed.value().parent);
        QVERIFY(!parsed.value().change);
        QVERIFY(!parsed.value().createdAt.isValid());
        QCOMPARE(parsed.value().key().size(), 16);
    }

    void eventWithoutResource_isAnError()
    {
        const Parsed<Event> parsed =
            parseEvent(json(R"({"action": "added", "created_at": "2026-01-01T00:00:00.000Z"})"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ApiError::Kind::MalformedBody);
        QVERIFY(parsed.error().summary().contains(QStringLiteral("no resource")));
    }

    void page_parsesEventsInOrder()
    {
        const Parsed<EventsPage> page = parseEventsPage(json(R"({"data": [
            {"action": "added", "resource": {"gid": "1", "resource_type": "task"}, "created_at": "2026-01-01T00:00:00.001Z"},
            {"action": "added", "resource": {"gid": "2", "resource_type": "task"}, "created_at": "2026-01-01T00:00:00.002Z"}],
            "sync": "abc", "has_more": true})"));
        QVERIFY(page.ok());
        QCOMPARE(page.value().sync, QStringLiteral("abc"));
        QVERIFY(page.value().hasMore);
        QCOMPARE(page.value().events.size(), 2);
        QCOMPARE(page.value().events.at(0).resource.gid, QStringLiteral("1"));
        QCOMPARE(page.value().events.at(1).resource.gid, QStringLiteral("2"));
    }

    void malformedPage_isAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("data not an array") << QByteArray(R"({"data": {}, "sync": "a"})") << QStringLiteral("data");
        QTest::newRow("no data") << QByteArray(R"({"sync": "a"})") << QStringLiteral("data");
        QTest::newRow("no sync") << QByteArray(R"({"data": []})") << QStringLiteral("sync");
        QTest::newRow("event not an object")
            << QByteArray(R"({"data": [3], "sync": "a"})") << QStringLiteral("event 0");
        QTest::newRow("event without resource")
            << QByteArray(R"({"data": [{"action": "added", "resource": {"gid": "1"}}, {"action": "x"}], "sync": "a"})")
            << QStringLiteral("event 1");
    }

    void malformedPage_isAnError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const Parsed<EventsPage> page = parseEventsPage(QJsonDocument::fromJson(body).object());
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ApiError::Kind::MalformedBody);
        QVERIFY2(page.error().summary().contains(expected), qPrintable(page.error().summary()));
    }

    void key_isStableAndTellsEventsApart()
    {
        const Event a = parseEvent(json(fullEvent)).value();
        const Event sameAgain = parseEvent(json(fullEvent)).value();
        QCOMPARE(a.key(), sameAgain.key());
        QCOMPARE(a.key().size(), 16);

        QJsonObject other = json(fullEvent);
        other[QStringLiteral("created_at")] = QStringLiteral("2026-11-29T04:38:58.148Z");
        QVERIFY(parseEvent(other).value().key() != a.key());

        QJsonObject otherAssignee = json(fullEvent);
        QJsonObject change = otherAssignee.value(QStringLiteral("change")).toObject();
        change[QStringLiteral("new_value")] = QJsonObject{{QStringLiteral("gid"), QStringLiteral("43")}};
        otherAssignee[QStringLiteral("change")] = change;
        QVERIFY(parseEvent(otherAssignee).value().key() != a.key());

        // A renamed resource is still the same event: names are not part of the key.
        QJsonObject renamed = json(fullEvent);
        QJsonObject resource = renamed.value(QStringLiteral("resource")).toObject();
        resource[QStringLiteral("name")] = QStringLiteral("Q4 budget");
        renamed[QStringLiteral("resource")] = resource;
        QCOMPARE(parseEvent(renamed).value().key(), a.key());
    }

    void page_keepsEachEventsOriginalBytes()
    {
        // Pretty-printed, keys in Asana's order (not alphabetical), escapes as sent.
        const QByteArray body = "{ \"sync\": \"s\",\n  \"data\": [\n"
                                "    {\"resource\": {\"gid\": \"1\", \"name\": \"a \\\"b\\\" c, [d] {e}\"},\n"
                                "     \"action\": \"added\", \"created_at\": \"2026-01-01T00:00:00.001Z\"},\n"
                                "    {\"resource\": {\"gid\": \"2\", \"name\": \"\\u00e9 \xf0\x9f\x9a\x80\"},"
                                " \"action\": \"x\", \"n\": [1, 2.5e3, null, true]}\n  ],\n"
                                "  \"has_more\": false }";
        const Parsed<EventsPage> page = parseEventsPage(QJsonDocument::fromJson(body).object(), body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().events.size(), 2);
        QCOMPARE(page.value().events.at(0).json(),
                 QByteArray("{\"resource\":{\"gid\":\"1\",\"name\":\"a \\\"b\\\" c, [d] {e}\"},\"action\":\"added\","
                            "\"created_at\":\"2026-01-01T00:00:00.001Z\"}"));
        QCOMPARE(page.value().events.at(1).json(),
                 QByteArray("{\"resource\":{\"gid\":\"2\",\"name\":\"\\u00e9 \xf0\x9f\x9a\x80\"},"
                            "\"action\":\"x\",\"n\":[1,2.5e3,null,true]}"));
        // And the bytes say the same as the parsed object.
        for (const Event& event : page.value().events) {
            QCOMPARE(QJsonDocument::fromJson(event.json()).object(), event.raw());
        }
    }

    void page_withRawControlCharacters_isReserialisedOnOneLine()
    {
        // Qt's parser accepts a literal newline inside a string; the printed event must not.
        const QByteArray body = "{\"data\":[{\"resource\":{\"gid\":\"1\",\"name\":\"a\nb\"},\"action\":\"x\"}],"
                                "\"sync\":\"s\"}";
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const Parsed<EventsPage> page = parseEventsPage(object, body);
        QVERIFY(page.ok());
        QVERIFY(!page.value().events.at(0).json().contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(page.value().events.at(0).json()).object(), page.value().events.at(0).raw());
    }

    void page_withAnEscapedDataKey_trustsTheParser()
    {
        const QByteArray body = "{\"data\":[{\"resource\":{\"gid\":\"1\"},\"action\":\"a\"}],"
                                "\"d\\u0061ta\":[{\"resource\":{\"gid\":\"2\"},\"action\":\"b\"}],\"sync\":\"s\"}";
        const Parsed<EventsPage> page = parseEventsPage(QJsonDocument::fromJson(body).object(), body);
        QVERIFY(page.ok());
        QCOMPARE(page.value().events.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(page.value().events.at(0).json()).object(), page.value().events.at(0).raw());
    }

    void page_withoutRawBytes_reserialises()
    {
        const Parsed<EventsPage> page = parseEventsPage(json(R"({"data": [{"resource": {"gid": "1"}, "action": "a"}],
            "sync": "s"})"));
        QVERIFY(page.ok());
        QCOMPARE(QJsonDocument::fromJson(page.value().events.at(0).json()).object(), page.value().events.at(0).raw());
    }

    void timestamps_areUtcWithMilliseconds()
    {
        const QDateTime when = parseAsanaTimestamp(QStringLiteral("2012-02-22T02:06:58.147Z"));
        QVERIFY(when.isValid());
        QCOMPARE(when.timeSpec(), Qt::UTC);
        QCOMPARE(when.time().msec(), 147);
        const QDateTime offset = parseAsanaTimestamp(QStringLiteral("2012-02-22T03:06:58.147+01:00"));
        QCOMPARE(offset, when);
        QCOMPARE(offset.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestEvent)
#include "tst_event.moc"
