// ResourceNames against the simulator over loopback: projects and tasks are named, what cannot
// be named keeps its gid and is asked about again later, and nothing is asked twice.
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "api/ResourceNames.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {
constexpr int kTimeoutMs = 15000;
} // namespace

class TstResourceNames final : public QObject
{
    Q_OBJECT

private slots:
    void projectsAndTasks_areNamed_once()
    {
        SimFixture sim;
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        ResourceNames names(&client);
        QSignalSpy changed(&names, &ResourceNames::namesChanged);

        const QString project = sim.projectGid(0);
        const QString task = sim.taskGid(1, 0);
        names.request({project, task});
        QTRY_COMPARE_WITH_TIMEOUT(names.names().size(), 2, kTimeoutMs);
        QCOMPARE(names.names().value(project), sim.world().project(project)->name);
        QCOMPARE(names.names().value(task), sim.world().task(task)->name);
        QCOMPARE(changed.count(), 2);
        using Names = QHash<QString, QString>;
        QCOMPARE(changed.last().first().value<Names>(), names.names());

        const qsizetype requests = sim.server().requests().size();
        names.request({project, task}); // known: not asked again
        QVERIFY(!names.isAsking());
        QCOMPARE(sim.server().requests().size(), requests);
    }

    void unknownOrRefused_keepTheGid_andAreAskedAgainLater()
    {
        SimFixture sim;
        QNetworkAccessManager network;
        AsanaClient client(&network);
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(QStringLiteral("refused"));
        ResourceNames names(&client);
        const QString project = sim.projectGid(0);
        const qsizetype before = sim.server().requests().size();
        names.request({project, QStringLiteral("999999")});
        QVERIFY(names.isAsking());
        QTRY_VERIFY_WITH_TIMEOUT(!names.isAsking(), kTimeoutMs); // every answer handled
        QVERIFY(sim.server().requests().size() >= before + 2);
        QVERIFY(names.names().isEmpty());

        client.setAccessToken(sim.token()); // e.g. after a renewed sign-in
        names.request({project, QStringLiteral("999999")});
        QTRY_COMPARE_WITH_TIMEOUT(names.names().size(), 1, kTimeoutMs);
        QCOMPARE(names.names().value(project), sim.world().project(project)->name);
    }
};

QTEST_GUILESS_MAIN(TstResourceNames)
#include "tst_resourcenames.moc"
