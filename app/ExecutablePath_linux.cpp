// WindowLibrary::executableDirectory() on Linux: the kernel's link to the running program.
#include "WindowLibrary.h"

#include <QFileInfo>

namespace AsanaFeed::WindowLibrary {

QString executableDirectory()
{
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return program.isEmpty() ? QString() : QFileInfo(program).absolutePath();
}

} // namespace AsanaFeed::WindowLibrary
