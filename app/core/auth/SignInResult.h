// SignInResult: what a sign-in attempt (OAuth or personal access token) ends with — the
// credentials and the account they belong to, or why there are none.
#pragma once

#include "auth/TokenStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace AsanaFeed {

struct AccountInfo
{
    struct Workspace
    {
        QString gid;
        QString name;
        friend bool operator==(const Workspace&, const Workspace&) = default;
    };

    QString gid;
    QString name;
    QString email;
    QList<Workspace> workspaces; // empty when the source does not say (the OAuth token answer)
    QUrl photoUrl;               // empty when the person has no photo

    [[nodiscard]] bool isValid() const { return isValidGid(gid); }
    // Asana's gids are digits; anything that is not a plain identifier (it names a folder on
    // disk, accounts/<gid>/) is refused.
    [[nodiscard]] static bool isValidGid(const QString& gid);
    // From a user object (GET /users/me's data) or the token answer's data ({id, gid, name, email}).
    [[nodiscard]] static std::optional<AccountInfo> fromJson(const QJsonObject& user);
    // A user object in the API's shape (gid, name, email, photo, workspaces): fromJson() reads it back.
    [[nodiscard]] QJsonObject toJson() const;
    // "Ada Lovelace (ada@example.com)", or whichever of the two is known.
    [[nodiscard]] QString displayName() const;
    friend bool operator==(const AccountInfo&, const AccountInfo&) = default;
};

struct SignInResult
{
    enum class Failure {
        None,
        Denied,          // the person (or the server) refused authorization
        ExchangeRefused, // the token endpoint refused the code (or answered nonsense)
        TokenRejected,   // a personal access token the API does not accept
        TimedOut,
        Cancelled,
        Network, // no answer, or the loopback port could not be opened
    };

    Failure failure = Failure::None;
    QString message; // for a person; never contains a secret
    Credentials credentials;
    AccountInfo account;

    [[nodiscard]] bool ok() const { return failure == Failure::None; }
};

} // namespace AsanaFeed

Q_DECLARE_METATYPE(AsanaFeed::SignInResult)
