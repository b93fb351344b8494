// DesktopBrowser on macOS: open(1), which asks Launch Services for the default browser.
#include "platform/DesktopBrowser.h"

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace AsanaFeed::DesktopBrowser {

bool isAvailable()
{
    return true;
}

bool open(const QUrl& url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return false;
    }
    return QProcess::startDetached(QStringLiteral("/usr/bin/open"), {url.toString(QUrl::FullyEncoded)});
}

} // namespace AsanaFeed::DesktopBrowser
