// Theme: how the window looks beyond the platform's own style — the colour scheme the person
// chose (Settings::colorScheme), applied to the whole application at once: the platform's own
// style and palette (System), or Fusion with a light or a dark palette of ours. The environment
// variable ASANAFEED_PALETTE=dark (or light) overrides the setting for one run: screenshots, and
// desktops whose theme does not say it is dark.
#pragma once

#include "store/Settings.h"

#include <QColor>
#include <QPalette>

#include <optional>

namespace AsanaFeed::Theme {

// The colour of an error message, readable on light and dark windows alike.
[[nodiscard]] QColor errorColor(const QPalette& palette);

// ASANAFEED_PALETTE's scheme for this run, if it names one ("dark" or "light").
[[nodiscard]] std::optional<Settings::ColorScheme> environmentOverride();

// Makes the application look as `scheme` says (unless the environment overrides it), at once, for
// every window. The first call remembers the platform's own style and palette, which System puts
// back: call it after the QApplication exists and before anything else changes either.
void apply(Settings::ColorScheme scheme);
// The scheme apply() last put in place (System before any call).
[[nodiscard]] Settings::ColorScheme current();

} // namespace AsanaFeed::Theme
