#include "auth/OAuthClient.h"

namespace AsanaFeed {

OAuthClient OAuthClient::resolve(const Sources& sources)
{
    OAuthClient client;
    client.port = sources.settingsPort;
    client.callbackPath = sources.settingsCallbackPath;
    client.id = sources.environmentId.trimmed();
    client.secret = sources.environmentSecret.trimmed();
    if (client.id.isEmpty()) {
        client.id = sources.settingsId.trimmed();
    }
    if (client.id.isEmpty()) {
        client.id = sources.builtInId;
    }
    // The built-in secret goes with the built-in client only: never to a client named elsewhere.
    if (client.secret.isEmpty() && !client.id.isEmpty() && client.id == sources.builtInId) {
        client.secret = sources.builtInSecret;
    }
    return client;
}

} // namespace AsanaFeed
