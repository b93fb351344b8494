#include "cli/LineReader.h"

#include <QSocketNotifier>

#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#else
#include <QtCore/qt_windows.h>

#include <io.h>
#include <thread>
#endif

namespace AsanaFeed {

// The reading thread's way back (not on POSIX): cleared when the reader goes, so that a line
// read late goes nowhere.
struct LineReader::Handover
{
    std::mutex mutex;
    LineReader* reader = nullptr;
};

LineReader::LineReader(std::FILE* input, QObject* parent)
    : QObject(parent)
    , m_input(input)
{}

LineReader::~LineReader()
{
    if (m_handover) {
        const std::lock_guard lock(m_handover->mutex);
        m_handover->reader = nullptr;
    }
}

bool LineReader::take(const QByteArray& bytes, bool atEnd)
{
    if (m_done) {
        return true;
    }
    m_buffer += bytes;
    qsizetype end = m_buffer.indexOf('\n');
    if (end < 0 && m_buffer.size() >= maxLineBytes) {
        end = maxLineBytes;
    }
    if (end < 0 && !atEnd) {
        return false;
    }
    m_done = true;
    if (m_notifier) {
        m_notifier->setEnabled(false);
    }
    if (end < 0 && m_buffer.isEmpty()) {
        emit endOfInput();
        return true;
    }
    QByteArray line = end < 0 ? m_buffer : m_buffer.left(end);
    m_buffer.clear();
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    emit lineRead(QString::fromLocal8Bit(line));
    return true;
}

#ifdef Q_OS_UNIX

void LineReader::start()
{
    const int fd = m_input ? ::fileno(m_input) : -1;
    if (fd < 0) {
        QMetaObject::invokeMethod(
            this, [this] { take({}, true); }, Qt::QueuedConnection);
        return;
    }
    m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this, fd] {
        // Readable: this read returns at once (a terminal hands over a whole line).
        char chunk[4096];
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
            return;
        }
        take(QByteArray(chunk, got > 0 ? qsizetype(got) : 0), got <= 0);
    });
}

#else

void LineReader::start()
{
    m_handover = std::make_shared<Handover>();
    m_handover->reader = this;
    const intptr_t handle = m_input ? _get_osfhandle(_fileno(m_input)) : -1;
    std::thread([handover = m_handover, handle] {
        QByteArray bytes;
        char chunk[4096];
        DWORD got = 0;
        while (handle != -1 && !bytes.contains('\n') && bytes.size() < maxLineBytes &&
               ReadFile(reinterpret_cast<HANDLE>(handle), chunk, DWORD(sizeof chunk), &got, nullptr) && got > 0) {
            bytes.append(chunk, qsizetype(got));
        }
        const std::lock_guard lock(handover->mutex);
        if (LineReader* reader = handover->reader) {
            // Posted to the reader: should it be deleted before the event runs, the event goes with it.
            QMetaObject::invokeMethod(
                reader, [reader, bytes] { reader->take(bytes, true); }, Qt::QueuedConnection);
        }
    }).detach();
}

#endif

} // namespace AsanaFeed
