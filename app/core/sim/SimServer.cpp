#include "SimServer.h"

#include "SimWorld.h"
#include "util/Logging.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>

namespace AsanaFeed::Sim {

namespace {

constexpr qsizetype kMaxRequestLog = 100000;

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QString bearerToken(const SimRequest& request)
{
    const QByteArray auth = request.headers.value(QByteArrayLiteral("authorization")).trimmed();
    if (auth.size() < 7 || auth.left(7).toLower() != "bearer ") {
        return {};
    }
    return QString::fromLatin1(auth.mid(7).trimmed());
}

} // namespace

SimServer::SimServer(SimWorld* world, const SimConfig& config, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_config(config)
    , m_api(world, &m_config)
    , m_oauth(world, &m_config)
    , m_rateLimiter(config.rateLimitRequests, config.rateLimitWindow)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<AsanaFeed::Sim::SimRequestRecord>();
    m_world->setTokenTtl(config.tokenTtl);
    connect(m_server, &QTcpServer::newConnection, this, &SimServer::onNewConnection);
}

SimServer::~SimServer()
{
    close();
}

bool SimServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port << ":" << m_server->errorString();
        return false;
    }
    m_api.setBaseUrl(baseUrl());
    qCDebug(lcSim) << "listening on" << rootUrl().toString();
    return true;
}

void SimServer::close()
{
    m_server->close();
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool SimServer::isListening() const
{
    return m_server->isListening();
}

quint16 SimServer::port() const
{
    return m_server->serverPort();
}

QUrl SimServer::rootUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl SimServer::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(QStringLiteral("/api/1.0"));
    return url;
}

void SimServer::setRateLimit(int requests, std::chrono::milliseconds window)
{
    m_config.rateLimitRequests = requests;
    m_config.rateLimitWindow = window;
    m_rateLimiter.configure(requests, window);
}

void SimServer::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        ++m_acceptedConnections;
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        processSocket(socket);
    }
}

void SimServer::processSocket(QTcpSocket* socket)
{
    const QPointer<QTcpSocket> guard(socket);
    while (guard) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->busy || it->closing) {
            return;
        }
        it->buffer += socket->readAll();
        ParsedRequest parsed = parseRequest(it->buffer, m_config.maxBodyBytes);
        if (parsed.state == ParsedRequest::State::Incomplete) {
            return;
        }
        if (parsed.state == ParsedRequest::State::Refused) {
            sendAndClose(socket, SimResponse::error(parsed.status, parsed.problem));
            return;
        }
        it->buffer.remove(0, parsed.consumed);
        dispatch(socket, parsed.request, parsed.keepAlive);
    }
}

void SimServer::dispatch(QTcpSocket* socket, const SimRequest& request, bool keepAlive)
{
    SimRequestRecord rec;
    rec.method = request.method;
    rec.path = request.path;
    rec.query = request.query.toString(QUrl::FullyEncoded);
    rec.steadyMs = steadyNowMs();
    rec.actions = SimApi::batchPaths(request);

    std::optional<FaultRule> fault;
    if (request.path.startsWith(QLatin1String("/api/"))) {
        fault = m_faults.take(request.path);
    }
    if (fault) {
        rec.fault = faultKindName(fault->kind);
    }
    if (fault && fault->kind == FaultKind::Delay && fault->delayMs > 0) {
        m_connections[socket].busy = true;
        const QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, this, [this, guard, request, keepAlive, rec, fault] {
            auto it = guard ? m_connections.find(guard.data()) : m_connections.end();
            if (it == m_connections.end()) {
                record(rec); // the client gave up waiting: no answer (status 0), but it did ask
                return;
            }
            it->busy = false;
            serve(guard.data(), request, keepAlive, rec, fault);
            if (guard) {
                processSocket(guard.data());
            }
        });
        return;
    }
    serve(socket, request, keepAlive, rec, fault);
}

void SimServer::serve(QTcpSocket* socket, const SimRequest& request, bool keepAlive, SimRequestRecord rec,
                      const std::optional<FaultRule>& fault)
{
    const FaultKind kind = fault ? fault->kind : FaultKind::Delay;
    if (fault && kind == FaultKind::ConnectionReset) {
        rec.status = 0;
        record(rec);
        if (auto it = m_connections.find(socket); it != m_connections.end()) {
            it->closing = true;
        }
        socket->abort();
        return;
    }
    if (fault && kind == FaultKind::ExpireSyncToken) {
        m_world->expireAllTokens();
    }
    if (fault && kind == FaultKind::ExpireAccessToken) {
        m_oauth.expireAllAccessTokens();
    }
    if (fault && kind == FaultKind::EndlessBody) {
        rec.status = 200;
        record(rec);
        streamEndlessBody(socket, fault->chunked);
        return;
    }
    const QString sync = request.query.queryItemValue(QStringLiteral("sync"));

    SimResponse response;
    if (fault && kind == FaultKind::ServerError) {
        response = SimResponse::json(
            500, QByteArrayLiteral(R"({"errors":[{"message":"Server Error","phrase":"6 sad squid snuggle softly"}]})"));
    } else if (fault && kind == FaultKind::Status) {
        response = SimResponse::error(fault->status, fault->message.isEmpty()
                                                         ? QString::fromLatin1(reasonPhrase(fault->status))
                                                         : fault->message);
    } else if (fault && kind == FaultKind::RateLimit) {
        response = SimResponse::error(429, QStringLiteral("You've made too many requests and hit a rate limit. Please "
                                                          "retry after the given amount of time."));
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(std::max(1, fault->retryAfterSeconds))});
    } else if (fault && kind == FaultKind::MalformedJson) {
        response =
            SimResponse::json(200, QByteArrayLiteral("{\"data\": [{\"action\": \"changed\", \"created_at\": <html>"
                                                     "502 Bad Gateway</html>"));
    } else if (fault && kind == FaultKind::StaleSync && !sync.isEmpty()) {
        // A broken promise: "there is more", yet nothing and the very same token.
        QByteArray body = QByteArrayLiteral(R"({"data":[],"sync":")");
        body += sync.toUtf8();
        body += QByteArrayLiteral(R"(","has_more":true})");
        response = SimResponse::json(200, body);
    } else {
        response = respond(request);
    }
    rec.status = response.status;
    rec.retryAfterSeconds = response.status == 429 ? response.header(QByteArrayLiteral("Retry-After")).toInt() : 0;
    // Only an answer the simulator did not spoil, going to a client still there, was delivered.
    const bool whole = !fault || kind == FaultKind::Delay || kind == FaultKind::ExpireSyncToken ||
                       kind == FaultKind::ExpireAccessToken;
    rec.whole = whole && socket->state() == QAbstractSocket::ConnectedState;
    if (response.events && rec.whole) {
        const SimEventRange& range = *response.events;
        rec.eventsResource = range.resource;
        rec.eventsFrom = range.from;
        rec.eventsTo = range.to;
        QBitArray& delivered = m_delivered[range.resource];
        if (delivered.size() < range.to) {
            delivered.resize(range.to);
        }
        delivered.fill(true, range.from, range.to);
    }
    record(rec);
    if (fault && kind == FaultKind::Trickle) {
        trickle(socket, response, std::max(1, fault->delayMs));
        return;
    }
    writeResponse(socket, response, keepAlive, fault && kind == FaultKind::TruncatedBody);
}

void SimServer::streamEndlessBody(QTcpSocket* socket, bool chunked)
{
    if (auto it = m_connections.find(socket); it != m_connections.end()) {
        it->closing = true;
    }
    QByteArray head = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
    head += chunked ? QByteArrayLiteral("Transfer-Encoding: chunked\r\n\r\n")
                    : QByteArrayLiteral("Connection: close\r\n\r\n");
    socket->write(head);
    // Garbage as fast as the client takes it, in 64 KiB pieces, never more than a few queued.
    constexpr qsizetype piece = 64 * 1024;
    QByteArray data(piece, 'A');
    if (chunked) {
        data = QByteArray::number(piece, 16) + "\r\n" + data + "\r\n";
    }
    const QPointer<QTcpSocket> guard(socket);
    // Counted as the system takes them: what really went towards the client.
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 written) { m_streamedBytes += written; });
    if (chunked) {
        // A chunk a millisecond (64 MB/s), as a server across a network would send it: Qt reads a
        // chunked body for as long as the socket has bytes, so a local server writing without a
        // pause would only measure how fast Qt's HTTP thread can read.
        auto* pace = new QTimer(socket);
        connect(pace, &QTimer::timeout, this, [guard, data] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState && guard->bytesToWrite() < data.size()) {
                guard->write(data);
            }
        });
        pace->start(1);
        return;
    }
    const auto refill = [guard, data] {
        while (guard && guard->state() == QAbstractSocket::ConnectedState && guard->bytesToWrite() < 4 * data.size()) {
            if (guard->write(data) <= 0) {
                break;
            }
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, this, refill);
    refill();
}

void SimServer::trickle(QTcpSocket* socket, const SimResponse& response, int msPerByte)
{
    if (auto it = m_connections.find(socket); it != m_connections.end()) {
        it->busy = true; // nothing else on this connection until the answer is out
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    socket->write(out);
    auto* timer = new QTimer(socket);
    const QPointer<QTcpSocket> guard(socket);
    connect(timer, &QTimer::timeout, this, [this, guard, timer, body = response.body, sent = qsizetype(0)]() mutable {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        if (sent >= body.size()) {
            timer->stop();
            guard->disconnectFromHost();
            return;
        }
        guard->write(body.mid(sent, 1));
        ++sent;
        ++m_streamedBytes;
    });
    timer->start(msPerByte);
}

SimResponse SimServer::respond(const SimRequest& request)
{
    if (request.path.startsWith(QLatin1String("/_sim/"))) {
        return m_config.controlEndpoints ? m_api.handleControl(request)
                                         : SimResponse::error(404, QStringLiteral("No matching route for request"));
    }
    if (SimOAuth::handles(request)) {
        return m_oauth.handle(request);
    }
    const QString token = bearerToken(request);
    // Access tokens issued through OAuth are good until they expire; anything else must be on the
    // configured list (or, with an empty list, be any token at all).
    const SimOAuth::TokenState oauthState = m_oauth.accessTokenState(token);
    const bool accepted = oauthState == SimOAuth::TokenState::Valid ||
                          (oauthState == SimOAuth::TokenState::Unknown && !token.isEmpty() &&
                           (m_config.acceptedTokens.isEmpty() || m_config.acceptedTokens.contains(token)));
    if (!accepted) {
        return SimResponse::error(401, QStringLiteral("Not Authorized"));
    }
    if (const int retryAfter = m_rateLimiter.charge(token, SimApi::requestCost(request)); retryAfter > 0) {
        SimResponse response = SimResponse::error(429, QStringLiteral("You've made too many requests and hit a rate "
                                                                      "limit. Please retry after the given amount of "
                                                                      "time."));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter)});
        return response;
    }
    return m_api.handle(request);
}

void SimServer::writeResponse(QTcpSocket* socket, const SimResponse& response, bool keepAlive, bool truncate)
{
    QByteArray out;
    out.reserve(response.body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive || truncate) {
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    out += truncate ? response.body.left(response.body.size() / 2) : response.body;
    socket->write(out);
    if (!keepAlive || truncate) {
        if (auto it = m_connections.find(socket); it != m_connections.end()) {
            it->closing = true;
        }
        socket->disconnectFromHost();
    }
}

void SimServer::sendAndClose(QTcpSocket* socket, const SimResponse& response)
{
    SimRequestRecord rec;
    rec.steadyMs = steadyNowMs();
    rec.status = response.status;
    record(rec);
    writeResponse(socket, response, false);
}

void SimServer::record(SimRequestRecord rec)
{
    qCDebug(lcSim).noquote() << rec.method << rec.path << rec.status << rec.fault;
    if (m_requests.size() >= kMaxRequestLog) {
        m_requests.remove(0, kMaxRequestLog / 2);
    }
    m_requests.append(rec);
    emit requestServed(rec);
}

} // namespace AsanaFeed::Sim
