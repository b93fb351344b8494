// SimConfig: the simulator's knobs — who may call it, how fast, how long sync tokens live.
#pragma once

#include <QSet>
#include <QString>

#include <chrono>

namespace AsanaFeed::Sim {

struct SimConfig
{
    // Bearer tokens the server accepts; empty means any non-empty bearer token.
    QSet<QString> acceptedTokens;
    int rateLimitRequests = 1500;
    std::chrono::milliseconds rateLimitWindow{std::chrono::seconds(60)};
    std::chrono::seconds tokenTtl{std::chrono::hours(24)};
    int eventsPageSize = 100;
    qint64 maxBodyBytes = 1024 * 1024;
    // GET /workspaces/{gid}/events answers (the token is an Enterprise+ service account's);
    // otherwise it is refused with 403, as for any other account.
    bool workspaceEvents = false;
    // The unauthenticated /_sim/* endpoints for out-of-process tools.
    bool controlEndpoints = true;

    // OAuth (/-/oauth_authorize, /-/oauth_token, /-/oauth_revoke): the one registered client.
    // A non-empty secret must then be sent with token and revoke requests.
    QString oauthClientId = QStringLiteral("asanafeed-sim");
    QString oauthClientSecret;
    std::chrono::seconds accessTokenLifetime{3600};
    std::chrono::seconds authorizationCodeLifetime{600};
};

} // namespace AsanaFeed::Sim
