#include "auth/PatSignIn.h"

#include "api/AsanaClient.h"
#include "util/Logging.h"

namespace AsanaFeed {

PatSignIn::PatSignIn(QNetworkAccessManager* network, const QUrl& apiBaseUrl, QObject* parent)
    : QObject(parent)
    , m_client(new AsanaClient(network, this))
{
    qRegisterMetaType<AsanaFeed::SignInResult>();
    m_client->setBaseUrl(apiBaseUrl);
}

PatSignIn::~PatSignIn() = default;

void PatSignIn::verify(const QString& token)
{
    if (m_pending) {
        m_pending->abort();
    }
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        SignInResult result;
        result.failure = SignInResult::Failure::TokenRejected;
        result.message = tr("The token is empty.");
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    m_client->setAccessToken(trimmed);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("opt_fields"), QStringLiteral("name,email,photo,workspaces,workspaces.name"));
    ApiReply* reply = m_client->get(QStringLiteral("users/me"), query);
    m_pending = reply;
    // The client keeps the token only as long as this verification runs.
    m_client->setAccessToken({});
    connect(reply, &ApiReply::finished, this, [this, trimmed](const ApiResult& answer) {
        SignInResult result;
        if (!answer.ok()) {
            const ApiError& error = *answer.error;
            const bool rejected = error.kind == ApiError::Kind::Http && (error.status == 401 || error.status == 403);
            result.failure = rejected ? SignInResult::Failure::TokenRejected : SignInResult::Failure::Network;
            result.message = rejected ? tr("Asana did not accept the token (%1). Check that it was copied whole and "
                                           "has not been deleted in Asana's developer console.")
                                            .arg(error.summary())
                                      : tr("Asana could not be asked about the token (%1).").arg(error.summary());
        } else if (const auto account = AccountInfo::fromJson(answer.body.value(QLatin1String("data")).toObject())) {
            result.credentials.kind = Credentials::Kind::PersonalAccessToken;
            result.credentials.accessToken = trimmed;
            result.credentials.origin = AsanaClient::originOf(m_client->baseUrl());
            result.account = *account;
        } else {
            result.failure = SignInResult::Failure::Network;
            result.message = tr("Asana's answer about the account could not be understood.");
        }
        qCInfo(lcAuth) << "GET users/me with the token:" << (result.ok() ? "accepted" : "not accepted");
        emit finished(result);
    });
}

} // namespace AsanaFeed
