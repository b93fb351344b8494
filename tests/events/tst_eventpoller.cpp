// EventPoller against the simulator over real loopback HTTP: the sync-token state machine,
// paging, expiry gaps, Retry-After, backoff and recovery without loss or duplicates.
#include "SimFixture.h"
#include "api/AsanaClient.h"
#include "events/EventPoller.h"
#include "events/EventSink.h"
#include "events/PollScheduler.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using namespace std::chrono_literals;

namespace {

// Keeps what the poller hands over; can be told to refuse the next pages.
class RecordingSink final : public EventSink
{
public:
    std::optional<KeptPage> commitPage(const QString& subscription, const QList<Event>& events,
                                       const QString& nextSync) override
    {
        if (refuseNext > 0) {
            --refuseNext;
            return std::nullopt;
        }
        KeptPage kept;
        for (qsizetype i = 0; i < events.size(); ++i) {
            kept.newIndices.append(i);
            received.append(events.at(i));
        }
        subscriptions.append(subscription);
        tokens.append(nextSync);
        return kept;
    }
    bool commitGap(const QString& subscription, const QDateTime& detectedAt, const QString& nextSync) override
    {
        gaps.append({subscription, detectedAt});
        tokens.append(nextSync);
        return true;
    }
    [[nodiscard]] QString lastError() const override { return QStringLiteral("the test's disk is full"); }

    QList<Event> received;
    QStringList subscriptions;
    QStringList tokens;
    QList<std::pair<QString, QDateTime>> gaps;
    int refuseNext = 0;
};

} // namespace

class TestEventPoller final : public QObject
{
    Q_OBJECT

private:
    // One or more subscriptions of an account, polled the way the app polls them: by a
    // PollScheduler, here with a budget that never gets in the way and short intervals.
    // The network, noting when the client sent each /events request (the simulator's log says
    // when requests arrived, which for one already on its way may be after the client learnt of
    // something that changes what it sends next).
    class SendingNetwork final : public QNetworkAccessManager
    {
    public:
        QList<qint64> eventsSentAt; // steady clock, ms
    protected:
        QNetworkReply* createRequest(Operation operation, const QNetworkRequest& request,
                                     QIODevice* outgoingData) override
        {
            if (request.url().path().endsWith(QLatin1String("/events"))) {
                eventsSentAt.append(std::chrono::duration_cast<std::chrono::milliseconds>(
                                        std::chrono::steady_clock::now().time_since_epoch())
                                        .count());
            }
            return QNetworkAccessManager::createRequest(operation, request, outgoingData);
        }
    };

    struct Setup
    {
        SimFixture sim;
        SendingNetwork network;
        AsanaClient client{&network};
        RecordingSink sink;
        PollScheduler scheduler{&client, &sink, options()};
        EventPoller* poller = nullptr;

        explicit Setup(int projectIndex = 0, const QStringList& eventFields = {})
            : scheduler(&client, &sink, options(eventFields))
        {
            client.setBaseUrl(sim.baseUrl());
            client.setAccessToken(sim.token());
            poller = add(sim.projectGid(projectIndex));
        }
        static PollScheduler::Options options(const QStringList& eventFields = {})
        {
            PollScheduler::Options options;
            options.eventFields = eventFields;
            options.budgetPerMinute = 1500;
            options.minInterval = 100ms;
            options.backoffBase = 20ms;
            options.backoffCap = 200ms;
            return options;
        }
        EventPoller* add(const QString& gid, const QString& syncToken = {})
        {
            scheduler.add(gid, syncToken);
            return scheduler.poller(gid);
        }
        // Start and wait until the first 412 has given us a token.
        bool startLive()
        {
            scheduler.start();
            return QTest::qWaitFor([this] { return poller->state() == EventPoller::State::Live; }, 10000);
        }
        [[nodiscard]] QList<QByteArray> receivedKeys() const
        {
            QList<QByteArray> keys;
            for (const Event& event : sink.received) {
                keys.append(event.key());
            }
            return keys;
        }
        [[nodiscard]] QList<QJsonObject> receivedRaw() const
        {
            QList<QJsonObject> raw;
            for (const Event& event : sink.received) {
                raw.append(event.raw());
            }
            return raw;
        }
        [[nodiscard]] QList<QByteArray> truthKeys(const QString& gid, qsizetype from) const
        {
            QList<QByteArray> keys;
            for (const QJsonObject& event : sim.world().streamEvents(gid, from)) {
                keys.append(parseEvent(event).value().key());
            }
            return keys;
        }
        // The opt_fields of the last GET /events the server saw.
        [[nodiscard]] QString lastFieldsAsked()
        {
            QString fields;
            for (const SimRequestRecord& record : sim.server().requests()) {
                if (record.path.endsWith(QLatin1String("/events"))) {
                    fields = QUrlQuery(record.query).queryItemValue(QStringLiteral("opt_fields"), QUrl::FullyDecoded);
                }
            }
            return fields;
        }
        [[nodiscard]] QList<QJsonObject> truth(const QString& gid, qsizetype from) const
        {
            const auto events = sim.world().streamEvents(gid, from);
            return QList<QJsonObject>(events.cbegin(), events.cend());
        }
    };

private slots:
    void firstCall_keeps412TokenAndEmitsNothing()
    {
        Setup s;
        QSignalSpy received(s.poller, &EventPoller::eventsStored);
        QSignalSpy gaps(s.poller, &EventPoller::gapDetected);
        QVERIFY(s.startLive());
        QVERIFY(!s.poller->syncToken().isEmpty());
        QCOMPARE(s.sink.tokens, QStringList{s.poller->syncToken()});
        QCOMPARE(received.count(), 0);
        QCOMPARE(gaps.count(), 0); // starting from now is not a gap
        const auto requests = s.sim.eventRequests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().status, 412);
    }

    void backlog_isPagedInOrder_noneTwice()
    {
        Setup s;
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 250);
        QSignalSpy received(s.poller, &EventPoller::eventsStored);
        s.scheduler.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 250, 10000);
        // One signal per page: 100, 100, 50.
        QCOMPARE(received.count(), 3);
        QCOMPARE(received.at(0).at(1).value<QList<Event>>().size(), 100);
        QCOMPARE(received.at(2).at(1).value<QList<Event>>().size(), 50);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
        const QList<QByteArray> keys = s.receivedKeys();
        QCOMPARE(QSet<QByteArray>(keys.cbegin(), keys.cend()).size(), 250);
        // Stays quiet afterwards: nothing more arrives on further polls.
        QTest::qWait(300);
        QCOMPARE(s.sink.received.size(), 250);
    }

    void expiredToken_emitsGapAndResumes()
    {
        Setup s;
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        QSignalSpy gaps(s.poller, &EventPoller::gapDetected);
        const QString before = s.poller->syncToken();
        s.sim.world().expireAllTokens();
        QTRY_COMPARE_WITH_TIMEOUT(gaps.count(), 1, 10000);
        QCOMPARE(gaps.first().at(0).toString(), gid);
        QCOMPARE(s.sink.gaps.size(), 1);
        QVERIFY(s.poller->syncToken() != before);
        QCOMPARE(s.poller->state(), EventPoller::State::Live);

        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 5);
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 5, 10000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
        QCOMPARE(gaps.count(), 1);
    }

    void rateLimited_waitsExactlyRetryAfter_forTheWholeAccount()
    {
        Setup s;
        EventPoller* other = s.add(s.sim.projectGid(1));
        QVERIFY(s.startLive());
        QTRY_COMPARE_WITH_TIMEOUT(other->state(), EventPoller::State::Live, 10000);

        // When the client learnt of the 429 (the server's steady clock is this process's).
        qint64 learntAt = 0;
        for (EventPoller* poller : {s.poller, other}) {
            connect(poller, &EventPoller::stateChanged, this, [&learntAt](SubscriptionState state) {
                if (state == SubscriptionState::RateLimited && learntAt == 0) {
                    learntAt = std::chrono::duration_cast<std::chrono::milliseconds>(
                                   std::chrono::steady_clock::now().time_since_epoch())
                                   .count();
                }
            });
        }
        s.sim.server().faults().add(FaultRule::rateLimit(1, 1));
        QTRY_COMPARE_WITH_TIMEOUT(s.sim.countEventRequestsWithStatus(429), 1, 10000);
        const qint64 limitedAt = s.sim.lastEventRequestTime(429);
        QTRY_VERIFY_WITH_TIMEOUT(learntAt > 0, 5000);

        // Both keep polling afterwards, but once the client knows, nobody sends before
        // Retry-After has passed. Judged by when the client sent (a request already on its way
        // may still arrive just after, and be logged after the client learnt).
        const int served = s.sim.eventRequests().size();
        QTRY_VERIFY_WITH_TIMEOUT(s.sim.eventRequests().size() >= served + 2, 10000);
        int sentAfter = 0;
        for (const qint64 sentAt : std::as_const(s.network.eventsSentAt)) {
            if (sentAt > learntAt) {
                ++sentAfter;
                QVERIFY2(sentAt - limitedAt >= 1000,
                         qPrintable(QStringLiteral("a request sent %1 ms after the 429").arg(sentAt - limitedAt)));
            }
        }
        QVERIFY(sentAfter >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(s.poller->state(), EventPoller::State::Live, 10000);
    }

    void serverErrors_backOffThenRecoverWithTheSameToken()
    {
        Setup s;
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const QString token = s.poller->syncToken();
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 30);
        QSignalSpy states(s.poller, &EventPoller::stateChanged);
        s.sim.server().faults().add(FaultRule::serverError(3));
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 30, 10000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
        QCOMPARE(s.sim.countEventRequestsWithStatus(500), 3);

        int backoffs = 0;
        for (const auto& args : std::as_const(states)) {
            backoffs += args.at(0).value<EventPoller::State>() == EventPoller::State::Backoff ? 1 : 0;
        }
        QCOMPARE(backoffs, 3);
        // Every retry re-sent the token we held: nothing skipped.
        const auto requests = s.sim.eventRequests();
        for (const auto& request : requests) {
            if (request.status == 500) {
                QCOMPARE(request.syncToken, token);
            }
        }
        QTest::qWait(300);
        QCOMPARE(s.sink.received.size(), 30);
    }

    void brokenTransfers_recoverWithoutLoss_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("connection reset") << QStringLiteral("reset");
        QTest::newRow("truncated body") << QStringLiteral("truncated");
        QTest::newRow("malformed json") << QStringLiteral("malformed");
        QTest::newRow("answer slower than the timeout") << QStringLiteral("slow");
    }

    void brokenTransfers_recoverWithoutLoss()
    {
        QFETCH(QString, fault);
        Setup s;
        s.client.setTransferTimeout(500ms);
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 150);
        const FaultRule rule = fault == QLatin1String("reset")       ? FaultRule::connectionReset(2)
                               : fault == QLatin1String("truncated") ? FaultRule::truncatedBody(2)
                               : fault == QLatin1String("malformed") ? FaultRule::malformedJson(2)
                                                                     : FaultRule::delay(1500, 2);
        s.sim.server().faults().add(rule);
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 150, 15000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
        QVERIFY(s.poller->lastError() == std::nullopt);
        QTest::qWait(300);
        QCOMPARE(s.sink.received.size(), 150);
    }

    void malformedPage_isAnErrorForThatAttempt()
    {
        Setup s;
        QVERIFY(s.startLive());
        s.sim.world().injectEvents(s.poller->resourceGid(), 3);
        // Seen as it happens: the retry may succeed before a polling check would look.
        QList<ApiError> errors;
        connect(s.poller, &EventPoller::stateChanged, this, [&](EventPoller::State state) {
            if (state == EventPoller::State::Backoff && s.poller->lastError()) {
                errors.append(*s.poller->lastError());
            }
        });
        s.sim.server().faults().add(FaultRule::malformedJson(1));
        s.scheduler.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 3, 10000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, ApiError::Kind::MalformedBody);
        QVERIFY(!s.poller->lastError().has_value());
    }

    void hasMoreWithoutProgress_backsOffInsteadOfLooping()
    {
        Setup s;
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const QString token = s.poller->syncToken();
        QList<ApiError> errors;
        connect(s.poller, &EventPoller::stateChanged, this, [&](EventPoller::State state) {
            if (state == EventPoller::State::Backoff && s.poller->lastError()) {
                errors.append(*s.poller->lastError());
            }
        });
        const int stale = s.sim.server().faults().add(FaultRule::staleSync(-1));
        s.scheduler.pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 4, 10000);
        // Every broken promise was answered with a pause, none with an immediate fetch.
        QVERIFY(s.sim.server().faults().appliedCount(stale) <= errors.size() + 1);
        QVERIFY2(errors.first().summary().contains(QStringLiteral("no further")), qPrintable(errors.first().summary()));
        QCOMPARE(s.poller->syncToken(), token);

        // Once the server behaves, the events come and the backoff is forgotten.
        s.sim.server().faults().remove(stale);
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 5);
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 5, 10000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
        QTRY_COMPARE_WITH_TIMEOUT(s.poller->state(), EventPoller::State::Live, 10000);
        QVERIFY(!s.poller->lastError());
    }

    void sinkRefusal_isAStorageError()
    {
        Setup s;
        QVERIFY(s.startLive());
        s.sim.world().injectEvents(s.poller->resourceGid(), 2);
        s.sink.refuseNext = 1;
        QList<ApiError> errors;
        connect(s.poller, &EventPoller::stateChanged, this, [&](EventPoller::State state) {
            if (state == EventPoller::State::Backoff && s.poller->lastError()) {
                errors.append(*s.poller->lastError());
            }
        });
        s.scheduler.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 2, 10000);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().kind, ApiError::Kind::Storage);
        QVERIFY2(errors.first().summary().contains(QStringLiteral("the test's disk is full")),
                 qPrintable(errors.first().summary()));
    }

    void sinkRefusal_doesNotAdvanceTheToken()
    {
        Setup s;
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const QString token = s.poller->syncToken();
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 20);
        s.sink.refuseNext = 2;
        s.scheduler.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 20, 10000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
        int withOldToken = 0;
        for (const auto& request : s.sim.eventRequests()) {
            withOldToken += request.syncToken == token ? 1 : 0;
        }
        QVERIFY2(withOldToken >= 3, "the refused page must be fetched again with the same token");
    }

    void unauthorized_stopsAndAsksForSignIn()
    {
        Setup s;
        s.client.setAccessToken(QStringLiteral("not-the-right-token"));
        QSignalSpy auth(s.poller, &EventPoller::authenticationRequired);
        s.scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(auth.count(), 1, 10000);
        QCOMPARE(s.poller->state(), EventPoller::State::AuthRequired);
        QCOMPARE(s.poller->lastError()->status, 401);
        const int requests = s.sim.eventRequests().size();
        QTest::qWait(300);
        QCOMPARE(s.sim.eventRequests().size(), requests); // stopped: no hammering with a bad token
    }

    void unknownResource_failsWithTheApiMessage()
    {
        Setup s;
        EventPoller* missing = s.add(QStringLiteral("999999999"));
        QSignalSpy failed(missing, &EventPoller::failed);
        s.scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(missing->state(), EventPoller::State::Failed);
        const auto error = failed.first().at(1).value<ApiError>();
        QCOMPARE(error.status, 404);
        QVERIFY2(error.summary().contains(QStringLiteral("999999999")), qPrintable(error.summary()));
    }

    void namedFields_areAskedFor_andTheNamesArrive()
    {
        Setup s(0, EventPoller::namedEventFields());
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const QString expected = QStringLiteral("action,change,change.action,change.added_value,change.field,"
                                                "change.new_value,change.removed_value,created_at,parent,parent.name,"
                                                "resource,resource.name,type,user,user.name");
        QCOMPARE(s.lastFieldsAsked(), expected);
        const qsizetype from = s.sim.world().streamLength(gid);
        const QString task = s.sim.taskGid(0);
        s.sim.world().assignTask(s.sim.userGid(1), task, s.sim.userGid(2));
        QTRY_VERIFY_WITH_TIMEOUT(s.sink.received.size() >= 2, 10000);
        QCOMPARE(s.receivedKeys(), s.truthKeys(gid, from)); // the same events, fewer fields
        const Event& assigned = s.sink.received.first();
        QCOMPARE(assigned.user->name, s.sim.world().user(s.sim.userGid(1))->name);
        QCOMPARE(assigned.resource.name, s.sim.world().task(task)->name);
        QCOMPARE(assigned.change->newValue->name, s.sim.world().user(s.sim.userGid(2))->name);
        QCOMPARE(s.lastFieldsAsked(), expected);
    }

    void refusedFields_areDropped_andNoEventIsLost()
    {
        Setup s(0, EventPoller::namedEventFields());
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        s.sim.server().faults().add(
            FaultRule::statusCode(400, QStringLiteral("opt_fields: Unknown field \"user.name\" for events"))
                .onPath(QStringLiteral("/events")));
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 5);
        s.scheduler.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 5, 10000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from)); // Asana's default payload, whole
        QCOMPARE(s.poller->eventFields(), QStringList());
        QCOMPARE(s.lastFieldsAsked(), QString());
        QCOMPARE(s.poller->state(), EventPoller::State::Live);
        QCOMPARE(s.sim.countEventRequestsWithStatus(400), 1);
    }

    void resumedToken_continuesWhereItLeftOff()
    {
        Setup s;
        QVERIFY(s.startLive());
        const QString gid = s.poller->resourceGid();
        const QString token = s.poller->syncToken();
        s.scheduler.remove(gid);
        const qsizetype from = s.sim.world().streamLength(gid);
        s.sim.world().injectEvents(gid, 12);

        s.add(gid, token); // the scheduler runs: it starts at once
        QTRY_COMPARE_WITH_TIMEOUT(s.sink.received.size(), 12, 10000);
        QCOMPARE(s.receivedRaw(), s.truth(gid, from));
    }
};

QTEST_GUILESS_MAIN(TestEventPoller)
#include "tst_eventpoller.moc"
