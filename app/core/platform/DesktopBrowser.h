// DesktopBrowser: opens a web page in the person's browser without QtGui, so that the terminal
// modes (asana-feed --sign-in) need no GUI library: xdg-open on Linux and other XDG desktops
// (DesktopBrowser_xdg.cpp; inside a Flatpak it goes through the desktop portal), `open` on macOS
// (DesktopBrowser_mac.cpp), the shell's "open" verb on Windows (DesktopBrowser_win.cpp). One of
// the three is built, by platform.
#pragma once

class QUrl;

namespace AsanaFeed::DesktopBrowser {

// Whether there is a desktop to show a browser on (a terminal over SSH has none).
[[nodiscard]] bool isAvailable();

// Hands `url` to the desktop's browser; false when that could not even be started. An http(s)
// URL only: anything else is refused, so that a server-sent link never runs a local program.
bool open(const QUrl& url);

} // namespace AsanaFeed::DesktopBrowser
