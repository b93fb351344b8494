// FollowProcess: runs the real asana-feed binary for a test and collects what it prints,
// line by line. Shared by the follow-mode tests.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

class FollowProcess
{
public:
    FollowProcess(const QStringList& arguments, const QString& token)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ASANA_TOKEN"));
        if (!token.isNull()) {
            environment.insert(QStringLiteral("ASANA_TOKEN"), token);
        }
        m_process.setProcessEnvironment(environment);
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
    void signal(int number) { ::kill(static_cast<pid_t>(m_process.processId()), number); }
    bool waitForExit(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    }
    [[nodiscard]] int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    [[nodiscard]] bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }

private:
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
