#include "auth/LoopbackRedirect.h"

#include "auth/OAuthRedirect.h"
#include "util/Logging.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace AsanaFeed {

namespace {

QByteArray page(const QString& text)
{
    return QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Asana Feed</title></head>"
                             "<body><p>") +
           text.toHtmlEscaped().toUtf8() + QByteArrayLiteral("</p></body></html>\n");
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

LoopbackRedirect::LoopbackRedirect(QString callbackPath, QString expectedState, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_callbackPath(std::move(callbackPath))
    , m_expectedState(std::move(expectedState))
    , m_answeredText(tr("Asana Feed has the answer. You can close this page and return to the app."))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirect::onNewConnection);
}

LoopbackRedirect::~LoopbackRedirect()
{
    close();
}

bool LoopbackRedirect::listen(quint16 port)
{
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), port);
}

void LoopbackRedirect::close()
{
    m_server->close();
}

bool LoopbackRedirect::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackRedirect::port() const
{
    return m_server->serverPort();
}

QString LoopbackRedirect::callbackUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(m_callbackPath);
}

void LoopbackRedirect::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Never more than a request's worth buffered, whatever a client keeps sending.
        socket->setReadBufferSize(OAuthRedirect::maxRequestBytes);
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        // A client that connects and never finishes its request is dropped.
        QTimer::singleShot(requestTimeout, socket, [socket] { socket->abort(); });
    }
}

void LoopbackRedirect::onReadyRead(QTcpSocket* socket)
{
    auto it = m_pending.find(socket);
    if (it == m_pending.end()) {
        return;
    }
    it->append(socket->read(OAuthRedirect::maxRequestBytes - it->size()));
    const OAuthRedirect::Request request = OAuthRedirect::readRequest(*it, m_callbackPath);
    switch (request.state) {
    case OAuthRedirect::Request::State::Incomplete:
        return;
    case OAuthRedirect::Request::State::TooLarge:
        answer(socket, 431, tr("This request is too large."));
        return;
    case OAuthRedirect::Request::State::Malformed:
        answer(socket, 400, tr("This page is not part of a sign-in in progress."));
        return;
    case OAuthRedirect::Request::State::NotGet:
        answer(socket, 405, tr("This page is not part of a sign-in in progress."));
        return;
    case OAuthRedirect::Request::State::OtherPath:
        answer(socket, 404, tr("This page is not part of a sign-in in progress."));
        return;
    case OAuthRedirect::Request::State::Callback:
        break;
    }
    const QVariantMap& values = request.values;
    // Only this attempt's own redirect may finish it, successful or not: a stray or forged
    // request (an error=access_denied from some page, say) is answered and ignored.
    const QString state = values.value(QStringLiteral("state")).toString();
    if (m_done || m_expectedState.isEmpty() || state != m_expectedState) {
        qCInfo(lcAuth) << "ignored a request to the sign-in redirect that did not carry this attempt's state";
        answer(socket, 400, tr("This page is not part of a sign-in in progress."));
        return;
    }
    m_done = true;
    answer(socket, 200, m_answeredText);
    emit redirected(values);
}

void LoopbackRedirect::answer(QTcpSocket* socket, int status, const QString& text)
{
    const QByteArray body = page(text);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // Nothing of the redirect (its code) may travel on to another page, or stay in a cache.
    response += "Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nX-Content-Type-Options: nosniff\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    m_pending.remove(socket);
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace AsanaFeed
