// OAuthSignIn against the simulator with a scripted "browser": the injected openUrl callback
// follows the authorize URL with a QNetworkAccessManager (auto-approved by the simulator), reads
// the redirect's Location and GETs it, which lands on the loopback reply handler.

#include "ScriptedBrowser.h"
#include "SimFixture.h"
#include "auth/OAuthSignIn.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {

constexpr int kTimeoutMs = 15000;

using Browser = ScriptedBrowser::Mode;

} // namespace

class TestOAuthSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void approved_yieldsTokensAndAccount_andClosesThePort();
    void approved_withClientSecret_works();
    void tokensWork_onTheApi();
    void wrongState_isAnsweredAndIgnored();
    void strayLocalRequests_cannotEndTheAttempt();
    void wrongPkceVerifier_isRefusedBySimulator();
    void denied_reportsDenied();
    void outOfBand_pastedCodeIsExchanged();
    void timeout_closesThePort();
    void cancel_closesThePort();
    void portInUse_failsClearly();
    void endpoints_derivedFromOrigin();

private:
    std::unique_ptr<OAuthSignIn> makeSignIn(Browser browser);
    SignInResult run(OAuthSignIn& signIn, bool outOfBand = false);
    [[nodiscard]] static bool portAccepts(quint16 port);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network; // the app's
    std::unique_ptr<ScriptedBrowser> m_browser;
    OAuthSignIn* m_current = nullptr;
    quint16 m_portDuringRedirect = 0;
};

void TestOAuthSignIn::init()
{
    m_sim = std::make_unique<SimFixture>();
    QVERIFY(m_sim->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_browser = std::make_unique<ScriptedBrowser>();
    m_browser->setBeforeRedirect([this] { m_portDuringRedirect = m_current ? m_current->listeningPort() : 0; });
    m_portDuringRedirect = 0;
}

void TestOAuthSignIn::cleanup()
{
    m_current = nullptr;
    m_browser.reset();
    m_network.reset();
    m_sim.reset();
}

std::unique_ptr<OAuthSignIn> TestOAuthSignIn::makeSignIn(Browser browser)
{
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_sim->baseUrl();
    options.clientId = m_sim->server().config().oauthClientId;
    options.clientSecret = m_sim->server().config().oauthClientSecret;
    options.port = 0; // a free port; the default (8723) is for real use
    m_browser->setMode(browser);
    ScriptedBrowser* scripted = m_browser.get();
    auto signIn =
        std::make_unique<OAuthSignIn>(m_network.get(), options, [scripted](const QUrl& url) { scripted->open(url); });
    m_current = signIn.get();
    return signIn;
}

SignInResult TestOAuthSignIn::run(OAuthSignIn& signIn, bool outOfBand)
{
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    if (outOfBand) {
        signIn.startOutOfBand();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!m_browser->outOfBandCode().isEmpty(), kTimeoutMs); }();
        signIn.submitCode(QStringLiteral("  ") + m_browser->outOfBandCode() + QStringLiteral("\n"));
    } else {
        signIn.start();
    }
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs); }();
    if (finished.isEmpty()) {
        return {};
    }
    return finished.first().first().value<SignInResult>();
}

bool TestOAuthSignIn::portAccepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

void TestOAuthSignIn::approved_yieldsTokensAndAccount_andClosesThePort()
{
    auto signIn = makeSignIn(Browser::Approve);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const SignInResult result = run(*signIn);
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.credentials.kind, Credentials::Kind::OAuth);
    QVERIFY(!result.credentials.accessToken.isEmpty());
    QVERIFY(!result.credentials.refreshToken.isEmpty());
    // The hour the simulator grants, counted from when the token was issued (during run()).
    const QDateTime expiresAt = result.credentials.expiresAt;
    QVERIFY2(expiresAt >= before.addSecs(3600) && expiresAt <= after.addSecs(3600),
             qPrintable(expiresAt.toString(Qt::ISODateWithMs)));
    const QString meGid = m_sim->world().meGid();
    QCOMPARE(result.account.gid, meGid);
    QCOMPARE(result.account.name, m_sim->world().user(meGid)->name);
    QCOMPARE(result.account.email, m_sim->world().user(meGid)->email);

    QVERIFY(m_portDuringRedirect != 0);
    QCOMPARE(signIn->listeningPort(), quint16(0));
    QVERIFY(!portAccepts(m_portDuringRedirect));
    QVERIFY(signIn->redirectUrl().startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(signIn->redirectUrl().endsWith(QStringLiteral("/callback")));
    // The authorize request carried PKCE S256 and the scope.
    const QUrlQuery sent(signIn->authorizationUrl());
    QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(!sent.queryItemValue(QStringLiteral("code_challenge")).isEmpty());
    QCOMPARE(sent.queryItemValue(QStringLiteral("scope")), QStringLiteral("default"));
}

void TestOAuthSignIn::approved_withClientSecret_works()
{
    SimConfig config;
    config.oauthClientSecret = QStringLiteral("sim-secret");
    m_sim = std::make_unique<SimFixture>(config);
    auto signIn = makeSignIn(Browser::Approve);
    const SignInResult result = run(*signIn);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestOAuthSignIn::tokensWork_onTheApi()
{
    auto signIn = makeSignIn(Browser::Approve);
    const SignInResult result = run(*signIn);
    QVERIFY(result.ok());
    QNetworkReply* me =
        m_browser->network()->get(m_sim->request(QStringLiteral("/users/me"), {}, result.credentials.accessToken));
    QSignalSpy done(me, &QNetworkReply::finished);
    QVERIFY(done.wait(kTimeoutMs));
    QCOMPARE(me->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    me->deleteLater();
}

void TestOAuthSignIn::wrongState_isAnsweredAndIgnored()
{
    // A redirect with another state (a forgery, or a stale tab) is not this attempt's: it gets a
    // neutral page, its code is not exchanged, and the real redirect still signs in.
    auto signIn = makeSignIn(Browser::ForgeState);
    const SignInResult result = run(*signIn);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_browser->forgedStatus(), 400);
    QVERIFY(m_browser->forgedPage().contains("not part of a sign-in in progress"));
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("authorization_code")), 1);
    QVERIFY(!portAccepts(m_portDuringRedirect));
}

void TestOAuthSignIn::strayLocalRequests_cannotEndTheAttempt()
{
    // Any local page can send requests to the redirect port. Only the one with this attempt's
    // state may end it — not an error without a state, not a wrong state, not another path.
    auto signIn = makeSignIn(Browser::Ignore);
    QSignalSpy finished(signIn.get(), &OAuthSignIn::finished);
    signIn->start();
    const quint16 port = signIn->listeningPort();
    QVERIFY(port != 0);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QStringList stray{
        base + QStringLiteral("/callback?error=access_denied"),
        base + QStringLiteral("/callback?error=access_denied&state=guess"),
        base + QStringLiteral("/callback?code=stolen&state="),
        base + QStringLiteral("/callback"),
        base + QStringLiteral("/favicon.ico"),
        base + QStringLiteral("/elsewhere?state=x"),
    };
    QNetworkAccessManager page;
    for (const QString& url : stray) {
        QNetworkReply* reply = page.get(QNetworkRequest(QUrl(url)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(kTimeoutMs));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QVERIFY2(status == 400 || status == 404, qPrintable(url));
        QVERIFY(!reply->readAll().contains("has the answer"));
        reply->deleteLater();
    }
    // A client that connects and says nothing holds up no one either.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(kTimeoutMs));
    QVERIFY(signIn->isRunning());
    QCOMPARE(signIn->listeningPort(), port);
    QVERIFY(finished.isEmpty());
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("authorization_code")), 0);

    // The person's own answer, when it comes, still works.
    m_browser->setMode(Browser::Approve);
    m_browser->open(signIn->authorizationUrl());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    const auto result = finished.first().first().value<SignInResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestOAuthSignIn::wrongPkceVerifier_isRefusedBySimulator()
{
    auto signIn = makeSignIn(Browser::Approve);
    signIn->setParameterHook([](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            parameters->replace(QStringLiteral("code_verifier"), QStringLiteral("tampered-verifier"));
        }
    });
    const SignInResult result = run(*signIn);
    QCOMPARE(result.failure, SignInResult::Failure::ExchangeRefused);
    QVERIFY2(result.message.contains(QStringLiteral("invalid_grant")), qPrintable(result.message));
    QCOMPARE(m_sim->server().oauth().refusedTokenRequests(), 1);
    QVERIFY(!portAccepts(m_portDuringRedirect));
}

void TestOAuthSignIn::denied_reportsDenied()
{
    auto signIn = makeSignIn(Browser::Deny);
    const SignInResult result = run(*signIn);
    QCOMPARE(result.failure, SignInResult::Failure::Denied);
    QVERIFY(!result.message.isEmpty());
}

void TestOAuthSignIn::outOfBand_pastedCodeIsExchanged()
{
    auto signIn = makeSignIn(Browser::ShowOutOfBandCode);
    const SignInResult result = run(*signIn, true);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(signIn->redirectUrl(), QString::fromLatin1(OAuthSignIn::outOfBandRedirect));
    QCOMPARE(QUrlQuery(signIn->authorizationUrl()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             QString::fromLatin1(OAuthSignIn::outOfBandRedirect));
    QVERIFY(!result.credentials.refreshToken.isEmpty());
    QCOMPARE(result.account.gid, m_sim->world().meGid());
}

void TestOAuthSignIn::timeout_closesThePort()
{
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_sim->baseUrl();
    options.clientId = m_sim->server().config().oauthClientId;
    options.port = 0;
    options.timeout = std::chrono::milliseconds(300);
    OAuthSignIn signIn(m_network.get(), options, [](const QUrl&) {});
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    const quint16 port = signIn.listeningPort();
    QVERIFY(port != 0);
    QVERIFY(portAccepts(port));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().value<SignInResult>().failure, SignInResult::Failure::TimedOut);
    QVERIFY(!portAccepts(port));
}

void TestOAuthSignIn::cancel_closesThePort()
{
    auto signIn = makeSignIn(Browser::Ignore);
    QSignalSpy finished(signIn.get(), &OAuthSignIn::finished);
    signIn->start();
    const quint16 port = signIn->listeningPort();
    QVERIFY(port != 0);
    signIn->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    QCOMPARE(finished.first().first().value<SignInResult>().failure, SignInResult::Failure::Cancelled);
    QVERIFY(!portAccepts(port));
    // A second cancel is harmless and silent. finished() comes through a queued call (so that a
    // receiver may delete the sign-in): delivering what is queued shows whether it posted another.
    signIn->cancel();
    QVERIFY(!signIn->isRunning());
    QCoreApplication::sendPostedEvents();
    QCOMPARE(finished.count(), 1);
}

void TestOAuthSignIn::portInUse_failsClearly()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_sim->baseUrl();
    options.clientId = m_sim->server().config().oauthClientId;
    options.port = squatter.serverPort();
    bool opened = false;
    OAuthSignIn signIn(m_network.get(), options, [&opened](const QUrl&) { opened = true; });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    const auto result = finished.first().first().value<SignInResult>();
    QCOMPARE(result.failure, SignInResult::Failure::Network);
    QVERIFY(result.message.contains(QString::number(options.port)));
    QVERIFY(!opened);
}

void TestOAuthSignIn::endpoints_derivedFromOrigin()
{
    const QUrl base(QStringLiteral("https://app.asana.com/api/1.0"));
    QCOMPARE(OAuthSignIn::authorizeEndpoint(base), QUrl(QStringLiteral("https://app.asana.com/-/oauth_authorize")));
    QCOMPARE(OAuthSignIn::tokenEndpoint(base), QUrl(QStringLiteral("https://app.asana.com/-/oauth_token")));
    QCOMPARE(OAuthSignIn::revokeEndpoint(base), QUrl(QStringLiteral("https://app.asana.com/-/oauth_revoke")));
    QCOMPARE(OAuthSignIn::tokenEndpoint(QUrl(QStringLiteral("http://127.0.0.1:4321/api/1.0"))),
             QUrl(QStringLiteral("http://127.0.0.1:4321/-/oauth_token")));
    QCOMPARE(OAuthSignIn::defaultPort, quint16(8723));
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
