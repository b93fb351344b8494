// Settings: the one typed front for everything the app remembers between runs that is not a
// secret (secrets live in the keychain, never here). Backed by an injected QSettings.
#pragma once

#include "api/AccountInfo.h"
#include "store/FilterState.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <optional>

class QSettings;

namespace AsanaFeed {

class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    static constexpr int defaultRetentionDays = 30;
    static constexpr std::chrono::seconds defaultPollInterval{10};

    // `backend` must outlive this object.
    explicit Settings(QSettings* backend, QObject* parent = nullptr);

    // How many days of history the local store keeps (1…3650).
    [[nodiscard]] int retentionDays() const;
    void setRetentionDays(int days);

    // The account's request budget: Asana allows 150 requests a minute on free plans, 1,500 on
    // paid ones (1…1500).
    static constexpr int defaultRequestsPerMinute = 150;
    [[nodiscard]] int requestsPerMinute() const;
    void setRequestsPerMinute(int requests);

    // How long to wait between polls of a subscription that is caught up.
    [[nodiscard]] std::chrono::milliseconds pollInterval() const;
    void setPollInterval(std::chrono::milliseconds interval);

    // The feed's filter as the person left it.
    [[nodiscard]] FilterState filterState() const;
    void setFilterState(const FilterState& filter);

    // The window's geometry (QWidget::saveGeometry()), opaque.
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    // The signed-in account as last seen — who, never a secret (the keychain holds those under
    // its gid). None when nobody is signed in.
    [[nodiscard]] std::optional<AccountInfo> account() const;
    void setAccount(const AccountInfo& account);
    void clearAccount();

    // The OAuth app this copy signs in with (a client id is public; the client secret is never
    // kept here). Empty: none configured here.
    [[nodiscard]] QString oauthClientId() const;
    void setOAuthClientId(const QString& clientId);
    // Where the browser comes back to, http://127.0.0.1:<port><path>: it must be the redirect
    // URL registered for the app, character for character.
    [[nodiscard]] quint16 oauthRedirectPort() const;
    void setOAuthRedirectPort(quint16 port);
    [[nodiscard]] QString oauthCallbackPath() const;
    void setOAuthCallbackPath(const QString& path);

signals:
    void changed();

private:
    QSettings* m_backend = nullptr;
};

} // namespace AsanaFeed
