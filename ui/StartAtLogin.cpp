#include "StartAtLogin.h"

#include "platform/Autostart.h"
#include "store/Settings.h"

#include <QCoreApplication>

#include <utility>

namespace AsanaFeed {

StartAtLogin::StartAtLogin(Settings* settings, QString location, QString program, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_location(std::move(location))
    , m_program(program.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(program))
    , m_minimized(settings->startMinimized())
{
    connect(m_settings, &Settings::changed, this, &StartAtLogin::onSettingsChanged);
}

StartAtLogin::~StartAtLogin() = default;

QStringList StartAtLogin::arguments() const
{
    return m_settings->startMinimized() ? QStringList{QStringLiteral("--minimized")} : QStringList();
}

Autostart StartAtLogin::entry() const
{
    return {m_program, arguments(), m_location};
}

QString StartAtLogin::entryPath() const
{
    return entry().entryPath();
}

bool StartAtLogin::isEnabled() const
{
    return entry().isEnabled();
}

bool StartAtLogin::setEnabled(bool enabled)
{
    Autostart autostart = entry();
    m_error.clear();
    const bool done = autostart.setEnabled(enabled);
    if (!done) {
        m_error = enabled ? tr("Asana Feed could not be set to start at login (%1).").arg(autostart.error())
                          : tr("Asana Feed could not be kept from starting at login (%1).").arg(autostart.error());
    }
    m_minimized = m_settings->startMinimized();
    emit changed();
    return done;
}

void StartAtLogin::onSettingsChanged()
{
    if (m_settings->startMinimized() == m_minimized) {
        return;
    }
    m_minimized = m_settings->startMinimized();
    if (isEnabled()) {
        setEnabled(true); // the same entry, with or without --minimized now
    }
}

} // namespace AsanaFeed
