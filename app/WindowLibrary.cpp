#include "WindowLibrary.h"

#include "Launch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLibrary>

namespace AsanaFeed::WindowLibrary {

namespace {

constexpr auto baseName = "asana-feed-window";

} // namespace

QStringList candidates()
{
    const QString name = QLatin1String(baseName);
    const QString directory = executableDirectory();
    if (directory.isEmpty()) {
        return {name}; // the system's library search (on Windows, the program's folder first)
    }
    const QDir here(directory);
    QStringList paths{here.filePath(name)}; // the build tree, and Windows' installed layout
#ifdef ASANAFEED_WINDOW_LIBRARY_DIR
    // The installed layout relative to the program (set by app/CMakeLists.txt).
    paths.append(
        QDir::cleanPath(here.filePath(QStringLiteral(ASANAFEED_WINDOW_LIBRARY_DIR) + QLatin1Char('/') + name)));
#endif
    return paths;
}

int run(int* argc, char** argv, const QElapsedTimer& sinceMain)
{
    QStringList errors;
    for (const QString& path : candidates()) {
        // Loaded for good: the process ends with the window, and the library's objects live until then.
        QLibrary library(path);
        const auto entry = reinterpret_cast<Entry>(library.resolve(entryPoint));
        if (entry != nullptr) {
            return entry(argc, argv, &sinceMain);
        }
        errors.append(library.errorString());
    }
    Launch::printError(QCoreApplication::translate("main", "cannot load the window library (%1): the installation "
                                                           "is incomplete; reinstall Asana Feed")
                           .arg(errors.join(QLatin1String("; "))));
    return 1;
}

} // namespace AsanaFeed::WindowLibrary
