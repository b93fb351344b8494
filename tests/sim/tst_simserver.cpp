// Behaviour of the Asana simulator as a client sees it: real QNetworkAccessManager (or a raw
// socket where HTTP framing is the point) against SimServer on 127.0.0.1.

#include "SimFixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace AsanaFeed::Sim;

namespace {

constexpr int kTimeoutMs = 15000;

struct Result
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray contentType;

    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonArray data() const { return json().value(QStringLiteral("data")).toArray(); }
    [[nodiscard]] QString sync() const { return json().value(QStringLiteral("sync")).toString(); }
    [[nodiscard]] bool hasMore() const { return json().value(QStringLiteral("has_more")).toBool(); }
    [[nodiscard]] QString firstErrorMessage() const
    {
        return json()
            .value(QStringLiteral("errors"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("message"))
            .toString();
    }
};

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString eventKey(const QJsonObject& e)
{
    const QJsonObject change = e.value(s("change")).toObject();
    QString valueGid;
    for (const char* k : {"new_value", "added_value", "removed_value"}) {
        if (change.contains(s(k))) {
            valueGid = change.value(s(k)).toObject().value(s("gid")).toString();
        }
    }
    return QStringList{e.value(s("created_at")).toString(),
                       e.value(s("action")).toString(),
                       e.value(s("user")).toObject().value(s("gid")).toString(),
                       e.value(s("resource")).toObject().value(s("gid")).toString(),
                       e.value(s("parent")).toObject().value(s("gid")).toString(),
                       change.value(s("field")).toString(),
                       change.value(s("action")).toString(),
                       valueGid}
        .join(QLatin1Char('|'));
}

// Reads raw HTTP responses (status line, headers, Content-Length body) off a socket.
QList<QPair<int, QByteArray>> readResponses(QTcpSocket& socket, int expected)
{
    QList<QPair<int, QByteArray>> responses;
    QByteArray buffer;
    const QDeadlineTimer deadline(kTimeoutMs); // a guard against a server that never answers
    while (responses.size() < expected && !deadline.hasExpired()) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd);
            const int status = head.mid(9, 3).toInt();
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:")) {
                    length = line.mid(15).trimmed().toLongLong();
                }
            }
            if (buffer.size() >= headEnd + 4 + length) {
                responses.append({status, buffer.mid(headEnd + 4, length)});
                buffer.remove(0, headEnd + 4 + length);
                continue;
            }
        }
        // The server shares this thread: wait by spinning the event loop, never by blocking it.
        if (socket.bytesAvailable() == 0) {
            QSignalSpy ready(&socket, &QTcpSocket::readyRead);
            if (!ready.wait(500) && socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
                break;
            }
        }
        buffer += socket.readAll();
    }
    return responses;
}

} // namespace

class TestSimServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // events and sync tokens
    void firstCallWithoutToken_returns412WithFreshToken();
    void paging250Events_returns100_100_50InOrder();
    void sameTokenTwice_returnsSamePage();
    void expiredTokens_return412WithFreshToken();
    void tokenOlderThanTtl_returns412();
    void tokenForAnotherResource_returns412();
    void commentOnTask_bubblesToTaskAndProjectStreams();
    void completeTask_emitsChangeWithoutNewValueAndSystemStory();
    void assignAndCustomField_carryResourceValues();
    void moveTaskToSection_emitsAddedAndRemovedWithSectionParent();
    void eventShape_matchesAsana();
    void projectEventsAlias_servesSameStream();
    void optFields_projectEventsKeepingGids();
    void unknownOptField_returns400();
    void missingResource_returns400();
    void unknownResource_returns404();
    void forbiddenResource_returns403();
    void injectEvents_10000WithDistinctKeys();
    void draining10000Events_takes100PagesInOrder();

    // auth and rate limits
    void missingBearer_returns401();
    void wrongBearer_returns401();
    void overRateLimit_returns429WithRetryAfter();

    // faults
    void serverErrorFault_returns500WithPhrase();
    void statusFault_returnsEnvelopeWithCode();
    void rateLimitFault_returns429WithRetryAfter();
    void connectionResetFault_givesClientNetworkError();
    void malformedJsonFault_bodyIsNotJson();
    void truncatedBodyFault_givesErrorOrShortBody();
    void delayFault_delaysThenServes();
    void expireSyncTokenFault_gives412();
    void skipAndCount_hitOnlyTheChosenRequests();
    void probabilityFault_isReproducibleWithSeed();
    void delayFault_clientGone_isLoggedWithoutAnswer();
    void deliveredEvents_countOnlyWholePagesOfA200();

    // HTTP
    void keepAlive_servesPipelinedRequestsOnOneConnection();
    void connectionClose_isHonoured();
    void hugeBody_returns413();
    void hugeHead_returns431_inOnePieceOrMany_data();
    void hugeHead_returns431_inOnePieceOrMany();
    void requests_readInPiecesAsAtOnce();
    void requestLog_recordsWhatWasServed();

    // other endpoints
    void usersMe_returnsUserWithWorkspaces();
    void workspaces_pageWithOffsets();
    void projects_pageWithNextPage();
    void typeahead_findsCaseInsensitively();
    void task_returnsFullRecord();
    void story_returnsCommentRecord();
    void batch_dispatchesActions();
    void batch_rejectsZeroOrElevenActions();
    void controlEndpoints_injectAndExpireWithoutAuth();

    // scenarios
    void demoScenario_producesEventsOverTime();
    void seedHistory_backdatesADayOfEvents();

private:
    Result send(const QNetworkRequest& request, const QByteArray& verb = "GET", const QByteArray& body = {});
    Result events(const QString& resource, const QString& sync = {}, const QString& optFields = {});
    QString freshToken(const QString& resource);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestSimServer::init()
{
    m_sim = std::make_unique<SimFixture>();
    QVERIFY(m_sim->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestSimServer::cleanup()
{
    m_nam.reset();
    m_sim.reset();
}

Result TestSimServer::send(const QNetworkRequest& request, const QByteArray& verb, const QByteArray& body)
{
    QNetworkRequest req = request;
    if (!body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply* reply = verb == "GET" ? m_nam->get(req) : m_nam->sendCustomRequest(req, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(kTimeoutMs);
    }
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return result;
}

Result TestSimServer::events(const QString& resource, const QString& sync, const QString& optFields)
{
    QUrlQuery query;
    if (!resource.isEmpty()) {
        query.addQueryItem(s("resource"), resource);
    }
    if (!sync.isEmpty()) {
        query.addQueryItem(s("sync"), sync);
    }
    if (!optFields.isEmpty()) {
        query.addQueryItem(s("opt_fields"), optFields);
    }
    return send(m_sim->request(s("/events"), query));
}

QString TestSimServer::freshToken(const QString& resource)
{
    const Result r = events(resource);
    if (r.status != 412) {
        qWarning() << "expected 412, got" << r.status << r.body;
    }
    return r.sync();
}

// ---------------------------------------------------------------------------------------------

void TestSimServer::firstCallWithoutToken_returns412WithFreshToken()
{
    const Result r = events(m_sim->projectGid(0));
    QCOMPARE(r.status, 412);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/json; charset=UTF-8"));
    QVERIFY(r.firstErrorMessage().startsWith(s("Sync token invalid or too old.")));
    QVERIFY(r.sync().contains(QRegularExpression(s("^[0-9a-f]{32}$"))));

    // The fresh token starts at the stream's end: nothing old comes back, new things do.
    const Result empty = events(m_sim->projectGid(0), r.sync());
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.data().size(), 0);
    QCOMPARE(empty.hasMore(), false);
}

void TestSimServer::paging250Events_returns100_100_50InOrder()
{
    const QString project = m_sim->projectGid(1);
    QString sync = freshToken(project);
    const qsizetype start = m_sim->world().streamLength(project);
    m_sim->world().injectEvents(project, 250);
    const QVector<QJsonObject> truth = m_sim->world().streamEvents(project, start);
    QCOMPARE(truth.size(), 250);

    QVector<QJsonObject> received;
    const QList<QPair<int, bool>> expected{{100, true}, {100, true}, {50, false}};
    for (const auto& [size, more] : expected) {
        const Result page = events(project, sync);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.data().size(), size);
        QCOMPARE(page.hasMore(), more);
        for (const QJsonValue& v : page.data()) {
            received.append(v.toObject());
        }
        sync = page.sync();
    }
    QCOMPARE(received, truth);
    QCOMPARE(events(project, sync).data().size(), 0);
}

void TestSimServer::sameTokenTwice_returnsSamePage()
{
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    m_sim->world().injectEvents(project, 30);
    const Result first = events(project, sync);
    const Result second = events(project, sync);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.data().size(), 30);
    QCOMPARE(second.data(), first.data());
}

void TestSimServer::expiredTokens_return412WithFreshToken()
{
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    m_sim->world().expireAllTokens();
    const Result r = events(project, sync);
    QCOMPARE(r.status, 412);
    QVERIFY(!r.sync().isEmpty());
    QVERIFY(r.sync() != sync);
    QCOMPARE(events(project, r.sync()).status, 200);
}

void TestSimServer::tokenOlderThanTtl_returns412()
{
    const QString project = m_sim->projectGid(0);
    m_sim->world().setTokenTtl(std::chrono::seconds(60));
    const QString sync = freshToken(project);
    QCOMPARE(events(project, sync).status, 200);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(61);
    m_sim->world().setClock([later] { return later; });
    QCOMPARE(events(project, sync).status, 412);
}

void TestSimServer::tokenForAnotherResource_returns412()
{
    const QString sync = freshToken(m_sim->projectGid(0));
    QCOMPARE(events(m_sim->projectGid(1), sync).status, 412);
}

void TestSimServer::commentOnTask_bubblesToTaskAndProjectStreams()
{
    const QString project = m_sim->projectGid(0);
    const QString task = m_sim->taskGid(0, 3);
    const QString projectSync = freshToken(project);
    const QString taskSync = freshToken(task);
    const QString story = m_sim->world().commentOnTask(m_sim->userGid(1), task, s("Looks good to me"));

    for (const auto& [resource, sync] : {qMakePair(project, projectSync), qMakePair(task, taskSync)}) {
        const Result r = events(resource, sync);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().size(), 1);
        const QJsonObject e = r.data().at(0).toObject();
        QCOMPARE(e.value(s("action")).toString(), s("added"));
        QCOMPARE(e.value(s("type")).toString(), s("story"));
        QCOMPARE(e.value(s("resource")).toObject().value(s("gid")).toString(), story);
        QCOMPARE(e.value(s("resource")).toObject().value(s("resource_subtype")).toString(), s("comment_added"));
        QCOMPARE(e.value(s("parent")).toObject().value(s("gid")).toString(), task);
        QCOMPARE(e.value(s("parent")).toObject().value(s("resource_type")).toString(), s("task"));
        QVERIFY(!e.contains(s("change")));
    }
    // Another project's stream is untouched.
    QCOMPARE(m_sim->world().streamLength(m_sim->projectGid(2)), 0);
}

void TestSimServer::completeTask_emitsChangeWithoutNewValueAndSystemStory()
{
    const QString task = m_sim->taskGid(0, 0);
    const QString sync = freshToken(task);
    m_sim->world().completeTask(m_sim->userGid(0), task, true);
    const QJsonArray data = events(task, sync).data();
    QCOMPARE(data.size(), 2);
    const QJsonObject changed = data.at(0).toObject();
    QCOMPARE(changed.value(s("action")).toString(), s("changed"));
    QCOMPARE(changed.value(s("parent")), QJsonValue(QJsonValue::Null));
    const QJsonObject change = changed.value(s("change")).toObject();
    QCOMPARE(change.value(s("field")).toString(), s("completed"));
    QCOMPARE(change.value(s("action")).toString(), s("changed"));
    QVERIFY(!change.contains(s("new_value")));
    const QJsonObject story = data.at(1).toObject();
    QCOMPARE(story.value(s("resource")).toObject().value(s("resource_subtype")).toString(), s("marked_complete"));
    QVERIFY(m_sim->world().task(task)->completed);
}

void TestSimServer::assignAndCustomField_carryResourceValues()
{
    const QString task = m_sim->taskGid(1, 2);
    const QString sync = freshToken(task);
    m_sim->world().assignTask(m_sim->userGid(0), task, m_sim->userGid(4));
    const SimCustomField* priority = m_sim->world().customField(m_sim->world().task(task)->customFieldGids.value(0));
    QVERIFY(priority);
    m_sim->world().setCustomFieldEnum(m_sim->userGid(0), task, priority->gid, priority->options.at(2).gid);
    m_sim->world().addFollower(m_sim->userGid(0), task, m_sim->userGid(5));

    QVector<QJsonObject> changes;
    for (const QJsonValue& v : events(task, sync).data()) {
        if (v.toObject().value(s("action")).toString() == s("changed")) {
            changes.append(v.toObject().value(s("change")).toObject());
        }
    }
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).value(s("field")).toString(), s("assignee"));
    QCOMPARE(changes.at(0).value(s("new_value")).toObject().value(s("gid")).toString(), m_sim->userGid(4));
    QCOMPARE(changes.at(1).value(s("field")).toString(), s("custom_fields"));
    const QJsonObject cf = changes.at(1).value(s("new_value")).toObject();
    QCOMPARE(cf.value(s("resource_type")).toString(), s("custom_field"));
    QCOMPARE(cf.value(s("enum_value")).toObject().value(s("name")).toString(), s("High"));
    QCOMPARE(changes.at(2).value(s("field")).toString(), s("followers"));
    QCOMPARE(changes.at(2).value(s("action")).toString(), s("added"));
    QCOMPARE(changes.at(2).value(s("added_value")).toObject().value(s("gid")).toString(), m_sim->userGid(5));
}

void TestSimServer::moveTaskToSection_emitsAddedAndRemovedWithSectionParent()
{
    const QString project = m_sim->projectGid(0);
    const QString task = m_sim->taskGid(0, 1);
    const QString sync = freshToken(project);
    const SimProject* p = m_sim->world().project(project);
    const QString todo = p->sectionGids.at(0);
    const QString doing = p->sectionGids.at(1);
    m_sim->world().moveTaskToSection(m_sim->userGid(2), task, doing);
    const QJsonArray data = events(project, sync).data();
    QVERIFY(data.size() >= 2);
    QCOMPARE(data.at(0).toObject().value(s("action")).toString(), s("added"));
    QCOMPARE(data.at(0).toObject().value(s("parent")).toObject().value(s("gid")).toString(), doing);
    QCOMPARE(data.at(0).toObject().value(s("parent")).toObject().value(s("resource_type")).toString(), s("section"));
    QCOMPARE(data.at(1).toObject().value(s("action")).toString(), s("removed"));
    QCOMPARE(data.at(1).toObject().value(s("parent")).toObject().value(s("gid")).toString(), todo);
}

void TestSimServer::eventShape_matchesAsana()
{
    const QString task = m_sim->taskGid(2, 0);
    const QString sync = freshToken(task);
    m_sim->world().renameTask(m_sim->userGid(0), task, s("Renamed <b>task</b>"));
    const QJsonObject e = events(task, sync).data().at(0).toObject();
    QCOMPARE(e.value(s("type")).toString(), s("task"));
    const QJsonObject user = e.value(s("user")).toObject();
    QCOMPARE(user.value(s("resource_type")).toString(), s("user"));
    QCOMPARE(user.value(s("name")).toString(), s("Maya Patel"));
    QVERIFY(user.value(s("gid")).toString().contains(QRegularExpression(s("^[0-9]{16}$"))));
    const QJsonObject resource = e.value(s("resource")).toObject();
    QCOMPARE(resource.value(s("resource_subtype")).toString(), s("default_task"));
    QCOMPARE(resource.value(s("name")).toString(), s("Renamed <b>task</b>"));
    QVERIFY(e.value(s("created_at"))
                .toString()
                .contains(QRegularExpression(s("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))));
    QCOMPARE(e.value(s("change")).toObject().value(s("field")).toString(), s("name"));
}

void TestSimServer::projectEventsAlias_servesSameStream()
{
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    m_sim->world().injectEvents(project, 5);
    QUrlQuery query;
    query.addQueryItem(s("sync"), sync);
    const Result r = send(m_sim->request(QStringLiteral("/projects/") + project + QStringLiteral("/events"), query));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 5);
}

void TestSimServer::optFields_projectEventsKeepingGids()
{
    const QString task = m_sim->taskGid(0, 0);
    const QString sync = freshToken(task);
    m_sim->world().assignTask(m_sim->userGid(1), task, m_sim->userGid(2));
    const Result r = events(task, sync, s("action,resource,user.name,change.new_value"));
    QCOMPARE(r.status, 200);
    const QJsonObject e = r.data().at(0).toObject();
    QCOMPARE(e.value(s("action")).toString(), s("changed"));
    QVERIFY(!e.contains(s("created_at")));
    QVERIFY(!e.contains(s("parent")));
    const QJsonObject resource = e.value(s("resource")).toObject();
    QCOMPARE(resource.value(s("gid")).toString(), task);
    QVERIFY(!resource.contains(s("name")));
    QCOMPARE(e.value(s("user")).toObject().value(s("name")).toString(), s("Jonas Becker"));
    const QJsonObject change = e.value(s("change")).toObject();
    QCOMPARE(change.value(s("new_value")).toObject().value(s("gid")).toString(), m_sim->userGid(2));
    QVERIFY(!change.contains(s("field")));
}

void TestSimServer::unknownOptField_returns400()
{
    const Result r = events(m_sim->projectGid(0), {}, s("action,notes"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.firstErrorMessage().contains(s("notes")));
}

void TestSimServer::missingResource_returns400()
{
    const Result r = events({});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.firstErrorMessage(), s("resource: Missing input"));
}

void TestSimServer::unknownResource_returns404()
{
    const Result r = events(s("1299999999999999"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.firstErrorMessage(), s("resource: Unknown object: 1299999999999999"));
}

void TestSimServer::forbiddenResource_returns403()
{
    m_sim->world().setForbidden(m_sim->projectGid(3));
    const Result r = events(m_sim->projectGid(3));
    QCOMPARE(r.status, 403);
    QVERIFY(!r.firstErrorMessage().isEmpty());
}

void TestSimServer::injectEvents_10000WithDistinctKeys()
{
    const QString project = m_sim->projectGid(0);
    m_sim->world().injectEvents(project, 10000);
    m_sim->world().injectEvents(project, 100); // a second burst must not collide with the first
    const QVector<QJsonObject> all = m_sim->world().streamEvents(project);
    QCOMPARE(all.size(), 10100);
    QSet<QString> keys;
    QSet<QString> actions;
    for (const QJsonObject& e : all) {
        keys.insert(eventKey(e));
        actions.insert(e.value(s("action")).toString());
        QVERIFY(e.contains(s("user")) && e.contains(s("resource")) && e.contains(s("created_at")));
    }
    QCOMPARE(keys.size(), all.size());
    QVERIFY(actions.size() >= 2);
}

void TestSimServer::draining10000Events_takes100PagesInOrder()
{
    // Speed is bench_follow's to measure; this specifies that a backlog this size comes back
    // whole, in full pages, in the stream's order.
    const QString project = m_sim->projectGid(0);
    QString sync = freshToken(project);
    const qsizetype start = m_sim->world().streamLength(project);
    m_sim->world().injectEvents(project, 10000);
    QVector<QJsonObject> received;
    int pages = 0;
    bool more = true;
    while (more && pages < 200) {
        const Result r = events(project, sync);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().size(), 100);
        for (const QJsonValue& v : r.data()) {
            received.append(v.toObject());
        }
        sync = r.sync();
        more = r.hasMore();
        ++pages;
    }
    QCOMPARE(pages, 100);
    QCOMPARE(received.size(), 10000);
    QCOMPARE(received, m_sim->world().streamEvents(project, start));
    QCOMPARE(events(project, sync).data().size(), 0);
}

// ---------------------------------------------------------------------------------------------

void TestSimServer::missingBearer_returns401()
{
    QNetworkRequest req(m_sim->url(s("/users/me")));
    const Result r = send(req);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.firstErrorMessage(), s("Not Authorized"));
}

void TestSimServer::wrongBearer_returns401()
{
    const Result r = send(m_sim->request(s("/users/me"), {}, s("0/not-the-token")));
    QCOMPARE(r.status, 401);
    QCOMPARE(send(m_sim->request(s("/users/me"))).status, 200);
}

void TestSimServer::overRateLimit_returns429WithRetryAfter()
{
    m_sim->server().setRateLimit(3, std::chrono::seconds(30));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(send(m_sim->request(s("/users/me"))).status, 200);
    }
    const Result r = send(m_sim->request(s("/users/me")));
    QCOMPARE(r.status, 429);
    const int retryAfter = r.retryAfter.toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 30);
    QVERIFY(r.firstErrorMessage().startsWith(s("You've made too many requests")));
    // Rejected requests count: still limited.
    QCOMPARE(send(m_sim->request(s("/users/me"))).status, 429);
    // Another token has its own budget (but is not accepted: 401 proves it got past the limiter's 429).
    QCOMPARE(send(m_sim->request(s("/users/me"), {}, s("other"))).status, 401);
}

// ---------------------------------------------------------------------------------------------

void TestSimServer::serverErrorFault_returns500WithPhrase()
{
    m_sim->server().faults().add(FaultRule::serverError());
    const Result r = events(m_sim->projectGid(0));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json().value(s("errors")).toArray().at(0).toObject().value(s("phrase")).toString(),
             s("6 sad squid snuggle softly"));
    QCOMPARE(events(m_sim->projectGid(0)).status, 412); // count 1: the next one is served normally
}

void TestSimServer::statusFault_returnsEnvelopeWithCode()
{
    m_sim->server().faults().add(FaultRule::statusCode(503, s("Service Unavailable")));
    const Result r = events(m_sim->projectGid(0));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.firstErrorMessage(), s("Service Unavailable"));
}

void TestSimServer::rateLimitFault_returns429WithRetryAfter()
{
    m_sim->server().faults().add(FaultRule::rateLimit(7));
    const Result r = events(m_sim->projectGid(0));
    QCOMPARE(r.status, 429);
    QCOMPARE(r.retryAfter, QByteArrayLiteral("7"));
}

void TestSimServer::connectionResetFault_givesClientNetworkError()
{
    // Unlimited: QNAM may silently retry a request that died on a reused connection.
    m_sim->server().faults().add(FaultRule::connectionReset(-1));
    const Result r = events(m_sim->projectGid(0));
    QVERIFY(r.error != QNetworkReply::NoError);
    QCOMPARE(r.status, 0);
    QVERIFY(!m_sim->server().requests().isEmpty());
    QCOMPARE(m_sim->server().requests().last().fault, s("connection-reset"));
}

void TestSimServer::malformedJsonFault_bodyIsNotJson()
{
    m_sim->server().faults().add(FaultRule::malformedJson());
    const Result r = events(m_sim->projectGid(0));
    QCOMPARE(r.status, 200);
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSimServer::truncatedBodyFault_givesErrorOrShortBody()
{
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    m_sim->world().injectEvents(project, 50);
    const qsizetype full = events(project, sync).body.size();
    m_sim->server().faults().add(FaultRule::truncatedBody(-1));
    const Result r = events(project, sync);
    QVERIFY2(r.error != QNetworkReply::NoError || r.body.size() < full, qPrintable(QString::number(r.body.size())));
    QJsonParseError error{};
    QJsonDocument::fromJson(r.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSimServer::delayFault_delaysThenServes()
{
    m_sim->server().faults().add(FaultRule::delay(300));
    QElapsedTimer timer;
    timer.start();
    const Result r = events(m_sim->projectGid(0));
    QVERIFY(timer.elapsed() >= 290);
    QCOMPARE(r.status, 412);
    QCOMPARE(m_sim->server().requests().last().fault, s("delay"));
}

void TestSimServer::expireSyncTokenFault_gives412()
{
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    m_sim->server().faults().add(FaultRule::expireSyncToken());
    QCOMPARE(events(project, sync).status, 412);
}

void TestSimServer::skipAndCount_hitOnlyTheChosenRequests()
{
    m_sim->server().faults().add(FaultRule::serverError(2).after(1));
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        statuses.append(events(m_sim->projectGid(0)).status);
    }
    QCOMPARE(statuses, (QList<int>{412, 500, 500, 412}));
    // Paths that do not match the rule are never hit.
    m_sim->server().faults().clear();
    m_sim->server().faults().add(FaultRule::serverError(-1));
    QCOMPARE(send(m_sim->request(s("/users/me"))).status, 200);
}

void TestSimServer::probabilityFault_isReproducibleWithSeed()
{
    const auto run = [this] {
        m_sim->server().faults().clear();
        m_sim->server().faults().setSeed(42);
        m_sim->server().faults().add(FaultRule::serverError(-1).withProbability(0.5));
        QList<int> statuses;
        for (int i = 0; i < 12; ++i) {
            statuses.append(events(m_sim->projectGid(0)).status);
        }
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first);
    QVERIFY(first.contains(500));
    QVERIFY(first.contains(412));
}

void TestSimServer::delayFault_clientGone_isLoggedWithoutAnswer()
{
    // A stall past the client's timeout: the request still shows in the log (a budget check
    // counts it), answered with nothing, and its events count as delivered to no one.
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    m_sim->world().injectEvents(project, 5);
    m_sim->server().faults().add(FaultRule::delay(600));
    QUrlQuery query;
    query.addQueryItem(s("resource"), project);
    query.addQueryItem(s("sync"), sync);
    QNetworkRequest request = m_sim->request(s("/events"), query);
    request.setTransferTimeout(100);
    const Result r = send(request);
    QVERIFY(r.error != QNetworkReply::NoError);
    const auto stalled = [this] {
        const SimRequestRecord& last = m_sim->server().requests().last();
        return last.fault == s("delay") && last.path.endsWith(s("/events"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(stalled(), kTimeoutMs);
    QCOMPARE(m_sim->server().requests().last().status, 0);
    QVERIFY(m_sim->server().requests().last().eventsResource.isEmpty());
    QCOMPARE(m_sim->server().deliveredEvents().value(project).count(true), 0);
}

void TestSimServer::deliveredEvents_countOnlyWholePagesOfA200()
{
    const QString project = m_sim->projectGid(0);
    const QString sync = freshToken(project);
    QVERIFY(m_sim->server().requests().last().eventsResource.isEmpty()); // a 412 carries none
    const qsizetype start = m_sim->world().streamLength(project);
    m_sim->world().injectEvents(project, 30);

    // Spoilt answers deliver nothing. (Unlimited: QNAM may retry a request on a closed connection.)
    m_sim->server().faults().add(FaultRule::truncatedBody(-1));
    QVERIFY(events(project, sync).data().isEmpty());
    m_sim->server().faults().clear();
    m_sim->server().faults().add(FaultRule::malformedJson());
    QVERIFY(events(project, sync).data().isEmpty());
    QCOMPARE(m_sim->server().deliveredEvents().value(project).count(true), 0);

    // A whole page delivers exactly its events, however often it is asked for.
    for (int i = 0; i < 2; ++i) {
        const Result r = events(project, sync);
        QCOMPARE(r.data().size(), 30);
    }
    const SimRequestRecord last = m_sim->server().requests().last();
    QCOMPARE(last.eventsResource, project);
    QCOMPARE(last.eventsFrom, start);
    QCOMPARE(last.eventsTo, start + 30);
    const QBitArray delivered = m_sim->server().deliveredEvents().value(project);
    QCOMPARE(delivered.size(), start + 30);
    QCOMPARE(delivered.count(true), 30);
    QVERIFY(delivered.testBit(start) && delivered.testBit(start + 29));
    QVERIFY(!m_sim->server().deliveredEvents().contains(m_sim->projectGid(1)));
}

// ---------------------------------------------------------------------------------------------

void TestSimServer::keepAlive_servesPipelinedRequestsOnOneConnection()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim->server().port());
    QVERIFY(socket.waitForConnected(kTimeoutMs));
    const QByteArray auth = "Authorization: Bearer " + m_sim->token().toLatin1() + "\r\n";
    const QByteArray one = "GET /api/1.0/users/me HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n";
    const QByteArray two = "GET /api/1.0/events?resource=" + m_sim->projectGid(0).toLatin1() +
                           " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth + "\r\n";
    socket.write(one + two); // pipelined in one segment
    const auto responses = readResponses(socket, 2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).first, 200);
    QCOMPARE(responses.at(1).first, 412);
    // The connection stays open for a third request.
    socket.write(one);
    QCOMPARE(readResponses(socket, 1).value(0).first, 200);
    QCOMPARE(m_sim->server().acceptedConnections(), 1);

    // QNAM reuses the connection too.
    const int before = m_sim->server().acceptedConnections();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(send(m_sim->request(s("/users/me"))).status, 200);
    }
    QCOMPARE(m_sim->server().acceptedConnections(), before + 1);
}

void TestSimServer::connectionClose_isHonoured()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim->server().port());
    QVERIFY(socket.waitForConnected(kTimeoutMs));
    socket.write("GET /api/1.0/users/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " +
                 m_sim->token().toLatin1() + "\r\n\r\n");
    QCOMPARE(readResponses(socket, 1).value(0).first, 200);
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
}

void TestSimServer::hugeBody_returns413()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim->server().port());
    QVERIFY(socket.waitForConnected(kTimeoutMs));
    socket.write("POST /api/1.0/batch HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n{");
    QCOMPARE(readResponses(socket, 1).value(0).first, 413);
}

void TestSimServer::hugeHead_returns431_inOnePieceOrMany_data()
{
    QTest::addColumn<bool>("inPieces");
    QTest::newRow("one write") << false; // the limit once held only for heads that came in pieces
    QTest::newRow("many writes") << true;
}

void TestSimServer::hugeHead_returns431_inOnePieceOrMany()
{
    QFETCH(bool, inPieces);
    const QByteArray request = "GET /api/1.0/users/me HTTP/1.1\r\nX-Pad: " + QByteArray(maxHeadBytes, 'a') + "\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sim->server().port());
    QVERIFY(socket.waitForConnected(kTimeoutMs));
    const qsizetype piece = inPieces ? 4096 : request.size();
    for (qsizetype at = 0; at < request.size(); at += piece) {
        socket.write(request.mid(at, piece));
        QVERIFY(socket.waitForBytesWritten(kTimeoutMs));
    }
    QCOMPARE(readResponses(socket, 1).value(0).first, 431);
}

void TestSimServer::requests_readInPiecesAsAtOnce()
{
    const QList<QByteArray> requests{
        "GET /api/1.0/events?resource=1&sync=ab%20c HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n\r\n",
        "POST /-/oauth_token HTTP/1.0\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nab=cd",
        "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", "GET /x HTTP/2\r\n\r\n",
        "GET /x HTTP/1.1\r\nbad header\r\n\r\n"};
    for (const QByteArray& bytes : requests) {
        const ParsedRequest whole = parseRequest(bytes, 1024);
        QVERIFY(whole.state != ParsedRequest::State::Incomplete);
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            const ParsedRequest part = parseRequest(QByteArrayView(bytes).first(cut), 1024);
            if (part.state == ParsedRequest::State::Incomplete) {
                continue;
            }
            QCOMPARE(int(part.state), int(whole.state));
            QCOMPARE(part.status, whole.status);
            QCOMPARE(part.consumed, whole.consumed);
            QCOMPARE(part.request.method, whole.request.method);
            QCOMPARE(part.request.body, whole.request.body);
        }
    }
    const ParsedRequest post = parseRequest(requests.at(1), 1024);
    QCOMPARE(int(post.state), int(ParsedRequest::State::Complete));
    QCOMPARE(post.request.body, QByteArray("ab=cd"));
    QVERIFY(post.keepAlive);
    QCOMPARE(post.consumed, requests.at(1).size());
    const ParsedRequest get = parseRequest(QByteArray(requests.at(0) + "GET /next"), 1024);
    QCOMPARE(get.request.path, s("/api/1.0/events"));
    QCOMPARE(get.request.query.queryItemValue(s("sync")), s("ab c"));
    QCOMPARE(get.request.headers.value("authorization"), QByteArray("Bearer t"));
    QCOMPARE(get.consumed, requests.at(0).size());
    QCOMPARE(parseRequest(requests.at(2), 1024).status, 411);
    QCOMPARE(parseRequest(requests.at(3), 1024).status, 400);
    QCOMPARE(parseRequest(requests.at(4), 1024).status, 400);
    // A whole head over the limit, in one read, is refused as one that keeps coming.
    QCOMPARE(
        parseRequest(QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(maxHeadBytes, 'a') + "\r\n\r\n"), 1024).status,
        431);
    QCOMPARE(parseRequest(QByteArray(maxHeadBytes + 4, 'a'), 1024).status, 431);
    // A head whose end starts right at the limit is taken, however its last bytes arrive.
    const QByteArray line = "GET / HTTP/1.1\r\nX: ";
    const QByteArray atLimit = line + QByteArray(maxHeadBytes - line.size(), 'a') + "\r\n\r\n";
    for (qsizetype cut = maxHeadBytes - 1; cut <= atLimit.size(); ++cut) {
        const ParsedRequest part = parseRequest(QByteArrayView(atLimit).first(cut), 1024);
        QCOMPARE(int(part.state),
                 int(cut < atLimit.size() ? ParsedRequest::State::Incomplete : ParsedRequest::State::Complete));
    }
    QCOMPARE(parseRequest("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n", 1024).status, 413);
}

void TestSimServer::requestLog_recordsWhatWasServed()
{
    QSignalSpy served(&m_sim->server(), &SimServer::requestServed);
    events(m_sim->projectGid(0));
    QTRY_COMPARE_WITH_TIMEOUT(served.size(), 1, kTimeoutMs);
    const SimRequestRecord rec = m_sim->server().requests().last();
    QCOMPARE(rec.method, QByteArrayLiteral("GET"));
    QCOMPARE(rec.path, s("/api/1.0/events"));
    QVERIFY(rec.query.contains(m_sim->projectGid(0)));
    QCOMPARE(rec.status, 412);
    QVERIFY(rec.steadyMs > 0);
    QVERIFY(rec.fault.isEmpty());
}

// ---------------------------------------------------------------------------------------------

void TestSimServer::usersMe_returnsUserWithWorkspaces()
{
    const Result r = send(m_sim->request(s("/users/me")));
    QCOMPARE(r.status, 200);
    const QJsonObject me = r.json().value(s("data")).toObject();
    QCOMPARE(me.value(s("gid")).toString(), m_sim->world().meGid());
    QCOMPARE(me.value(s("resource_type")).toString(), s("user"));
    QCOMPARE(me.value(s("name")).toString(), s("Maya Patel"));
    QVERIFY(me.value(s("email")).toString().contains(QLatin1Char('@')));
    QVERIFY(me.contains(s("photo")));
    QCOMPARE(me.value(s("workspaces")).toArray().at(0).toObject().value(s("gid")).toString(), m_sim->workspaceGid());
    QCOMPARE(send(m_sim->request(QStringLiteral("/users/") + m_sim->userGid(3))).status, 200);
    QCOMPARE(send(m_sim->request(s("/users/1299999999999998"))).status, 404);
}

void TestSimServer::workspaces_pageWithOffsets()
{
    m_sim->world().addWorkspace(s("Second"));
    m_sim->world().addWorkspace(s("Third"));
    QUrlQuery query;
    query.addQueryItem(s("limit"), s("2"));
    Result r = send(m_sim->request(s("/workspaces"), query));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 2);
    const QJsonObject next = r.json().value(s("next_page")).toObject();
    QVERIFY(!next.value(s("offset")).toString().isEmpty());
    QVERIFY(next.value(s("path")).toString().startsWith(s("/workspaces?")));
    r = send(m_sim->request(QUrl(next.value(s("uri")).toString())));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.data().at(0).toObject().value(s("name")).toString(), s("Third"));
    QVERIFY(r.json().value(s("next_page")).isNull());

    query.addQueryItem(s("offset"), s("bogus"));
    QCOMPARE(send(m_sim->request(s("/workspaces"), query)).status, 400);
}

void TestSimServer::projects_pageWithNextPage()
{
    QStringList names;
    QUrlQuery query;
    query.addQueryItem(s("workspace"), m_sim->workspaceGid());
    query.addQueryItem(s("limit"), s("3"));
    Result r = send(m_sim->request(s("/projects"), query));
    QCOMPARE(r.status, 200);
    for (const QJsonValue& v : r.data()) {
        names.append(v.toObject().value(s("name")).toString());
    }
    const QString offset = r.json().value(s("next_page")).toObject().value(s("offset")).toString();
    QVERIFY(!offset.isEmpty());
    query.addQueryItem(s("offset"), offset);
    r = send(
        m_sim->request(QStringLiteral("/workspaces/") + m_sim->workspaceGid() + QStringLiteral("/projects"), query));
    QCOMPARE(r.status, 200);
    for (const QJsonValue& v : r.data()) {
        names.append(v.toObject().value(s("name")).toString());
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(names.first(), s("Website Relaunch"));
    QVERIFY(r.json().value(s("next_page")).isNull());
    QUrlQuery tooMany;
    tooMany.addQueryItem(s("limit"), s("101"));
    QCOMPARE(send(m_sim->request(s("/projects"), tooMany)).status, 400);
}

void TestSimServer::typeahead_findsCaseInsensitively()
{
    const QString path = QStringLiteral("/workspaces/") + m_sim->workspaceGid() + QStringLiteral("/typeahead");
    QUrlQuery query;
    query.addQueryItem(s("resource_type"), s("project"));
    query.addQueryItem(s("query"), s("mobile"));
    Result r = send(m_sim->request(path, query));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().size(), 1);
    QCOMPARE(r.data().at(0).toObject().value(s("name")).toString(), s("Mobile App v2"));

    QUrlQuery users;
    users.addQueryItem(s("resource_type"), s("user"));
    users.addQueryItem(s("query"), s("TANAKA"));
    QCOMPARE(send(m_sim->request(path, users)).data().at(0).toObject().value(s("name")).toString(), s("Aiko Tanaka"));

    QUrlQuery tasks;
    tasks.addQueryItem(s("resource_type"), s("task"));
    tasks.addQueryItem(s("count"), s("5"));
    QCOMPARE(send(m_sim->request(path, tasks)).data().size(), 5);
    QUrlQuery defaults;
    defaults.addQueryItem(s("resource_type"), s("task"));
    QCOMPARE(send(m_sim->request(path, defaults)).data().size(), 20);
}

void TestSimServer::task_returnsFullRecord()
{
    const QString taskGid = m_sim->taskGid(0, 4);
    m_sim->world().completeTask(m_sim->userGid(0), taskGid, true);
    m_sim->world().setDueDate(m_sim->userGid(0), taskGid, QDate(2026, 12, 24));
    const Result r = send(m_sim->request(QStringLiteral("/tasks/") + taskGid));
    QCOMPARE(r.status, 200);
    const QJsonObject t = r.json().value(s("data")).toObject();
    QCOMPARE(t.value(s("gid")).toString(), taskGid);
    QCOMPARE(t.value(s("resource_type")).toString(), s("task"));
    QCOMPARE(t.value(s("resource_subtype")).toString(), s("default_task"));
    QCOMPARE(t.value(s("completed")).toBool(), true);
    QVERIFY(!t.value(s("completed_at")).toString().isEmpty());
    QCOMPARE(t.value(s("due_on")).toString(), s("2026-12-24"));
    QCOMPARE(t.value(s("permalink_url")).toString(), QStringLiteral("https://app.asana.com/1/") +
                                                         m_sim->workspaceGid() + QStringLiteral("/project/") +
                                                         m_sim->projectGid(0) + QStringLiteral("/task/") + taskGid);
    QCOMPARE(t.value(s("projects")).toArray().at(0).toObject().value(s("gid")).toString(), m_sim->projectGid(0));
    const QJsonObject membership = t.value(s("memberships")).toArray().at(0).toObject();
    QCOMPARE(membership.value(s("section")).toObject().value(s("name")).toString(), s("To do"));
    QCOMPARE(t.value(s("custom_fields")).toArray().at(0).toObject().value(s("name")).toString(), s("Priority"));
    QVERIFY(t.contains(s("assignee")));

    m_sim->world().deleteTask(m_sim->userGid(0), taskGid);
    QCOMPARE(send(m_sim->request(QStringLiteral("/tasks/") + taskGid)).status, 404);
}

void TestSimServer::story_returnsCommentRecord()
{
    const QString taskGid = m_sim->taskGid(1, 0);
    const QString storyGid = m_sim->world().commentOnTask(m_sim->userGid(2), taskGid, s("Ship it"));
    const Result r = send(m_sim->request(QStringLiteral("/stories/") + storyGid));
    QCOMPARE(r.status, 200);
    const QJsonObject st = r.json().value(s("data")).toObject();
    QCOMPARE(st.value(s("resource_type")).toString(), s("story"));
    QCOMPARE(st.value(s("resource_subtype")).toString(), s("comment_added"));
    QCOMPARE(st.value(s("type")).toString(), s("comment"));
    QCOMPARE(st.value(s("text")).toString(), s("Ship it"));
    QCOMPARE(st.value(s("created_by")).toObject().value(s("gid")).toString(), m_sim->userGid(2));
    QCOMPARE(st.value(s("target")).toObject().value(s("gid")).toString(), taskGid);
    QCOMPARE(send(m_sim->request(s("/stories/1299999999999997"))).status, 404);
}

void TestSimServer::batch_dispatchesActions()
{
    const QJsonArray actions{
        QJsonObject{{s("relative_path"), s("/users/me")}, {s("method"), s("get")}},
        QJsonObject{{s("relative_path"), QString(QStringLiteral("/tasks/") + m_sim->taskGid(0))},
                    {s("method"), s("get")},
                    {s("options"), QJsonObject{{s("fields"), QJsonArray{s("name")}}}}},
        QJsonObject{{s("relative_path"), s("/events")},
                    {s("method"), s("get")},
                    {s("data"), QJsonObject{{s("resource"), m_sim->projectGid(0)}}}},
        QJsonObject{{s("relative_path"), s("/tasks/1299999999999996")}, {s("method"), s("get")}},
    };
    const QByteArray body =
        QJsonDocument(QJsonObject{{s("data"), QJsonObject{{s("actions"), actions}}}}).toJson(QJsonDocument::Compact);
    const Result r = send(m_sim->request(s("/batch")), "POST", body);
    QCOMPARE(r.status, 200);
    const QJsonArray results = r.data();
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).toObject().value(s("status_code")).toInt(), 200);
    QCOMPARE(
        results.at(0).toObject().value(s("body")).toObject().value(s("data")).toObject().value(s("name")).toString(),
        s("Maya Patel"));
    const QJsonObject task = results.at(1).toObject().value(s("body")).toObject().value(s("data")).toObject();
    QVERIFY(task.contains(s("name")));
    QVERIFY(!task.contains(s("completed")));
    QCOMPARE(results.at(2).toObject().value(s("status_code")).toInt(), 412);
    QVERIFY(!results.at(2).toObject().value(s("body")).toObject().value(s("sync")).toString().isEmpty());
    QCOMPARE(results.at(3).toObject().value(s("status_code")).toInt(), 404);
}

void TestSimServer::batch_rejectsZeroOrElevenActions()
{
    for (int n : {0, 11}) {
        QJsonArray actions;
        for (int i = 0; i < n; ++i) {
            actions.append(QJsonObject{{s("relative_path"), s("/users/me")}, {s("method"), s("get")}});
        }
        const QByteArray body = QJsonDocument(QJsonObject{{s("data"), QJsonObject{{s("actions"), actions}}}})
                                    .toJson(QJsonDocument::Compact);
        const Result r = send(m_sim->request(s("/batch")), "POST", body);
        QCOMPARE(r.status, 400);
        QVERIFY(!r.firstErrorMessage().isEmpty());
    }
    QCOMPARE(send(m_sim->request(s("/batch")), "POST", "not json").status, 400);
}

void TestSimServer::controlEndpoints_injectAndExpireWithoutAuth()
{
    const QString project = m_sim->projectGid(2);
    const QString sync = freshToken(project);
    QUrl inject = m_sim->server().rootUrl();
    inject.setPath(s("/_sim/inject"));
    inject.setQuery(QStringLiteral("resource=") + project + QStringLiteral("&count=25"));
    const Result r = send(QNetworkRequest(inject), "POST", "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(s("data")).toObject().value(s("injected")).toInt(), 25);
    QCOMPARE(events(project, sync).data().size(), 25);

    QUrl stream = m_sim->server().rootUrl();
    stream.setPath(s("/_sim/stream"));
    stream.setQuery(QStringLiteral("resource=") + project + QStringLiteral("&from=20"));
    QCOMPARE(send(QNetworkRequest(stream)).data().size(), 5);

    QUrl expire = m_sim->server().rootUrl();
    expire.setPath(s("/_sim/expire-tokens"));
    QCOMPARE(send(QNetworkRequest(expire), "POST", "{}").status, 200);
    QCOMPARE(events(project, sync).status, 412);
}

// ---------------------------------------------------------------------------------------------

void TestSimServer::demoScenario_producesEventsOverTime()
{
    const QString project = m_sim->projectGid(0);
    QString sync = freshToken(project);
    DemoScenario demo(&m_sim->world(), 7);
    demo.setInterval(std::chrono::milliseconds(5));
    QSignalSpy stepped(&demo, &DemoScenario::stepped);
    demo.start();
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->world().streamLength(project) >= 10, kTimeoutMs);
    demo.stop();
    QSet<QString> actions;
    QSet<QString> types;
    qsizetype received = 0;
    for (int i = 0; i < 100; ++i) {
        const Result r = events(project, sync);
        QCOMPARE(r.status, 200);
        for (const QJsonValue& v : r.data()) {
            actions.insert(v.toObject().value(s("action")).toString());
            types.insert(v.toObject().value(s("type")).toString());
        }
        received += r.data().size();
        sync = r.sync();
        if (!r.hasMore()) {
            break;
        }
    }
    QVERIFY(received >= 10);
    QVERIFY(stepped.size() >= 10);
    QVERIFY(actions.contains(s("changed")) || actions.contains(s("added")));
    QVERIFY(types.contains(s("task")));
}

void TestSimServer::seedHistory_backdatesADayOfEvents()
{
    DemoScenario demo(&m_sim->world(), 3);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    demo.seedHistory(24);
    QVERIFY(m_sim->world().eventCount() > 100);
    QDateTime oldest = before;
    for (const QString& project : m_sim->world().projectGids()) {
        for (const QJsonObject& e : m_sim->world().streamEvents(project)) {
            const QDateTime at = QDateTime::fromString(e.value(s("created_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(at.isValid());
            QVERIFY(at <= before);
            oldest = std::min(oldest, at);
        }
    }
    QVERIFY(oldest < before.addSecs(-20 * 3600));
    QVERIFY(oldest >= before.addSecs(-24 * 3600 - 60));
    // The clock is live again: new activity is stamped now.
    const QString story = m_sim->world().commentOnTask(m_sim->userGid(0), m_sim->taskGid(0), s("now"));
    QVERIFY(m_sim->world().story(story)->createdAt >= before);
}

QTEST_MAIN(TestSimServer)
#include "tst_simserver.moc"
