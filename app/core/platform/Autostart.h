// Autostart: whether the app starts when the person logs in, and the switch for it — an XDG
// autostart entry on Linux (Autostart_xdg.cpp), a LaunchAgent on macOS (Autostart_mac.cpp), the
// HKCU Run value on Windows (Autostart_win.cpp). One of the three is built, by platform.
#pragma once

#include <QString>
#include <QStringList>

namespace AsanaFeed {

class Autostart final
{
public:
    // `program` and `arguments` are what is started at login. `location` is where the entry is
    // kept: empty for the platform's own place (tests give a folder of their own).
    Autostart(QString program, QStringList arguments, QString location = {});

    [[nodiscard]] bool isEnabled() const;
    // Adds or removes the entry; false with error() when that failed.
    bool setEnabled(bool enabled);
    [[nodiscard]] QString error() const { return m_error; }
    // Where the entry is (a file, or a registry key), for messages and tests.
    [[nodiscard]] QString entryPath() const;

private:
    QString m_program;
    QStringList m_arguments;
    QString m_location;
    QString m_error;
};

} // namespace AsanaFeed
