// SimServer: serves a SimWorld as Asana's REST API over HTTP/1.1 on 127.0.0.1 — keep-alive,
// pipelining, bearer auth, per-token rate limits and injected faults — and keeps a log of what
// it served so tests can check what a client actually did.
#pragma once

#include "FaultPlan.h"
#include "RateLimiter.h"
#include "SimApi.h"
#include "SimConfig.h"
#include "SimHttp.h"
#include "SimOAuth.h"

#include <QBitArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace AsanaFeed::Sim {

class SimWorld;

struct SimRequestRecord
{
    QByteArray method;
    QString path;
    QString query;             // as received (percent-encoded)
    qint64 steadyMs = 0;       // std::chrono::steady_clock, in milliseconds
    int status = 0;            // 0 when no response was sent (connection reset)
    QString fault;             // faultKindName() of the injected fault, empty if none
    int retryAfterSeconds = 0; // a 429's Retry-After, else 0
    // The answer went whole to a client still connected: no fault spoiled or replaced it (a
    // truncated or trickled 412, say, never reached the client as one).
    bool whole = false;
    QStringList actions; // POST /batch: each action's relative_path, in order
    // A 200 of GET /events whose whole body went to a connected client: the stream events it
    // carried ([eventsFrom, eventsTo) of eventsResource). Empty resource for any other answer.
    QString eventsResource;
    qsizetype eventsFrom = 0;
    qsizetype eventsTo = 0;
};

class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(SimWorld* world, const SimConfig& config = {}, QObject* parent = nullptr);
    ~SimServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:PORT/api/1.0
    [[nodiscard]] QUrl baseUrl() const;
    // http://127.0.0.1:PORT (the /_sim control endpoints live here)
    [[nodiscard]] QUrl rootUrl() const;

    [[nodiscard]] SimWorld* world() const { return m_world; }
    [[nodiscard]] const SimConfig& config() const { return m_config; }
    void setAcceptedTokens(const QSet<QString>& tokens) { m_config.acceptedTokens = tokens; }
    void setRateLimit(int requests, std::chrono::milliseconds window);
    void setEventsPageSize(int size) { m_config.eventsPageSize = size; }
    [[nodiscard]] FaultPlan& faults() { return m_faults; }
    // The OAuth server under /-/ (and its test hooks: expire tokens, check revocations).
    [[nodiscard]] SimOAuth& oauth() { return m_oauth; }
    void setAccessTokenLifetime(std::chrono::seconds lifetime) { m_config.accessTokenLifetime = lifetime; }

    [[nodiscard]] const QVector<SimRequestRecord>& requests() const { return m_requests; }
    // Ground truth for clients' histories: per resource, bit i is set once its stream event i went
    // out whole in a 200 of GET /events (not in a truncated or malformed body, nor to a client that
    // had already hung up). Kept apart from the request log, which forgets its oldest half.
    [[nodiscard]] const QHash<QString, QBitArray>& deliveredEvents() const { return m_delivered; }
    void clearRequests() { m_requests.clear(); }
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }
    // Total connections accepted so far (tests use it to see keep-alive at work).
    [[nodiscard]] int acceptedConnections() const { return m_acceptedConnections; }
    // Body bytes the EndlessBody and Trickle faults have handed to the network so far.
    [[nodiscard]] qint64 streamedBytes() const { return m_streamedBytes; }

signals:
    void requestServed(const AsanaFeed::Sim::SimRequestRecord& record);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;    // a delayed response is pending; later requests wait (pipelining order)
        bool closing = false; // no more requests are read
    };

    void onNewConnection();
    void processSocket(QTcpSocket* socket);
    void dispatch(QTcpSocket* socket, const SimRequest& request, bool keepAlive);
    void serve(QTcpSocket* socket, const SimRequest& request, bool keepAlive, SimRequestRecord record,
               const std::optional<FaultRule>& fault);
    SimResponse respond(const SimRequest& request);
    void writeResponse(QTcpSocket* socket, const SimResponse& response, bool keepAlive, bool truncate = false);
    void sendAndClose(QTcpSocket* socket, const SimResponse& response);
    void streamEndlessBody(QTcpSocket* socket, bool chunked);
    void trickle(QTcpSocket* socket, const SimResponse& response, int msPerByte);
    void record(SimRequestRecord record);

    SimWorld* m_world = nullptr;
    SimConfig m_config;
    SimApi m_api;
    SimOAuth m_oauth;
    RateLimiter m_rateLimiter;
    FaultPlan m_faults;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, Connection> m_connections;
    QVector<SimRequestRecord> m_requests;
    QHash<QString, QBitArray> m_delivered;
    int m_acceptedConnections = 0;
    qint64 m_streamedBytes = 0;
};

} // namespace AsanaFeed::Sim

Q_DECLARE_METATYPE(AsanaFeed::Sim::SimRequestRecord)
