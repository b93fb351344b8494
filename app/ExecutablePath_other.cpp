// WindowLibrary::executableDirectory() elsewhere: not told, so the window library is looked for
// by the system's own library search.
#include "WindowLibrary.h"

namespace AsanaFeed::WindowLibrary {

QString executableDirectory()
{
    return {};
}

} // namespace AsanaFeed::WindowLibrary
