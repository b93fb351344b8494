#include "cli/SignInCommand.h"

#include "auth/PatSignIn.h"
#include "auth/TokenStore.h"
#include "cli/LineReader.h"
#include "cli/Terminal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QTimer>

namespace AsanaFeed {

SignInCommand::SignInCommand(Options options, QNetworkAccessManager* network, TokenStore* store, Settings* settings,
                             OAuthSignIn::OpenUrl openUrl, FILE* in, FILE* out, FILE* err, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(network)
    , m_store(store)
    , m_settings(settings)
    , m_openUrl(std::move(openUrl))
    , m_in(in)
    , m_out(out)
    , m_err(err)
{}

SignInCommand::~SignInCommand() = default;

void SignInCommand::say(FILE* stream, const QString& text)
{
    Terminal::printLine(stream, text);
}

void SignInCommand::start()
{
    if (m_options.tokenFromStdin) {
        const QString token = m_options.token.trimmed();
        if (token.isEmpty()) {
            say(m_err, tr("asana-feed: no token on standard input"));
            QTimer::singleShot(0, this, [this] { done(Usage); });
            return;
        }
        m_pat = new PatSignIn(m_network, m_options.baseUrl, this);
        connect(m_pat, &PatSignIn::finished, this, &SignInCommand::onSignedIn);
        m_pat->verify(token);
        return;
    }

    startOAuth();
}

void SignInCommand::startOAuth()
{
    if (m_options.clientId.isEmpty()) {
        const QString redirect =
            m_options.outOfBand
                ? QString::fromLatin1(OAuthSignIn::outOfBandRedirect)
                : QStringLiteral("http://127.0.0.1:%1%2").arg(m_options.port).arg(m_options.callbackPath);
        say(m_err, tr("asana-feed: no OAuth client id. Register an app in Asana's developer console "
                      "(My apps → Create new app; under OAuth add the redirect URL %1 exactly), then set "
                      "the ASANA_CLIENT_ID environment variable to its client id (and ASANA_CLIENT_SECRET "
                      "if the app requires it), or set oauth/clientId in the settings, or build with "
                      "-DASANAFEED_OAUTH_CLIENT_ID=<id>. "
                      "Or keep a personal access token: asana-feed --sign-in --token-stdin")
                       .arg(redirect));
        QTimer::singleShot(0, this, [this] { done(Usage); });
        return;
    }
    OAuthSignIn::Options options;
    options.apiBaseUrl = m_options.baseUrl;
    options.clientId = m_options.clientId;
    options.clientSecret = m_options.clientSecret;
    options.port = m_options.port;
    options.callbackPath = m_options.callbackPath;
    m_oauth = new OAuthSignIn(
        m_network, options,
        [this](const QUrl& url) {
            say(m_err, m_options.outOfBand
                           ? tr("asana-feed: to sign in, open this address in a browser and allow access, then "
                                "paste the code Asana shows here and press Enter (within 5 minutes):")
                           : tr("asana-feed: to sign in, open this address in a browser (waiting up to 5 minutes):"));
            say(m_err, url.toString(QUrl::FullyEncoded));
            if (m_openUrl) {
                m_openUrl(url);
            }
        },
        this);
    connect(m_oauth, &OAuthSignIn::finished, this, &SignInCommand::onSignedIn);
    if (!m_options.outOfBand) {
        m_oauth->start();
        return;
    }
    m_oauth->startOutOfBand();
    if (m_oauth->isRunning()) {
        readCode();
    }
}

// Out-of-band: the code comes back through the person, as one line on `in`.
void SignInCommand::readCode()
{
    m_codeReader = new LineReader(m_in, this);
    connect(m_codeReader, &LineReader::lineRead, this, [this](const QString& line) {
        if (m_oauth && m_oauth->isRunning()) {
            m_oauth->submitCode(line); // an empty line is refused there, with a message
        }
    });
    connect(m_codeReader, &LineReader::endOfInput, this, [this] {
        if (m_oauth && m_oauth->isRunning()) {
            say(m_err, tr("asana-feed: sign-in failed: standard input ended before a code was pasted"));
            done(Refused);
            m_oauth->cancel();
        }
    });
    m_codeReader->start();
}

void SignInCommand::onSignedIn(const SignInResult& result)
{
    if (m_finished) {
        return;
    }
    if (!result.ok()) {
        say(m_err, tr("asana-feed: sign-in failed: %1").arg(result.message));
        done(Refused);
        return;
    }
    const AccountInfo account = result.account;
    if (!account.isValid()) {
        say(m_err, tr("asana-feed: sign-in failed: the server did not say which account this is"));
        done(Refused);
        return;
    }
    const bool oauth = result.credentials.kind == Credentials::Kind::OAuth;
    m_store->save(account.gid, result.credentials, [this, account, oauth](const TokenResult& saved) {
        if (!saved.ok()) {
            if (saved.status == TokenResult::Status::Unavailable) {
                say(m_err, tr("asana-feed: no keychain is available (%1); nothing was kept. "
                              "asana-feed keeps secrets only in the OS keychain — start a keychain "
                              "(e.g. gnome-keyring or KWallet) or use ASANA_TOKEN for --follow.")
                               .arg(saved.message));
            } else {
                say(m_err, tr("asana-feed: the keychain refused to keep the token: %1").arg(saved.message));
            }
            done(KeychainFailed);
            return;
        }
        m_settings->setAccount(account);
        if (oauth && m_options.clientSecret.isEmpty()) {
            // Renewals must use the client the grant was issued to, also when ASANA_CLIENT_ID
            // is not set for a later run.
            m_settings->setOAuthClientId(m_options.clientId);
        }
        say(m_out, tr("Signed in as %1").arg(account.displayName()));
        done(Success);
    });
}

void SignInCommand::done(int exitCode)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    emit finished(exitCode);
}

} // namespace AsanaFeed
