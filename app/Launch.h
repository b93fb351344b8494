// Launch: what every mode of asana-feed does alike, shared by the program (main.cpp, the terminal
// modes) and the window library it loads for the window modes (WindowMain.cpp): the process's
// names and language, error lines, the keychain's service name, the OAuth app, the browser.
// QtCore only, like the terminal modes themselves.
#pragma once

#include "auth/OAuthClient.h"

#include <QString>

class QCoreApplication;
class QUrl;

namespace AsanaFeed::Launch {

// The application's names (for QSettings and the data folders) and version, and the language
// chosen in the settings, else the system's. Once the application object exists.
void setUp(QCoreApplication* app);

// "asana-feed: <message>" on stderr, its control characters escaped.
void printError(const QString& message);

// The keychain entries live under the app id; ASANAFEED_KEYCHAIN_SERVICE overrides it (tests).
[[nodiscard]] QString keychainService();

// The OAuth app the sign-ins are issued to (OAuthClient says in which order it is looked up).
[[nodiscard]] OAuthClient oauthClient();

// Opens the sign-in page. With ASANAFEED_SIGNIN_BROWSER=<command>, that command is run with the
// URL (a specific browser, or a scripted one in tests); otherwise the desktop's browser, when
// there is a desktop (else the sign-in only prints the URL).
void openInBrowser(const QUrl& url);

} // namespace AsanaFeed::Launch
