#include "Theme.h"

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyle>

namespace AsanaFeed::Theme {

namespace {

const QString fusion = QStringLiteral("Fusion");

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4c));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return dark;
}

// Light whatever the desktop says: Fusion's own colours, with the roles the feed leans on (the
// placeholder grey, the highlight) set as firmly as the dark palette sets them.
QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf7, 0xf7));
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x73));
    light.setColor(QPalette::Button, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::ButtonText, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    light.setColor(QPalette::HighlightedText, Qt::white);
    light.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    light.setColor(QPalette::ToolTipText, Qt::black);
    light.setColor(QPalette::Link, QColor(0x00, 0x55, 0xb3));
    light.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    light.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    light.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    light.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    return light;
}

// What the platform gave the application before we changed anything.
struct PlatformLook
{
    QString style;
    QPalette palette;
};

PlatformLook& platformLook()
{
    static PlatformLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                             QApplication::palette()};
    return look;
}

Settings::ColorScheme g_current = Settings::ColorScheme::System;
bool g_changed = false; // the style or palette is no longer the platform's own

void useStyle(const QString& name)
{
    if (!name.isEmpty() && QApplication::style() &&
        QApplication::style()->name().compare(name, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(name);
    }
}

} // namespace

std::optional<Settings::ColorScheme> environmentOverride()
{
    const QString value = qEnvironmentVariable("ASANAFEED_PALETTE").trimmed().toLower();
    if (value == QLatin1String("dark")) {
        return Settings::ColorScheme::Dark;
    }
    if (value == QLatin1String("light")) {
        return Settings::ColorScheme::Light;
    }
    return std::nullopt;
}

void apply(Settings::ColorScheme scheme)
{
    const PlatformLook& platform = platformLook(); // remembered before the first change
    scheme = environmentOverride().value_or(scheme);
    if (scheme == Settings::ColorScheme::System && !g_changed) {
        return; // untouched, the platform's palette keeps following the desktop's
    }
    g_changed = true;
    switch (scheme) {
    case Settings::ColorScheme::System:
        useStyle(platform.style);
        QApplication::setPalette(platform.palette);
        break;
    case Settings::ColorScheme::Light:
        useStyle(fusion);
        QApplication::setPalette(lightPalette());
        break;
    case Settings::ColorScheme::Dark:
        useStyle(fusion);
        QApplication::setPalette(darkPalette());
        break;
    }
    g_current = scheme;
}

Settings::ColorScheme current()
{
    return g_current;
}

QColor errorColor(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
}

} // namespace AsanaFeed::Theme
