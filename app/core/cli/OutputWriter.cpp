#include "cli/OutputWriter.h"

#include <QFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace AsanaFeed {

// What the writing thread and the owner share. The thread holds it too, so that it stays valid
// when the owner is destroyed while the thread is stuck in a write.
struct OutputWriter::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> queue;
    qsizetype pending = 0;
    bool writing = false; // a chunk is being written (it still counts in `pending`)
    bool failed = false;
    bool stopping = false;
    bool exited = false;           // the thread returned
    OutputWriter* owner = nullptr; // cleared by the owner's destructor, under the mutex
    int fd = -1;
};

OutputWriter::OutputWriter(int fd, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->fd = fd;
    m_shared->owner = this;
    std::thread([shared = m_shared] { run(shared); }).detach();
}

OutputWriter::~OutputWriter()
{
    std::unique_lock lock(m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->stopping = true;
    // What the owner has not seen written is dropped: nothing is written after it is gone.
    m_shared->queue.clear();
    m_shared->changed.notify_all();
    // An idle thread ends at once; a writing one is either done soon or stuck on a reader that
    // went quiet, and then it must not hold up the exit (the process's end takes it along).
    m_shared->changed.wait_for(lock, std::chrono::milliseconds(100), [this] { return m_shared->exited; });
}

void OutputWriter::write(QByteArray bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    std::lock_guard lock(m_shared->mutex);
    if (m_shared->failed || m_shared->stopping) {
        return;
    }
    m_shared->pending += bytes.size();
    m_shared->queue.push_back(std::move(bytes));
    m_shared->changed.notify_all();
}

qsizetype OutputWriter::pending() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->pending;
}

bool OutputWriter::hasFailed() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->failed;
}

bool OutputWriter::drain(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_shared->mutex);
    return m_shared->changed.wait_for(lock, timeout, [this] { return m_shared->pending == 0 || m_shared->failed; }) &&
           !m_shared->failed;
}

void OutputWriter::run(const std::shared_ptr<Shared>& shared)
{
    QFile out;
    const bool opened =
        out.open(shared->fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    std::unique_lock lock(shared->mutex);
    for (;;) {
        shared->changed.wait(lock, [&] { return !shared->queue.empty() || shared->stopping; });
        if (shared->queue.empty()) {
            break; // stopping, and everything was written
        }
        const QByteArray chunk = std::move(shared->queue.front());
        shared->queue.pop_front();
        shared->writing = true;
        lock.unlock();
        const bool ok = opened && out.write(chunk) == chunk.size();
        lock.lock();
        shared->writing = false;
        shared->pending -= chunk.size();
        if (!ok) {
            shared->failed = true;
            shared->queue.clear();
            shared->pending = 0;
        }
        shared->changed.notify_all();
        // Posted while the owner is known to be alive: its destructor takes the mutex first.
        if (OutputWriter* owner = shared->owner) {
            QMetaObject::invokeMethod(
                owner, [owner, ok] { ok ? emit owner->written() : emit owner->failed(); }, Qt::QueuedConnection);
        }
        if (!ok) {
            break;
        }
    }
    shared->exited = true;
    shared->changed.notify_all();
}

} // namespace AsanaFeed
