#include "feed/EventModel.h"

#include "api/EventPage.h"
#include "feed/EventRoles.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QPoint>
#include <QSet>

#include <algorithm>
#include <limits>

namespace AsanaFeed {

using namespace EventRoles;

// --- StringPool

StringPool::StringPool()
{
    clear();
}

void StringPool::clear()
{
    m_strings = {QString()};
    m_folded = {QString()};
    m_index.clear();
    m_index.insert(QString(), 0);
}

quint32 StringPool::intern(const QString& text)
{
    if (text.isEmpty()) {
        return 0;
    }
    const auto found = m_index.constFind(text);
    if (found != m_index.cend()) {
        return found.value();
    }
    const auto index = quint32(m_strings.size());
    m_strings.append(text);
    QString folded = fold(text);
    // Share the storage when folding changed nothing (most gids, many names in lower case).
    m_folded.append(folded == text ? text : std::move(folded));
    m_index.insert(text, index);
    return index;
}

QString StringPool::fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            out += c;
        }
    }
    return out.toCaseFolded();
}

qsizetype StringPool::bytes() const
{
    // Each string's characters and header (shared ones once), plus the containers.
    qsizetype total = m_strings.size() * qsizetype(2 * sizeof(QString) + sizeof(quint32) + 16);
    for (qsizetype i = 0; i < m_strings.size(); ++i) {
        total += m_strings.at(i).size() * 2 + 16;
        if (!m_folded.at(i).isSharedWith(m_strings.at(i))) {
            total += m_folded.at(i).size() * 2 + 16;
        }
    }
    return total;
}

// --- EventModel

EventModel::EventModel(EventStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &EventStore::pruned, this, &EventModel::recountBadge);
    }
}

EventModel::~EventModel() = default;

void EventModel::setSubscriptionNames(const QHash<QString, QString>& names)
{
    m_subscriptionNames = names;
    internSubscriptionNames();
    for (Row& row : m_rows) {
        row.subscriptionName = subscriptionNameIndex(row.subscription);
    }
    if (!m_rows.isEmpty()) {
        // Gap rows say the name in their sentence.
        emit dataChanged(index(0), index(rowCount() - 1),
                         {ProjectNameRole, Qt::DisplayRole, Qt::AccessibleTextRole, SentenceRole, SentenceSpansRole});
    }
}

void EventModel::internSubscriptionNames()
{
    m_subscriptionNameIndex.clear();
    for (auto it = m_subscriptionNames.cbegin(); it != m_subscriptionNames.cend(); ++it) {
        m_subscriptionNameIndex.insert(m_strings.intern(it.key()), m_strings.intern(it.value()));
    }
}

EventModel::Row EventModel::makeRow(const QString& subscription, const Event& event, qint64 id, bool unread, bool done)
{
    const EventFacts facts = EventFacts::from(event);
    Row row;
    row.id = id;
    row.createdAtMs = event.createdAt.isValid() ? event.createdAt.toMSecsSinceEpoch() : 0;
    row.actor = m_strings.intern(facts.actor);
    row.actorGid = m_strings.intern(facts.actorGid);
    row.action = m_strings.intern(facts.action);
    row.resourceName = m_strings.intern(facts.resourceName);
    row.resourceType = m_strings.intern(facts.resourceType);
    row.resourceSubtype = m_strings.intern(facts.resourceSubtype);
    row.resourceGid = m_strings.intern(event.resource.gid);
    row.parentName = m_strings.intern(facts.parentName);
    row.parentType = m_strings.intern(facts.parentType);
    row.parentGid = m_strings.intern(event.parent ? event.parent->gid : QString());
    row.changeField = m_strings.intern(facts.changeField);
    row.changeAction = m_strings.intern(facts.changeAction);
    row.changeValueName = m_strings.intern(facts.changeValueName);
    row.changeValueType = m_strings.intern(facts.changeValueType);
    row.changeSubValueName = m_strings.intern(facts.changeSubValueName);
    row.changeValueGid = m_strings.intern(facts.changeValueGid);
    row.subscription = m_strings.intern(subscription);
    row.subscriptionName = subscriptionNameIndex(row.subscription);
    row.unread = unread;
    row.done = done;
    applyDetails(row);
    return row;
}

void EventModel::applyDetails(Row& row)
{
    if (row.gap) {
        return;
    }
    // A name the event gave stays; one the details gave is replaced by fresher details.
    const auto fill = [this, &row](quint32& field, quint32 gid, quint8 bit) {
        if (gid == 0 || (field != 0 && !(row.filled & bit))) {
            return;
        }
        const StoredDetail* known = detail(m_strings.at(gid));
        if (known && !known->name.isEmpty()) {
            field = m_strings.intern(known->name);
            row.filled |= bit;
        }
    };
    const auto is = [this](quint32 index, QLatin1String text) { return m_strings.at(index) == text; };
    fill(row.actor, row.actorGid, FilledActor);
    if (is(row.resourceType, QLatin1String("task"))) {
        fill(row.resourceName, row.resourceGid, FilledResource);
    }
    if (is(row.parentType, QLatin1String("task"))) {
        fill(row.parentName, row.parentGid, FilledParent);
    }
    if (is(row.changeValueType, QLatin1String("user"))) {
        fill(row.changeValueName, row.changeValueGid, FilledValue);
    }
    // A story's details say what kind of story it is (asking /events for names leaves that out)
    // and what it says; a row that has a system story folded into it reads that story's text.
    const quint32 story = is(row.resourceType, QLatin1String("story")) ? row.resourceGid : row.companion;
    if (const StoredDetail* known = story ? detail(m_strings.at(story)) : nullptr) {
        if (story == row.resourceGid && !known->name.isEmpty() &&
            (row.resourceSubtype == 0 || (row.filled & FilledSubtype))) {
            row.resourceSubtype = m_strings.intern(known->name); // a story's "name" is its subtype
            row.filled |= FilledSubtype;
        }
        row.storyText = m_strings.intern(known->text);
    }
    compose(row);
}

void EventModel::compose(Row& row)
{
    const EventFacts facts = factsOf(row);
    row.kind = quint8(EventFormatter::kind(facts));
    const Sentence sentence = EventFormatter::sentence(facts, m_me);

    // The sentence's own words (not its names), folded and shared: "completed", "assigned to"…
    QString skeleton = sentence.text;
    for (const QString* name :
         {&facts.actor, &facts.resourceName, &facts.parentName, &facts.changeValueName, &facts.changeSubValueName}) {
        if (!name->isEmpty()) {
            skeleton.replace(*name, QStringLiteral("\u2026"));
        }
    }
    row.skeleton = m_strings.intern(skeleton);

    // What the row shows: the names its sentence holds (a story's "name", a person shown as
    // "You", are not shown), its project line, a comment's first lines.
    const auto inSentence = [this, &sentence](quint32 index) {
        return index != 0 && sentence.text.contains(m_strings.at(index));
    };
    quint8 shown = 0;
    shown |= inSentence(row.actor) ? ShownActor : 0;
    shown |= inSentence(row.resourceName) ? ShownResource : 0;
    shown |= inSentence(row.parentName) ? ShownParent : 0;
    shown |= inSentence(row.changeValueName) ? ShownValue : 0;
    shown |= inSentence(row.changeSubValueName) ? ShownSubValue : 0;
    shown |= m_strings.at(row.parentType) == QLatin1String("project") ? ShownParent : ShownSubscription;
    shown |= row.kind == quint8(EventKind::Comment) && row.storyText != 0 ? ShownStoryText : 0;
    row.shown = shown;
}

std::array<quint32, 8> EventModel::searchableStrings(const Row& row) const
{
    const auto when = [&row](quint8 bit, quint32 index) { return (row.shown & bit) ? index : 0; };
    return {when(ShownActor, row.actor),
            when(ShownResource, row.resourceName),
            when(ShownParent, row.parentName),
            when(ShownValue, row.changeValueName),
            when(ShownSubValue, row.changeSubValueName),
            row.skeleton,
            when(ShownSubscription, row.subscriptionName),
            when(ShownStoryText, row.storyText)};
}

void EventModel::setMe(const QString& gid)
{
    if (gid == m_me) {
        return;
    }
    m_me = gid;
    for (Row& row : m_rows) {
        if (!row.gap) {
            compose(row);
        }
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1));
    }
}

bool EventModel::isUnavailable(const StoredDetail& detail)
{
    return detail.name.isEmpty() && detail.text.isEmpty() && detail.permalink.isEmpty();
}

const StoredDetail* EventModel::detail(const QString& gid) const
{
    const auto it = m_details.constFind(gid);
    return it == m_details.cend() ? nullptr : &it.value();
}

bool EventModel::remember(const StoredDetail& detail)
{
    StoredDetail kept = detail;
    kept.name = EventFormatter::cut(detail.name, EventFacts::maxNameLength);
    // What a row shows of it; the whole text stays in the store (the tooltip reads it there).
    kept.text = EventFormatter::excerpt(detail.text);
    const auto known = m_details.find(kept.gid);
    if (known != m_details.end() && known->name == kept.name && known->text == kept.text &&
        known->permalink == kept.permalink) {
        known->fetchedAt = kept.fetchedAt; // asked again, nothing new: no row changes
        return false;
    }
    m_details.insert(kept.gid, std::move(kept));
    return true;
}

void EventModel::addDetails(const QList<StoredDetail>& details)
{
    QSet<quint32> touched;
    for (const StoredDetail& detail : details) {
        if (detail.gid.isEmpty()) {
            continue;
        }
        if (!remember(detail)) {
            continue;
        }
        if (const quint32 index = m_strings.find(detail.gid)) {
            touched.insert(index);
        }
    }
    if (touched.isEmpty()) {
        return;
    }
    QList<int> changed;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (row.gap) {
            continue;
        }
        for (const quint32 gid : {row.actorGid, row.resourceGid, row.parentGid, row.changeValueGid, row.companion}) {
            if (gid != 0 && touched.contains(gid)) {
                applyDetails(row);
                changed.append(int(i));
                break;
            }
        }
    }
    emitChanged(changed);
}

void EventModel::emitChanged(const QList<int>& rows, const QList<int>& roles)
{
    // One signal per run of neighbours: a proxy re-filters exactly those.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1) {
            ++j;
        }
        emit dataChanged(index(rows.at(i)), index(rows.at(j)), roles);
        i = j + 1;
    }
}

QList<DetailQuery> EventModel::detailsWanted(int first, int last, const QDateTime& staleBefore,
                                             const QDateTime& retryUnavailableBefore) const
{
    QList<DetailQuery> wanted;
    QSet<quint32> seen;
    const auto is = [this](quint32 index, QLatin1String text) { return m_strings.at(index) == text; };
    const auto want = [&](quint32 gid, const QString& kind) {
        if (gid == 0 || seen.contains(gid)) {
            return;
        }
        seen.insert(gid);
        if (const StoredDetail* known = detail(m_strings.at(gid))) {
            const QDateTime& since = isUnavailable(*known) ? retryUnavailableBefore : staleBefore;
            if (known->fetchedAt.isValid() && known->fetchedAt >= since) {
                return;
            }
        }
        wanted.append({m_strings.at(gid), kind});
    };
    const QString story = QStringLiteral("story");
    const QString task = QStringLiteral("task");
    const QString user = QStringLiteral("user");
    for (int i = std::max(0, first); i <= last && i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        if (row.gap) {
            continue;
        }
        // A deleted comment has nothing left to ask about.
        if (is(row.resourceType, QLatin1String("story")) && !is(row.action, QLatin1String("removed")) &&
            !is(row.action, QLatin1String("deleted"))) {
            want(row.resourceGid, story);
        }
        // The folded story's text says what a date or a field became.
        if (row.companion != 0 &&
            (row.kind == quint8(EventKind::DueDate) || row.kind == quint8(EventKind::FieldChanged))) {
            want(row.companion, story);
        }
        if (row.actor == 0 || (row.filled & FilledActor)) {
            want(row.actorGid, user);
        }
        if (is(row.changeValueType, QLatin1String("user")) &&
            (row.changeValueName == 0 || (row.filled & FilledValue))) {
            want(row.changeValueGid, user);
        }
        if (is(row.resourceType, QLatin1String("task")) && (row.resourceName == 0 || (row.filled & FilledResource))) {
            want(row.resourceGid, task);
        }
        if (is(row.parentType, QLatin1String("task")) && (row.parentName == 0 || (row.filled & FilledParent))) {
            want(row.parentGid, task);
        }
    }
    return wanted;
}

EventModel::Row EventModel::makeGapRow(const QString& subscription, qint64 sinceMs, qint64 detectedMs)
{
    Row row;
    row.gap = true;
    row.unread = false;
    row.createdAtMs = detectedMs;
    row.sinceMs = sinceMs;
    row.subscription = m_strings.intern(subscription);
    row.subscriptionName = subscriptionNameIndex(row.subscription);
    row.kind = quint8(EventKind::System);
    return row;
}

QList<EventModel::Row> EventModel::rowsFrom(const QList<StoredEvent>& stored)
{
    QList<Row> rows;
    rows.reserve(stored.size());
    for (const StoredEvent& item : stored) {
        const Parsed<Event> parsed = EventPage::parseEvent(item.json);
        if (!parsed.ok()) {
            continue; // it was valid when kept; a damaged row is skipped, not shown half
        }
        rows.append(makeRow(item.subscription, parsed.value(), item.id, item.unread, item.done));
    }
    foldCompanions(rows);
    return rows;
}

void EventModel::foldCompanions(QList<Row>& rows)
{
    // Asana reports one action as several events: a task change and the system story that
    // narrates it ("assigned", "marked_complete"…), or a section move as "added to Done" plus
    // "removed from To do". A person did one thing: show one row. The store keeps them all. The
    // row that stays keeps the story's gid: its text says what a date or a field became.
    constexpr qint64 window = 2000; // ms
    const auto is = [this](quint32 index, const char* text) { return m_strings.at(index) == QLatin1String(text); };
    const auto companionOf = [&](const Row& row, const Row& other) {
        const bool samePerson = row.actorGid != 0 ? other.actorGid == row.actorGid : other.actor == row.actor;
        if (&row == &other || other.gap || !samePerson || qAbs(other.createdAtMs - row.createdAtMs) > window) {
            return false;
        }
        if (is(row.resourceType, "story")) {
            // A system story on a task that has its own event for the same change. Asked for
            // names, /events leaves a story's subtype out: one of unknown kind counts as a
            // system story when its task has such an event (a comment seldom comes with one).
            const bool system = row.kind == quint8(EventKind::System) || row.resourceSubtype == 0;
            return system && !is(other.resourceType, "story") && other.resourceGid == row.parentGid;
        }
        // The "removed from the old section" half of a move to another section.
        return is(row.action, "removed") && is(row.parentType, "section") && is(other.action, "added") &&
               is(other.parentType, "section") && other.resourceGid == row.resourceGid;
    };
    // Rows are newest first: companions are neighbours within the window.
    QList<qsizetype> keptBy(rows.size(), -1); // the row each redundant one was folded into
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        for (qsizetype j = i - 1;
             !row.gap && keptBy[i] < 0 && j >= 0 && rows.at(j).createdAtMs - row.createdAtMs <= window; --j) {
            keptBy[i] = companionOf(row, rows.at(j)) ? j : -1;
        }
        for (qsizetype j = i + 1;
             !row.gap && keptBy[i] < 0 && j < rows.size() && row.createdAtMs - rows.at(j).createdAtMs <= window; ++j) {
            keptBy[i] = companionOf(row, rows.at(j)) ? j : -1;
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (keptBy[i] < 0 || !is(rows.at(i).resourceType, "story")) {
            continue;
        }
        // The row that stays (a move's "removed" half folds into its "added" half in turn).
        qsizetype into = keptBy[i];
        for (int step = 0; step < 3 && keptBy[into] >= 0; ++step) {
            into = keptBy[into];
        }
        Row& row = rows[into];
        if (keptBy[into] < 0 && row.companion == 0) {
            row.companion = rows.at(i).resourceGid;
            applyDetails(row); // its text, if known
        }
    }
    QList<Row> kept;
    kept.reserve(rows.size());
    QList<qint64> hiddenUnread;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (keptBy[i] < 0) {
            kept.append(rows.at(i));
        } else if (rows.at(i).unread) {
            hiddenUnread.append(rows.at(i).id);
        }
    }
    if (m_store) {
        m_store->markRead(hiddenUnread); // nothing to read that is not shown
    }
    kept.squeeze();
    rows = std::move(kept);
}

void EventModel::mergeGaps(QList<Row>& rows, qint64 newestMs, qint64 oldestMs, bool openEnded)
{
    // Gaps are few: place each one among the page's rows by the time it was detected.
    for (const StoredGap& gap : m_store->gaps()) {
        const qint64 at = gap.detectedAt.toMSecsSinceEpoch();
        if ((!openEnded && at > newestMs) || at < oldestMs) {
            continue;
        }
        const auto position =
            std::find_if(rows.begin(), rows.end(), [at](const Row& row) { return row.createdAtMs <= at; });
        rows.insert(position,
                    makeGapRow(gap.subscription, gap.since.isValid() ? gap.since.toMSecsSinceEpoch() : 0, at));
    }
}

void EventModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_strings.clear();
    internSubscriptionNames();
    m_atEnd = false;
    m_details.clear();
    if (m_store && m_store->isOpen()) {
        // What was learnt in earlier runs: names and comments read well offline and at once.
        const QHash<QString, StoredDetail> details = m_store->allDetails();
        m_details.reserve(details.size());
        for (const StoredDetail& detail : details) {
            remember(detail);
        }
        const QList<StoredEvent> stored = m_store->newest(m_pageSize);
        m_rows = rowsFrom(stored);
        m_atEnd = stored.size() < m_pageSize;
        const qint64 oldest =
            m_atEnd || m_rows.isEmpty() ? std::numeric_limits<qint64>::min() : m_rows.last().createdAtMs;
        mergeGaps(m_rows, std::numeric_limits<qint64>::max(), oldest, true);
    }
    endResetModel();
    setUnread(m_store && m_store->isOpen() ? int(m_store->unreadCount()) : 0);
    recountBadge();
}

bool EventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_store && m_store->isOpen() && !m_rows.isEmpty();
}

void EventModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // The oldest event row we have (gap rows have no id).
    qint64 lastId = 0;
    qint64 lastMs = 0;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (!it->gap) {
            lastId = it->id;
            lastMs = it->createdAtMs;
            break;
        }
    }
    const QList<StoredEvent> stored = m_store->pageBefore(lastId, m_pageSize);
    QList<Row> rows = rowsFrom(stored);
    m_atEnd = stored.size() < m_pageSize;
    if (!rows.isEmpty()) {
        const qint64 oldest = m_atEnd ? std::numeric_limits<qint64>::min() : rows.last().createdAtMs;
        mergeGaps(rows, lastMs - 1, oldest, false);
    }
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    recountBadge(); // companions folded away were marked read
}

void EventModel::addEvents(const QString& subscription, const QList<Event>& events, const QList<qint64>& ids)
{
    if (events.isEmpty()) {
        return;
    }
    QList<Row> rows;
    rows.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        rows.append(makeRow(subscription, events.at(i), ids.value(i), true, false));
    }
    // Newest first, like the rest of the feed; a page arrives oldest first.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.createdAtMs > b.createdAtMs; });
    foldCompanions(rows);
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, 0, int(rows.size() - 1));
    m_rows = rows + m_rows;
    endInsertRows();
    setUnread(m_unread + int(rows.size()));
    recountBadge();
}

void EventModel::addGap(const QString& subscription, const QDateTime& since, const QDateTime& detectedAt)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(
        makeGapRow(subscription, since.isValid() ? since.toMSecsSinceEpoch() : 0, detectedAt.toMSecsSinceEpoch()));
    endInsertRows();
}

int EventModel::loadEvent(qint64 id)
{
    const std::optional<StoredEvent> stored = id > 0 && m_store ? m_store->event(id) : std::nullopt;
    if (!stored) {
        return -1;
    }
    // Older pages until its time has been passed (a row folded into its neighbour never comes).
    const qint64 olderThanMs = stored->createdAt.isValid() ? stored->createdAt.toMSecsSinceEpoch() - 5000 : 0;
    qsizetype from = 0;
    for (;;) {
        for (qsizetype i = from; i < m_rows.size(); ++i) {
            if (!m_rows.at(i).gap && m_rows.at(i).id == id) {
                return int(i);
            }
        }
        from = m_rows.size();
        if (!canFetchMore({}) || (!m_rows.isEmpty() && m_rows.constLast().createdAtMs < olderThanMs)) {
            return -1;
        }
        fetchMore({});
        if (m_rows.size() == from) {
            return -1;
        }
    }
}

bool EventModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).gap) {
        return false;
    }
    Row& item = m_rows[row];
    if (item.unread == !read) {
        return true;
    }
    if (m_store && !m_store->setRead(item.id, read)) {
        return false;
    }
    item.unread = !read;
    emit dataChanged(index(row), index(row), {UnreadRole});
    setUnread(m_unread + (read ? -1 : 1));
    recountBadge();
    return true;
}

bool EventModel::markRead(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return true;
    }
    if (m_store && !m_store->markRead(ids)) {
        return false;
    }
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<int> changed;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (!row.gap && row.unread && wanted.contains(row.id)) {
            row.unread = false;
            changed.append(int(i));
        }
    }
    emitChanged(changed, {UnreadRole});
    // Events not loaded may have been unread too: the store counts.
    setUnread(m_store && m_store->isOpen() ? int(m_store->unreadCount()) : m_unread - int(changed.size()));
    recountBadge();
    return true;
}

bool EventModel::setDone(int row, bool done)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).gap) {
        return false;
    }
    return m_rows.at(row).done == done || setDone(QList<qint64>{m_rows.at(row).id}, done);
}

bool EventModel::setDone(const QList<qint64>& ids, bool done)
{
    if (ids.isEmpty()) {
        return true;
    }
    if (m_store && !m_store->setDone(ids, done)) {
        return false;
    }
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QList<int> changed;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        if (!row.gap && row.done != done && wanted.contains(row.id)) {
            row.done = done;
            changed.append(int(i));
        }
    }
    emitChanged(changed, {DoneRole});
    recountBadge();
    return true;
}

int EventModel::rowOfId(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).gap && m_rows.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

void EventModel::setBadgeExclusions(const QSet<QString>& subscriptions, const QSet<QString>& people)
{
    if (subscriptions == m_badgeHiddenSubscriptions && people == m_badgeHiddenPeople) {
        return;
    }
    m_badgeHiddenSubscriptions = subscriptions;
    m_badgeHiddenPeople = people;
    recountBadge();
}

void EventModel::recountBadge()
{
    // One indexed count over the unread rows that are not done (the store's events_badge), not
    // only over the loaded rows: the badge speaks for the whole history.
    qint64 count = 0;
    if (m_store && m_store->isOpen()) {
        count = m_store->badgeCount(m_badgeHiddenSubscriptions, m_badgeHiddenPeople);
        if (count < 0) {
            return; // unreadable now: the last number stands
        }
    } else {
        for (const Row& row : std::as_const(m_rows)) {
            const bool hidden = m_badgeHiddenSubscriptions.contains(m_strings.at(row.subscription)) ||
                                m_badgeHiddenPeople.contains(m_strings.at(row.actorGid));
            count += !row.gap && row.unread && !row.done && !hidden ? 1 : 0;
        }
    }
    const int badge = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (badge != m_badge) {
        m_badge = badge;
        emit badgeCountChanged(badge);
    }
}

void EventModel::markAllRead()
{
    if (m_store && !m_store->markAllRead()) {
        return;
    }
    for (Row& row : m_rows) {
        row.unread = false;
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1), {UnreadRole});
    }
    setUnread(0);
    recountBadge();
}

void EventModel::setUnread(int count)
{
    count = std::max(count, 0);
    if (count != m_unread) {
        m_unread = count;
        emit unreadCountChanged(count);
    }
}

int EventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags EventModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

EventFacts EventModel::factsOf(const Row& row) const
{
    EventFacts facts;
    facts.actor = m_strings.at(row.actor);
    facts.action = m_strings.at(row.action);
    facts.resourceType = m_strings.at(row.resourceType);
    facts.resourceSubtype = m_strings.at(row.resourceSubtype);
    facts.resourceName = m_strings.at(row.resourceName);
    facts.parentType = m_strings.at(row.parentType);
    facts.parentName = m_strings.at(row.parentName);
    facts.changeField = m_strings.at(row.changeField);
    facts.changeAction = m_strings.at(row.changeAction);
    facts.changeValueName = m_strings.at(row.changeValueName);
    facts.changeValueType = m_strings.at(row.changeValueType);
    facts.changeSubValueName = m_strings.at(row.changeSubValueName);
    facts.actorGid = m_strings.at(row.actorGid);
    facts.changeValueGid = m_strings.at(row.changeValueGid);
    facts.storyText = m_strings.at(row.storyText);
    return facts;
}

bool EventModel::isOpenableUrl(const QUrl& url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && url.host() == QLatin1String("app.asana.com") &&
           url.userInfo().isEmpty() && url.port(443) == 443;
}

QUrl EventModel::urlOf(const Row& row) const
{
    if (row.gap) {
        return {};
    }
    const QString& type = m_strings.at(row.resourceType);
    const QString& parentType = m_strings.at(row.parentType);
    QString task;
    QString project;
    if (type == QLatin1String("task")) {
        task = m_strings.at(row.resourceGid);
    } else if (parentType == QLatin1String("task")) {
        task = m_strings.at(row.parentGid); // a story or subtask: open its task
    } else if (type == QLatin1String("project")) {
        project = m_strings.at(row.resourceGid);
    } else if (parentType == QLatin1String("project")) {
        project = m_strings.at(row.parentGid);
    }
    // Asana's own link where it gave one.
    if (const StoredDetail* known = detail(task.isEmpty() ? project : task); known && !known->permalink.isEmpty()) {
        const QUrl permalink(known->permalink);
        if (isOpenableUrl(permalink)) {
            return permalink;
        }
    }
    const auto digits = [](const QString& gid) { return isValidGid(gid); };
    QUrl url;
    if (digits(task)) {
        url = QUrl(QStringLiteral("https://app.asana.com/0/0/") + task + QStringLiteral("/f"));
    } else if (digits(project)) {
        url = QUrl(QStringLiteral("https://app.asana.com/0/") + project);
    }
    return isOpenableUrl(url) ? url : QUrl();
}

Sentence EventModel::gapSentenceOf(const Row& row) const
{
    // Which subscription may miss events, by its name (none known yet: the sentence alone).
    return EventFormatter::gapSentence(row.sinceMs ? QDateTime::fromMSecsSinceEpoch(row.sinceMs, Qt::UTC) : QDateTime(),
                                       QDateTime::fromMSecsSinceEpoch(row.createdAtMs, Qt::UTC), {},
                                       m_strings.at(row.subscriptionName));
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const auto text = [this](quint32 i) { return m_strings.at(i); };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case SentenceRole:
        if (row.gap) {
            return gapSentenceOf(row).text;
        }
        if (role == Qt::AccessibleTextRole && (row.shown & ShownStoryText)) {
            const QString comment = text(row.storyText);
            return QString(EventFormatter::sentence(factsOf(row), m_me).text + QStringLiteral(": ") +
                           QString(comment).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        return EventFormatter::sentence(factsOf(row), m_me).text;
    case SentenceSpansRole: {
        QVariantList spans;
        for (const QPoint& span :
             row.gap ? gapSentenceOf(row).emphasis : EventFormatter::sentence(factsOf(row), m_me).emphasis) {
            spans.append(span);
        }
        return spans;
    }
    case EventIdRole:
        return row.id;
    case IsGapRole:
        return row.gap;
    case ActorNameRole:
        return text(row.actor);
    case ActorGidRole:
        return text(row.actorGid);
    case ActionRole:
        return text(row.action);
    case KindRole:
        return int(row.kind);
    case ResourceNameRole:
        return text(row.resourceName);
    case ResourceTypeRole:
        return text(row.resourceType);
    case ResourceGidRole:
        return text(row.resourceGid);
    case ParentNameRole:
        return text(row.parentName);
    case ParentTypeRole:
        return text(row.parentType);
    case ParentGidRole:
        return text(row.parentGid);
    case ChangeFieldRole:
        return text(row.changeField);
    case ChangeActionRole:
        return text(row.changeAction);
    case ChangeValueNameRole:
        return text(row.changeValueName);
    case ProjectNameRole:
        if (text(row.parentType) == QLatin1String("project")) {
            return text(row.parentName);
        }
        return m_subscriptionNames.value(text(row.subscription));
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.createdAtMs, Qt::UTC);
    case GapSinceRole:
        return row.sinceMs ? QDateTime::fromMSecsSinceEpoch(row.sinceMs, Qt::UTC) : QDateTime();
    case UnreadRole:
        return row.unread;
    case DoneRole:
        return row.done;
    case SubscriptionRole:
        return text(row.subscription);
    case UrlRole:
        return urlOf(row);
    case CommentRole:
        return (row.shown & ShownStoryText) ? text(row.storyText) : QString();
    case Qt::ToolTipRole:
        if (!(row.shown & ShownStoryText)) {
            return {};
        }
        if (m_store && m_store->isOpen()) {
            const QString gid = text(row.resourceGid);
            const QString whole = m_store->details({gid}).value(gid).text;
            if (!whole.isEmpty()) {
                return whole;
            }
        }
        return text(row.storyText);
    case RawEventRole:
        if (row.gap || !m_store) {
            return QByteArray();
        }
        if (const auto stored = m_store->event(row.id)) {
            return stored->json;
        }
        return QByteArray();
    default:
        return {};
    }
}

bool EventModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid()) {
        return false;
    }
    if (role == UnreadRole) {
        return setRead(index.row(), !value.toBool());
    }
    if (role == DoneRole) {
        return setDone(index.row(), value.toBool());
    }
    return false;
}

QHash<int, QByteArray> EventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{EventIdRole, "eventId"},
                  {IsGapRole, "isGap"},
                  {ActorNameRole, "actorName"},
                  {ActorGidRole, "actorGid"},
                  {ActionRole, "action"},
                  {KindRole, "kind"},
                  {ResourceNameRole, "resourceName"},
                  {ResourceTypeRole, "resourceType"},
                  {ResourceGidRole, "resourceGid"},
                  {ParentNameRole, "parentName"},
                  {ParentTypeRole, "parentType"},
                  {ParentGidRole, "parentGid"},
                  {ChangeFieldRole, "changeField"},
                  {ChangeActionRole, "changeAction"},
                  {ChangeValueNameRole, "changeValueName"},
                  {ProjectNameRole, "projectName"},
                  {CreatedAtRole, "createdAt"},
                  {GapSinceRole, "gapSince"},
                  {SentenceRole, "sentence"},
                  {SentenceSpansRole, "sentenceSpans"},
                  {UnreadRole, "unread"},
                  {SubscriptionRole, "subscription"},
                  {UrlRole, "url"},
                  {RawEventRole, "rawEvent"},
                  {CommentRole, "comment"},
                  {DoneRole, "done"}});
    return names;
}

qsizetype EventModel::memoryBytes() const
{
    return m_rows.capacity() * qsizetype(sizeof(Row)) + m_strings.bytes();
}

} // namespace AsanaFeed
