#include "api/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace AsanaFeed {

namespace {

QString kindDescription(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Http:
        return QStringLiteral("HTTP error");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timed out");
    case ApiError::Kind::ConnectionRefused:
        return QStringLiteral("connection refused");
    case ApiError::Kind::ConnectionClosed:
        return QStringLiteral("connection closed before the answer was complete");
    case ApiError::Kind::HostNotFound:
        return QStringLiteral("host not found");
    case ApiError::Kind::Tls:
        return QStringLiteral("TLS handshake failed");
    case ApiError::Kind::TooLarge:
        return QStringLiteral("response too large");
    case ApiError::Kind::MalformedBody:
        return QStringLiteral("malformed response");
    case ApiError::Kind::InsecureUrl:
        return QStringLiteral("insecure URL refused");
    case ApiError::Kind::Network:
        return QStringLiteral("network error");
    case ApiError::Kind::Storage:
        return QStringLiteral("cannot save the history");
    }
    return {};
}

QString bounded(const QString& text)
{
    if (text.size() <= ApiError::maxTextChars) {
        return text;
    }
    qsizetype end = ApiError::maxTextChars - 1;
    if (text.at(end - 1).isHighSurrogate()) {
        --end; // never half a character
    }
    return text.left(end) + QChar(0x2026);
}

} // namespace

QString ApiError::summary() const
{
    QString text = kind == Kind::Http ? QStringLiteral("HTTP %1").arg(status) : kindDescription(kind);
    if (!messages.isEmpty()) {
        text += QStringLiteral(": ") + messages.join(QStringLiteral("; "));
    }
    if (!phrase.isEmpty()) {
        text += QStringLiteral(" (") + phrase + QLatin1Char(')');
    }
    return text;
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Http:
        return status == 429 || status >= 500;
    case Kind::InsecureUrl:
        return false;
    default:
        return true;
    }
}

ApiError ApiError::malformed(const QString& message)
{
    ApiError error;
    error.kind = Kind::MalformedBody;
    error.messages = {message};
    return error;
}

ApiError ApiError::fromEnvelope(int status, const QJsonObject& body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.status = status;
    const QJsonArray errors = body.value(QLatin1String("errors")).toArray();
    for (const QJsonValue& entry : errors) {
        const QJsonObject object = entry.toObject();
        const QString message = object.value(QLatin1String("message")).toString();
        if (!message.isEmpty() && error.messages.size() < maxMessages) {
            error.messages.append(bounded(message));
        }
        if (error.phrase.isEmpty()) {
            error.phrase = bounded(object.value(QLatin1String("phrase")).toString());
        }
    }
    return error;
}

} // namespace AsanaFeed
