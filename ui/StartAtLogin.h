// StartAtLogin: the "start at login" switch of the settings, kept with the platform's entry
// (platform/Autostart): what is started is this program, with --minimized while
// Settings::startMinimized() says so — the entry is written again when that setting changes while
// it is on. The entry itself is the only record: nothing about it is kept in the settings.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace AsanaFeed {

class Autostart;
class Settings;

class StartAtLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartAtLogin)

public:
    // `settings` must outlive it. `location` is where the entry is kept: empty for the platform's
    // own place (tests give a folder of their own). `program` is what starts (empty: this program).
    explicit StartAtLogin(Settings* settings, QString location = {}, QString program = {}, QObject* parent = nullptr);
    ~StartAtLogin() override;

    [[nodiscard]] bool isEnabled() const;
    // Adds or removes the entry; false with error() (for a person) when that failed.
    bool setEnabled(bool enabled);
    [[nodiscard]] QString error() const { return m_error; }
    // What the entry starts, after the program.
    [[nodiscard]] QStringList arguments() const;
    [[nodiscard]] QString entryPath() const;

signals:
    // Switched on or off, or the entry was written again.
    void changed();

private:
    [[nodiscard]] Autostart entry() const;
    void onSettingsChanged();

    Settings* m_settings = nullptr;
    QString m_location;
    QString m_program;
    bool m_minimized = false; // what the entry was last written with
    QString m_error;
};

} // namespace AsanaFeed
