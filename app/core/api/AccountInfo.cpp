#include "api/AccountInfo.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace AsanaFeed {

bool AccountInfo::isValidGid(const QString& gid)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return plain.match(gid).hasMatch();
}

std::optional<AccountInfo> AccountInfo::fromJson(const QJsonObject& user)
{
    AccountInfo account;
    account.gid = user.value(QLatin1String("gid")).toString();
    if (account.gid.isEmpty()) {
        // The token answer's documented shape has only "id" (a string, or a number in older answers).
        const QJsonValue id = user.value(QLatin1String("id"));
        account.gid = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    }
    if (!isValidGid(account.gid)) {
        return std::nullopt; // it names a folder on disk: nothing but a plain identifier
    }
    account.name = user.value(QLatin1String("name")).toString();
    account.email = user.value(QLatin1String("email")).toString();
    const QJsonObject photo = user.value(QLatin1String("photo")).toObject();
    for (const char* size : {"image_128x128", "image_60x60", "image_36x36", "image_27x27", "image_21x21"}) {
        const QString url = photo.value(QLatin1String(size)).toString();
        if (!url.isEmpty()) {
            account.photoUrl = QUrl(url);
            break;
        }
    }
    for (const QJsonValue& value : user.value(QLatin1String("workspaces")).toArray()) {
        const QJsonObject workspace = value.toObject();
        const QString gid = workspace.value(QLatin1String("gid")).toString();
        if (!gid.isEmpty()) {
            account.workspaces.append({gid, workspace.value(QLatin1String("name")).toString()});
        }
    }
    return account;
}

QJsonObject AccountInfo::toJson() const
{
    QJsonObject user{{QStringLiteral("gid"), gid}, {QStringLiteral("name"), name}, {QStringLiteral("email"), email}};
    if (!photoUrl.isEmpty()) {
        user.insert(QStringLiteral("photo"),
                    QJsonObject{{QStringLiteral("image_128x128"), photoUrl.toString(QUrl::FullyEncoded)}});
    }
    QJsonArray list;
    for (const Workspace& workspace : workspaces) {
        list.append(QJsonObject{{QStringLiteral("gid"), workspace.gid}, {QStringLiteral("name"), workspace.name}});
    }
    user.insert(QStringLiteral("workspaces"), list);
    return user;
}

QString AccountInfo::displayName() const
{
    if (name.isEmpty()) {
        return email.isEmpty() ? gid : email;
    }
    return email.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, email);
}

} // namespace AsanaFeed
