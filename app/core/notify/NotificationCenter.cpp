#include "notify/NotificationCenter.h"

#include "api/AccountInfo.h"
#include "api/Event.h"
#include "feed/EventFormatter.h"
#include "feed/EventModel.h"
#include "feed/SubscriptionModel.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace AsanaFeed {

namespace {
// A notice is a line or two on the desktop, not the whole of what Asana sent.
constexpr qsizetype maxTitleChars = 200;
constexpr qsizetype maxExcerptLineChars = 200;
// Asana reports one action as a task change and the system story that narrates it, this close.
constexpr qint64 companionWindowMs = 2000;

bool isStory(const EventFacts& facts)
{
    return facts.resourceType == QLatin1String("story") && facts.action != QLatin1String("removed") &&
           facts.action != QLatin1String("deleted");
}

// The task an event is about: its resource, or the task a story is on. Empty: none.
QString taskOf(const Event& event, const EventFacts& facts)
{
    if (facts.resourceType == QLatin1String("task")) {
        return event.resource.gid;
    }
    if (facts.resourceType == QLatin1String("story") && event.parent && facts.parentType == QLatin1String("task")) {
        return event.parent->gid;
    }
    return {};
}

void fillPeople(NotifyCandidate& candidate, const StoredDetail& task)
{
    candidate.taskAssigneeGid = task.assigneeGid;
    candidate.taskCreatorGid = task.creatorGid;
    candidate.taskFollowerGids = task.followerGids;
}

// A story that may be a comment and whose words are not known: a mention is only seen in them.
bool needsText(const EventFacts& facts)
{
    return isStory(facts) && facts.storyText.isEmpty() &&
           (facts.resourceSubtype.isEmpty() || facts.resourceSubtype == QLatin1String("comment_added"));
}
} // namespace

NotificationCenter::NotificationCenter(EventStore* store, SubscriptionModel* subscriptions, Options options,
                                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_subscriptions(subscriptions)
    , m_options(options)
    , m_watchingSince(QDateTime::currentDateTimeUtc())
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &NotificationCenter::flushDue);
    resetBatchers();
}

NotificationCenter::NotificationCenter(EventStore* store, SubscriptionModel* subscriptions, QObject* parent)
    : NotificationCenter(store, subscriptions, Options(), parent)
{}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::resetBatchers()
{
    m_live = std::make_unique<NotificationBatcher>(m_options.burstWindow, m_options.burst);
    m_catchUp = std::make_unique<NotificationBatcher>(m_options.catchUpWindow, m_options.handful);
}

void NotificationCenter::setSettings(Settings* settings)
{
    if (m_settings) {
        disconnect(m_settings, nullptr, this, nullptr);
    }
    m_settings = settings;
    if (m_settings) {
        // Paused or turned off: what waits is not shown either.
        connect(m_settings, &Settings::changed, this, [this] {
            if (!enabledNow() && isWaiting()) {
                dropPending();
            }
        });
    }
}

void NotificationCenter::setAccount(const QString& gid, const QString& name)
{
    m_myName = name;
    if (gid == m_me) {
        return;
    }
    dropPending(); // what the previous account was to be told stays untold, and remembered so
    m_me = gid;
    m_watchingSince = QDateTime::currentDateTimeUtc();
    m_floor = m_settings ? m_settings->lastNotifiedEvent(gid) : 0;
    m_settledUpTo = m_floor;
    m_persisted = m_floor;
    historyReplaced();
}

void NotificationCenter::historyReplaced()
{
    dropPending();
    // Ids start again in a new history, and are reused after the newest events were removed:
    // what was told of the old ones must not silence the new.
    const qint64 last = m_store ? m_store->lastEventId() : -1;
    if (last >= 0 && m_floor > last) {
        m_floor = last;
        m_settledUpTo = last;
        persist();
    }
}

bool NotificationCenter::enabledNow() const
{
    if (!m_settings) {
        return true;
    }
    const QDateTime until = m_settings->notificationsPausedUntil();
    return m_settings->notificationsEnabled() && !(until.isValid() && QDateTime::currentDateTimeUtc() < until);
}

NotifySettings NotificationCenter::notifySettings() const
{
    NotifySettings settings;
    settings.me = m_me;
    settings.myName = m_myName;
    if (m_settings) {
        settings.pausedUntil = m_settings->notificationsPausedUntil();
        if (m_settings->quietHoursEnabled()) {
            settings.quietFrom = m_settings->quietFrom();
            settings.quietTo = m_settings->quietTo();
        }
        for (const QString& gid : m_settings->notifyAllActivity()) {
            settings.levels.insert(gid, NotifyLevel::All);
        }
    }
    if (m_subscriptions) {
        for (const QString& gid : m_subscriptions->gids()) {
            if (m_subscriptions->isMuted(gid)) {
                settings.levels.insert(gid, NotifyLevel::Muted);
            }
        }
    }
    return settings;
}

bool NotificationCenter::isCatchUp(const QDateTime& createdAt) const
{
    if (!createdAt.isValid()) {
        return false;
    }
    const QDateTime lateBefore =
        QDateTime::currentDateTimeUtc().addMSecs(-std::chrono::milliseconds(m_options.lateAfter).count());
    return createdAt < m_watchingSince || createdAt < lateBefore;
}

void NotificationCenter::addEvents(const QString& subscription, const QList<Event>& events, const QList<qint64>& ids)
{
    qint64 newest = 0;
    for (const qint64 id : ids) {
        newest = std::max(newest, id);
    }
    if (!enabledNow()) {
        settle(newest); // passed over: not notified later either
        persist();
        return;
    }
    QList<EventFacts> facts;
    facts.reserve(events.size());
    QSet<QString> unnamed;
    for (const Event& event : events) {
        EventFacts each = EventFacts::from(event);
        if (each.actor.isEmpty() && !each.actorGid.isEmpty()) {
            unnamed.insert(each.actorGid);
        }
        if (each.resourceName.isEmpty() || isStory(each)) {
            unnamed.insert(event.resource.gid); // a story: its kind and text, if known
        }
        if (each.parentName.isEmpty() && event.parent) {
            unnamed.insert(event.parent->gid);
        }
        if (each.changeValueName.isEmpty() && !each.changeValueGid.isEmpty()) {
            unnamed.insert(each.changeValueGid);
        }
        if (const QString task = taskOf(event, each); !task.isEmpty()) {
            unnamed.insert(task); // who it involves, if asked before
        }
        facts.append(std::move(each));
    }
    // What the history learned of them before (names, a story's kind and text).
    const QHash<QString, StoredDetail> known = m_store && !unnamed.isEmpty()
                                                   ? m_store->details(QStringList(unnamed.cbegin(), unnamed.cend()))
                                                   : QHash<QString, StoredDetail>();
    const auto nameOf = [&known](const QString& gid) { return known.value(gid).name; };

    const QString subscriptionName = m_subscriptions ? m_subscriptions->names().value(subscription) : QString();
    const NotifySettings settings = notifySettings();
    const QDateTime peopleFreshAfter =
        QDateTime::currentDateTimeUtc().addMSecs(-std::chrono::milliseconds(m_options.peopleFreshFor).count());
    const QDateTime unavailableAfter =
        QDateTime::currentDateTimeUtc().addSecs(-std::chrono::seconds(EventDetails::unavailableFor).count());
    QList<DetailQuery> asks;
    QSet<QString> asking;
    QList<qint64> waitingNow; // this call's, in order
    for (qsizetype i = 0; i < events.size(); ++i) {
        const qint64 id = ids.value(i);
        if (id <= m_floor) {
            continue; // told before (or passed over) in an earlier run
        }
        const Event& event = events.at(i);
        EventFacts& each = facts[i];
        if (each.actor.isEmpty() && !each.actorGid.isEmpty()) {
            each.actor = EventFormatter::cut(nameOf(each.actorGid), EventFacts::maxNameLength);
        }
        if (each.resourceName.isEmpty() && each.resourceType == QLatin1String("task")) {
            each.resourceName = EventFormatter::cut(nameOf(event.resource.gid), EventFacts::maxNameLength);
        }
        if (each.parentName.isEmpty() && event.parent && each.parentType == QLatin1String("task")) {
            each.parentName = EventFormatter::cut(nameOf(event.parent->gid), EventFacts::maxNameLength);
        }
        if (each.changeValueName.isEmpty() && each.changeValueType == QLatin1String("user")) {
            each.changeValueName = EventFormatter::cut(nameOf(each.changeValueGid), EventFacts::maxNameLength);
        }
        if (isStory(each)) {
            if (const auto story = known.constFind(event.resource.gid); story != known.cend()) {
                if (each.resourceSubtype.isEmpty()) {
                    each.resourceSubtype = story->name; // a story's "name" is its kind
                }
                each.storyText = story->text;
            }
            // The story that narrates a change with its own event on the same task (the feed
            // folds it into that row): the change is what is notified.
            const bool system = each.resourceSubtype != QLatin1String("comment_added");
            const bool companion =
                system && event.parent && std::any_of(events.cbegin(), events.cend(), [&](const Event& other) {
                    return other.resource.type != QLatin1String("story") && other.resource.gid == event.parent->gid &&
                           (other.user ? other.user->gid : QString()) == each.actorGid &&
                           qAbs(other.createdAt.msecsTo(event.createdAt)) <= companionWindowMs;
                });
            if (companion) {
                settle(id);
                continue;
            }
        }
        Waiting waiting;
        waiting.candidate.facts = each;
        waiting.candidate.subscription = subscription;
        waiting.candidate.subscriptionName = subscriptionName;
        waiting.id = id;
        waiting.catchUp = isCatchUp(event.createdAt);
        waiting.createdAt = event.createdAt;
        const QString task = taskOf(event, each);
        bool peopleFresh = false;
        if (const auto people = known.constFind(task); !task.isEmpty() && people != known.cend()) {
            if (people->peopleKnown) {
                fillPeople(waiting.candidate, *people);
                peopleFresh = people->fetchedAt >= peopleFreshAfter;
            } else if (EventModel::isUnavailable(*people)) {
                // Asana would not show it (deleted, no access): not asked again before the rows would.
                peopleFresh = people->fetchedAt >= unavailableAfter;
            }
        }
        if (needsText(each) && !known.contains(event.resource.gid)) {
            // Worth waiting for only if the comment could notify, were it to mention the person.
            NotifyCandidate mentioning = waiting.candidate;
            mentioning.facts.resourceSubtype = QStringLiteral("comment_added");
            mentioning.facts.storyText = m_myName.isEmpty() ? QStringLiteral("https://app.asana.com/0/profile/") + m_me
                                                            : QStringLiteral("@") + m_myName;
            if (decisionFor(mentioning, event.createdAt, settings).notify) {
                waiting.storyGid = event.resource.gid;
            }
        }
        if (!task.isEmpty() && !peopleFresh && !decisionFor(waiting.candidate, event.createdAt, settings).notify) {
            // Worth asking only if the task's involving the person would make the event notify:
            // not when paused, muted, in quiet hours, one's own, or notifying anyway.
            NotifyCandidate involving = waiting.candidate;
            involving.taskFollowerGids = {m_me};
            if (decisionFor(involving, event.createdAt, settings).notify) {
                waiting.taskGid = task;
            }
        }
        if (waiting.storyGid.isEmpty() && waiting.taskGid.isEmpty()) {
            decide(waiting);
            continue;
        }
        for (const auto& [gid, kind] : {std::pair{waiting.storyGid, QStringLiteral("story")},
                                        std::pair{waiting.taskGid, QStringLiteral("task")}}) {
            if (!gid.isEmpty() && !asking.contains(gid)) {
                asking.insert(gid);
                asks.append({gid, kind});
            }
        }
        waiting.deadline = m_clock.elapsed() + m_options.detailsWait.count();
        m_waiting.insert(id, waiting);
        waitingNow.append(id);
    }
    if (!asks.isEmpty() && !(m_requestDetails && m_requestDetails(asks))) {
        // Nobody to ask (offline, Asana failed a moment ago): decided on what is known.
        for (const qint64 id : std::as_const(waitingNow)) {
            decide(m_waiting.take(id));
        }
    }
    persist();
    arm();
}

void NotificationCenter::detailsSettled(const QList<DetailQuery>& asked, const QList<StoredDetail>& learned)
{
    if (m_waiting.isEmpty()) {
        return;
    }
    QSet<QString> answered;
    for (const DetailQuery& query : asked) {
        answered.insert(query.gid);
    }
    QHash<QString, StoredDetail> taught;
    for (const StoredDetail& detail : learned) {
        // A task's own answer (who it involves) over a story's mention of it.
        if (!taught.contains(detail.gid) || detail.peopleKnown) {
            taught.insert(detail.gid, detail);
        }
    }
    const NotifySettings settings = notifySettings();
    QList<qint64> ready;
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        Waiting& waiting = *it;
        if (!waiting.storyGid.isEmpty() && answered.contains(waiting.storyGid)) {
            if (const auto story = taught.constFind(waiting.storyGid); story != taught.cend()) {
                if (waiting.candidate.facts.resourceSubtype.isEmpty()) {
                    waiting.candidate.facts.resourceSubtype = story->name;
                }
                waiting.candidate.facts.storyText = story->text;
            }
            waiting.storyGid.clear();
            // A mention notifies whoever the task involves: no need to wait for that.
            if (decisionFor(waiting.candidate, waiting.createdAt, settings).notify) {
                waiting.taskGid.clear();
            }
        }
        if (!waiting.taskGid.isEmpty() && answered.contains(waiting.taskGid)) {
            if (const auto task = taught.constFind(waiting.taskGid); task != taught.cend() && task->peopleKnown) {
                fillPeople(waiting.candidate, *task);
            }
            waiting.taskGid.clear();
        }
        if (waiting.storyGid.isEmpty() && waiting.taskGid.isEmpty()) {
            ready.append(it.key());
        }
    }
    if (ready.isEmpty()) {
        return;
    }
    std::sort(ready.begin(), ready.end());
    for (const qint64 id : std::as_const(ready)) {
        decide(m_waiting.take(id));
    }
    persist();
    arm();
}

NotifyDecision NotificationCenter::decisionFor(const NotifyCandidate& candidate, const QDateTime& createdAt,
                                               const NotifySettings& settings)
{
    NotifyDecision decision = NotificationRules::decide(candidate, settings, QDateTime::currentDateTime());
    // Quiet hours hold for what happened in them too, when it arrives later (a catch-up).
    if (createdAt.isValid() && NotificationRules::inQuietHours(settings, createdAt.toLocalTime().time())) {
        decision = {};
    }
    return decision;
}

void NotificationCenter::decide(const Waiting& waiting)
{
    const EventFacts& facts = waiting.candidate.facts;
    const NotifyDecision decision =
        enabledNow() ? decisionFor(waiting.candidate, waiting.createdAt, notifySettings()) : NotifyDecision();
    if (!decision.notify) {
        settle(waiting.id);
        return;
    }
    PendingNotice notice;
    notice.eventId = waiting.id;
    notice.subscription = waiting.catchUp ? QString() : waiting.candidate.subscription; // one summary
    notice.subscriptionName = waiting.catchUp ? QString() : waiting.candidate.subscriptionName;
    notice.sentence = EventFormatter::cut(EventFormatter::sentence(facts, m_me).text, maxTitleChars);
    // The body: why, and for a comment its first lines.
    QString body = decision.reason;
    if (EventFormatter::kind(facts) == EventKind::Comment && !facts.storyText.isEmpty()) {
        const QString excerpt = EventFormatter::excerpt(facts.storyText, 2, maxExcerptLineChars);
        body = body.isEmpty() ? excerpt : body + QLatin1Char('\n') + excerpt;
    }
    notice.reason = body;
    (waiting.catchUp ? m_catchUp : m_live)->add(notice, m_clock.elapsed());
}

void NotificationCenter::settle(qint64 id)
{
    m_settledUpTo = std::max(m_settledUpTo, id);
}

void NotificationCenter::persist()
{
    if (m_settings && m_settledUpTo != m_persisted && AccountInfo::isValidGid(m_me)) {
        m_settings->setLastNotifiedEvent(m_me, m_settledUpTo);
        m_persisted = m_settledUpTo;
    }
}

bool NotificationCenter::isWaiting() const
{
    return !m_waiting.isEmpty() || m_live->nextFlushAt() >= 0 || m_catchUp->nextFlushAt() >= 0;
}

void NotificationCenter::arm()
{
    qint64 next = -1;
    const auto earliest = [&next](qint64 at) {
        if (at >= 0 && (next < 0 || at < next)) {
            next = at;
        }
    };
    earliest(m_live->nextFlushAt());
    earliest(m_catchUp->nextFlushAt());
    for (const Waiting& waiting : std::as_const(m_waiting)) {
        earliest(waiting.deadline);
    }
    if (next < 0) {
        m_timer.stop(); // nothing waits: no wake-up
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - m_clock.elapsed(), 0, std::numeric_limits<int>::max())));
}

void NotificationCenter::flushDue()
{
    const qint64 now = m_clock.elapsed();
    // Events whose details did not come in time: decided without them.
    QList<qint64> expired;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        if (it->deadline <= now) {
            expired.append(it.key());
        }
    }
    std::sort(expired.begin(), expired.end());
    for (const qint64 id : std::as_const(expired)) {
        decide(m_waiting.take(id));
    }
    QList<Notice> notices = m_live->flush(now);
    for (Notice catchUp : m_catchUp->flush(now)) {
        if (catchUp.count > 1) {
            catchUp.title = tr("%n new events while you were away", nullptr, catchUp.count);
        }
        notices.append(catchUp);
    }
    // The center keeps its own account of what was told (each id is fed once); the batchers'
    // own would refuse a comment whose text came after a newer event was shown.
    m_live->setLastNotified(0);
    m_catchUp->setLastNotified(0);
    for (const Notice& notice : std::as_const(notices)) {
        settle(notice.eventId);
    }
    persist();
    arm();
    for (const Notice& notice : std::as_const(notices)) {
        emit notify(notice);
    }
}

void NotificationCenter::dropPending()
{
    // What waits is passed over: its ids are at most the newest fed, which settles them.
    qint64 newest = m_settledUpTo;
    for (const Waiting& waiting : std::as_const(m_waiting)) {
        newest = std::max(newest, waiting.id);
    }
    const qint64 live = m_live->nextFlushAt();
    const qint64 catchUp = m_catchUp->nextFlushAt();
    if (live >= 0 || catchUp >= 0) {
        // Flushed unseen: their ids settle, nothing is emitted.
        const qint64 far = std::numeric_limits<qint64>::max();
        for (const Notice& notice : m_live->flush(far) + m_catchUp->flush(far)) {
            newest = std::max(newest, notice.eventId);
        }
    }
    m_waiting.clear();
    resetBatchers();
    settle(newest);
    persist();
    m_timer.stop();
}

} // namespace AsanaFeed
