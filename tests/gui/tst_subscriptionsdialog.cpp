// SubscriptionsDialog offscreen against the simulator, driven the way a person would: type to
// search, browse and load more projects, paste a link, follow, pause, mute, retry and remove
// (keeping or dropping the history).
#include "SimFixture.h"
#include "SubscriptionsDialog.h"
#include "api/AsanaClient.h"
#include "api/ResourceSearch.h"
#include "events/PollScheduler.h"
#include "feed/SubscriptionModel.h"
#include "store/EventStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

namespace {

struct Harness
{
    QTemporaryDir dir;
    SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};
    EventStore store;
    std::unique_ptr<SubscriptionModel> subscriptions;
    ResourceSearch search{&client};
    std::unique_ptr<PollScheduler> scheduler;
    SubscriptionsDialog dialog;
    std::optional<bool> removeAnswer;
    QStringList removeAsked;

    explicit Harness(const SimConfig& config = {})
        : sim(config)
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        search.setDebounce(0ms);
        if (!store.open(dir.filePath(QStringLiteral("events.sqlite")))) {
            qFatal("cannot open the store");
        }
        subscriptions = std::make_unique<SubscriptionModel>(&store);
        PollScheduler::Options options;
        options.minInterval = 50ms;
        options.backoffBase = 20ms;
        options.backoffCap = 100ms;
        scheduler = std::make_unique<PollScheduler>(&client, &store, options);
        subscriptions->setScheduler(scheduler.get());
        scheduler->start();
        dialog.setRemoveQuestion([this](const QString& name) {
            removeAsked.append(name);
            return removeAnswer;
        });
        dialog.attachTo(subscriptions.get(), &search);
    }
    ~Harness() { subscriptions->setScheduler(nullptr); }

    void show(const QList<AccountInfo::Workspace>& workspaces)
    {
        dialog.setWorkspaces(workspaces);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    }
    [[nodiscard]] QTreeWidgetItem* result(const QString& name) const
    {
        const QList<QTreeWidgetItem*> found = dialog.resultsView()->findItems(name, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.first();
    }
    void selectFollowed(const QString& gid) { dialog.selectSubscription(gid); }
    [[nodiscard]] QString stateText(const QString& gid) const
    {
        return subscriptions->index(subscriptions->rowOf(gid), SubscriptionModel::StateColumn).data().toString();
    }
};

QList<AccountInfo::Workspace> workspacesOf(SimFixture& sim)
{
    return {{sim.workspaceGid(), QStringLiteral("Acme")}};
}

} // namespace

class TestSubscriptionsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void browse_listsTheWorkspacesProjectsAndLoadsMore()
    {
        Harness h;
        const QString ws = h.sim.workspaceGid();
        const int existing = int(h.sim.world().projectGids().size());
        for (int i = existing; i < ResourceSearch::pageSize + 3; ++i) {
            h.sim.world().addProject(ws, QStringLiteral("Project %1").arg(i, 2, 10, QLatin1Char('0')));
        }
        h.show(workspacesOf(h.sim));
        // The whole workspace first, then a page of its projects.
        QTRY_COMPARE(h.dialog.resultsView()->topLevelItemCount(), ResourceSearch::pageSize + 1);
        QCOMPARE(h.dialog.resultTexts().first(), QStringLiteral("All of Acme (Workspace)"));
        QVERIFY(h.dialog.moreButton()->isVisible());
        QTest::mouseClick(h.dialog.moreButton(), Qt::LeftButton);
        QTRY_COMPARE(h.dialog.resultsView()->topLevelItemCount(), ResourceSearch::pageSize + 4);
        QVERIFY(!h.dialog.moreButton()->isVisible());
        QVERIFY(h.dialog.resultTexts().contains(QStringLiteral("Website Relaunch (Project)")));
        QVERIFY(h.dialog.messageText().isEmpty());
    }

    void wholeWorkspace_isPolledThroughItsOwnEndpoint_whereAsanaAllowsIt()
    {
        for (const bool serviceAccount : {false, true}) {
            SimConfig config;
            config.workspaceEvents = serviceAccount;
            Harness h(config);
            h.show(workspacesOf(h.sim));
            QTRY_VERIFY(h.result(QStringLiteral("All of Acme")));
            h.dialog.resultsView()->setCurrentItem(h.result(QStringLiteral("All of Acme")));
            QTest::mouseClick(h.dialog.followButton(), Qt::LeftButton);
            const QString ws = h.sim.workspaceGid();
            QCOMPARE(h.store.subscription(ws)->resourceType, QStringLiteral("workspace"));
            if (!serviceAccount) {
                // Anyone else is refused, and told so in words.
                QTRY_COMPARE(h.stateText(ws), QStringLiteral("failed: no access"));
                continue;
            }
            QTRY_COMPARE(h.stateText(ws), QStringLiteral("live"));
            // Activity in any of its projects arrives through the workspace's stream.
            h.sim.world().commentOnTask(h.sim.userGid(0), h.sim.taskGid(1), QStringLiteral("From the workspace"));
            QTRY_VERIFY(h.store.eventCount() > 0);
            bool asked = false;
            for (const SimRequestRecord& request : h.sim.server().requests()) {
                if (request.path.endsWith(QStringLiteral("/workspaces/%1/events").arg(ws))) {
                    asked = true;
                    QVERIFY2(!request.query.contains(QLatin1String("opt_fields")), qPrintable(request.query));
                }
                QVERIFY(!request.query.contains(QStringLiteral("resource=%1").arg(ws)));
            }
            QVERIFY(asked);
        }
    }

    void typing_searchesAndFollowsWithEnter()
    {
        Harness h;
        h.show(workspacesOf(h.sim));
        QTest::keyClicks(h.dialog.searchField(), QStringLiteral("relaunch"));
        QTRY_VERIFY(h.dialog.resultTexts().contains(QStringLiteral("Website Relaunch (Project)")));
        QVERIFY(!h.dialog.followButton()->isEnabled()); // nothing chosen yet

        QTreeWidgetItem* item = h.result(QStringLiteral("Website Relaunch"));
        h.dialog.resultsView()->setCurrentItem(item);
        QVERIFY(h.dialog.followButton()->isEnabled());
        QTest::keyClick(h.dialog.searchField(), Qt::Key_Return); // the default button
        const QString project = h.sim.projectGid(0);
        QVERIFY(h.subscriptions->contains(project));
        QCOMPARE(h.store.subscription(project)->name, QStringLiteral("Website Relaunch"));
        QCOMPARE(h.store.subscription(project)->resourceType, QStringLiteral("project"));
        QVERIFY(h.dialog.messageText().startsWith(QLatin1String("Following Website Relaunch.")));
        QVERIFY(!h.dialog.followButton()->isEnabled());
        QCOMPARE(h.dialog.followButton()->text(), QStringLiteral("Following"));
        QCOMPARE(item->text(1), QStringLiteral("Project · following"));
        QVERIFY(h.dialog.subscriptionsView()->isVisible());
        QTRY_COMPARE(h.stateText(project), QStringLiteral("live"));
    }

    void typing_saysWhenNothingMatches()
    {
        Harness h;
        h.show(workspacesOf(h.sim));
        QTest::keyClicks(h.dialog.searchField(), QStringLiteral("no such thing"));
        QTRY_COMPARE(h.dialog.messageText(), QStringLiteral("Nothing in this workspace matches “no such thing”."));
        QCOMPARE(h.dialog.resultsView()->topLevelItemCount(), 0);
        // Cleared: the projects again.
        h.dialog.searchField()->clear();
        QTRY_VERIFY(h.dialog.resultTexts().contains(QStringLiteral("Website Relaunch (Project)")));
    }

    void pasting_aLinkFindsWhatItNames()
    {
        Harness h;
        h.show(workspacesOf(h.sim));
        const QString ws = h.sim.workspaceGid();
        const QString task = h.sim.taskGid(1, 0);
        h.dialog.searchField()->setText(
            QStringLiteral("https://app.asana.com/1/%1/project/%2/task/%3").arg(ws, h.sim.projectGid(1), task));
        const QString name = h.sim.world().task(task)->name;
        QTRY_COMPARE(h.dialog.resultTexts(), QStringList{QStringLiteral("%1 (Task)").arg(name)});
        QCOMPARE(h.dialog.messageText(), QStringLiteral("Found it: choose Follow to see its events."));
        QTest::mouseClick(h.dialog.followButton(), Qt::LeftButton);
        QVERIFY(h.subscriptions->contains(task));
        QCOMPARE(h.store.subscription(task)->resourceType, QStringLiteral("task"));

        // A link without its scheme, as copied from some address bars.
        h.dialog.searchField()->setText(QStringLiteral("app.asana.com/0/%1/list").arg(h.sim.projectGid(2)));
        QTRY_COMPARE(h.dialog.resultTexts().size(), 1);
        QVERIFY(h.dialog.resultTexts().constFirst().endsWith(QLatin1String("(Project)")));

        // A page that names nothing: a plain reason, nothing listed.
        h.dialog.searchField()->setText(QStringLiteral("https://app.asana.com/0/inbox/123"));
        QTRY_VERIFY(h.dialog.messageText().contains(QLatin1String("names no project")));
        QCOMPARE(h.dialog.resultsView()->topLevelItemCount(), 0);
        QVERIFY(!h.dialog.followButton()->isEnabled());
    }

    void workspaces_areAskedForWhenTheAccountDoesNotSay()
    {
        Harness h;
        h.show({});
        QTRY_COMPARE(h.dialog.currentWorkspace(), h.sim.workspaceGid());
        QTRY_VERIFY(h.dialog.resultTexts().contains(QStringLiteral("Website Relaunch (Project)")));
    }

    void manage_pauseMuteRetryAndRemove()
    {
        Harness h;
        const QString first = h.sim.projectGid(0);
        const QString second = h.sim.projectGid(1);
        QVERIFY(h.subscriptions->follow(first, QStringLiteral("Website Relaunch"), QStringLiteral("project")));
        QVERIFY(h.subscriptions->follow(second, QStringLiteral("Mobile App v2"), QStringLiteral("project")));
        h.show(workspacesOf(h.sim));
        QTRY_COMPARE(h.stateText(first), QStringLiteral("live"));
        QVERIFY(!h.dialog.pauseButton()->isEnabled()); // nothing selected

        h.selectFollowed(first);
        QCOMPARE(h.dialog.pauseButton()->text(), QStringLiteral("Pause"));
        QTest::mouseClick(h.dialog.pauseButton(), Qt::LeftButton);
        QCOMPARE(h.dialog.pauseButton()->text(), QStringLiteral("Resume"));
        QCOMPARE(h.stateText(first), QStringLiteral("paused"));
        QVERIFY(!h.scheduler->poller(first));
        QTest::mouseClick(h.dialog.pauseButton(), Qt::LeftButton);
        QVERIFY(h.scheduler->poller(first));
        QTRY_COMPARE(h.stateText(first), QStringLiteral("live"));

        QTest::mouseClick(h.dialog.muteButton(), Qt::LeftButton);
        QCOMPARE(h.dialog.muteButton()->text(), QStringLiteral("Unmute"));
        QVERIFY(h.store.subscription(first)->muted);
        QCOMPARE(h.stateText(first), QStringLiteral("live, muted"));

        // Failed: Retry is offered, and polls again.
        h.sim.world().setForbidden(second);
        h.subscriptions->retry(second);
        h.selectFollowed(second);
        QTRY_COMPARE(
            h.subscriptions->index(h.subscriptions->rowOf(second), 0).data(SubscriptionModel::StateRole).toInt(),
            int(SubscriptionState::Failed));
        QTRY_VERIFY(h.dialog.retryButton()->isEnabled());
        h.sim.world().setForbidden(second, false);
        QTest::mouseClick(h.dialog.retryButton(), Qt::LeftButton);
        QTRY_COMPARE(h.stateText(second), QStringLiteral("live"));
        QVERIFY(!h.dialog.retryButton()->isEnabled());

        // Remove: asked; cancel keeps it, keep-history keeps its events.
        h.sim.world().injectEvents(first, 2);
        QTRY_COMPARE(h.store.eventCount(), qint64(2));
        h.selectFollowed(first);
        h.removeAnswer = std::nullopt;
        QTest::mouseClick(h.dialog.removeButton(), Qt::LeftButton);
        QCOMPARE(h.removeAsked, QStringList{QStringLiteral("Website Relaunch")});
        QVERIFY(h.subscriptions->contains(first));
        h.removeAnswer = false;
        QTest::mouseClick(h.dialog.removeButton(), Qt::LeftButton);
        QVERIFY(!h.subscriptions->contains(first));
        QCOMPARE(h.store.eventCount(), qint64(2));
        QCOMPARE(h.dialog.messageText(),
                 QStringLiteral("Stopped following Website Relaunch; its events stay in the feed."));

        // Drop history: its events go with it.
        h.sim.world().injectEvents(second, 3);
        QTRY_COMPARE(h.store.eventCount(), qint64(5));
        h.selectFollowed(second);
        h.removeAnswer = true;
        QTest::mouseClick(h.dialog.removeButton(), Qt::LeftButton);
        QVERIFY(!h.subscriptions->contains(second));
        QCOMPARE(h.store.eventCount(), qint64(2));
        QTRY_VERIFY(!h.dialog.subscriptionsView()->isVisible());
    }
};

QTEST_MAIN(TestSubscriptionsDialog)
#include "tst_subscriptionsdialog.moc"
