// SubscriptionModel against the store and a scheduler polling the simulator: following, pausing,
// muting and removing change what is polled and what the store keeps, per account and across a
// restart; the states and the last event of each subscription show in its row.
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "events/EventPoller.h"
#include "events/PollScheduler.h"
#include "feed/SubscriptionModel.h"
#include "store/EventStore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

namespace {

QVariant cell(const SubscriptionModel& model, const QString& gid, int role, int column = SubscriptionModel::NameColumn)
{
    return model.index(model.rowOf(gid), column).data(role);
}

SubscriptionState stateOf(const SubscriptionModel& model, const QString& gid)
{
    return SubscriptionState(cell(model, gid, SubscriptionModel::StateRole).toInt());
}

struct Account
{
    QTemporaryDir dir;
    SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};
    EventStore store;
    std::unique_ptr<SubscriptionModel> model;
    std::unique_ptr<PollScheduler> scheduler;

    Account()
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
        open();
    }
    void open()
    {
        QVERIFY(store.open(dir.filePath(QStringLiteral("events.sqlite"))));
        model = std::make_unique<SubscriptionModel>(&store);
    }
    void restart()
    {
        stopPolling();
        model.reset();
        store.close();
        open();
    }
    void startPolling()
    {
        PollScheduler::Options options;
        options.minInterval = 50ms;
        options.backoffBase = 20ms;
        options.backoffCap = 100ms;
        scheduler = std::make_unique<PollScheduler>(&client, &store, options);
        for (const QString& gid : model->activeGids()) {
            const auto stored = store.subscription(gid);
            scheduler->add(gid, stored ? stored->syncToken : QString());
        }
        model->setScheduler(scheduler.get());
        scheduler->start();
    }
    void stopPolling()
    {
        if (model) {
            model->setScheduler(nullptr);
        }
        scheduler.reset();
    }
    [[nodiscard]] int eventRequestsFor(const QString& gid) const
    {
        int count = 0;
        for (const SimFixture::EventRequest& request : sim.eventRequests()) {
            count += request.resource == gid ? 1 : 0;
        }
        return count;
    }
};

} // namespace

class TestSubscriptionModel final : public QObject
{
    Q_OBJECT

private slots:
    void follow_persistsWithNameAndType()
    {
        Account account;
        QAbstractItemModelTester tester(account.model.get());
        const QString project = account.sim.projectGid(0);
        const QString task = account.sim.taskGid(1);
        QSignalSpy names(account.model.get(), &SubscriptionModel::namesChanged);
        QVERIFY(account.model->follow(project, QStringLiteral("Launch plan"), QStringLiteral("project")));
        QVERIFY(account.model->follow(task, QStringLiteral("Write the brief"), QStringLiteral("task")));
        QCOMPARE(account.model->rowCount(), 2);
        QCOMPARE(names.size(), 2);
        QCOMPARE(account.model->names().value(project), QStringLiteral("Launch plan"));
        QCOMPARE(cell(*account.model, task, Qt::DisplayRole, SubscriptionModel::TypeColumn).toString(),
                 QStringLiteral("Task"));
        QCOMPARE(cell(*account.model, task, Qt::DisplayRole, SubscriptionModel::LastEventColumn).toString(),
                 QStringLiteral("none yet"));

        account.restart();
        QCOMPARE(account.model->gids(), (QStringList{project, task}));
        QCOMPARE(cell(*account.model, project, Qt::DisplayRole).toString(), QStringLiteral("Launch plan"));
        QCOMPARE(cell(*account.model, project, SubscriptionModel::ResourceTypeRole).toString(),
                 QStringLiteral("project"));
    }

    void follow_startsPollingAndShowsTheStateAndLastEvent()
    {
        Account account;
        account.startPolling();
        const QString project = account.sim.projectGid(0);
        QVERIFY(account.model->follow(project, QStringLiteral("Launch plan"), QStringLiteral("project")));
        QVERIFY(account.scheduler->poller(project));
        QTRY_COMPARE(stateOf(*account.model, project), SubscriptionState::Live);
        QCOMPARE(cell(*account.model, project, Qt::DisplayRole, SubscriptionModel::StateColumn).toString(),
                 QStringLiteral("live"));

        account.sim.world().injectEvents(project, 3);
        QTRY_VERIFY(cell(*account.model, project, SubscriptionModel::LastEventRole).toDateTime().isValid());
        QVERIFY(account.store.subscription(project)->lastEventAt.isValid());
    }

    void pause_stopsPollingAndResumeGoesOnFromTheSyncToken()
    {
        Account account;
        account.startPolling();
        const QString project = account.sim.projectGid(0);
        QVERIFY(account.model->follow(project, QString(), QStringLiteral("project")));
        QTRY_COMPARE(stateOf(*account.model, project), SubscriptionState::Live);
        const QString token = account.store.subscription(project)->syncToken;
        QVERIFY(!token.isEmpty());

        QSignalSpy changed(account.model.get(), &SubscriptionModel::subscriptionsChanged);
        QVERIFY(account.model->setPaused(project, true));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!account.scheduler->poller(project));
        QVERIFY(account.model->activeGids().isEmpty());
        QVERIFY(account.store.subscription(project)->paused);
        QCOMPARE(cell(*account.model, project, Qt::DisplayRole, SubscriptionModel::StateColumn).toString(),
                 QStringLiteral("paused"));

        // Paused across a restart, and not polled then either.
        account.restart();
        account.startPolling();
        QVERIFY(account.model->contains(project));
        QVERIFY(!account.scheduler->poller(project));

        const int before = account.eventRequestsFor(project);
        account.sim.world().injectEvents(project, 2);
        QVERIFY(account.model->setPaused(project, false));
        QVERIFY(account.scheduler->poller(project));
        QTRY_COMPARE(account.store.eventCount(), qint64(2)); // from the kept token: nothing missed
        QVERIFY(account.eventRequestsFor(project) > before);
        QCOMPARE(account.sim.eventRequests().at(before).syncToken, token);
    }

    void mute_isKeptAndShown()
    {
        Account account;
        const QString project = account.sim.projectGid(0);
        QVERIFY(account.model->follow(project, QStringLiteral("Launch plan"), QStringLiteral("project")));
        QVERIFY(account.model->setMuted(project, true));
        QVERIFY(account.model->isMuted(project));
        QCOMPARE(cell(*account.model, project, Qt::DisplayRole, SubscriptionModel::StateColumn).toString(),
                 QStringLiteral("stopped, muted"));
        account.restart();
        QVERIFY(account.model->isMuted(project));
        QVERIFY(account.model->activeGids().contains(project)); // muted is still followed
    }

    void remove_keepsOrDropsTheHistory_data()
    {
        QTest::addColumn<bool>("dropHistory");
        QTest::newRow("keep") << false;
        QTest::newRow("drop") << true;
    }
    void remove_keepsOrDropsTheHistory()
    {
        QFETCH(bool, dropHistory);
        Account account;
        account.startPolling();
        const QString first = account.sim.projectGid(0);
        const QString second = account.sim.projectGid(1);
        QVERIFY(account.model->follow(first, QString(), QStringLiteral("project")));
        QVERIFY(account.model->follow(second, QString(), QStringLiteral("project")));
        QTRY_COMPARE(stateOf(*account.model, first), SubscriptionState::Live);
        QTRY_COMPARE(stateOf(*account.model, second), SubscriptionState::Live);
        account.sim.world().injectEvents(first, 2);
        account.sim.world().injectEvents(second, 3);
        QTRY_COMPARE(account.store.eventCount(), qint64(5));

        QSignalSpy dropped(account.model.get(), &SubscriptionModel::historyDropped);
        QVERIFY(account.model->remove(first, dropHistory));
        QVERIFY(!account.model->contains(first));
        QVERIFY(!account.scheduler->poller(first));
        QVERIFY(!account.store.subscription(first));
        QCOMPARE(account.store.eventCount(), dropHistory ? qint64(3) : qint64(5));
        QCOMPARE(dropped.size(), dropHistory ? 1 : 0);

        // Nothing of it is kept afterwards; the other one goes on.
        account.sim.world().injectEvents(first, 4);
        account.sim.world().injectEvents(second, 1);
        QTRY_COMPARE(account.store.eventCount(), dropHistory ? qint64(4) : qint64(6));
        account.restart();
        QCOMPARE(account.model->gids(), QStringList{second});
    }

    void failed_showsTheReasonAndRetries()
    {
        Account account;
        account.startPolling();
        const QString project = account.sim.projectGid(0);
        account.sim.world().setForbidden(project);
        QVERIFY(account.model->follow(project, QStringLiteral("Launch plan"), QStringLiteral("project")));
        QTRY_COMPARE(stateOf(*account.model, project), SubscriptionState::Failed);
        QVERIFY(cell(*account.model, project, SubscriptionModel::RetryableRole).toBool());
        QVERIFY(cell(*account.model, project, Qt::DisplayRole, SubscriptionModel::StateColumn)
                    .toString()
                    .startsWith(QLatin1String("failed: ")));

        account.sim.world().setForbidden(project, false);
        account.model->retry(project);
        QTRY_COMPARE(stateOf(*account.model, project), SubscriptionState::Live);
        QVERIFY(!cell(*account.model, project, SubscriptionModel::RetryableRole).toBool());
    }

    void setName_isKeptAndAnnounced()
    {
        Account account;
        const QString task = account.sim.taskGid(0);
        QVERIFY(account.model->follow(task, QString(), QString()));
        QCOMPARE(cell(*account.model, task, Qt::DisplayRole).toString(), QStringLiteral("Item %1").arg(task));
        QSignalSpy names(account.model.get(), &SubscriptionModel::namesChanged);
        account.model->setName(task, QStringLiteral("Write the brief"));
        QCOMPARE(names.size(), 1);
        account.model->setName(task, QStringLiteral("Write the brief")); // no change: no signal
        QCOMPARE(names.size(), 1);
        account.restart();
        QCOMPARE(account.model->names().value(task), QStringLiteral("Write the brief"));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionModel)
#include "tst_subscriptionmodel.moc"
