#include "PlainText.h"

namespace AsanaFeed::PlainText {

QString toolTip(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    // Made rich text on purpose, with every character escaped: Qt then has nothing to guess.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString actionText(const QString& text)
{
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace AsanaFeed::PlainText
