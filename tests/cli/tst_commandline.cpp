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

    void gidsOrLinks_resolveToTheGidTheyName_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("gid");
        const QString task = QStringLiteral("1205890974749373");
        const QString project = QStringLiteral("1206043162733419");
        QTest::newRow("gid") << task << task;
        QTest::newRow("v0 task") << QStringLiteral("https://app.asana.com/0/%1/%2").arg(project, task) << task;
        QTest::newRow("v0 task, no project, full screen")
            << QStringLiteral("https://app.asana.com/0/0/%1/f").arg(task) << task;
        QTest::newRow("v0 project board") << QStringLiteral("https://app.asana.com/0/%1/board").arg(project) << project;
        QTest::newRow("v1 task in project")
            << QStringLiteral("https://app.asana.com/1/15793206719/project/%1/task/%2").arg(project, task) << task;
        QTest::newRow("v1 project list view")
            << QStringLiteral("https://app.asana.com/1/15793206719/project/%1/list/1207000000000001").arg(project)
            << project;
        QTest::newRow("v1 goal") << QStringLiteral("https://app.asana.com/1/15793206719/goal/%1").arg(task) << task;
        QTest::newRow("v0 portfolio") << QStringLiteral("https://app.asana.com/0/portfolio/%1/list").arg(project)
                                      << project;
        QTest::newRow("pasted in brackets, http, query")
            << QStringLiteral(" <http://APP.asana.com/0/%1/%2?focus=true> ").arg(project, task) << task;
    }

    void gidsOrLinks_resolveToTheGidTheyName()
    {
        QFETCH(QString, value);
        QFETCH(QString, gid);
        const CommandLine follow = parse({QStringLiteral("--follow"), value});
        QVERIFY2(follow.isValid(), qPrintable(follow.error));
        QCOMPARE(follow.mode, CommandLine::Mode::Follow);
        QCOMPARE(follow.followGids, QStringList{gid});
        const CommandLine window = parse({QStringLiteral("--subscribe=") + value});
        QVERIFY2(window.isValid(), qPrintable(window.error));
        QCOMPARE(window.mode, CommandLine::Mode::Gui);
        QCOMPARE(window.subscribeGids, QStringList{gid});
    }

    void aLinkAndItsGid_areFollowedOnce()
    {
        const CommandLine line = parse({QStringLiteral("--follow"), QStringLiteral("https://app.asana.com/0/12/34/f"),
                                        QStringLiteral("--follow"), QStringLiteral("34"), QStringLiteral("--follow"),
                                        QStringLiteral("https://app.asana.com/1/5/project/12/list/78")});
        QVERIFY2(line.isValid(), qPrintable(line.error));
        QCOMPARE(line.followGids, QStringList({QStringLiteral("34"), QStringLiteral("12")}));
    }

    void help_saysALinkWorks()
    {
        const QString help = parse({QStringLiteral("--help")}).helpText;
        QCOMPARE(help.simplified().count(QStringLiteral("GID or Asana link")), 2); // lines wrap at any space
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
        QTest::newRow("inbox link") << QStringList{QStringLiteral("--follow"),
                                                   QStringLiteral("https://app.asana.com/0/inbox/1207000000000001")}
                                    << QStringLiteral(
                                           "--follow: \"https://app.asana.com/0/inbox/1207000000000001\" "
                                           "is an Asana page that names no project, task, goal or portfolio");
        QTest::newRow("workspace home link")
            << QStringList{QStringLiteral("--subscribe"), QStringLiteral("https://app.asana.com/1/15793206719/home")}
            << QStringLiteral("--subscribe: \"https://app.asana.com/1/15793206719/home\" is an Asana page");
        QTest::newRow("look-alike host")
            << QStringList{QStringLiteral("--subscribe"), QStringLiteral("https://app.asana.com.evil.example/0/1/2")}
            << QStringLiteral("--subscribe: \"https://app.asana.com.evil.example/0/1/2\" is neither an Asana gid "
                              "nor a link");
        QTest::newRow("letters in a link's task")
            << QStringList{QStringLiteral("--follow"), QStringLiteral("https://app.asana.com/0/1/2x")}
            << QStringLiteral("is neither an Asana gid nor a link");
        QTest::newRow("25-digit gid") << QStringList{QStringLiteral("--follow"),
                                                     QStringLiteral("1234567890123456789012345")}
                                      << QStringLiteral("at most 20 digits");
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
