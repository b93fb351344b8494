// WindowLibrary::executableDirectory() on Windows: the module file name of the program itself.
#include "WindowLibrary.h"

#include <QDir>
#include <QFileInfo>
#include <qt_windows.h>

#include <vector>

namespace AsanaFeed::WindowLibrary {

QString executableDirectory()
{
    std::vector<wchar_t> buffer(MAX_PATH);
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
        if (length == 0) {
            return {};
        }
        if (length < buffer.size()) {
            const QString program = QDir::fromNativeSeparators(QString::fromWCharArray(buffer.data(), length));
            return QFileInfo(program).absolutePath();
        }
        buffer.resize(buffer.size() * 2); // truncated: a longer path than MAX_PATH
    }
}

} // namespace AsanaFeed::WindowLibrary
