#include "api/EventPage.h"

#include "api/EventKey.h"

#include <QtAlgorithms>
#include <QtEndian>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace AsanaFeed::EventPage {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (isDigit(c)) {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
}

// The length of the well-formed UTF-8 sequence at `p` (Unicode's table 3-7: no overlong forms,
// no surrogates, nothing above U+10FFFF), or 0.
int utf8Length(const char* p, const char* end)
{
    const auto byte = [&](qsizetype i) { return static_cast<unsigned char>(p[i]); };
    const auto continuation = [&](qsizetype i) { return (byte(i) & 0xC0) == 0x80; };
    const unsigned char lead = byte(0);
    const qsizetype left = end - p;
    if (lead >= 0xC2 && lead <= 0xDF) {
        return left >= 2 && continuation(1) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        if (left < 3 || !continuation(1) || !continuation(2)) {
            return 0;
        }
        if ((lead == 0xE0 && byte(1) < 0xA0) || (lead == 0xED && byte(1) > 0x9F)) {
            return 0;
        }
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        if (left < 4 || !continuation(1) || !continuation(2) || !continuation(3)) {
            return 0;
        }
        if ((lead == 0xF0 && byte(1) < 0x90) || (lead == 0xF4 && byte(1) > 0x8F)) {
            return 0;
        }
        return 4;
    }
    return 0;
}

// A string value as it stands between its quotes (checked: escapes and UTF-8 are valid).
struct Text
{
    const char* begin = nullptr;
    const char* end = nullptr;
    bool present = false; // the value was a string
    bool escaped = false; // it holds a backslash escape

    [[nodiscard]] QByteArrayView bytes() const { return {begin, end - begin}; }
    [[nodiscard]] bool isEmpty() const { return begin == end; }
};

// U+FEFF, the byte order mark, in UTF-8.
constexpr QByteArrayView kBom("\xEF\xBB\xBF");

bool startsWithBom(const char* p, const char* end)
{
    return end - p >= 3 && QByteArrayView(p, 3) == kBom;
}

// Appends UTF-8 that is part of a longer string: QString::fromUtf8() would drop a byte order mark
// at the start of the run, which in the middle of a string is a character like any other.
void appendRun(QString* out, const char* begin, const char* end)
{
    while (startsWithBom(begin, end)) {
        *out += QChar(0xFEFF);
        begin += 3;
    }
    *out += QString::fromUtf8(begin, end - begin);
}

// Decodes a string with escapes as Qt's parser does: lone surrogates are kept as they are, and so
// is every byte order mark (a string without escapes loses a leading one: QString::fromUtf8()).
QString decodeEscaped(const Text& text)
{
    QString out;
    out.reserve(text.end - text.begin);
    const char* run = text.begin;
    const char* p = text.begin;
    while (p < text.end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        appendRun(&out, run, p);
        const char e = p[1];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u':
            out += QChar(
                char16_t((hexValue(p[2]) << 12) | (hexValue(p[3]) << 8) | (hexValue(p[4]) << 4) | hexValue(p[5])));
            p += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
            break;
        }
        p += 2;
        run = p;
    }
    appendRun(&out, run, text.end);
    return out;
}

// The values that come back in every event (actions, resource types, fields) are shared, not
// allocated once per event.
QString sharedOrNew(QByteArrayView bytes)
{
    struct Common
    {
        QByteArrayView word;
        QString shared;
    };
    // By length, so that a value is compared with the few words of its own length only.
    static const std::array<QList<Common>, 18> common = [] {
        std::array<QList<Common>, 18> byLength;
        for (const char* word : {"added",
                                 "assignee",
                                 "attachment",
                                 "changed",
                                 "comment_added",
                                 "completed",
                                 "custom_fields",
                                 "default_task",
                                 "deleted",
                                 "due_on",
                                 "followers",
                                 "goal",
                                 "milestone",
                                 "name",
                                 "notes",
                                 "portfolio",
                                 "project",
                                 "removed",
                                 "section",
                                 "story",
                                 "system",
                                 "tag",
                                 "task",
                                 "team",
                                 "undeleted",
                                 "user",
                                 "workspace",
                                 "marked_complete",
                                 "marked_incomplete",
                                 "section_changed"}) {
            const QByteArrayView view(word);
            byLength[size_t(view.size())].append(Common{view, QString::fromLatin1(word)});
        }
        return byLength;
    }();
    if (bytes.size() < qsizetype(common.size())) {
        for (const Common& each : common[size_t(bytes.size())]) {
            if (std::memcmp(each.word.data(), bytes.data(), size_t(bytes.size())) == 0) {
                return each.shared;
            }
        }
    }
    return QString::fromUtf8(bytes);
}

QString toQString(const Text& text)
{
    if (!text.present) {
        return {};
    }
    return text.escaped ? decodeEscaped(text) : sharedOrNew(text.bytes());
}

// The UTF-8 the event key hashes for a field: what QString::toUtf8() makes of the decoded value.
void addKeyPart(EventKey::Hasher* hasher, const Text& text)
{
    if (text.present && !text.escaped) {
        // As read: without a leading byte order mark.
        hasher->add(text.bytes().sliced(startsWithBom(text.begin, text.end) ? 3 : 0));
    } else if (text.present) {
        hasher->add(decodeEscaped(text).toUtf8());
    }
    hasher->add('\x1f');
}

template<size_t N>
bool sameKey(const Text& key, const char (&name)[N])
{
    if (!key.escaped) {
        return key.end - key.begin == qsizetype(N - 1) && std::memcmp(key.begin, name, N - 1) == 0;
    }
    return decodeEscaped(key) == QLatin1String(name, qsizetype(N - 1));
}

struct RefTexts
{
    bool present = false; // the value was an object
    Text gid;
    Text type;
    Text name;
    Text subtype;
};

std::optional<ResourceRef> toRef(const RefTexts& texts)
{
    if (!texts.present) {
        return std::nullopt;
    }
    return ResourceRef{toQString(texts.gid), toQString(texts.type), toQString(texts.name), toQString(texts.subtype)};
}

// What an event object says, as found (a key given twice: the last one counts).
struct EventTexts
{
    RefTexts user;
    RefTexts resource;
    RefTexts parent;
    Text type;
    Text action;
    Text createdAt;
    bool changePresent = false;
    Text changeField;
    Text changeAction;
    RefTexts newValue;
    RefTexts addedValue;
    RefTexts removedValue;
};

QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

// Asana's own form, 2026-11-29T04:38:58.147Z, read without Qt's general date parser; anything
// else (or a date this cannot vouch for) goes to parseAsanaTimestamp().
std::optional<QDateTime> canonicalTimestamp(QByteArrayView text)
{
    if (text.size() != 24) {
        return std::nullopt;
    }
    const char* s = text.data();
    static constexpr std::array<int, 17> digitAt{0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22};
    for (const int i : digitAt) {
        if (!isDigit(s[i])) {
            return std::nullopt;
        }
    }
    if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != '.' || s[23] != 'Z') {
        return std::nullopt;
    }
    const auto number = [s](int at, int digits) {
        int value = 0;
        for (int i = at; i < at + digits; ++i) {
            value = value * 10 + (s[i] - '0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const int msec = number(20, 3);
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr std::array<int, 12> monthDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > monthDays[size_t(month - 1)] + (month == 2 && leap) ||
        hour > 23 || minute > 59 || second > 59) {
        return std::nullopt;
    }
    // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
    const int y = month <= 2 ? year - 1 : year;
    const int era = y / 400; // year >= 1: no negative division
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    const qint64 days = qint64(era) * 146097 + dayOfEra - 719468;
    return utcFromMSecs(((days * 24 + hour) * 60 + minute) * qint64(60000) + second * 1000 + msec);
}

// Whether the string whose opening quote is at `quote` holds a backslash escape, and a raw
// control character (the string was checked: it ends, and its escapes are whole).
struct StringMarks
{
    bool escapes = false;
    bool controls = false;
};

StringMarks marksOf(const char* quote)
{
    StringMarks marks;
    for (const char* p = quote + 1; *p != '"'; ++p) {
        if (*p == '\\') {
            marks.escapes = true;
            ++p;
        } else if (static_cast<unsigned char>(*p) < 0x20) {
            marks.controls = true;
        }
    }
    return marks;
}

// The bytes of one event on one line: whitespace outside strings dropped, a raw control character
// inside a string escaped (Qt's parser takes them; a JSON line must not carry a raw newline).
// Escaping changes how a string is read in one respect: a string without escapes loses a leading
// byte order mark, one with escapes keeps it (Qt's parser). So a string that gains escapes here
// loses it here. (Names, where Qt keeps it, hold no raw control characters: see readString.)
QByteArray compacted(const char* begin, const char* end)
{
    QByteArray out;
    out.reserve(end - begin + 16);
    bool inString = false;
    const char* run = begin;
    for (const char* p = begin; p < end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\') {
                ++p; // escapes were checked: the escaped character is there
            } else if (c == '"') {
                inString = false;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                out.append(run, p - run);
                static constexpr char hex[] = "0123456789abcdef";
                const char escape[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
                out.append(escape, sizeof escape);
                run = p + 1;
            }
        } else if (c == '"') {
            inString = true;
            if (startsWithBom(p + 1, end)) {
                const StringMarks marks = marksOf(p);
                if (marks.controls && !marks.escapes) {
                    out.append(run, p + 1 - run);
                    run = p + 1 + kBom.size();
                    p += kBom.size();
                }
            }
        } else if (isSpace(c)) {
            out.append(run, p - run);
            run = p + 1;
        }
    }
    out.append(run, end - run);
    return out;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
    {
        if (text.size() >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0) {
            m_p += 3; // a byte order mark, as Qt allows
        }
    }

    [[nodiscard]] bool failed() const { return m_error != nullptr; }
    [[nodiscard]] const char* error() const { return m_error; }
    [[nodiscard]] qsizetype errorOffset() const { return m_errorAt; }
    [[nodiscard]] const char* position() const { return m_p; }
    [[nodiscard]] bool at(char c) const { return m_p < m_end && *m_p == c; }

    bool fail(const char* what)
    {
        if (!m_error) {
            m_error = what;
            m_errorAt = m_p - m_begin;
        }
        return false;
    }

    void skipSpace()
    {
        // Most of the time there is none (Asana's answers are compact): one comparison says so.
        while (m_p < m_end && static_cast<unsigned char>(*m_p) <= ' ' && isSpace(*m_p)) {
            ++m_p;
            m_spaced = true;
        }
    }

    // Only whitespace is left.
    bool finish()
    {
        skipSpace();
        return m_p == m_end || fail("garbage at the end of the document");
    }

    // Whether whitespace was skipped, or a raw control character taken in a string, since the
    // last call (what makes an event's bytes need compacting).
    bool takeUntidy()
    {
        const bool untidy = m_spaced || m_controls;
        m_spaced = false;
        m_controls = false;
        return untidy;
    }

    // The first byte from `p` on that is a quote, a backslash, a control or a non-ASCII byte, or
    // the end.
    [[nodiscard]] const char* nextSpecial(const char* p) const
    {
        // Eight bytes at a time. The flags below are exact up to and including the first flagged
        // byte (a borrow only runs upwards from a flagged byte), which is all that is used.
        while (m_end - p >= 8) {
            const auto word = qFromLittleEndian<quint64>(p);
            constexpr quint64 ones = 0x0101010101010101ULL;
            constexpr quint64 highs = 0x8080808080808080ULL;
            const quint64 quote = word ^ (ones * '"');
            const quint64 backslash = word ^ (ones * '\\');
            // A byte is zero in `x` when (x - 1) & ~x has its high bit (x < 0x80).
            // And (x - 0x20) | x has it when x < 0x20 or x >= 0x80.
            const quint64 special =
                (((quote - ones) & ~quote) | ((backslash - ones) & ~backslash) | (word - ones * 0x20) | word) & highs;
            if (special != 0) {
                return p + qCountTrailingZeroBits(special) / 8;
            }
            p += 8;
        }
        while (p < m_end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
                return p;
            }
            ++p;
        }
        return p;
    }

    // A member's name (`name`) may not hold a raw control character: Qt's parser takes one, but
    // keeps a name's leading byte order mark in a way no escaped form reproduces, and Asana's
    // names are plain words.
    bool readString(Text* text, bool name = false)
    {
        const char* p = m_p + 1; // the opening quote
        *text = Text{p, p, false, false};
        for (;;) {
            p = nextSpecial(p);
            if (p >= m_end) {
                m_p = p;
                return fail("unterminated string");
            }
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                text->end = p;
                text->present = true;
                m_p = p + 1;
                return true;
            }
            if (c == '\\') {
                text->escaped = true;
                const qsizetype left = m_end - p;
                const char e = left >= 2 ? p[1] : '\0';
                if (e == 'u' && left >= 6 && isHex(p[2]) && isHex(p[3]) && isHex(p[4]) && isHex(p[5])) {
                    p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                           e == 't') {
                    p += 2;
                } else {
                    m_p = p;
                    return fail("invalid escape sequence");
                }
            } else if (c < 0x20) {
                if (name) {
                    m_p = p;
                    return fail("a control character in a member's name");
                }
                m_controls = true;
                ++p;
            } else {
                const int length = utf8Length(p, m_end);
                if (length == 0) {
                    m_p = p;
                    return fail("invalid UTF-8 string");
                }
                p += length;
            }
        }
    }

    bool readNumber()
    {
        const char* start = m_p;
        const char* p = m_p;
        const auto digits = [&] {
            const char* first = p;
            while (p < m_end && isDigit(*p)) {
                ++p;
            }
            return p > first;
        };
        if (p < m_end && *p == '-') {
            ++p;
        }
        if (p < m_end && *p == '0') {
            ++p;
        } else if (!digits()) {
            m_p = p;
            return fail("illegal number");
        }
        bool plain = true;
        if (p < m_end && *p == '.') {
            ++p;
            plain = false;
            if (!digits()) {
                m_p = p;
                return fail("illegal number");
            }
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            plain = false;
            if (p < m_end && (*p == '+' || *p == '-')) {
                ++p;
            }
            if (!digits()) {
                m_p = p;
                return fail("illegal number");
            }
        }
        if (!plain || p - start > 15) {
            // Only numbers that could leave a double's range need a look (Qt refuses those).
            bool ok = false;
            const double value = QByteArray::fromRawData(start, p - start).toDouble(&ok);
            if (!ok || !std::isfinite(value)) {
                return fail("illegal number");
            }
        }
        m_p = p;
        return true;
    }

    bool readLiteral(const char* word, qsizetype size)
    {
        if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0) {
            return fail("illegal value");
        }
        m_p += size;
        return true;
    }

    // Any value, checked and passed over.
    bool skipValue(int depth)
    {
        if (m_p >= m_end) {
            return fail("illegal value");
        }
        switch (*m_p) {
        case '"': {
            Text text;
            return readString(&text);
        }
        case '{':
            return readObject(depth, [this, depth](const Text&) { return skipValue(depth + 1); });
        case '[':
            return readArray(depth, [this, depth](qsizetype) { return skipValue(depth + 1); });
        case 't':
            return readLiteral("true", 4);
        case 'f':
            return readLiteral("false", 5);
        case 'n':
            return readLiteral("null", 4);
        default:
            if (*m_p == '-' || isDigit(*m_p)) {
                return readNumber();
            }
            return fail("illegal value");
        }
    }

    // At '{' of an object `depth` deep: calls onMember(key) at each member's value, which it must
    // read whole.
    template<typename OnMember>
    bool readObject(int depth, OnMember&& onMember)
    {
        if (depth >= maxDepth) {
            return fail("too deeply nested document");
        }
        ++m_p;
        skipSpace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!at('"')) {
                return fail("a member's name is missing");
            }
            Text key;
            if (!readString(&key, true)) {
                return false;
            }
            // Compact JSON (what Asana sends) has no space around ':' and ',': looked for first.
            if (!at(':')) {
                skipSpace();
                if (!at(':')) {
                    return fail("a colon is missing");
                }
            }
            ++m_p;
            skipSpace();
            if (!onMember(key)) {
                return false;
            }
            if (!at(',') && !at('}')) {
                skipSpace();
            }
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            if (at('}')) {
                ++m_p;
                return true;
            }
            return fail("unterminated object");
        }
    }

    // At '[' of an array `depth` deep: calls onElement(index) at each element, which it must read
    // whole.
    template<typename OnElement>
    bool readArray(int depth, OnElement&& onElement)
    {
        if (depth >= maxDepth) {
            return fail("too deeply nested document");
        }
        ++m_p;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (qsizetype index = 0;; ++index) {
            if (!onElement(index)) {
                return false;
            }
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            if (at(']')) {
                ++m_p;
                return true;
            }
            return fail("unterminated array");
        }
    }

    // A value that counts only when it is a string (else it is passed over and `text` says absent).
    bool readStringValue(int depth, Text* text)
    {
        if (at('"')) {
            return readString(text);
        }
        *text = Text{};
        return skipValue(depth);
    }

    // {gid, resource_type, name, resource_subtype}; anything but an object is passed over.
    bool readRef(int depth, RefTexts* ref)
    {
        *ref = RefTexts{};
        if (!at('{')) {
            return skipValue(depth);
        }
        ref->present = true;
        return readObject(depth, [this, ref, depth](const Text& key) {
            if (sameKey(key, "gid")) {
                return readStringValue(depth + 1, &ref->gid);
            }
            if (sameKey(key, "resource_type")) {
                return readStringValue(depth + 1, &ref->type);
            }
            if (sameKey(key, "name")) {
                return readStringValue(depth + 1, &ref->name);
            }
            if (sameKey(key, "resource_subtype")) {
                return readStringValue(depth + 1, &ref->subtype);
            }
            return skipValue(depth + 1);
        });
    }

    bool readChange(int depth, EventTexts* event)
    {
        event->changePresent = false;
        event->changeField = event->changeAction = Text{};
        event->newValue = event->addedValue = event->removedValue = RefTexts{};
        if (!at('{')) {
            return skipValue(depth);
        }
        event->changePresent = true;
        return readObject(depth, [this, event, depth](const Text& key) {
            if (sameKey(key, "field")) {
                return readStringValue(depth + 1, &event->changeField);
            }
            if (sameKey(key, "action")) {
                return readStringValue(depth + 1, &event->changeAction);
            }
            if (sameKey(key, "new_value")) {
                return readRef(depth + 1, &event->newValue);
            }
            if (sameKey(key, "added_value")) {
                return readRef(depth + 1, &event->addedValue);
            }
            if (sameKey(key, "removed_value")) {
                return readRef(depth + 1, &event->removedValue);
            }
            return skipValue(depth + 1);
        });
    }

    // At '{' of an event object.
    bool readEvent(int depth, EventTexts* event)
    {
        return readObject(depth, [this, event, depth](const Text& key) {
            // The keys Asana sends, in the order it sends them; the first byte sorts most out.
            switch (key.isEmpty() ? '\0' : *key.begin) {
            case 'a':
                if (sameKey(key, "action")) {
                    return readStringValue(depth + 1, &event->action);
                }
                break;
            case 'c':
                if (sameKey(key, "change")) {
                    return readChange(depth + 1, event);
                }
                if (sameKey(key, "created_at")) {
                    return readStringValue(depth + 1, &event->createdAt);
                }
                break;
            case 'p':
                if (sameKey(key, "parent")) {
                    return readRef(depth + 1, &event->parent);
                }
                break;
            case 'r':
                if (sameKey(key, "resource")) {
                    return readRef(depth + 1, &event->resource);
                }
                break;
            case 't':
                if (sameKey(key, "type")) {
                    return readStringValue(depth + 1, &event->type);
                }
                break;
            case 'u':
                if (sameKey(key, "user")) {
                    return readRef(depth + 1, &event->user);
                }
                break;
            case '\\': // an escaped first letter: compare the decoded name
                if (sameKey(key, "action")) {
                    return readStringValue(depth + 1, &event->action);
                }
                if (sameKey(key, "change")) {
                    return readChange(depth + 1, event);
                }
                if (sameKey(key, "created_at")) {
                    return readStringValue(depth + 1, &event->createdAt);
                }
                if (sameKey(key, "parent")) {
                    return readRef(depth + 1, &event->parent);
                }
                if (sameKey(key, "resource")) {
                    return readRef(depth + 1, &event->resource);
                }
                if (sameKey(key, "type")) {
                    return readStringValue(depth + 1, &event->type);
                }
                if (sameKey(key, "user")) {
                    return readRef(depth + 1, &event->user);
                }
                break;
            default:
                break;
            }
            return skipValue(depth + 1);
        });
    }

private:
    const char* m_begin;
    const char* m_p;
    const char* m_end;
    const char* m_error = nullptr;
    qsizetype m_errorAt = 0;
    bool m_spaced = false;
    bool m_controls = false;
};

// The event key of Event::computeKey(), from the bytes as read.
EventKey::Packed keyOf(const EventTexts& texts, const Event& event)
{
    EventKey::Hasher hasher = EventKey::eventHasher();
    const QByteArrayView written = texts.createdAt.bytes();
    bool ascii = texts.createdAt.present && !texts.createdAt.escaped;
    for (const char c : written) {
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    if (ascii || !texts.createdAt.present) {
        // Asana's own form is canonical; anything else is normalised, so that the same instant
        // always hashes the same.
        const bool canonical = written.size() == 24 && written.endsWith('Z') && event.createdAt.isValid();
        if (canonical || !event.createdAt.isValid()) {
            hasher.add(written);
        } else {
            hasher.add(event.createdAt.toString(Qt::ISODateWithMs).toUtf8());
        }
    } else {
        const QString text = toQString(texts.createdAt);
        const bool canonical = text.size() == 24 && text.endsWith(QLatin1Char('Z')) && event.createdAt.isValid();
        hasher.add(
            (canonical || !event.createdAt.isValid() ? text : event.createdAt.toString(Qt::ISODateWithMs)).toUtf8());
    }
    hasher.add('\x1f');
    addKeyPart(&hasher, texts.action);
    addKeyPart(&hasher, texts.user.present ? texts.user.gid : Text{});
    addKeyPart(&hasher, texts.resource.gid);
    addKeyPart(&hasher, texts.parent.present ? texts.parent.gid : Text{});
    addKeyPart(&hasher, texts.changePresent ? texts.changeField : Text{});
    addKeyPart(&hasher, texts.changePresent ? texts.changeAction : Text{});
    Text valueGid;
    if (texts.changePresent) {
        for (const RefTexts* value : {&texts.newValue, &texts.addedValue, &texts.removedValue}) {
            if (value->present && !value->gid.isEmpty()) {
                valueGid = value->gid;
                break;
            }
        }
    }
    addKeyPart(&hasher, valueGid);
    return hasher.finish();
}

// Makes `event` (a new one) the event an object's texts describe, with its bytes; or says what is
// wrong with it.
std::optional<ApiError> toEvent(const EventTexts& texts, const char* begin, const char* end, bool untidy, Detail detail,
                                Event* out)
{
    if (!texts.resource.present) {
        return ApiError::malformed(QStringLiteral("an event has no resource"));
    }
    if (texts.resource.gid.isEmpty()) {
        return ApiError::malformed(QStringLiteral("an event's resource has no gid"));
    }
    Event& event = *out;
    if (detail == Detail::Bytes) {
        // Nothing but what follows.
    } else if (detail == Detail::Identity) {
        if (texts.user.present) {
            event.user = ResourceRef{toQString(texts.user.gid), {}, {}, {}};
        }
    } else {
        event.resource = *toRef(texts.resource);
        event.user = toRef(texts.user);
        event.parent = toRef(texts.parent);
        event.type = toQString(texts.type);
        if (event.type.isEmpty()) {
            event.type = event.resource.type;
        }
        event.action = toQString(texts.action);
        if (texts.changePresent) {
            event.change = EventChange{toQString(texts.changeField), toQString(texts.changeAction),
                                       toRef(texts.newValue), toRef(texts.addedValue), toRef(texts.removedValue)};
        }
    }
    std::optional<QDateTime> when;
    if (texts.createdAt.present && !texts.createdAt.escaped) {
        when = canonicalTimestamp(texts.createdAt.bytes());
    }
    event.createdAt = when ? *when : parseAsanaTimestamp(toQString(texts.createdAt));
    event.rawBytes = untidy ? compacted(begin, end) : QByteArray(begin, end - begin);
    event.keyCache = keyOf(texts, event);
    return std::nullopt;
}

ApiError notJson(const Reader& reader)
{
    return ApiError::malformed(QStringLiteral("the answer is not JSON (%1 at byte %2)")
                                   .arg(QLatin1String(reader.error()))
                                   .arg(reader.errorOffset()));
}

} // namespace

Parsed<EventsPage> parse(QByteArrayView body, Detail detail)
{
    Reader reader(body);
    reader.skipSpace();
    if (reader.at('[')) {
        // JSON, but not what an API answer is.
        if (reader.skipValue(0) && reader.finish()) {
            return ApiError::malformed(QStringLiteral("the answer is not a JSON object"));
        }
        return notJson(reader);
    }
    if (!reader.at('{')) {
        reader.fail("illegal value");
        return notJson(reader);
    }

    // A key given twice: the last one counts, as in Qt's parser.
    bool dataIsArray = false;
    QList<Event> events;
    std::optional<ApiError> eventError;
    Text sync;
    bool hasMore = false;
    const bool json = reader.readObject(0, [&](const Text& key) {
        if (sameKey(key, "data")) {
            events.clear();
            eventError.reset();
            dataIsArray = reader.at('[');
            if (!dataIsArray) {
                return reader.skipValue(1);
            }
            return reader.readArray(1, [&](qsizetype index) {
                if (eventError) {
                    return reader.skipValue(2); // the page is refused: only its syntax still matters
                }
                if (!reader.at('{')) {
                    eventError =
                        ApiError::malformed(QStringLiteral("event %1 of the page is not an object").arg(index));
                    return reader.skipValue(2);
                }
                const char* begin = reader.position();
                reader.takeUntidy();
                EventTexts texts;
                if (!reader.readEvent(2, &texts)) {
                    return false;
                }
                if (events.isEmpty()) {
                    events.reserve(100); // Asana's page size
                }
                std::optional<ApiError> error =
                    toEvent(texts, begin, reader.position(), reader.takeUntidy(), detail, &events.emplaceBack());
                if (error) {
                    events.removeLast();
                    error->messages.last() += QStringLiteral(" (event %1 of the page)").arg(index);
                    eventError = std::move(error);
                }
                return true;
            });
        }
        if (sameKey(key, "sync")) {
            return reader.readStringValue(1, &sync);
        }
        if (sameKey(key, "has_more")) {
            hasMore = reader.at('t');
            return reader.skipValue(1);
        }
        return reader.skipValue(1);
    });
    if (!json || !reader.finish()) {
        return notJson(reader);
    }
    if (!dataIsArray) {
        return ApiError::malformed(QStringLiteral("the events page has no \"data\" array"));
    }
    EventsPage page;
    page.sync = toQString(sync);
    if (page.sync.isEmpty()) {
        return ApiError::malformed(QStringLiteral("the events page has no sync token"));
    }
    if (eventError) {
        return *eventError;
    }
    page.hasMore = hasMore;
    page.events = std::move(events);
    return page;
}

Parsed<Event> parseEvent(QByteArrayView json)
{
    Reader reader(json);
    reader.skipSpace();
    if (!reader.at('{')) {
        return ApiError::malformed(QStringLiteral("an event is not a JSON object"));
    }
    const char* begin = reader.position();
    reader.takeUntidy();
    EventTexts texts;
    if (!reader.readEvent(0, &texts)) {
        return notJson(reader);
    }
    const char* end = reader.position();
    const bool untidy = reader.takeUntidy();
    if (!reader.finish()) {
        return notJson(reader);
    }
    Event event;
    if (std::optional<ApiError> error = toEvent(texts, begin, end, untidy, Detail::Full, &event)) {
        return *std::move(error);
    }
    return event;
}

} // namespace AsanaFeed::EventPage
