#include "auth/AccountSession.h"

#include "api/AsanaClient.h"
#include "api/BoundedBody.h"
#include "auth/OAuthSignIn.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <climits>

namespace AsanaFeed {

namespace {

constexpr qint64 maxTokenAnswerBytes = 64 * 1024;

using std::chrono::milliseconds;

// "error: description" of an OAuth error answer, or the HTTP/network error. Never a token:
// only the fields an OAuth server puts there for people.
QString describeFailure(QNetworkReply* reply, const QJsonObject& answer)
{
    const QString error = answer.value(QLatin1String("error")).toString();
    const QString description = answer.value(QLatin1String("error_description")).toString();
    if (!error.isEmpty()) {
        return description.isEmpty() ? error : error + QStringLiteral(": ") + description;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0) {
        return QStringLiteral("HTTP %1").arg(status);
    }
    return reply->errorString();
}

} // namespace

AccountSession::AccountSession(QNetworkAccessManager* network, TokenStore* store, AsanaClient* client, Options options,
                               AccountInfo account, Credentials credentials, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_client(client)
    , m_options(std::move(options))
    , m_account(std::move(account))
    , m_credentials(std::move(credentials))
{
    if (m_options.apiBaseUrl.isEmpty() && m_client) {
        m_options.apiBaseUrl = m_client->baseUrl();
    }
    if (m_credentials.origin.isEmpty()) {
        m_credentials.origin = AsanaClient::originOf(m_options.apiBaseUrl);
    }
    m_clock.start();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AccountSession::refresh);
    if (m_client) {
        m_client->setAccessToken(m_credentials.accessToken, m_credentials.origin);
    }
    if (isOAuth() && m_credentials.expiresAt.isValid()) {
        m_lifetime =
            milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_credentials.expiresAt)));
    }
    scheduleRefresh();
}

AccountSession::~AccountSession()
{
    for (QNetworkReply* reply : {m_refreshReply.data(), m_revokeReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

milliseconds AccountSession::refreshMargin(milliseconds lifetime)
{
    return std::min<milliseconds>(std::chrono::minutes(1), lifetime / 10);
}

void AccountSession::scheduleRefresh()
{
    m_refreshTimer.stop();
    if (!isOAuth() || !m_credentials.expiresAt.isValid() || m_needsSignIn || m_signingOut || m_signedOut) {
        return;
    }
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(m_credentials.expiresAt);
    const qint64 delay = std::clamp<qint64>(remaining - refreshMargin(m_lifetime).count(), 0, INT_MAX);
    // A very coarse timer is off by up to a second: fine for an hour's token, not for short ones.
    m_refreshTimer.setTimerType(delay > 60'000 ? Qt::VeryCoarseTimer : Qt::PreciseTimer);
    m_refreshTimer.start(int(delay));
}

QNetworkReply* AccountSession::postForm(const QUrl& url, const QList<QPair<QString, QString>>& form)
{
    QByteArray body;
    for (const auto& [key, value] : form) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, AsanaClient::userAgent());
    request.setTransferTimeout(int(std::min<qint64>(m_options.requestTimeout.count(), INT_MAX)));
    BoundedBody::prepare(request);
    QNetworkReply* reply = m_network->post(request, body);
    // A token answer is a few hundred bytes: a server that sends more, or never finishes, is cut off.
    new BoundedBody(reply, maxTokenAnswerBytes, 2 * m_options.requestTimeout);
    return reply;
}

void AccountSession::refresh()
{
    if (!isOAuth() || m_needsSignIn || m_signingOut || m_signedOut || m_refreshReply) {
        return;
    }
    m_refreshTimer.stop();
    if (m_credentials.refreshToken.isEmpty()) {
        requireSignIn(tr("The sign-in cannot be renewed (no refresh token). Please sign in again."));
        return;
    }
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                        {QStringLiteral("refresh_token"), m_credentials.refreshToken},
                                        {QStringLiteral("client_id"), m_options.clientId}};
    if (!m_options.clientSecret.isEmpty()) {
        form.append({QStringLiteral("client_secret"), m_options.clientSecret});
    }
    qCInfo(lcAuth) << "refreshing the access token of account" << m_account.gid;
    // The refresh token (and the client secret) go to the host that issued them, never elsewhere.
    QNetworkReply* reply = postForm(OAuthSignIn::tokenEndpoint(QUrl(m_credentials.origin)), form);
    m_refreshReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onRefreshFinished(reply); });
}

void AccountSession::onRefreshFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_refreshReply == reply) {
        m_refreshReply.clear();
    }
    if (reply->error() == QNetworkReply::OperationCanceledError && (m_signingOut || m_signedOut)) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(BoundedBody::of(reply)->take()).object();
    const QString accessToken = answer.value(QLatin1String("access_token")).toString();

    Outcome outcome = Outcome::Ok;
    if (reply->error() == QNetworkReply::NoError && status == 200 && !accessToken.isEmpty()) {
        outcome = Outcome::Ok;
    } else if (status == 400 || status == 401 || status == 403) {
        outcome = Outcome::Refused;
    } else {
        outcome = Outcome::Transient;
    }

    if (outcome == Outcome::Ok) {
        applyTokenAnswer(answer);
        qCInfo(lcAuth) << "access token refreshed for account" << m_account.gid;
        const bool wasRecovering = m_recovering;
        m_recovering = false;
        m_recoveryAttemptFailed = false;
        if (wasRecovering) {
            emit recovered();
        }
        return;
    }
    const QString why = describeFailure(reply, answer);
    if (outcome == Outcome::Refused) {
        qCWarning(lcAuth) << "the token endpoint refused to renew the sign-in of account" << m_account.gid << why;
        requireSignIn(tr("Asana refused to renew the sign-in (%1). Please sign in again.").arg(why));
        return;
    }
    qCWarning(lcAuth) << "could not renew the sign-in of account" << m_account.gid << why;
    if (m_recovering) {
        m_recoveryAttemptFailed = true;
    }
    m_refreshTimer.start(int(std::clamp<qint64>(m_options.retryDelay.count(), 0, INT_MAX)));
    emit refreshFailed(tr("The sign-in could not be renewed (%1); trying again later.").arg(why));
}

void AccountSession::applyTokenAnswer(const QJsonObject& answer)
{
    m_credentials.accessToken = answer.value(QLatin1String("access_token")).toString();
    const QString newRefresh = answer.value(QLatin1String("refresh_token")).toString();
    if (!newRefresh.isEmpty()) {
        m_credentials.refreshToken = newRefresh;
    }
    const qint64 expiresIn = answer.value(QLatin1String("expires_in")).toInteger(-1);
    if (expiresIn > 0) {
        m_lifetime = std::chrono::seconds(expiresIn);
        m_credentials.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    } else {
        m_lifetime = milliseconds(0);
        m_credentials.expiresAt = QDateTime();
    }
    if (m_client) {
        m_client->setAccessToken(m_credentials.accessToken, m_credentials.origin);
    }
    scheduleRefresh();
    if (m_store) {
        QPointer<AccountSession> self(this);
        m_store->save(m_account.gid, m_credentials, [self](const TokenResult& saved) {
            if (self && !saved.ok()) {
                qCWarning(lcAuth) << "could not save the renewed credentials of account" << self->m_account.gid;
                emit self->storeFailed(saved.message);
            }
        });
    }
    emit credentialsChanged();
}

void AccountSession::handleUnauthorized()
{
    if (m_needsSignIn || m_signingOut || m_signedOut) {
        return;
    }
    if (!isOAuth()) {
        requireSignIn(tr("Asana no longer accepts the personal access token. Please sign in again."));
        return;
    }
    if (m_recovering) {
        // Several pollers report the same 401 while the refresh runs: one refresh for them all.
        // After that refresh failed, another 401 means the sign-in is gone.
        if (m_recoveryAttemptFailed && !m_refreshReply) {
            requireSignIn(tr("Asana no longer accepts the sign-in and it could not be renewed. Please sign in again."));
        }
        return;
    }
    // A renewed token that Asana refuses again at once would loop (401, renew, restart, 401…):
    // a few renewals a minute are normal (requests in flight with the old token), more are not.
    const qint64 now = m_clock.elapsed();
    m_recoveries.erase(std::remove_if(m_recoveries.begin(), m_recoveries.end(),
                                      [now](qint64 at) { return now - at > recoveryWindowMs; }),
                       m_recoveries.end());
    if (m_recoveries.size() >= maxRecoveriesPerWindow) {
        requireSignIn(tr("Asana keeps refusing the renewed sign-in. Please sign in again."));
        return;
    }
    m_recoveries.append(now);
    qCInfo(lcAuth) << "unauthorized: renewing the sign-in of account" << m_account.gid;
    m_recovering = true;
    m_recoveryAttemptFailed = false;
    refresh();
}

void AccountSession::requireSignIn(const QString& message)
{
    if (m_needsSignIn) {
        return;
    }
    m_needsSignIn = true;
    m_recovering = false;
    m_refreshTimer.stop();
    qCWarning(lcAuth) << "account" << m_account.gid << "must sign in again";
    emit signInRequired(message);
}

void AccountSession::signOut()
{
    stopAndRevoke(true);
}

void AccountSession::retire()
{
    stopAndRevoke(false);
}

void AccountSession::stopAndRevoke(bool removeEntry)
{
    if (m_signingOut || m_signedOut) {
        return;
    }
    m_signingOut = true;
    m_refreshTimer.stop();
    if (m_refreshReply) {
        QNetworkReply* reply = m_refreshReply;
        m_refreshReply.clear();
        reply->abort();
    }
    if (m_client) {
        m_client->setAccessToken({});
    }
    // This computer forgets first — the keychain entry goes at once, so quitting while Asana is
    // asked to revoke leaves nothing behind — then Asana is asked to revoke the refresh token.
    const QString refreshToken = isOAuth() ? m_credentials.refreshToken : QString();
    const QString origin = m_credentials.origin;
    m_credentials = Credentials{m_credentials.kind, {}, {}, {}, origin};
    const auto revoke = [this, refreshToken, origin](const QString& storeProblem) {
        if (refreshToken.isEmpty()) {
            // Asana has no revocation for personal access tokens; they are revoked in its settings.
            finishSignOut(storeProblem);
            return;
        }
        QList<QPair<QString, QString>> form{{QStringLiteral("token"), refreshToken},
                                            {QStringLiteral("client_id"), m_options.clientId}};
        if (!m_options.clientSecret.isEmpty()) {
            form.append({QStringLiteral("client_secret"), m_options.clientSecret});
        }
        qCInfo(lcAuth) << "signing out account" << m_account.gid << ": revoking the refresh token";
        QNetworkReply* reply = postForm(OAuthSignIn::revokeEndpoint(QUrl(origin)), form);
        m_revokeReply = reply;
        connect(reply, &QNetworkReply::finished, this, [this, reply, storeProblem] {
            reply->deleteLater();
            m_revokeReply.clear();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            QString message = storeProblem;
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                const QString why =
                    describeFailure(reply, QJsonDocument::fromJson(BoundedBody::of(reply)->take()).object());
                qCWarning(lcAuth) << "revoking the refresh token of account" << m_account.gid << "failed:" << why;
                const QString revokeProblem =
                    tr("The sign-in could not be revoked at Asana (%1); it was removed from this computer. "
                       "You can revoke the app's access in Asana's settings.")
                        .arg(why);
                message = message.isEmpty() ? revokeProblem : revokeProblem + QLatin1Char(' ') + message;
            }
            finishSignOut(message);
        });
    };
    if (!m_store || !removeEntry) {
        QMetaObject::invokeMethod(
            this, [revoke] { revoke({}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<AccountSession> self(this);
    m_store->remove(m_account.gid, [self, revoke](const TokenResult& removed) {
        if (!self) {
            return;
        }
        QString storeProblem;
        if (!removed.ok() && removed.status != TokenResult::Status::NotFound) {
            storeProblem = AccountSession::tr("The stored sign-in could not be deleted: %1").arg(removed.message);
        }
        revoke(storeProblem);
    });
}

void AccountSession::finishSignOut(const QString& message)
{
    m_signingOut = false;
    m_signedOut = true;
    qCInfo(lcAuth) << "account" << m_account.gid << "signed out";
    emit signedOut(message);
}

} // namespace AsanaFeed
