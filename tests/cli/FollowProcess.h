// FollowProcess: runs the real asana-feed binary for a test and collects what it prints,
// line by line. Shared by the follow-mode tests.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

class FollowProcess
{
public:
    // `childSetup` runs in the child between fork and exec (POSIX only; tests use it to hand the
    // child another stdout or a resource limit).
    FollowProcess(const QStringList& arguments, const QString& token, std::function<void()> childSetup = {})
    {
        // A home of its own: nothing of the person's settings or data is read or written.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ASANA_TOKEN"));
        if (!token.isNull()) {
            environment.insert(QStringLiteral("ASANA_TOKEN"), token);
        }
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        m_process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
        if (childSetup) {
            m_process.setChildProcessModifier(std::move(childSetup));
        }
#else
        Q_UNUSED(childSetup);
#endif
        m_process.start(QStringLiteral(ASANAFEED_FEED_BINARY), arguments);
    }
    ~FollowProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(FollowProcess)

    // Complete lines of stdout so far.
    QList<QByteArray> lines()
    {
        m_stdout += m_process.readAllStandardOutput();
        QList<QByteArray> result = m_stdout.split('\n');
        result.removeLast(); // the unfinished rest (or the empty string after the last '\n')
        return result;
    }
    QList<QJsonObject> objects()
    {
        QList<QJsonObject> result;
        for (const QByteArray& line : lines()) {
            result.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }
    QList<QJsonObject> eventsOnly()
    {
        QList<QJsonObject> result;
        for (const QJsonObject& object : objects()) {
            if (object.value(QStringLiteral("type")).toString() == QStringLiteral("event")) {
                result.append(object.value(QStringLiteral("event")).toObject());
            }
        }
        return result;
    }
    QString errors()
    {
        m_stderr += m_process.readAllStandardError();
        return QString::fromUtf8(m_stderr);
    }
    bool waitForLive(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return errors().contains(QStringLiteral(": live")); }, timeoutMs);
    }
    void signal(int number)
    {
        ::kill(static_cast<pid_t>(m_process.processId()), number);
    }
    bool waitForExit(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    [[nodiscard]] int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    [[nodiscard]] bool crashed() const
    {
        return m_process.exitStatus() == QProcess::CrashExit;
    }
    [[nodiscard]] qint64 processId() const
    {
        return m_process.processId();
    }

private:
    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
