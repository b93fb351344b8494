// Autostart on macOS: a LaunchAgent in ~/Library/LaunchAgents that runs the program at login.
#include "platform/Autostart.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <utility>

namespace AsanaFeed {

namespace {

constexpr auto label = "com.asanafeed.AsanaFeed";

QString xmlText(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

Autostart::Autostart(QString program, QStringList arguments, QString location)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_location(location.isEmpty() ? QDir::homePath() + QStringLiteral("/Library/LaunchAgents") : std::move(location))
{}

QString Autostart::entryPath() const
{
    return QDir(m_location).filePath(QLatin1String(label) + QStringLiteral(".plist"));
}

bool Autostart::isEnabled() const
{
    return QFile::exists(entryPath());
}

bool Autostart::setEnabled(bool enabled)
{
    m_error.clear();
    if (!enabled) {
        if (QFile::exists(entryPath()) && !QFile::remove(entryPath())) {
            m_error = QStringLiteral("cannot remove %1").arg(entryPath());
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(m_location)) {
        m_error = QStringLiteral("cannot create %1").arg(m_location);
        return false;
    }
    QString arguments = QStringLiteral("        <string>%1</string>\n").arg(xmlText(m_program));
    for (const QString& argument : std::as_const(m_arguments)) {
        arguments += QStringLiteral("        <string>%1</string>\n").arg(xmlText(argument));
    }
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n"
                                         "<dict>\n"
                                         "    <key>Label</key>\n"
                                         "    <string>%1</string>\n"
                                         "    <key>ProgramArguments</key>\n"
                                         "    <array>\n"
                                         "%2"
                                         "    </array>\n"
                                         "    <key>RunAtLoad</key>\n"
                                         "    <true/>\n"
                                         "</dict>\n"
                                         "</plist>\n")
                              .arg(QLatin1String(label), arguments);
    QSaveFile file(entryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(plist.toUtf8()) < 0 || !file.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(entryPath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace AsanaFeed
