#include "api/BoundedBody.h"

#include <QNetworkReply>

#include <algorithm>
#include <utility>

namespace AsanaFeed {

namespace {
// What Qt may buffer beyond what we took: small, so that the socket is read only as fast as we read.
constexpr qint64 readBufferSize = 256 * 1024;
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
    m_pieces.append(m_reply->read(available));
    m_size += m_pieces.constLast().size();
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
    for (const QByteArray& piece : std::as_const(m_pieces)) {
        body += piece;
    }
    m_pieces = {};
    m_size = 0;
    return body;
}

} // namespace AsanaFeed
