// Benchmark: instructions per event (valgrind --tool=callgrind) on the three paths an event takes:
//   follow  socket bytes → parsed events → JSON lines on stdout: `asana-feed --follow` draining a
//           backlog from the simulator, the whole client process, as the difference between a
//           10,000-event and a 1,000-event drain divided by the 9,000 events between them (what
//           one more event costs; start-up and the idle polls cancel out);
//   ingest  EventStore::commitPage of pages of 100 events (SQLite included), per event;
//   model   EventModel::addEvents of pages of 100 events, per event.
// Compares each figure with the record in tests/bench/instructions.txt and exits with 1 when one
// is more than 10 % worse (saying which); `--update` rewrites the record. A benchmark, not a test:
// `./dev bench` runs it. Needs valgrind (Linux); instruction counts do not depend on the machine's
// speed or load, so the record holds across runs (to about 1 %).
#include "BenchFigures.h"
#include "SimFixture.h"
#include "api/EventPage.h"
#include "feed/EventModel.h"
#include "store/EventStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <map>
#include <optional>

using namespace AsanaFeed;
using namespace AsanaFeed::Sim;
using AsanaFeed::Bench::printFigure;

namespace {

constexpr double tolerance = 0.10;

QString recordPath()
{
    return QStringLiteral(ASANAFEED_SOURCE_DIR "/tests/bench/instructions.txt");
}

QString feedBinary()
{
    const QString overridden = qEnvironmentVariable("BENCH_FEED_BINARY");
    return overridden.isEmpty() ? QStringLiteral(ASANAFEED_FEED_BINARY) : overridden;
}

// The total of the events counted in a callgrind output file ("totals:" or "summary:").
std::optional<double> callgrindTotal(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    std::optional<double> total;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("totals:") || line.startsWith("summary:")) {
            total = line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble();
        }
    }
    return total;
}

QStringList callgrindArguments(const QString& out)
{
    return {QStringLiteral("--tool=callgrind"), QStringLiteral("--quiet"),
            QStringLiteral("--callgrind-out-file=") + out, QStringLiteral("--trace-children=no")};
}

// The flat profile's first lines (self cost), for the person reading the figures.
void printProfile(const QString& out, int lines)
{
    QProcess annotate;
    annotate.start(QStringLiteral("callgrind_annotate"), {QStringLiteral("--inclusive=no"), out});
    if (!annotate.waitForFinished(120000)) {
        return;
    }
    const QList<QByteArray> text = annotate.readAllStandardOutput().split('\n');
    int printed = 0;
    bool inTable = false;
    for (const QByteArray& line : text) {
        if (line.contains("file:function")) {
            inTable = true;
            continue;
        }
        if (inTable && !line.trimmed().isEmpty() && !line.startsWith("--")) {
            std::printf("    %s\n", line.left(160).constData());
            if (++printed == lines) {
                break;
            }
        }
    }
}

// `asana-feed --follow` under callgrind draining `events` from a fresh simulator; total Ir.
std::optional<double> followRun(int events, const QString& out)
{
    SimFixture sim;
    const QString gid = sim.projectGid(0);
    QTemporaryDir home;
    QProcess follow;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ASANA_TOKEN"), sim.token());
    // Its own folders: nothing of the person's settings or history is read or written.
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    follow.setProcessEnvironment(environment);
    follow.setStandardOutputFile(QProcess::nullDevice());
    follow.start(QStringLiteral("valgrind"),
                 callgrindArguments(out) + QStringList{feedBinary(), QStringLiteral("--follow"), gid,
                                                       QStringLiteral("--base-url"), sim.baseUrl().toString(),
                                                       QStringLiteral("--interval"), QStringLiteral("0.2"),
                                                       QStringLiteral("--budget"), QStringLiteral("1500")});
    QByteArray errors;
    if (!QTest::qWaitFor(
            [&] {
                errors += follow.readAllStandardError();
                return errors.contains(": live");
            },
            120000)) {
        std::fprintf(stderr, "bench_instructions: the client did not go live: %s\n", errors.constData());
        return std::nullopt;
    }
    const qsizetype end = sim.world().streamLength(gid) + events;
    sim.world().injectEvents(gid, events);
    QEventLoop loop;
    bool drained = false;
    QObject::connect(&sim.server(), &SimServer::requestServed, &loop, [&](const SimRequestRecord& record) {
        const QString sync = QUrlQuery(record.query).queryItemValue(QStringLiteral("sync"), QUrl::FullyDecoded);
        const auto position = sim.world().resolveSyncToken(sync, gid);
        if (position && *position >= end) {
            drained = true;
            loop.quit();
        }
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    follow.terminate(); // SIGTERM: a clean stop, and callgrind writes its file
    if (!follow.waitForFinished(120000) || !drained) {
        std::fprintf(stderr, "bench_instructions: the backlog of %d events was not drained cleanly\n", events);
        follow.kill();
        follow.waitForFinished();
        return std::nullopt;
    }
    return callgrindTotal(out);
}

// Events as they come from the simulator, re-stamped so that each is distinct, read from an
// /events page as the poller reads them.
QList<QList<Event>> simulatorPages(int events)
{
    SimWorld world;
    DemoScenario::populate(&world);
    const QString gid = world.projectGids().constFirst();
    world.injectEvents(gid, 200);
    const QList<QJsonObject> templates = world.streamEvents(gid);
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
    QList<QList<Event>> pages;
    for (int first = 0; first < events; first += 100) {
        QJsonArray data;
        for (int n = first; n < first + 100 && n < events; ++n) {
            QJsonObject object = templates.at(n % templates.size());
            object[QStringLiteral("created_at")] = base.addMSecs(qint64(n) * 1000).toString(Qt::ISODateWithMs);
            data.append(object);
        }
        const QJsonObject page{{QStringLiteral("data"), data}, {QStringLiteral("sync"), QStringLiteral("s")}};
        pages.append(EventPage::parse(QJsonDocument(page).toJson(QJsonDocument::Compact)).value().events);
    }
    return pages;
}

// In the child under callgrind: only EventStore::commitPage is counted (--toggle-collect).
int childIngest(int events)
{
    const QList<QList<Event>> pages = simulatorPages(events);
    QTemporaryDir dir;
    EventStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        return 1;
    }
    for (const QList<Event>& page : pages) {
        if (!store.commitPage(QStringLiteral("1200000000000012"), page, QStringLiteral("token"))) {
            return 1;
        }
    }
    return 0;
}

// In the child under callgrind: only EventModel::addEvents is counted.
int childModel(int events)
{
    const QList<QList<Event>> pages = simulatorPages(events);
    QTemporaryDir dir;
    EventStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        return 1;
    }
    EventModel model(&store);
    model.setPageSize(events);
    for (const QList<Event>& page : pages) {
        const std::optional<KeptPage> kept =
            store.commitPage(QStringLiteral("1200000000000012"), page, QStringLiteral("token"));
        if (!kept) {
            return 1;
        }
        model.addEvents(QStringLiteral("1200000000000012"), kept->newEventsOf(page), kept->newIds);
    }
    return model.rowCount() > 0 ? 0 : 1;
}

std::optional<double> childRun(const QString& mode, int events, const QString& function, const QString& out)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral("valgrind"),
                callgrindArguments(out) +
                    QStringList{QStringLiteral("--collect-atstart=no"), QStringLiteral("--toggle-collect=") + function,
                                QCoreApplication::applicationFilePath(), mode, QString::number(events)});
    if (!child.waitForFinished(1200000) || child.exitCode() != 0) {
        std::fprintf(stderr, "bench_instructions: %s under callgrind failed\n", qPrintable(mode));
        return std::nullopt;
    }
    return callgrindTotal(out);
}

std::map<QString, double> readRecord()
{
    std::map<QString, double> record;
    QFile file(recordPath());
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() >= 2 && !line.startsWith('#')) {
                record[QString::fromUtf8(fields.at(0))] = fields.at(1).toDouble();
            }
        }
    }
    return record;
}

bool writeRecord(const std::map<QString, double>& figures)
{
    QFile file(recordPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    QByteArray text =
        "# Instructions per event (valgrind --tool=callgrind), written by `bench_instructions --update`.\n"
        "# bench_instructions fails when a figure is more than 10 % above its line here.\n"
        "# follow: asana-feed --follow, socket bytes to stdout, marginal cost of one event\n"
        "# ingest: EventStore::commitPage (pages of 100); model: EventModel::addEvents (pages of 100)\n";
    for (const auto& [name, value] : figures) {
        text += name.toUtf8() + ' ' + QByteArray::number(value, 'f', 0) + '\n';
    }
    return file.write(text) == text.size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--child-ingest")) {
        return childIngest(arguments.at(2).toInt());
    }
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("--child-model")) {
        return childModel(arguments.at(2).toInt());
    }
    const bool update = arguments.contains(QStringLiteral("--update"));
    // --only=follow (or ingest, model): that path alone, e.g. with BENCH_FEED_BINARY for another build.
    QString only;
    for (const QString& argument : arguments) {
        if (argument.startsWith(QLatin1String("--only="))) {
            only = argument.mid(7);
        }
    }
    const auto wanted = [&only](const char* name) { return only.isEmpty() || only == QLatin1String(name); };
    if (QStandardPaths::findExecutable(QStringLiteral("valgrind")).isEmpty()) {
        std::fprintf(stderr, "bench_instructions: valgrind is not installed (./dev build installs it)\n");
        return 2;
    }
    // BENCH_OUT_DIR: keep the callgrind files there (for callgrind_annotate), else a temporary folder.
    QTemporaryDir work;
    const QString outDir = qEnvironmentVariable("BENCH_OUT_DIR", work.path());
    const auto out = [&](const char* name) { return QDir(outDir).filePath(QLatin1String(name)); };

    std::map<QString, double> figures;
    if (wanted("follow")) {
        const std::optional<double> small = followRun(1000, out("follow-1000.out"));
        const std::optional<double> large = followRun(10000, out("follow-10000.out"));
        if (!small || !large) {
            return 2;
        }
        figures[QStringLiteral("follow")] = (*large - *small) / 9000;
        std::printf("bench_instructions: follow: %.0f instructions per event (one more event); the whole process %.0f "
                    "per event over a 10000-event drain (%.0f in all)\n",
                    figures[QStringLiteral("follow")], *large / 10000, *large);
        std::printf("bench_instructions: follow: the flat profile of the 10000-event drain (self cost):\n");
        printProfile(out("follow-10000.out"), 10);
    }

    constexpr int storeEvents = 20000;
    if (wanted("ingest")) {
        const std::optional<double> ingest =
            childRun(QStringLiteral("--child-ingest"), storeEvents,
                     QStringLiteral("AsanaFeed::EventStore::commitPage*"), out("ingest.out"));
        if (!ingest) {
            return 2;
        }
        figures[QStringLiteral("ingest")] = *ingest / storeEvents;
        std::printf("bench_instructions: ingest: %.0f instructions per event in EventStore::commitPage\n",
                    figures[QStringLiteral("ingest")]);
        printProfile(out("ingest.out"), 5);
    }
    if (wanted("model")) {
        const std::optional<double> model =
            childRun(QStringLiteral("--child-model"), storeEvents, QStringLiteral("AsanaFeed::EventModel::addEvents*"),
                     out("model.out"));
        if (!model) {
            return 2;
        }
        figures[QStringLiteral("model")] = *model / storeEvents;
        std::printf("bench_instructions: model: %.0f instructions per event in EventModel::addEvents\n",
                    figures[QStringLiteral("model")]);
        printProfile(out("model.out"), 5);
    }

    if (update) {
        std::map<QString, double> record = readRecord();
        for (const auto& [name, value] : figures) {
            record[name] = value;
        }
        if (!writeRecord(record)) {
            std::fprintf(stderr, "bench_instructions: cannot write %s\n", qPrintable(recordPath()));
            return 2;
        }
        std::printf("bench_instructions: the record %s was rewritten\n", qPrintable(recordPath()));
        return 0;
    }
    const std::map<QString, double> record = readRecord();
    bool worse = false;
    for (const auto& [name, value] : figures) {
        const QByteArray figure = "instructions per event: " + name.toUtf8();
        const auto recorded = record.find(name);
        if (recorded == record.end() || recorded->second <= 0) {
            std::printf("bench_instructions: %s: no figure on record (run with --update to record one)\n",
                        qPrintable(name));
            printFigure(figure.constData(), value, "instructions", 0, "no record");
            continue;
        }
        const double change = value / recorded->second - 1;
        const bool tooMuch = change > tolerance;
        worse = worse || tooMuch;
        const QByteArray note = QByteArray(tooMuch ? "FAILED: " : "") + "record " +
                                QByteArray::number(recorded->second, 'f', 0) + ", " + (change >= 0 ? "+" : "") +
                                QByteArray::number(change * 100, 'f', 1) + " %";
        printFigure(figure.constData(), value, "instructions", 0, note.constData());
        std::printf("bench_instructions: %s: %.0f against %.0f on record (%+.1f %%)%s\n", qPrintable(name), value,
                    recorded->second, change * 100, tooMuch ? " — FAILED: more than 10 % worse than the record" : "");
    }
    if (worse) {
        std::printf("bench_instructions: FAILED: a figure is more than 10 %% worse than %s\n",
                    qPrintable(recordPath()));
        return 1;
    }
    return 0;
}
