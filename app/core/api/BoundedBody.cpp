#include "api/BoundedBody.h"

#include <QNetworkReply>

#include <algorithm>
#include <utility>

namespace AsanaFeed {

namespace {
// What Qt may buffer beyond what we took: small, so that the socket is read only as fast as we read.
constexpr qint64 readBufferSize = 256 * 1024;
// Reads are gathered into pieces of at least this size.
constexpr qint64 minPieceSize = 64 * 1024;
} // namespace

BoundedBody::BoundedBody(QNetworkReply* reply, qint64 cap, std::chrono::milliseconds deadline)
    : QObject(reply)
    , m_reply(reply)
    , m_cap(cap)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_pastDeadline = true;
        m_reply->abort();
    });
    connect(reply, &QNetworkReply::finished, &m_deadline, &QTimer::stop);
    m_deadline.start(deadline);
    reply->setReadBufferSize(std::min(cap + 1, readBufferSize));
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        // Announced too large: no need to wait for the bytes.
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_cap) {
            m_tooLarge = true;
            m_reply->abort();
        } else if (length.isValid() && length.toLongLong() > 0) {
            m_pieces = {QByteArray()}; // one buffer of the announced size: nothing is copied twice
            m_pieces.first().reserve(length.toLongLong());
        }
    });
    connect(reply, &QIODevice::readyRead, this, &BoundedBody::read);
}

void BoundedBody::prepare(QNetworkRequest& request)
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
}

BoundedBody* BoundedBody::of(const QNetworkReply* reply)
{
    return reply->findChild<BoundedBody*>(QString(), Qt::FindDirectChildrenOnly);
}

void BoundedBody::read()
{
    if (m_tooLarge) {
        return;
    }
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0) {
        return;
    }
    if (m_size + available > m_cap) {
        m_tooLarge = true;
        m_pieces = {};
        m_size = 0;
        m_reply->abort();
        return;
    }
    // Small reads go into the last piece (each piece costs its own allocation and list slot: a
    // server trickling bytes must not make those outweigh the cap); the announced body's one
    // buffer takes everything.
    // A new piece is made its full size at once: grown read by read, each growth would leave a
    // hole behind in the heap.
    if (m_pieces.isEmpty() || m_pieces.constLast().capacity() - m_pieces.constLast().size() < available) {
        m_pieces.append(QByteArray());
        m_pieces.last().reserve(std::max(minPieceSize, available));
    }
    QByteArray& piece = m_pieces.last();
    const qint64 before = piece.size();
    piece.resize(before + available);
    const qint64 size = m_reply->read(piece.data() + before, available);
    piece.resize(before + std::max<qint64>(size, 0));
    m_size += std::max<qint64>(size, 0);
}

QByteArray BoundedBody::take()
{
    if (!m_tooLarge && m_reply->isOpen()) {
        read();
    }
    if (m_tooLarge || m_pastDeadline) {
        return {};
    }
    if (m_pieces.size() == 1) {
        return std::exchange(m_pieces, {}).constFirst();
    }
    QByteArray body;
    body.reserve(m_size);
    while (!m_pieces.isEmpty()) {
        body += m_pieces.takeFirst(); // each piece freed as soon as it is copied
    }
    m_size = 0;
    return body;
}

} // namespace AsanaFeed
