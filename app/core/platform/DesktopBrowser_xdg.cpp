// DesktopBrowser on Linux and other XDG desktops: xdg-open, what the desktop's own programs use
// (https://portland.freedesktop.org/doc/xdg-open.html).
#include "platform/DesktopBrowser.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace AsanaFeed::DesktopBrowser {

bool isAvailable()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

bool open(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return false;
    }
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
}

} // namespace AsanaFeed::DesktopBrowser
