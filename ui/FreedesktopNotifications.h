// FreedesktopNotifications: the desktop's own notification service on the session bus
// (org.freedesktop.Notifications, the Desktop Notifications Specification), called directly so
// that clicks and actions come back reliably. It asks the service what it can do (actions, body
// markup — text from Asana is escaped where the body would be read as markup), keeps at most a
// few of the app's notifications on screen (the oldest is closed), and says which one was
// clicked. Linux only (FreedesktopNotifications_linux.cpp, Qt DBus); on other systems the other
// file says the service is unavailable and nothing touches DBus.
#pragma once

#include "notify/NotificationBatcher.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace AsanaFeed {

class FreedesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifications)

public:
    enum class Status {
        Unknown,     // asked, no answer yet
        Available,   // the service answered: notices go there
        Unavailable, // no session bus, no service, or it failed to answer
    };

    static constexpr const char* service = "org.freedesktop.Notifications";
    // The app's notifications kept on screen at once; a newer one closes the oldest.
    static constexpr int maxOnScreen = 3;

    explicit FreedesktopNotifications(QObject* parent = nullptr);
    ~FreedesktopNotifications() override;

    [[nodiscard]] Status status() const { return m_status; }
    // What the service said it can do (GetCapabilities).
    [[nodiscard]] QStringList capabilities() const { return m_capabilities; }
    // An image shown with each notification (the app's icon); null: the icon name only.
    void setImage(const QImage& image) { m_image = image; }

    // Shows `notice`: "Show" as its default action, and "Open in Asana" when `openable`.
    // `silent`: the app plays its own sound (the service is asked not to).
    void show(const Notice& notice, bool openable, bool silent);

    // Markup-significant characters as entities: what Asana sent stays plain text.
    [[nodiscard]] static QString escapeMarkup(const QString& text);

signals:
    void statusChanged(AsanaFeed::FreedesktopNotifications::Status status);
    // A notification was clicked (`openInAsana`: its "Open in Asana" action).
    void activated(qint64 eventId, bool openInAsana);
    // The service took a notice (its id there): tests wait for this.
    void shown(qint64 eventId, uint id);

private slots:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    struct Shown
    {
        uint id = 0;
        qint64 eventId = 0;
    };

    void query();
    void setStatus(Status status);
    void closeOldest();

    Status m_status = Status::Unavailable;
    QStringList m_capabilities;
    QImage m_image;
    QList<Shown> m_shown; // oldest first
};

} // namespace AsanaFeed
