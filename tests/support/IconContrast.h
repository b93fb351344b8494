// IconContrast: how well an icon stands out from the panel behind it, measured as WCAG measures
// graphics: the contrast ratio of relative luminances, 3:1 being what a shape needs to be made
// out. Header-only, for the tests that link Qt Gui (the engine's tests do not).
#pragma once

#include <QColor>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace AsanaFeed::IconContrast {

[[nodiscard]] inline double luminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

[[nodiscard]] inline double ratio(const QColor& a, const QColor& b)
{
    const double first = luminance(a) + 0.05;
    const double second = luminance(b) + 0.05;
    return std::max(first, second) / std::min(first, second);
}

// Of `icon`'s visible pixels (at least half opaque), the share that, laid on `panel`, stand out
// from it by at least `minimum`.
[[nodiscard]] inline double shareStandingOut(const QImage& icon, const QColor& panel, double minimum = 3.0)
{
    QImage onPanel(icon.size(), QImage::Format_ARGB32);
    onPanel.fill(panel);
    QPainter painter(&onPanel);
    painter.drawImage(0, 0, icon);
    painter.end();
    const QImage alpha = icon.convertToFormat(QImage::Format_ARGB32);
    int visible = 0;
    int standing = 0;
    for (int y = 0; y < icon.height(); ++y) {
        for (int x = 0; x < icon.width(); ++x) {
            if (qAlpha(alpha.pixel(x, y)) < 128) {
                continue;
            }
            ++visible;
            if (ratio(onPanel.pixelColor(x, y), panel) >= minimum) {
                ++standing;
            }
        }
    }
    return visible ? double(standing) / visible : 0;
}

} // namespace AsanaFeed::IconContrast
