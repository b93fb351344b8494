// Autostart on Windows: a value named after the app under
// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run.
#include "platform/Autostart.h"

#include <QDir>
#include <QSettings>

#include <utility>

namespace AsanaFeed {

namespace {

constexpr auto valueName = "Asana Feed";

// A command line argument as CommandLineToArgvW reads it back.
QString commandLineArgument(const QString& argument)
{
    if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) && !argument.contains(QLatin1Char('\t')) &&
        !argument.contains(QLatin1Char('"'))) {
        return argument;
    }
    QString quoted = QStringLiteral("\"");
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == QLatin1Char('\\')) {
            ++backslashes;
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted += QString(backslashes * 2 + 1, QLatin1Char('\\'));
        } else {
            quoted += QString(backslashes, QLatin1Char('\\'));
        }
        backslashes = 0;
        quoted += c;
    }
    quoted += QString(backslashes * 2, QLatin1Char('\\'));
    return quoted + QLatin1Char('"');
}

} // namespace

Autostart::Autostart(QString program, QStringList arguments, QString location)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_location(location.isEmpty()
                     ? QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run")
                     : std::move(location))
{}

QString Autostart::entryPath() const
{
    return m_location + QLatin1Char('\\') + QLatin1String(valueName);
}

bool Autostart::isEnabled() const
{
    const QSettings run(m_location, QSettings::NativeFormat);
    return run.contains(QLatin1String(valueName));
}

bool Autostart::setEnabled(bool enabled)
{
    m_error.clear();
    QSettings run(m_location, QSettings::NativeFormat);
    if (enabled) {
        QStringList command{commandLineArgument(QDir::toNativeSeparators(m_program))};
        for (const QString& argument : std::as_const(m_arguments)) {
            command.append(commandLineArgument(argument));
        }
        run.setValue(QLatin1String(valueName), command.join(QLatin1Char(' ')));
    } else {
        run.remove(QLatin1String(valueName));
    }
    run.sync();
    // Switched off in Task Manager or Settings, Windows keeps the Run value and records the choice
    // here; removed, the entry counts as on again (what the person asked for now).
    QSettings approved(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run"),
        QSettings::NativeFormat);
    approved.remove(QLatin1String(valueName));
    if (run.status() != QSettings::NoError) {
        m_error = QStringLiteral("cannot write %1").arg(entryPath());
        return false;
    }
    return true;
}

} // namespace AsanaFeed
