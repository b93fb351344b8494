// ResourceSearch against the simulator: typeahead over the kinds a person can follow (with each
// result's kind), the workspace's projects page by page, pasted links resolved to what they name
// (or a plain reason), and a newer search replacing an older one.
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "api/ResourceSearch.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

namespace {

struct Searching
{
    SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};
    ResourceSearch search{&client};

    Searching()
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        search.setDebounce(0ms);
    }
    [[nodiscard]] int requestsTo(const QString& pathPart)
    {
        int count = 0;
        for (const SimRequestRecord& record : sim.server().requests()) {
            count += record.path.contains(pathPart) ? 1 : 0;
        }
        return count;
    }
};

QStringList typesOf(const QList<FoundResource>& found)
{
    QStringList types;
    for (const FoundResource& resource : found) {
        types.append(resource.type);
    }
    return types;
}

} // namespace

class TestResourceSearch final : public QObject
{
    Q_OBJECT

private slots:
    void search_findsProjectsAndTasksWithTheirKind()
    {
        Searching s;
        const QString ws = s.sim.workspaceGid();
        const QString project = s.sim.world().addProject(ws, QStringLiteral("Launch plan"));
        const QString task = s.sim.world().addTask(project, QStringLiteral("Plan the launch party"));
        QSignalSpy results(&s.search, &ResourceSearch::resultsChanged);
        s.search.search(ws, QStringLiteral("launch"));
        // One answer per kind: projects are listed first, then tasks.
        QTRY_COMPARE(results.size(), ResourceSearch::searchedTypes.size());
        const auto found = results.constLast().at(0).value<QList<FoundResource>>();
        QVERIFY(found.contains(FoundResource{project, QStringLiteral("project"), QStringLiteral("Launch plan")}));
        QVERIFY(found.contains(FoundResource{task, QStringLiteral("task"), QStringLiteral("Plan the launch party")}));
        QVERIFY(typesOf(found).indexOf(QStringLiteral("project")) < typesOf(found).indexOf(QStringLiteral("task")));
        QCOMPARE(s.requestsTo(QStringLiteral("/typeahead")), ResourceSearch::searchedTypes.size());
    }

    void search_newerTextReplacesTheOlder()
    {
        Searching s;
        const QString ws = s.sim.workspaceGid();
        s.search.setDebounce(50ms);
        QSignalSpy results(&s.search, &ResourceSearch::resultsChanged);
        // Typed quickly: only the last text is asked for.
        s.search.search(ws, QStringLiteral("l"));
        s.search.search(ws, QStringLiteral("la"));
        s.search.search(ws, QStringLiteral("zzz-nothing"));
        QTRY_COMPARE(results.size(), ResourceSearch::searchedTypes.size());
        QVERIFY(results.constLast().at(0).value<QList<FoundResource>>().isEmpty());
        QCOMPARE(s.requestsTo(QStringLiteral("/typeahead")), ResourceSearch::searchedTypes.size());

        // Cleared: the results go at once, nothing is asked.
        s.search.search(ws, QString());
        QCOMPARE(results.size(), ResourceSearch::searchedTypes.size() + 1);
        QVERIFY(results.constLast().at(0).value<QList<FoundResource>>().isEmpty());
    }

    void browse_pagesThroughTheWorkspacesProjects()
    {
        Searching s;
        const QString ws = s.sim.workspaceGid();
        const int existing = int(s.sim.world().projectGids().size());
        for (int i = existing; i < ResourceSearch::pageSize + 7; ++i) {
            s.sim.world().addProject(ws, QStringLiteral("Project %1").arg(i));
        }
        QSignalSpy pages(&s.search, &ResourceSearch::projectsArrived);
        s.search.browseProjects(ws);
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).at(0).value<QList<FoundResource>>().size(), ResourceSearch::pageSize);
        QVERIFY(pages.at(0).at(1).toBool());
        QVERIFY(s.search.hasMoreProjects());
        s.search.moreProjects();
        QTRY_COMPARE(pages.size(), 2);
        QCOMPARE(pages.at(1).at(0).value<QList<FoundResource>>().size(), 7);
        QVERIFY(!pages.at(1).at(1).toBool());
        QVERIFY(!s.search.hasMoreProjects());
        for (const FoundResource& project : pages.at(1).at(0).value<QList<FoundResource>>()) {
            QCOMPARE(project.type, QStringLiteral("project"));
        }
    }

    void listWorkspaces_namesThem()
    {
        Searching s;
        QSignalSpy workspaces(&s.search, &ResourceSearch::workspacesArrived);
        s.search.listWorkspaces();
        QTRY_COMPARE(workspaces.size(), 1);
        const auto found = workspaces.at(0).at(0).value<QList<FoundResource>>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).gid, s.sim.workspaceGid());
        QCOMPARE(found.at(0).type, QStringLiteral("workspace"));
        QVERIFY(!found.at(0).name.isEmpty());
    }

    void resolve_namesWhatALinkPointsTo()
    {
        Searching s;
        const QString ws = s.sim.workspaceGid();
        const QString project = s.sim.projectGid(0);
        const QString task = s.sim.taskGid(0, 1);
        QSignalSpy resolved(&s.search, &ResourceSearch::resolved);
        QSignalSpy failed(&s.search, &ResourceSearch::failed);

        s.search.resolve(
            QStringLiteral("https://app.asana.com/1/%1/project/%2/task/%3?focus=true").arg(ws, project, task));
        QTRY_COMPARE(resolved.size(), 1);
        auto found = resolved.at(0).at(0).value<FoundResource>();
        QCOMPARE(found.gid, task);
        QCOMPARE(found.type, QStringLiteral("task"));
        QCOMPARE(found.name, s.sim.world().task(task)->name);

        s.search.resolve(QStringLiteral("https://app.asana.com/0/%1/list").arg(project));
        QTRY_COMPARE(resolved.size(), 2);
        found = resolved.at(1).at(0).value<FoundResource>();
        QCOMPARE(found.gid, project);
        QCOMPARE(found.type, QStringLiteral("project"));

        // A bare gid: whichever kind knows it (a task here, after the projects said 404).
        s.search.resolve(task);
        QTRY_COMPARE(resolved.size(), 3);
        QCOMPARE(resolved.at(2).at(0).value<FoundResource>().type, QStringLiteral("task"));
        QCOMPARE(failed.size(), 0);
    }

    void resolve_saysWhyALinkNamesNothing()
    {
        Searching s;
        QSignalSpy resolved(&s.search, &ResourceSearch::resolved);
        QSignalSpy failed(&s.search, &ResourceSearch::failed);
        s.search.resolve(QStringLiteral("https://app.asana.com/0/inbox/123"));
        QCOMPARE(failed.size(), 1); // at once: nothing asked
        QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("names no project")));

        s.search.resolve(QStringLiteral("https://app.asana.com/0/9999999999999999/list"));
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(QLatin1String("not shared with you")));
        QCOMPARE(resolved.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestResourceSearch)
#include "tst_resourcesearch.moc"
