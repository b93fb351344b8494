// DockPresence: whether the app shows in the Dock (macOS) while only its tray icon is left. With
// the window closed the app is a menu-bar accessory, like other status-item apps; opening the
// window brings the Dock icon (and the app menu) back. On Windows and Linux a hidden window has
// no taskbar button already: nothing to do there (DockPresence_other.cpp).
#pragma once

namespace AsanaFeed::DockPresence {

void setShownInDock(bool shown);

} // namespace AsanaFeed::DockPresence
