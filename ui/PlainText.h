// PlainText: text from Asana (names, messages) shown in a widget is shown as the characters it
// is. A QLabel takes Qt::PlainText; these cover the places that have no such switch: tooltips
// (Qt guesses rich text from the content) and menu entries (an '&' marks a shortcut).
#pragma once

#include <QString>

namespace AsanaFeed::PlainText {

// A tooltip that shows `text` literally, line breaks kept, whatever markup it contains.
[[nodiscard]] QString toolTip(const QString& text);
// A QAction or button text that shows `text` literally ('&' doubled, not a mnemonic).
[[nodiscard]] QString actionText(const QString& text);

} // namespace AsanaFeed::PlainText
