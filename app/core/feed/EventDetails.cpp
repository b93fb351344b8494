#include "feed/EventDetails.h"

#include "api/AsanaClient.h"
#include "api/NameText.h"
#include "feed/EventFormatter.h"
#include "feed/EventModel.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace AsanaFeed {

namespace {
// After a batch failed as a whole (offline, 5xx, 429), the next waits this long.
constexpr qint64 failedPauseSecs = 60;
// A link longer than this is not one Asana makes.
constexpr qsizetype maxLinkChars = 2048;

QString stringAt(const QJsonObject& object, QLatin1String key)
{
    return object.value(key).toString();
}

// The gid of a person an answer names ({"gid": "7", …}); empty unless it is a gid.
QString personGid(const QJsonValue& value)
{
    const QString gid = value.toObject().value(QLatin1String("gid")).toString();
    return isValidGid(gid) ? gid : QString();
}

// Who a task involves, when Asana said: gids only, each follower once, at most maxFollowers.
void readPeople(const QJsonObject& data, StoredDetail& detail)
{
    const QJsonValue followers = data.value(QLatin1String("followers"));
    if (!followers.isArray()) {
        return; // not asked, or not answered: not known
    }
    detail.peopleKnown = true;
    detail.assigneeGid = personGid(data.value(QLatin1String("assignee")));
    detail.creatorGid = personGid(data.value(QLatin1String("created_by")));
    const QJsonArray array = followers.toArray();
    for (const QJsonValue& follower : array) {
        if (detail.followerGids.size() == StoredDetail::maxFollowers) {
            break;
        }
        const QString gid = personGid(follower);
        if (!gid.isEmpty() && !detail.followerGids.contains(gid)) {
            detail.followerGids.append(gid);
        }
    }
}
} // namespace

EventDetails::EventDetails(EventModel* model, EventStore* store, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store)
{}

EventDetails::~EventDetails() = default;

QDateTime EventDetails::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void EventDetails::setClient(AsanaClient* client, Gate gate)
{
    for (const Batch& batch : std::as_const(m_inFlight)) {
        delete batch.step; // its reply's answer goes nowhere
    }
    m_inFlight.clear();
    m_queue.clear();
    m_urgent.clear();
    m_asked.clear();
    m_retryAt.clear();
    m_failedAt = {};
    m_client = client;
    m_gate = std::move(gate);
    if (m_client && m_gate && !m_shown.isEmpty()) {
        // The rows shown before there was anyone to ask (a start offline or before sign-in).
        QTimer::singleShot(0, this, [this] { want(m_shown, m_fill); });
    }
}

void EventDetails::want(const QList<int>& rows, const QList<int>& fill)
{
    m_shown = rows;
    m_fill = fill;
    if (!m_client || !m_gate) {
        return;
    }
    // What was queued for rows scrolled past is dropped: what the person sees now comes first.
    for (const DetailQuery& query : std::as_const(m_queue)) {
        m_asked.remove(query.gid);
    }
    m_queue.clear();
    const QDateTime at = now();
    const QDateTime staleBefore = at.addSecs(-std::chrono::seconds(staleAfter).count());
    const QDateTime retryBefore = at.addSecs(-std::chrono::seconds(unavailableFor).count());
    QList<DetailQuery> wanted;
    const auto take = [&](int row) {
        for (DetailQuery& query : m_model->detailsWanted(row, row, staleBefore, retryBefore)) {
            const auto retry = m_retryAt.constFind(query.gid);
            if (retry != m_retryAt.cend() && *retry > at) {
                continue; // Asana failed to answer about it a moment ago
            }
            if (!m_asked.contains(query.gid) && !DetailBatch::pathFor(query).isEmpty()) {
                m_asked.insert(query.gid);
                wanted.append(std::move(query));
            }
        }
    };
    for (const int row : rows) {
        take(row);
    }
    if (wanted.isEmpty()) {
        return;
    }
    // A batch that is not full is filled from the rows that come next: the same request carries
    // them.
    for (qsizetype i = 0; i < fill.size() && wanted.size() % DetailBatch::maxActions != 0; ++i) {
        take(fill.at(i));
    }
    m_queue = wanted;
    sendNext();
}

bool EventDetails::canAsk() const
{
    return m_client && m_gate && !(m_failedAt.isValid() && m_failedAt.secsTo(now()) < failedPauseSecs);
}

bool EventDetails::ask(const QList<DetailQuery>& queries)
{
    if (!canAsk()) {
        return false;
    }
    for (const DetailQuery& query : queries) {
        // One queued or in flight for a row already answers this too (settled() says so).
        if (!m_asked.contains(query.gid) && !DetailBatch::pathFor(query).isEmpty()) {
            m_asked.insert(query.gid);
            m_urgent.append(query);
        }
    }
    sendNext();
    return true;
}

void EventDetails::sendNext()
{
    if (m_failedAt.isValid() && m_failedAt.secsTo(now()) < failedPauseSecs) {
        // Given up for now: what is queued is asked when its rows are shown again; whoever
        // ask()ed goes on without.
        for (const DetailQuery& query : std::as_const(m_queue)) {
            m_asked.remove(query.gid);
        }
        m_queue.clear();
        const QList<DetailQuery> urgent = std::exchange(m_urgent, {});
        for (const DetailQuery& query : urgent) {
            m_asked.remove(query.gid);
        }
        if (!urgent.isEmpty()) {
            emit settled(urgent, {});
        }
        return;
    }
    while ((!m_urgent.isEmpty() || !m_queue.isEmpty()) && m_inFlight.size() < maxBatchesInFlight) {
        // What someone waits for first; a batch that is not full is filled from the rows' queue.
        QList<DetailQuery> queries = m_urgent.mid(0, DetailBatch::maxActions);
        m_urgent.remove(0, queries.size());
        const QList<DetailQuery> fill = m_queue.mid(0, DetailBatch::maxActions - queries.size());
        m_queue.remove(0, fill.size());
        queries.append(fill);
        auto* step = new QObject(this);
        m_inFlight.append({queries, step});
        m_gate(
            step,
            [this, step, queries]() -> ApiReply* {
                if (!m_client) {
                    return nullptr;
                }
                ApiReply* reply = DetailBatch::send(m_client, queries);
                connect(reply, &ApiReply::finished, step,
                        [this, step](const ApiResult& result) { finish(step, result); });
                return reply;
            },
            int(queries.size()));
    }
}

void EventDetails::finish(QObject* step, const ApiResult& result)
{
    const auto it =
        std::find_if(m_inFlight.begin(), m_inFlight.end(), [step](const Batch& batch) { return batch.step == step; });
    if (it == m_inFlight.end()) {
        return;
    }
    const QList<DetailQuery> queries = it->queries;
    m_inFlight.erase(it);
    step->deleteLater();

    const Parsed<QList<DetailAnswer>> answers = DetailBatch::read(result, queries);
    QList<StoredDetail> learned;
    if (!answers.ok()) {
        qCDebug(lcApi) << "details not fetched:" << answers.error().summary();
        m_failedAt = now();
    } else {
        const QDateTime at = now();
        QSet<QString> askedNow;
        for (const DetailQuery& query : queries) {
            askedNow.insert(query.gid);
        }
        for (const DetailAnswer& answer : answers.value()) {
            if (answer.outcome == DetailAnswer::Outcome::Failed) {
                m_retryAt.insert(answer.query.gid, at.addSecs(failedPauseSecs)); // not at every scroll
            }
            for (const StoredDetail& detail : storedFrom(answer, at)) {
                // What a story names (its person, its task) only where nothing is known of it
                // yet, and not asked in this batch: a task's own details carry more (its link,
                // who it involves) than the story's mention.
                if (detail.gid == answer.query.gid ||
                    (!m_model->detail(detail.gid) && !askedNow.contains(detail.gid))) {
                    m_retryAt.remove(detail.gid);
                    learned.append(detail);
                }
            }
        }
    }
    // Whatever was not answered may be asked again when its row is shown.
    for (const DetailQuery& query : queries) {
        m_asked.remove(query.gid);
    }
    if (!learned.isEmpty()) {
        if (!m_store->keepDetails(learned)) {
            qCWarning(lcApi) << "details not kept:" << m_store->lastError();
        }
        m_model->addDetails(learned);
    }
    emit answered(int(learned.size()));
    emit settled(queries, learned);
    sendNext();
}

QList<StoredDetail> EventDetails::storedFrom(const DetailAnswer& answer, const QDateTime& now)
{
    StoredDetail detail;
    detail.gid = answer.query.gid;
    detail.kind = answer.query.kind;
    detail.fetchedAt = now;
    if (answer.outcome == DetailAnswer::Outcome::Failed) {
        return {};
    }
    if (answer.outcome == DetailAnswer::Outcome::Unavailable) {
        return {detail}; // nothing known: not asked again for a while
    }
    const QJsonObject& data = answer.data;
    QList<StoredDetail> learned;
    if (detail.kind == QLatin1String("story")) {
        // A story's "name" is what kind of story it is: comment_added, assigned, …
        detail.name = nameText(stringAt(data, QLatin1String("resource_subtype")));
        detail.text = EventFormatter::plainText(stringAt(data, QLatin1String("text")), maxTextChars);
        // The person and the task it names, when Asana said who and what.
        for (const auto& [key, kind] : {std::pair{QLatin1String("created_by"), QStringLiteral("user")},
                                        std::pair{QLatin1String("target"), QStringLiteral("task")}}) {
            const QJsonObject named = data.value(key).toObject();
            const QString gid = stringAt(named, QLatin1String("gid"));
            const QString name = nameText(stringAt(named, QLatin1String("name")));
            if (isValidGid(gid) && !name.isEmpty()) {
                learned.append({gid, kind, name, {}, {}, now});
            }
        }
    } else {
        detail.name = nameText(stringAt(data, QLatin1String("name")));
        if (detail.kind == QLatin1String("task")) {
            readPeople(data, detail);
        }
        const QString link = stringAt(data, QLatin1String("permalink_url"));
        const QUrl permalink(link.size() <= maxLinkChars ? link : QString());
        if (EventModel::isOpenableUrl(permalink)) {
            detail.permalink = permalink.toString();
        }
    }
    learned.prepend(detail);
    return learned;
}

} // namespace AsanaFeed
