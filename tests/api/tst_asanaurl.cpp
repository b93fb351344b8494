// recognizeAsanaUrl: the links people copy from Asana's web app (both URL formats, their views,
// full screen, queries, fragments, pasted with brackets or spaces) name the right object; other
// hosts, API and sign-in addresses, pages that name nothing and malformed ids are refused in words.
#include "api/AsanaUrl.h"

#include <QTest>

using namespace AsanaFeed;

namespace {
const QString kWorkspace = QStringLiteral("15793206719");
const QString kProject = QStringLiteral("1206043162733419");
const QString kTask = QStringLiteral("1205890974749373");
const QString kOther = QStringLiteral("1207000000000001"); // a view, comment or user: never the answer

QString typeName(AsanaResource::Type type)
{
    switch (type) {
    case AsanaResource::Type::Unknown:
        return QStringLiteral("gid");
    case AsanaResource::Type::Project:
        return QStringLiteral("project");
    case AsanaResource::Type::Task:
        return QStringLiteral("task");
    case AsanaResource::Type::Goal:
        return QStringLiteral("goal");
    case AsanaResource::Type::Portfolio:
        return QStringLiteral("portfolio");
    }
    return {};
}

// "https://app.asana.com/" + path, with %W, %P, %T and %O replaced by the gids above.
QString link(QString path)
{
    path.replace(QStringLiteral("%W"), kWorkspace)
        .replace(QStringLiteral("%P"), kProject)
        .replace(QStringLiteral("%T"), kTask)
        .replace(QStringLiteral("%O"), kOther);
    return QStringLiteral("https://app.asana.com/") + path;
}
} // namespace

class TestAsanaUrl final : public QObject
{
    Q_OBJECT

private slots:
    void links_nameTheDeepestFollowableObject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("gid");
        QTest::addColumn<QString>("workspace");
        const QString task = QStringLiteral("task");
        const QString project = QStringLiteral("project");
        const QString none;

        QTest::newRow("bare gid") << kTask << QStringLiteral("gid") << kTask << none;
        QTest::newRow("bare gid, 20 digits") << QStringLiteral("18446744073709551615") << QStringLiteral("gid")
                                             << QStringLiteral("18446744073709551615") << none;
        QTest::newRow("bare gid, 1 digit")
            << QStringLiteral("7") << QStringLiteral("gid") << QStringLiteral("7") << none;
        QTest::newRow("bare gid in brackets and spaces")
            << QStringLiteral(" <%1> ").arg(kTask) << QStringLiteral("gid") << kTask << none;

        // V0: /0/<project>/<task>
        QTest::newRow("v0 task in project") << link(QStringLiteral("0/%P/%T")) << task << kTask << none;
        QTest::newRow("v0 task, full screen") << link(QStringLiteral("0/%P/%T/f")) << task << kTask << none;
        QTest::newRow("v0 task, no project") << link(QStringLiteral("0/0/%T")) << task << kTask << none;
        QTest::newRow("v0 task, no project, full screen") << link(QStringLiteral("0/0/%T/f")) << task << kTask << none;
        QTest::newRow("v0 task, full screen, trailing slash")
            << link(QStringLiteral("0/0/%T/f/")) << task << kTask << none;
        QTest::newRow("v0 comment on a task") << link(QStringLiteral("0/%P/%T/%O")) << task << kTask << none;
        QTest::newRow("v0 project") << link(QStringLiteral("0/%P")) << project << kProject << none;
        QTest::newRow("v0 project, trailing slash") << link(QStringLiteral("0/%P/")) << project << kProject << none;
        for (const char* view : {"list", "board", "timeline", "calendar", "overview", "files", "messages", "progress",
                                 "dashboard", "workflow"}) {
            QTest::addRow("v0 project, %s view", view)
                << link(QStringLiteral("0/%P/") + QLatin1String(view)) << project << kProject << none;
        }
        QTest::newRow("v0 project, view with its gid")
            << link(QStringLiteral("0/%P/list/%O")) << project << kProject << none;
        QTest::newRow("v0 goal") << link(QStringLiteral("0/goal/%O")) << QStringLiteral("goal") << kOther << none;
        QTest::newRow("v0 portfolio") << link(QStringLiteral("0/portfolio/%O")) << QStringLiteral("portfolio") << kOther
                                      << none;
        QTest::newRow("v0 portfolio, list view")
            << link(QStringLiteral("0/portfolio/%O/list")) << QStringLiteral("portfolio") << kOther << none;

        // V1: /1/<workspace>/<object>/<gid>/<subobject>/<gid>
        QTest::newRow("v1 task in project")
            << link(QStringLiteral("1/%W/project/%P/task/%T")) << task << kTask << kWorkspace;
        QTest::newRow("v1 task") << link(QStringLiteral("1/%W/task/%T")) << task << kTask << kWorkspace;
        QTest::newRow("v1 task, trailing slash")
            << link(QStringLiteral("1/%W/task/%T/")) << task << kTask << kWorkspace;
        QTest::newRow("v1 comment on a task in a project view")
            << link(QStringLiteral("1/%W/project/%P/list/%O/task/%T/comment/%O")) << task << kTask << kWorkspace;
        QTest::newRow("v1 project") << link(QStringLiteral("1/%W/project/%P")) << project << kProject << kWorkspace;
        QTest::newRow("v1 project, list view")
            << link(QStringLiteral("1/%W/project/%P/list/%O")) << project << kProject << kWorkspace;
        QTest::newRow("v1 project, board view")
            << link(QStringLiteral("1/%W/project/%P/board/%O")) << project << kProject << kWorkspace;
        QTest::newRow("v1 project, overview")
            << link(QStringLiteral("1/%W/project/%P/overview/%O")) << project << kProject << kWorkspace;
        QTest::newRow("v1 project, timeline (no view gid)")
            << link(QStringLiteral("1/%W/project/%P/timeline")) << project << kProject << kWorkspace;
        QTest::newRow("v1 goal") << link(QStringLiteral("1/%W/goal/%O")) << QStringLiteral("goal") << kOther
                                 << kWorkspace;
        QTest::newRow("v1 portfolio, list view")
            << link(QStringLiteral("1/%W/portfolio/%O/list/%T")) << QStringLiteral("portfolio") << kOther << kWorkspace;

        // As pasted
        QTest::newRow("query") << link(QStringLiteral("0/%P/%T?focus=true")) << task << kTask << none;
        QTest::newRow("fragment") << link(QStringLiteral("0/%P/list#123")) << project << kProject << none;
        QTest::newRow("query and fragment, v1")
            << link(QStringLiteral("1/%W/project/%P/task/%T?focus=true#comment-1")) << task << kTask << kWorkspace;
        QTest::newRow("escapes in the query") << link(QStringLiteral("0/%P/%T?focus=%74rue")) << task << kTask << none;
        QTest::newRow("query naming another object")
            << link(QStringLiteral("0/%P?task=%O")) << project << kProject << none;
        QTest::newRow("http") << QStringLiteral("http://app.asana.com/0/%1/%2").arg(kProject, kTask) << task << kTask
                              << none;
        QTest::newRow("uppercase host and scheme")
            << QStringLiteral("HTTPS://APP.Asana.COM/0/%1/%2").arg(kProject, kTask) << task << kTask << none;
        QTest::newRow("explicit https port")
            << QStringLiteral("https://app.asana.com:443/0/%1").arg(kProject) << project << kProject << none;
        QTest::newRow("angle brackets") << QStringLiteral("<%1>").arg(link(QStringLiteral("0/0/%T/f"))) << task << kTask
                                        << none;
        QTest::newRow("surrounding whitespace")
            << QStringLiteral("  \t%1\n").arg(link(QStringLiteral("1/%W/task/%T"))) << task << kTask << kWorkspace;
        QTest::newRow("brackets with whitespace inside")
            << QStringLiteral(" < %1 >\r\n").arg(link(QStringLiteral("0/%P"))) << project << kProject << none;
    }

    void links_nameTheDeepestFollowableObject()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        QFETCH(QString, gid);
        QFETCH(QString, workspace);
        const AsanaUrlResult result = recognizeAsanaUrl(text);
        QVERIFY2(result.isValid(), qPrintable(result.problem));
        QVERIFY(result.problem.isEmpty());
        QCOMPARE(typeName(result.resource->type), type);
        QCOMPARE(result.resource->gid, gid);
        QCOMPARE(result.resource->workspaceGid, workspace);
    }

    void everythingElse_isRefusedInWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        const QString notALink = QStringLiteral("nor a link to an Asana project, task, goal or portfolio");
        const QString namesNothing = QStringLiteral("names no project, task, goal or portfolio");

        // Someone else's address
        QTest::newRow("look-alike host") << QStringLiteral("https://app.asana.com.evil.example/0/1/2") << notALink;
        QTest::newRow("user info before another host")
            << QStringLiteral("https://app.asana.com@evil.example/0/1/2") << notALink;
        QTest::newRow("user info before app.asana.com")
            << QStringLiteral("https://someone@app.asana.com/0/1/2") << notALink;
        QTest::newRow("subdomain") << QStringLiteral("https://evil.app.asana.com/0/1/2") << notALink;
        QTest::newRow("asana.com, no scheme") << QStringLiteral("asana.com/product") << notALink;
        QTest::newRow("asana.com guide") << QStringLiteral("https://asana.com/guide") << notALink;
        QTest::newRow("app.asana.com, no scheme") << QStringLiteral("app.asana.com/0/1/2") << notALink;
        QTest::newRow("ftp") << QStringLiteral("ftp://app.asana.com/0/1/2") << notALink;
        QTest::newRow("another port") << QStringLiteral("https://app.asana.com:8443/0/1/2") << notALink;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << notALink;
        QTest::newRow("sign-in page") << QStringLiteral("https://app.asana.com/-/oauth_authorize?client_id=1")
                                      << notALink;
        QTest::newRow("the API itself") << QStringLiteral("https://app.asana.com/api/1.0/tasks/12") << notALink;

        // Malformed ids
        QTest::newRow("letters in the project") << link(QStringLiteral("0/12ab/%T")) << notALink;
        QTest::newRow("letters in the task") << link(QStringLiteral("0/%P/12ab")) << notALink;
        QTest::newRow("a 25-digit task") << link(QStringLiteral("0/%P/1234567890123456789012345")) << notALink;
        QTest::newRow("escaped slash") << link(QStringLiteral("0/%P%2F%T")) << notALink;
        // QUrl decodes "%30" to "0": an escaped digit must not make up a gid (found by fuzz_asanaurl).
        QTest::newRow("escaped digit in a gid")
            << QStringLiteral("https://app.asana.com/0//00894271%3035265/f") << notALink;
        QTest::newRow("escaped task") << QStringLiteral("https://app.asana.com/0/1/%31%32") << notALink;
        QTest::newRow("escaped word") << QStringLiteral("https://app.asana.com/1/1/%70roject/2") << notALink;
        QTest::newRow("goal without a gid") << link(QStringLiteral("0/goal/okr")) << notALink;
        QTest::newRow("v1, letters in the workspace") << link(QStringLiteral("1/acme/project/%P")) << notALink;
        QTest::newRow("v1, letters in the project") << link(QStringLiteral("1/%W/project/board")) << notALink;
        QTest::newRow("v1, task without its gid") << link(QStringLiteral("1/%W/project/%P/task/")) << notALink;
        QTest::newRow("v1, zero task") << link(QStringLiteral("1/%W/task/0")) << notALink;

        // Not a gid
        QTest::newRow("empty") << QString() << QStringLiteral("gid or link is needed");
        QTest::newRow("whitespace") << QStringLiteral(" \t ") << QStringLiteral("gid or link is needed");
        QTest::newRow("empty brackets") << QStringLiteral("<>") << QStringLiteral("gid or link is needed");
        QTest::newRow("25 digits") << QStringLiteral("1234567890123456789012345")
                                   << QStringLiteral("at most 20 digits");
        QTest::newRow("zero") << QStringLiteral("0") << notALink;
        QTest::newRow("digits and letters") << QStringLiteral("12ab") << notALink;
        QTest::newRow("negative") << QStringLiteral("-12") << notALink;
        QTest::newRow("words") << QStringLiteral("my project") << notALink;

        // Asana pages that name nothing a person can follow
        QTest::newRow("the app") << QStringLiteral("https://app.asana.com/") << namesNothing;
        QTest::newRow("v0 home") << link(QStringLiteral("0/home/%W")) << namesNothing;
        QTest::newRow("v0 inbox") << link(QStringLiteral("0/inbox/%O")) << namesNothing;
        QTest::newRow("v0 search") << link(QStringLiteral("0/search/%O/%T")) << namesNothing;
        QTest::newRow("v0 no project, nothing else") << link(QStringLiteral("0/0")) << namesNothing;
        QTest::newRow("v1 workspace") << link(QStringLiteral("1/%W")) << namesNothing;
        QTest::newRow("v1 home") << link(QStringLiteral("1/%W/home")) << namesNothing;
        QTest::newRow("v1 inbox item") << link(QStringLiteral("1/%W/inbox/%O/item/%T/story/%O")) << namesNothing;
        QTest::newRow("v1 create project")
            << link(QStringLiteral("1/%W/create-project/template-gallery")) << namesNothing;

        QTest::newRow("a later URL format")
            << link(QStringLiteral("2/%W/project/%P")) << QStringLiteral("form this version does not read");
    }

    void everythingElse_isRefusedInWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const AsanaUrlResult result = recognizeAsanaUrl(text);
        if (result.isValid()) {
            QFAIL(qPrintable(QStringLiteral("%1 was read as gid %2").arg(text, result.resource->gid)));
        }
        QVERIFY2(result.problem.contains(mentions), qPrintable(result.problem));
        // The person sees what they gave (trimmed), so that a typo can be spotted.
        if (!text.trimmed().isEmpty() && text != QStringLiteral("<>")) {
            QVERIFY2(result.problem.contains(QLatin1Char('"') + text.trimmed() + QLatin1Char('"')),
                     qPrintable(result.problem));
        }
    }

    void aPastedPage_isQuotedShort()
    {
        const QString page = QStringLiteral("https://example.com/") + QString(5000, QLatin1Char('a'));
        const AsanaUrlResult result = recognizeAsanaUrl(page);
        QVERIFY(!result.isValid());
        QVERIFY2(result.problem.size() < 300, qPrintable(result.problem));
        QVERIFY(result.problem.startsWith(QStringLiteral("\"https://example.com/aaa")));
    }
};

QTEST_GUILESS_MAIN(TestAsanaUrl)
#include "tst_asanaurl.moc"
