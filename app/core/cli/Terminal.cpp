#include "cli/Terminal.h"

namespace AsanaFeed::Terminal {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

} // namespace

QString escapeControls(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && !isControl(text.at(first).unicode())) {
        ++first;
    }
    if (first == text.size()) {
        return text.toString(); // the usual case: nothing to escape
    }
    QString escaped;
    escaped.reserve(text.size() + 16);
    escaped.append(text.left(first));
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c)) {
            escaped.append(QChar(c));
            continue;
        }
        switch (c) {
        case u'\n':
            escaped.append(QLatin1String("\\n"));
            break;
        case u'\r':
            escaped.append(QLatin1String("\\r"));
            break;
        case u'\t':
            escaped.append(QLatin1String("\\t"));
            break;
        default:
            escaped.append(c < 0x80 ? QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'))
                                    : QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
            break;
        }
    }
    return escaped;
}

void printLine(std::FILE* stream, QStringView text)
{
    const QByteArray line = escapeControls(text).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stream);
    std::fflush(stream);
}

} // namespace AsanaFeed::Terminal
