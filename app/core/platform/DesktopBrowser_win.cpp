// DesktopBrowser on Windows: ShellExecuteW with the "open" verb, which starts the default browser
// for an http(s) URL (as Qt's QDesktopServices does).
#include "platform/DesktopBrowser.h"

#include <QUrl>
#include <qt_windows.h>

#include <shellapi.h>
#include <string>

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
    const std::wstring target = url.toString(QUrl::FullyEncoded).toStdWString();
    // ShellExecute returns a value above 32 on success (an HINSTANCE for compatibility).
    const auto result =
        reinterpret_cast<INT_PTR>(ShellExecuteW(nullptr, L"open", target.c_str(), nullptr, nullptr, SW_SHOWNORMAL));
    return result > 32;
}

} // namespace AsanaFeed::DesktopBrowser
