// Theme: how the window looks beyond the platform's own style. ASANAFEED_PALETTE=dark forces
// Fusion with a dark palette, to check (and screenshot) dark mode on desktops whose platform
// theme does not report one; otherwise the platform decides.
#pragma once

#include <QColor>
#include <QPalette>

namespace AsanaFeed::Theme {

// The colour of an error message, readable on light and dark windows alike.
[[nodiscard]] QColor errorColor(const QPalette& palette);

// Applies the override the environment asks for, if any. Call after the QApplication exists.
void applyOverride();

} // namespace AsanaFeed::Theme
