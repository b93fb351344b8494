// OAuthRedirect: the browser's request to the loopback listener and a pasted out-of-band code,
// read as the hostile input they may be. Requests read in pieces as at once; only the callback
// path's GET in origin form counts; codes are found in what people actually paste, and text that
// is not a code is refused rather than sent to Asana.
#include "auth/OAuthRedirect.h"

#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::OAuthRedirect;

namespace {
const QString kPath = QStringLiteral("/callback");
}

class TestOAuthRedirect final : public QObject
{
    Q_OBJECT

private slots:
    void requests_areSortedByWhatTheyAsk_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("state");
        using State = Request::State;
        QTest::newRow("the redirect") << QByteArray("GET /callback?code=1%2F2%3Aab&state=s HTTP/1.1\r\nHost: x\r\n\r\n")
                                      << int(State::Callback);
        QTest::newRow("denied") << QByteArray("GET /callback?error=access_denied&state=s HTTP/1.1\r\n\r\n")
                                << int(State::Callback);
        QTest::newRow("favicon") << QByteArray("GET /favicon.ico HTTP/1.1\r\n\r\n") << int(State::OtherPath);
        QTest::newRow("absolute URL to another host")
            << QByteArray("GET http://evil.example/callback?code=x&state=s HTTP/1.1\r\n\r\n") << int(State::OtherPath);
        QTest::newRow("network-path reference")
            << QByteArray("GET //evil.example/callback?code=x HTTP/1.1\r\n\r\n") << int(State::OtherPath);
        QTest::newRow("post") << QByteArray("POST /callback HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                              << int(State::NotGet);
        QTest::newRow("not HTTP/1") << QByteArray("GET /callback HTTP/2\r\n\r\n") << int(State::Malformed);
        QTest::newRow("no version") << QByteArray("GET /callback\r\n\r\n") << int(State::Malformed);
        QTest::newRow("half a head") << QByteArray("GET /callback?code=x HTTP/1.1\r\nHost:") << int(State::Incomplete);
        QTest::newRow("a head that never ends")
            << QByteArray("GET /callback HTTP/1.1\r\nCookie: " + QByteArray(maxRequestBytes, 'a'))
            << int(State::TooLarge);
        QTest::newRow("its end just past the limit")
            << QByteArray("GET /callback HTTP/1.1\r\nX: " + QByteArray(maxRequestBytes - 30, 'a') + "\r\n\r\n")
            << int(State::TooLarge);
    }

    void requests_areSortedByWhatTheyAsk()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, state);
        const Request whole = readRequest(bytes, kPath);
        QCOMPARE(int(whole.state), state);
        QCOMPARE(whole.values.isEmpty(), whole.state != Request::State::Callback);
        // Cut anywhere into two reads: what is decided on the first is what the whole says.
        for (qsizetype cut = 0; cut <= bytes.size(); cut += std::max<qsizetype>(1, bytes.size() / 300)) {
            const Request part = readRequest(QByteArrayView(bytes).first(cut), kPath);
            if (part.state != Request::State::Incomplete) {
                QCOMPARE(int(part.state), state);
                QCOMPARE(part.values, whole.values);
            }
        }
    }

    void theRedirect_givesItsQueryDecoded()
    {
        const Request request =
            readRequest("GET /callback?code=1%2F2%3Aab&state=s%2Bt&error_description=a+b HTTP/1.1\r\n\r\n", kPath);
        QCOMPARE(request.values.value(QStringLiteral("code")).toString(), QStringLiteral("1/2:ab"));
        QCOMPARE(request.values.value(QStringLiteral("state")).toString(), QStringLiteral("s+t"));
        QCOMPARE(request.values.size(), 3);
    }

    void pastedCodes_areFoundInWhatPeoplePaste_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString code = QStringLiteral("1/1207000000000001:4c1f0e0f2b6a");
        QTest::newRow("the code") << code << code;
        QTest::newRow("with spaces and a newline") << QStringLiteral("  %1 \n").arg(code) << code;
        QTest::newRow("in double quotes") << QStringLiteral("\"%1\"").arg(code) << code;
        QTest::newRow("in backticks, spaced") << QStringLiteral(" ` %1 ` ").arg(code) << code;
        QTest::newRow("the page's address")
            << QStringLiteral("urn:ietf:wg:oauth:2.0:oob?code=1%2F1207000000000001%3A4c1f0e0f2b6a&state=x") << code;
        QTest::newRow("a redirect's address")
            << QStringLiteral("http://127.0.0.1:1/callback?state=x&code=1%2F1207000000000001%3A4c1f0e0f2b6a") << code;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << QStringLiteral(" \t\n") << QString();
        QTest::newRow("a sentence") << QStringLiteral("Copy this code: %1").arg(code) << QString();
        QTest::newRow("two codes") << QStringLiteral("%1\n%1").arg(code) << QString();
        QTest::newRow("a control character") << QStringLiteral("abc\x01") << QString();
        QTest::newRow("not ASCII") << QStringLiteral("abc\u00e9") << QString();
        QTest::newRow("an address without a code")
            << QStringLiteral("https://app.asana.com/-/oauth_authorize") << QString();
        QTest::newRow("too long") << QString(maxCodeChars + 1, u'a') << QString();
        QTest::newRow("just long enough") << QString(maxCodeChars, u'a') << QString(maxCodeChars, u'a');
    }

    void pastedCodes_areFoundInWhatPeoplePaste()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(pastedCode(text), code);
    }
};

QTEST_GUILESS_MAIN(TestOAuthRedirect)
#include "tst_oauthredirect.moc"
