// SimRequest / SimResponse: one HTTP exchange as the simulator's router sees it, independent of
// the socket, so that POST /batch can dispatch its actions through the same code.
#pragma once

#include <QByteArray>
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

} // namespace AsanaFeed::Sim
