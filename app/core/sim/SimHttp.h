// SimRequest / SimResponse: one HTTP exchange as the simulator's router sees it, independent of
// the socket, so that POST /batch can dispatch its actions through the same code.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace AsanaFeed::Sim {

struct SimRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// The events a 200 of GET /events carries: stream events [from, to) of `resource`.
struct SimEventRange
{
    QString resource;
    qsizetype from = 0;
    qsizetype to = 0;
};

struct SimResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<SimEventRange> events; // GET /events answered 200: what the page holds

    static SimResponse json(int status, const QByteArray& body);
    // The standard Asana error envelope: {"errors":[{"message":…}]}.
    static SimResponse error(int status, const QString& message);
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

[[nodiscard]] QByteArray reasonPhrase(int status);

// The head of a request (request line and headers) may take this many bytes at most.
inline constexpr qsizetype maxHeadBytes = 64 * 1024;

// What the bytes a connection has received so far begin with.
struct ParsedRequest
{
    enum class State {
        Incomplete, // not a whole request yet: wait for more bytes
        Complete,   // `request` (with its body) took the first `consumed` bytes
        Refused,    // answer `status` with `problem` and close the connection
    };
    State state = State::Incomplete;
    SimRequest request;
    bool keepAlive = true;
    qsizetype consumed = 0;
    int status = 0;
    QString problem;
};

// Reads the first HTTP/1.x request of `received`: its head within maxHeadBytes, a body only with
// Content-Length (at most maxBodyBytes; chunked bodies are refused). A request read from bytes
// that came in pieces is the same as from the same bytes at once.
[[nodiscard]] ParsedRequest parseRequest(QByteArrayView received, qint64 maxBodyBytes);

} // namespace AsanaFeed::Sim
