#include "AppProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

namespace AsanaFeed {

AppProcess::AppProcess(Setup setup)
{
    if (setup.home.isEmpty()) {
        m_ownHome.emplace();
        m_home = m_ownHome->path();
    } else {
        m_home = setup.home;
    }
    // The run does not pick up the person's token, OAuth client, browser or display unless the
    // test sets them, and reads or writes nothing of their settings, data or cache.
    // DBUS_SESSION_BUS_ADDRESS stays: the keychain tests' Secret Service is on the test's bus.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"ASANA_TOKEN", "ASANA_CLIENT_ID", "ASANA_CLIENT_SECRET", "ASANAFEED_SIGNIN_BROWSER",
                             "DISPLAY", "WAYLAND_DISPLAY"}) {
        environment.remove(QString::fromLatin1(name));
    }
    const QDir home(m_home);
    environment.insert(QStringLiteral("HOME"), m_home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    for (const auto& [name, value] : setup.environment) {
        environment.insert(name, value);
    }
    m_process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    if (setup.childSetup) {
        m_process.setChildProcessModifier(std::move(setup.childSetup));
    }
#endif
    m_process.start(QStringLiteral(ASANAFEED_FEED_BINARY), setup.arguments);
    m_process.waitForStarted();
    if (setup.input) {
        write(*setup.input);
        closeInput();
    }
}

AppProcess::AppProcess(const QStringList& arguments)
    : AppProcess(Setup{arguments, {}, {}, QByteArray(), {}})
{}

AppProcess::~AppProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void AppProcess::write(const QByteArray& bytes)
{
    m_process.write(bytes);
}

void AppProcess::closeInput()
{
    m_process.closeWriteChannel();
}

QString AppProcess::output()
{
    m_stdout += m_process.readAllStandardOutput();
    return QString::fromUtf8(m_stdout);
}

QList<QByteArray> AppProcess::lines()
{
    m_stdout += m_process.readAllStandardOutput();
    QList<QByteArray> result = m_stdout.split('\n');
    result.removeLast(); // the unfinished rest (or the empty string after the last '\n')
    return result;
}

QList<QJsonObject> AppProcess::objects()
{
    QList<QJsonObject> result;
    for (const QByteArray& line : lines()) {
        result.append(QJsonDocument::fromJson(line).object());
    }
    return result;
}

QList<QJsonObject> AppProcess::eventsOnly()
{
    QList<QJsonObject> result;
    for (const QJsonObject& object : objects()) {
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("event")) {
            result.append(object.value(QStringLiteral("event")).toObject());
        }
    }
    return result;
}

QString AppProcess::errors()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}

bool AppProcess::waitForLive(int count, int timeoutMs)
{
    return QTest::qWaitFor([this, count] { return errors().count(QStringLiteral(": live")) >= count; }, timeoutMs);
}

bool AppProcess::waitForExit(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
}

int AppProcess::exitCode() const
{
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool AppProcess::crashed() const
{
    return m_process.exitStatus() == QProcess::CrashExit;
}

qint64 AppProcess::processId() const
{
    return m_process.processId();
}

void AppProcess::signal(int number)
{
#ifdef Q_OS_UNIX
    ::kill(static_cast<pid_t>(m_process.processId()), number);
#else
    if (number == SIGINT || number == SIGTERM) {
        m_process.terminate();
    } else {
        m_process.kill();
    }
#endif
}

QStringList AppProcess::mappedFileNames() const
{
    QStringList names;
    QFile maps(QStringLiteral("/proc/%1/maps").arg(processId()));
    if (!maps.open(QIODevice::ReadOnly)) {
        return names;
    }
    // Each line: address perms offset dev inode [path]; the path starts at the first '/'.
    const QList<QByteArray> lines = maps.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const qsizetype slash = line.indexOf('/');
        if (slash < 0) {
            continue;
        }
        const QString name = QFileInfo(QString::fromLocal8Bit(line.mid(slash))).fileName();
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

} // namespace AsanaFeed
