#include "TrayIconArt.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <array>

namespace AsanaFeed::TrayIconArt {

namespace {

// The count: crimson digits on a white pill, which the red disc beneath cannot swallow.
const QColor countColor(0xb3, 0x12, 0x1f);
const QColor countFill(Qt::white);
// The badges' rim: the tray variant's own deep rim, so they keep their edge on a light panel too.
const QColor rimColor(0x7a, 0x1c, 0x26);
const QColor warningColor(0xf5, 0xa6, 0x23);
const QColor ringColor(255, 255, 255, 235);
// The sizes the tray variant is rendered at (ASANAFEED_TRAY_ICON_SIZES in resources/CMakeLists.txt).
constexpr std::array<int, 8> sizes = {16, 20, 22, 24, 32, 48, 64, 128};
// The sizes of the app's icon embedded for the windows (a subset of ASANAFEED_ICON_SIZES).
constexpr std::array<int, 8> appSizes = {16, 22, 24, 32, 48, 64, 128, 256};

// The tray variant of the mark at `size` px: its own rendering, or the next larger one scaled down.
QImage trayMark(int size)
{
    const auto* const match = std::find_if(sizes.begin(), sizes.end(), [size](int each) { return each >= size; });
    const int source = match == sizes.end() ? sizes.back() : *match;
    QImage mark(QStringLiteral(":/asanafeed/icons/tray/tray-%1.png").arg(source));
    if (mark.isNull()) { // not linked in: an empty icon rather than a crash
        mark = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
        mark.fill(Qt::transparent);
    }
    if (mark.width() != size) {
        mark = mark.scaled(size, size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    return mark.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// Offline: the mark in greys, every shape and its lightness kept, so it still reads on any panel.
void greyOut(QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(line[x]); // premultiplied in, premultiplied out
            line[x] = qRgba(grey, grey, grey, qAlpha(line[x]));
        }
    }
}

// A badge over the mark: cut out of it with a gap of `ring` (the panel shows through, so the badge
// stands apart from the mark's own white lines at 16 px), then a rim of `ring` and the fill.
void drawBadge(QPainter& painter, const QRectF& badge, const QColor& fill, qreal ring)
{
    const qreal radius = badge.height() / 2;
    painter.setPen(Qt::NoPen);
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.setBrush(Qt::black);
    const qreal cut = 2 * ring;
    painter.drawRoundedRect(badge.adjusted(-cut, -cut, cut, cut), radius + cut, radius + cut);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.setBrush(rimColor);
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
    QImage image = trayMark(size);
    if (state == State::Offline) {
        greyOut(image);
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal ring = std::max(1.0, s / 24.0);

    if (state == State::Unread && count > 0) {
        // The count on a pill at the top right, as big as can be read: at 16 px it takes most of
        // the icon, which is what a person glancing at the panel wants to see.
        const QString text = countText(count, size);
        const qreal height = s * (size < 20 ? 0.72 : 0.6);
        const QFont font = badgeFont(height * 0.78);
        const QFontMetricsF metrics(font);
        const qreal width = std::min(s, std::max(height, metrics.horizontalAdvance(text) + height * 0.45));
        const QRectF badge(s - width, 0, width, height);
        drawBadge(painter, badge.adjusted(ring, ring, -ring, -ring), countFill, ring);
        painter.setPen(countColor);
        painter.setFont(font);
        painter.drawText(badge, Qt::AlignCenter, text);
    } else if (state == State::Problem) {
        const qreal d = s * 0.56;
        const QRectF badge(s - d, s - d, d, d);
        drawBadge(painter, badge.adjusted(ring, ring, -ring, -ring), warningColor, ring);
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
    QIcon icon;
    for (const int size : appSizes) {
        icon.addFile(
            QStringLiteral(":/asanafeed/icons/hicolor/%1x%1/apps/io.github.asana_feed.AsanaFeed.png").arg(size),
            QSize(size, size));
    }
    return icon;
}

} // namespace AsanaFeed::TrayIconArt
