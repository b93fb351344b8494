// OutputWriter: writes follow mode's JSON lines to a stream on a thread of its own. A reader that
// stops reading (a full pipe) then blocks only that thread: the event loop keeps handling
// SIGTERM, and the command can stop polling until the reader catches up. What is handed over is
// written in order; written() and failed() are delivered on the owner's thread.
#pragma once

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <memory>

namespace AsanaFeed {

class OutputWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputWriter)

public:
    // Writes to the file descriptor `fd` (1 for standard output, on every platform) directly,
    // not through stdio: a thread stuck in a write then holds no stdio lock that exit() would
    // wait for when it flushes the standard streams.
    explicit OutputWriter(int fd, QObject* parent = nullptr);
    // Waits for the thread when it is idle; a thread stuck in a write is left to the process's exit.
    ~OutputWriter() override;

    // Queues `bytes`; never blocks. Ignored once the stream failed.
    void write(QByteArray bytes);
    // Bytes handed over and not yet written.
    [[nodiscard]] qsizetype pending() const;
    [[nodiscard]] bool hasFailed() const;
    // Waits until everything queued was written, at most `timeout`. False when it was not.
    bool drain(std::chrono::milliseconds timeout);

signals:
    // Some bytes were written (pending() went down).
    void written();
    // A write failed: the reader went away. Nothing more is written.
    void failed();

private:
    struct Shared;
    static void run(const std::shared_ptr<Shared>& shared);

    std::shared_ptr<Shared> m_shared;
};

} // namespace AsanaFeed
