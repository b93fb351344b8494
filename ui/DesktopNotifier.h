// DesktopNotifier: shows NotificationCenter's notices the way the desktop does. On Linux, where
// the desktop's notification service is on the session bus, it goes there directly
// (FreedesktopNotifications: reliable clicks, a "Show" and an "Open in Asana" action); elsewhere,
// or when no service answers, through the tray icon the owner hands in
// (QSystemTrayIcon::showMessage; a click on the message means its notice). With the setting on,
// a short chime of the app's own plays at the set volume; a sound that fails never stops a notice.
#pragma once

#include "notify/NotificationBatcher.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>

class QSoundEffect;

namespace AsanaFeed {

class FreedesktopNotifications;
class Settings;

class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Route {
        Pending,  // the notification service was asked and has not answered yet
        Service,  // org.freedesktop.Notifications
        TrayIcon, // QSystemTrayIcon::showMessage
    };

    // Notices arriving while the service has not answered yet wait for it, at most this many.
    static constexpr int maxWaiting = 5;

    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // The tray icon messages are shown on where there is no notification service (may be null:
    // then there is nowhere to show them). Not owned.
    void setTrayIcon(QSystemTrayIcon* tray);
    // Where the sound and its volume are chosen; null: no sound.
    void setSettings(Settings* settings) { m_settings = settings; }
    // The app's icon, shown with each notice.
    void setIcon(const QIcon& icon);
    // False: no "Open in Asana" (the demo's tasks are not in Asana).
    void setLinksOpen(bool open) { m_linksOpen = open; }

    [[nodiscard]] Route route() const;
    // The chime as played (its status says whether it loaded); null until a sound was wanted.
    [[nodiscard]] QSoundEffect* soundEffect() const { return m_sound; }
    [[nodiscard]] FreedesktopNotifications* service() const { return m_service; }

public slots:
    void show(const AsanaFeed::Notice& notice);
    // The chime alone at `volume` (0…100), to try it (the settings' Play button).
    void playSample(int volume);

signals:
    // A notice was clicked: show the event (`openInAsana` false: as the settings say) or open it
    // in Asana (its "Open in Asana" action).
    void activated(qint64 eventId, bool openInAsana);

private:
    void present(const Notice& notice);
    void playSound();

    FreedesktopNotifications* m_service = nullptr;
    QPointer<QSystemTrayIcon> m_tray;
    Settings* m_settings = nullptr;
    QIcon m_icon;
    bool m_linksOpen = true;
    QList<Notice> m_waiting; // for the service's first answer
    qint64 m_lastTrayEvent = 0;
    QSoundEffect* m_sound = nullptr;
};

} // namespace AsanaFeed
