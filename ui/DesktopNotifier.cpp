#include "DesktopNotifier.h"

#include "FreedesktopNotifications.h"
#include "store/Settings.h"
#include "util/Logging.h"

#include <QAudio>
#include <QSoundEffect>
#include <QUrl>

namespace AsanaFeed {

namespace {
// How long a tray message stays (where the platform lets the app say).
constexpr int trayMessageMs = 10000;
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
    , m_service(new FreedesktopNotifications(this))
{
    connect(m_service, &FreedesktopNotifications::activated, this, &DesktopNotifier::activated);
    connect(m_service, &FreedesktopNotifications::statusChanged, this, [this] {
        if (route() == Route::Pending) {
            return;
        }
        // The service answered (or will not): what waited for it is shown now.
        const QList<Notice> waiting = std::exchange(m_waiting, {});
        for (const Notice& notice : waiting) {
            present(notice);
        }
    });
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon* tray)
{
    if (m_tray) {
        disconnect(m_tray, nullptr, this, nullptr);
    }
    m_tray = tray;
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastTrayEvent > 0) {
                emit activated(m_lastTrayEvent, false);
            }
        });
    }
}

void DesktopNotifier::setIcon(const QIcon& icon)
{
    m_icon = icon;
    m_service->setImage(icon.isNull() ? QImage() : icon.pixmap(64, 64).toImage());
}

DesktopNotifier::Route DesktopNotifier::route() const
{
    switch (m_service->status()) {
    case FreedesktopNotifications::Status::Unknown:
        return Route::Pending;
    case FreedesktopNotifications::Status::Available:
        return Route::Service;
    case FreedesktopNotifications::Status::Unavailable:
        break;
    }
    return Route::TrayIcon;
}

void DesktopNotifier::show(const Notice& notice)
{
    if (route() == Route::Pending) {
        m_waiting.append(notice);
        while (m_waiting.size() > maxWaiting) {
            m_waiting.removeFirst(); // the newest matter most
        }
        return;
    }
    present(notice);
}

void DesktopNotifier::present(const Notice& notice)
{
    const bool sound = m_settings && m_settings->notificationSound();
    if (route() == Route::Service) {
        m_service->show(notice, m_linksOpen, sound);
    } else if (m_tray) {
        m_lastTrayEvent = notice.eventId;
        if (m_icon.isNull()) {
            m_tray->showMessage(notice.title, notice.body, QSystemTrayIcon::Information, trayMessageMs);
        } else {
            m_tray->showMessage(notice.title, notice.body, m_icon, trayMessageMs);
        }
    } else {
        qCInfo(lcFeed) << "a notification had nowhere to go: no notification service and no tray icon";
        return;
    }
    if (sound) {
        playSound();
    }
}

void DesktopNotifier::playSound()
{
    playSample(m_settings ? m_settings->notificationVolume() : 60);
}

void DesktopNotifier::playSample(int volume)
{
    if (!m_sound) {
        m_sound = new QSoundEffect(this);
        m_sound->setSource(QUrl(QStringLiteral("qrc:/asanafeed/sounds/notification.wav")));
    }
    // The setting is what a person hears as loudness; the sound takes a linear factor.
    const float loudness = float(std::clamp(volume, 0, 100)) / 100.0F;
    m_sound->setVolume(QAudio::convertVolume(loudness, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale));
    // No audio device, no backend: the notice was shown all the same.
    m_sound->play();
}

} // namespace AsanaFeed
