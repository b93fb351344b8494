// ScriptedBrowser: plays the person's browser in OAuth tests — opens the simulator's consent page
// for an authorize URL and approves (following the redirect to the app's loopback listener),
// denies, sends a redirect with a forged state before the real one, or reads the out-of-band code
// the page shows.
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <functional>

namespace AsanaFeed::Sim {

class ScriptedBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedBrowser)

public:
    enum class Mode { Approve, Deny, ForgeState, ShowOutOfBandCode, Ignore };

    explicit ScriptedBrowser(QObject* parent = nullptr)
        : QObject(parent)
    {}

    void setMode(Mode mode) { m_mode = mode; }
    // Runs just before the browser follows the redirect back to the app.
    void setBeforeRedirect(std::function<void()> hook) { m_beforeRedirect = std::move(hook); }
    // The browser's own network access, for requests a test makes "in the browser".
    [[nodiscard]] QNetworkAccessManager* network() { return &m_network; }
    // What the app's "open the browser" callback does.
    void open(const QUrl& authorizeUrl);
    [[nodiscard]] int openCount() const { return m_opened; }
    // ShowOutOfBandCode: the code the consent page showed (empty until it loaded).
    [[nodiscard]] QString outOfBandCode() const { return m_code; }
    // ForgeState: the status and page the app answered the forged redirect with (0 before).
    [[nodiscard]] int forgedStatus() const { return m_forgedStatus; }
    [[nodiscard]] QByteArray forgedPage() const { return m_forgedPage; }

private:
    QNetworkAccessManager m_network;
    Mode m_mode = Mode::Approve;
    std::function<void()> m_beforeRedirect;
    int m_opened = 0;
    QString m_code;
    int m_forgedStatus = 0;
    QByteArray m_forgedPage;
};

} // namespace AsanaFeed::Sim
