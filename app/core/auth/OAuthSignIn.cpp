#include "auth/OAuthSignIn.h"

#include "api/AsanaClient.h"
#include "auth/LoopbackRedirect.h"
#include "auth/OAuthRedirect.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthOobReplyHandler>
#include <QRandomGenerator>

namespace AsanaFeed {

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator* rng = QRandomGenerator::system();
    for (char& byte : bytes) {
        byte = char(rng->bounded(256));
    }
    return bytes;
}

QUrl endpoint(const QUrl& apiBaseUrl, const QString& path)
{
    QUrl url;
    url.setScheme(apiBaseUrl.scheme());
    url.setHost(apiBaseUrl.host());
    url.setPort(apiBaseUrl.port());
    url.setPath(path);
    return url;
}

// Why a token answer cannot be used, or nothing when it can. Qt 6.4's reply handlers only log
// a refused exchange; this turns it into a message for the person (never quoting a token).
std::optional<QString> tokenAnswerProblem(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        return OAuthSignIn::tr("No answer from the sign-in server: %1").arg(reply->errorString());
    }
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const QJsonObject answer = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
        if (answer.value(QLatin1String("access_token")).toString().isEmpty()) {
            return OAuthSignIn::tr("The sign-in server's answer carried no access token.");
        }
        return std::nullopt;
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    const QString error = answer.value(QLatin1String("error")).toString();
    const QString description = answer.value(QLatin1String("error_description")).toString();
    QString text = OAuthSignIn::tr("The sign-in server refused the request (HTTP %1)").arg(status);
    if (!error.isEmpty()) {
        text += QStringLiteral(": ") + error;
    }
    if (!description.isEmpty()) {
        text += QStringLiteral(" — ") + description;
    }
    return text;
}

// Qt's out-of-band handler, taught to report a refused token request instead of only logging it,
// and to name the redirect URL in use (the loopback listener's, or the out-of-band one): the
// code exchange sends it again. The loopback redirect itself is caught by LoopbackRedirect, not
// by Qt's handler, which would act on a request's error before checking its state.
class ReportingHandler final : public QOAuthOobReplyHandler
{
public:
    using Failed = std::function<void(const QString&)>;

    ReportingHandler(QString callback, Failed failed, QObject* parent)
        : QOAuthOobReplyHandler(parent)
        , m_failed(std::move(failed))
        , m_callback(std::move(callback))
    {}

    [[nodiscard]] QString callback() const override { return m_callback; }

    void networkReplyFinished(QNetworkReply* reply) override
    {
        if (const auto problem = tokenAnswerProblem(reply)) {
            m_failed(*problem);
            return;
        }
        QOAuthOobReplyHandler::networkReplyFinished(reply);
    }

private:
    Failed m_failed;
    QString m_callback;
};

// The flow, with the code exchange reachable for a pasted out-of-band code.
class Flow final : public QOAuth2AuthorizationCodeFlow
{
public:
    using QOAuth2AuthorizationCodeFlow::QOAuth2AuthorizationCodeFlow;
    using QOAuth2AuthorizationCodeFlow::requestAccessToken;
};

} // namespace

OAuthSignIn::OAuthSignIn(QNetworkAccessManager* network, Options options, OpenUrl openUrl, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
    , m_openUrl(std::move(openUrl))
{
    qRegisterMetaType<AsanaFeed::SignInResult>();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(SignInResult::Failure::TimedOut, tr("Sign-in timed out: no answer from the browser in time."));
    });
}

OAuthSignIn::~OAuthSignIn()
{
    stopListening();
}

QUrl OAuthSignIn::authorizeEndpoint(const QUrl& apiBaseUrl)
{
    return endpoint(apiBaseUrl, QStringLiteral("/-/oauth_authorize"));
}

QUrl OAuthSignIn::tokenEndpoint(const QUrl& apiBaseUrl)
{
    return endpoint(apiBaseUrl, QStringLiteral("/-/oauth_token"));
}

QUrl OAuthSignIn::revokeEndpoint(const QUrl& apiBaseUrl)
{
    return endpoint(apiBaseUrl, QStringLiteral("/-/oauth_revoke"));
}

quint16 OAuthSignIn::listeningPort() const
{
    return m_loopback && m_loopback->isListening() ? m_loopback->port() : 0;
}

bool OAuthSignIn::prepare()
{
    if (m_started) {
        qCWarning(lcAuth) << "an OAuthSignIn attempt runs only once";
        return false;
    }
    m_started = true;
    m_running = true;
    if (m_options.clientId.isEmpty()) {
        fail(SignInResult::Failure::Network, tr("No OAuth client id is configured."));
        return false;
    }
    if (const QString refusal = AsanaClient::checkBaseUrl(m_options.apiBaseUrl); !refusal.isEmpty()) {
        fail(SignInResult::Failure::Network, refusal);
        return false;
    }
    if (!m_openUrl) {
        fail(SignInResult::Failure::Network, tr("There is no way to open a browser here."));
        return false;
    }
    m_verifier = base64Url(randomBytes(64));
    m_state = QString::fromLatin1(base64Url(randomBytes(16)));
    return true;
}

void OAuthSignIn::begin(const QString& redirectUrl)
{
    auto* handler = new ReportingHandler(
        redirectUrl, [this](const QString& message) { fail(SignInResult::Failure::ExchangeRefused, message); }, this);
    m_handler = handler;
    auto* flow = new Flow(m_network, this);
    m_flow = flow;
    flow->setClientIdentifier(m_options.clientId);
    if (!m_options.clientSecret.isEmpty()) {
        flow->setClientIdentifierSharedKey(m_options.clientSecret);
    }
    flow->setAuthorizationUrl(authorizeEndpoint(m_options.apiBaseUrl));
    flow->setAccessTokenUrl(tokenEndpoint(m_options.apiBaseUrl));
    flow->setScope(m_options.scope);
    flow->setState(m_state);
    flow->setReplyHandler(handler);
    // Qt 6.4 has no PKCE of its own: the challenge goes with the authorization request, the
    // verifier with the code exchange.
    const QString challenge =
        QString::fromLatin1(base64Url(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256)));
    flow->setModifyParametersFunction(
        [this, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->replace(QStringLiteral("code_challenge"), challenge);
                parameters->replace(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->replace(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
            }
            if (m_hook) {
                m_hook(stage, parameters);
            }
        });
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        m_authorizationUrl = url;
        m_openUrl(url);
    });
    connect(flow, &QAbstractOAuth::granted, this, &OAuthSignIn::onGranted);
    connect(flow, &QAbstractOAuth2::error, this, [this](const QString& error, const QString& description) {
        fail(SignInResult::Failure::Denied, description.isEmpty() ? error : error + QStringLiteral(": ") + description);
    });
    m_redirectUrl = handler->callback();
    m_timeout.start(m_options.timeout);
    flow->grant();
}

void OAuthSignIn::start()
{
    if (!prepare()) {
        return;
    }
    auto* loopback = new LoopbackRedirect(m_options.callbackPath, m_state, this);
    m_loopback = loopback;
    if (!loopback->listen(m_options.port)) {
        fail(SignInResult::Failure::Network,
             tr("Cannot listen for the sign-in redirect on 127.0.0.1 port %1; is another sign-in running?")
                 .arg(m_options.port));
        return;
    }
    connect(loopback, &LoopbackRedirect::redirected, this, &OAuthSignIn::onCallback);
    begin(loopback->callbackUrl());
}

void OAuthSignIn::startOutOfBand()
{
    if (!prepare()) {
        return;
    }
    begin(QString::fromLatin1(outOfBandRedirect));
}

void OAuthSignIn::submitCode(const QString& code)
{
    if (!m_running || !m_flow || m_loopback) {
        qCWarning(lcAuth) << "submitCode() without an out-of-band sign-in in progress";
        return;
    }
    const QString pasted = OAuthRedirect::pastedCode(code);
    if (pasted.isEmpty()) {
        fail(SignInResult::Failure::ExchangeRefused, code.trimmed().isEmpty()
                                                         ? tr("The pasted code is empty.")
                                                         : tr("The pasted text is not an authorization code."));
        return;
    }
    static_cast<Flow*>(m_flow.data())->requestAccessToken(pasted);
}

void OAuthSignIn::cancel()
{
    if (m_running) {
        fail(SignInResult::Failure::Cancelled, tr("Sign-in was cancelled."));
    }
}

void OAuthSignIn::onCallback(const QVariantMap& values)
{
    // The redirect of this attempt (LoopbackRedirect checked its state): it ends the wait.
    if (!m_running || !m_flow) {
        return;
    }
    stopListening();
    const QString error = values.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        const QString description = values.value(QStringLiteral("error_description")).toString();
        fail(SignInResult::Failure::Denied,
             error == QLatin1String("access_denied")
                 ? tr("Access was denied in the browser.")
                 : tr("Asana refused the sign-in: %1").arg(description.isEmpty() ? error : description));
        return;
    }
    const QString code = values.value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        fail(SignInResult::Failure::ExchangeRefused, tr("The sign-in redirect carried no authorization code."));
        return;
    }
    static_cast<Flow*>(m_flow.data())->requestAccessToken(code);
}

void OAuthSignIn::onGranted()
{
    if (!m_running || !m_flow) {
        return;
    }
    SignInResult result;
    result.credentials.kind = Credentials::Kind::OAuth;
    result.credentials.origin = AsanaClient::originOf(m_options.apiBaseUrl);
    result.credentials.accessToken = m_flow->token();
    result.credentials.refreshToken = m_flow->refreshToken();
    if (m_flow->expirationAt().isValid()) {
        result.credentials.expiresAt = m_flow->expirationAt().toUTC();
    }
    const QVariant data = m_flow->extraTokens().value(QStringLiteral("data"));
    if (const auto account = AccountInfo::fromJson(QJsonObject::fromVariantMap(data.toMap()))) {
        result.account = *account;
    }
    finish(result);
}

void OAuthSignIn::fail(SignInResult::Failure failure, const QString& message)
{
    SignInResult result;
    result.failure = failure;
    result.message = message;
    finish(result);
}

void OAuthSignIn::finish(SignInResult result)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_timeout.stop();
    stopListening();
    if (m_flow) {
        // Nothing of a finished attempt may come back to life (a late token answer, say).
        m_flow->disconnect(this);
    }
    m_verifier.clear();
    qCInfo(lcAuth) << "OAuth sign-in finished:" << (result.ok() ? "signed in" : "failed");
    // From the event loop, so that a receiver may delete this object.
    QMetaObject::invokeMethod(
        this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
}

void OAuthSignIn::stopListening()
{
    if (m_loopback && m_loopback->isListening()) {
        m_loopback->close();
    }
}

} // namespace AsanaFeed
