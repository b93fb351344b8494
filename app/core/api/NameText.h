// NameText: a name from the network (a project's, a person's) as one bounded line of text:
// control characters and line breaks become spaces, runs of white space one space, and a name
// longer than anyone would type is cut with an ellipsis.
#pragma once

#include <QString>

namespace AsanaFeed {

inline constexpr qsizetype longestName = 256;

[[nodiscard]] QString nameText(const QString& raw);

} // namespace AsanaFeed
