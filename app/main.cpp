// asana-feed: picks the mode from the command line and builds what that mode needs.
#include "cli/CommandLine.h"
#include "cli/ExportCommand.h"
#include "cli/FollowCommand.h"
#include "cli/TerminationSignals.h"
#include "store/EventStore.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>

using namespace AsanaFeed;

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "asana-feed: %s\n", message.toLocal8Bit().constData());
}

// Opens --state FILE; a damaged file is set aside (said once on stderr) and a new one started.
bool openState(EventStore& store, const QString& path)
{
    if (!store.open(path)) {
        printError(QCoreApplication::translate("main", "cannot use the state file: %1").arg(store.lastError()));
        return false;
    }
    if (!store.recoveryNotice().isEmpty()) {
        printError(store.recoveryNotice());
    }
    return true;
}

int runExport(const CommandLine& commandLine)
{
    if (!QFileInfo::exists(commandLine.statePath)) {
        printError(QCoreApplication::translate("main", "no such state file: %1").arg(commandLine.statePath));
        return FollowCommand::Usage;
    }
    EventStore store;
    if (!openState(store, commandLine.statePath)) {
        return FollowCommand::Usage;
    }
    if (!exportHistory(store, stdout)) {
        printError(QCoreApplication::translate("main", "the export could not be written"));
        return FollowCommand::OutputFailed;
    }
    return 0;
}

int runFollow(const CommandLine& commandLine)
{
    FollowCommand::Options options;
    options.resourceGids = commandLine.followGids;
    options.baseUrl = commandLine.baseUrl;
    options.interval = commandLine.interval;
    options.token = qEnvironmentVariable("ASANA_TOKEN").trimmed();
    if (options.token.isEmpty()) {
        printError(QCoreApplication::translate("main", "no token: set the ASANA_TOKEN environment variable"));
        return FollowCommand::Usage;
    }

    EventStore store;
    if (!commandLine.statePath.isEmpty()) {
        if (!openState(store, commandLine.statePath)) {
            return FollowCommand::Usage;
        }
        QSettings backend;
        store.startRetention(Settings(&backend).retentionDays());
    }

    QNetworkAccessManager network;
    FollowCommand follow(options, &network, store.isOpen() ? &store : nullptr, stdout, stderr);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &follow, &FollowCommand::stop);
    QObject::connect(&follow, &FollowCommand::finished, qApp, &QCoreApplication::exit);
    follow.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AsanaFeed"));
    QCoreApplication::setApplicationName(QStringLiteral("asana-feed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASANAFEED_VERSION));

    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    if (!commandLine.isValid()) {
        printError(commandLine.error);
        std::fprintf(stderr, "Try 'asana-feed --help' for more information.\n");
        return FollowCommand::Usage;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        std::fputs(commandLine.helpText.toLocal8Bit().constData(), stdout);
        return 0;
    case CommandLine::Mode::Version:
        std::printf("asana-feed %s\n", ASANAFEED_VERSION);
        return 0;
    case CommandLine::Mode::Follow:
        return runFollow(commandLine);
    case CommandLine::Mode::Export:
        return runExport(commandLine);
    case CommandLine::Mode::Gui:
        break;
    }
    printError(QCoreApplication::translate("main", "nothing to do: give --follow GID (see --help)"));
    return FollowCommand::Usage;
}
