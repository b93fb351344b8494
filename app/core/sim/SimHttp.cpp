#include "SimHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace AsanaFeed::Sim {

namespace {

struct ParsedHead
{
    SimRequest request;
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool chunked = false;
    bool valid = false;
};

ParsedHead parseHead(QByteArrayView head)
{
    ParsedHead parsed;
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty()) {
        return parsed;
    }
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return parsed;
    }
    parsed.request.method = requestLine.at(0).toUpper();
    QByteArray target = requestLine.at(1);
    if (target.startsWith("http://")) {
        const qsizetype slash = target.indexOf('/', 7);
        target = slash < 0 ? QByteArray("/") : target.mid(slash);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.left(question);
    parsed.request.path = QUrl::fromPercentEncoding(path);
    if (question >= 0) {
        parsed.request.query = QUrlQuery(QString::fromLatin1(target.mid(question + 1)));
    }
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    parsed.keepAlive = !http10;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return parsed;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        parsed.request.headers.insert(name, value);
        if (name == "content-length") {
            bool ok = false;
            parsed.contentLength = value.toLongLong(&ok);
            if (!ok || parsed.contentLength < 0) {
                return parsed;
            }
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            parsed.chunked = true;
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close")) {
                parsed.keepAlive = false;
            } else if (v.contains("keep-alive")) {
                parsed.keepAlive = true;
            }
        }
    }
    parsed.valid = true;
    return parsed;
}

} // namespace

SimResponse SimResponse::json(int status, const QByteArray& body)
{
    SimResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=UTF-8")});
    response.body = body;
    return response;
}

SimResponse SimResponse::error(int status, const QString& message)
{
    const QJsonObject error{{QStringLiteral("message"), message}};
    const QJsonObject envelope{{QStringLiteral("errors"), QJsonArray{error}}};
    return json(status, QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

QByteArray SimResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Not Authorized");
    case 402:
        return QByteArrayLiteral("Payment Required");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

ParsedRequest parseRequest(QByteArrayView received, qint64 maxBodyBytes)
{
    ParsedRequest parsed;
    const auto refuse = [&parsed](int status, const char* problem) {
        parsed.state = ParsedRequest::State::Refused;
        parsed.status = status;
        parsed.problem = QString::fromLatin1(problem);
        return parsed;
    };
    const qsizetype headEnd = received.indexOf(QByteArrayView("\r\n\r\n"));
    // Too long whether its end came with it or not: the limit does not depend on how the bytes
    // were cut into reads. Without an end yet, the head is too long only once an end could no
    // longer start within the limit.
    constexpr qsizetype endLength = 4;
    if (headEnd > maxHeadBytes || (headEnd < 0 && received.size() >= maxHeadBytes + endLength)) {
        return refuse(431, "Request headers too large");
    }
    if (headEnd < 0) {
        return parsed;
    }
    ParsedHead head = parseHead(received.first(headEnd));
    if (!head.valid) {
        return refuse(400, "Malformed HTTP request");
    }
    if (head.chunked) {
        return refuse(411, "Content-Length required");
    }
    if (head.contentLength > maxBodyBytes) {
        return refuse(413, "Request body too large");
    }
    const qsizetype total = headEnd + 4 + qsizetype(head.contentLength);
    if (received.size() < total) {
        return parsed; // wait for the rest of the body
    }
    head.request.body = received.sliced(headEnd + 4, qsizetype(head.contentLength)).toByteArray();
    parsed.state = ParsedRequest::State::Complete;
    parsed.request = std::move(head.request);
    parsed.keepAlive = head.keepAlive;
    parsed.consumed = total;
    return parsed;
}

} // namespace AsanaFeed::Sim
