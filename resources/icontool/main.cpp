// asanafeed-icontool: renders the app's SVG icons, at build time, into the files each platform
// wants: PNGs at the sizes asked for (the freedesktop hicolor tree, the tray's sizes), a Windows
// .ico and a macOS .icns, both holding PNG-compressed images. Only the build runs it, so the app
// ships PNGs and never needs Qt's SVG plugin.
//
//   asanafeed-icontool png SVG DIR PATTERN SIZE...  writes DIR/PATTERN for each SIZE, "{size}"
//                                                   in PATTERN replaced by the size
//   asanafeed-icontool ico SVG FILE                 16, 24, 32, 48, 64, 128 and 256 px
//   asanafeed-icontool icns SVG FILE                16 to 1024 px, and the @2x entries
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <array>
#include <cstdio>
#include <utility>

namespace {

void fail(const QString& message)
{
    std::fprintf(stderr, "asanafeed-icontool: %s\n", qPrintable(message));
}

// `renderer`'s picture at `size` px square, transparent around it.
QImage render(QSvgRenderer& renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

QByteArray pngOf(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void appendLittleEndian(QByteArray& bytes, quint32 value, int width)
{
    for (int i = 0; i < width; ++i) {
        bytes.append(char((value >> (8 * i)) & 0xff));
    }
}

void appendBigEndian32(QByteArray& bytes, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes.append(char((value >> shift) & 0xff));
    }
}

// A Windows icon: the ICONDIR header, one 16-byte entry per image, then the images as PNG
// (which Windows reads in .ico files since Vista; 256 is written as 0 in the byte-wide fields).
QByteArray icoOf(QSvgRenderer& renderer)
{
    constexpr std::array<int, 7> sizes = {16, 24, 32, 48, 64, 128, 256};
    QByteArray header;
    QByteArray images;
    appendLittleEndian(header, 0, 2);                     // reserved
    appendLittleEndian(header, 1, 2);                     // type: icon
    appendLittleEndian(header, quint32(sizes.size()), 2); // how many images
    const auto firstOffset = quint32(6 + 16 * sizes.size());
    for (const int size : sizes) {
        const QByteArray png = pngOf(render(renderer, size));
        appendLittleEndian(header, size >= 256 ? 0 : size, 1); // width
        appendLittleEndian(header, size >= 256 ? 0 : size, 1); // height
        appendLittleEndian(header, 0, 1);                      // palette colours: none
        appendLittleEndian(header, 0, 1);                      // reserved
        appendLittleEndian(header, 1, 2);                      // colour planes
        appendLittleEndian(header, 32, 2);                     // bits per pixel
        appendLittleEndian(header, quint32(png.size()), 4);
        appendLittleEndian(header, firstOffset + quint32(images.size()), 4);
        images.append(png);
    }
    return header + images;
}

// A macOS icon family: "icns" and the file's length, then each image as its four-letter type,
// its length (with these 8 bytes) and a PNG. The @2x types share a pixel size with another type.
QByteArray icnsOf(QSvgRenderer& renderer)
{
    constexpr std::array<std::pair<const char*, int>, 11> entries = {{
        {"icp4", 16},
        {"icp5", 32},
        {"icp6", 64},
        {"ic07", 128},
        {"ic08", 256},
        {"ic09", 512},
        {"ic10", 1024}, // 512@2x
        {"ic11", 32},   // 16@2x
        {"ic12", 64},   // 32@2x
        {"ic13", 256},  // 128@2x
        {"ic14", 512},  // 256@2x
    }};
    QByteArray body;
    for (const auto& [type, size] : entries) {
        const QByteArray png = pngOf(render(renderer, size));
        body.append(type, 4);
        appendBigEndian32(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray file("icns");
    appendBigEndian32(file, quint32(8 + body.size()));
    return file + body;
}

int writePngs(QSvgRenderer& renderer, const QString& dir, const QString& pattern, const QStringList& sizes)
{
    for (const QString& text : sizes) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            fail(QStringLiteral("not a size: %1").arg(text));
            return 2;
        }
        if (!write(dir + QLatin1Char('/') + QString(pattern).replace(QLatin1String("{size}"), QString::number(size)),
                   pngOf(render(renderer, size)))) {
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.value(0);
    const bool known = (command == QLatin1String("png") && args.size() >= 5) ||
                       ((command == QLatin1String("ico") || command == QLatin1String("icns")) && args.size() == 3);
    if (!known) {
        fail(QStringLiteral("usage: png SVG DIR PATTERN SIZE... | ico SVG FILE | icns SVG FILE"));
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        fail(QStringLiteral("cannot read the SVG %1").arg(args.at(1)));
        return 1;
    }
    if (command == QLatin1String("png")) {
        return writePngs(renderer, args.at(2), args.at(3), args.mid(4));
    }
    const QByteArray bytes = command == QLatin1String("ico") ? icoOf(renderer) : icnsOf(renderer);
    return write(args.at(2), bytes) ? 0 : 1;
}
