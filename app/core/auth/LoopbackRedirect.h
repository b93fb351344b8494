// LoopbackRedirect: where the browser comes back to after "Allow" — a listener on 127.0.0.1 that
// answers every request with a small page and closes the connection. Any local program or web
// page can send requests here, so only one that names the callback path and carries this
// attempt's `state` counts: it is reported once (a code, or Asana's error). Everything else — a
// missing or wrong state, another path, a favicon — gets a neutral page and changes nothing.
// Each request is read within bounds of size and time, so a client that connects and says
// nothing holds up no one.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace AsanaFeed {

class LoopbackRedirect final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackRedirect)

public:
    LoopbackRedirect(QString callbackPath, QString expectedState, QObject* parent = nullptr);
    ~LoopbackRedirect() override;

    // Listens on 127.0.0.1:<port> (0: a free one).
    bool listen(quint16 port);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:<port><path>: the redirect URL to hand to Asana.
    [[nodiscard]] QString callbackUrl() const;
    // The page shown for the one redirect that counts.
    void setAnsweredText(const QString& text) { m_answeredText = text; }

    static constexpr std::chrono::milliseconds requestTimeout{10000};

signals:
    // The redirect of this attempt: its query items (code and state, or error and its description).
    void redirected(const QVariantMap& values);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QString& text);

    QTcpServer* m_server = nullptr;
    QString m_callbackPath;
    QString m_expectedState;
    QString m_answeredText;
    QHash<QTcpSocket*, QByteArray> m_pending;
    bool m_done = false;
};

} // namespace AsanaFeed
