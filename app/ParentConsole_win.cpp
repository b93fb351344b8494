// Windows (chosen by CMake): the console of the process that started this one, for the standard
// streams that were not handed in (a pipe or a file stays as it is).
#include "ParentConsole.h"

#include <QtCore/qt_windows.h>

#include <cstdio>

namespace AsanaFeed::ParentConsole {

namespace {

bool isHandedIn(DWORD stream)
{
    const HANDLE handle = GetStdHandle(stream);
    return handle != nullptr && handle != INVALID_HANDLE_VALUE;
}

} // namespace

void attach()
{
    const bool input = isHandedIn(STD_INPUT_HANDLE);
    const bool output = isHandedIn(STD_OUTPUT_HANDLE);
    const bool error = isHandedIn(STD_ERROR_HANDLE);
    if ((input && output && error) || !AttachConsole(ATTACH_PARENT_PROCESS)) {
        return; // everything redirected, or not started from a console
    }
    FILE* reopened = nullptr;
    if (!output) {
        freopen_s(&reopened, "CONOUT$", "w", stdout);
    }
    if (!error) {
        freopen_s(&reopened, "CONOUT$", "w", stderr);
    }
    if (!input) {
        freopen_s(&reopened, "CONIN$", "r", stdin);
    }
}

} // namespace AsanaFeed::ParentConsole
