#include "EventDelegate.h"

#include "feed/EventFormatter.h"
#include "feed/EventRoles.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace AsanaFeed {

using namespace EventRoles;

namespace {

// Names come from the network: a newline or tab must not break the row's layout.
QString singleLine(QString text)
{
    for (QChar& c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

// Whatever a row is given, it never needs more than a line's worth of characters.
constexpr int widestRow = 16384;

QColor mix(const QColor& a, const QColor& b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

QFont boldOf(const QFont& font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

QDate localDay(const QModelIndex& index)
{
    return index.data(CreatedAtRole).toDateTime().toLocalTime().date();
}

} // namespace

EventDelegate::EventDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QDateTime EventDelegate::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

QString EventDelegate::measurable(QStringView text, int width)
{
    return singleLine(EventFormatter::cut(text, std::clamp(width, 1, widestRow) + 1));
}

QList<EventDelegate::TextRun> EventDelegate::sentenceRuns(const QString& text, const QVariantList& spans,
                                                          const QFont& font, int width)
{
    // Cut the text at the span boundaries: [normal][bold][normal]…
    QList<TextRun> pieces;
    qsizetype at = 0;
    QList<QPoint> ranges;
    for (const QVariant& span : spans) {
        ranges.append(span.toPoint());
    }
    std::sort(ranges.begin(), ranges.end(), [](QPoint a, QPoint b) { return a.x() < b.x(); });
    for (const QPoint range : std::as_const(ranges)) {
        const qsizetype start = qBound<qsizetype>(at, range.x(), text.size());
        const qsizetype end = qBound<qsizetype>(start, qsizetype(range.x()) + range.y(), text.size());
        if (start > at) {
            pieces.append({measurable(QStringView(text).mid(at, start - at), width), false, 0});
        }
        if (end > start) {
            pieces.append({measurable(QStringView(text).mid(start, end - start), width), true, 0});
        }
        at = end;
    }
    if (at < text.size()) {
        pieces.append({measurable(QStringView(text).mid(at), width), false, 0});
    }

    const QFontMetrics normal(font);
    const QFontMetrics bold(boldOf(font));
    QList<TextRun> runs;
    int x = 0;
    for (TextRun& piece : pieces) {
        const QFontMetrics& fm = piece.bold ? bold : normal;
        const int advance = fm.horizontalAdvance(piece.text);
        if (x + advance <= width) {
            piece.x = x;
            x += advance;
            runs.append(std::move(piece));
            continue;
        }
        const QString elided = fm.elidedText(piece.text, Qt::ElideRight, width - x);
        if (!elided.isEmpty()) {
            runs.append({elided, piece.bold, x});
        } else if (!runs.isEmpty()) {
            TextRun& last = runs.last();
            const QFontMetrics& lastFm = last.bold ? bold : normal;
            last.text = lastFm.elidedText(last.text + QChar(0x2026), Qt::ElideRight, width - last.x);
        }
        break;
    }
    return runs;
}

QString EventDelegate::displayText(const QList<TextRun>& runs)
{
    QString text;
    for (const TextRun& run : runs) {
        text += run.text;
    }
    return text;
}

QString EventDelegate::initials(const QString& name)
{
    // The first words are all it takes (a name can be megabytes long).
    const QStringList words = name.left(256).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result;
    for (const QString& word : words) {
        if (word.at(0).isLetterOrNumber()) {
            result += word.at(0).toUpper();
        }
    }
    if (result.size() > 2) {
        result = result.left(1) + result.right(1);
    }
    return result;
}

QColor EventDelegate::avatarColor(const QString& actorGid, bool darkPalette)
{
    // FNV-1a over the UTF-16 code units: the same on every run and platform (qHash is seeded).
    quint32 hash = 2166136261u;
    for (const QChar c : actorGid) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    // Mix the bits (gids differ in their last digits only), then pick one of 12 well-spread hues.
    hash ^= hash >> 16;
    hash *= 0x85ebca6bu;
    hash ^= hash >> 13;
    hash *= 0xc2b2ae35u;
    hash ^= hash >> 16;
    static constexpr int hues[] = {4, 28, 45, 90, 140, 170, 195, 215, 240, 270, 300, 330};
    const int hue = hues[hash % std::size(hues)];
    return QColor::fromHsv(hue, darkPalette ? 130 : 160, darkPalette ? 150 : 175);
}

bool EventDelegate::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

bool EventDelegate::startsDay(const QModelIndex& index)
{
    if (!index.isValid()) {
        return false;
    }
    if (index.row() == 0) {
        return true;
    }
    return localDay(index.siblingAtRow(index.row() - 1)) != localDay(index);
}

EventDelegate::Metrics EventDelegate::metrics(const QStyleOptionViewItem& option, bool header, bool compact)
{
    Metrics m;
    m.line = option.fontMetrics.height();
    m.pad = compact ? qMax(2, m.line / 4) : qMax(4, m.line / 2);
    m.avatar = m.line * 2;
    m.gutter = qMax(10, m.line * 3 / 4);
    m.header = header ? m.line + m.pad + m.pad / 2 : 0;
    return m;
}

int EventDelegate::commentLines(const QModelIndex& index, bool compact)
{
    const QString comment = index.data(CommentRole).toString();
    return comment.isEmpty()
               ? 0
               : int(std::min<qsizetype>(comment.count(QLatin1Char('\n')) + 1, compact ? 1 : maxCommentLines));
}

QSize EventDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Metrics m = metrics(option, startsDay(index), m_compact);
    const int comment = commentLines(index, m_compact);
    const int body = m.pad + m.line + m.line / 4 + (comment > 0 ? comment * m.line + m.line / 4 : 0) + m.line + m.pad;
    return {m.gutter + m.avatar + m.pad + m.line * 10, m.header + body};
}

void EventDelegate::paintHeader(QPainter* painter, const QStyleOptionViewItem& option, const QRect& rect,
                                const QModelIndex& index) const
{
    const QDateTime current = now().toLocalTime();
    const QString text = singleLine(EventFormatter::dayHeader(localDay(index), current.date()));
    const QPalette& palette = option.palette;
    painter->fillRect(rect, palette.color(QPalette::Window));
    QFont font = boldOf(option.font);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const Metrics m = metrics(option, true, m_compact);
    const int baseline = rect.bottom() - m.pad / 2 - fm.descent();
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString elided = fm.elidedText(text, Qt::ElideRight, rect.width() - 2 * m.gutter);
    painter->drawText(QPoint(rect.left() + m.gutter, baseline), elided);
    painter->setPen(mix(palette.color(QPalette::Window), palette.color(QPalette::Text), 0.15));
    painter->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
}

void EventDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.isValid()) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const Metrics m = metrics(option, startsDay(index), m_compact);
    QRect rect = option.rect;
    if (m.header > 0) {
        paintHeader(painter, option, QRect(rect.left(), rect.top(), rect.width(), m.header), index);
        rect.setTop(rect.top() + m.header);
    }

    // Background (selection, hover, focus) by the style, without any text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = rect;
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    const QPalette& palette = option.palette;
    const bool dark = isDark(palette);
    const bool selected = option.state & QStyle::State_Selected;
    const bool gap = index.data(IsGapRole).toBool();
    if (gap && !selected) {
        const QColor warning = dark ? QColor(0xd9, 0x8e, 0x04) : QColor(0xf0, 0xa0, 0x20);
        painter->fillRect(rect, mix(palette.color(QPalette::Base), warning, dark ? 0.22 : 0.18));
        painter->fillRect(QRect(rect.left(), rect.top(), qMax(3, m.pad / 2), rect.height()), warning);
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? textColor : mix(palette.color(QPalette::Base), textColor, 0.62);

    const int top = rect.top() + m.pad;
    const QRect avatarRect(rect.left() + m.gutter, top + (m.line * 2 + m.line / 4 - m.avatar) / 2, m.avatar, m.avatar);
    const int textLeft = avatarRect.right() + 1 + m.pad;
    const int textWidth = qMax(0, rect.right() - m.pad - textLeft);

    // Avatar (or the warning sign of a gap).
    if (gap) {
        const QIcon icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
        const int size = m.avatar * 3 / 4;
        icon.paint(painter, avatarRect.adjusted((m.avatar - size) / 2, (m.avatar - size) / 2, -(m.avatar - size) / 2,
                                                -(m.avatar - size) / 2));
    } else {
        const QString actor = index.data(ActorNameRole).toString();
        const QColor fill = actor.isEmpty() ? mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.3)
                                            : avatarColor(index.data(ActorGidRole).toString(), dark);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawEllipse(avatarRect);
        const QString letters = actor.isEmpty() ? QString() : initials(actor);
        if (!letters.isEmpty()) {
            QFont font = boldOf(option.font);
            font.setPointSizeF(font.pointSizeF() * 0.9);
            painter->setFont(font);
            painter->setPen(Qt::white);
            painter->drawText(avatarRect, Qt::AlignCenter | Qt::TextSingleLine, letters);
        }
    }

    // Unread dot, in the left gutter.
    if (!gap && index.data(UnreadRole).toBool()) {
        const int d = qMax(6, m.line / 3);
        const QColor dot = selected ? textColor : palette.color(QPalette::Highlight);
        painter->setPen(Qt::NoPen);
        painter->setBrush(dot);
        painter->drawEllipse(QRect(rect.left() + (m.gutter - d) / 2, avatarRect.center().y() - d / 2, d, d));
    }

    // Line 1: the sentence, plain text, names in bold.
    const QFontMetrics fm(option.font);
    const int baseline1 = top + fm.ascent();
    const QList<TextRun> runs = sentenceRuns(index.data(SentenceRole).toString(),
                                             index.data(SentenceSpansRole).toList(), option.font, textWidth);
    const QFont bold = boldOf(option.font);
    painter->setPen(textColor);
    for (const TextRun& run : runs) {
        painter->setFont(run.bold ? bold : option.font);
        painter->drawText(QPoint(textLeft + run.x, baseline1), run.text);
    }

    // Then a comment's first lines, as a quote: a bar on the left, the text as Asana has it.
    int below = top + m.line + m.line / 4;
    if (const int lines = commentLines(index, m_compact); lines > 0 && !gap) {
        const QStringList text = index.data(CommentRole).toString().split(QLatin1Char('\n'));
        const int bar = qMax(2, m.line / 8);
        painter->fillRect(QRect(textLeft, below, bar, lines * m.line),
                          mix(palette.color(QPalette::Base), textColor, 0.3));
        painter->setFont(option.font);
        painter->setPen(selected ? textColor : mix(palette.color(QPalette::Base), textColor, 0.85));
        const int quoteLeft = textLeft + bar + m.pad;
        const int quoteWidth = qMax(0, textWidth - bar - m.pad);
        for (int i = 0; i < lines; ++i) {
            const QString line = fm.elidedText(measurable(text.at(i), quoteWidth), Qt::ElideRight, quoteWidth);
            painter->drawText(QPoint(quoteLeft, below + i * m.line + fm.ascent()), line);
        }
        below += lines * m.line + m.line / 4;
    }

    // Last line: the project on the left, the relative time on the right.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.92);
    const QFontMetrics smallFm(small);
    painter->setFont(small);
    painter->setPen(secondary);
    const int baseline2 = below + smallFm.ascent();
    const QString time = singleLine(EventFormatter::relativeTime(index.data(CreatedAtRole).toDateTime(), now()));
    const int timeWidth = smallFm.horizontalAdvance(time);
    painter->drawText(QPoint(rect.right() - m.pad - timeWidth, baseline2), time);
    const QString project = measurable(
        gap ? tr("Asana could not say what happened in this time") : index.data(ProjectNameRole).toString(), textWidth);
    const QString elidedProject = smallFm.elidedText(project, Qt::ElideRight, textWidth - timeWidth - m.pad);
    painter->drawText(QPoint(textLeft, baseline2), elidedProject);

    painter->restore();
}

} // namespace AsanaFeed
