// EventDelegate: paints one feed row from the model's roles only — an avatar with initials in a
// stable colour per person, the sentence with the resource names in bold, the project and the
// relative time, a comment's first lines as a quote, an unread dot, a day header above the first
// row of each day, and gap rows as warnings. Compact rows have less padding and a one-line quote. Every name is drawn
// as plain text (QPainter::drawText, one run at a time): nothing that came from the network is ever interpreted as
// markup.
#pragma once

#include <QDateTime>
#include <QList>
#include <QStyledItemDelegate>

#include <functional>

class QFont;

namespace AsanaFeed {

class EventDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDelegate)

public:
    using Clock = std::function<QDateTime()>;

    // A piece of the sentence drawn with one font, at `x` from the start of the line.
    struct TextRun
    {
        QString text;
        bool bold = false;
        int x = 0;
    };

    explicit EventDelegate(QObject* parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Compact rows: less padding around each row, and a comment's quote on one line. The view
    // lays its rows out again (FeedView::setCompactRows()).
    void setCompact(bool compact) { m_compact = compact; }
    [[nodiscard]] bool isCompact() const { return m_compact; }
    [[nodiscard]] QDateTime now() const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The sentence as it is drawn: split into plain-text runs (bold where `spans` say), control
    // characters made spaces, and elided to `width` pixels. paint() draws exactly these strings.
    [[nodiscard]] static QList<TextRun> sentenceRuns(const QString& text, const QVariantList& spans, const QFont& font,
                                                     int width);
    // At most as much of `text` as `width` pixels can show (no glyph is narrower than a pixel),
    // with an ellipsis where it was cut, and control characters made spaces: what paint()
    // measures and draws, so that an 8 MiB name costs no more than a short one.
    [[nodiscard]] static QString measurable(QStringView text, int width);
    // What a row shows, as plain text (the sentence's runs joined): for tests and accessibility.
    [[nodiscard]] static QString displayText(const QList<TextRun>& runs);
    // "Dana Ruiz" → "DR", "priya" → "P", "" → "".
    [[nodiscard]] static QString initials(const QString& name);
    // The same colour for the same person in every run, readable under white initials.
    [[nodiscard]] static QColor avatarColor(const QString& actorGid, bool darkPalette);
    // True when the row is the first of its (local) day in the view's model: it gets a header.
    [[nodiscard]] static bool startsDay(const QModelIndex& index);
    // How many lines of a comment the row shows (0 for other rows, at most maxCommentLines; one
    // when compact).
    [[nodiscard]] static int commentLines(const QModelIndex& index, bool compact = false);
    static constexpr int maxCommentLines = 2;
    [[nodiscard]] static bool isDark(const QPalette& palette);

private:
    struct Metrics
    {
        int line = 0;   // one line of text
        int pad = 0;    // outer padding
        int avatar = 0; // avatar diameter
        int gutter = 0; // left margin holding the unread dot
        int header = 0; // day header height (0 when none)
    };
    [[nodiscard]] static Metrics metrics(const QStyleOptionViewItem& option, bool header, bool compact);
    void paintHeader(QPainter* painter, const QStyleOptionViewItem& option, const QRect& rect,
                     const QModelIndex& index) const;

    Clock m_clock;
    bool m_compact = false;
};

} // namespace AsanaFeed
