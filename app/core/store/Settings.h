// Settings: the one typed front for everything the app remembers between runs that is not a
// secret (secrets live in the keychain, never here). Backed by an injected QSettings.
#pragma once

#include "api/AccountInfo.h"
#include "store/FilterState.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTime>
#include <QUrl>

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

    // --- notifications
    // Whether new activity is notified at all.
    [[nodiscard]] bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    // Notifications paused until then; invalid: not paused. pauseNotificationsUntilResumed()
    // pauses with no end (notificationsPausedUntil() is then QDateTime's far future).
    [[nodiscard]] QDateTime notificationsPausedUntil() const;
    void setNotificationsPausedUntil(const QDateTime& until);
    void pauseNotificationsUntilResumed();
    [[nodiscard]] bool notificationsPausedUntilResumed() const;
    // Quiet hours, local time, [from, to): nothing is notified then. Off: both invalid.
    [[nodiscard]] bool quietHoursEnabled() const;
    [[nodiscard]] QTime quietFrom() const; // 22:00 unless set
    [[nodiscard]] QTime quietTo() const;   // 08:00 unless set
    void setQuietHours(bool enabled, const QTime& from, const QTime& to);
    // The subscriptions whose every event notifies (the others: what involves the person; the
    // muted ones, kept in the history's store: nothing).
    [[nodiscard]] QSet<QString> notifyAllActivity() const;
    void setNotifyAllActivity(const QString& subscription, bool all);
    // A short sound with each notification, at a volume of 0…100.
    [[nodiscard]] bool notificationSound() const;
    void setNotificationSound(bool enabled);
    [[nodiscard]] int notificationVolume() const;
    void setNotificationVolume(int volume);
    // What clicking a notification does.
    enum class NotificationClick { ShowInFeed, OpenInAsana };
    [[nodiscard]] NotificationClick notificationClick() const;
    void setNotificationClick(NotificationClick click);
    // The newest event (store id) of `accountGid`'s history that was notified or passed over:
    // nothing at or below it is notified again, across restarts. 0: none yet.
    [[nodiscard]] qint64 lastNotifiedEvent(const QString& accountGid) const;
    void setLastNotifiedEvent(const QString& accountGid, qint64 id);

    // --- appearance
    enum class ColorScheme { System, Light, Dark };
    [[nodiscard]] ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);
    // Rows of one line less padding.
    [[nodiscard]] bool compactRows() const;
    void setCompactRows(bool compact);
    // The language the app speaks ("de", "fr", "en"); empty: the system's. Read at start-up.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& language);

    // --- behaviour
    // Closing the window keeps the app in the tray (where there is one).
    [[nodiscard]] bool closeToTray() const;
    void setCloseToTray(bool enabled);
    // Whether the person was told once that closing the window keeps the app in the tray.
    [[nodiscard]] bool closeToTrayHintShown() const;
    void setCloseToTrayHintShown(bool shown);
    // A start at login starts in the tray, without the window.
    [[nodiscard]] bool startMinimized() const;
    void setStartMinimized(bool minimized);
    // Opening an event in Asana marks it done.
    [[nodiscard]] bool doneOnOpen() const;
    void setDoneOnOpen(bool done);

    // --- advanced
    // The API the account talks to, for testing against the simulator: https, or http on a
    // loopback address only. Empty: Asana's own. Any other URL is refused (false).
    [[nodiscard]] QUrl apiBaseUrl() const;
    bool setApiBaseUrl(const QUrl& url);
    [[nodiscard]] static bool isAcceptableApiBaseUrl(const QUrl& url);

signals:
    void changed();

private:
    [[nodiscard]] bool flag(const QString& key, bool fallback) const;
    void setFlag(const QString& key, bool value, bool fallback);

    QSettings* m_backend = nullptr;
};

} // namespace AsanaFeed
