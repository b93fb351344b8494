// Autostart on Linux and other XDG desktops: a desktop entry in $XDG_CONFIG_HOME/autostart
// (https://specifications.freedesktop.org/autostart-spec/), named by the app id like the installed
// entry, so a desktop's own "startup applications" list and ours name the same file.
#include "platform/Autostart.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

namespace AsanaFeed {

namespace {

constexpr auto entryName = "io.github.asana_feed.AsanaFeed.desktop";
// What versions before the app id wrote: still read, and replaced or removed with the new one.
constexpr auto legacyEntryName = "asana-feed.desktop";

// Whether the entry at `path` starts the app: it exists and is not switched off.
bool entryEnabled(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    // An entry the person (or their desktop's settings) switched off stays off.
    for (const QByteArray& line : file.read(64 * 1024).split('\n')) {
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (equals > 0 &&
            ((key == "Hidden" && value == "true") || (key == "X-GNOME-Autostart-enabled" && value == "false"))) {
            return false;
        }
    }
    return true;
}

// One argument of an Exec key: quoted when it needs to be, with the characters the desktop entry
// spec reserves escaped, and "%" doubled (it starts a field code).
QString execArgument(QString argument)
{
    argument.replace(QLatin1Char('%'), QStringLiteral("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    const bool quote = argument.isEmpty() ||
                       std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); });
    if (!quote) {
        return argument;
    }
    QString quoted;
    for (const QChar c : std::as_const(argument)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')) {
            quoted += QLatin1Char('\\');
        }
        quoted += c;
    }
    // The value of a desktop entry key escapes a backslash once more.
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// An older version's entry goes once ours is written or switched off: left beside ours, it would
// start a second copy. Empty, or what could not be done.
QString removeLegacyEntry(const QString& location)
{
    const QString legacyPath = QDir(location).filePath(QLatin1String(legacyEntryName));
    if (QFile::exists(legacyPath) && !QFile::remove(legacyPath)) {
        return QStringLiteral("cannot remove %1").arg(QDir::toNativeSeparators(legacyPath));
    }
    return {};
}

} // namespace

Autostart::Autostart(QString program, QStringList arguments, QString location)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_location(location.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                          QStringLiteral("/autostart")
                                    : std::move(location))
{}

QString Autostart::entryPath() const
{
    return QDir(m_location).filePath(QLatin1String(entryName));
}

bool Autostart::isEnabled() const
{
    // The entry under the app id decides; only without one does an older version's entry count.
    if (QFile::exists(entryPath())) {
        return entryEnabled(entryPath());
    }
    return entryEnabled(QDir(m_location).filePath(QLatin1String(legacyEntryName)));
}

bool Autostart::setEnabled(bool enabled)
{
    m_error.clear();
    if (!enabled) {
        m_error = removeLegacyEntry(m_location);
        if (!m_error.isEmpty()) {
            return false;
        }
        if (QFile::exists(entryPath()) && !QFile::remove(entryPath())) {
            m_error = QStringLiteral("cannot remove %1").arg(QDir::toNativeSeparators(entryPath()));
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(m_location)) {
        m_error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(m_location));
        return false;
    }
    QStringList exec{execArgument(m_program)};
    for (const QString& argument : std::as_const(m_arguments)) {
        exec.append(execArgument(argument));
    }
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Asana Feed\n"
                                         "Comment=Live activity from Asana\n"
                                         "Exec=%1\n"
                                         "Icon=io.github.asana_feed.AsanaFeed\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec.join(QLatin1Char(' ')));
    QSaveFile file(entryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(entryPath()), file.errorString());
        return false;
    }
    m_error = removeLegacyEntry(m_location);
    return m_error.isEmpty();
}

} // namespace AsanaFeed
