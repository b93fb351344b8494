#include "TrayIconArt.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace AsanaFeed::TrayIconArt {

namespace {

const QColor markColor(0xf0, 0x6a, 0x6a); // a warm coral: stands out on light and dark panels
const QColor offlineColor(0x8e, 0x8e, 0x93);
const QColor countColor(0xd9, 0x30, 0x25);
const QColor warningColor(0xf5, 0xa6, 0x23);
const QColor ringColor(255, 255, 255, 235);
constexpr std::array<int, 8> sizes = {16, 20, 22, 24, 32, 48, 64, 128};

// The mark: a disc with three lines of a feed in it, the top one shorter (the newest, arriving).
void drawMark(QPainter& painter, const QRectF& box, const QColor& color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(box);
    const qreal unit = box.width() / 16.0;
    const qreal lineHeight = std::max(1.0, 1.6 * unit);
    const qreal left = box.left() + 4.2 * unit;
    const qreal right = box.right() - 4.2 * unit;
    painter.setBrush(Qt::white);
    const std::array<qreal, 3> rows = {5.0, 7.6, 10.2};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const qreal top = box.top() + rows.at(i) * unit;
        const qreal end = i == 0 ? left + (right - left) * 0.6 : right;
        painter.drawRoundedRect(QRectF(left, top, end - left, lineHeight), lineHeight / 2, lineHeight / 2);
    }
}

void drawBadge(QPainter& painter, const QRectF& badge, const QColor& fill, qreal ring)
{
    const qreal radius = badge.height() / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(ringColor);
    painter.drawRoundedRect(badge.adjusted(-ring, -ring, ring, ring), radius + ring, radius + ring);
    painter.setBrush(fill);
    painter.drawRoundedRect(badge, radius, radius);
}

QFont badgeFont(qreal pixelHeight)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"),
                      QStringLiteral("Arial")});
    font.setBold(true);
    font.setPixelSize(std::max(6, qRound(pixelHeight)));
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace

QString countText(int count, int size)
{
    if (count <= 0) {
        return {};
    }
    if (size < 20) {
        return count > 9 ? QStringLiteral("9+") : QString::number(count);
    }
    return count > 99 ? QStringLiteral("99+") : QString::number(count);
}

QImage image(State state, int count, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal ring = std::max(1.0, s / 24.0);

    drawMark(painter, QRectF(0, 0, s, s), state == State::Offline ? offlineColor : markColor);

    if (state == State::Unread && count > 0) {
        // The count on a pill at the top right, as big as can be read: at 16 px it takes most of
        // the icon, which is what a person glancing at the panel wants to see.
        const QString text = countText(count, size);
        const qreal height = s * (size < 20 ? 0.72 : 0.6);
        const QFont font = badgeFont(height * 0.78);
        const QFontMetricsF metrics(font);
        const qreal width = std::min(s, std::max(height, metrics.horizontalAdvance(text) + height * 0.45));
        const QRectF badge(s - width, 0, width, height);
        drawBadge(painter, badge.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2), countColor, ring / 2);
        painter.setPen(Qt::white);
        painter.setFont(font);
        painter.drawText(badge, Qt::AlignCenter, text);
    } else if (state == State::Problem) {
        const qreal d = s * 0.56;
        const QRectF badge(s - d, s - d, d, d);
        drawBadge(painter, badge.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2), warningColor, ring / 2);
        painter.setPen(QColor(0x3a, 0x2a, 0x00));
        painter.setFont(badgeFont(d * 0.8));
        painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    } else if (state == State::Offline) {
        // A slash through the mark: not only grey (which a grey panel would hide) but crossed.
        QPen pen(QColor(0x4a, 0x4a, 0x4f), std::max(1.5, s / 10.0), Qt::SolidLine, Qt::RoundCap);
        QPen halo(ringColor, pen.widthF() + 2 * ring, Qt::SolidLine, Qt::RoundCap);
        const QLineF slash(s * 0.18, s * 0.82, s * 0.82, s * 0.18);
        painter.setPen(halo);
        painter.drawLine(slash);
        painter.setPen(pen);
        painter.drawLine(slash);
    }
    painter.end();
    return image;
}

QIcon icon(State state, int count)
{
    QIcon icon;
    for (const int size : sizes) {
        icon.addPixmap(QPixmap::fromImage(image(state, count, size)));
    }
    return icon;
}

QIcon appIcon()
{
    return icon(State::Idle);
}

} // namespace AsanaFeed::TrayIconArt
