// LineReader on Windows (chosen by CMake): a console or pipe handle cannot be watched by a
// QSocketNotifier, so a detached thread reads the line and hands it over with a queued call.
#include "cli/LineReader.h"

#include <QtCore/qt_windows.h>

#include <io.h>
#include <mutex>
#include <thread>

namespace AsanaFeed {

// The reading thread's way back: cleared when the reader goes, so that a line read late goes
// nowhere.
struct LineReader::Handover
{
    std::mutex mutex;
    LineReader* reader = nullptr;
};

LineReader::~LineReader()
{
    if (m_handover) {
        const std::lock_guard lock(m_handover->mutex);
        m_handover->reader = nullptr;
    }
}

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

} // namespace AsanaFeed
