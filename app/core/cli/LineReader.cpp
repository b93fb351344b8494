#include "cli/LineReader.h"

#include <QSocketNotifier>

namespace AsanaFeed {

LineReader::LineReader(std::FILE* input, QObject* parent)
    : QObject(parent)
    , m_input(input)
{}

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

} // namespace AsanaFeed
