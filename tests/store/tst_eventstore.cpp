// EventStore: schema migrations, the one-transaction rule, duplicate refusal, reads for the
// feed, retention, and recovery from a damaged file.
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace AsanaFeed;

namespace {

Event makeEvent(int n, const QDateTime& at = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC))
{
    const QJsonObject object{
        {QStringLiteral("action"), QStringLiteral("added")},
        {QStringLiteral("created_at"), at.addMSecs(n).toString(Qt::ISODateWithMs)},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("gid"), QStringLiteral("7")},
                                             {QStringLiteral("name"), QStringLiteral("Dana Ruiz")}}},
        {QStringLiteral("resource"), QJsonObject{{QStringLiteral("gid"), QString::number(1000 + n)},
                                                 {QStringLiteral("resource_type"), QStringLiteral("task")},
                                                 {QStringLiteral("name"), QStringLiteral("Task %1").arg(n)}}},
    };
    return parseEvent(object).value();
}

// An event by `userGid` (empty: a system event, no user).
Event eventBy(int n, const QString& userGid)
{
    QJsonObject raw = makeEvent(n).raw();
    if (userGid.isEmpty()) {
        raw.insert(QStringLiteral("user"), QJsonValue::Null);
    } else {
        raw.insert(QStringLiteral("user"),
                   QJsonObject{{QStringLiteral("gid"), userGid},
                               {QStringLiteral("name"), QString(QStringLiteral("Person ") + userGid)}});
    }
    return parseEvent(raw).value();
}

// Every column a schema-4 history has, row by row: what a migration must leave exactly as it was.
QList<QVariantList> schema4Rows(const QString& path)
{
    QList<QVariantList> rows;
    const QString name = QStringLiteral("dump");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id, key, subscription, created_at, raw, unread, time_known FROM events "
                                  "ORDER BY id"));
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < 7; ++column) {
                row.append(query.value(column));
            }
            rows.append(row);
        }
        query.exec(QStringLiteral("SELECT gid, sync_token, token_at, state, name, resource_type, paused, muted, "
                                  "last_event_at FROM subscriptions ORDER BY gid"));
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < 9; ++column) {
                row.append(query.value(column));
            }
            rows.append(row);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QList<Event> makeEvents(int from, int count)
{
    QList<Event> events;
    for (int i = from; i < from + count; ++i) {
        events.append(makeEvent(i));
    }
    return events;
}

// A second connection to the same file, as another process or a test would open it.
// The details rows as schema 5 has them, for comparing before and after a migration.
QList<QVariantList> schema5DetailRows(const QString& path)
{
    QList<QVariantList> rows;
    const QString name = QStringLiteral("dump-details");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT gid, kind, name, text, permalink, fetched_at FROM details ORDER BY gid"));
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < 6; ++column) {
                row.append(query.value(column));
            }
            rows.append(row);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

class SideConnection
{
public:
    explicit SideConnection(const QString& path)
        : m_name(QStringLiteral("side-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~SideConnection()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(SideConnection)

    bool exec(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next()) {
            return {};
        }
        return query.value(0);
    }

private:
    QString m_name;
    static inline int s_count = 0;
};

} // namespace

class TestEventStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_files)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void newDatabase_isAtTheLatestSchemaInWalMode()
    {
        EventStore store;
        const QString path = freshPath();
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.userVersion(), EventStore::schemaVersion);
        SideConnection side(path);
        QCOMPARE(side.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QVERIFY(store.recoveryNotice().isEmpty());
    }

    void migrations_fromVersion1_keepTheData()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(store.openAtVersion(path, 1));
            QCOMPARE(store.userVersion(), 1);
            SideConnection side(path);
            // Version-1 rows, written as version 1 wrote them.
            QVERIFY(side.exec(QStringLiteral("INSERT INTO events (key, subscription, created_at, raw) "
                                             "VALUES (x'01', '11', 1, '{}'), (x'02', '11', 2, '{}')")));
            QVERIFY(side.exec(QStringLiteral("INSERT INTO subscriptions (gid, sync_token, token_at) "
                                             "VALUES ('11', 'token-a', 3)")));
            QVERIFY(side.exec(QStringLiteral("INSERT INTO gaps (subscription, detected_at) VALUES ('11', 5)")));
            QVERIFY(!side.exec(QStringLiteral("SELECT since FROM gaps")));
        }
        EventStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.userVersion(), EventStore::schemaVersion);
        QCOMPARE(store.eventCount(), 2);
        QCOMPARE(store.unreadCount(), 2);
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("token-a"));
        const QList<StoredGap> gaps = store.gaps();
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().afterEventId, 0);
        QVERIFY(!gaps.first().since.isValid());
        // And the new schema works: a gap now records where it happened and since when.
        QVERIFY(store.commitGap(QStringLiteral("11"), QDateTime::currentDateTimeUtc(), QStringLiteral("token-b")));
        QCOMPARE(store.gaps().last().afterEventId, 2);
        QCOMPARE(store.gaps().last().since, QDateTime::fromMSecsSinceEpoch(3, Qt::UTC));
    }

    void newerSchema_isRefusedNotDamaged()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 2), QStringLiteral("t")));
        }
        {
            SideConnection side(path);
            QVERIFY(side.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        EventStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.lastError().contains(QStringLiteral("newer")), qPrintable(store.lastError()));
        QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")}).isEmpty());
        SideConnection side(path);
        QCOMPARE(side.value(QStringLiteral("SELECT count(*) FROM events")).toInt(), 2);
    }

    void page_andToken_areCommittedTogether()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        const auto kept = store.commitPage(QStringLiteral("11"), makeEvents(0, 100), QStringLiteral("after-100"));
        QVERIFY(kept);
        QCOMPARE(store.eventCount(), 100);
        QCOMPARE(kept->newIds.size(), 100);
        QCOMPARE(kept->newIndices.size(), 100);
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("after-100"));
        QVERIFY(store.subscription(QStringLiteral("11"))->tokenAt.isValid());
    }

    void failedCommit_keepsNeitherEventsNorToken()
    {
        const QString path = freshPath();
        EventStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 10), QStringLiteral("token-1")));
        {
            // Writing the token fails (as a full disk would) after the events were inserted.
            SideConnection side(path);
            QVERIFY(side.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON subscriptions "
                                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        QVERIFY(!store.commitPage(QStringLiteral("11"), makeEvents(10, 10), QStringLiteral("token-2")));
        QCOMPARE(store.eventCount(), 10);
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("token-1"));
        {
            SideConnection side(path);
            QVERIFY(side.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(10, 10), QStringLiteral("token-2")));
        QCOMPARE(store.eventCount(), 20);
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("token-2"));
    }

    void duplicates_areRefusedByKey()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 5), QStringLiteral("a")));
        // The same events again (a re-sent page, or the task's and its project's streams).
        const auto kept = store.commitPage(QStringLiteral("22"), makeEvents(3, 4), QStringLiteral("b"));
        QVERIFY(kept);
        QCOMPARE(store.eventCount(), 7);
        QCOMPARE(kept->newIndices, QList<qsizetype>({2, 3}));
        QCOMPARE(kept->newIds.size(), 2);
        QCOMPARE(store.subscription(QStringLiteral("22"))->syncToken, QStringLiteral("b"));
    }

    void eventBytes_areKeptExactly()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        Event event = makeEvent(1);
        event.rawBytes = QByteArray("{\"resource\":{\"gid\":\"1001\"},\"action\":\"added\",\"zeta\":1,"
                                    "\"alpha\":\"<b>\\u00e9</b>\"}");
        QVERIFY(store.commitPage(QStringLiteral("11"), {event}, QStringLiteral("a")));
        QCOMPARE(store.newest(1).first().json, event.rawBytes);
    }

    void reads_newestFirstAndPaging()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 250), QStringLiteral("a")));
        const QList<StoredEvent> first = store.newest(100);
        QCOMPARE(first.size(), 100);
        QVERIFY(first.first().createdAt > first.last().createdAt);
        QCOMPARE(first.first().createdAt, makeEvent(249).createdAt);
        const QList<StoredEvent> second = store.pageBefore(first.last().id, 100);
        QCOMPARE(second.size(), 100);
        QVERIFY(second.first().createdAt < first.last().createdAt);
        const QList<StoredEvent> third = store.pageBefore(second.last().id, 100);
        QCOMPARE(third.size(), 50);
        QCOMPARE(third.last().createdAt, makeEvent(0).createdAt);
        QVERIFY(store.pageBefore(third.last().id, 100).isEmpty());
    }

    void unread_isCountedAndToggled()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 6), QStringLiteral("a")));
        QVERIFY(store.commitPage(QStringLiteral("22"), makeEvents(6, 4), QStringLiteral("b")));
        QCOMPARE(store.unreadCount(), 10);
        QCOMPARE(store.unreadCount(QStringLiteral("22")), 4);
        const qint64 id = store.newest(1).first().id;
        QVERIFY(store.setRead(id, true));
        QCOMPARE(store.unreadCount(), 9);
        QCOMPARE(store.event(id)->unread, false);
        QVERIFY(store.setRead(id, false));
        QCOMPARE(store.unreadCount(), 10);
        QVERIFY(store.markAllRead());
        QCOMPARE(store.unreadCount(), 0);
    }

    void gaps_areKeptWhereTheyHappened()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 3), QStringLiteral("a")));
        const QDateTime detected = QDateTime::currentDateTimeUtc();
        QVERIFY(store.commitGap(QStringLiteral("11"), detected, QStringLiteral("fresh")));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(3, 2), QStringLiteral("b")));
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("b"));

        QStringList order;
        QVERIFY(store.forEachInOrder(
            [&order](const StoredEvent& event) {
                order.append(QStringLiteral("e%1").arg(event.id));
                return true;
            },
            [&order, &detected](const StoredGap& gap) {
                order.append(gap.detectedAt == detected ? QStringLiteral("gap") : QStringLiteral("wrong gap"));
                return true;
            }));
        QCOMPARE(order, QStringList({QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3"),
                                     QStringLiteral("gap"), QStringLiteral("e4"), QStringLiteral("e5")}));
    }

    void retention_prunesOldEventsInBatches()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Event> events;
        for (int i = 0; i < 1200; ++i) {
            events.append(makeEvent(i, now.addDays(-40)));
        }
        for (int i = 0; i < 30; ++i) {
            events.append(makeEvent(5000 + i, now.addDays(-2)));
        }
        QVERIFY(store.commitPage(QStringLiteral("11"), events, QStringLiteral("a")));
        QVERIFY(store.commitGap(QStringLiteral("11"), now.addDays(-35), QStringLiteral("b")));
        QSignalSpy pruned(&store, &EventStore::pruned);
        QCOMPARE(store.prune(now.addDays(-30), 500), 1200);
        QCOMPARE(store.eventCount(), 30);
        QVERIFY(store.gaps().isEmpty());
        QCOMPARE(pruned.count(), 1);
        QCOMPARE(store.prune(now.addDays(-30), 500), 0);
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("b"));
    }

    void startRetention_prunesABacklogInSmallSteps()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Event> events;
        for (int i = 0; i < 1700; ++i) {
            events.append(makeEvent(i, now.addDays(-10)));
        }
        events.append(makeEvent(9000, now.addDays(-1)));
        QVERIFY(store.commitPage(QStringLiteral("11"), events, QStringLiteral("a")));
        QSignalSpy pruned(&store, &EventStore::pruned);
        store.startRetention(7);
        // The first batch goes at once, the rest on later turns of the event loop.
        QCOMPARE(pruned.count(), 1);
        QCOMPARE(store.eventCount(), 1701 - 500);
        QTRY_COMPARE(store.eventCount(), 1);
        QCOMPARE(pruned.count(), 4);
    }

    void settings_areTypedAndBounded()
    {
        QSettings backend(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        QCOMPARE(settings.retentionDays(), 30);
        QCOMPARE(settings.pollInterval(), std::chrono::milliseconds(10000));
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setRetentionDays(90);
        QCOMPARE(settings.retentionDays(), 90);
        settings.setRetentionDays(0);
        QCOMPARE(settings.retentionDays(), 1);
        settings.setPollInterval(std::chrono::milliseconds(10));
        QCOMPARE(settings.pollInterval(), std::chrono::milliseconds(1000));
        QCOMPARE(changed.count(), 3);
        settings.setRetentionDays(1);
        QCOMPARE(changed.count(), 3);
        backend.setValue(QStringLiteral("history/retentionDays"), QStringLiteral("lots"));
        QCOMPARE(settings.retentionDays(), 30);

        // The feed's filter survives a restart.
        FilterState filter;
        filter.text = QStringLiteral("caf\u00e9");
        filter.kinds = {1, 2};
        filter.unreadOnly = true;
        settings.setFilterState(filter);
        backend.sync();
        QSettings reopened(backend.fileName(), QSettings::IniFormat);
        QCOMPARE(Settings(&reopened).filterState(), filter);
        QVERIFY(Settings(&reopened).windowGeometry().isEmpty());
    }

    void settings_notificationsAppearanceBehaviour_defaultsBoundsAndRestarts()
    {
        const QString path = m_dir.filePath(QStringLiteral("behaviour.ini"));
        QSettings backend(path, QSettings::IniFormat);
        Settings settings(&backend);
        // What a first start gives.
        QVERIFY(settings.notificationsEnabled());
        QVERIFY(!settings.notificationsPausedUntil().isValid());
        QVERIFY(!settings.quietHoursEnabled());
        QCOMPARE(settings.quietFrom(), QTime(22, 0));
        QCOMPARE(settings.quietTo(), QTime(8, 0));
        QVERIFY(!settings.notificationSound());
        QCOMPARE(settings.notificationVolume(), 60);
        QCOMPARE(settings.notificationClick(), Settings::NotificationClick::ShowInFeed);
        QCOMPARE(settings.colorScheme(), Settings::ColorScheme::System);
        QVERIFY(!settings.compactRows());
        QVERIFY(settings.closeToTray());
        QVERIFY(!settings.closeToTrayHintShown());
        QVERIFY(!settings.startMinimized());
        QVERIFY(!settings.doneOnOpen());
        QVERIFY(settings.apiBaseUrl().isEmpty());
        QCOMPARE(settings.lastNotifiedEvent(QStringLiteral("1201")), 0);

        QSignalSpy changed(&settings, &Settings::changed);
        const QDateTime until = QDateTime(QDate(2026, 12, 1), QTime(18, 30), Qt::UTC);
        settings.setNotificationsPausedUntil(until);
        settings.setQuietHours(true, QTime(21, 15, 42), QTime(7, 0));
        settings.setNotifyAllActivity(QStringLiteral("1202"), true);
        settings.setNotifyAllActivity(QStringLiteral("not a gid"), true);
        settings.setNotificationVolume(250);
        settings.setNotificationClick(Settings::NotificationClick::OpenInAsana);
        settings.setColorScheme(Settings::ColorScheme::Dark);
        settings.setCloseToTray(false);
        QVERIFY(settings.setApiBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/api/1.0"))));
        settings.setLastNotifiedEvent(QStringLiteral("1201"), 77);
        QCOMPARE(changed.count(), 8); // the last notified event is not something a view shows
        settings.setCloseToTray(false);
        settings.setNotifyAllActivity(QStringLiteral("1202"), true);
        QCOMPARE(changed.count(), 8);
        QCOMPARE(settings.notificationVolume(), 100);

        // Only https, or http to this computer: a setting never sends the token elsewhere.
        QVERIFY(!settings.setApiBaseUrl(QUrl(QStringLiteral("http://example.com/api/1.0"))));
        QCOMPARE(settings.apiBaseUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/api/1.0")));
        QVERIFY(!Settings::isAcceptableApiBaseUrl(QUrl(QStringLiteral("https://user:pw@example.com/"))));
        QVERIFY(Settings::isAcceptableApiBaseUrl(QUrl(QStringLiteral("https://example.com/api/1.0"))));
        backend.setValue(QStringLiteral("notifications/volume"), QStringLiteral("loud"));
        QCOMPARE(settings.notificationVolume(), 60);
        backend.setValue(QStringLiteral("notifications/volume"), 100);
        backend.sync();

        QSettings reopenedBackend(path, QSettings::IniFormat);
        const Settings reopened(&reopenedBackend);
        QCOMPARE(reopened.notificationsPausedUntil(), until);
        QVERIFY(reopened.quietHoursEnabled());
        QCOMPARE(reopened.quietFrom(), QTime(21, 15)); // minutes, not seconds
        QCOMPARE(reopened.quietTo(), QTime(7, 0));
        QCOMPARE(reopened.notifyAllActivity(), QSet<QString>{QStringLiteral("1202")});
        QCOMPARE(reopened.notificationClick(), Settings::NotificationClick::OpenInAsana);
        QCOMPARE(reopened.colorScheme(), Settings::ColorScheme::Dark);
        QVERIFY(!reopened.closeToTray());
        QCOMPARE(reopened.lastNotifiedEvent(QStringLiteral("1201")), 77);
        QCOMPARE(reopened.lastNotifiedEvent(QStringLiteral("1203")), 0);

        // Paused until resumed: no end, until set otherwise.
        settings.pauseNotificationsUntilResumed();
        QVERIFY(settings.notificationsPausedUntilResumed());
        QVERIFY(settings.notificationsPausedUntil() > QDateTime::currentDateTimeUtc().addYears(100));
        settings.setNotificationsPausedUntil({});
        QVERIFY(!settings.notificationsPausedUntil().isValid());
        QVERIFY(!settings.notificationsPausedUntilResumed());
    }

    void settings_oauthClient_andItsRedirect()
    {
        QSettings backend(m_dir.filePath(QStringLiteral("oauth.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        QVERIFY(settings.oauthClientId().isEmpty());
        QCOMPARE(settings.oauthRedirectPort(), quint16(8723));
        QCOMPARE(settings.oauthCallbackPath(), QStringLiteral("/callback"));
        settings.setOAuthClientId(QStringLiteral(" 1234567890 "));
        settings.setOAuthRedirectPort(9000);
        settings.setOAuthCallbackPath(QStringLiteral("/asana-feed/done"));
        QCOMPARE(settings.oauthClientId(), QStringLiteral("1234567890"));
        QCOMPARE(settings.oauthRedirectPort(), quint16(9000));
        QCOMPARE(settings.oauthCallbackPath(), QStringLiteral("/asana-feed/done"));
        // Nonsense falls back to the documented defaults.
        backend.setValue(QStringLiteral("oauth/redirectPort"), 70000);
        QCOMPARE(settings.oauthRedirectPort(), quint16(8723));
        for (const QString& path : {QStringLiteral("callback"), QStringLiteral("/cb?x=1"),
                                    QStringLiteral("//evil.example/cb"), QStringLiteral("/cb#f")}) {
            settings.setOAuthCallbackPath(path);
            QCOMPARE(settings.oauthCallbackPath(), QStringLiteral("/callback"));
        }
    }

    void settings_rememberWhoIsSignedIn_neverASecret()
    {
        QSettings backend(m_dir.filePath(QStringLiteral("account.ini")), QSettings::IniFormat);
        Settings settings(&backend);
        QVERIFY(!settings.account());

        AccountInfo account;
        account.gid = QStringLiteral("1200");
        account.name = QStringLiteral("Ada Lovelace");
        account.email = QStringLiteral("ada@example.com");
        account.photoUrl = QUrl(QStringLiteral("https://example.com/ada.png"));
        account.workspaces = {{QStringLiteral("1"), QStringLiteral("Engines")},
                              {QStringLiteral("2"), QStringLiteral("Looms")}};
        settings.setAccount(account);
        QSettings reopened(backend.fileName(), QSettings::IniFormat);
        QCOMPARE(Settings(&reopened).account(), account);
        QCOMPARE(account.displayName(), QStringLiteral("Ada Lovelace (ada@example.com)"));

        // What an earlier version wrote (gid and name only) still reads.
        backend.remove(QStringLiteral("account/info"));
        const std::optional<AccountInfo> old = settings.account();
        QVERIFY(old);
        QCOMPARE(old->gid, account.gid);
        QCOMPARE(old->name, account.name);

        // A gid names a folder: anything but a plain identifier is not an account.
        for (const QString& bad : {QStringLiteral(".."), QStringLiteral("../../x"), QStringLiteral("a/b"), QString()}) {
            backend.setValue(QStringLiteral("account/gid"), bad);
            QVERIFY2(!settings.account(), qPrintable(bad));
            QVERIFY(!AccountInfo::fromJson(QJsonObject{{QStringLiteral("gid"), bad}}));
        }

        settings.clearAccount();
        QVERIFY(!settings.account());
        QVERIFY(backend.allKeys().filter(QStringLiteral("account")).isEmpty());
    }

    void corruptFile_isMovedAsideAndAFreshOneStarted()
    {
        const QString path = freshPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray garbage(64 * 1024, '\0');
            for (qsizetype i = 0; i < garbage.size(); ++i) {
                garbage[i] = char((i * 131 + 7) % 251);
            }
            file.write(garbage);
        }
        EventStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(!store.recoveryNotice().isEmpty());
        QCOMPARE(store.eventCount(), 0);
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 2), QStringLiteral("a")));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(QFileInfo(m_dir.filePath(aside.first())).size(), 64 * 1024);
        store.close();
        // Told once: the next start finds a healthy file.
        EventStore again;
        QVERIFY(again.open(path));
        QVERIFY(again.recoveryNotice().isEmpty());
        QCOMPARE(again.eventCount(), 2);
    }

    void lockedFile_isBusyNotDamaged_andLeftAlone()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 3), QStringLiteral("t")));
        }
        {
            // Another program holds the database exclusively for longer than the busy timeout.
            SideConnection holder(path);
            QVERIFY(holder.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(holder.exec(QStringLiteral("UPDATE subscriptions SET state = 'held'")));
            EventStore store;
            QVERIFY(!store.open(path));
            QCOMPARE(store.openFailure(), EventStore::OpenFailure::Busy);
            QVERIFY2(store.lastError().contains(QStringLiteral("in use")), qPrintable(store.lastError()));
            QVERIFY(store.recoveryNotice().isEmpty());
            EventStore reader;
            QVERIFY(!reader.openReadOnly(path));
            QCOMPARE(reader.openFailure(), EventStore::OpenFailure::Busy);
            QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        }
        QVERIFY(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")}).isEmpty());
        EventStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.eventCount(), 3);
        QCOMPARE(store.subscription(QStringLiteral("11"))->syncToken, QStringLiteral("t"));
    }

    void twoOpeners_ofANewFile_bothMigrateItOnce()
    {
        // As two processes started together: each opens the file that neither has created yet.
        for (int round = 0; round < 20; ++round) {
            const QString path = freshPath();
            QString errors[2];
            int versions[2] = {-1, -1};
            const auto openIt = [&path, &errors, &versions](int i) {
                EventStore store;
                if (!store.open(path)) {
                    errors[i] = store.lastError();
                    return;
                }
                versions[i] = store.userVersion();
                if (!store.commitPage(QString::number(i), makeEvents(i * 10, 2), QStringLiteral("t"))) {
                    errors[i] = store.lastError();
                }
            };
            std::thread first(openIt, 0);
            std::thread second(openIt, 1);
            first.join();
            second.join();
            QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + QLatin1Char('|') + errors[1]));
            QCOMPARE(versions[0], EventStore::schemaVersion);
            QCOMPARE(versions[1], EventStore::schemaVersion);
            QVERIFY(
                QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".corrupt-*")}).isEmpty());
            EventStore store;
            QVERIFY(store.open(path));
            QCOMPARE(store.eventCount(), 4);
        }
    }

    void eventWithoutATime_isKeptFromWhenItWasReceived()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QJsonObject raw = makeEvent(1).raw();
        raw.remove(QStringLiteral("created_at"));
        QJsonObject unreadable = makeEvent(2).raw();
        unreadable.insert(QStringLiteral("created_at"), QStringLiteral("yesterday-ish"));
        const QList<Event> timeless{parseEvent(raw).value(), parseEvent(unreadable).value()};
        QVERIFY(!timeless.first().createdAt.isValid());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.commitPage(QStringLiteral("11"), timeless, QStringLiteral("a"))->newIds.size(), 2);
        // Shown at the time it arrived, and not pruned as if it were from 1970.
        const QList<StoredEvent> stored = store.newest(10);
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.first().createdAt >= before.addSecs(-1));
        QCOMPARE(store.prune(QDateTime::currentDateTimeUtc().addDays(-30)), 0);
        QCOMPARE(store.eventCount(), 2);
        // Sent again later (another receive time): still refused as the same event.
        QCOMPARE(store.commitPage(QStringLiteral("11"), timeless, QStringLiteral("b"))->newIds.size(), 0);
        QCOMPARE(store.eventCount(), 2);
        // Pruned like any other once it is older than the retention, counted from its arrival.
        QCOMPARE(store.prune(QDateTime::currentDateTimeUtc().addSecs(5)), 2);
    }

    void migrationTo3_keepsTimelessRowsOfOlderVersions()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(store.openAtVersion(path, 2));
            SideConnection side(path);
            QVERIFY(side.exec(QStringLiteral("INSERT INTO events (key, subscription, created_at, raw) "
                                             "VALUES (x'01', '11', 0, '{}'), (x'02', '11', 5, '{}')")));
        }
        EventStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.userVersion(), EventStore::schemaVersion);
        // The row stored at time 0 counts from the upgrade; the one from 1970 is old indeed.
        QCOMPARE(store.prune(QDateTime::currentDateTimeUtc().addDays(-30)), 1);
        QCOMPARE(store.eventCount(), 1);
        QCOMPARE(store.newest(1).first().key, QByteArray("\x01", 1));
    }

    void migrationTo5_keepsEveryRowAsItWas_andLearnsWhoActed()
    {
        const QString path = freshPath();
        QList<Event> events{eventBy(0, QStringLiteral("7")), eventBy(1, QStringLiteral("8")), eventBy(2, QString()),
                            eventBy(3, QStringLiteral("8"))};
        {
            EventStore store;
            QVERIFY(store.openAtVersion(path, 4));
            SideConnection side(path);
            // Schema-4 rows, as version 4 wrote them: one read, one in a muted subscription.
            for (int i = 0; i < events.size(); ++i) {
                QVERIFY(side.exec(QStringLiteral("INSERT INTO events (key, subscription, created_at, raw, unread) "
                                                 "VALUES (x'%1', '%2', %3, '%4', %5)")
                                      .arg(QString::fromLatin1(events.at(i).key().toHex()),
                                           i == 3 ? QStringLiteral("22") : QStringLiteral("11"))
                                      .arg(events.at(i).createdAt.toMSecsSinceEpoch())
                                      .arg(QString::fromUtf8(events.at(i).json()))
                                      .arg(i == 1 ? 0 : 1)));
            }
            QVERIFY(side.exec(QStringLiteral("INSERT INTO subscriptions (gid, sync_token, token_at, name, muted) "
                                             "VALUES ('11', 'token-a', 3, 'Launch plan', 0), "
                                             "('22', 'token-b', 4, 'Hiring', 1)")));
        }
        const QList<QVariantList> before = schema4Rows(path);
        QCOMPARE(before.size(), 6);
        {
            EventStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            QCOMPARE(store.userVersion(), EventStore::schemaVersion);
            QCOMPARE(store.eventCount(), 4);
            QCOMPARE(store.unreadCount(), 3);
            for (const StoredEvent& event : store.newest(10)) {
                QVERIFY(!event.done);
            }
            // 0 (by 7) and 2 (nobody) count; 1 is read; 3 is in the muted subscription.
            QCOMPARE(store.badgeCount(), 2);
            // Who acted was read out of the kept JSON: hiding a person leaves their events out.
            QCOMPARE(store.badgeCount({}, {QStringLiteral("7")}), 1);
            QCOMPARE(store.badgeCount({}, {QStringLiteral("7"), QStringLiteral("8")}), 1);
            QCOMPARE(store.badgeCount({QStringLiteral("11")}, {}), 0);
        }
        // Nothing that was there changed, byte for byte.
        QCOMPARE(schema4Rows(path), before);
    }

    void readOnly_readsASchema4History_asNothingDone()
    {
        const QString path = freshPath();
        {
            EventStore store;
            QVERIFY(store.openAtVersion(path, 4));
            SideConnection side(path);
            const Event event = makeEvent(5);
            QVERIFY(side.exec(QStringLiteral("INSERT INTO events (key, subscription, created_at, raw) "
                                             "VALUES (x'%1', '11', %2, '%3')")
                                  .arg(QString::fromLatin1(event.key().toHex()))
                                  .arg(event.createdAt.toMSecsSinceEpoch())
                                  .arg(QString::fromUtf8(event.json()))));
        }
        EventStore store;
        QVERIFY2(store.openReadOnly(path), qPrintable(store.lastError()));
        QCOMPARE(store.userVersion(), 4);
        const QList<StoredEvent> events = store.newest(10);
        QCOMPARE(events.size(), 1);
        QVERIFY(!events.first().done);
        QVERIFY(events.first().unread);
        int visited = 0;
        QVERIFY(store.forEachInOrder(
            [&visited](const StoredEvent& event) {
                visited += event.json.isEmpty() ? 0 : 1;
                return true;
            },
            {}));
        QCOMPARE(visited, 1);
    }

    void done_isKeptAcrossRestarts_apartFromRead()
    {
        const QString path = freshPath();
        QList<qint64> ids;
        {
            EventStore store;
            QVERIFY(store.open(path));
            ids = store.commitPage(QStringLiteral("11"), makeEvents(0, 4), QStringLiteral("a"))->newIds;
            QCOMPARE(ids.size(), 4);
            QVERIFY(store.setDone({ids.at(0), ids.at(2)}, true));
            QVERIFY(store.setRead(ids.at(1), true));
            QVERIFY(store.setDone({}, true));
        }
        EventStore store;
        QVERIFY(store.open(path));
        QVERIFY(store.event(ids.at(0))->done);
        QVERIFY(!store.event(ids.at(1))->done);
        QVERIFY(!store.event(ids.at(1))->unread);
        QVERIFY(store.event(ids.at(2))->done);
        QVERIFY(store.event(ids.at(2))->unread); // done is not read: the two are separate
        QCOMPARE(store.badgeCount(), 1);         // only 3: unread and not done
        QVERIFY(store.setDone({ids.at(0)}, false));
        QCOMPARE(store.badgeCount(), 2);
    }

    void badgeCount_leavesOutReadDoneMutedAndHidden()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addSubscription(QStringLiteral("11"), QStringLiteral("Launch plan"), QStringLiteral("project")));
        QVERIFY(store.addSubscription(QStringLiteral("22"), QStringLiteral("Hiring"), QStringLiteral("project")));
        const QList<qint64> first =
            store
                .commitPage(QStringLiteral("11"), {eventBy(0, QStringLiteral("7")), eventBy(1, QStringLiteral("8"))},
                            QStringLiteral("a"))
                ->newIds;
        const QList<qint64> second =
            store
                .commitPage(QStringLiteral("22"), {eventBy(2, QStringLiteral("7")), eventBy(3, QString())},
                            QStringLiteral("b"))
                ->newIds;
        QCOMPARE(store.badgeCount(), 4);
        QVERIFY(store.setSubscriptionMuted(QStringLiteral("22"), true));
        QCOMPARE(store.badgeCount(), 2);
        QVERIFY(store.setSubscriptionMuted(QStringLiteral("22"), false));
        QCOMPARE(store.badgeCount({QStringLiteral("22")}, {}), 2);
        QCOMPARE(store.badgeCount({}, {QStringLiteral("7")}), 2);
        QCOMPARE(store.badgeCount({QStringLiteral("11")}, {QStringLiteral("7")}), 1); // the system event stays
        // A hidden name that looks like SQL is a value, nothing else.
        QCOMPARE(store.badgeCount({QStringLiteral("') OR 1=1 --")}, {QStringLiteral("x' OR '1'='1")}), 4);
        QVERIFY(store.setRead(first.at(0), true));
        QVERIFY(store.setDone({second.at(1)}, true));
        QCOMPARE(store.badgeCount(), 2);
        QVERIFY(store.markAllRead());
        QCOMPARE(store.badgeCount(), 0);
    }

    void readOnly_neverCreatesMovesOrWrites()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
        EventStore store;
        QVERIFY(!store.openReadOnly(missing));
        QCOMPARE(store.openFailure(), EventStore::OpenFailure::Missing);
        QVERIFY(!QFileInfo::exists(missing));

        // Garbage: reported as damaged, left exactly as it was, nothing beside it.
        QTemporaryDir dir;
        const QString garbagePath = dir.filePath(QStringLiteral("garbage.sqlite"));
        QByteArray garbage(8192, 'x');
        {
            QFile file(garbagePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        QVERIFY(!store.openReadOnly(garbagePath));
        QCOMPARE(store.openFailure(), EventStore::OpenFailure::Damaged);
        store.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("garbage.sqlite")});
        QFile file(garbagePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);

        // A history of an older schema is read as it is, not migrated.
        const QString old = freshPath();
        {
            EventStore writer;
            QVERIFY(writer.openAtVersion(old, 2));
        }
        QVERIFY(store.openReadOnly(old));
        QCOMPARE(store.userVersion(), 2);
        QCOMPARE(store.eventCount(), 0);
        QVERIFY(!store.commitPage(QStringLiteral("11"), makeEvents(0, 1), QStringLiteral("a")));
    }

    void files_areTheOwnersOnly()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts/123/events.sqlite"));
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 2), QStringLiteral("a")));
            const QFile::Permissions others = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                              QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;
            for (const QString& file :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                QCOMPARE(QFile::permissions(file) & others, QFile::Permissions());
            }
            for (const QString& folder :
                 QStringList{dir.filePath(QStringLiteral("accounts")), QFileInfo(path).absolutePath()}) {
                QCOMPARE(QFile::permissions(folder) & others, QFile::Permissions());
            }
        }
        // A folder that existed before (--state /tmp/…) is not the app's to change.
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkdir(shared));
        const QFile::Permissions open = QFile::permissions(shared) | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(shared, open));
        {
            EventStore store;
            QVERIFY(store.open(shared + QStringLiteral("/feed.sqlite")));
        }
        QCOMPARE(QFile::permissions(shared), open);
        // The settings too: who is signed in is nobody else's business.
        {
            const QString settingsPath = dir.filePath(QStringLiteral("config/AsanaFeed/asana-feed.conf"));
            QSettings backend(settingsPath, QSettings::IniFormat);
            Settings settings(&backend);
            settings.setRetentionDays(12);
            backend.sync();
            QCOMPARE(backend.status(), QSettings::NoError);
            QCOMPARE(QFile::permissions(settingsPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
            QCOMPARE(QFile::permissions(QFileInfo(settingsPath).absolutePath()) & (QFile::ReadOther | QFile::ExeOther),
                     QFile::Permissions());
            settings.setRetentionDays(13); // rewritten: the permissions stay
            backend.sync();
            QCOMPARE(QFile::permissions(settingsPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        }
        QSettings reread(dir.filePath(QStringLiteral("config/AsanaFeed/asana-feed.conf")), QSettings::IniFormat);
        QCOMPARE(Settings(&reread).retentionDays(), 13);

        // A history an older version created readable by everyone is made private on open.
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        {
            EventStore store;
            QVERIFY(store.open(older));
        }
        QVERIFY(QFile::setPermissions(older, QFile::permissions(older) | QFile::ReadGroup | QFile::ReadOther));
        EventStore store;
        QVERIFY(store.open(older));
        QCOMPARE(QFile::permissions(older) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
#else
        QSKIP("POSIX permissions");
#endif
    }

    void subscriptions_keepWhatThePersonChose()
    {
        EventStore store;
        QVERIFY(store.open(freshPath()));
        QVERIFY(store.addSubscription(QStringLiteral("11"), QStringLiteral("Launch plan"), QStringLiteral("project")));
        QVERIFY(store.addSubscription(QStringLiteral("22"), QStringLiteral("Fix the login"), QStringLiteral("task")));
        QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 3), QStringLiteral("a")));
        QVERIFY(store.setSubscriptionPaused(QStringLiteral("22"), true));
        QVERIFY(store.setSubscriptionMuted(QStringLiteral("11"), true));
        const QList<StoredSubscription> all = store.subscriptions();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).gid, QStringLiteral("11")); // in the order they were followed
        QCOMPARE(all.at(0).name, QStringLiteral("Launch plan"));
        QCOMPARE(all.at(0).resourceType, QStringLiteral("project"));
        QVERIFY(all.at(0).muted);
        QVERIFY(!all.at(0).paused);
        QCOMPARE(all.at(0).syncToken, QStringLiteral("a")); // following again keeps the token
        QCOMPARE(all.at(0).lastEventAt, makeEvent(2).createdAt);
        QVERIFY(all.at(1).paused);
        QVERIFY(!all.at(1).lastEventAt.isValid());
        // Followed again: resumed; a name learnt later replaces the old one, an empty one does not.
        QVERIFY(store.addSubscription(QStringLiteral("22"), QString(), QString()));
        QVERIFY(!store.subscription(QStringLiteral("22"))->paused);
        QCOMPARE(store.subscription(QStringLiteral("22"))->name, QStringLiteral("Fix the login"));

        // Removed keeping the history, or dropping it.
        QVERIFY(store.removeSubscription(QStringLiteral("22")));
        QVERIFY(store.commitGap(QStringLiteral("11"), QDateTime::currentDateTimeUtc(), QStringLiteral("b")));
        QVERIFY(store.removeSubscription(QStringLiteral("11"), true));
        QVERIFY(store.subscriptions().isEmpty());
        QCOMPARE(store.eventCount(), 0);
        QVERIFY(store.gaps().isEmpty());
    }

    void details_areKeptWithTheirAge()
    {
        const QString path = freshPath();
        const QDateTime asked = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.keepDetails(
                {{QStringLiteral("7"), QStringLiteral("user"), QStringLiteral("Dana Ruiz"), {}, {}, asked},
                 {QStringLiteral("99"),
                  QStringLiteral("story"),
                  {},
                  QStringLiteral("Looks good — ship it"),
                  {},
                  asked}}));
        }
        EventStore store; // a restart
        QVERIFY(store.open(path));
        const auto details = store.details({QStringLiteral("7"), QStringLiteral("99"), QStringLiteral("1")});
        QCOMPARE(details.size(), 2);
        QCOMPARE(details.value(QStringLiteral("7")).name, QStringLiteral("Dana Ruiz"));
        QCOMPARE(details.value(QStringLiteral("99")).text, QStringLiteral("Looks good — ship it"));
        QCOMPARE(details.value(QStringLiteral("99")).fetchedAt, asked);
        QCOMPARE(store.allDetails().size(), 2);
    }

    void migrationTo6_keepsEveryDetail_withItsPeopleNotKnownYet()
    {
        const QString path = freshPath();
        const QDateTime asked = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        {
            EventStore store;
            QVERIFY(store.openAtVersion(path, 5));
            SideConnection side(path);
            QVERIFY(side.exec(QStringLiteral("INSERT INTO details (gid, kind, name, text, permalink, fetched_at) "
                                             "VALUES ('31', 'task', 'Fix login', '', 'https://app.asana.com/0/1/31', "
                                             "%1), ('7', 'user', 'Dana Ruiz', '', '', %1), "
                                             "('99', 'story', 'comment_added', 'Ship it', '', %1)")
                                  .arg(asked.toMSecsSinceEpoch())));
        }
        const QList<QVariantList> before = schema5DetailRows(path);
        QCOMPARE(before.size(), 3);
        {
            // Read-only (--export) reads schema 5 as it is: nothing migrated, the details there.
            EventStore store;
            QVERIFY2(store.openReadOnly(path), qPrintable(store.lastError()));
            QCOMPARE(store.userVersion(), 5);
            QCOMPARE(store.allDetails().size(), 3);
            QCOMPARE(store.details({QStringLiteral("31")}).value(QStringLiteral("31")).name,
                     QStringLiteral("Fix login"));
        }
        {
            EventStore store;
            QVERIFY2(store.open(path), qPrintable(store.lastError()));
            QCOMPARE(store.userVersion(), EventStore::schemaVersion);
            const auto details = store.allDetails();
            QCOMPARE(details.size(), 3);
            const StoredDetail task = details.value(QStringLiteral("31"));
            QCOMPARE(task.name, QStringLiteral("Fix login"));
            QCOMPARE(task.permalink, QStringLiteral("https://app.asana.com/0/1/31"));
            QCOMPARE(task.fetchedAt, asked);
            // Asked before schema 6: who it involves was never asked, so it is not known.
            QVERIFY(!task.peopleKnown);
            QVERIFY(task.followerGids.isEmpty());
            QCOMPARE(details.value(QStringLiteral("99")).text, QStringLiteral("Ship it"));
        }
        // Nothing that was there changed, byte for byte.
        QCOMPARE(schema5DetailRows(path), before);
    }

    void migrationTo7_rekeysEveryRow_soThatAKeptEventIsStillRefusedAgain()
    {
        const QString path = freshPath();
        const QList<Event> events = makeEvents(0, 3);
        {
            EventStore store;
            QVERIFY(store.openAtVersion(path, 6));
            SideConnection side(path);
            // Rows as version 6 wrote them, under keys of the old hash (any 16 bytes other than
            // today's), and one whose JSON no longer reads as an event: its key stays as it was.
            for (int i = 0; i < events.size(); ++i) {
                QVERIFY(side.exec(QStringLiteral("INSERT INTO events (key, subscription, created_at, raw) "
                                                 "VALUES (x'%1', '11', %2, '%3')")
                                      .arg(QStringLiteral("%1").arg(i + 1, 32, 10, QLatin1Char('0')))
                                      .arg(events.at(i).createdAt.toMSecsSinceEpoch())
                                      .arg(QString::fromUtf8(events.at(i).json()))));
            }
            QVERIFY(side.exec(QStringLiteral("INSERT INTO events (key, subscription, created_at, raw) "
                                             "VALUES (x'%1', '11', 5, '{}')")
                                  .arg(QStringLiteral("f").repeated(32))));
        }
        EventStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(store.userVersion(), 7);
        QCOMPARE(store.eventCount(), 4);
        QSet<QByteArray> keys;
        for (const StoredEvent& stored : store.newest(10)) {
            keys.insert(stored.key);
        }
        for (const Event& event : events) {
            QVERIFY(keys.contains(event.key()));
        }
        QVERIFY(keys.contains(QByteArray(16, '\xff')));
        // The same events again (a replayed page): refused, as before the upgrade.
        const auto kept = store.commitPage(QStringLiteral("11"), events, QStringLiteral("again"));
        QVERIFY(kept);
        QVERIFY(kept->newIndices.isEmpty());
        QCOMPARE(store.eventCount(), 4);
    }

    void details_aTasksPeople_roundTrip_andHostileOnesAreDropped()
    {
        const QString path = freshPath();
        const QDateTime asked = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        StoredDetail task{QStringLiteral("31"), QStringLiteral("task"), QStringLiteral("Fix login"), {}, {}, asked};
        task.peopleKnown = true;
        task.assigneeGid = QStringLiteral("7");
        task.creatorGid = QStringLiteral("8");
        task.followerGids = {QStringLiteral("7"), QStringLiteral("9")};
        StoredDetail hostile{QStringLiteral("32"), QStringLiteral("task"), QStringLiteral("Other"), {}, {}, asked};
        hostile.peopleKnown = true;
        hostile.assigneeGid = QStringLiteral("7 OR 1=1");
        hostile.creatorGid = QStringLiteral("../users/me");
        hostile.followerGids = {QStringLiteral("12,13"),
                                QStringLiteral("-4"),
                                QStringLiteral("12"),
                                QStringLiteral("12"),
                                QString(),
                                QStringLiteral("123456789012345678901234567890123")};
        for (int i = 0; i < 150; ++i) {
            hostile.followerGids.append(QString::number(1000 + i));
        }
        StoredDetail named{
            QStringLiteral("33"), QStringLiteral("task"), QStringLiteral("Named by a story"), {}, {}, asked};
        named.assigneeGid = QStringLiteral("7"); // without peopleKnown: not kept
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY2(store.keepDetails({task, hostile, named}), qPrintable(store.lastError()));
        }
        EventStore store; // a restart
        QVERIFY(store.open(path));
        const auto details = store.details({QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")});
        QCOMPARE(details.size(), 3);
        const StoredDetail kept = details.value(QStringLiteral("31"));
        QVERIFY(kept.peopleKnown);
        QCOMPARE(kept.assigneeGid, QStringLiteral("7"));
        QCOMPARE(kept.creatorGid, QStringLiteral("8"));
        QCOMPARE(kept.followerGids, (QStringList{QStringLiteral("7"), QStringLiteral("9")}));

        const StoredDetail cleaned = details.value(QStringLiteral("32"));
        QVERIFY(cleaned.peopleKnown);
        QVERIFY(cleaned.assigneeGid.isEmpty());
        QVERIFY(cleaned.creatorGid.isEmpty());
        QCOMPARE(cleaned.followerGids.size(), StoredDetail::maxFollowers);
        QCOMPARE(cleaned.followerGids.first(), QStringLiteral("12")); // once, the others dropped
        QCOMPARE(cleaned.followerGids.at(1), QStringLiteral("1000"));
        QVERIFY(!cleaned.followerGids.contains(QStringLiteral("13")));

        const StoredDetail unknown = details.value(QStringLiteral("33"));
        QVERIFY(!unknown.peopleKnown);
        QVERIFY(unknown.assigneeGid.isEmpty());

        // A task with no one involved is known to involve no one, which is not "not known".
        StoredDetail nobody{QStringLiteral("34"), QStringLiteral("task"), QStringLiteral("Alone"), {}, {}, asked};
        nobody.peopleKnown = true;
        QVERIFY(store.keepDetails({nobody}));
        QVERIFY(store.details({QStringLiteral("34")}).value(QStringLiteral("34")).peopleKnown);

        // A value written into the file behind the store's back is not trusted either.
        SideConnection side(path);
        QVERIFY(side.exec(QStringLiteral("UPDATE details SET assignee_gid = 'x', follower_gids = '5,y,6' "
                                         "WHERE gid = '31'")));
        const StoredDetail reread = store.details({QStringLiteral("31")}).value(QStringLiteral("31"));
        QVERIFY(reread.assigneeGid.isEmpty());
        QCOMPARE(reread.followerGids, (QStringList{QStringLiteral("5"), QStringLiteral("6")}));
    }

    void removeHistory_takesEverythingOfIt_andTheEmptyAccountFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts/42/events.sqlite"));
        {
            EventStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.commitPage(QStringLiteral("11"), makeEvents(0, 3), QStringLiteral("a")));
        }
        // A copy set aside as damaged earlier holds the person's history too.
        for (const QString& aside :
             {QStringLiteral(".corrupt-20261101-120000"), QStringLiteral(".corrupt-20261101-120000-wal")}) {
            QFile file(path + aside);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old history");
        }
        QVERIFY(EventStore::removeHistory(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("accounts"))));

        // Elsewhere (--state), only the history's own files go, never the folder or its neighbours.
        const QString chosen = dir.filePath(QStringLiteral("mine/feed.sqlite"));
        {
            EventStore store;
            QVERIFY(store.open(chosen));
        }
        QFile neighbour(dir.filePath(QStringLiteral("mine/notes.txt")));
        QVERIFY(neighbour.open(QIODevice::WriteOnly));
        neighbour.close();
        QVERIFY(EventStore::removeHistory(chosen));
        QVERIFY(!QFileInfo::exists(chosen));
        QVERIFY(neighbour.exists());
    }

    void defaultPath_isPerAccountUnderAppData()
    {
        const QString path = EventStore::defaultPath(QStringLiteral("12345"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.contains(QStringLiteral("/12345/")));
        QVERIFY(EventStore::defaultPath(QStringLiteral("1")) != EventStore::defaultPath(QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
