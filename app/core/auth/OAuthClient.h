// OAuthClient: which OAuth app this copy signs in with, and where its registered redirect points.
// Looked up in one order everywhere (the window and the terminal): the environment for one run
// (ASANA_CLIENT_ID, and ASANA_CLIENT_SECRET where the app requires it), else the client id in the
// settings, else the one built in (-DASANAFEED_OAUTH_CLIENT_ID, with its own secret if one was
// built in too). The redirect's port and path come from the settings.
#pragma once

#include <QString>

namespace AsanaFeed {

struct OAuthClient
{
    QString id;     // empty: no OAuth app; only personal access tokens
    QString secret; // only where the registered app requires it
    quint16 port = 8723;
    QString callbackPath = QStringLiteral("/callback");

    struct Sources
    {
        QString environmentId;
        QString environmentSecret;
        QString settingsId;
        quint16 settingsPort = 8723;
        QString settingsCallbackPath = QStringLiteral("/callback");
        QString builtInId;
        QString builtInSecret;
    };
    [[nodiscard]] static OAuthClient resolve(const Sources& sources);
};

} // namespace AsanaFeed
