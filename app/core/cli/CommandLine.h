// CommandLine: what the person asked asana-feed to do, parsed and checked once. Bad usage is
// reported here with a message, before anything touches the network.
#pragma once

#include <QStringList>
#include <QUrl>

#include <chrono>

namespace AsanaFeed {

struct CommandLine
{
    enum class Mode { Gui, Demo, Follow, Export, SignIn, Help, Version };

    Mode mode = Mode::Gui;
    QStringList followGids;
    QStringList subscribeGids; // --subscribe GID (GUI mode): what the window follows
    QUrl baseUrl;
    std::chrono::milliseconds interval{std::chrono::seconds(10)};
    int requestsPerMinute = 0;   // --budget N: the account's request budget; 0: the default
    bool tokenFromStdin = false; // --sign-in --token-stdin: a personal access token on stdin
    bool outOfBand = false;      // --sign-in --out-of-band: OAuth with a code pasted on stdin
    QString statePath;           // --state FILE: an EventStore database to resume from and keep
    bool minimized = false;      // --minimized (window modes): start in the tray, without the window
    QString error;               // non-empty: bad usage (exit code 2)
    QString helpText;

    [[nodiscard]] bool isValid() const { return error.isEmpty(); }
};

// arguments include the program name, as QCoreApplication::arguments() gives them.
[[nodiscard]] CommandLine parseCommandLine(const QStringList& arguments);

} // namespace AsanaFeed
