// The app's icon as the build makes it (asanafeed-icontool, run by the target asanafeed_icons):
// every hicolor PNG is the size its folder says and shows the mark; the Windows .ico and the
// macOS .icns are well formed, each image a PNG of the size its entry declares; the tray variant
// stands out from a light panel and from a dark one.
#include "IconContrast.h"

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSet>
#include <QTest>

#include <map>

using namespace AsanaFeed;

namespace {

const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);

QList<int> sizesFrom(const char* list)
{
    QList<int> sizes;
    for (const QString& size : QString::fromLatin1(list).split(QLatin1Char(','))) {
        sizes.append(size.toInt());
    }
    return sizes;
}

QByteArray contents(const char* path)
{
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

quint32 littleEndian(const QByteArray& bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i) {
        value = (value << 8) | quint8(bytes.at(at + i));
    }
    return value;
}

quint32 bigEndian32(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        value = (value << 8) | quint8(bytes.at(at + i));
    }
    return value;
}

// The share of `image`'s pixels that are at least half opaque.
double opaqueShare(const QImage& image)
{
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            opaque += qAlpha(image.pixel(x, y)) >= 128 ? 1 : 0;
        }
    }
    return double(opaque) / (image.width() * image.height());
}

// How many clearly different colours the opaque part of `image` has (channels in steps of 32).
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255) {
                colours.insert(qRgb(qRed(pixel) / 32, qGreen(pixel) / 32, qBlue(pixel) / 32));
            }
        }
    }
    return int(colours.size());
}

} // namespace

class TestIconTool final : public QObject
{
    Q_OBJECT

private slots:
    void hicolor_eachSizeIsSquareAndShowsTheMark()
    {
        const QList<int> sizes = sizesFrom(ASANAFEED_ICON_SIZES);
        QVERIFY(sizes.contains(16));
        QVERIFY(sizes.contains(512));
        for (const int size : sizes) {
            const QString path =
                QStringLiteral(ASANAFEED_ICON_HICOLOR_DIR "/%1x%1/apps/io.github.asana_feed.AsanaFeed.png").arg(size);
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size, size));
            // A disc: most of the square covered, the corners clear, and more than one colour
            // (the lines of the feed on it), so not blank and not a flat square.
            QVERIFY2(opaqueShare(image) > 0.6, qPrintable(path));
            QVERIFY2(opaqueShare(image) < 0.9, qPrintable(path));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
            QVERIFY2(colourCount(image) >= 2, qPrintable(path));
        }
    }

    void ico_isWellFormed_eachEntryAPngOfItsSize()
    {
        const QByteArray ico = contents(ASANAFEED_ICON_ICO);
        QVERIFY(ico.size() > 6);
        QCOMPARE(littleEndian(ico, 0, 2), 0u); // reserved
        QCOMPARE(littleEndian(ico, 2, 2), 1u); // an icon, not a cursor
        const quint32 count = littleEndian(ico, 4, 2);
        QCOMPARE(count, 7u);
        QVERIFY(ico.size() >= 6 + 16 * qsizetype(count));
        QList<int> sizes;
        for (quint32 i = 0; i < count; ++i) {
            const qsizetype entry = 6 + 16 * qsizetype(i);
            const int width = int(littleEndian(ico, entry, 1)) == 0 ? 256 : int(littleEndian(ico, entry, 1));
            const int height = int(littleEndian(ico, entry + 1, 1)) == 0 ? 256 : int(littleEndian(ico, entry + 1, 1));
            QCOMPARE(width, height);
            QCOMPARE(littleEndian(ico, entry + 4, 2), 1u);  // planes
            QCOMPARE(littleEndian(ico, entry + 6, 2), 32u); // bits per pixel
            const quint32 length = littleEndian(ico, entry + 8, 4);
            const quint32 offset = littleEndian(ico, entry + 12, 4);
            QVERIFY(offset >= 6 + 16 * count);
            QVERIFY(qsizetype(offset) + qsizetype(length) <= ico.size());
            const QByteArray data = ico.mid(offset, length);
            QVERIFY(data.startsWith(pngSignature));
            const QImage image = QImage::fromData(data, "PNG");
            QCOMPARE(image.size(), QSize(width, width));
            QVERIFY(opaqueShare(image) > 0.6);
            sizes.append(width);
        }
        QCOMPARE(sizes, QList<int>({16, 24, 32, 48, 64, 128, 256}));
    }

    void ico_readsThroughQtsOwnReader()
    {
        if (!QImageReader::supportedImageFormats().contains("ico")) {
            QSKIP("this Qt has no ico image plugin");
        }
        QImageReader reader(QString::fromLocal8Bit(ASANAFEED_ICON_ICO), "ico");
        QCOMPARE(reader.imageCount(), 7);
        QSet<int> sizes;
        for (int i = 0; i < reader.imageCount(); ++i) {
            QVERIFY(reader.jumpToImage(i));
            const QImage image = reader.read();
            QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(image.width(), image.height());
            sizes.insert(image.width());
        }
        QCOMPARE(sizes, QSet<int>({16, 24, 32, 48, 64, 128, 256}));
    }

    void icns_isWellFormed_eachEntryAPngOfItsSize()
    {
        const QByteArray icns = contents(ASANAFEED_ICON_ICNS);
        QVERIFY(icns.size() > 8);
        QCOMPARE(icns.left(4), QByteArray("icns"));
        QCOMPARE(qsizetype(bigEndian32(icns, 4)), icns.size());
        // Each type's pixel size, as macOS reads them (the @2x types share a size with another).
        const std::map<QByteArray, int> expected = {
            {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
            {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512},
        };
        QSet<QByteArray> seen;
        qsizetype at = 8;
        while (at < icns.size()) {
            QVERIFY(at + 8 <= icns.size());
            const QByteArray type = icns.mid(at, 4);
            const quint32 length = bigEndian32(icns, at + 4);
            QVERIFY2(length > 8 && at + qsizetype(length) <= icns.size(), type.constData());
            QVERIFY2(expected.count(type) == 1, type.constData());
            QVERIFY2(!seen.contains(type), type.constData());
            seen.insert(type);
            const QByteArray data = icns.mid(at + 8, length - 8);
            QVERIFY(data.startsWith(pngSignature));
            const QImage image = QImage::fromData(data, "PNG");
            const int size = expected.at(type);
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(opaqueShare(image) > 0.6);
            at += length;
        }
        QCOMPARE(at, icns.size());
        QCOMPARE(seen.size(), qsizetype(expected.size()));
    }

    void tray_standsOutOnLightAndDarkPanels()
    {
        for (const int size : sizesFrom(ASANAFEED_TRAY_ICON_SIZES)) {
            const QString path = QStringLiteral(ASANAFEED_TRAY_ICON_DIR "/tray-%1.png").arg(size);
            const QImage tray(path);
            QVERIFY2(!tray.isNull(), qPrintable(path));
            QCOMPARE(tray.size(), QSize(size, size));
            // Most of what is drawn stands out from the panel by the 3:1 a graphic needs — the
            // disc on a dark panel, the disc and its rim on a light one.
            for (const QColor panel : {QColor(0xf0, 0xf0, 0xf0), QColor(0x20, 0x20, 0x20)}) {
                const double share = IconContrast::shareStandingOut(tray, panel);
                QVERIFY2(
                    share > 0.7,
                    qPrintable(
                        QStringLiteral("%1 px on %2: %3 of it stands out").arg(size).arg(panel.name()).arg(share)));
            }
        }
    }

    void contrast_measuresWhatAPersonSees()
    {
        // The measure itself: black on white is 21:1; the old coral mark was too pale for a
        // light panel, which is why the tray variant is deeper.
        QCOMPARE(qRound(IconContrast::ratio(Qt::black, Qt::white)), 21);
        QImage coral(16, 16, QImage::Format_ARGB32);
        coral.fill(QColor(0xf0, 0x6a, 0x6a));
        QCOMPARE(IconContrast::shareStandingOut(coral, QColor(0xf0, 0xf0, 0xf0)), 0.0);
        QCOMPARE(IconContrast::shareStandingOut(coral, QColor(0x20, 0x20, 0x20)), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestIconTool)
#include "tst_icontool.moc"
