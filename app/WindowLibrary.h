// WindowLibrary: the window modes (the feed window, --demo) live in a library of their own,
// asana-feed-window, which is the only part of the app that links Qt Widgets and Qt Gui. The
// program loads it only for those modes, so the terminal modes (--follow, --export, --sign-in)
// never map the GUI libraries: they start faster and use a fraction of the memory. It is looked
// for beside the program, then where the installed layout puts it (lib/asana-feed on Linux, the
// bundle's PlugIns folder on macOS).
#pragma once

#include <QString>
#include <QStringList>

class QElapsedTimer;

namespace AsanaFeed::WindowLibrary {

// The entry point the library exports, by this name: it builds the QApplication and runs the
// window until it closes, and returns the process's exit code.
constexpr auto entryPoint = "asanafeed_run_window";
using Entry = int (*)(int* argc, char** argv, const QElapsedTimer* sinceMain);

// Where the library is looked for, in order (file names without the platform's suffix).
[[nodiscard]] QStringList candidates();

// Loads the library and runs the window; a library that cannot be found or loaded is said on
// stderr (with what the system said) and the exit code is 1.
int run(int* argc, char** argv, const QElapsedTimer& sinceMain);

// The folder of the running program, read from the system (no QCoreApplication is needed):
// one file per platform, ExecutablePath_<os>.cpp. Empty where it cannot be told.
[[nodiscard]] QString executableDirectory();

} // namespace AsanaFeed::WindowLibrary
