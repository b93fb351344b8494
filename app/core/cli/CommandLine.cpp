#include "cli/CommandLine.h"

#include "api/AsanaClient.h"
#include "api/AsanaUrl.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace AsanaFeed {

namespace {

// Each value is a gid or a link to what it names (AsanaUrl); its gid goes into `gids`, once.
// Returns the bad-usage message for a value that names nothing to follow, else nothing.
QString collectGids(const QStringList& values, const QString& option, QStringList& gids)
{
    for (const QString& value : values) {
        const AsanaUrlResult recognized = recognizeAsanaUrl(value);
        if (!recognized.resource) {
            return QCoreApplication::translate("CommandLine", "%1: %2").arg(option, recognized.problem);
        }
        if (!gids.contains(recognized.resource->gid)) {
            gids.append(recognized.resource->gid);
        }
    }
    return {};
}

} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine result;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "A live activity feed for Asana.\n\n"
                                                   "Headless follow mode streams events as JSON lines to stdout; "
                                                   "the token is read from the ASANA_TOKEN environment variable, "
                                                   "else the account signed in with --sign-in is used."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption followOption(
        QStringLiteral("follow"),
        QCoreApplication::translate("CommandLine", "Stream the events of a task, project or goal, given by its GID "
                                                   "or Asana link (repeatable)."),
        QStringLiteral("GID"));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate("CommandLine", "The Asana API base URL (default %1).")
            .arg(QString::fromLatin1(AsanaClient::defaultBaseUrl)),
        QStringLiteral("URL"));
    const QCommandLineOption intervalOption(
        QStringLiteral("interval"),
        QCoreApplication::translate("CommandLine", "Seconds between polls when caught up (default 10)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget"),
        QCoreApplication::translate("CommandLine",
                                    "Send at most N requests a minute for the account (default 150, Asana's limit on "
                                    "free plans; up to 1500 on paid plans)."),
        QStringLiteral("N"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the events and sync tokens in this database; a later run resumes from it "
                                    "and prints only events it had not stored before."),
        QStringLiteral("FILE"));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QCoreApplication::translate("CommandLine",
                                    "Print every event and gap stored in --state FILE (oldest first) as JSON lines."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Open the window on a built-in simulated workspace (no account, nothing kept)."));
    const QCommandLineOption subscribeOption(
        QStringLiteral("subscribe"),
        QCoreApplication::translate("CommandLine", "Show the events of a task or project in the window, given by "
                                                   "its GID or Asana link (repeatable)."),
        QStringLiteral("GID"));
    const QCommandLineOption signInOption(
        QStringLiteral("sign-in"),
        QCoreApplication::translate("CommandLine",
                                    "Sign in with Asana in the browser (OAuth) and keep the token in the OS keychain "
                                    "for --follow. The client id comes from ASANA_CLIENT_ID."));
    const QCommandLineOption tokenStdinOption(
        QStringLiteral("token-stdin"),
        QCoreApplication::translate("CommandLine",
                                    "With --sign-in: read a personal access token from standard input instead."));
    const QCommandLineOption outOfBandOption(
        QStringList{QStringLiteral("out-of-band"), QStringLiteral("oob")},
        QCoreApplication::translate("CommandLine",
                                    "With --sign-in: nothing listens for the browser's redirect; Asana shows a code "
                                    "to paste here (one line on standard input). For machines where the loopback "
                                    "redirect cannot be used."));
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("CommandLine", "Start in the system tray, without opening the window (where the "
                                                   "desktop has a tray; elsewhere the window opens)."));
    parser.addOptions({followOption, baseUrlOption, intervalOption, budgetOption, stateOption, exportOption, demoOption,
                       subscribeOption, signInOption, tokenStdinOption, outOfBandOption, minimizedOption});
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.mode = CommandLine::Mode::Help;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = CommandLine::Mode::Version;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }

    result.baseUrl = QUrl(QString::fromLatin1(AsanaClient::defaultBaseUrl));
    if (parser.isSet(baseUrlOption)) {
        result.baseUrl = QUrl(parser.value(baseUrlOption), QUrl::StrictMode);
        // A bare origin (what asana-sim prints) means the API at its usual path.
        if (result.baseUrl.path().isEmpty() || result.baseUrl.path() == QLatin1String("/")) {
            result.baseUrl.setPath(QStringLiteral("/api/1.0"));
        }
        const QString problem = AsanaClient::checkBaseUrl(result.baseUrl);
        if (!problem.isEmpty()) {
            result.error = QCoreApplication::translate("CommandLine", "--base-url: %1").arg(problem);
            return result;
        }
    }
    if (parser.isSet(intervalOption)) {
        bool ok = false;
        const double seconds = parser.value(intervalOption).toDouble(&ok);
        // A floor keeps a typo from turning the client into a busy loop against Asana.
        if (!ok || !(seconds >= 0.05) || seconds > 24 * 3600) {
            result.error = QCoreApplication::translate(
                               "CommandLine", "--interval: \"%1\" is not a number of seconds from 0.05 to 86400")
                               .arg(parser.value(intervalOption));
            return result;
        }
        result.interval = std::chrono::milliseconds(qMax<qint64>(1, qRound64(seconds * 1000)));
    }

    if (parser.isSet(budgetOption)) {
        bool ok = false;
        const int requests = parser.value(budgetOption).toInt(&ok);
        if (!ok || requests < 1 || requests > 1500) {
            result.error = QCoreApplication::translate("CommandLine",
                                                       "--budget: \"%1\" is not a number of requests from 1 to 1500")
                               .arg(parser.value(budgetOption));
            return result;
        }
        result.requestsPerMinute = requests;
    }

    if (parser.isSet(tokenStdinOption) && !parser.isSet(signInOption)) {
        result.error = QCoreApplication::translate("CommandLine", "--token-stdin needs --sign-in");
        return result;
    }
    if (parser.isSet(outOfBandOption) && !parser.isSet(signInOption)) {
        result.error = QCoreApplication::translate("CommandLine", "--out-of-band needs --sign-in");
        return result;
    }
    if (parser.isSet(outOfBandOption) && parser.isSet(tokenStdinOption)) {
        result.error = QCoreApplication::translate(
            "CommandLine", "--out-of-band is for OAuth and cannot be combined with --token-stdin");
        return result;
    }
    if (parser.isSet(signInOption)) {
        if (parser.isSet(followOption) || parser.isSet(exportOption) || parser.isSet(demoOption) ||
            parser.isSet(subscribeOption) || parser.isSet(stateOption) || parser.isSet(intervalOption) ||
            parser.isSet(budgetOption)) {
            result.error = QCoreApplication::translate(
                "CommandLine", "--sign-in can only be combined with --base-url, --token-stdin and --out-of-band");
            return result;
        }
        result.mode = CommandLine::Mode::SignIn;
        result.tokenFromStdin = parser.isSet(tokenStdinOption);
        result.outOfBand = parser.isSet(outOfBandOption);
        return result;
    }

    if (parser.isSet(minimizedOption) && (parser.isSet(followOption) || parser.isSet(exportOption))) {
        result.error = QCoreApplication::translate("CommandLine", "--minimized is for the window, not for --follow "
                                                                  "or --export");
        return result;
    }
    result.minimized = parser.isSet(minimizedOption);
    if (parser.isSet(stateOption)) {
        result.statePath = parser.value(stateOption);
        if (result.statePath.isEmpty()) {
            result.error = QCoreApplication::translate("CommandLine", "--state: a file name is needed");
            return result;
        }
    }
    if (parser.isSet(exportOption)) {
        if (result.statePath.isEmpty()) {
            result.error = QCoreApplication::translate("CommandLine", "--export needs --state FILE");
            return result;
        }
        if (parser.isSet(followOption)) {
            result.error = QCoreApplication::translate("CommandLine", "--export and --follow cannot be combined");
            return result;
        }
        result.mode = CommandLine::Mode::Export;
        return result;
    }

    if (parser.isSet(demoOption)) {
        if (parser.isSet(followOption) || parser.isSet(subscribeOption) || parser.isSet(stateOption)) {
            result.error = QCoreApplication::translate(
                "CommandLine", "--demo cannot be combined with --follow, --subscribe or --state");
            return result;
        }
        result.mode = CommandLine::Mode::Demo;
        return result;
    }
    result.error = collectGids(parser.values(subscribeOption), QStringLiteral("--subscribe"), result.subscribeGids);
    if (!result.error.isEmpty()) {
        return result;
    }
    if (parser.isSet(followOption)) {
        result.mode = CommandLine::Mode::Follow;
        result.error = collectGids(parser.values(followOption), QStringLiteral("--follow"), result.followGids);
    }
    return result;
}

} // namespace AsanaFeed
