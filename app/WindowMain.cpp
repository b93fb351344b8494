// The window library's entry point (WindowLibrary.h): the window modes — the feed window and
// --demo — with a QApplication. The program (main.cpp) has parsed the command line once already
// and installed the logging filters; this builds the rest.
#include "Application.h"
#include "FeedView.h"
#include "Launch.h"
#include "MainWindow.h"
#include "StartupReport.h"
#include "WindowLibrary.h"
#include "cli/CommandLine.h"
#include "cli/FollowCommand.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <memory>

using namespace AsanaFeed;

namespace {

int runWindow(const CommandLine& commandLine, const QElapsedTimer& sinceMain)
{
    Application::Options options;
    options.demo = commandLine.mode == CommandLine::Mode::Demo;
    options.minimized = commandLine.minimized;
    if (!options.demo) {
        // ASANA_TOKEN wins for this run; otherwise the signed-in account (its keychain entry).
        options.token = qEnvironmentVariable("ASANA_TOKEN").trimmed();
        options.subscriptions = commandLine.subscribeGids;
        options.baseUrl = commandLine.baseUrl;
        options.statePath = commandLine.statePath;
        options.interval = commandLine.interval;
        options.requestsPerMinute = commandLine.requestsPerMinute;
        options.keychainService = Launch::keychainService();
        const OAuthClient client = Launch::oauthClient();
        options.clientId = client.id;
        options.clientSecret = client.secret;
        options.oauthPort = client.port;
        options.oauthCallbackPath = client.callbackPath;
        options.openUrl = Launch::openInBrowser;
    }
    auto application = std::make_unique<Application>(options);
    if (!application->start()) {
        Launch::printError(application->error());
        return 1;
    }
    std::unique_ptr<StartupReport> startupReport;
    if (StartupReport::isRequested()) {
        startupReport = std::make_unique<StartupReport>(sinceMain, application->window()->feedView());
    }
    const int code = QCoreApplication::exec();
    const bool restart = application->isRestartRequested();
    startupReport.reset();
    application.reset(); // the history closed and the settings written before the next run reads them
    if (restart) {
        // The same run again (the settings asked, for a new language), with its window shown.
        QStringList arguments = QCoreApplication::arguments().mid(1);
        arguments.removeAll(QStringLiteral("--minimized"));
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
            Launch::printError(QCoreApplication::translate("main", "cannot start again; start Asana Feed yourself"));
            return 1;
        }
    }
    return code;
}

} // namespace

extern "C" Q_DECL_EXPORT int asanafeed_run_window(int* argc, char** argv, const QElapsedTimer* sinceMain)
{
    // The entry point's type is the one the program calls it through.
    [[maybe_unused]] constexpr WindowLibrary::Entry checkedType = &asanafeed_run_window;
    QApplication app(*argc, argv);
    Launch::setUp(&app);
    // The installed desktop entry's name (the app id): Wayland's app id, and what the desktop
    // matches windows and notifications to, for the icon and the name in its switcher.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.asana_feed.AsanaFeed"));
    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    if (!commandLine.isValid()) {
        Launch::printError(commandLine.error);
        return FollowCommand::Usage;
    }
    return runWindow(commandLine, *sinceMain);
}
