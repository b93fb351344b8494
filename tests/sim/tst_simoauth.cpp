// The simulator's OAuth server as a client sees it: a real QNetworkAccessManager against SimServer
// on 127.0.0.1 — consent page, PKCE-checked code grant, refresh grant, revocation, expiry.

#include "SimFixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed::Sim;

namespace {

constexpr int kTimeoutMs = 15000;
const QString kRedirect = QStringLiteral("http://127.0.0.1:8723/callback");
const QString kOob = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QByteArray contentType;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QString field(const char* name) const { return json().value(QLatin1String(name)).toString(); }
    [[nodiscard]] QUrlQuery locationQuery() const { return QUrlQuery(QUrl::fromEncoded(location)); }
};

QString challengeFor(const QByteArray& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

class TestSimOAuth final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void authorize_withoutApproval_showsConsentPageWithAllowButton();
    void authorize_wrongClientOrRedirect_isPlainTextErrorWithoutRedirect();
    void authorize_withoutPkce_redirectsWithError();
    void authorize_denied_redirectsWithAccessDenied();
    void codeGrant_rightVerifier_issuesTokensTheApiAccepts();
    void codeGrant_wrongVerifier_isRefused();
    void codeGrant_codeIsSingleUse();
    void codeGrant_wrongSecret_isRefusedWhenSecretConfigured();
    void outOfBand_showsCodeInPage_andExchanges();
    void expiredAccessToken_isRefused_andRefreshIssuesANewOne();
    void expireAccessTokenFault_refusesThatRequest();
    void revokedRefreshToken_isRecorded_andNoLongerRefreshes();
    void revoke_accessToken_isRefused();

private:
    Answer get(const QUrl& url, const QString& bearer = {});
    Answer post(const QString& path, const QUrlQuery& form);
    QUrl authorizeUrl(const QString& redirect, const QString& challenge, bool autoApprove) const;
    // The authorization_code grant's form; `redirect` as it is sent.
    [[nodiscard]] QUrlQuery codeGrantForm(const QString& code, const QString& redirect, const QString& verifier) const;
    // Authorize (auto-approved) and exchange; returns the token answer.
    Answer signIn(const QString& redirect = kRedirect);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_verifier = QByteArrayLiteral("a-verifier-of-forty-three-or-more-characters-0123456789");
};

void TestSimOAuth::init()
{
    m_sim = std::make_unique<SimFixture>();
    QVERIFY(m_sim->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSimOAuth::cleanup()
{
    m_network.reset();
    m_sim.reset();
}

Answer TestSimOAuth::get(const QUrl& url, const QString& bearer)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearer.toLatin1());
    }
    QNetworkReply* reply = m_network->get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    [&] { QVERIFY(done.wait(kTimeoutMs)); }();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader("Location"), reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return answer;
}

Answer TestSimOAuth::post(const QString& path, const QUrlQuery& form)
{
    QUrl url = m_sim->server().rootUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    QNetworkReply* reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    [&] { QVERIFY(done.wait(kTimeoutMs)); }();
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader("Location"), reply->rawHeader("Content-Type")};
    reply->deleteLater();
    return answer;
}

QUrl TestSimOAuth::authorizeUrl(const QString& redirect, const QString& challenge, bool autoApprove) const
{
    QUrl url = m_sim->server().rootUrl();
    url.setPath(QStringLiteral("/-/oauth_authorize"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(redirect)));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st4te"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("default"));
    if (!challenge.isEmpty()) {
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    }
    if (autoApprove) {
        query.addQueryItem(QStringLiteral("sim_auto_approve"), QStringLiteral("1"));
    }
    url.setQuery(query);
    return url;
}

QUrlQuery TestSimOAuth::codeGrantForm(const QString& code, const QString& redirect, const QString& verifier) const
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), verifier);
    return form;
}

Answer TestSimOAuth::signIn(const QString& redirect)
{
    const Answer authorized = get(authorizeUrl(redirect, challengeFor(m_verifier), true));
    const QString code = authorized.locationQuery().queryItemValue(QStringLiteral("code"));
    const QUrlQuery form =
        codeGrantForm(code, QString::fromLatin1(QUrl::toPercentEncoding(redirect)), QString::fromLatin1(m_verifier));
    return post(QStringLiteral("/-/oauth_token"), form);
}

void TestSimOAuth::authorize_withoutApproval_showsConsentPageWithAllowButton()
{
    const Answer page = get(authorizeUrl(kRedirect, challengeFor(m_verifier), false));
    QCOMPARE(page.status, 200);
    QVERIFY(page.contentType.startsWith("text/html"));
    QVERIFY(page.body.contains("<form"));
    QVERIFY(page.body.contains("value=\"allow\">Allow</button>"));
    QVERIFY(page.location.isEmpty());

    // Pressing Allow is a GET of the same endpoint with sim_decision=allow: it redirects with a code.
    QUrl allow = authorizeUrl(kRedirect, challengeFor(m_verifier), false);
    QUrlQuery query(allow);
    query.addQueryItem(QStringLiteral("sim_decision"), QStringLiteral("allow"));
    allow.setQuery(query);
    const Answer approved = get(allow);
    QCOMPARE(approved.status, 302);
    QVERIFY(approved.location.startsWith("http://127.0.0.1:8723/callback?code="));
    QCOMPARE(approved.locationQuery().queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
}

void TestSimOAuth::authorize_wrongClientOrRedirect_isPlainTextErrorWithoutRedirect()
{
    QUrl url = authorizeUrl(kRedirect, challengeFor(m_verifier), true);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("client_id"));
    query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("someone-else"));
    url.setQuery(query);
    Answer answer = get(url);
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.location.isEmpty());
    QVERIFY(answer.contentType.startsWith("text/plain"));

    for (const char* redirect : {"https://example.com/callback", "http://10.0.0.1:8723/callback", "ftp://127.0.0.1/"}) {
        answer = get(authorizeUrl(QString::fromLatin1(redirect), challengeFor(m_verifier), true));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.location.isEmpty());
        QVERIFY(answer.body.contains("redirect_uri"));
    }
    QVERIFY(get(authorizeUrl(QStringLiteral("http://localhost:9/cb"), challengeFor(m_verifier), true)).status == 302);
}

void TestSimOAuth::authorize_withoutPkce_redirectsWithError()
{
    const Answer answer = get(authorizeUrl(kRedirect, {}, true));
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.locationQuery().queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(!answer.locationQuery().hasQueryItem(QStringLiteral("code")));
}

void TestSimOAuth::authorize_denied_redirectsWithAccessDenied()
{
    QUrl url = authorizeUrl(kRedirect, challengeFor(m_verifier), false);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("sim_decision"), QStringLiteral("deny"));
    url.setQuery(query);
    const Answer answer = get(url);
    QCOMPARE(answer.status, 302);
    QCOMPARE(answer.locationQuery().queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(answer.locationQuery().queryItemValue(QStringLiteral("state")), QStringLiteral("st4te"));
}

void TestSimOAuth::codeGrant_rightVerifier_issuesTokensTheApiAccepts()
{
    const Answer tokens = signIn();
    QCOMPARE(tokens.status, 200);
    const QJsonObject json = tokens.json();
    QVERIFY(!json.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!json.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(json.value(QStringLiteral("expires_in")).toInt(), 3600);
    const QJsonObject data = json.value(QStringLiteral("data")).toObject();
    const QString meGid = m_sim->world().meGid();
    QCOMPARE(data.value(QStringLiteral("gid")).toString(), meGid);
    QCOMPARE(data.value(QStringLiteral("name")).toString(), m_sim->world().user(meGid)->name);
    QVERIFY(!data.value(QStringLiteral("email")).toString().isEmpty());

    const Answer me = get(m_sim->url(QStringLiteral("/users/me")), tokens.field("access_token"));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("gid")).toString(), meGid);
    // Someone else's made-up token is still refused.
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), QStringLiteral("simat-made-up")).status, 401);
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("authorization_code")), 1);
}

void TestSimOAuth::codeGrant_wrongVerifier_isRefused()
{
    const Answer authorized = get(authorizeUrl(kRedirect, challengeFor(m_verifier), true));
    const QUrlQuery form =
        codeGrantForm(authorized.locationQuery().queryItemValue(QStringLiteral("code")),
                      QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)), QStringLiteral("not-the-verifier"));
    const Answer refused = post(QStringLiteral("/-/oauth_token"), form);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.field("error"), QStringLiteral("invalid_grant"));
    QVERIFY(!refused.json().contains(QStringLiteral("access_token")));
}

void TestSimOAuth::codeGrant_codeIsSingleUse()
{
    const Answer authorized = get(authorizeUrl(kRedirect, challengeFor(m_verifier), true));
    const QUrlQuery form =
        codeGrantForm(authorized.locationQuery().queryItemValue(QStringLiteral("code")),
                      QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)), QString::fromLatin1(m_verifier));
    QCOMPARE(post(QStringLiteral("/-/oauth_token"), form).status, 200);
    const Answer again = post(QStringLiteral("/-/oauth_token"), form);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.field("error"), QStringLiteral("invalid_grant"));
}

void TestSimOAuth::codeGrant_wrongSecret_isRefusedWhenSecretConfigured()
{
    SimConfig config;
    config.oauthClientSecret = QStringLiteral("s3cret");
    m_sim = std::make_unique<SimFixture>(config);
    const Answer tokens = signIn(); // sends no secret
    QCOMPARE(tokens.status, 401);
    QCOMPARE(tokens.field("error"), QStringLiteral("invalid_client"));
}

void TestSimOAuth::outOfBand_showsCodeInPage_andExchanges()
{
    const Answer page = get(authorizeUrl(kOob, challengeFor(m_verifier), true));
    QCOMPARE(page.status, 200);
    QVERIFY(page.location.isEmpty());
    const qsizetype start = page.body.indexOf("<code id=\"code\">");
    QVERIFY(start >= 0);
    const qsizetype from = start + qsizetype(qstrlen("<code id=\"code\">"));
    const QString code = QString::fromLatin1(page.body.mid(from, page.body.indexOf("</code>", from) - from));
    QVERIFY(!code.isEmpty());

    const QUrlQuery form = codeGrantForm(code, kOob, QString::fromLatin1(m_verifier));
    const Answer tokens = post(QStringLiteral("/-/oauth_token"), form);
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.field("access_token").isEmpty());
}

void TestSimOAuth::expiredAccessToken_isRefused_andRefreshIssuesANewOne()
{
    const Answer tokens = signIn();
    const QString access = tokens.field("access_token");
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), access).status, 200);
    m_sim->server().oauth().expireAccessToken(access);
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), access).status, 401);

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    form.addQueryItem(QStringLiteral("refresh_token"), tokens.field("refresh_token"));
    const Answer refreshed = post(QStringLiteral("/-/oauth_token"), form);
    QCOMPARE(refreshed.status, 200);
    QVERIFY(!refreshed.json().contains(QStringLiteral("refresh_token")));
    const QString fresh = refreshed.field("access_token");
    QVERIFY(!fresh.isEmpty());
    QVERIFY(fresh != access);
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), fresh).status, 200);
    QCOMPARE(m_sim->server().oauth().grantCount(QStringLiteral("refresh_token")), 1);
}

void TestSimOAuth::expireAccessTokenFault_refusesThatRequest()
{
    // The fault expires every access token OAuth issued, then serves the request normally.
    const QString access = signIn().field("access_token");
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), access).status, 200);
    m_sim->server().faults().add(FaultRule::expireAccessToken().onPath(QStringLiteral("/users")));
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), access).status, 401);
    QCOMPARE(m_sim->server().requests().last().fault, QStringLiteral("expire-access-token"));
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), access).status, 401);
    // A token OAuth did not issue (a personal access token) is not touched.
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), m_sim->token()).status, 200);
}

void TestSimOAuth::revokedRefreshToken_isRecorded_andNoLongerRefreshes()
{
    const Answer tokens = signIn();
    const QString refresh = tokens.field("refresh_token");
    QUrlQuery revoke;
    revoke.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    revoke.addQueryItem(QStringLiteral("token"), refresh);
    QCOMPARE(post(QStringLiteral("/-/oauth_revoke"), revoke).status, 200);
    QVERIFY(m_sim->server().oauth().isRefreshTokenRevoked(refresh));
    QCOMPARE(m_sim->server().oauth().revokedRefreshTokens(), QStringList{refresh});

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    form.addQueryItem(QStringLiteral("refresh_token"), refresh);
    const Answer refused = post(QStringLiteral("/-/oauth_token"), form);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.field("error"), QStringLiteral("invalid_grant"));
    // The access token of that grant goes too.
    QCOMPARE(get(m_sim->url(QStringLiteral("/users/me")), tokens.field("access_token")).status, 401);
}

void TestSimOAuth::revoke_accessToken_isRefused()
{
    const Answer tokens = signIn();
    QUrlQuery revoke;
    revoke.addQueryItem(QStringLiteral("client_id"), m_sim->server().config().oauthClientId);
    revoke.addQueryItem(QStringLiteral("token"), tokens.field("access_token"));
    QCOMPARE(post(QStringLiteral("/-/oauth_revoke"), revoke).status, 400);
    QVERIFY(m_sim->server().oauth().revokedRefreshTokens().isEmpty());
}

} // namespace

QTEST_GUILESS_MAIN(TestSimOAuth)
#include "tst_simoauth.moc"
