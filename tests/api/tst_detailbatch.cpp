// DetailBatch against the simulator over loopback: one POST /batch of at most ten actions, each
// with only the fields a row needs, read back action by action (found, unavailable, failed).
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "api/DetailBatch.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;

namespace {
constexpr int kTimeoutMs = 15000;

using Answers = QList<DetailAnswer>;

struct Client
{
    SimFixture sim;
    QNetworkAccessManager network;
    AsanaClient client{&network};

    Client()
    {
        client.setBaseUrl(sim.baseUrl());
        client.setAccessToken(sim.token());
    }

    // Sends one batch and waits for its answer.
    Parsed<Answers> ask(const QList<DetailQuery>& queries)
    {
        ApiReply* reply = DetailBatch::send(&client, queries);
        QSignalSpy finished(reply, &ApiReply::finished);
        if (!finished.wait(kTimeoutMs)) {
            return ApiError::malformed(QStringLiteral("no answer"));
        }
        return DetailBatch::read(finished.first().first().value<ApiResult>(), queries);
    }
};
} // namespace

class TstDetailBatch final : public QObject
{
    Q_OBJECT

private slots:
    void request_asksOnlyWhatARowShows_atMostTenActions()
    {
        QList<DetailQuery> queries;
        for (int i = 0; i < 12; ++i) {
            queries.append({QString::number(1000 + i), QStringLiteral("user")});
        }
        queries.prepend({QStringLiteral("../users/me"), QStringLiteral("user")}); // not a gid: left out
        queries.prepend({QStringLiteral("7"), QStringLiteral("workspace")});      // not asked about
        const QJsonArray actions = DetailBatch::requestData(queries).value(QStringLiteral("actions")).toArray();
        QCOMPARE(actions.size(), DetailBatch::maxActions);
        const QJsonObject first = actions.first().toObject();
        QCOMPARE(first.value(QStringLiteral("relative_path")).toString(), QStringLiteral("/users/1000"));
        QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("get"));
        QCOMPARE(first.value(QStringLiteral("options")).toObject().value(QStringLiteral("fields")).toArray(),
                 QJsonArray{QStringLiteral("name")});
        QCOMPARE(DetailBatch::askable(queries).size(), DetailBatch::maxActions);
        QCOMPARE(DetailBatch::fieldsFor(QStringLiteral("task")),
                 (QStringList{QStringLiteral("name"), QStringLiteral("permalink_url"), QStringLiteral("assignee.gid"),
                              QStringLiteral("created_by.gid"), QStringLiteral("followers.gid")}));
        // What a row needs of the others is unchanged.
        QCOMPARE(DetailBatch::fieldsFor(QStringLiteral("project")),
                 (QStringList{QStringLiteral("name"), QStringLiteral("permalink_url")}));
        QCOMPARE(DetailBatch::fieldsFor(QStringLiteral("story")),
                 (QStringList{QStringLiteral("text"), QStringLiteral("resource_subtype"),
                              QStringLiteral("created_by.name"), QStringLiteral("target.name")}));
    }

    void aTask_comesBackWithWhoItInvolves()
    {
        Client c;
        SimWorld& world = c.sim.world();
        const QString creator = c.sim.userGid(1);
        const QString assignee = c.sim.userGid(2);
        const QString follower = c.sim.userGid(3);
        const QString task = world.createTask(creator, c.sim.projectGid(0), QStringLiteral("Involving task"));
        world.assignTask(creator, task, assignee);
        world.addFollower(creator, task, follower);
        const Parsed<Answers> answers = c.ask({{task, QStringLiteral("task")}});
        QVERIFY2(answers.ok(), qPrintable(answers.ok() ? QString() : answers.error().summary()));
        QCOMPARE(answers.value().size(), 1);
        const QJsonObject data = answers.value().first().data;
        const auto gidOf = [&data](const QString& key) {
            return data.value(key).toObject().value(QStringLiteral("gid")).toString();
        };
        QCOMPARE(gidOf(QStringLiteral("assignee")), assignee);
        QCOMPARE(gidOf(QStringLiteral("created_by")), creator);
        QStringList followers;
        for (const QJsonValue& each : data.value(QStringLiteral("followers")).toArray()) {
            followers.append(each.toObject().value(QStringLiteral("gid")).toString());
        }
        QVERIFY(followers.contains(follower));
        QVERIFY(followers.contains(creator));
        QVERIFY(!data.contains(QStringLiteral("notes"))); // not asked for
    }

    void storiesTasksAndUsers_comeBackWithTheirFields()
    {
        Client c;
        SimWorld& world = c.sim.world();
        const QString task = c.sim.taskGid(0);
        const QString author = c.sim.userGid(1);
        const QString story = world.commentOnTask(author, task, QStringLiteral("Ship it\nafter the review"));
        const Parsed<Answers> answers =
            c.ask({{story, QStringLiteral("story")}, {task, QStringLiteral("task")}, {author, QStringLiteral("user")}});
        QVERIFY2(answers.ok(), qPrintable(answers.ok() ? QString() : answers.error().summary()));
        QCOMPARE(answers.value().size(), 3);
        for (const DetailAnswer& answer : answers.value()) {
            QCOMPARE(answer.outcome, DetailAnswer::Outcome::Found);
        }
        const QJsonObject storyData = answers.value().at(0).data;
        QCOMPARE(storyData.value(QStringLiteral("text")).toString(), QStringLiteral("Ship it\nafter the review"));
        QCOMPARE(storyData.value(QStringLiteral("resource_subtype")).toString(), QStringLiteral("comment_added"));
        QCOMPARE(storyData.value(QStringLiteral("target")).toObject().value(QStringLiteral("name")).toString(),
                 world.task(task)->name);
        QCOMPARE(storyData.value(QStringLiteral("created_by")).toObject().value(QStringLiteral("name")).toString(),
                 world.user(author)->name);
        QVERIFY(!storyData.contains(QStringLiteral("created_at"))); // not asked for
        QCOMPARE(answers.value().at(1).data.value(QStringLiteral("permalink_url")).toString(),
                 world.permalink(*world.task(task)));
        QCOMPARE(answers.value().at(2).data.value(QStringLiteral("name")).toString(), world.user(author)->name);

        const auto& requests = c.sim.server().requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QStringLiteral("/api/1.0/batch"));
        QCOMPARE(requests.first().actions,
                 (QStringList{QStringLiteral("/stories/") + story, QStringLiteral("/tasks/") + task,
                              QStringLiteral("/users/") + author}));
    }

    void goneOrForbidden_areUnavailable_perAction()
    {
        Client c;
        const QString task = c.sim.taskGid(0);
        const QString hidden = c.sim.taskGid(1);
        c.sim.world().setForbidden(hidden);
        const Parsed<Answers> answers = c.ask({{QStringLiteral("999999"), QStringLiteral("story")},
                                               {hidden, QStringLiteral("task")},
                                               {task, QStringLiteral("task")}});
        QVERIFY(answers.ok());
        QCOMPARE(answers.value().at(0).outcome, DetailAnswer::Outcome::Unavailable);
        QCOMPARE(answers.value().at(0).status, 404);
        QCOMPARE(answers.value().at(1).outcome, DetailAnswer::Outcome::Unavailable);
        QCOMPARE(answers.value().at(1).status, 403);
        QCOMPARE(answers.value().at(2).outcome, DetailAnswer::Outcome::Found);
    }

    void aFailedBatch_isAnError_forTheWholeBatch()
    {
        Client c;
        c.sim.server().faults().add(FaultRule::serverError().onPath(QStringLiteral("/batch")));
        const Parsed<Answers> failed = c.ask({{c.sim.taskGid(0), QStringLiteral("task")}});
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().status, 500);
        QVERIFY(failed.error().isTransient());

        c.sim.server().faults().add(FaultRule::rateLimit(7).onPath(QStringLiteral("/batch")));
        const Parsed<Answers> limited = c.ask({{c.sim.taskGid(0), QStringLiteral("task")}});
        QVERIFY(!limited.ok());
        QCOMPARE(limited.error().status, 429);
        QCOMPARE(limited.error().retryAfter, std::chrono::seconds(7));

        const Parsed<Answers> fine = c.ask({{c.sim.taskGid(0), QStringLiteral("task")}});
        QVERIFY(fine.ok());
        QCOMPARE(fine.value().first().outcome, DetailAnswer::Outcome::Found);
    }
};

QTEST_GUILESS_MAIN(TstDetailBatch)
#include "tst_detailbatch.moc"
