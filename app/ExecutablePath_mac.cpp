// WindowLibrary::executableDirectory() on macOS: dyld's path of the main executable (inside the
// bundle, Contents/MacOS).
#include "WindowLibrary.h"

#include <QFileInfo>

#include <cstdint>
#include <mach-o/dyld.h>
#include <vector>

namespace AsanaFeed::WindowLibrary {

QString executableDirectory()
{
    std::uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size); // asks for the size
    std::vector<char> buffer(size + 1, '\0');
    if (_NSGetExecutablePath(buffer.data(), &size) != 0) {
        return {};
    }
    const QString program = QFileInfo(QString::fromUtf8(buffer.data())).canonicalFilePath();
    return program.isEmpty() ? QString() : QFileInfo(program).absolutePath();
}

} // namespace AsanaFeed::WindowLibrary
