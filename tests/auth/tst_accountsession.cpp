// AccountSession against the simulator over real loopback: tokens come from an OAuthSignIn run
// with a scripted browser (see tst_oauthsignin.cpp); secrets go to a MemoryTokenStore.

#include "ScriptedBrowser.h"
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "auth/AccountSession.h"
#include "auth/OAuthSignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {
constexpr int kTimeoutMs = 15000;
} // namespace

class TestAccountSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refreshMargin_isAMinuteOrTenPercent();
    void shortLifetime_refreshesBeforeExpiry_andTheApiKeepsWorking();
    void unauthorized_refreshesOnce_thenRecovered();
    void revokedRefreshToken_asksToSignIn_andKeepsTheEntry();
    void unreachableTokenEndpoint_thenSecondUnauthorized_asksToSignIn();
    void personalAccessToken_unauthorized_asksToSignIn();
    void signOut_revokesAndRemovesTheEntry();
    void signOut_whenRevokeFails_stillRemovesTheEntry();
    void credentials_goOnlyToTheHostThatIssuedThem();

private:
    void makeSim(const SimConfig& config = {});
    SignInResult signIn();
    std::unique_ptr<AccountSession> makeSession(const SignInResult& result, const QString& clientSecret = {});
    int getMe(); // GET users/me through the client; the HTTP status
    TokenResult loadEntry();
    void revokeAtSimulator(const QString& refreshToken);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QNetworkAccessManager> m_browser;
    ScriptedBrowser m_scriptedBrowser;
    std::unique_ptr<MemoryTokenStore> m_store;
    std::unique_ptr<AsanaClient> m_client;
};

void TestAccountSession::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<QNetworkAccessManager>();
    m_store = std::make_unique<MemoryTokenStore>();
    makeSim();
}

void TestAccountSession::cleanup()
{
    m_client.reset();
    m_store.reset();
    m_browser.reset();
    m_network.reset();
    m_sim.reset();
}

void TestAccountSession::makeSim(const SimConfig& config)
{
    m_client.reset();
    m_sim = std::make_unique<SimFixture>(config);
    QVERIFY(m_sim->isListening());
    m_client = std::make_unique<AsanaClient>(m_network.get());
    m_client->setBaseUrl(m_sim->baseUrl());
}

SignInResult TestAccountSession::signIn()
{
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_sim->baseUrl();
    options.clientId = m_sim->server().config().oauthClientId;
    options.clientSecret = m_sim->server().config().oauthClientSecret;
    options.port = 0;
    ScriptedBrowser* browser = &m_scriptedBrowser;
    OAuthSignIn signIn(m_network.get(), options, [browser](const QUrl& authorizeUrl) { browser->open(authorizeUrl); });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    if (!finished.wait(kTimeoutMs) && finished.isEmpty()) {
        return {};
    }
    return finished.first().first().value<SignInResult>();
}

std::unique_ptr<AccountSession> TestAccountSession::makeSession(const SignInResult& result, const QString& clientSecret)
{
    AccountSession::Options options;
    options.apiBaseUrl = m_sim->baseUrl();
    options.clientId = m_sim->server().config().oauthClientId;
    options.clientSecret = clientSecret.isEmpty() ? m_sim->server().config().oauthClientSecret : clientSecret;
    // As the app does after a sign-in: the entry is stored, then the session starts.
    bool done = false;
    m_store->save(result.account.gid, result.credentials, [&done](const TokenResult&) { done = true; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs); }();
    return std::make_unique<AccountSession>(m_network.get(), m_store.get(), m_client.get(), options, result.account,
                                            result.credentials);
}

int TestAccountSession::getMe()
{
    int status = -1;
    ApiReply* reply = m_client->get(QStringLiteral("users/me"));
    connect(reply, &ApiReply::finished, this, [&status](const ApiResult& result) {
        status = result.ok() ? 200 : (result.error ? result.error->status : 0);
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(status != -1, kTimeoutMs); }();
    return status;
}

TokenResult TestAccountSession::loadEntry()
{
    std::optional<TokenResult> loaded;
    m_store->load(m_sim->world().meGid(), [&loaded](const TokenResult& result) { loaded = result; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), kTimeoutMs); }();
    return loaded.value_or(TokenResult{TokenResult::Status::Failed, {}, {}});
}

void TestAccountSession::revokeAtSimulator(const QString& refreshToken)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    QNetworkRequest request(OAuthSignIn::revokeEndpoint(m_sim->baseUrl()));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_browser->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(kTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QVERIFY(m_sim->server().oauth().isRefreshTokenRevoked(refreshToken));
}

void TestAccountSession::refreshMargin_isAMinuteOrTenPercent()
{
    using namespace std::chrono_literals;
    QCOMPARE(AccountSession::refreshMargin(3600s), std::chrono::milliseconds(60s));
    QCOMPARE(AccountSession::refreshMargin(3s), std::chrono::milliseconds(300));
    QCOMPARE(AccountSession::refreshMargin(0s), std::chrono::milliseconds(0));
}

void TestAccountSession::shortLifetime_refreshesBeforeExpiry_andTheApiKeepsWorking()
{
    SimConfig config;
    config.accessTokenLifetime = std::chrono::seconds(3);
    makeSim(config);
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    auto session = makeSession(result);
    QSignalSpy changed(session.get(), &AccountSession::credentialsChanged);
    QSignalSpy signInRequired(session.get(), &AccountSession::signInRequired);
    QSignalSpy failed(session.get(), &AccountSession::refreshFailed);
    // Due 10% of the lifetime (300 ms) before the expiry, not a minute before (which is now).
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(result.credentials.expiresAt);
    QVERIFY(session->msUntilRefresh() > 0);
    QVERIFY2(session->msUntilRefresh() < remaining - 100,
             qPrintable(QStringLiteral("%1 of %2").arg(session->msUntilRefresh()).arg(remaining)));
    QCOMPARE(getMe(), 200);

    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, kTimeoutMs);
    const QString renewed = session->credentials().accessToken;
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != result.credentials.accessToken);
    QCOMPARE(session->credentials().refreshToken, result.credentials.refreshToken); // kept
    QVERIFY(session->credentials().expiresAt > result.credentials.expiresAt);
    QCOMPARE(m_sim->server().oauth().accessTokenState(renewed), SimOAuth::TokenState::Valid);

    // Past the first token's expiry the client still gets answers, with a renewed token.
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->server().oauth().accessTokenState(result.credentials.accessToken),
                              SimOAuth::TokenState::Expired, kTimeoutMs);
    QCOMPARE(getMe(), 200);
    // And it keeps renewing.
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, kTimeoutMs);
    QCOMPARE(getMe(), 200);
    // Each token was renewed before it expired: by the simulator's own record, every grant came
    // less than a lifetime after the one whose token it replaced.
    const QList<qint64> grants = m_sim->tokenGrantTimes();
    QVERIFY(grants.size() >= 3); // the sign-in and two renewals
    const qint64 lifetimeMs = std::chrono::milliseconds(config.accessTokenLifetime).count();
    for (qsizetype i = 1; i < grants.size(); ++i) {
        QVERIFY2(grants.at(i) - grants.at(i - 1) < lifetimeMs,
                 qPrintable(QStringLiteral("grant %1 came %2 ms after the one before")
                                .arg(i)
                                .arg(grants.at(i) - grants.at(i - 1))));
    }
    QVERIFY(m_sim->server().oauth().grantCount(QStringLiteral("refresh_token")) >= 2);
    QVERIFY(signInRequired.isEmpty());
    QVERIFY(failed.isEmpty());
    // The store holds what the session uses.
    const TokenResult stored = loadEntry();
    QVERIFY(stored.ok());
    QCOMPARE(stored.credentials->accessToken, session->credentials().accessToken);
    QCOMPARE(stored.credentials->refreshToken, result.credentials.refreshToken);
}

void TestAccountSession::unauthorized_refreshesOnce_thenRecovered()
{
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    auto session = makeSession(result);
    QSignalSpy recovered(session.get(), &AccountSession::recovered);
    QSignalSpy signInRequired(session.get(), &AccountSession::signInRequired);
    QVERIFY(session->msUntilRefresh() > 3000 * 1000); // an hour's token: not soon

    m_sim->server().oauth().expireAccessToken(result.credentials.accessToken);
    QCOMPARE(getMe(), 401);
    session->handleUnauthorized();
    session->handleUnauthorized(); // a second poller's 401 for the same token: one refresh
    QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 1, kTimeoutMs);
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("refresh_token")), 1);
    QVERIFY(session->credentials().accessToken != result.credentials.accessToken);
    QCOMPARE(getMe(), 200);
    QVERIFY(signInRequired.isEmpty());

    // A later expiry is handled the same way: there was a successful refresh in between.
    m_sim->server().oauth().expireAllAccessTokens();
    QCOMPARE(getMe(), 401);
    session->handleUnauthorized();
    QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), 2, kTimeoutMs);
    QCOMPARE(getMe(), 200);
    QVERIFY(signInRequired.isEmpty());

    // Asana refusing every renewed token would make a loop: after a few renewals within a
    // minute, the person is asked to sign in instead.
    for (int i = 2; i < AccountSession::maxRecoveriesPerWindow; ++i) {
        m_sim->server().oauth().expireAllAccessTokens();
        session->handleUnauthorized();
        QTRY_COMPARE_WITH_TIMEOUT(recovered.count(), i + 1, kTimeoutMs);
    }
    const int grants = m_sim->server().oauth().grantCount(QStringLiteral("refresh_token"));
    m_sim->server().oauth().expireAllAccessTokens();
    session->handleUnauthorized();
    QCOMPARE(signInRequired.count(), 1);
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("refresh_token")), grants); // no renewal
    QVERIFY(loadEntry().ok());                                                             // nothing deleted
}

void TestAccountSession::revokedRefreshToken_asksToSignIn_andKeepsTheEntry()
{
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    auto session = makeSession(result);
    QSignalSpy recovered(session.get(), &AccountSession::recovered);
    QSignalSpy signInRequired(session.get(), &AccountSession::signInRequired);
    QSignalSpy signedOut(session.get(), &AccountSession::signedOut);

    revokeAtSimulator(result.credentials.refreshToken); // e.g. the person removed the app in Asana
    QCOMPARE(getMe(), 401);
    session->handleUnauthorized();
    QTRY_COMPARE_WITH_TIMEOUT(signInRequired.count(), 1, kTimeoutMs);
    QVERIFY(session->needsSignIn());
    const QString message = signInRequired.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("invalid_grant")), qPrintable(message));
    QVERIFY(!message.contains(result.credentials.refreshToken));
    QVERIFY(!message.contains(result.credentials.accessToken));
    QCOMPARE(session->msUntilRefresh(), -1);
    // Nothing was deleted: the entry (and, for the owner, the feed) stays.
    const TokenResult stored = loadEntry();
    QVERIFY(stored.ok());
    QCOMPARE(stored.credentials->refreshToken, result.credentials.refreshToken);
    // Further 401s do not ask again, and nothing else happens: no renewal starts (the only way
    // to a later signal), none is scheduled.
    session->handleUnauthorized();
    QCOMPARE(signInRequired.count(), 1);
    QVERIFY(!session->isRefreshing());
    QCOMPARE(session->msUntilRefresh(), -1);
    QVERIFY(recovered.isEmpty());
    QVERIFY(signedOut.isEmpty());
}

void TestAccountSession::unreachableTokenEndpoint_thenSecondUnauthorized_asksToSignIn()
{
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    // The host that issued the sign-in no longer answers.
    Credentials credentials = result.credentials;
    credentials.origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
    bool saved = false;
    m_store->save(result.account.gid, credentials, [&saved](const TokenResult&) { saved = true; });
    QTRY_VERIFY_WITH_TIMEOUT(saved, kTimeoutMs);
    AccountSession::Options options;
    options.apiBaseUrl = QUrl(credentials.origin + QStringLiteral("/api/1.0"));
    options.clientId = m_sim->server().config().oauthClientId;
    AccountSession session(m_network.get(), m_store.get(), m_client.get(), options, result.account, credentials);
    QSignalSpy failed(&session, &AccountSession::refreshFailed);
    QSignalSpy recovered(&session, &AccountSession::recovered);
    QSignalSpy signInRequired(&session, &AccountSession::signInRequired);
    session.handleUnauthorized();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
    QVERIFY(signInRequired.isEmpty()); // a transient failure: retried later
    QVERIFY(session.msUntilRefresh() > 0);
    session.handleUnauthorized(); // a second 401 without a successful refresh in between
    QCOMPARE(signInRequired.count(), 1);
    QVERIFY(recovered.isEmpty());
    QCOMPARE(session.msUntilRefresh(), -1);
    QVERIFY(loadEntry().ok());
}

void TestAccountSession::personalAccessToken_unauthorized_asksToSignIn()
{
    Credentials pat;
    pat.kind = Credentials::Kind::PersonalAccessToken;
    pat.accessToken = m_sim->token();
    SignInResult result;
    result.credentials = pat;
    result.account.gid = m_sim->world().meGid();
    auto session = makeSession(result);
    QSignalSpy signInRequired(session.get(), &AccountSession::signInRequired);
    QCOMPARE(session->msUntilRefresh(), -1);
    QCOMPARE(getMe(), 200);
    session->handleUnauthorized();
    QCOMPARE(signInRequired.count(), 1);
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("refresh_token")), 0);
    QVERIFY(loadEntry().ok());
}

void TestAccountSession::signOut_revokesAndRemovesTheEntry()
{
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    auto session = makeSession(result);
    QSignalSpy signedOut(session.get(), &AccountSession::signedOut);
    QVERIFY(loadEntry().ok());
    session->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kTimeoutMs);
    QVERIFY2(signedOut.first().first().toString().isEmpty(), qPrintable(signedOut.first().first().toString()));
    QVERIFY(m_sim->server().oauth().isRefreshTokenRevoked(result.credentials.refreshToken));
    QCOMPARE(m_sim->server().oauth().revokedRefreshTokens(), QStringList{result.credentials.refreshToken});
    QCOMPARE(loadEntry().status, TokenResult::Status::NotFound);
    QVERIFY(!m_client->hasAccessToken());
    QVERIFY(session->credentials().accessToken.isEmpty());
    QCOMPARE(session->msUntilRefresh(), -1);
    // A second sign-out is harmless and silent: it does not start over (signedOut() only ever
    // ends a sign-out in progress).
    session->signOut();
    QVERIFY(!session->isSigningOut());
    QCOMPARE(signedOut.count(), 1);
}

void TestAccountSession::signOut_whenRevokeFails_stillRemovesTheEntry()
{
    SimConfig config;
    config.oauthClientSecret = QStringLiteral("sim-secret");
    makeSim(config);
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    auto session = makeSession(result, QStringLiteral("wrong-secret"));
    QSignalSpy signedOut(session.get(), &AccountSession::signedOut);
    session->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.count(), 1, kTimeoutMs);
    const QString message = signedOut.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("invalid_client")), qPrintable(message));
    QVERIFY(!message.contains(result.credentials.refreshToken));
    QVERIFY(!m_sim->server().oauth().isRefreshTokenRevoked(result.credentials.refreshToken));
    QCOMPARE(loadEntry().status, TokenResult::Status::NotFound);
}

void TestAccountSession::credentials_goOnlyToTheHostThatIssuedThem()
{
    const SignInResult result = signIn();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.credentials.origin, AsanaClient::originOf(m_sim->baseUrl()));
    // A session pointed at another server (--base-url elsewhere): it may not carry them there.
    SimFixture other;
    m_client->setBaseUrl(other.baseUrl());
    AccountSession::Options options;
    options.apiBaseUrl = other.baseUrl();
    options.clientId = m_sim->server().config().oauthClientId;
    options.clientSecret = QStringLiteral("a-client-secret");
    AccountSession session(m_network.get(), m_store.get(), m_client.get(), options, result.account, result.credentials);
    QCOMPARE(getMe(), 0); // refused here, not sent
    QSignalSpy changed(&session, &AccountSession::credentialsChanged);
    QSignalSpy settled(&session, &AccountSession::refreshFailed);
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !settled.isEmpty(), kTimeoutMs);
    // The renewal went to the issuer; the other server never saw a request, let alone a token.
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("refresh_token")), 1);
    QVERIFY(other.server().requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
