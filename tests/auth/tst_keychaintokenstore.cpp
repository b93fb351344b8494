// KeychainTokenStore against the real Secret Service (gnome-keyring under dbus-run-session,
// which `./dev test` starts): the one-entry-per-account JSON blob written, read back, replaced
// and deleted — and never anywhere else.
#include "auth/KeychainTokenStore.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;

namespace {

TokenResult run(const std::function<void(TokenStore::Done)>& call)
{
    std::optional<TokenResult> result;
    call([&result](const TokenResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        TokenResult timeout;
        timeout.status = TokenResult::Status::Failed;
        timeout.message = QStringLiteral("no answer from the keychain");
        return timeout;
    }
    return *result;
}

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

class TestKeychainTokenStore final : public QObject
{
    Q_OBJECT

private:
    // A service name of this run's own: tests never touch the app's real entries.
    KeychainTokenStore m_store{QStringLiteral("io.github.asanafeed.AsanaFeed.test-") + randomHex()};
    bool m_available = false;

private slots:
    void initTestCase()
    {
        const TokenResult probe = run([this](TokenStore::Done done) { m_store.load(QStringLiteral("probe"), done); });
        m_available = probe.status != TokenResult::Status::Unavailable && probe.status != TokenResult::Status::Failed;
        if (!m_available) {
            if (qEnvironmentVariableIntValue("ASANAFEED_REQUIRE_KEYCHAIN") == 1) {
                QFAIL(qPrintable(QStringLiteral("the Secret Service is required but not reachable: ") + probe.message));
            }
            QSKIP("no Secret Service on this session bus; `./dev test` starts one");
        }
    }

    void missingEntry_isNotFound()
    {
        const TokenResult result = run([this](TokenStore::Done done) { m_store.load(QStringLiteral("nobody"), done); });
        QCOMPARE(result.status, TokenResult::Status::NotFound);
        QVERIFY(!result.credentials);
    }

    void oauthCredentials_roundTripAsOneEntry()
    {
        Credentials credentials;
        credentials.kind = Credentials::Kind::OAuth;
        credentials.accessToken = randomHex();
        credentials.refreshToken = randomHex();
        credentials.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        credentials.expiresAt =
            QDateTime::fromString(credentials.expiresAt.toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
        credentials.origin = QStringLiteral("http://127.0.0.1:8080");
        const QString account = QStringLiteral("1200000000000001");
        QVERIFY(run([&](TokenStore::Done done) { m_store.save(account, credentials, done); }).ok());
        const TokenResult loaded = run([&](TokenStore::Done done) { m_store.load(account, done); });
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(loaded.credentials->accessToken, credentials.accessToken);
        QCOMPARE(loaded.credentials->refreshToken, credentials.refreshToken);
        QCOMPARE(loaded.credentials->expiresAt, credentials.expiresAt);
        QCOMPARE(loaded.credentials->kind, Credentials::Kind::OAuth);
        QCOMPARE(loaded.credentials->origin, credentials.origin);

        // Replaced, not duplicated.
        Credentials pat;
        pat.accessToken = randomHex();
        pat.origin = QString::fromLatin1(Credentials::asanaOrigin);
        QVERIFY(run([&](TokenStore::Done done) { m_store.save(account, pat, done); }).ok());
        const TokenResult replaced = run([&](TokenStore::Done done) { m_store.load(account, done); });
        QCOMPARE(*replaced.credentials, pat);

        QVERIFY(run([&](TokenStore::Done done) { m_store.remove(account, done); }).ok());
        QCOMPARE(run([&](TokenStore::Done done) { m_store.load(account, done); }).status,
                 TokenResult::Status::NotFound);
        // Removing what is gone is fine.
        QVERIFY(run([&](TokenStore::Done done) { m_store.remove(account, done); }).ok());
    }

    void accounts_haveSeparateEntries()
    {
        Credentials first;
        first.accessToken = randomHex();
        first.origin = QString::fromLatin1(Credentials::asanaOrigin);
        Credentials second = first;
        second.accessToken = randomHex();
        QVERIFY(run([&](TokenStore::Done done) { m_store.save(QStringLiteral("a"), first, done); }).ok());
        QVERIFY(run([&](TokenStore::Done done) { m_store.save(QStringLiteral("b"), second, done); }).ok());
        QCOMPARE(run([&](TokenStore::Done done) { m_store.load(QStringLiteral("a"), done); }).credentials, first);
        QCOMPARE(run([&](TokenStore::Done done) { m_store.load(QStringLiteral("b"), done); }).credentials, second);
        run([&](TokenStore::Done done) { m_store.remove(QStringLiteral("a"), done); });
        run([&](TokenStore::Done done) { m_store.remove(QStringLiteral("b"), done); });
    }

    void answers_neverComeSynchronously()
    {
        MemoryTokenStore memory;
        bool answered = false;
        memory.load(QStringLiteral("x"), [&answered](const TokenResult&) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
    }

    void blob_isJsonWithEveryField()
    {
        Credentials credentials;
        credentials.kind = Credentials::Kind::OAuth;
        credentials.accessToken = QStringLiteral("a");
        credentials.refreshToken = QStringLiteral("r");
        credentials.expiresAt = QDateTime(QDate(2026, 11, 29), QTime(5, 0), Qt::UTC);
        credentials.origin = QStringLiteral("https://app.asana.com");
        QCOMPARE(credentials.toBlob(), QByteArray(R"({"access_token":"a","expires_at":"2026-11-29T05:00:00.000Z",)"
                                                  R"("kind":"oauth","origin":"https://app.asana.com",)"
                                                  R"("refresh_token":"r"})"));
        QCOMPARE(Credentials::fromBlob(credentials.toBlob()), credentials);
        // Bound to the host that issued them, whatever path or default port the URL names.
        QVERIFY(credentials.isFor(QUrl(QStringLiteral("https://APP.asana.com:443/api/1.0"))));
        QVERIFY(!credentials.isFor(QUrl(QStringLiteral("https://app.asana.com.example.org/api/1.0"))));
        QVERIFY(!credentials.isFor(QUrl(QStringLiteral("http://app.asana.com/api/1.0"))));
        QVERIFY(!credentials.isFor(QUrl(QStringLiteral("https://app.asana.com:8443/api/1.0"))));
        // An entry from before credentials named their host was made by a sign-in at Asana.
        const auto legacy = Credentials::fromBlob(R"({"access_token":"a","kind":"pat"})");
        QVERIFY(legacy);
        QCOMPARE(legacy->origin, QStringLiteral("https://app.asana.com"));
        QVERIFY(!Credentials::fromBlob("not json"));
        QVERIFY(!Credentials::fromBlob(R"({"kind":"pat"})"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
