#include "SimOAuth.h"

#include "SimConfig.h"
#include "SimWorld.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

namespace AsanaFeed::Sim {

namespace {

const QString kOob = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

QString str(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

QString randomToken(const char* prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toHex());
}

// Query items and, for a POST, the form-encoded body ('+' is a space there).
QUrlQuery parameters(const SimRequest& request)
{
    QUrlQuery all = request.query;
    if (request.method == "POST" && !request.body.isEmpty()) {
        QByteArray body = request.body;
        body.replace('+', "%20");
        const QUrlQuery form(QString::fromUtf8(body));
        for (const auto& [key, value] : form.queryItems(QUrl::FullyEncoded)) {
            all.addQueryItem(key, value);
        }
    }
    return all;
}

QString param(const QUrlQuery& query, const char* name)
{
    return query.queryItemValue(str(name), QUrl::FullyDecoded);
}

SimResponse html(int status, const QString& title, const QString& body)
{
    SimResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    response.body =
        QString(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped() +
                QStringLiteral("</title></head><body>") + body + QStringLiteral("</body></html>"))
            .toUtf8();
    return response;
}

SimResponse plainText(int status, const QString& text)
{
    SimResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    response.body = text.toUtf8();
    return response;
}

SimResponse redirect(const QString& redirectUri, const QList<QPair<QString, QString>>& items)
{
    QByteArray location = redirectUri.toUtf8();
    char separator = redirectUri.contains(QLatin1Char('?')) ? '&' : '?';
    for (const auto& [key, value] : items) {
        location += separator + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    SimResponse response;
    response.status = 302;
    response.headers.append({QByteArrayLiteral("Location"), location});
    return response;
}

QString s256(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SimOAuth::SimOAuth(SimWorld* world, const SimConfig* config)
    : m_world(world)
    , m_config(config)
{}

bool SimOAuth::handles(const SimRequest& request)
{
    return request.path.startsWith(QLatin1String("/-/"));
}

bool SimOAuth::isAcceptableRedirect(const QString& redirectUri)
{
    if (redirectUri == kOob) {
        return true;
    }
    const QUrl url(redirectUri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || !url.fragment().isEmpty()) {
        return false;
    }
    if (url.host() == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

SimResponse SimOAuth::handle(const SimRequest& request)
{
    if (request.path == QLatin1String("/-/oauth_authorize")) {
        return authorize(request);
    }
    if (request.path == QLatin1String("/-/oauth_token")) {
        return request.method == "POST" ? token(request) : SimResponse::error(405, str("Use POST"));
    }
    if (request.path == QLatin1String("/-/oauth_revoke")) {
        return request.method == "POST" ? revoke(request) : SimResponse::error(405, str("Use POST"));
    }
    return SimResponse::error(404, str("No matching route for request"));
}

SimResponse SimOAuth::authorize(const SimRequest& request)
{
    const QUrlQuery query = parameters(request);
    const QString clientId = param(query, "client_id");
    const QString redirectUri = param(query, "redirect_uri");
    // As at Asana: a wrong client or redirect is a plain-text error, never a redirect.
    if (clientId.isEmpty() || clientId != m_config->oauthClientId) {
        return plainText(400, str("invalid_request: The `client_id` parameter does not match a known application."));
    }
    if (!isAcceptableRedirect(redirectUri)) {
        return plainText(400, str("invalid_request: The `redirect_uri` parameter does not match a valid url for the "
                                  "application."));
    }
    const bool oob = redirectUri == kOob;
    const QString state = param(query, "state");
    const auto refuse = [&](const char* error, const QString& description) {
        if (oob) {
            return html(400, str("Authorization failed"),
                        QStringLiteral("<p id=\"error\">") + str(error).toHtmlEscaped() + QStringLiteral(": ") +
                            description.toHtmlEscaped() + QStringLiteral("</p>"));
        }
        QList<QPair<QString, QString>> items{{str("error"), str(error)}, {str("error_description"), description}};
        if (!state.isEmpty()) {
            items.append({str("state"), state});
        }
        return redirect(redirectUri, items);
    };
    if (param(query, "response_type") != QLatin1String("code")) {
        return refuse("unsupported_response_type", str("Only the `code` response type is supported."));
    }
    if (state.isEmpty()) {
        return refuse("invalid_request", str("The `state` parameter is required."));
    }
    const QString challenge = param(query, "code_challenge");
    if (challenge.isEmpty() || param(query, "code_challenge_method") != QLatin1String("S256")) {
        return refuse("invalid_request", str("PKCE with code_challenge_method=S256 is required."));
    }

    const QString decision =
        param(query, "sim_auto_approve") == QLatin1String("1") ? str("allow") : param(query, "sim_decision");
    if (decision == QLatin1String("deny")) {
        return refuse("access_denied", str("The user denied access."));
    }
    if (decision != QLatin1String("allow")) {
        // The consent page: a form that comes back here with the same parameters and a decision.
        QString hidden;
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key.startsWith(QLatin1String("sim_"))) {
                continue;
            }
            hidden += QStringLiteral("<input type=\"hidden\" name=\"") + key.toHtmlEscaped() +
                      QStringLiteral("\" value=\"") + value.toHtmlEscaped() + QStringLiteral("\">");
        }
        const SimUser* me = m_world->user(m_world->meGid());
        const QString who = me ? me->name : str("you");
        return html(200, str("Authorize application"),
                    QStringLiteral("<h1>Asana (simulated)</h1><p>Signed in as ") + who.toHtmlEscaped() +
                        QStringLiteral(". Allow <b>") + clientId.toHtmlEscaped() +
                        QStringLiteral("</b> to access your account?</p>"
                                       "<form method=\"get\" action=\"/-/oauth_authorize\">") +
                        hidden +
                        QStringLiteral("<button type=\"submit\" name=\"sim_decision\" value=\"allow\">Allow</button> "
                                       "<button type=\"submit\" name=\"sim_decision\" value=\"deny\">Deny</button>"
                                       "</form>"));
    }

    const QString code = randomToken("simcode");
    m_codes.insert(code, PendingCode{redirectUri, challenge, m_world->meGid(),
                                     Clock::now() + m_config->authorizationCodeLifetime});
    qCDebug(lcSim) << "oauth: authorization code issued";
    if (oob) {
        return html(200, str("Authorization code"),
                    QStringLiteral("<p>Copy this code and paste it into the application:</p><p><code id=\"code\">") +
                        code + QStringLiteral("</code></p>"));
    }
    return redirect(redirectUri, {{str("code"), code}, {str("state"), state}});
}

SimResponse SimOAuth::tokenError(int status, const char* error, const QString& description)
{
    ++m_refused;
    const QJsonObject body{{str("error"), str(error)}, {str("error_description"), description}};
    return SimResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SimResponse SimOAuth::issue(const QString& userGid, const QString& refreshToken, bool includeRefresh)
{
    const SimUser* user = m_world->user(userGid);
    if (!user) {
        return tokenError(400, "invalid_grant", str("The user no longer exists."));
    }
    const QString access = randomToken("simat");
    m_accessTokens.insert(access, AccessToken{userGid, refreshToken, Clock::now() + m_config->accessTokenLifetime});
    QJsonObject body{{str("access_token"), access},
                     {str("expires_in"), qint64(m_config->accessTokenLifetime.count())},
                     {str("token_type"), str("bearer")},
                     {str("data"), QJsonObject{{str("id"), user->gid},
                                               {str("gid"), user->gid},
                                               {str("name"), user->name},
                                               {str("email"), user->email}}}};
    if (includeRefresh) {
        body.insert(str("refresh_token"), refreshToken);
    }
    return SimResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool SimOAuth::isRegisteredClient(const QUrlQuery& form) const
{
    return param(form, "client_id") == m_config->oauthClientId &&
           (m_config->oauthClientSecret.isEmpty() || param(form, "client_secret") == m_config->oauthClientSecret);
}

SimResponse SimOAuth::token(const SimRequest& request)
{
    const QUrlQuery form = parameters(request);
    if (!isRegisteredClient(form)) {
        return tokenError(401, "invalid_client", str("Unknown client or wrong client secret."));
    }
    const QString grantType = param(form, "grant_type");
    if (grantType == QLatin1String("authorization_code")) {
        // A code is good for one attempt, whatever its outcome.
        const auto pending = m_codes.find(param(form, "code"));
        if (pending == m_codes.end()) {
            return tokenError(400, "invalid_grant", str("The authorization code is unknown or was already used."));
        }
        const PendingCode code = *pending;
        m_codes.erase(pending);
        if (Clock::now() >= code.expiresAt) {
            return tokenError(400, "invalid_grant", str("The authorization code has expired."));
        }
        if (param(form, "redirect_uri") != code.redirectUri) {
            return tokenError(400, "invalid_grant",
                              str("The `redirect_uri` does not match the authorization request."));
        }
        const QString verifier = param(form, "code_verifier");
        if (verifier.isEmpty() || s256(verifier) != code.challenge) {
            return tokenError(400, "invalid_grant", str("The code_verifier does not match the code_challenge."));
        }
        const QString refresh = randomToken("simrt");
        m_refreshTokens.insert(refresh, code.userGid);
        m_grants[grantType] += 1;
        qCDebug(lcSim) << "oauth: authorization code exchanged";
        return issue(code.userGid, refresh, true);
    }
    if (grantType == QLatin1String("refresh_token")) {
        const QString refresh = param(form, "refresh_token");
        if (m_revoked.contains(refresh)) {
            return tokenError(400, "invalid_grant", str("The refresh token has been revoked."));
        }
        const auto it = m_refreshTokens.constFind(refresh);
        if (it == m_refreshTokens.constEnd()) {
            return tokenError(400, "invalid_grant", str("The refresh token is unknown."));
        }
        m_grants[grantType] += 1;
        qCDebug(lcSim) << "oauth: access token refreshed";
        return issue(*it, refresh, false);
    }
    return tokenError(400, "unsupported_grant_type", str("grant_type must be authorization_code or refresh_token."));
}

SimResponse SimOAuth::revoke(const SimRequest& request)
{
    const QUrlQuery form = parameters(request);
    if (!isRegisteredClient(form)) {
        return tokenError(401, "invalid_client", str("Unknown client or wrong client secret."));
    }
    const QString token = param(form, "token");
    if (token.isEmpty()) {
        return tokenError(400, "invalid_request", str("The `token` parameter is required."));
    }
    if (m_accessTokens.contains(token)) {
        return tokenError(400, "unsupported_token_type", str("Only refresh tokens can be revoked."));
    }
    // 200 also for unknown tokens (as at Asana: revoked, or not found).
    revokeRefreshToken(token);
    return SimResponse::json(200, QByteArrayLiteral("{}"));
}

void SimOAuth::revokeRefreshToken(const QString& token)
{
    if (m_refreshTokens.remove(token) == 0 || m_revoked.contains(token)) {
        return;
    }
    m_revoked.insert(token);
    m_revokedOrder.append(token);
    // Access tokens of the same grant go with it.
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it) {
        if (it->refreshToken == token) {
            it->expiresAt = Clock::now() - std::chrono::seconds(1);
        }
    }
    qCDebug(lcSim) << "oauth: refresh token revoked";
}

SimOAuth::TokenState SimOAuth::accessTokenState(const QString& token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd()) {
        return TokenState::Unknown;
    }
    return Clock::now() < it->expiresAt ? TokenState::Valid : TokenState::Expired;
}

void SimOAuth::expireAccessToken(const QString& token)
{
    if (auto it = m_accessTokens.find(token); it != m_accessTokens.end()) {
        it->expiresAt = Clock::now() - std::chrono::seconds(1);
    }
}

QStringList SimOAuth::issuedTokens() const
{
    // A revoked refresh token leaves m_refreshTokens for m_revokedOrder: each is listed once.
    return m_accessTokens.keys() + m_refreshTokens.keys() + m_revokedOrder;
}

void SimOAuth::expireAllAccessTokens()
{
    for (auto& token : m_accessTokens) {
        token.expiresAt = Clock::now() - std::chrono::seconds(1);
    }
}

} // namespace AsanaFeed::Sim
