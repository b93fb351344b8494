// EventDetails: asks Asana about what the rows on screen leave out — a comment's text, a person
// or a task named only by gid — and hands the answers to the store (kept between runs) and the
// model (rows improve in place). It asks only about rows the person sees (a batch that is not
// full is filled from the rows shown next), ten objects a batch, through the account's request
// budget, a few batches at a time; what was asked recently is not asked again (an object Asana
// would not show is asked again after a day), and after a failed batch or object it waits a minute.
#pragma once

#include "api/DetailBatch.h"
#include "store/EventStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <functional>

namespace AsanaFeed {

class AsanaClient;
class ApiReply;
class EventModel;

class EventDetails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetails)

public:
    // Sends a request when the budget allows (PollScheduler::submit), unless `owner` is gone.
    using Gate = std::function<void(QObject* owner, std::function<ApiReply*()> send, int cost)>;
    using Clock = std::function<QDateTime()>;

    // Details older than this are asked again when their rows are shown.
    static constexpr std::chrono::hours staleAfter{24 * 7};
    // An object Asana would not show (deleted, no access) is asked again after this.
    static constexpr std::chrono::hours unavailableFor{24};
    // Batches in flight at once: the rest waits for them (the newest rows shown first).
    static constexpr int maxBatchesInFlight = 2;
    // A comment's text is kept up to this many characters.
    static constexpr qsizetype maxTextChars = 65536;

    EventDetails(EventModel* model, EventStore* store, QObject* parent = nullptr);
    ~EventDetails() override;

    // Where to ask; null: ask nothing (signed out, offline start). Requests in flight are
    // forgotten, their answers dropped. The rows shown last are asked about once there is a client.
    void setClient(AsanaClient* client, Gate gate = {});
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The model's rows the person sees now (and the next ones they are likely to): the objects
    // they need and do not have are asked about, and a batch that is not full is filled from the
    // `fill` rows (the ones after those, in the order the view shows them).
    void want(const QList<int>& rows, const QList<int>& fill = {});
    // Objects wanted now, whatever rows are on screen (a comment a notification waits for): asked
    // ahead of the rows' queue, through the same budget, and not dropped when other rows are shown.
    // The answer comes as settled(). False when nobody can be asked now (no client, or Asana failed
    // a moment ago): the caller goes on without.
    bool ask(const QList<DetailQuery>& queries);
    // Whether ask() would send anything now.
    [[nodiscard]] bool canAsk() const;

    // What one answer teaches: the object itself (for a task, who it involves: its assignee,
    // creator and followers, by gid) and, for a story, the person and task it names. Names are cut
    // to one line, a text to maxTextChars. Nothing for an answer that failed.
    [[nodiscard]] static QList<StoredDetail> storedFrom(const DetailAnswer& answer, const QDateTime& now);

    [[nodiscard]] int batchesInFlight() const { return int(m_inFlight.size()); }

signals:
    // A batch was answered and what it taught was kept (tests wait for this).
    void answered(int objects);
    // A batch came back (or failed): what it asked, and what it taught — a comment's whole text
    // (up to maxTextChars), not the rows' excerpt.
    void settled(const QList<DetailQuery>& asked, const QList<StoredDetail>& learned);

private:
    struct Batch
    {
        QList<DetailQuery> queries;
        QPointer<QObject> step;
    };

    [[nodiscard]] QDateTime now() const;
    void sendNext();
    void finish(QObject* step, const ApiResult& result);

    EventModel* m_model = nullptr;
    EventStore* m_store = nullptr;
    QPointer<AsanaClient> m_client;
    Gate m_gate;
    Clock m_clock;
    QList<int> m_shown; // the rows wanted last, and their fill
    QList<int> m_fill;
    QHash<QString, QDateTime> m_retryAt; // objects whose answer failed: not asked before then
    QList<DetailQuery> m_queue;          // wanted, not sent yet: the rows shown last first
    QList<DetailQuery> m_urgent;         // ask()ed, not sent yet: before m_queue
    QSet<QString> m_asked;               // queued or in flight
    QList<Batch> m_inFlight;
    QDateTime m_failedAt; // a whole batch failed: wait a minute before the next
};

} // namespace AsanaFeed
