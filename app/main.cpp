// asana-feed: picks the mode from the command line and builds what that mode needs. The terminal
// modes run here, on QtCore; the window modes are in the window library (WindowMain.cpp), loaded
// only for them (WindowLibrary.h says why).
#include "Launch.h"
#include "ParentConsole.h"
#include "WindowLibrary.h"
#include "api/AsanaClient.h"
#include "auth/KeychainTokenStore.h"
#include "cli/CommandLine.h"
#include "cli/ExportCommand.h"
#include "cli/FollowCommand.h"
#include "cli/SignInCommand.h"
#include "cli/Terminal.h"
#include "store/EventStore.h"
#include "store/Settings.h"
#include "util/TerminationSignals.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>

using namespace AsanaFeed;

namespace {

using Launch::printError;

// Opens --state FILE; a damaged file is set aside (said once on stderr) and a new one started.
// A busy, unwritable or newer file is left as it is, and the run ends.
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
    // Read-only: an export never creates, migrates, repairs or moves a state file.
    EventStore store;
    if (!store.openReadOnly(commandLine.statePath)) {
        if (store.openFailure() == EventStore::OpenFailure::Missing) {
            printError(QCoreApplication::translate("main", "no such state file: %1").arg(commandLine.statePath));
            return FollowCommand::Usage;
        }
        printError(QCoreApplication::translate("main", "cannot export the state file: %1").arg(store.lastError()));
        return FollowCommand::StorageFailed;
    }
    if (!exportHistory(store, stdout)) {
        printError(QCoreApplication::translate("main", "the export could not be written"));
        return FollowCommand::OutputFailed;
    }
    return 0;
}

int runSignIn(const CommandLine& commandLine)
{
    SignInCommand::Options options;
    options.baseUrl = commandLine.baseUrl;
    options.tokenFromStdin = commandLine.tokenFromStdin;
    if (options.tokenFromStdin) {
        const std::string input{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        options.token = QString::fromLocal8Bit(input.data(), static_cast<qsizetype>(input.size())).trimmed();
    }
    options.outOfBand = commandLine.outOfBand;
    const OAuthClient client = Launch::oauthClient();
    options.clientId = client.id;
    options.clientSecret = client.secret;
    options.port = client.port;
    options.callbackPath = client.callbackPath;

    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // see Application::start()
    KeychainTokenStore store(Launch::keychainService());
    QSettings backend;
    Settings settings(&backend);
    SignInCommand signIn(options, &network, &store, &settings, Launch::openInBrowser, stdin, stdout, stderr);
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, QCoreApplication::instance(),
                     [] { QCoreApplication::exit(SignInCommand::Refused); });
    QObject::connect(&signIn, &SignInCommand::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    signIn.start();
    return QCoreApplication::exec();
}

// Follow mode once it knows its token: ASANA_TOKEN, or the signed-in account's credentials (an
// OAuth sign-in is renewed as it expires, and the renewal kept in the keychain). The run's exit
// code, or nothing while it runs.
std::optional<int> startFollowing(const CommandLine& commandLine, FollowCommand::Options options,
                                  const std::optional<AccountInfo>& account, const TokenResult& keychain,
                                  TokenStore* tokens, QNetworkAccessManager* network, EventStore* store,
                                  std::unique_ptr<FollowCommand>* follow)
{
    if (options.token.isEmpty() && account) {
        if (!keychain.ok() && keychain.status != TokenResult::Status::NotFound) {
            printError(QCoreApplication::translate("main", "cannot read the token from the keychain: %1")
                           .arg(keychain.message));
        }
        if (keychain.ok() && keychain.credentials) {
            const Credentials& credentials = *keychain.credentials;
            if (!credentials.isFor(options.baseUrl)) {
                // Credentials belong to the host that issued them: a token, a refresh token and
                // a client secret are never sent to another server.
                printError(QCoreApplication::translate("main", "the signed-in account's credentials were issued by "
                                                               "%1 and are not sent to %2; sign in there with "
                                                               "asana-feed --sign-in --base-url, or set ASANA_TOKEN")
                               .arg(credentials.origin, AsanaClient::originOf(options.baseUrl)));
                return FollowCommand::Usage;
            }
            const OAuthClient client = Launch::oauthClient();
            if (credentials.kind == Credentials::Kind::OAuth && !client.id.isEmpty()) {
                AccountSession::Options session;
                session.clientId = client.id;
                session.clientSecret = client.secret;
                options.signedIn = FollowCommand::SignedIn{*account, credentials, session};
            } else {
                if (credentials.kind == Credentials::Kind::OAuth) {
                    printError(QCoreApplication::translate(
                        "main", "no OAuth client id (ASANA_CLIENT_ID): the sign-in cannot be renewed, so following "
                                "stops when its access token expires"));
                }
                options.token = credentials.accessToken;
            }
        }
    }
    if (options.token.isEmpty() && !options.signedIn) {
        printError(QCoreApplication::translate(
            "main", "no token: run asana-feed --sign-in, or set the ASANA_TOKEN environment variable"));
        return FollowCommand::Usage;
    }
    if (!commandLine.statePath.isEmpty()) {
        if (!openState(*store, commandLine.statePath)) {
            return FollowCommand::StorageFailed;
        }
        QSettings backend;
        store->startRetention(Settings(&backend).retentionDays());
    }
    constexpr int standardOutput = 1; // the same descriptor on POSIX systems and in Windows' C runtime
    *follow = std::make_unique<FollowCommand>(std::move(options), network, store->isOpen() ? store : nullptr, tokens,
                                              standardOutput, stderr);
    QObject::connect(follow->get(), &FollowCommand::finished, QCoreApplication::instance(), &QCoreApplication::exit);
    (*follow)->start();
    return std::nullopt;
}

int runFollow(const CommandLine& commandLine)
{
    FollowCommand::Options options;
    options.resourceGids = commandLine.followGids;
    options.baseUrl = commandLine.baseUrl;
    options.interval = commandLine.interval;
    if (commandLine.requestsPerMinute > 0) {
        options.requestsPerMinute = commandLine.requestsPerMinute;
    }
    options.token = qEnvironmentVariable("ASANA_TOKEN").trimmed();

    KeychainTokenStore keychain(Launch::keychainService());
    EventStore store;
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // see Application::start()
    std::unique_ptr<FollowCommand> follow;
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, QCoreApplication::instance(),
                     [&follow] { follow ? follow->stop() : QCoreApplication::exit(FollowCommand::Success); });
    const auto begin = [&](const std::optional<AccountInfo>& account, const TokenResult& answer) {
        if (const auto code =
                startFollowing(commandLine, options, account, answer, &keychain, &network, &store, &follow)) {
            QCoreApplication::exit(*code);
        }
    };
    // Without ASANA_TOKEN: the account signed in with --sign-in, once the keychain has answered.
    QSettings backend;
    const std::optional<AccountInfo> account =
        options.token.isEmpty() ? Settings(&backend).account() : std::optional<AccountInfo>();
    if (account) {
        keychain.load(account->gid, [&begin, account](const TokenResult& answer) { begin(account, answer); });
    } else {
        QTimer::singleShot(0, QCoreApplication::instance(), [&begin] { begin(std::nullopt, {}); });
    }
    return QCoreApplication::exec();
}

// Qt's own OAuth and network debug output can include token responses and headers: it stays off
// whatever logging rules are set, so no secret reaches a log.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void filterSecretCategories(QLoggingCategory* category)
{
    if (g_previousFilter) {
        g_previousFilter(category);
    }
    const QLatin1String name(category->categoryName());
    if (name.startsWith(QLatin1String("qt.networkauth")) || name.startsWith(QLatin1String("qt.network.http"))) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}

// Log lines can quote what a server sent (an error message, a name): its control characters
// are escaped before any handler prints them, so a log never drives the terminal.
QtMessageHandler g_previousHandler = nullptr;

void escapingMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString escaped = Terminal::escapeControls(message);
    if (g_previousHandler) {
        g_previousHandler(type, context, escaped);
    } else {
        Terminal::printLine(stderr, escaped);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // First thing: the start of the clock for ASANAFEED_REPORT_STARTUP.
    QElapsedTimer sinceMain;
    sinceMain.start();
    g_previousFilter = QLoggingCategory::installFilter(filterSecretCategories);
    g_previousHandler = qInstallMessageHandler(escapingMessageHandler);

    // The window modes are the window library's, which makes its own QApplication; the terminal
    // modes stay light with a QCoreApplication. The mode is decided before either exists, from the
    // raw arguments (parsed again below, once the translations are in).
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i) {
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    }
    const CommandLine raw = parseCommandLine(rawArguments);
    if (raw.isValid() && (raw.mode == CommandLine::Mode::Gui || raw.mode == CommandLine::Mode::Demo)) {
        return WindowLibrary::run(&argc, argv, sinceMain);
    }
    ParentConsole::attach(); // what the terminal modes print is seen in the console (Windows)
    QCoreApplication app(argc, argv);
    Launch::setUp(&app);

    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    if (!commandLine.isValid()) {
        printError(commandLine.error);
        Terminal::printLine(stderr,
                            QCoreApplication::translate("main", "Try 'asana-feed --help' for more information."));
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
    case CommandLine::Mode::SignIn:
        return runSignIn(commandLine);
    case CommandLine::Mode::Gui:
    case CommandLine::Mode::Demo:
        break; // cannot happen: the mode was the same a moment ago
    }
    return FollowCommand::Usage;
}
