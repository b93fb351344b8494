// SignInCommand: `asana-feed --sign-in` — signs in once from a terminal, with OAuth (the browser
// and a loopback redirect, or out-of-band: the person pastes the code Asana shows as one line on
// stdin) or a personal access token read from stdin, keeps the credentials in the keychain only and
// remembers which account is signed in (who it is — never a secret) in the Settings. Follow mode
// and the window later find the token through Settings::account() and the same TokenStore.
#pragma once

#include "auth/OAuthSignIn.h"
#include "auth/SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <cstdio>
#include <functional>

class QNetworkAccessManager;

namespace AsanaFeed {

class LineReader;
class Settings;
class TokenStore;
class PatSignIn;

class SignInCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInCommand)

public:
    enum ExitCode { Success = 0, KeychainFailed = 1, Usage = 2, Refused = 3 };

    struct Options
    {
        QUrl baseUrl;
        bool tokenFromStdin = false;
        QString token;          // with tokenFromStdin: what was read (the caller reads stdin)
        bool outOfBand = false; // OAuth with the redirect urn:ietf:wg:oauth:2.0:oob; the code from `in`
        QString clientId;       // OAuth
        QString clientSecret;   // OAuth, optional
        quint16 port = OAuthSignIn::defaultPort;
        QString callbackPath = QString::fromLatin1(OAuthSignIn::defaultCallbackPath);
    };

    // `network`, `store` and `settings` must outlive this object. `in` is read only out-of-band.
    SignInCommand(Options options, QNetworkAccessManager* network, TokenStore* store, Settings* settings,
                  OAuthSignIn::OpenUrl openUrl, FILE* in, FILE* out, FILE* err, QObject* parent = nullptr);
    ~SignInCommand() override;

    // Emits finished() once, from the event loop.
    void start();

signals:
    void finished(int exitCode);

private:
    void startOAuth();
    void readCode();
    void onSignedIn(const SignInResult& result);
    void done(int exitCode);
    void say(FILE* stream, const QString& text);

    Options m_options;
    QNetworkAccessManager* m_network = nullptr;
    TokenStore* m_store = nullptr;
    Settings* m_settings = nullptr;
    OAuthSignIn::OpenUrl m_openUrl;
    FILE* m_in = nullptr;
    FILE* m_out = nullptr;
    FILE* m_err = nullptr;
    QPointer<OAuthSignIn> m_oauth;
    QPointer<PatSignIn> m_pat;
    QPointer<LineReader> m_codeReader;
    bool m_finished = false;
};

} // namespace AsanaFeed
