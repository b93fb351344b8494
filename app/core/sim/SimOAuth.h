// SimOAuth: the simulator's OAuth 2.0 authorization server — the consent page at
// /-/oauth_authorize (PKCE S256 required, loopback or out-of-band redirects), the code and
// refresh grants at /-/oauth_token and /-/oauth_revoke — and the ledger of the access tokens it
// issued, which SimServer consults for bearer auth. It never logs a token.
#pragma once

#include "SimHttp.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>

namespace AsanaFeed::Sim {

class SimWorld;
struct SimConfig;

class SimOAuth final
{
public:
    using Clock = std::chrono::steady_clock;

    explicit SimOAuth(SimWorld* world, const SimConfig* config);

    // True for requests this class answers (paths under /-/).
    [[nodiscard]] static bool handles(const SimRequest& request);
    [[nodiscard]] SimResponse handle(const SimRequest& request);

    enum class TokenState { Unknown, Valid, Expired };
    // What the ledger knows about a bearer token.
    [[nodiscard]] TokenState accessTokenState(const QString& token) const;

    // Test hooks.
    void expireAccessToken(const QString& token);
    void expireAllAccessTokens();
    // As /-/oauth_revoke does: the refresh token and the access tokens of its grant stop working.
    void revokeRefreshToken(const QString& token);
    [[nodiscard]] bool isRefreshTokenRevoked(const QString& token) const { return m_revoked.contains(token); }
    [[nodiscard]] QStringList revokedRefreshTokens() const { return m_revokedOrder; }
    // Successful grants so far, by grant type ("authorization_code", "refresh_token").
    [[nodiscard]] int grantCount(const QString& grantType) const { return m_grants.value(grantType); }
    // Every access and refresh token issued so far (for tests that look for leaked secrets).
    [[nodiscard]] QStringList issuedTokens() const;
    // Token requests refused so far (any reason).
    [[nodiscard]] int refusedTokenRequests() const { return m_refused; }

    // "urn:ietf:wg:oauth:2.0:oob", or an http URL to a loopback host.
    [[nodiscard]] static bool isAcceptableRedirect(const QString& redirectUri);

private:
    struct PendingCode
    {
        QString redirectUri;
        QString challenge;
        QString userGid;
        Clock::time_point expiresAt;
    };
    struct AccessToken
    {
        QString userGid;
        QString refreshToken; // the refresh token it came from
        Clock::time_point expiresAt;
    };

    SimResponse authorize(const SimRequest& request);
    SimResponse token(const SimRequest& request);
    SimResponse revoke(const SimRequest& request);
    // The form names the one registered client (and its secret, when it has one).
    [[nodiscard]] bool isRegisteredClient(const QUrlQuery& form) const;
    SimResponse tokenError(int status, const char* error, const QString& description);
    SimResponse issue(const QString& userGid, const QString& refreshToken, bool includeRefresh);

    SimWorld* m_world = nullptr;
    const SimConfig* m_config = nullptr;
    QHash<QString, PendingCode> m_codes;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, QString> m_refreshTokens; // token -> user gid
    QSet<QString> m_revoked;
    QStringList m_revokedOrder;
    QHash<QString, int> m_grants;
    int m_refused = 0;
};

} // namespace AsanaFeed::Sim
