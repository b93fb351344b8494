// Terminal: what the command-line modes print for a person. Text that came from the network (an
// error message, a name) may carry control characters — a screen clear, a colour, a window
// title, a forged status line after a newline — and a terminal would obey them. Everything
// printed goes through here with those characters escaped, so it reads as what it is.
#pragma once

#include <QString>
#include <QStringView>

#include <cstdio>

namespace AsanaFeed::Terminal {

// Escapes the C0 controls (newline and tab included), DEL and the C1 controls (U+0080–U+009F)
// as \n, \t, \r, \xHH or \u00HH; everything else is kept as it is.
[[nodiscard]] QString escapeControls(QStringView text);
// Writes `text`, escaped, and one newline, then flushes the stream.
void printLine(std::FILE* stream, QStringView text);

} // namespace AsanaFeed::Terminal
