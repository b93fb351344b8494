#include "NewEventsPill.h"

#include <QPainter>
#include <QPainterPath>

namespace AsanaFeed {

NewEventsPill::NewEventsPill(QWidget* parent)
    : QAbstractButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus); // the keyboard has Home (and k) for the same
    setAttribute(Qt::WA_Hover);
    setAccessibleName(tr("Go to the newest events"));
    setToolTip(tr("Go to the newest events"));
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void NewEventsPill::setCount(int count)
{
    m_count = count;
    setText(tr("%n new", nullptr, count));
    setAccessibleDescription(text());
    resize(sizeHint());
    update();
}

QSize NewEventsPill::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int height = metrics.height() * 3 / 2 + 2;
    // Arrow, a space, the text, and round ends.
    const int width = height / 2 + metrics.height() + metrics.horizontalAdvance(text()) + height / 2;
    return {width, height};
}

void NewEventsPill::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = area.height() / 2;
    QColor fill = palette().color(QPalette::Highlight);
    if (isDown()) {
        fill = fill.darker(115);
    } else if (underMouse()) {
        fill = fill.lighter(110);
    }
    painter.setPen(QPen(fill.darker(125), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(area, radius, radius);

    const QColor ink = palette().color(QPalette::HighlightedText);
    const QFontMetrics metrics(font());
    const int unit = metrics.height();
    const int left = height() / 2;
    // An upward arrow: where the new events are.
    QPainterPath arrow;
    const qreal cx = left + unit / 2.0;
    const qreal cy = height() / 2.0;
    const qreal half = unit * 0.28;
    arrow.moveTo(cx - half, cy);
    arrow.lineTo(cx, cy - half);
    arrow.lineTo(cx + half, cy);
    arrow.moveTo(cx, cy - half);
    arrow.lineTo(cx, cy + half);
    painter.setPen(QPen(ink, qMax(1.5, unit / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(arrow);

    painter.setPen(ink);
    painter.setFont(font());
    painter.drawText(QRect(left + unit, 0, width() - left - unit - height() / 2, height()),
                     Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text());
}

} // namespace AsanaFeed
