// asana-sim: the Asana simulator as a standalone loopback server for tests, benchmarks and other
// clients. Accepted bearer tokens come from ASANA_SIM_TOKENS (never the command line, where any
// local user could read them).

#include "sim/DemoScenario.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/SimWorld.h"
#include "util/TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace AsanaFeed::Sim;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("asana-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASANAFEED_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local Asana API simulator on 127.0.0.1. Accepted bearer tokens are read from ASANA_SIM_TOKENS "
        "(comma-separated); when unset, any non-empty bearer token is accepted."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("TCP port (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("demo or idle."),
                                            QStringLiteral("NAME"), QStringLiteral("idle"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Demo activity, steps per minute."),
                                        QStringLiteral("EVENTS_PER_MINUTE"), QStringLiteral("20"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                        QStringLiteral("1"));
    const QCommandLineOption rateLimitOption(QStringLiteral("rate-limit"),
                                             QStringLiteral("Requests per minute per token (0 = unlimited)."),
                                             QStringLiteral("REQ_PER_MIN"), QStringLiteral("1500"));
    const QCommandLineOption ttlOption(QStringLiteral("token-ttl"), QStringLiteral("Sync token lifetime."),
                                       QStringLiteral("SECONDS"), QStringLiteral("86400"));
    const QCommandLineOption historyOption(QStringLiteral("history-hours"),
                                           QStringLiteral("Back-dated demo history to seed (demo scenario)."),
                                           QStringLiteral("HOURS"), QStringLiteral("0"));
    parser.addOptions({portOption, scenarioOption, rateOption, seedOption, rateLimitOption, ttlOption, historyOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "asana-sim: --port must be 0..65535\n";
        return 2;
    }
    const QString scenario = parser.value(scenarioOption);
    if (scenario != QLatin1String("demo") && scenario != QLatin1String("idle")) {
        err << "asana-sim: --scenario must be demo or idle\n";
        return 2;
    }
    const double rate = parser.value(rateOption).toDouble(&ok);
    if (!ok || rate <= 0) {
        err << "asana-sim: --rate must be a positive number\n";
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    if (!ok) {
        err << "asana-sim: --seed must be a non-negative integer\n";
        return 2;
    }
    const int rateLimit = parser.value(rateLimitOption).toInt(&ok);
    if (!ok || rateLimit < 0) {
        err << "asana-sim: --rate-limit must be >= 0\n";
        return 2;
    }
    const qint64 ttl = parser.value(ttlOption).toLongLong(&ok);
    if (!ok || ttl < 1) {
        err << "asana-sim: --token-ttl must be >= 1\n";
        return 2;
    }
    const int historyHours = parser.value(historyOption).toInt(&ok);
    if (!ok || historyHours < 0) {
        err << "asana-sim: --history-hours must be >= 0\n";
        return 2;
    }

    SimConfig config;
    const QString tokens = qEnvironmentVariable("ASANA_SIM_TOKENS");
    for (const QString& token : tokens.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        config.acceptedTokens.insert(token.trimmed());
    }
    config.rateLimitRequests = rateLimit;
    config.rateLimitWindow = std::chrono::seconds(60);
    config.tokenTtl = std::chrono::seconds(ttl);

    SimWorld world;
    DemoScenario::populate(&world, seed);
    DemoScenario demo(&world, seed);
    demo.setEventsPerMinute(rate);

    SimServer server(&world, config);
    // SIGINT/SIGTERM (Ctrl+C, a console closing on Windows): a clean stop from the event loop.
    AsanaFeed::TerminationSignals termination;
    QObject::connect(&termination, &AsanaFeed::TerminationSignals::terminationRequested, &app, &QCoreApplication::quit);
    if (!server.listen(quint16(port))) {
        err << "asana-sim: cannot listen on 127.0.0.1:" << port << "\n";
        return 1;
    }

    QTextStream out(stdout);
    out << "listening on " << server.rootUrl().toString() << Qt::endl;
    for (const SimWorkspace& ws : world.workspaces()) {
        out << "workspace " << ws.gid << ' ' << ws.name << '\n';
    }
    for (const QString& gid : world.projectGids()) {
        out << "project " << gid << ' ' << world.project(gid)->name << '\n';
    }
    for (const SimUser& user : world.users()) {
        out << "user " << user.gid << ' ' << user.name << (user.gid == world.meGid() ? " (me)" : "") << '\n';
    }
    out << "tokens: " << (config.acceptedTokens.isEmpty() ? "any non-empty bearer token" : "from ASANA_SIM_TOKENS")
        << '\n';
    if (scenario == QLatin1String("demo")) {
        if (historyHours > 0) {
            demo.seedHistory(historyHours);
        }
        demo.start();
        out << "demo activity: " << rate << " steps/minute, seed " << seed << '\n';
    }
    out.flush();

    const int rc = app.exec();
    demo.stop();
    server.close();
    return rc;
}
