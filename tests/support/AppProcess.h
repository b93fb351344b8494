// AppProcess: runs the real asana-feed binary for a test — in a home of its own, without the
// person's tokens, OAuth client or display — and collects what it prints. The one way the
// program tests start it.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <utility>

namespace AsanaFeed {

class AppProcess final
{
public:
    struct Setup
    {
        QStringList arguments;
        // Set in the child after the cleaning (e.g. ASANA_TOKEN, ASANAFEED_KEYCHAIN_SERVICE).
        QList<std::pair<QString, QString>> environment;
        // The child's HOME, with its XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and XDG_STATE_HOME
        // inside. Empty: a temporary directory of its own. Runs that share settings pass the same one.
        QString home;
        // Written to standard input, which is then closed; std::nullopt keeps it open for write().
        std::optional<QByteArray> input = QByteArray();
        // Runs in the child between fork and exec (POSIX only), e.g. to hand it another stdout.
        std::function<void()> childSetup;
    };

    // Start the program at once.
    explicit AppProcess(Setup setup);
    explicit AppProcess(const QStringList& arguments);
    // Ends a program still running (SIGKILL).
    ~AppProcess();
    Q_DISABLE_COPY_MOVE(AppProcess)

    // The directory the child uses as its HOME.
    [[nodiscard]] QString home() const { return m_home; }

    void write(const QByteArray& bytes);
    void closeInput();

    // All of stdout so far.
    QString output();
    // Complete lines of stdout so far, without the line breaks.
    QList<QByteArray> lines();
    // Each complete line of stdout parsed as a JSON object.
    QList<QJsonObject> objects();
    // The "event" of each line whose type is "event".
    QList<QJsonObject> eventsOnly();
    // All of stderr so far.
    QString errors();

    // Until stderr says ": live" `count` times (once per subscription); false after `timeoutMs`.
    bool waitForLive(int count = 1, int timeoutMs = 20000);
    bool waitForExit(int timeoutMs = 30000);
    // The exit code of a normal exit, -1 after a crash or a signal.
    [[nodiscard]] int exitCode() const;
    [[nodiscard]] bool crashed() const;
    [[nodiscard]] qint64 processId() const;
    // The file names (without folders) of the libraries and files the running program has mapped,
    // read from /proc/<pid>/maps (Linux only; elsewhere empty).
    [[nodiscard]] QStringList mappedFileNames() const;
    // Sends `number` (SIGTERM, SIGINT, SIGKILL). Elsewhere than POSIX: SIGINT and SIGTERM ask the
    // program to end, anything else kills it.
    void signal(int number);

private:
    std::optional<QTemporaryDir> m_ownHome;
    QString m_home;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace AsanaFeed
