// AsanaClient against the simulator: bearer auth, the error envelope, statuses Qt folds into
// protocol errors, Retry-After, the size cap, timeouts and the https rule.
#include "SimFixture.h"
#include "api/AsanaClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

class TestAsanaClient final : public QObject
{
    Q_OBJECT

private:
    static ApiResult wait(ApiReply* reply)
    {
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(10000)) {
            return {};
        }
        return finished.first().first().value<ApiResult>();
    }

private slots:
    void success_decodesTheBody()
    {
        SimFixture sim;
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.ok());
        QCOMPARE(result.status, 200);
        QVERIFY(
            !result.body.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    }

    void aRefusal_saysWhichTokenItRefused()
    {
        SimFixture sim;
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(QStringLiteral("old-token"));
        const quint64 old = client.tokenGeneration();
        ApiReply* inFlight = client.get(QStringLiteral("users/me"));
        client.setAccessToken(sim.token()); // renewed while the request was on its way
        QVERIFY(client.tokenGeneration() != old);
        const ApiResult refused = wait(inFlight);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.tokenGeneration, old); // a refusal of the replaced token, not the current one
        const ApiResult accepted = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(accepted.ok());
        QCOMPARE(accepted.tokenGeneration, client.tokenGeneration());
        client.setAccessToken(sim.token()); // the same token again is no new generation
        QCOMPARE(client.tokenGeneration(), accepted.tokenGeneration);
    }

    void httpErrors_carryTheEnvelopesMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("400") << 400 << QStringLiteral("resource: Not a recognized ID: 123");
        QTest::newRow("403") << 403 << QStringLiteral("Forbidden");
        QTest::newRow("404") << 404 << QStringLiteral("resource: Unknown object: 1");
        QTest::newRow("418") << 418 << QStringLiteral("I'm a teapot");
        QTest::newRow("503") << 503 << QStringLiteral("Service Unavailable");
    }

    void httpErrors_carryTheEnvelopesMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        SimFixture sim;
        sim.server().faults().add(FaultRule::statusCode(status, message).onPath(QStringLiteral("/users/me")));
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Http);
        QCOMPARE(result.error->status, status);
        QCOMPARE(result.error->messages, QStringList{message});
        QCOMPARE(result.error->isTransient(), status >= 500);
    }

    // A hostile server's envelope: thousands of errors, megabytes of message. What is kept (and
    // shown) is bounded, and never cuts a character in half.
    void errorEnvelope_isReadWithinBounds()
    {
        QJsonArray errors;
        const QString rocket = QStringLiteral("\U0001F680");
        for (int i = 0; i < 500; ++i) {
            errors.append(QJsonObject{{QStringLiteral("message"), QString(QString(ApiError::maxTextChars - 2, u'x') +
                                                                          rocket + QStringLiteral("tail"))},
                                      {QStringLiteral("phrase"), QString(5000, u'p')}});
        }
        errors.prepend(QJsonObject{{QStringLiteral("message"), QString()}, {QStringLiteral("help"), 1}});
        const ApiError error = ApiError::fromEnvelope(400, QJsonObject{{QStringLiteral("errors"), errors}});
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.status, 400);
        QCOMPARE(error.messages.size(), ApiError::maxMessages);
        for (const QString& message : error.messages) {
            QCOMPARE(message.size(), ApiError::maxTextChars - 1); // the pair is not cut: it goes whole
            QCOMPARE(message, QString(ApiError::maxTextChars - 2, u'x') + QChar(0x2026));
        }
        QCOMPARE(error.phrase, QString(ApiError::maxTextChars - 1, u'p') + QChar(0x2026));
        const ApiError small = ApiError::fromEnvelope(
            404, QJsonObject{{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("message"), rocket}}}}});
        QCOMPARE(small.messages, QStringList{rocket});
        QVERIFY(ApiError::fromEnvelope(500, QJsonObject{{QStringLiteral("errors"), QStringLiteral("x")}})
                    .messages.isEmpty());
    }

    void rateLimit_givesRetryAfter()
    {
        SimFixture sim;
        sim.server().faults().add(FaultRule::rateLimit(7).onPath(QStringLiteral("/users/me")));
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QCOMPARE(result.error->status, 429);
        QCOMPARE(result.error->retryAfter, std::optional<std::chrono::seconds>(7s));
    }

    void retryAfter_isClampedAndNonsenseIgnored_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds"); // -1: absent
        QTest::newRow("whole") << QByteArray("30") << 30;
        QTest::newRow("fraction rounds up") << QByteArray("1.2") << 2;
        QTest::newRow("zero is at least a second") << QByteArray("0") << 1;
        QTest::newRow("huge is a day") << QByteArray("3000000") << 86400;
        QTest::newRow("infinite") << QByteArray("inf") << -1;
        QTest::newRow("nan") << QByteArray("nan") << -1;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("past date") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 1;
    }

    void retryAfter_isClampedAndNonsenseIgnored()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        const auto parsed = AsanaClient::parseRetryAfter(header);
        if (seconds < 0) {
            QVERIFY(!parsed);
        } else {
            QCOMPARE(parsed, std::optional<std::chrono::seconds>(std::chrono::seconds(seconds)));
        }
        // An HTTP date in the future, rounded up.
        const QByteArray future = QLocale::c()
                                      .toString(QDateTime::currentDateTimeUtc().addSecs(90),
                                                QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                      .toLatin1();
        const auto later = AsanaClient::parseRetryAfter(future);
        QVERIFY(later && *later >= 89s && *later <= 91s);
    }

    void oversizedAnswer_isAbortedAtTheCap()
    {
        SimFixture sim;
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        client.setMaxResponseSize(512);
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::TooLarge);
    }

    void endlessBody_isCutOffAtTheCap_asItArrives_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("close-delimited") << false;
        QTest::newRow("chunked") << true;
    }

    void endlessBody_isCutOffAtTheCap_asItArrives()
    {
        // No Content-Length and no end: the cap must hold as the bytes come, not on a progress
        // signal that arrives after Qt's HTTP thread has buffered whatever the server sent.
        QFETCH(bool, chunked);
        SimFixture sim;
        sim.server().faults().add(FaultRule::endlessBody(chunked).onPath(QStringLiteral("/users/me")));
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        constexpr qint64 cap = 1024 * 1024;
        client.setMaxResponseSize(cap);
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::TooLarge);
        QVERIFY(result.error->isTransient());
        // What the server could push before the abort: the cap, Qt's small read buffer and the
        // loopback socket's buffers — not everything it could write meanwhile.
        QVERIFY2(sim.server().streamedBytes() < cap + 16 * 1024 * 1024,
                 qPrintable(QString::number(sim.server().streamedBytes())));
    }

    void tricklingAnswer_endsAtTheDeadline()
    {
        // One byte every 50 ms never trips the inactivity timeout; the whole request's deadline does.
        SimFixture sim;
        sim.server().faults().add(FaultRule::trickle(50).onPath(QStringLiteral("/users/me")));
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        client.setTransferTimeout(2s);
        client.setRequestDeadline(600ms);
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
        QVERIFY(result.error->isTransient());
        QVERIFY2(result.error->summary().contains(QStringLiteral("no complete answer")),
                 qPrintable(result.error->summary()));
        QVERIFY(sim.server().streamedBytes() > 0); // it did trickle
    }

    void slowAnswer_timesOut()
    {
        SimFixture sim;
        sim.server().faults().add(FaultRule::delay(2000).onPath(QStringLiteral("/users/me")));
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        client.setTransferTimeout(300ms);
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
        QVERIFY(result.error->isTransient());
    }

    void plainHttpToARemoteHost_isRefusedWithoutSending()
    {
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(QUrl(QStringLiteral("http://app.asana.com/api/1.0")));
        client.setAccessToken(QStringLiteral("secret"));
        const ApiResult result = wait(client.get(QStringLiteral("users/me")));
        QVERIFY(result.error);
        QCOMPARE(result.error->kind, ApiError::Kind::InsecureUrl);
        QVERIFY(!result.error->isTransient());
    }

    void origin_isSchemeHostAndPort()
    {
        const auto origin = [](const char* url) { return AsanaClient::originOf(QUrl(QString::fromLatin1(url))); };
        QCOMPARE(origin("https://App.Asana.com/api/1.0"), QStringLiteral("https://app.asana.com"));
        QCOMPARE(origin("https://app.asana.com:443/api/1.0"), QStringLiteral("https://app.asana.com"));
        QCOMPARE(origin("https://app.asana.com:8443/api/1.0"), QStringLiteral("https://app.asana.com:8443"));
        QCOMPARE(origin("http://127.0.0.1:8080/api/1.0"), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(origin("http://[::1]:8080/api/1.0"), QStringLiteral("http://[::1]:8080"));
        QVERIFY(QUrl(origin("http://[::1]:8080/api/1.0")).isValid());
        QCOMPARE(origin("not a url"), QString());
    }

    void requests_identifyTheApp() { QVERIFY(AsanaClient::userAgent().startsWith("AsanaFeed/" ASANAFEED_VERSION)); }
};

QTEST_GUILESS_MAIN(TestAsanaClient)
#include "tst_asanaclient.moc"
