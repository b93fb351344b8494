#include "api/NameText.h"

namespace AsanaFeed {

QString nameText(const QString& raw)
{
    QString text = raw.left(longestName * 4);
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = QLatin1Char(' ');
        }
    }
    text = text.simplified();
    if (text.size() > longestName) {
        text.truncate(longestName - 1);
        if (text.back().isHighSurrogate()) {
            text.chop(1);
        }
        text.append(QChar(0x2026));
    }
    return text;
}

} // namespace AsanaFeed
