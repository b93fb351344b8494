// BoundedBody: reads a QNetworkReply's answer within bounds of size and time. It takes the body
// as it arrives and never holds more than a cap: Qt's HTTP thread is told to stop reading from
// the socket while its small buffer is full, so a server that streams without end (no
// Content-Length, chunked or close-delimited) cannot make the app buffer it — the transfer is
// aborted as soon as the body passes the cap, and the memory used is the cap plus one buffer.
// A body of announced length goes into one buffer of that size. One without a length is kept
// as the pieces Qt hands over (small reads gathered into pieces of 64 KiB) and joined once at
// the end: a buffer grown in place would be copied on each growth and, with the allocator's heap
// reuse, hold two copies.
// And it ends the request at a deadline, however steadily a server trickles bytes.
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkReply;
class QNetworkRequest;

namespace AsanaFeed {

class BoundedBody final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedBody)

public:
    // What a request needs for its answer to be bounded, set before it is sent: HTTP/1.1 (whose
    // socket buffer Qt keeps small over TLS), and redirects not followed (a redirect would carry
    // a request's body, such as a refresh token, to wherever it points).
    static void prepare(QNetworkRequest& request);

    // Attaches to `reply` (and is deleted with it). Call before the event loop runs again.
    BoundedBody(QNetworkReply* reply, qint64 cap, std::chrono::milliseconds deadline);

    // The one attached to `reply`, if any.
    [[nodiscard]] static BoundedBody* of(const QNetworkReply* reply);

    [[nodiscard]] bool tooLarge() const { return m_tooLarge; }
    [[nodiscard]] bool pastDeadline() const { return m_pastDeadline; }
    // The whole body, once the reply finished (empty when it was cut off).
    [[nodiscard]] QByteArray take();

private:
    void read();

    QNetworkReply* m_reply = nullptr;
    qint64 m_cap = 0;
    QByteArrayList m_pieces;
    qint64 m_size = 0;
    QTimer m_deadline;
    bool m_tooLarge = false;
    bool m_pastDeadline = false;
};

} // namespace AsanaFeed
