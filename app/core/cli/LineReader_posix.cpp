// LineReader on POSIX systems (chosen by CMake): a QSocketNotifier on the input's descriptor.
#include "cli/LineReader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <unistd.h>

namespace AsanaFeed {

LineReader::~LineReader() = default;

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

} // namespace AsanaFeed
