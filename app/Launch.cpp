#include "Launch.h"

#include "auth/KeychainTokenStore.h"
#include "cli/Terminal.h"
#include "i18n/Translations.h"
#include "platform/DesktopBrowser.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QStringList>
#include <QUrl>

#ifndef ASANAFEED_OAUTH_CLIENT_ID
#define ASANAFEED_OAUTH_CLIENT_ID ""
#endif
#ifndef ASANAFEED_OAUTH_CLIENT_SECRET
#define ASANAFEED_OAUTH_CLIENT_SECRET ""
#endif

namespace AsanaFeed::Launch {

void setUp(QCoreApplication* app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("AsanaFeed"));
    QCoreApplication::setApplicationName(QStringLiteral("asana-feed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASANAFEED_VERSION));
    // Before anything is said: the language chosen in the settings, else the system's.
    QSettings backend;
    Translations::install(app, Translations::localeFor(Settings(&backend).language()));
}

void printError(const QString& message)
{
    Terminal::printLine(stderr, QString(QStringLiteral("asana-feed: ") + message));
}

QString keychainService()
{
    const QString service = qEnvironmentVariable("ASANAFEED_KEYCHAIN_SERVICE");
    return service.isEmpty() ? QString::fromLatin1(KeychainTokenStore::defaultService) : service;
}

OAuthClient oauthClient()
{
    QSettings backend;
    const Settings settings(&backend);
    OAuthClient::Sources sources;
    sources.environmentId = qEnvironmentVariable("ASANA_CLIENT_ID");
    sources.environmentSecret = qEnvironmentVariable("ASANA_CLIENT_SECRET");
    sources.settingsId = settings.oauthClientId();
    sources.settingsPort = settings.oauthRedirectPort();
    sources.settingsCallbackPath = settings.oauthCallbackPath();
    sources.builtInId = QStringLiteral(ASANAFEED_OAUTH_CLIENT_ID);
    sources.builtInSecret = QStringLiteral(ASANAFEED_OAUTH_CLIENT_SECRET);
    return OAuthClient::resolve(sources);
}

void openInBrowser(const QUrl& url)
{
    const QString command = qEnvironmentVariable("ASANAFEED_SIGNIN_BROWSER");
    if (!command.isEmpty()) {
        QStringList arguments = QProcess::splitCommand(command);
        if (arguments.isEmpty()) {
            return;
        }
        const QString program = arguments.takeFirst();
        arguments.append(url.toString(QUrl::FullyEncoded));
        if (!QProcess::startDetached(program, arguments)) {
            printError(QCoreApplication::translate("main", "cannot run ASANAFEED_SIGNIN_BROWSER (%1)").arg(program));
        }
        return;
    }
    if (DesktopBrowser::isAvailable()) {
        DesktopBrowser::open(url);
    }
}

} // namespace AsanaFeed::Launch
