// Windows and macOS have no freedesktop notification service: notices go through the tray icon
// (DesktopNotifier), and nothing here touches DBus.
#include "FreedesktopNotifications.h"

namespace AsanaFeed {

FreedesktopNotifications::FreedesktopNotifications(QObject* parent)
    : QObject(parent)
{}

FreedesktopNotifications::~FreedesktopNotifications() = default;

void FreedesktopNotifications::setStatus(Status status)
{
    m_status = status;
}

void FreedesktopNotifications::query() {}

QString FreedesktopNotifications::escapeMarkup(const QString& text)
{
    return text;
}

void FreedesktopNotifications::show(const Notice& /*notice*/, bool /*openable*/, bool /*silent*/) {}

void FreedesktopNotifications::closeOldest() {}

void FreedesktopNotifications::onActionInvoked(uint /*id*/, const QString& /*action*/) {}

void FreedesktopNotifications::onClosed(uint /*id*/, uint /*reason*/) {}

} // namespace AsanaFeed
