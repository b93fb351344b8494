#include "auth/TokenStore.h"

#include "api/AsanaClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace AsanaFeed {

bool Credentials::isFor(const QUrl& apiBaseUrl) const
{
    return !origin.isEmpty() && origin == AsanaClient::originOf(apiBaseUrl);
}

QByteArray Credentials::toBlob() const
{
    QJsonObject object{{QStringLiteral("kind"), kind == Kind::OAuth ? QStringLiteral("oauth") : QStringLiteral("pat")},
                       {QStringLiteral("access_token"), accessToken}};
    if (!refreshToken.isEmpty()) {
        object.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (expiresAt.isValid()) {
        object.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!origin.isEmpty()) {
        object.insert(QStringLiteral("origin"), origin);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Credentials> Credentials::fromBlob(const QByteArray& blob)
{
    const QJsonDocument document = QJsonDocument::fromJson(blob);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    Credentials credentials;
    credentials.kind = object.value(QStringLiteral("kind")).toString() == QLatin1String("oauth")
                           ? Kind::OAuth
                           : Kind::PersonalAccessToken;
    credentials.accessToken = object.value(QStringLiteral("access_token")).toString();
    credentials.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    credentials.expiresAt =
        QDateTime::fromString(object.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs).toUTC();
    credentials.origin = object.value(QStringLiteral("origin")).toString(QString::fromLatin1(asanaOrigin));
    if (!credentials.isValid()) {
        return std::nullopt;
    }
    return credentials;
}

void MemoryTokenStore::answer(Done done, TokenResult result)
{
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] { done(result); });
}

void MemoryTokenStore::load(const QString& account, Done done)
{
    TokenResult result;
    const auto found = m_entries.constFind(account);
    if (found == m_entries.cend()) {
        result.status = TokenResult::Status::NotFound;
    } else {
        result.credentials = found.value();
    }
    answer(std::move(done), std::move(result));
}

void MemoryTokenStore::save(const QString& account, const Credentials& credentials, Done done)
{
    m_entries.insert(account, credentials);
    answer(std::move(done), {});
}

void MemoryTokenStore::remove(const QString& account, Done done)
{
    m_entries.remove(account);
    answer(std::move(done), {});
}

} // namespace AsanaFeed
