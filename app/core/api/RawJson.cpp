#include "api/RawJson.h"

namespace AsanaFeed::RawJson {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_data(text.constData())
        , m_size(text.size())
    {}

    void skipSpace()
    {
        while (m_pos < m_size && isSpace(m_data[m_pos])) {
            ++m_pos;
        }
    }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    [[nodiscard]] char peek() const { return m_pos < m_size ? m_data[m_pos] : '\0'; }
    bool consume(char c)
    {
        skipSpace();
        if (peek() != c) {
            return false;
        }
        ++m_pos;
        return true;
    }
    [[nodiscard]] qsizetype position() const { return m_pos; }

    // Skips a string starting at the current '"'; returns false on an unterminated one, and on
    // a raw control character (Qt's parser lets a literal newline through; we must not print it).
    bool skipString()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_size) {
            const char c = m_data[m_pos++];
            if (c == '\\') {
                ++m_pos;
            } else if (c == '"') {
                return true;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return false;
            }
        }
        return false;
    }

    // Reads a string key and compares it without decoding (keys we look for have no escapes).
    bool readKey(QByteArrayView* key)
    {
        skipSpace();
        if (peek() != '"') {
            return false;
        }
        const qsizetype start = m_pos + 1;
        if (!skipString()) {
            return false;
        }
        *key = QByteArrayView(m_data + start, m_pos - 1 - start);
        return true;
    }

    // Skips any value; objects and arrays by depth, minding strings.
    bool skipValue()
    {
        skipSpace();
        if (atEnd()) {
            return false;
        }
        const char first = peek();
        if (first == '"') {
            return skipString();
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            while (m_pos < m_size) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (!skipString()) {
                        return false;
                    }
                    continue;
                }
                ++m_pos;
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        return true;
                    }
                }
            }
            return false;
        }
        while (m_pos < m_size && !isSpace(m_data[m_pos]) && m_data[m_pos] != ',' && m_data[m_pos] != '}' &&
               m_data[m_pos] != ']') {
            ++m_pos;
        }
        return true;
    }

    // The bytes from `start` to here, without whitespace outside strings.
    [[nodiscard]] QByteArray compactSlice(qsizetype start) const
    {
        const QByteArrayView slice(m_data + start, m_pos - start);
        bool hasSpace = false;
        for (const char c : slice) {
            if (isSpace(c)) {
                hasSpace = true;
                break;
            }
        }
        if (!hasSpace) {
            return slice.toByteArray();
        }
        QByteArray out;
        out.reserve(slice.size());
        bool inString = false;
        for (qsizetype i = 0; i < slice.size(); ++i) {
            const char c = slice[i];
            if (inString) {
                out += c;
                if (c == '\\' && i + 1 < slice.size()) {
                    out += slice[++i];
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out += c;
            } else if (!isSpace(c)) {
                out += c;
            }
        }
        return out;
    }

private:
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QList<QByteArray>> dataElements(const QByteArray& body)
{
    Scanner scanner(body);
    if (!scanner.consume('{')) {
        return std::nullopt;
    }
    std::optional<QList<QByteArray>> found;
    while (true) {
        scanner.skipSpace();
        if (scanner.peek() == '}') {
            break;
        }
        QByteArrayView key;
        if (!scanner.readKey(&key) || !scanner.consume(':')) {
            return std::nullopt;
        }
        if (key.contains('\\')) {
            return std::nullopt; // an escaped key might spell "data": trust only the real parser
        }
        scanner.skipSpace();
        if (key == QByteArrayView("data") && scanner.peek() == '[') {
            QList<QByteArray> elements;
            scanner.consume('[');
            scanner.skipSpace();
            if (scanner.peek() == ']') {
                scanner.consume(']');
            } else {
                while (true) {
                    scanner.skipSpace();
                    const qsizetype start = scanner.position();
                    if (!scanner.skipValue()) {
                        return std::nullopt;
                    }
                    elements.append(scanner.compactSlice(start));
                    if (scanner.consume(',')) {
                        continue;
                    }
                    if (!scanner.consume(']')) {
                        return std::nullopt;
                    }
                    break;
                }
            }
            found = std::move(elements);
        } else if (!scanner.skipValue()) {
            return std::nullopt;
        }
        if (!scanner.consume(',')) {
            if (!scanner.consume('}')) {
                return std::nullopt;
            }
            break;
        }
    }
    return found;
}

} // namespace AsanaFeed::RawJson
