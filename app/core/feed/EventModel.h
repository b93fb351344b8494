// EventModel: the feed as a list model over the store, newest first. Holds compact rows — every
// repeated string (people, projects, types) is interned once and rows keep small indices — and
// builds sentences on demand. Older rows come through canFetchMore()/fetchMore(); live pages
// arrive with one beginInsertRows() each. Gap rows ("events may be missing") are rows too.
// What Asana said about the objects the rows name (StoredDetail: names, a comment's text, links)
// fills in what the events left out: rows appear at once and improve when details arrive.
#pragma once

#include "api/DetailBatch.h"
#include "api/Event.h"
#include "feed/EventFormatter.h"
#include "store/EventStore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <array>

namespace AsanaFeed {

// Strings shared by all rows: index 0 is the empty string. Also keeps each string's folded form
// (lower case, accents removed) for the filter.
class StringPool final
{
public:
    StringPool();
    quint32 intern(const QString& text);
    [[nodiscard]] const QString& at(quint32 index) const { return m_strings.at(index); }
    [[nodiscard]] const QString& foldedAt(quint32 index) const { return m_folded.at(index); }
    [[nodiscard]] qsizetype size() const { return m_strings.size(); }
    // The index of `text` if it was interned (0 if not, or if it is empty).
    [[nodiscard]] quint32 find(const QString& text) const { return m_index.value(text); }
    [[nodiscard]] qsizetype bytes() const; // approximate heap use, for benchmarks
    void clear();

    // Lower case, accents and other marks removed: "Ñandú Café" → "nandu cafe".
    [[nodiscard]] static QString fold(const QString& text);

private:
    QList<QString> m_strings;
    QList<QString> m_folded;
    QHash<QString, quint32> m_index;
};

class EventModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventModel)

public:
    // One feed row. 24 interned strings and a few numbers: about 130 bytes.
    struct Row
    {
        qint64 id = 0;          // store row id; 0 for gaps
        qint64 createdAtMs = 0; // for gaps: detected at
        qint64 sinceMs = 0;     // gaps only; 0 = unknown
        quint32 actor = 0;
        quint32 actorGid = 0;
        quint32 action = 0;
        quint32 resourceName = 0;
        quint32 resourceType = 0;
        quint32 resourceSubtype = 0;
        quint32 resourceGid = 0;
        quint32 parentName = 0;
        quint32 parentType = 0;
        quint32 parentGid = 0;
        quint32 changeField = 0;
        quint32 changeAction = 0;
        quint32 changeValueName = 0;
        quint32 changeValueType = 0;
        quint32 changeSubValueName = 0;
        quint32 changeValueGid = 0;
        quint32 storyText = 0; // what the row knows of its story's text (its own, or its companion's)
        quint32 companion = 0; // the system story folded into this row (its gid), if any
        quint32 subscription = 0;
        quint32 subscriptionName = 0; // the subscription's display name (setSubscriptionNames)
        quint32 skeleton = 0;         // the sentence without its names, folded (for text search on verbs)
        quint8 kind = 0;              // EventKind
        quint8 filled = 0;            // Filled: names the details gave (the event had none)
        quint8 shown = 0;             // Shown: which strings the row shows (what the search may match)
        bool unread = true;
        bool done = false; // out of the default view (EventFilterModel), in the "Done" view
        bool gap = false;
    };

    // Row::filled: which names came from the details rather than the event.
    enum Filled : quint8 {
        FilledActor = 1,
        FilledResource = 2,
        FilledParent = 4,
        FilledValue = 8,
        FilledSubtype = 16,
    };
    // Row::shown: which of a row's strings appear in what it shows.
    enum Shown : quint8 {
        ShownActor = 1,
        ShownResource = 2,
        ShownParent = 4,
        ShownValue = 8,
        ShownSubValue = 16,
        ShownSubscription = 32, // the project line shows the subscription's name
        ShownStoryText = 64,    // a comment's first lines
    };

    explicit EventModel(EventStore* store, QObject* parent = nullptr);
    ~EventModel() override;

    // The signed-in person (their gid): their rows read "You …". Empty: everyone by name.
    void setMe(const QString& gid);
    [[nodiscard]] QString me() const { return m_me; }

    // What Asana said about objects the rows name (kept in the store by whoever asked): rows
    // that name them are updated (dataChanged). reload() reads all the store has.
    void addDetails(const QList<StoredDetail>& details);
    // What the model knows of `gid` (a story's text only as far as a row shows it), or null.
    [[nodiscard]] const StoredDetail* detail(const QString& gid) const;
    // A detail that says only that Asana would not tell (gone, or not ours to see).
    [[nodiscard]] static bool isUnavailable(const StoredDetail& detail);
    // The objects rows first…last would show better with their details — a story whose text or
    // kind the row needs, a person or task the event named only by gid — that are not known, or
    // were asked before `staleBefore` (before `retryUnavailableBefore` for unavailable ones).
    // In row order, each once.
    [[nodiscard]] QList<DetailQuery> detailsWanted(int first, int last, const QDateTime& staleBefore,
                                                   const QDateTime& retryUnavailableBefore) const;

    // How many rows a load or fetchMore() reads from the store.
    void setPageSize(int rows) { m_pageSize = rows; }
    // Names shown for subscriptions (gid → project name) when an event does not carry one.
    void setSubscriptionNames(const QHash<QString, QString>& names);
    [[nodiscard]] QString subscriptionName(const QString& gid) const { return m_subscriptionNames.value(gid); }
    // The pooled name of a pooled subscription gid (0: none), for the filter's per-string matching.
    [[nodiscard]] quint32 subscriptionNameIndex(quint32 subscription) const
    {
        return m_subscriptionNameIndex.value(subscription);
    }

    // Reads the newest page (and the gaps inside it) from the store.
    void reload();

    // Live input, after the store kept them: the page's new events and their row ids.
    void addEvents(const QString& subscription, const QList<Event>& events, const QList<qint64>& ids);
    void addGap(const QString& subscription, const QDateTime& since, const QDateTime& detectedAt);

    // The row of event `id` (a store id), reading older pages from the store until it is loaded;
    // -1 when the feed has no row of its own for it (folded into another, pruned, not this history).
    int loadEvent(qint64 id);

    bool setRead(int row, bool read);
    // Marks the events with these store ids read (those not loaded too), in one transaction.
    bool markRead(const QList<qint64>& ids);
    void markAllRead();
    // Every unread event of the history, done or not, hidden or not ("Mark All Read" has work).
    [[nodiscard]] int unreadCount() const { return m_unread; }

    // Done: the person put the event out of the way (kept in the store, shown in the "Done" view).
    bool setDone(int row, bool done);
    // The same by store ids (those not loaded too), in one transaction.
    bool setDone(const QList<qint64>& ids, bool done);
    // The row of the event with store id `id`, or -1 when it is not loaded.
    [[nodiscard]] int rowOfId(qint64 id) const;

    // The number the tray shows and the status bar says: events of the whole history that are
    // unread and not done, except those of muted subscriptions (the store knows which) and of the
    // projects and people the person hid. Kept up to date as events arrive, are read or done; call
    // recountBadge() when a subscription is muted or unmuted.
    [[nodiscard]] int badgeCount() const { return m_badge; }
    // The hidden projects (subscription gids) and people (actor gids) the badge leaves out: the
    // feed's FilterState::excludedSubscriptions and excludedPeople.
    void setBadgeExclusions(const QSet<QString>& subscriptions, const QSet<QString>& people);
    void recountBadge();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // For EventFilterModel and benchmarks.
    [[nodiscard]] const Row& rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const StringPool& strings() const { return m_strings; }
    [[nodiscard]] EventFacts factsOf(const Row& row) const;
    // The pooled strings a row shows — its sentence's names and words, its project line, a
    // comment's first lines — with 0 for what it does not show: the search matches these only.
    [[nodiscard]] std::array<quint32, 8> searchableStrings(const Row& row) const;
    [[nodiscard]] qsizetype memoryBytes() const;
    // The link to open for a row: https on Asana's host only, or empty.
    [[nodiscard]] QUrl urlOf(const Row& row) const;
    [[nodiscard]] static bool isOpenableUrl(const QUrl& url);

signals:
    void unreadCountChanged(int count);
    void badgeCountChanged(int count);

private:
    Row makeRow(const QString& subscription, const Event& event, qint64 id, bool unread, bool done);
    // Fills what the event left out from the known details; then compose().
    void applyDetails(Row& row);
    // The row's kind, sentence skeleton and shown strings, from its facts.
    void compose(Row& row);
    // Keeps what rows show of `detail`; false when that is what was known already.
    bool remember(const StoredDetail& detail);
    void emitChanged(const QList<int>& rows, const QList<int>& roles = {});
    Row makeGapRow(const QString& subscription, qint64 sinceMs, qint64 detectedMs);
    [[nodiscard]] Sentence gapSentenceOf(const Row& row) const;
    QList<Row> rowsFrom(const QList<struct StoredEvent>& stored);
    void mergeGaps(QList<Row>& rows, qint64 newestMs, qint64 oldestMs, bool openEnded);
    void setUnread(int count);
    void internSubscriptionNames();
    // Drops rows that only repeat another row of the same batch (see the .cpp).
    void foldCompanions(QList<Row>& rows);

    EventStore* m_store = nullptr;
    StringPool m_strings;
    QList<Row> m_rows;
    QHash<QString, QString> m_subscriptionNames;
    QHash<quint32, quint32> m_subscriptionNameIndex;
    QHash<QString, StoredDetail> m_details; // by gid; a story's text cut to what a row shows
    QString m_me;
    int m_pageSize = 200;
    bool m_atEnd = false;
    int m_unread = 0;
    int m_badge = 0;
    QSet<QString> m_badgeHiddenSubscriptions;
    QSet<QString> m_badgeHiddenPeople;
};

} // namespace AsanaFeed
