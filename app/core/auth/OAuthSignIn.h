// OAuthSignIn: one "Sign in with Asana" attempt — OAuth 2.0 authorization code with PKCE (S256)
// through QOAuth2AuthorizationCodeFlow. The browser is opened through an injected callback (the
// app passes QDesktopServices::openUrl; the engine does not link QtGui). The redirect is caught
// on 127.0.0.1 only, by default at
//
//     http://127.0.0.1:8723/callback
//
// which is the redirect URL to register for the app in Asana's developer console. Only the
// redirect that carries this attempt's state ends it (see LoopbackRedirect); the listener is
// closed as soon as it arrives, on cancel() and after the timeout (5 minutes). The
// out-of-band variant (redirect urn:ietf:wg:oauth:2.0:oob) opens the same consent page and takes
// the code the person pastes. The OAuth endpoints are derived from the API base URL's origin,
// so the simulator can stand in for Asana. Emits finished() exactly once, from the event loop.
#pragma once

#include "auth/SignInResult.h"

#include <QAbstractOAuth>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QOAuthOobReplyHandler;

namespace AsanaFeed {

class LoopbackRedirect;

class OAuthSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuthSignIn)

public:
    using OpenUrl = std::function<void(const QUrl&)>;
    using ParameterHook = QAbstractOAuth::ModifyParametersFunction;

    static constexpr quint16 defaultPort = 8723;
    static constexpr auto defaultCallbackPath = "/callback";
    static constexpr auto outOfBandRedirect = "urn:ietf:wg:oauth:2.0:oob";

    struct Options
    {
        QUrl apiBaseUrl;      // e.g. https://app.asana.com/api/1.0; only its origin is used
        QString clientId;     // required
        QString clientSecret; // only where the registered app requires it
        QString scope = QStringLiteral("default");
        quint16 port = defaultPort; // 0 picks a free port (tests)
        QString callbackPath = QString::fromLatin1(defaultCallbackPath);
        std::chrono::milliseconds timeout{std::chrono::minutes(5)};
    };

    OAuthSignIn(QNetworkAccessManager* network, Options options, OpenUrl openUrl, QObject* parent = nullptr);
    ~OAuthSignIn() override;

    // <origin>/-/oauth_authorize, /-/oauth_token, /-/oauth_revoke of an API base URL.
    [[nodiscard]] static QUrl authorizeEndpoint(const QUrl& apiBaseUrl);
    [[nodiscard]] static QUrl tokenEndpoint(const QUrl& apiBaseUrl);
    [[nodiscard]] static QUrl revokeEndpoint(const QUrl& apiBaseUrl);

    // Listens on 127.0.0.1:<port>, opens the browser, waits for the redirect.
    void start();
    // Opens the browser with the out-of-band redirect; then submitCode() with the pasted code.
    void startOutOfBand();
    void submitCode(const QString& code);
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    // The loopback port listened on while waiting for the redirect; 0 when not listening.
    [[nodiscard]] quint16 listeningPort() const;
    // The redirect URL in use (loopback or out-of-band); empty before start.
    [[nodiscard]] QString redirectUrl() const { return m_redirectUrl; }
    // The authorize URL handed to the browser; empty before start.
    [[nodiscard]] QUrl authorizationUrl() const { return m_authorizationUrl; }

    // Runs after this class has set its own parameters for a stage (tests use it to tamper).
    void setParameterHook(ParameterHook hook) { m_hook = std::move(hook); }

signals:
    void finished(const AsanaFeed::SignInResult& result);

private:
    bool prepare();
    // Sets up the flow with the redirect URL in use and opens the browser.
    void begin(const QString& redirectUrl);
    void onCallback(const QVariantMap& values);
    void onGranted();
    void fail(SignInResult::Failure failure, const QString& message);
    void finish(SignInResult result);
    void stopListening();

    QNetworkAccessManager* m_network = nullptr;
    Options m_options;
    OpenUrl m_openUrl;
    ParameterHook m_hook;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackRedirect> m_loopback;
    QPointer<QOAuthOobReplyHandler> m_handler;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
    QString m_redirectUrl;
    QUrl m_authorizationUrl;
    bool m_running = false;
    bool m_started = false;
};

} // namespace AsanaFeed
