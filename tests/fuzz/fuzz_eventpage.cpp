// fuzz_eventpage: EventPage, the one-pass reader of GET /events answers and of stored events,
// against Qt's JSON parser as the reference. For any input: it is never looser than Qt (what it
// reads, Qt reads as a page); each event's fields, bytes (as Qt reads them) and key are what Qt's
// tree says, the key being DESIGN.md's; the three details agree on the page, the keys, the times
// and the bytes; an event's bytes read back (as from the store) are the same event.
#include "FuzzCheck.h"
#include "QtReference.h"
#include "api/EventPage.h"

using namespace AsanaFeed;
using namespace AsanaFeed::QtReference;

namespace {

void checkAgainstQt(const Event& event, const QJsonObject& reference)
{
    FUZZ_CHECK(!event.json().contains('\n'), "an event's bytes are one line");
    FUZZ_CHECK(event.raw() == reference, "an event's bytes read as Qt reads the element");
    FUZZ_CHECK(event.packedKey() == event.computeKey(), "the key read with the page is the key of its fields");
    FUZZ_CHECK(event.key() == designKey(reference), "the key is DESIGN.md's key of Qt's reading");
    FUZZ_CHECK(event.createdAt == parseAsanaTimestamp(reference.value(QLatin1String("created_at")).toString()),
               "the time is Qt's reading of created_at");
    // Kept and read back from the store: the same event, the same key.
    const Parsed<Event> stored = EventPage::parseEvent(event.json());
    FUZZ_CHECK(stored.ok(), "an event's bytes can be read back");
    FUZZ_CHECK(stored.value().raw() == reference, "an event read back is the same event");
    FUZZ_CHECK(stored.value().key() == event.key(), "an event read back has the same key");
}

void checkFields(const Event& event, const QJsonObject& reference)
{
    FUZZ_CHECK(event.resource == *refOf(reference.value(QLatin1String("resource"))), "the resource is Qt's");
    FUZZ_CHECK(event.user == refOf(reference.value(QLatin1String("user"))), "the user is Qt's");
    FUZZ_CHECK(event.parent == refOf(reference.value(QLatin1String("parent"))), "the parent is Qt's");
    FUZZ_CHECK(event.action == reference.value(QLatin1String("action")).toString(), "the action is Qt's");
    const QString type = reference.value(QLatin1String("type")).toString();
    FUZZ_CHECK(event.type == (type.isEmpty() ? event.resource.type : type), "the type is Qt's (else the resource's)");
    const QJsonValue change = reference.value(QLatin1String("change"));
    FUZZ_CHECK(event.change.has_value() == change.isObject(), "a change is there when Qt has one");
    if (event.change) {
        const QJsonObject object = change.toObject();
        FUZZ_CHECK(event.change->field == object.value(QLatin1String("field")).toString(), "the field is Qt's");
        FUZZ_CHECK(event.change->action == object.value(QLatin1String("action")).toString(), "the change is Qt's");
        FUZZ_CHECK(event.change->newValue == refOf(object.value(QLatin1String("new_value"))), "new_value is Qt's");
        FUZZ_CHECK(event.change->addedValue == refOf(object.value(QLatin1String("added_value"))),
                   "added_value is Qt's");
        FUZZ_CHECK(event.change->removedValue == refOf(object.value(QLatin1String("removed_value"))),
                   "removed_value is Qt's");
    }
}

void checkStoredEvent(const QByteArray& input)
{
    const Parsed<Event> stored = EventPage::parseEvent(input);
    if (!stored.ok()) {
        return;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(), "a stored event Qt reads too");
    checkAgainstQt(stored.value(), document.object());
    checkFields(stored.value(), document.object());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    checkStoredEvent(input);

    const Parsed<EventsPage> full = EventPage::parse(input, EventPage::Detail::Full);
    const Parsed<EventsPage> identity = EventPage::parse(input, EventPage::Detail::Identity);
    const Parsed<EventsPage> bytes = EventPage::parse(input, EventPage::Detail::Bytes);
    FUZZ_CHECK(full.ok() == identity.ok() && full.ok() == bytes.ok(), "every detail takes or refuses the same page");
    if (!full.ok()) {
        return 0; // stricter than Qt is allowed ("1.", "\x", deep nesting): never looser
    }
    const std::optional<QtView> reference = qtView(input);
    FUZZ_CHECK(reference.has_value(), "a page EventPage reads, Qt reads as a page");
    const EventsPage& page = full.value();
    FUZZ_CHECK(page.sync == reference->sync, "the sync token is Qt's");
    FUZZ_CHECK(page.hasMore == reference->hasMore, "has_more is Qt's");
    FUZZ_CHECK(page.events.size() == reference->events.size(), "as many events as Qt reads");
    for (const Parsed<EventsPage>* other : {&identity, &bytes}) {
        FUZZ_CHECK(other->value().sync == page.sync && other->value().hasMore == page.hasMore &&
                       other->value().events.size() == page.events.size(),
                   "every detail reads the same page");
    }
    for (qsizetype i = 0; i < page.events.size(); ++i) {
        const Event& event = page.events.at(i);
        checkAgainstQt(event, reference->events.at(i));
        checkFields(event, reference->events.at(i));
        for (const Parsed<EventsPage>* other : {&identity, &bytes}) {
            const Event& lean = other->value().events.at(i);
            FUZZ_CHECK(lean.key() == event.key(), "every detail computes the same key");
            FUZZ_CHECK(lean.createdAt == event.createdAt, "every detail reads the same time");
            FUZZ_CHECK(lean.json() == event.json(), "every detail keeps the same bytes");
        }
        FUZZ_CHECK(identity.value().events.at(i).user.has_value() == event.user.has_value() &&
                       (!event.user || identity.value().events.at(i).user->gid == event.user->gid),
                   "Identity keeps who acted");
    }
    return 0;
}
