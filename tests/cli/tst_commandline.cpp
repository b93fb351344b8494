// The command line: modes, options and the usage errors that must exit with code 2.
#include "cli/CommandLine.h"
#include "cli/JsonLines.h"

#include <QJsonDocument>
#include <QTest>

using namespace AsanaFeed;
using namespace std::chrono_literals;

namespace {
CommandLine parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("asana-feed"));
    return parseCommandLine(arguments);
}
} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void follow_collectsGidsOnce()
    {
        const CommandLine line = parse({QStringLiteral("--follow"), QStringLiteral("12"), QStringLiteral("--follow"),
                                        QStringLiteral("34"), QStringLiteral("--follow"), QStringLiteral("12")});
        QVERIFY2(line.isValid(), qPrintable(line.error));
        QCOMPARE(line.mode, CommandLine::Mode::Follow);
        QCOMPARE(line.followGids, QStringList({QStringLiteral("12"), QStringLiteral("34")}));
        QCOMPARE(line.baseUrl, QUrl(QStringLiteral("https://app.asana.com/api/1.0")));
        QCOMPARE(line.interval, std::chrono::milliseconds(10s));
    }

    void interval_acceptsFractions()
    {
        const CommandLine line =
            parse({QStringLiteral("--follow=1"), QStringLiteral("--interval"), QStringLiteral("0.25")});
        QVERIFY(line.isValid());
        QCOMPARE(line.interval, std::chrono::milliseconds(250));
    }

    void loopbackHttp_isAllowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/api/1.0");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:1/api/1.0");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/api/1.0");
        QTest::newRow("https anywhere") << QStringLiteral("https://example.com/api/1.0");
    }

    void loopbackHttp_isAllowed()
    {
        QFETCH(QString, url);
        const CommandLine line =
            parse({QStringLiteral("--follow"), QStringLiteral("1"), QStringLiteral("--base-url"), url});
        QVERIFY2(line.isValid(), qPrintable(line.error));
        QCOMPARE(line.baseUrl, QUrl(url));
    }

    void windowModes_demoAndSubscriptions()
    {
        QCOMPARE(parse({}).mode, CommandLine::Mode::Gui);
        const CommandLine demo = parse({QStringLiteral("--demo")});
        QVERIFY(demo.isValid());
        QCOMPARE(demo.mode, CommandLine::Mode::Demo);
        const CommandLine window =
            parse({QStringLiteral("--subscribe"), QStringLiteral("12"), QStringLiteral("--subscribe"),
                   QStringLiteral("34"), QStringLiteral("--subscribe"), QStringLiteral("12")});
        QVERIFY(window.isValid());
        QCOMPARE(window.mode, CommandLine::Mode::Gui);
        QCOMPARE(window.subscribeGids, QStringList({QStringLiteral("12"), QStringLiteral("34")}));
        QVERIFY(!parse({QStringLiteral("--subscribe"), QStringLiteral("x1")}).isValid());
        QVERIFY(!parse({QStringLiteral("--demo"), QStringLiteral("--follow"), QStringLiteral("1")}).isValid());
        QVERIFY(!parse({QStringLiteral("--demo"), QStringLiteral("--state"), QStringLiteral("f.sqlite")}).isValid());
    }

    void bareOrigin_meansTheApiPath()
    {
        const CommandLine line = parse({QStringLiteral("--follow"), QStringLiteral("1"), QStringLiteral("--base-url"),
                                        QStringLiteral("http://127.0.0.1:8080")});
        QVERIFY(line.isValid());
        QCOMPARE(line.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/api/1.0")));
    }

    void signIn_withBaseUrlAndTokenStdin()
    {
        const CommandLine oauth = parse({QStringLiteral("--sign-in")});
        QVERIFY2(oauth.isValid(), qPrintable(oauth.error));
        QCOMPARE(oauth.mode, CommandLine::Mode::SignIn);
        QVERIFY(!oauth.tokenFromStdin);
        const CommandLine pat = parse({QStringLiteral("--sign-in"), QStringLiteral("--token-stdin"),
                                       QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9")});
        QVERIFY2(pat.isValid(), qPrintable(pat.error));
        QCOMPARE(pat.mode, CommandLine::Mode::SignIn);
        QVERIFY(pat.tokenFromStdin);
        QCOMPARE(pat.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/api/1.0")));
        QVERIFY(!oauth.outOfBand);
        QVERIFY(!pat.outOfBand);
    }

    void signIn_outOfBand_andItsShortName()
    {
        for (const QString& option : {QStringLiteral("--out-of-band"), QStringLiteral("--oob")}) {
            const CommandLine line = parse({QStringLiteral("--sign-in"), option, QStringLiteral("--base-url"),
                                            QStringLiteral("http://127.0.0.1:9")});
            QVERIFY2(line.isValid(), qPrintable(line.error));
            QCOMPARE(line.mode, CommandLine::Mode::SignIn);
            QVERIFY(line.outOfBand);
            QVERIFY(!line.tokenFromStdin);
        }
        const QString help = parse({QStringLiteral("--help")}).helpText;
        QVERIFY2(help.contains(QStringLiteral("--out-of-band")), qPrintable(help));
        QVERIFY(help.contains(QStringLiteral("--oob")));
    }

    void badUsage_isAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("gid with letters")
            << QStringList{QStringLiteral("--follow"), QStringLiteral("12ab")} << QStringLiteral("12ab");
        QTest::newRow("empty gid") << QStringList{QStringLiteral("--follow=")} << QStringLiteral("gid");
        QTest::newRow("http to a remote host")
            << QStringList{QStringLiteral("--follow"), QStringLiteral("1"), QStringLiteral("--base-url"),
                           QStringLiteral("http://app.asana.com/api/1.0")}
            << QStringLiteral("https");
        QTest::newRow("ftp") << QStringList{QStringLiteral("--follow"), QStringLiteral("1"),
                                            QStringLiteral("--base-url"), QStringLiteral("ftp://127.0.0.1/")}
                             << QStringLiteral("scheme");
        QTest::newRow("negative interval") << QStringList{QStringLiteral("--follow"), QStringLiteral("1"),
                                                          QStringLiteral("--interval"), QStringLiteral("-3")}
                                           << QStringLiteral("interval");
        QTest::newRow("busy-loop interval") << QStringList{QStringLiteral("--follow"), QStringLiteral("1"),
                                                           QStringLiteral("--interval"), QStringLiteral("0.001")}
                                            << QStringLiteral("interval");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("hello")} << QStringLiteral("hello");
        QTest::newRow("token-stdin alone")
            << QStringList{QStringLiteral("--token-stdin")} << QStringLiteral("--sign-in");
        QTest::newRow("out-of-band alone")
            << QStringList{QStringLiteral("--out-of-band")} << QStringLiteral("--sign-in");
        QTest::newRow("oob with follow") << QStringList{QStringLiteral("--oob"), QStringLiteral("--follow"),
                                                        QStringLiteral("1")}
                                         << QStringLiteral("--sign-in");
        QTest::newRow("out-of-band with token-stdin")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("--out-of-band"),
                           QStringLiteral("--token-stdin")}
            << QStringLiteral("--token-stdin");
        QTest::newRow("sign-in with follow")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("--follow"), QStringLiteral("1")}
            << QStringLiteral("--sign-in");
    }

    void badUsage_isAnError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CommandLine line = parse(arguments);
        QVERIFY(!line.isValid());
        QVERIFY2(line.error.contains(mentions), qPrintable(line.error));
    }

    void jsonLines_haveTheDocumentedShape()
    {
        const QJsonObject event{{QStringLiteral("action"), QStringLiteral("added")},
                                {QStringLiteral("resource"),
                                 QJsonObject{{QStringLiteral("gid"), QStringLiteral("5")},
                                             {QStringLiteral("name"), QStringLiteral("<b>html</b> \U0001F680")}}}};
        const QByteArray line =
            JsonLines::eventLine(QStringLiteral("12"), QJsonDocument(event).toJson(QJsonDocument::Compact));
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const QJsonObject parsed = QJsonDocument::fromJson(line).object();
        QCOMPARE(parsed.value(QStringLiteral("type")).toString(), QStringLiteral("event"));
        QCOMPARE(parsed.value(QStringLiteral("subscription")).toString(), QStringLiteral("12"));
        QCOMPARE(parsed.value(QStringLiteral("event")).toObject(), event);
        QVERIFY(line.contains("<b>html</b>"));

        const QByteArray gap =
            JsonLines::gapLine(QStringLiteral("12"), QDateTime(QDate(2026, 11, 29), QTime(4, 5, 6, 7), Qt::UTC));
        QCOMPARE(gap, QByteArray(R"({"type":"gap","subscription":"12","detected_at":"2026-11-29T04:05:06.007Z"})"
                                 "\n"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
