// The brightness-only JPEG reader behind a bare PDQ hash: the scale it picks, the first-scan shortcut for
// progressive files, EXIF orientation, and damaged or hostile files refused in bounded time.

#include "common/TestSupport.h"
#include "imaging/ImageDecoder.h"
#include "imaging/JpegLumaReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPainter>
#include <QTest>

#include <cmath>

using namespace rakkan;
using namespace rakkan::imaging;
using rakkan::test::testData;

Q_DECLARE_METATYPE(rakkan::ErrorCode)

namespace {

// Soft shapes and gradients: compresses like a painting, so the JPEG keeps what the test compares.
QImage painting(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, size.width(), size.height());
    sky.setColorAt(0, QColor(30, 60, 160));
    sky.setColorAt(1, QColor(240, 200, 120));
    p.fillRect(image.rect(), sky);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 12; ++i) {
        p.setBrush(QColor::fromHsv((i * 47) % 360, 160, 60 + (i * 17) % 190));
        p.drawEllipse(QPointF(size.width() * ((i * 37) % 100) / 100.0, size.height() * ((i * 61) % 100) / 100.0),
                      size.width() / 9.0, size.height() / 7.0);
    }
    return image;
}

QByteArray jpeg(const QImage &image, bool progressive)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(90);
    writer.setProgressiveScanWrite(progressive);
    writer.write(image);
    return data;
}

// Mean absolute difference between a grey picture and the brightness (JPEG's Y: 0.299 R + 0.587 G + 0.114 B, not
// Qt's grey conversion, which weighs the channels differently) of a colour one scaled to its size.
double meanLumaDifference(const QImage &grey, const QImage &colour)
{
    const QImage expected = colour.scaled(grey.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                .convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        for (int x = 0; x < grey.width(); ++x) {
            const double luma = 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
            sum += std::abs(double(grey.constScanLine(y)[x]) - luma);
        }
    }
    return sum / double(grey.width() * grey.height());
}

// Where each scan starts (its SOS marker), in file order.
QList<qsizetype> scanStarts(const QByteArray &file)
{
    QList<qsizetype> starts;
    for (qsizetype at = file.indexOf(QByteArrayView("\xFF\xDA", 2)); at >= 0;
         at = file.indexOf(QByteArrayView("\xFF\xDA", 2), at + 2))
        starts << at;
    return starts;
}

// An APP1 Exif segment holding only the orientation tag, in either byte order.
QByteArray exifOrientation(quint16 value, bool littleEndian)
{
    QByteArray tiff = littleEndian ? QByteArray("II\x2A\x00", 4) : QByteArray("MM\x00\x2A", 4);
    auto u16 = [&](quint16 v) {
        if (littleEndian)
            tiff.append(char(v & 0xFF)).append(char(v >> 8));
        else
            tiff.append(char(v >> 8)).append(char(v & 0xFF));
    };
    auto u32 = [&](quint32 v) {
        u16(littleEndian ? quint16(v & 0xFFFF) : quint16(v >> 16));
        u16(littleEndian ? quint16(v >> 16) : quint16(v & 0xFFFF));
    };
    u32(8);      // first IFD right after the header
    u16(1);      // one entry
    u16(0x0112); // Orientation
    u16(3);      // SHORT
    u32(1);      // one value
    u16(value);  // the value, left-justified in the 4-byte field
    u16(0);
    u32(0); // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    segment.append(char(length >> 8)).append(char(length & 0xFF));
    return segment + payload;
}

} // namespace

class TestJpegLuma : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineDecodesAtTheSmallestScaleThatKeepsTheSide_data();
    void baselineDecodesAtTheSmallestScaleThatKeepsTheSide();
    void progressiveNeedsOnlyItsFirstScans();
    void exifOrientationIsReported_data();
    void exifOrientationIsReported();
    void colourModesItCannotReadFallBackToTheFullDecoder();
    void otherFormatsDecodeInColour();
    void damagedFilesGiveErrors_data();
    void damagedFilesGiveErrors();
    void endlessScansAreRefusedQuickly();
    void hugeDeclaredSizeIsRefusedFromTheHeader();
};

void TestJpegLuma::baselineDecodesAtTheSmallestScaleThatKeepsTheSide_data()
{
    QTest::addColumn<QSize>("stored");
    QTest::addColumn<int>("minSide");
    QTest::addColumn<QSize>("decoded");
    QTest::newRow("1/8") << QSize(2400, 2048) << 256 << QSize(300, 256);
    QTest::newRow("1/4") << QSize(2400, 1600) << 256 << QSize(600, 400);
    QTest::newRow("1/2") << QSize(1200, 800) << 256 << QSize(600, 400);
    QTest::newRow("full: too small to reduce") << QSize(400, 300) << 256 << QSize(400, 300);
}

void TestJpegLuma::baselineDecodesAtTheSmallestScaleThatKeepsTheSide()
{
    QFETCH(QSize, stored);
    QFETCH(int, minSide);
    QFETCH(QSize, decoded);
    const QImage picture = painting(stored);
    auto read = JpegLumaReader::read(jpeg(picture, false), DecodeLimits{}, {minSide, minSide});
    RAKKAN_VERIFY_OK(read);
    QCOMPARE(read->originalSize, stored);
    QCOMPARE(read->image.size(), decoded);
    QCOMPARE(read->image.format(), QImage::Format_Grayscale8);
    QVERIFY2(meanLumaDifference(read->image, picture) < 3.0,
             qPrintable(QString::number(meanLumaDifference(read->image, picture))));
}

void TestJpegLuma::progressiveNeedsOnlyItsFirstScans()
{
    const QImage picture = painting(QSize(2400, 2160));
    const QByteArray whole = jpeg(picture, true);
    const QList<qsizetype> scans = scanStarts(whole);
    QVERIFY2(scans.size() >= 5, "Qt's writer makes libjpeg's standard progressive script");

    auto fromWhole = JpegLumaReader::read(whole, DecodeLimits{}, {256, 256});
    RAKKAN_VERIFY_OK(fromWhole);
    QCOMPARE(fromWhole->image.size(), QSize(300, 270));
    QVERIFY(meanLumaDifference(fromWhole->image, picture) < 3.0);

    // The DC scan alone, then the end marker: every later scan is gone, and the picture is the same, which proves
    // the reader never looked at them.
    const QByteArray firstScanOnly = whole.first(scans[1]) + QByteArray("\xFF\xD9", 2);
    QVERIFY(firstScanOnly.size() < whole.size() / 4);
    auto fromFirst = ImageDecoder::decodeLuma(firstScanOnly, DecodeLimits{}, {256, 256});
    RAKKAN_VERIFY_OK(fromFirst);
    QCOMPARE(fromFirst->image, fromWhole->image);

    // Asked for more pixels than the DC scan holds, the whole file is read.
    auto larger = JpegLumaReader::read(whole, DecodeLimits{}, {512, 512});
    RAKKAN_VERIFY_OK(larger);
    QCOMPARE(larger->image.size(), QSize(600, 540));
    QVERIFY(meanLumaDifference(larger->image, picture) < 3.0);

    // A smaller picture allowed for the first scans alone: a progressive file gives its DC picture while a baseline
    // one of the same size still decodes at the scale that keeps the larger side.
    const QImage smaller = painting(QSize(1600, 1200));
    auto dcOnly = JpegLumaReader::read(jpeg(smaller, true), DecodeLimits{}, {256, 128});
    RAKKAN_VERIFY_OK(dcOnly);
    QCOMPARE(dcOnly->image.size(), QSize(200, 150));
    QVERIFY(meanLumaDifference(dcOnly->image, smaller) < 3.0);
    auto baseline = JpegLumaReader::read(jpeg(smaller, false), DecodeLimits{}, {256, 128});
    RAKKAN_VERIFY_OK(baseline);
    QCOMPARE(baseline->image.size(), QSize(400, 300));
}

void TestJpegLuma::exifOrientationIsReported_data()
{
    QTest::addColumn<quint16>("value");
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("6, Intel") << quint16(6) << true;
    QTest::newRow("6, Motorola") << quint16(6) << false;
    QTest::newRow("3") << quint16(3) << true;
    QTest::newRow("8") << quint16(8) << false;
    QTest::newRow("2") << quint16(2) << true;
    QTest::newRow("1") << quint16(1) << true;
    QTest::newRow("out of range") << quint16(77) << true;
}

void TestJpegLuma::exifOrientationIsReported()
{
    QFETCH(quint16, value);
    QFETCH(bool, littleEndian);
    const QByteArray plain = jpeg(painting(QSize(320, 240)), false);
    const QByteArray tagged = plain.first(2) + exifOrientation(value, littleEndian) + plain.mid(2);
    auto luma = JpegLumaReader::read(tagged, DecodeLimits{}, {64, 64});
    RAKKAN_VERIFY_OK(luma);
    auto full = ImageDecoder::decode(tagged, DecodeLimits{});
    RAKKAN_VERIFY_OK(full);
    // The same answer as Qt's reader gives for the full decode.
    QCOMPARE(int(luma->orientation), int(full->orientation));
    if (value == 6)
        QCOMPARE(luma->orientation, QImageIOHandler::TransformationRotate90);
}

void TestJpegLuma::colourModesItCannotReadFallBackToTheFullDecoder()
{
    const QByteArray cmyk = test::readFile(testData(QStringLiteral("pdq/misc-images/modes/CMYK.jpg")));
    QVERIFY(!cmyk.isEmpty());
    auto direct = JpegLumaReader::read(cmyk, DecodeLimits{}, {64, 64});
    RAKKAN_VERIFY_ERROR(direct, ErrorCode::UnsupportedFormat);
    auto luma = ImageDecoder::decodeLuma(cmyk, DecodeLimits{}, {64, 64});
    RAKKAN_VERIFY_OK(luma);
    QVERIFY(!luma->image.isNull());
    QCOMPARE(luma->format, ImageFormat::Jpeg);
}

void TestJpegLuma::otherFormatsDecodeInColour()
{
    const QImage picture = painting(QSize(300, 200));
    auto png = ImageDecoder::decodeLuma(test::encodeImage(picture, "PNG"), DecodeLimits{}, {64, 64});
    RAKKAN_VERIFY_OK(png);
    QCOMPARE(png->format, ImageFormat::Png);
    QCOMPARE(png->image.size(), QSize(300, 200));
}

void TestJpegLuma::damagedFilesGiveErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("expected");
    const QByteArray good = jpeg(painting(QSize(640, 480)), false);
    const QByteArray progressive = jpeg(painting(QSize(2400, 2400)), true);

    QTest::newRow("cut off") << good.first(good.size() / 2) << ErrorCode::Truncated;
    QTest::newRow("progressive cut off in its first scan")
        << progressive.first(scanStarts(progressive).value(0) + 40) << ErrorCode::Truncated;
    QByteArray header = good;
    const qsizetype sof = header.indexOf(QByteArrayView("\xFF\xC0", 2));
    header[sof + 9] = char(9); // nine components: no JPEG has that many
    QTest::newRow("impossible frame header") << header << ErrorCode::Corrupt;
    QByteArray noTables = good;
    const qsizetype dqt = noTables.indexOf(QByteArrayView("\xFF\xDB", 2));
    noTables[dqt + 1] = char(0xFE); // the quantisation tables become a comment
    QTest::newRow("no quantisation tables") << noTables << ErrorCode::Corrupt;
    QTest::newRow("only the start marker and the end marker")
        << QByteArray("\xFF\xD8\xFF\xDA\xFF\xD9", 6) << ErrorCode::Corrupt;
}

void TestJpegLuma::damagedFilesGiveErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, expected);
    auto read = ImageDecoder::decodeLuma(bytes, DecodeLimits{}, {256, 256});
    RAKKAN_VERIFY_ERROR(read, expected);
    QVERIFY(!read.error().message.isEmpty());
}

void TestJpegLuma::endlessScansAreRefusedQuickly()
{
    // A small progressive file (read in full, not from its first scans) whose last scan is repeated past the limit:
    // libjpeg accepts the repeats with a warning and would run a pass over the picture for each.
    const QByteArray progressive = jpeg(painting(QSize(320, 240)), true);
    const QList<qsizetype> scans = scanStarts(progressive);
    const qsizetype end = progressive.lastIndexOf(QByteArrayView("\xFF\xD9", 2));
    const QByteArray lastScan = progressive.mid(scans.last(), end - scans.last());
    QByteArray endless = progressive.first(end);
    for (int i = 0; i < JpegLumaReader::kMaxScans + 10; ++i)
        endless += lastScan;
    endless += QByteArray("\xFF\xD9", 2);

    QElapsedTimer timer;
    timer.start();
    auto read = JpegLumaReader::read(endless, DecodeLimits{}, {256, 256});
    RAKKAN_VERIFY_ERROR(read, ErrorCode::Corrupt);
    QVERIFY2(read.error().message.contains(QString::number(JpegLumaReader::kMaxScans)),
             qPrintable(read.error().message));
    QVERIFY2(timer.elapsed() < 10'000, qPrintable(QString::number(timer.elapsed())));
}

void TestJpegLuma::hugeDeclaredSizeIsRefusedFromTheHeader()
{
    QByteArray bomb = jpeg(painting(QSize(64, 48)), true);
    const qsizetype sof = bomb.indexOf(QByteArrayView("\xFF\xC2", 2));
    QVERIFY(sof > 0);
    // Height and width in the frame header: 60000 x 60000.
    bomb[sof + 5] = char(0xEA);
    bomb[sof + 6] = char(0x60);
    bomb[sof + 7] = char(0xEA);
    bomb[sof + 8] = char(0x60);
    QElapsedTimer timer;
    timer.start();
    auto read = ImageDecoder::decodeLuma(bomb, DecodeLimits{}, {256, 256});
    RAKKAN_VERIFY_ERROR(read, ErrorCode::TooLarge);
    QVERIFY(timer.elapsed() < 2000);
}

QTEST_GUILESS_MAIN(TestJpegLuma)
#include "tst_jpegluma.moc"
