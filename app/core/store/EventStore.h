// EventStore: the local history, in SQLite (WAL). It keeps every event it was given exactly once
// (the event key is UNIQUE), the sync token of each subscription, and the gaps Asana admitted
// to. A page's events and the token that follows them are written in ONE transaction, so a
// crash at any moment loses nothing that was committed and never leads to a duplicate.
#pragma once

#include "api/Event.h"
#include "events/EventSink.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;
class QTimer;

namespace AsanaFeed {

// One row of the history, as the feed reads it.
struct StoredEvent
{
    qint64 id = 0; // ingest order: increases with every event kept
    QByteArray key;
    QString subscription;
    QDateTime createdAt;
    bool unread = true;
    bool done = false; // put out of the feed's default view by the person
    QByteArray json;   // the event exactly as Asana sent it
};

struct StoredGap
{
    qint64 id = 0;
    QString subscription;
    QDateTime since;         // when the subscription last synced successfully (may be invalid)
    QDateTime detectedAt;    // when Asana refused the token
    qint64 afterEventId = 0; // the last event kept before the gap was found
};

struct StoredSubscription
{
    QString gid;
    QString syncToken;
    QDateTime tokenAt; // when the token was received
    QString state;
    QString name;          // as Asana named it when it was followed (or last asked)
    QString resourceType;  // project, task, goal, portfolio, workspace; empty when not known yet
    bool paused = false;   // followed, but not polled until resumed
    bool muted = false;    // in the feed, but never notified
    QDateTime lastEventAt; // the newest event kept for it (invalid: none yet)
};

// What Asana said about an object the feed shows (a user's name, a task's name and link, a
// comment's text, who a task involves), kept with when it was asked so that it can be asked again
// when old.
struct StoredDetail
{
    // A task's followers kept at most (what Asana sends is not trusted to be small).
    static constexpr qsizetype maxFollowers = 100;

    QString gid;
    QString kind; // user, task, story, project, …
    QString name;
    QString text;      // a story's text (a comment), else empty
    QString permalink; // Asana's permalink_url, when it gave one
    QDateTime fetchedAt;
    // Who a task involves, by gid (digits only; anything else is dropped when kept). Known only
    // when `peopleKnown`: a task asked about since schema 6, not one a story merely named.
    QString assigneeGid = {};
    QString creatorGid = {};
    QStringList followerGids = {};
    bool peopleKnown = false;
};

class EventStore final : public QObject, public EventSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStore)

public:
    static constexpr int schemaVersion = 7;
    // The oldest schema openReadOnly() can read (it cannot migrate).
    static constexpr int oldestReadableVersion = 2;

    // Why the last open() or openReadOnly() failed.
    enum class OpenFailure {
        None,
        Busy,     // another program holds the database locked: nothing was touched; try later
        Damaged,  // not a database, or a malformed one (read-only: reported; read-write: set aside)
        Newer,    // written by a newer version of Asana Feed: left alone
        Missing,  // openReadOnly() of a file that does not exist
        Unusable, // anything else (permissions, a full disk, …): nothing was touched
    };

    explicit EventStore(QObject* parent = nullptr);
    ~EventStore() override;

    // Where an account's history lives: <AppDataLocation>/accounts/<gid>/events.sqlite.
    [[nodiscard]] static QString defaultPath(const QString& accountGid);
    // Deletes the history at `path` (the database, its -wal/-shm, and copies of it set aside as
    // damaged), and the account's folder when that leaves it empty. The store must not have it
    // open. False if a file stayed.
    static bool removeHistory(const QString& path);

    // Opens (creating or migrating) the database at `path`. Only a file SQLite says is not a
    // database or is malformed is moved aside (…corrupt-<timestamp>) and a fresh one started:
    // see recoveryNotice(). A busy or locked file, or one that cannot be opened for any other
    // reason, fails with lastError() and is left exactly as it was. New files are owner-only.
    bool open(const QString& path);
    // open(), and when the file cannot be used (busy, from a newer version, a disk that refuses),
    // a history in memory for this run instead, the file left exactly as it is. Returns what to
    // tell the person about it; empty when `path` opened.
    QString openOrKeepInMemory(const QString& path);
    // Opens an existing database only to read it (--export): never creates, migrates, moves or
    // writes anything. A damaged file fails with OpenFailure::Damaged.
    bool openReadOnly(const QString& path);
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString lastError() const override { return m_lastError; }
    [[nodiscard]] OpenFailure openFailure() const { return m_openFailure; }
    // Set once when open() had to move a damaged database aside: tell the person, once.
    [[nodiscard]] QString recoveryNotice() const { return m_recoveryNotice; }
    [[nodiscard]] int userVersion() const;

    // --- EventSink: the poller's side
    std::optional<KeptPage> commitPage(const QString& subscription, const QList<Event>& events,
                                       const QString& nextSync) override;
    bool commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync) override;

    // --- subscriptions
    [[nodiscard]] std::optional<StoredSubscription> subscription(const QString& gid) const;
    [[nodiscard]] QList<StoredSubscription> subscriptions() const;
    bool setSubscriptionState(const QString& gid, const QString& state);
    // Follows `gid` (or refreshes what is known of it): resumed, with its name and type.
    bool addSubscription(const QString& gid, const QString& name, const QString& resourceType);
    // What Asana calls a followed `gid` now (nothing else changes; unknown gids are ignored).
    bool nameSubscription(const QString& gid, const QString& name, const QString& resourceType = {});
    bool setSubscriptionPaused(const QString& gid, bool paused);
    bool setSubscriptionMuted(const QString& gid, bool muted);
    // Stops following `gid`: its sync token goes; its events and gaps too when `dropHistory`.
    bool removeSubscription(const QString& gid, bool dropHistory = false);

    // --- details (the enrichment's cache)
    // A task's people as they can be kept: valid gids only, each follower once, at most
    // StoredDetail::maxFollowers of them.
    [[nodiscard]] static StoredDetail withValidPeople(StoredDetail detail);
    bool keepDetails(const QList<StoredDetail>& details);
    [[nodiscard]] QHash<QString, StoredDetail> details(const QStringList& gids) const;
    [[nodiscard]] QHash<QString, StoredDetail> allDetails() const;

    // --- reads for the feed (all indexed)
    [[nodiscard]] QList<StoredEvent> newest(int limit) const;
    // The `limit` events that come before `beforeId` in the feed's order (newest first).
    [[nodiscard]] QList<StoredEvent> pageBefore(qint64 beforeId, int limit) const;
    [[nodiscard]] std::optional<StoredEvent> event(qint64 id) const;
    [[nodiscard]] qint64 eventCount() const;
    // The newest event's id (ids grow as events are kept); 0 when there are none, -1 on failure.
    [[nodiscard]] qint64 lastEventId() const;
    [[nodiscard]] qint64 unreadCount(const QString& subscription = {}) const;
    bool setRead(qint64 id, bool read);
    // Marks many events read in one transaction.
    bool markRead(const QList<qint64>& ids);
    bool markAllRead();
    // Marks many events done (or not) in one transaction.
    bool setDone(const QList<qint64>& ids, bool done);
    // What the tray's badge says, over the whole history: events unread and not done, except
    // those of muted subscriptions, of `hiddenSubscriptions` and by `hiddenPeople` (the feed's
    // hidden projects and people). -1 when it cannot be read.
    [[nodiscard]] qint64 badgeCount(const QSet<QString>& hiddenSubscriptions = {},
                                    const QSet<QString>& hiddenPeople = {}) const;
    [[nodiscard]] QList<StoredGap> gaps() const;
    // Since when the newest gap of `subscription` may have missed events (invalid: unknown, none).
    [[nodiscard]] QDateTime lastGapSince(const QString& subscription) const;
    // Every event oldest first (ingest order), gaps where they happened; stops when a visitor
    // returns false. Either visitor may be empty.
    bool forEachInOrder(const std::function<bool(const StoredEvent&)>& onEvent,
                        const std::function<bool(const StoredGap&)>& onGap) const;

    // --- retention
    // Deletes events (and gaps, and details asked) from before `cutoff`, `batchSize` rows per transaction, at
    // most `maxBatches` transactions (0: until done). Returns how many events were deleted, or -1.
    qint64 prune(const QDateTime& cutoff, int batchSize = 500, int maxBatches = 0);
    // Keeps `days` days: prunes now, a batch per event-loop turn, and again every day.
    void startRetention(int days);

    // For tests of migrations: create the schema only up to `version`.
    bool openAtVersion(const QString& path, int version);

signals:
    void pruned(qint64 count);

private:
    bool openDatabase(const QString& path, int targetVersion);
    bool openConnection(const QString& path, bool readOnly);
    // Renames a damaged file (and its -wal/-shm) to <path>.corrupt-<timestamp>; returns the new
    // name, or nothing when it could not.
    QString moveAside(const QString& path);
    bool failOpen(OpenFailure failure, const QString& what, const QSqlError& error);
    // A schema version that cannot be read (-1) or is newer than this build knows.
    bool unusableVersion(int version);
    void pruneStep(qint64 deletedSoFar);
    bool migrate(int targetVersion);
    // For a migration to `version`, inside its transaction: reads each kept event's JSON again
    // and writes what `valueOf` makes of it with `update` ("UPDATE events SET … = ? WHERE id = ?");
    // nothing for a row it gives no value (or whose JSON does not parse).
    bool rewriteFromEvents(int version, const QString& update,
                           const std::function<std::optional<QVariant>(const Event&)>& valueOf);
    // The columns storedDetail() reads, for the schema of the open file.
    [[nodiscard]] QString detailColumns() const;
    // The columns storedEvent() reads, for the schema of the open file.
    [[nodiscard]] QString eventColumns() const;
    bool exec(const QString& sql) const;
    // Runs `update` (one flag, "… SET column = ? WHERE id = ?") for each of `ids`, in one transaction.
    bool setEach(const QString& update, const QList<qint64>& ids, int value);
    bool fail(const QString& what, const QSqlQuery& query);
    bool fail(const QString& what);
    bool upsertToken(const QString& subscription, const QString& token, const QDateTime& at);
    bool rollback(const QString& what, const QSqlQuery& query);
    [[nodiscard]] QList<StoredEvent> readEvents(QSqlQuery& query) const;
    [[nodiscard]] QSqlDatabase database() const;

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    QString m_recoveryNotice;
    OpenFailure m_openFailure = OpenFailure::None;
    int m_version = 0; // the open file's schema
    QTimer* m_retentionTimer = nullptr;
    int m_retentionDays = 30;
};

} // namespace AsanaFeed
