// AccountInfo: who an Asana user is, as the app remembers and shows them — from GET /users/me or
// an OAuth token answer. A value type: no secrets, nothing but what a person would read.
#pragma once

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

} // namespace AsanaFeed
