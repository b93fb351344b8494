#include "store/EventStore.h"

#include "api/EventPage.h"
#include "store/PrivateFiles.h"
#include "util/Logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <limits>

namespace AsanaFeed {

namespace {

// Each entry takes the schema from version (index) to version (index + 1). Never edit a
// released step: add a new one.
const char* const migrations[] = {
    // 0 → 1
    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY,"
    "  key BLOB NOT NULL,"
    "  subscription TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL," // ms since the epoch, UTC
    "  raw BLOB NOT NULL,"
    "  unread INTEGER NOT NULL DEFAULT 1);"
    // The key refuses duplicates. Led by the time (part of the key's hash anyway), so that the
    // index grows at its end like the table, instead of dirtying a random page per insert.
    "CREATE UNIQUE INDEX events_by_key ON events(created_at, key);"
    "CREATE INDEX events_by_time ON events(created_at, id);"
    "CREATE TABLE subscriptions ("
    "  gid TEXT PRIMARY KEY,"
    "  sync_token TEXT,"
    "  token_at INTEGER,"
    "  state TEXT NOT NULL DEFAULT '');"
    "CREATE TABLE gaps ("
    "  id INTEGER PRIMARY KEY,"
    "  subscription TEXT NOT NULL,"
    "  detected_at INTEGER NOT NULL);",
    // 1 → 2: where a gap happened (for the feed and export), and fast unread counts.
    "ALTER TABLE gaps ADD COLUMN since INTEGER;"
    "ALTER TABLE gaps ADD COLUMN after_event_id INTEGER NOT NULL DEFAULT 0;"
    "CREATE INDEX gaps_by_time ON gaps(detected_at);"
    "CREATE INDEX events_unread ON events(subscription) WHERE unread = 1;",
    // 2 → 3: an event whose time Asana did not give (or gave unreadably) is kept at the time it
    // was received, so that retention counts from then instead of deleting it as "older than
    // 30 days"; such events are told apart from one another by their key alone. Rows of older
    // versions that were stored at time 0 count from the upgrade.
    "ALTER TABLE events ADD COLUMN time_known INTEGER NOT NULL DEFAULT 1;"
    "UPDATE events SET time_known = 0, "
    "  created_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) WHERE created_at = 0;"
    "CREATE UNIQUE INDEX events_timeless ON events(key) WHERE time_known = 0;",
    // 3 → 4: what is followed, as the person chose it (name, type, paused, muted), the time of its
    // newest event, and what Asana said about the objects the feed shows (names, comment texts,
    // links), kept across restarts with when it was asked.
    "ALTER TABLE subscriptions ADD COLUMN name TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE subscriptions ADD COLUMN resource_type TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE subscriptions ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE subscriptions ADD COLUMN muted INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE subscriptions ADD COLUMN last_event_at INTEGER;"
    "CREATE TABLE details ("
    "  gid TEXT PRIMARY KEY,"
    "  kind TEXT NOT NULL,"
    "  name TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL DEFAULT '',"
    "  permalink TEXT NOT NULL DEFAULT '',"
    "  fetched_at INTEGER NOT NULL);",
    // 4 → 5: done (a row the person put out of the way; it leaves the feed's default view), and
    // who acted (the event's user gid, copied out of the JSON by rewriteFromEvents()) so that the
    // badge — unread, not done, not muted, not hidden — is one indexed count over the whole
    // history.
    "ALTER TABLE events ADD COLUMN done INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE events ADD COLUMN actor_gid TEXT NOT NULL DEFAULT '';"
    // unread and done in the index too: SQLite 3.40 reads a partial index without the table only
    // when it holds every column the query names.
    "CREATE INDEX events_badge ON events(subscription, actor_gid, unread, done) WHERE unread = 1 AND done = 0;",
    // 5 → 6: who a task involves (its assignee, creator and followers, by gid; the followers
    // comma-separated), so that a change to a task the person is assigned to, created or follows
    // notifies. NULL followers: not asked yet (the rows kept before, a task a story only named).
    "ALTER TABLE details ADD COLUMN assignee_gid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE details ADD COLUMN creator_gid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE details ADD COLUMN follower_gids TEXT;",
    // 6 → 7: the event key is SipHash-2-4-128 (EventKey.h) instead of SHA-256 cut to 16 bytes; no
    // change of tables, the kept rows get their new keys in C++ (see migrate()), so that an event
    // kept before still refuses its repetition after.
    "",
};
static_assert(std::size(migrations) == EventStore::schemaVersion);

qint64 toMs(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as NULL; the text columns are NOT NULL, and "not known" is ''.
QString orEmpty(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

constexpr int busyTimeoutMs = 5000;

// SQLite's primary result codes (sqlite3.h), as the Qt driver reports them in nativeErrorCode().
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;

// Only SQLite's own verdict makes a file damaged: a lock held by someone else, a permission or a
// full disk says nothing about the file's content.
EventStore::OpenFailure classify(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // extended codes carry the primary in the low byte
    if (!ok) {
        return EventStore::OpenFailure::Unusable;
    }
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        return EventStore::OpenFailure::Busy;
    case sqliteCorrupt:
    case sqliteNotADatabase:
        return EventStore::OpenFailure::Damaged;
    default:
        return EventStore::OpenFailure::Unusable;
    }
}

} // namespace

EventStore::EventStore(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("asanafeed-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

EventStore::~EventStore()
{
    close();
}

QString EventStore::defaultPath(const QString& accountGid)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/accounts/") +
           accountGid + QStringLiteral("/events.sqlite");
}

bool EventStore::removeHistory(const QString& path)
{
    bool removed = true;
    const QDir folder = QFileInfo(path).absoluteDir();
    // The history, its -wal and -shm, and copies of it set aside as damaged: all of it is theirs.
    QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    const QString name = QFileInfo(path).fileName();
    for (const QString& aside : folder.entryList({name + QStringLiteral(".corrupt-*")}, QDir::Files)) {
        files.append(folder.filePath(aside));
    }
    for (const QString& file : std::as_const(files)) {
        if (QFileInfo::exists(file) && !QFile::remove(file)) {
            removed = false;
        }
    }
    if (QFileInfo(folder.absolutePath()).dir().dirName() == QLatin1String("accounts") &&
        folder.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        QDir().rmdir(folder.absolutePath());
    }
    return removed;
}

QSqlDatabase EventStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool EventStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

void EventStore::close()
{
    m_version = 0;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool EventStore::open(const QString& path)
{
    return openDatabase(path, schemaVersion);
}

bool EventStore::openAtVersion(const QString& path, int version)
{
    return openDatabase(path, version);
}

bool EventStore::openDatabase(const QString& path, int targetVersion)
{
    close();
    m_path = path;
    m_recoveryNotice.clear();
    m_openFailure = OpenFailure::None;
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory && !PrivateFiles::prepareFile(path)) {
        m_openFailure = OpenFailure::Unusable;
        return fail(tr("cannot create %1").arg(QDir::toNativeSeparators(path)));
    }
    if (openConnection(path, false) && migrate(targetVersion)) {
        m_version = userVersion();
        if (!inMemory) {
            // SQLite gives its -wal and -shm files the database's permissions; an older version's
            // history may still be readable by others.
            for (const char* suffix : {"", "-wal", "-shm"}) {
                PrivateFiles::restrictToOwner(path + QLatin1String(suffix));
            }
        }
        return true;
    }
    const QString reason = m_lastError;
    close();
    if (m_openFailure != OpenFailure::Damaged || inMemory) {
        return false; // not damaged: the file stays exactly as it is
    }
    const QString aside = moveAside(path);
    if (aside.isEmpty()) {
        return false;
    }
    qCWarning(lcStore).noquote() << "damaged database moved aside:" << reason;
    if (!PrivateFiles::prepareFile(path) || !openConnection(path, false) || !migrate(targetVersion)) {
        return false;
    }
    m_version = userVersion();
    m_recoveryNotice = tr("The local history could not be read (%1) and was set aside as %2; a new history was "
                          "started.")
                           .arg(reason, QDir::toNativeSeparators(aside));
    return true;
}

QString EventStore::openOrKeepInMemory(const QString& path)
{
    if (open(path)) {
        return {};
    }
    const QString problem = tr("The history cannot be kept on this computer (cannot use the state file %1: %2); "
                               "the feed is kept for this run only.")
                                .arg(QDir::toNativeSeparators(path), m_lastError);
    open(QStringLiteral(":memory:"));
    return problem;
}

bool EventStore::openReadOnly(const QString& path)
{
    close();
    m_path = path;
    m_recoveryNotice.clear();
    m_openFailure = OpenFailure::None;
    if (!QFileInfo(path).isFile()) {
        m_openFailure = OpenFailure::Missing;
        return fail(tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
    }
    if (!openConnection(path, true)) {
        return false;
    }
    const int version = userVersion();
    if (version < 0 || version > schemaVersion) {
        return unusableVersion(version);
    }
    if (version < oldestReadableVersion) {
        m_openFailure = OpenFailure::Unusable;
        return fail(version == 0 ? tr("%1 is not an Asana Feed history").arg(QDir::toNativeSeparators(path))
                                 : tr("%1 was written by an older version of Asana Feed; open it once with "
                                      "--follow or the window to upgrade it")
                                       .arg(QDir::toNativeSeparators(path)));
    }
    m_version = version;
    return true;
}

bool EventStore::failOpen(OpenFailure failure, const QString& what, const QSqlError& error)
{
    m_openFailure = failure;
    QString text = what + QStringLiteral(": ") + error.text();
    if (failure == OpenFailure::Busy) {
        text = tr("%1 is in use by another program (%2); nothing was changed, try again when it is done")
                   .arg(QDir::toNativeSeparators(m_path), error.databaseText());
    }
    return fail(text);
}

bool EventStore::openConnection(const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    db.setConnectOptions(readOnly ? busyTimeout + QStringLiteral(";QSQLITE_OPEN_READONLY") : busyTimeout);
    const QString name = QDir::toNativeSeparators(path);
    if (!db.open()) {
        return failOpen(classify(db.lastError()), tr("cannot open %1").arg(name), db.lastError());
    }
    // The first statements that read the file: SQLite says here whether it is a database at all.
    if (!readOnly) {
        // SQLite does not wait for a lock to change the journal mode (two processes creating the
        // same file get SQLITE_BUSY at once): wait here, as long as for any other lock.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QSqlQuery journal(db);
            if (journal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && journal.next()) {
                break;
            }
            const OpenFailure failure = classify(journal.lastError());
            if (failure != OpenFailure::Busy || waited.elapsed() > busyTimeoutMs) {
                return failOpen(failure, tr("cannot read %1").arg(name), journal.lastError());
            }
            QThread::msleep(10);
        }
        // NORMAL in WAL mode: a commit survives a crash of the app (the crash test), and only an
        // OS crash or power cut may lose the last commits — never corrupt the file.
        if (!exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !exec(QStringLiteral("PRAGMA cache_size=-16384"))) {
            m_openFailure = OpenFailure::Unusable;
            return fail(tr("cannot configure %1").arg(name));
        }
    }
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !check.next()) {
        return failOpen(classify(check.lastError()), tr("cannot read %1").arg(name), check.lastError());
    }
    return true;
}

QString EventStore::moveAside(const QString& path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString aside = path + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(path, aside)) {
        fail(tr("%1 is damaged and could not be moved aside").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    return aside;
}

int EventStore::userVersion() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

bool EventStore::exec(const QString& sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        qCWarning(lcStore) << "statement failed:" << query.lastError().text();
        return false;
    }
    return true;
}

bool EventStore::unusableVersion(int version)
{
    if (version < 0) {
        m_openFailure = OpenFailure::Unusable;
        return fail(tr("cannot read the schema version of %1").arg(QDir::toNativeSeparators(m_path)));
    }
    m_openFailure = OpenFailure::Newer;
    return fail(tr("%1 was written by a newer version of Asana Feed (schema %2)")
                    .arg(QDir::toNativeSeparators(m_path))
                    .arg(version));
}

bool EventStore::migrate(int targetVersion)
{
    int current = userVersion();
    if (current < 0 || current > schemaVersion) {
        return unusableVersion(current);
    }
    if (current >= targetVersion) {
        return true;
    }
    // Under the write lock, and the version read again: another process may be creating or
    // migrating the same file right now, and may have finished while we waited.
    QSqlDatabase db = database();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return failOpen(classify(begin.lastError()), tr("cannot migrate %1").arg(QDir::toNativeSeparators(m_path)),
                        begin.lastError());
    }
    current = userVersion();
    if (current < 0 || current > schemaVersion) {
        exec(QStringLiteral("ROLLBACK"));
        return unusableVersion(current);
    }
    if (current >= targetVersion) {
        return exec(QStringLiteral("COMMIT")); // someone else migrated it meanwhile
    }
    for (int version = current; version < targetVersion; ++version) {
        const QStringList statements =
            QString::fromLatin1(migrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                m_openFailure = classify(query.lastError());
                exec(QStringLiteral("ROLLBACK"));
                return fail(tr("migration to schema %1 failed").arg(version + 1), query);
            }
        }
        const bool backfilled =
            version + 1 == 5 ? rewriteFromEvents(5, QStringLiteral("UPDATE events SET actor_gid = ? WHERE id = ?"),
                                                 [](const Event& event) -> std::optional<QVariant> {
                                                     if (event.user && !event.user->gid.isEmpty()) {
                                                         return event.user->gid;
                                                     }
                                                     return std::nullopt;
                                                 })
            : version + 1 == 7
                ? rewriteFromEvents(7, QStringLiteral("UPDATE events SET key = ? WHERE id = ?"),
                                    [](const Event& event) -> std::optional<QVariant> { return event.key(); })
                : true;
        if (!backfilled) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        qCDebug(lcStore) << "migrating" << m_path << "to schema" << version + 1;
    }
    QSqlQuery bump(db);
    if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)) ||
        !bump.exec(QStringLiteral("COMMIT"))) {
        m_openFailure = classify(bump.lastError());
        exec(QStringLiteral("ROLLBACK"));
        return fail(tr("migration to schema %1 failed").arg(targetVersion), bump);
    }
    return true;
}

bool EventStore::rewriteFromEvents(int version, const QString& update,
                                   const std::function<std::optional<QVariant>(const Event&)>& valueOf)
{
    // From each stored event's JSON, in C++ rather than with SQLite's json_extract(): the same
    // parser as the feed's, whatever SQLite the Qt driver was built with. Inside the migration's
    // transaction, a page of rows at a time; only the one column is written.
    constexpr int page = 1000;
    const QString failed = tr("migration to schema %1 failed").arg(version);
    QSqlDatabase db = database();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, raw FROM events WHERE id > ? ORDER BY id LIMIT ?"));
    QSqlQuery write(db);
    write.prepare(update);
    qint64 after = -1;
    for (;;) {
        read.bindValue(0, after);
        read.bindValue(1, page);
        if (!read.exec()) {
            return fail(failed, read);
        }
        QList<QPair<qint64, QVariant>> values;
        int rows = 0;
        while (read.next()) {
            ++rows;
            after = read.value(0).toLongLong();
            const Parsed<Event> parsed = EventPage::parseEvent(read.value(1).toByteArray());
            if (!parsed.ok()) {
                continue;
            }
            if (std::optional<QVariant> value = valueOf(parsed.value())) {
                values.append({after, std::move(*value)});
            }
        }
        read.finish();
        for (const auto& [id, value] : std::as_const(values)) {
            write.bindValue(0, value);
            write.bindValue(1, id);
            if (!write.exec()) {
                return fail(failed, write);
            }
        }
        if (rows < page) {
            return true;
        }
    }
}

QString EventStore::eventColumns() const
{
    // A history of schema 4 or older, opened read-only (--export), has no done column: nothing
    // in it is done.
    return m_version >= 5 ? QStringLiteral("id, key, subscription, created_at, unread, raw, done")
                          : QStringLiteral("id, key, subscription, created_at, unread, raw, 0");
}

bool EventStore::fail(const QString& what, const QSqlQuery& query)
{
    return fail(what + QStringLiteral(": ") + query.lastError().text());
}

bool EventStore::fail(const QString& what)
{
    m_lastError = what;
    qCWarning(lcStore).noquote() << what;
    return false;
}

bool EventStore::rollback(const QString& what, const QSqlQuery& query)
{
    fail(what, query);
    database().rollback();
    return false;
}

bool EventStore::upsertToken(const QString& subscription, const QString& token, const QDateTime& at)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO subscriptions (gid, sync_token, token_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(gid) DO UPDATE SET sync_token = excluded.sync_token, "
                                 "token_at = excluded.token_at"));
    query.addBindValue(subscription);
    query.addBindValue(token);
    query.addBindValue(toMs(at));
    if (!query.exec()) {
        return rollback(tr("cannot save the sync token to %1").arg(QDir::toNativeSeparators(m_path)), query);
    }
    return true;
}

std::optional<KeptPage> EventStore::commitPage(const QString& subscription, const QList<Event>& events,
                                               const QString& nextSync)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || !db.transaction()) {
        fail(tr("cannot write to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
        return std::nullopt;
    }
    KeptPage kept;
    qint64 newest = 0; // the time of the page's newest new event
    if (!events.isEmpty()) {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO events (key, subscription, created_at, raw, time_known, actor_gid) "
                           "VALUES (?, ?, ?, ?, ?, ?)"));
        const qint64 receivedAt = QDateTime::currentMSecsSinceEpoch();
        newest = 0;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event& event = events.at(i);
            const bool timeKnown = event.createdAt.isValid();
            insert.bindValue(0, event.key());
            insert.bindValue(1, subscription);
            // An event without a readable time is kept (and shown, and pruned) at the time it was
            // received; it is still refused a second time by its key.
            insert.bindValue(2, timeKnown ? event.createdAt.toMSecsSinceEpoch() : receivedAt);
            insert.bindValue(3, event.json());
            insert.bindValue(4, timeKnown ? 1 : 0);
            insert.bindValue(5, orEmpty(event.user ? event.user->gid : QString()));
            if (!insert.exec()) {
                rollback(tr("cannot save the events to %1").arg(QDir::toNativeSeparators(m_path)), insert);
                return std::nullopt;
            }
            if (insert.numRowsAffected() > 0) {
                kept.newIds.append(insert.lastInsertId().toLongLong());
                kept.newIndices.append(i);
                newest = std::max(newest, timeKnown ? event.createdAt.toMSecsSinceEpoch() : receivedAt);
            }
        }
    }
    if (!upsertToken(subscription, nextSync, QDateTime::currentDateTimeUtc())) {
        return std::nullopt;
    }
    if (newest > 0) {
        QSqlQuery last(db);
        last.prepare(QStringLiteral("UPDATE subscriptions SET last_event_at = max(coalesce(last_event_at, 0), ?) "
                                    "WHERE gid = ?"));
        last.addBindValue(newest);
        last.addBindValue(subscription);
        if (!last.exec()) {
            rollback(tr("cannot save the events to %1").arg(QDir::toNativeSeparators(m_path)), last);
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        fail(tr("cannot save to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
        db.rollback();
        return std::nullopt;
    }
    return kept;
}

bool EventStore::commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync)
{
    QSqlDatabase db = database();
    if (!db.isOpen() || !db.transaction()) {
        return fail(tr("cannot write to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    const std::optional<StoredSubscription> previous = this->subscription(subscription);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO gaps (subscription, detected_at, since, after_event_id) "
                                  "VALUES (?, ?, ?, (SELECT coalesce(max(id), 0) FROM events))"));
    insert.addBindValue(subscription);
    insert.addBindValue(toMs(detectedAt));
    insert.addBindValue(previous && previous->tokenAt.isValid() ? QVariant(toMs(previous->tokenAt)) : QVariant());
    if (!insert.exec()) {
        return rollback(tr("cannot save the gap to %1").arg(QDir::toNativeSeparators(m_path)), insert);
    }
    if (!upsertToken(subscription, nextSync, detectedAt)) {
        return false;
    }
    if (!db.commit()) {
        fail(tr("cannot save to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
        db.rollback();
        return false;
    }
    return true;
}

namespace {

const QString subscriptionColumns =
    QStringLiteral("gid, sync_token, token_at, state, name, resource_type, paused, muted, last_event_at");

StoredSubscription storedSubscription(const QSqlQuery& query)
{
    return StoredSubscription{query.value(0).toString(), query.value(1).toString(), fromMs(query.value(2)),
                              query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                              query.value(6).toBool(),   query.value(7).toBool(),   fromMs(query.value(8))};
}

} // namespace

std::optional<StoredSubscription> EventStore::subscription(const QString& gid) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM subscriptions WHERE gid = ?").arg(subscriptionColumns));
    query.addBindValue(gid);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return storedSubscription(query);
}

QList<StoredSubscription> EventStore::subscriptions() const
{
    QList<StoredSubscription> result;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT %1 FROM subscriptions ORDER BY rowid").arg(subscriptionColumns))) {
        while (query.next()) {
            result.append(storedSubscription(query));
        }
    }
    return result;
}

bool EventStore::setSubscriptionState(const QString& gid, const QString& state)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO subscriptions (gid, state) VALUES (?, ?) "
                                 "ON CONFLICT(gid) DO UPDATE SET state = excluded.state"));
    query.addBindValue(gid);
    query.addBindValue(state);
    return query.exec() || fail(tr("cannot save the subscription"), query);
}

bool EventStore::addSubscription(const QString& gid, const QString& name, const QString& resourceType)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO subscriptions (gid, name, resource_type) VALUES (?, ?, ?) "
                                 "ON CONFLICT(gid) DO UPDATE SET paused = 0, "
                                 "name = CASE WHEN excluded.name = '' THEN name ELSE excluded.name END, "
                                 "resource_type = CASE WHEN excluded.resource_type = '' THEN resource_type "
                                 "ELSE excluded.resource_type END"));
    query.addBindValue(gid);
    query.addBindValue(orEmpty(name));
    query.addBindValue(orEmpty(resourceType));
    return query.exec() || fail(tr("cannot save the subscription"), query);
}

bool EventStore::nameSubscription(const QString& gid, const QString& name, const QString& resourceType)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE subscriptions SET name = ?, "
                                 "resource_type = CASE WHEN ? = '' THEN resource_type ELSE ? END WHERE gid = ?"));
    query.addBindValue(orEmpty(name));
    query.addBindValue(orEmpty(resourceType));
    query.addBindValue(orEmpty(resourceType));
    query.addBindValue(gid);
    return query.exec() || fail(tr("cannot save the subscription"), query);
}

bool EventStore::setSubscriptionPaused(const QString& gid, bool paused)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE subscriptions SET paused = ? WHERE gid = ?"));
    query.addBindValue(paused ? 1 : 0);
    query.addBindValue(gid);
    return query.exec() || fail(tr("cannot save the subscription"), query);
}

bool EventStore::setSubscriptionMuted(const QString& gid, bool muted)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE subscriptions SET muted = ? WHERE gid = ?"));
    query.addBindValue(muted ? 1 : 0);
    query.addBindValue(gid);
    return query.exec() || fail(tr("cannot save the subscription"), query);
}

bool EventStore::removeSubscription(const QString& gid, bool dropHistory)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return fail(tr("cannot write to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    QStringList statements{QStringLiteral("DELETE FROM subscriptions WHERE gid = ?")};
    if (dropHistory) {
        statements << QStringLiteral("DELETE FROM events WHERE subscription = ?")
                   << QStringLiteral("DELETE FROM gaps WHERE subscription = ?");
    }
    for (const QString& statement : std::as_const(statements)) {
        QSqlQuery query(db);
        query.prepare(statement);
        query.addBindValue(gid);
        if (!query.exec()) {
            return rollback(tr("cannot remove the subscription"), query);
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("cannot save to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    return true;
}

StoredDetail EventStore::withValidPeople(StoredDetail detail)
{
    if (!isValidGid(detail.assigneeGid)) {
        detail.assigneeGid.clear();
    }
    if (!isValidGid(detail.creatorGid)) {
        detail.creatorGid.clear();
    }
    QStringList followers;
    for (const QString& gid : std::as_const(detail.followerGids)) {
        if (followers.size() == StoredDetail::maxFollowers) {
            break;
        }
        if (isValidGid(gid) && !followers.contains(gid)) {
            followers.append(gid);
        }
    }
    detail.followerGids = followers;
    if (!detail.peopleKnown) {
        detail.assigneeGid.clear();
        detail.creatorGid.clear();
        detail.followerGids.clear();
    }
    return detail;
}

bool EventStore::keepDetails(const QList<StoredDetail>& details)
{
    if (details.isEmpty()) {
        return true;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return fail(tr("cannot write to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO details (gid, kind, name, text, permalink, fetched_at, "
                                 "assignee_gid, creator_gid, follower_gids) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StoredDetail& each : details) {
        const StoredDetail detail = withValidPeople(each);
        query.bindValue(0, detail.gid);
        query.bindValue(1, orEmpty(detail.kind));
        query.bindValue(2, orEmpty(detail.name));
        query.bindValue(3, orEmpty(detail.text));
        query.bindValue(4, orEmpty(detail.permalink));
        query.bindValue(5, toMs(detail.fetchedAt.isValid() ? detail.fetchedAt : QDateTime::currentDateTimeUtc()));
        query.bindValue(6, orEmpty(detail.assigneeGid));
        query.bindValue(7, orEmpty(detail.creatorGid));
        // NULL: nothing known of the task's people (which an empty list of followers is not).
        query.bindValue(8, detail.peopleKnown ? QVariant(orEmpty(detail.followerGids.join(QLatin1Char(','))))
                                              : QVariant(QMetaType(QMetaType::QString)));
        if (!query.exec()) {
            return rollback(tr("cannot save details to %1").arg(QDir::toNativeSeparators(m_path)), query);
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("cannot save to %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    }
    return true;
}

namespace {

// The current row of a query that selected detailColumns.
StoredDetail storedDetail(const QSqlQuery& query)
{
    StoredDetail detail{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), fromMs(query.value(5))};
    if (query.record().count() > 8 && !query.value(8).isNull()) {
        detail.peopleKnown = true;
        detail.assigneeGid = query.value(6).toString();
        detail.creatorGid = query.value(7).toString();
        detail.followerGids = query.value(8).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    // The file is not trusted more than the network it was filled from.
    return EventStore::withValidPeople(std::move(detail));
}

} // namespace

QString EventStore::detailColumns() const
{
    return m_version >= 6 ? QStringLiteral("gid, kind, name, text, permalink, fetched_at, assignee_gid, creator_gid, "
                                           "follower_gids")
                          : QStringLiteral("gid, kind, name, text, permalink, fetched_at");
}

QHash<QString, StoredDetail> EventStore::details(const QStringList& gids) const
{
    QHash<QString, StoredDetail> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM details WHERE gid = ?").arg(detailColumns()));
    for (const QString& gid : gids) {
        query.bindValue(0, gid);
        if (query.exec() && query.next()) {
            result.insert(gid, storedDetail(query));
        }
    }
    return result;
}

QHash<QString, StoredDetail> EventStore::allDetails() const
{
    QHash<QString, StoredDetail> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT %1 FROM details").arg(detailColumns()))) {
        while (query.next()) {
            StoredDetail detail = storedDetail(query);
            result.insert(detail.gid, std::move(detail));
        }
    }
    return result;
}

namespace {

// The current row of a query that selected eventColumns.
StoredEvent storedEvent(const QSqlQuery& query)
{
    StoredEvent event;
    event.id = query.value(0).toLongLong();
    event.key = query.value(1).toByteArray();
    event.subscription = query.value(2).toString();
    event.createdAt = fromMs(query.value(3));
    event.unread = query.value(4).toBool();
    event.json = query.value(5).toByteArray();
    event.done = query.value(6).toBool();
    return event;
}

} // namespace

QList<StoredEvent> EventStore::readEvents(QSqlQuery& query) const
{
    QList<StoredEvent> result;
    while (query.next()) {
        result.append(storedEvent(query));
    }
    return result;
}

QList<StoredEvent> EventStore::newest(int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM events ORDER BY created_at DESC, id DESC LIMIT ?").arg(eventColumns()));
    query.addBindValue(limit);
    if (!query.exec()) {
        return {};
    }
    return readEvents(query);
}

QList<StoredEvent> EventStore::pageBefore(qint64 beforeId, int limit) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM events WHERE (created_at, id) < "
                                 "(SELECT created_at, id FROM events WHERE id = ?) "
                                 "ORDER BY created_at DESC, id DESC LIMIT ?")
                      .arg(eventColumns()));
    query.addBindValue(beforeId);
    query.addBindValue(limit);
    if (!query.exec()) {
        return {};
    }
    return readEvents(query);
}

std::optional<StoredEvent> EventStore::event(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(eventColumns()));
    query.addBindValue(id);
    if (!query.exec()) {
        return std::nullopt;
    }
    QList<StoredEvent> events = readEvents(query);
    if (events.isEmpty()) {
        return std::nullopt;
    }
    return events.takeFirst();
}

qint64 EventStore::eventCount() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM events")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

qint64 EventStore::lastEventId() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT max(id) FROM events")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong(); // NULL (no events): 0
}

qint64 EventStore::unreadCount(const QString& subscription) const
{
    QSqlQuery query(database());
    if (subscription.isEmpty()) {
        query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE unread = 1"));
    } else {
        query.prepare(QStringLiteral("SELECT count(*) FROM events WHERE subscription = ? AND unread = 1"));
        query.addBindValue(subscription);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

bool EventStore::setRead(qint64 id, bool read)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE events SET unread = ? WHERE id = ?"));
    query.addBindValue(read ? 0 : 1);
    query.addBindValue(id);
    return query.exec() || fail(tr("cannot mark the event"), query);
}

bool EventStore::markRead(const QList<qint64>& ids)
{
    return setEach(QStringLiteral("UPDATE events SET unread = ? WHERE id = ?"), ids, 0);
}

bool EventStore::setEach(const QString& update, const QList<qint64>& ids, int value)
{
    if (ids.isEmpty()) {
        return true;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return fail(tr("cannot start a transaction"));
    }
    QSqlQuery query(db);
    query.prepare(update);
    for (const qint64 id : ids) {
        query.bindValue(0, value);
        query.bindValue(1, id);
        if (!query.exec()) {
            return rollback(tr("cannot mark the events"), query);
        }
    }
    if (!db.commit()) {
        db.rollback();
        return fail(tr("cannot commit: %1").arg(db.lastError().text()));
    }
    return true;
}

bool EventStore::markAllRead()
{
    return exec(QStringLiteral("UPDATE events SET unread = 0 WHERE unread = 1"));
}

bool EventStore::setDone(const QList<qint64>& ids, bool done)
{
    return setEach(QStringLiteral("UPDATE events SET done = ? WHERE id = ?"), ids, done ? 1 : 0);
}

qint64 EventStore::badgeCount(const QSet<QString>& hiddenSubscriptions, const QSet<QString>& hiddenPeople) const
{
    const auto placeholders = [](qsizetype count) {
        QStringList marks(count, QStringLiteral("?"));
        return marks.join(QLatin1Char(','));
    };
    // A covering read of events_badge: only the unread rows that are not done are visited.
    QString sql = QStringLiteral("SELECT count(*) FROM events WHERE unread = 1 AND done = 0 "
                                 "AND subscription NOT IN (SELECT gid FROM subscriptions WHERE muted = 1)");
    if (!hiddenSubscriptions.isEmpty()) {
        sql += QStringLiteral(" AND subscription NOT IN (%1)").arg(placeholders(hiddenSubscriptions.size()));
    }
    if (!hiddenPeople.isEmpty()) {
        sql += QStringLiteral(" AND actor_gid NOT IN (%1)").arg(placeholders(hiddenPeople.size()));
    }
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QString& gid : hiddenSubscriptions) {
        query.addBindValue(gid);
    }
    for (const QString& gid : hiddenPeople) {
        query.addBindValue(gid);
    }
    if (!query.exec() || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<StoredGap> EventStore::gaps() const
{
    QList<StoredGap> result;
    forEachInOrder({}, [&result](const StoredGap& gap) {
        result.append(gap);
        return true;
    });
    return result;
}

QDateTime EventStore::lastGapSince(const QString& subscription) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT since FROM gaps WHERE subscription = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(subscription);
    if (!query.exec() || !query.next()) {
        return {};
    }
    return fromMs(query.value(0));
}

bool EventStore::forEachInOrder(const std::function<bool(const StoredEvent&)>& onEvent,
                                const std::function<bool(const StoredGap&)>& onGap) const
{
    QList<StoredGap> gapList;
    {
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT id, subscription, since, detected_at, after_event_id FROM gaps "
                                       "ORDER BY after_event_id, id"))) {
            return false;
        }
        while (query.next()) {
            gapList.append({query.value(0).toLongLong(), query.value(1).toString(), fromMs(query.value(2)),
                            fromMs(query.value(3)), query.value(4).toLongLong()});
        }
    }
    qsizetype nextGap = 0;
    const auto emitGapsUpTo = [&](qint64 eventId) {
        while (nextGap < gapList.size() && gapList.at(nextGap).afterEventId < eventId) {
            if (onGap && !onGap(gapList.at(nextGap))) {
                return false;
            }
            ++nextGap;
        }
        return true;
    };
    if (onEvent) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT %1 FROM events ORDER BY id").arg(eventColumns()))) {
            return false;
        }
        while (query.next()) {
            const StoredEvent event = storedEvent(query);
            if (!emitGapsUpTo(event.id) || !onEvent(event)) {
                return true;
            }
        }
    }
    emitGapsUpTo(std::numeric_limits<qint64>::max());
    return true;
}

qint64 EventStore::prune(const QDateTime& cutoff, int batchSize, int maxBatches)
{
    QSqlDatabase db = database();
    qint64 total = 0;
    for (int batches = 0; maxBatches <= 0 || batches < maxBatches; ++batches) {
        if (!db.transaction()) {
            return -1;
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM events WHERE id IN "
                                     "(SELECT id FROM events WHERE created_at < ? ORDER BY created_at LIMIT ?)"));
        query.addBindValue(toMs(cutoff));
        query.addBindValue(batchSize);
        if (!query.exec()) {
            rollback(tr("cannot prune the history"), query);
            return -1;
        }
        const int deleted = query.numRowsAffected();
        if (!db.commit()) {
            db.rollback();
            return -1;
        }
        total += deleted;
        if (deleted < batchSize) {
            break;
        }
    }
    QSqlQuery gapsQuery(db);
    gapsQuery.prepare(QStringLiteral("DELETE FROM gaps WHERE detected_at < ?"));
    gapsQuery.addBindValue(toMs(cutoff));
    gapsQuery.exec();
    if (maxBatches <= 0 || total < qint64(batchSize) * maxBatches) {
        // Caught up: details fetched before the cutoff go too (their rows are gone, and a row
        // still shown asks again after a week anyway).
        QSqlQuery detailsQuery(db);
        detailsQuery.prepare(QStringLiteral("DELETE FROM details WHERE fetched_at < ?"));
        detailsQuery.addBindValue(toMs(cutoff));
        if (!detailsQuery.exec()) {
            qCWarning(lcStore) << "cannot prune details:" << detailsQuery.lastError().text();
        }
    }
    if (total > 0) {
        qCDebug(lcStore) << "pruned" << total << "events older than" << cutoff;
        emit pruned(total);
    }
    return total;
}

void EventStore::startRetention(int days)
{
    m_retentionDays = days;
    if (!m_retentionTimer) {
        m_retentionTimer = new QTimer(this);
        m_retentionTimer->setInterval(std::chrono::hours(24));
        connect(m_retentionTimer, &QTimer::timeout, this, [this] { pruneStep(0); });
    }
    m_retentionTimer->start();
    pruneStep(0);
}

void EventStore::pruneStep(qint64 deletedSoFar)
{
    // One small batch per turn of the event loop: a large backlog never blocks the app.
    constexpr int batch = 500;
    const qint64 deleted = prune(QDateTime::currentDateTimeUtc().addDays(-m_retentionDays), batch, 1);
    if (deleted == batch) {
        QTimer::singleShot(0, this, [this, total = deletedSoFar + deleted] { pruneStep(total); });
    } else if (deletedSoFar + qMax<qint64>(deleted, 0) > 0) {
        qCInfo(lcStore) << "retention: pruned" << deletedSoFar + qMax<qint64>(deleted, 0) << "events older than"
                        << m_retentionDays << "days";
    }
}

} // namespace AsanaFeed
