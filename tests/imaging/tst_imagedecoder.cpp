#include "common/TestSupport.h"
#include "imaging/ImageDecoder.h"
#include "imaging/PsdReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <jxl/encode.h>
#include <libheif/heif.h>
#include <sys/resource.h>
#include <zlib.h>

#include <array>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>

using namespace rakkan;
using namespace rakkan::imaging;
using rakkan::test::testData;

Q_DECLARE_METATYPE(rakkan::ErrorCode)
Q_DECLARE_METATYPE(rakkan::imaging::ImageFormat)

namespace {

void appendBE(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

void putLE(QByteArray &bytes, qsizetype at, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

quint32 crc32Of(QByteArrayView data)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.data()), uInt(data.size())));
}

QByteArray pngChunk(QByteArrayView type, const QByteArray &data)
{
    QByteArray chunk;
    appendBE(chunk, quint64(data.size()), 4);
    QByteArray body = type.toByteArray() + data;
    chunk += body;
    appendBE(chunk, crc32Of(body), 4);
    return chunk;
}

// A complete, well-formed PNG whose header declares a size: the image data is a few bytes, so only a decoder that
// trusts the header before allocating would notice anything.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray ihdr;
    appendBE(ihdr, width, 4);
    appendBE(ihdr, height, 4);
    ihdr += QByteArray("\x08\x02\x00\x00\x00", 5);                  // 8-bit RGB, deflate, no filter, no interlace
    const QByteArray idat = qCompress(QByteArray(64, '\0')).mid(4); // qCompress prefixes the length; PNG does not
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) + pngChunk("IEND", {});
}

// A GIF with a four-colour palette. The LZW stream clears its table after every two codes, so every code stays
// three bits wide: a valid stream without implementing the compressor.
QByteArray gifBytes(QSize size, const std::array<QRgb, 4> &palette, const QList<quint8> &indices)
{
    QByteArray gif("GIF89a");
    auto le16 = [&](int v) {
        gif.append(char(v & 0xff));
        gif.append(char((v >> 8) & 0xff));
    };
    le16(size.width());
    le16(size.height());
    gif.append(char(0x91)); // global colour table of 4 entries, 2 bits of colour resolution
    gif.append('\0');
    gif.append('\0');
    for (QRgb c : palette) {
        gif.append(char(qRed(c)));
        gif.append(char(qGreen(c)));
        gif.append(char(qBlue(c)));
    }
    gif.append(',');
    le16(0);
    le16(0);
    le16(size.width());
    le16(size.height());
    gif.append('\0');
    gif.append(char(2)); // minimum code size

    constexpr int kClear = 4;
    constexpr int kEnd = 5;
    QByteArray stream;
    quint32 bits = 0;
    int bitCount = 0;
    auto put = [&](int code) {
        bits |= quint32(code) << bitCount;
        bitCount += 3;
        while (bitCount >= 8) {
            stream.append(char(bits & 0xff));
            bits >>= 8;
            bitCount -= 8;
        }
    };
    for (qsizetype i = 0; i < indices.size(); ++i) {
        if (i % 2 == 0)
            put(kClear);
        put(indices[i]);
    }
    put(kEnd);
    if (bitCount > 0)
        stream.append(char(bits & 0xff));
    for (qsizetype at = 0; at < stream.size(); at += 255) {
        const QByteArray block = stream.mid(at, 255);
        gif.append(char(block.size()));
        gif += block;
    }
    gif.append('\0');
    gif.append(';');
    return gif;
}

struct PsdSpec
{
    int version = 1;
    int channels = 3;
    quint32 width = 3;
    quint32 height = 2;
    int depth = 8;
    int mode = 3;
    QByteArray colorData;
    QByteArray resources;
    QByteArray layers;
    int compression = 0;
    QByteArray imageData;
};

QByteArray psdBytes(const PsdSpec &s)
{
    QByteArray b("8BPS");
    appendBE(b, quint64(s.version), 2);
    b += QByteArray(6, '\0');
    appendBE(b, quint64(s.channels), 2);
    appendBE(b, s.height, 4);
    appendBE(b, s.width, 4);
    appendBE(b, quint64(s.depth), 2);
    appendBE(b, quint64(s.mode), 2);
    appendBE(b, quint64(s.colorData.size()), 4);
    b += s.colorData;
    appendBE(b, quint64(s.resources.size()), 4);
    b += s.resources;
    appendBE(b, quint64(s.layers.size()), s.version == 1 ? 4 : 8);
    b += s.layers;
    appendBE(b, quint64(s.compression), 2);
    b += s.imageData;
    return b;
}

QByteArray psdResource(quint16 id, const QByteArray &data)
{
    QByteArray r("8BIM");
    appendBE(r, id, 2);
    r += QByteArray(2, '\0'); // empty Pascal name, padded to even
    appendBE(r, quint64(data.size()), 4);
    r += data;
    if (data.size() % 2)
        r.append('\0');
    return r;
}

QByteArray versionInfo(bool hasRealMergedData)
{
    QByteArray data;
    appendBE(data, 1, 4);
    data.append(char(hasRealMergedData ? 1 : 0));
    return psdResource(1057, data);
}

// PackBits with literal runs only, which every reader must accept.
QByteArray packBitsLiteral(const QByteArray &row)
{
    QByteArray packed;
    for (qsizetype at = 0; at < row.size(); at += 128) {
        const QByteArray run = row.mid(at, 128);
        packed.append(char(run.size() - 1));
        packed += run;
    }
    return packed;
}

// PackBits image data: the table of row lengths for every row of every channel, then the rows.
QByteArray packBitsImage(const QList<QByteArray> &rows, int version)
{
    QByteArray table;
    QByteArray data;
    for (const QByteArray &row : rows) {
        appendBE(table, quint64(row.size()), version == 1 ? 2 : 4);
        data += row;
    }
    return table + data;
}

// Where the sections of a real PSD begin, found the way the format defines them (each section says its length).
struct PsdLayout
{
    qsizetype resourcesStart = 0;
    qsizetype resourcesLength = 0;
    qsizetype layersStart = 0;
    qsizetype imageData = 0;
};

std::optional<PsdLayout> psdLayout(const QByteArray &psd)
{
    auto be = [&](qsizetype at, int n) {
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v = (v << 8) | quint8(psd[at + i]);
        return qsizetype(v);
    };
    if (psd.size() < 34)
        return std::nullopt;
    const int version = int(be(4, 2));
    PsdLayout layout;
    qsizetype at = 26;
    at += 4 + be(at, 4);
    layout.resourcesLength = be(at, 4);
    layout.resourcesStart = at + 4;
    at = layout.resourcesStart + layout.resourcesLength;
    const int lengthBytes = version == 1 ? 4 : 8;
    layout.layersStart = at;
    at += lengthBytes + be(at, lengthBytes);
    layout.imageData = at;
    return layout;
}

// The offset of the data of image resource `id`, or -1.
qsizetype psdResourceData(const QByteArray &psd, quint16 id)
{
    const auto layout = psdLayout(psd);
    if (!layout)
        return -1;
    qsizetype at = layout->resourcesStart;
    const qsizetype end = at + layout->resourcesLength;
    while (at + 12 <= end && psd.mid(at, 4) == "8BIM") {
        const quint16 rid = quint16((quint8(psd[at + 4]) << 8) | quint8(psd[at + 5]));
        const int nameLength = quint8(psd[at + 6]);
        at += 6 + 1 + nameLength + ((nameLength + 1) % 2);
        const qsizetype length = (qsizetype(quint8(psd[at])) << 24) | (quint8(psd[at + 1]) << 16) |
                                 (quint8(psd[at + 2]) << 8) | quint8(psd[at + 3]);
        at += 4;
        if (rid == id)
            return at;
        at += length + (length % 2);
    }
    return -1;
}

struct ZipEntry
{
    QString name;
    QByteArray data;
};

// Zips the entries in order; "mimetype" is stored uncompressed, as Krita and OpenRaster require, the rest deflated.
QByteArray zipBytes(const QList<ZipEntry> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return {};
    for (const ZipEntry &entry : entries) {
        QuaZipFile file(&zip);
        const bool stored = entry.name == QLatin1String("mimetype");
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name), nullptr, 0, stored ? 0 : Z_DEFLATED,
                       stored ? 0 : Z_BEST_COMPRESSION))
            return {};
        file.write(entry.data);
        file.close();
    }
    zip.close();
    return bytes;
}

// The 32-bit float that Photoshop stores for an 8-bit sRGB value: linear light, big-endian.
QByteArray linearFloat(quint8 srgb)
{
    const double s = srgb / 255.0;
    const float linear = float(s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4));
    quint32 bits = 0;
    std::memcpy(&bits, &linear, sizeof bits);
    QByteArray out;
    appendBE(out, bits, 4);
    return out;
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

QImage gradient(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(40 + x * 4, 200 - y * 4, 90 + (x + y) * 2));
    return image;
}

int maxChannelDifference(QRgb a, QRgb b)
{
    return qMax(qMax(qAbs(qRed(a) - qRed(b)), qAbs(qGreen(a) - qGreen(b))), qAbs(qBlue(a) - qBlue(b)));
}

int maxImageDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            worst = qMax(worst, maxChannelDifference(a.pixel(x, y), b.pixel(x, y)));
    return worst;
}

bool isUniform(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

long maxResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The composite of colormodes__4x4_8bit_rgb.psd as stored in its image data (read with an independent script):
// deep blue, crimson, red and orange on diagonals.
const std::array<QRgb, 16> kRgbReference = {
    0x0a00b2, 0x840059, 0xff0000, 0xff7e00, //
    0x850059, 0x0a00b2, 0x850059, 0xff0000, //
    0xff0000, 0x840059, 0x0a00b2, 0x850059, //
    0xff7e00, 0xff0000, 0x850059, 0x0a00b2,
};

double luma(QRgb c)
{
    return 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
}

} // namespace

// A picture with shapes and a gradient: enough for a lossy encoder to keep something to compare.
QImage testPicture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(x * 255 / size.width(), y * 255 / size.height(), 128));
    QPainter p(&image);
    p.setBrush(Qt::white);
    p.drawEllipse(QRect(size.width() / 4, size.height() / 4, size.width() / 2, size.height() / 2));
    return image;
}

// HEIC (HEVC) or AVIF (AV1) made here with libheif's own encoders, as an iPhone or a browser would write them.
QByteArray encodeHeif(const QImage &picture, heif_compression_format compression)
{
    if (!heif_have_encoder_for_format(compression))
        return {};
    heif_context *context = heif_context_alloc();
    heif_encoder *encoder = nullptr;
    QByteArray out;
    if (heif_context_get_encoder_for_format(context, compression, &encoder).code == heif_error_Ok) {
        heif_encoder_set_lossy_quality(encoder, 90);
        heif_image *image = nullptr;
        heif_image_create(picture.width(), picture.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB, &image);
        heif_image_add_plane(image, heif_channel_interleaved, picture.width(), picture.height(), 8);
        int stride = 0;
        uint8_t *plane = heif_image_get_plane(image, heif_channel_interleaved, &stride);
        for (int y = 0; y < picture.height(); ++y)
            for (int x = 0; x < picture.width(); ++x) {
                const QRgb c = picture.pixel(x, y);
                plane[y * stride + 3 * x] = uint8_t(qRed(c));
                plane[y * stride + 3 * x + 1] = uint8_t(qGreen(c));
                plane[y * stride + 3 * x + 2] = uint8_t(qBlue(c));
            }
        if (heif_context_encode_image(context, image, encoder, nullptr, nullptr).code == heif_error_Ok) {
            heif_writer writer{1, [](heif_context *, const void *data, size_t size, void *userdata) {
                                   static_cast<QByteArray *>(userdata)->append(static_cast<const char *>(data),
                                                                               qsizetype(size));
                                   return heif_error{heif_error_Ok, heif_suberror_Unspecified, ""};
                               }};
            heif_context_write(context, &writer, &out);
        }
        heif_image_release(image);
        heif_encoder_release(encoder);
    }
    heif_context_free(context);
    return out;
}

QByteArray encodeJxl(const QImage &picture)
{
    JxlEncoder *encoder = JxlEncoderCreate(nullptr);
    JxlBasicInfo info;
    JxlEncoderInitBasicInfo(&info);
    info.xsize = uint32_t(picture.width());
    info.ysize = uint32_t(picture.height());
    info.bits_per_sample = 8;
    info.num_color_channels = 3;
    JxlEncoderSetBasicInfo(encoder, &info);
    JxlColorEncoding colour;
    JxlColorEncodingSetToSRGB(&colour, JXL_FALSE);
    JxlEncoderSetColorEncoding(encoder, &colour);
    JxlEncoderFrameSettings *settings = JxlEncoderFrameSettingsCreate(encoder, nullptr);
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    QByteArray pixels;
    for (int y = 0; y < rgb.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(rgb.constScanLine(y)), rgb.width() * 3);
    const JxlPixelFormat format{3, JXL_TYPE_UINT8, JXL_NATIVE_ENDIAN, 0};
    JxlEncoderAddImageFrame(settings, &format, pixels.constData(), size_t(pixels.size()));
    JxlEncoderCloseInput(encoder);
    QByteArray out(64 * 1024, '\0');
    uint8_t *next = reinterpret_cast<uint8_t *>(out.data());
    size_t available = size_t(out.size());
    JxlEncoderStatus status;
    while ((status = JxlEncoderProcessOutput(encoder, &next, &available)) == JXL_ENC_NEED_MORE_OUTPUT) {
        const qsizetype used = qsizetype(next - reinterpret_cast<uint8_t *>(out.data()));
        out.resize(out.size() * 2);
        next = reinterpret_cast<uint8_t *>(out.data()) + used;
        available = size_t(out.size() - used);
    }
    out.resize(qsizetype(next - reinterpret_cast<uint8_t *>(out.data())));
    JxlEncoderDestroy(encoder);
    return status == JXL_ENC_SUCCESS ? out : QByteArray();
}

double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * a.width() * a.height());
}

// A MediBang Paint / FireAlpaca file laid out as those programs write it: "mdipack", the XML description, then
// named data blocks, here a layer's and the preview's (BGRA, zlib-compressed when `compressed`).
QByteArray mdpBytes(const QImage &preview, QSize canvas, bool compressed,
                    const QString &thumbName = QStringLiteral("thumb"))
{
    const auto le32 = [](QByteArray &b, quint32 v) {
        for (int i = 0; i < 4; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    const auto block = [](const QByteArray &name, quint32 kind, const QByteArray &data) -> QByteArray {
        QByteArray header(132, '\0');
        const quint32 total = quint32(132 + data.size());
        std::memcpy(header.data(), "PAC ", 4);
        for (int i = 0; i < 4; ++i) {
            header[4 + i] = char((total >> (8 * i)) & 0xff);
            header[8 + i] = char((kind >> (8 * i)) & 0xff);
        }
        std::memcpy(header.data() + 68, name.constData(), size_t(qMin<qsizetype>(name.size(), 64)));
        return header + data;
    };
    QByteArray bgra;
    for (int y = 0; y < preview.height(); ++y)
        for (int x = 0; x < preview.width(); ++x) {
            const QRgb c = preview.pixel(x, y);
            bgra.append(char(qBlue(c))).append(char(qGreen(c))).append(char(qRed(c))).append(char(qAlpha(c)));
        }
    QByteArray data = bgra;
    if (compressed) {
        uLongf size = compressBound(uLong(bgra.size()));
        data.resize(qsizetype(size));
        compress2(reinterpret_cast<Bytef *>(data.data()), &size, reinterpret_cast<const Bytef *>(bgra.constData()),
                  uLong(bgra.size()), 6);
        data.resize(qsizetype(size));
    }
    const QByteArray xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Mdiapp width=\"%1\" height=\"%2\">"
                       "<Thumb width=\"%3\" height=\"%4\" bin=\"%5\"/><Layers><Layer "
                       "name=\"線画\" bin=\"layer0\" width=\"%1\" height=\"%2\"/></Layers></Mdiapp>")
            .arg(canvas.width())
            .arg(canvas.height())
            .arg(preview.width())
            .arg(preview.height())
            .arg(thumbName)
            .toUtf8();
    const QByteArray blocks =
        block("layer0", 0, QByteArray(512, '\x42')) + block(thumbName.toUtf8(), compressed ? 1 : 0, data);
    QByteArray out("mdipack");
    out.append(QByteArray(5, '\0'));
    le32(out, quint32(xml.size()));
    le32(out, quint32(blocks.size()));
    return out + xml + blocks;
}

class TestImageDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sniffsByContent_data();
    void sniffsByContent();
    void decodesQtFormats_data();
    void decodesQtFormats();
    void decodesJpegReducedForThumbnails();

    void psdReferenceIsExact();
    void psdColourModes_data();
    void psdColourModes();
    void psdBitmapIsExact();
    void psdIndexedMatchesItsPalette();
    void psdLayeredFixtures_data();
    void psdLayeredFixtures();
    void craftedPsdDecodesExactly_data();
    void craftedPsdDecodesExactly();
    void craftedColourModes_data();
    void craftedColourModes();
    void psdLayersAreDrawnAsPhotoshopDrewThem_data();
    void psdLayersAreDrawnAsPhotoshopDrewThem();
    void psdSpotColoursArePrinted();
    void psdWithoutRealCompositeIsDrawnFromItsLayers();
    void psdBlankCompositeWithLayersIsDrawnFromThem();
    void psdDamagedLayersEndInAnErrorQuickly();
    void fuzzFindingsEndInAnError();
    void heicAvifAndJpegXl_data();
    void heicAvifAndJpegXl();
    void heifAndJxlDamageIsRefused();
    void procreatePreviewIsReadAndSaysSo();
    void mediBangPreviewIsReadAndSaysSo();
    void psdDamage_data();
    void psdDamage();

    void clipFixture();
    void clipWithoutPreviewIsRefused();
    void clipWithHostileDatabaseIsRefusedQuickly();
    void clipCut_data();
    void clipCut();

    void kraAndOra_data();
    void kraAndOra();
    void zipWithoutMergedImageIsRefused();
    void zipEntryBeyondLimitIsRefused();
    void zipEntryLyingAboutItsSizeIsRefused();
    void cutZipIsRefused();

    void badInput_data();
    void badInput();
    void bombsAreRefusedFromTheHeader_data();
    void bombsAreRefusedFromTheHeader();

private:
    static QByteArray fixture(const QString &name) { return test::readFile(testData(name)); }
    QByteArray clipWithSqlite(const QByteArray &clip, const std::function<void(sql::Database &)> &change);

    QTemporaryDir m_dir;
};

void TestImageDecoder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // WebP and TIFF come from qt6-image-formats-plugins, a run-time dependency; the tests need them too.
    const auto writable = QImageWriter::supportedImageFormats();
    QVERIFY2(writable.contains("webp") && writable.contains("tiff"),
             "install qt6-image-formats-plugins (packaging/install-deps.sh test)");
}

void TestImageDecoder::sniffsByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImageFormat>("format");
    const QImage image = gradient(QSize(8, 8));
    QTest::newRow("jpeg") << test::encodeImage(image, "JPEG") << ImageFormat::Jpeg;
    QTest::newRow("png") << test::encodeImage(image, "PNG") << ImageFormat::Png;
    QTest::newRow("bmp") << test::encodeImage(image, "BMP") << ImageFormat::Bmp;
    QTest::newRow("webp") << test::encodeImage(image, "WEBP") << ImageFormat::WebP;
    QTest::newRow("tiff") << test::encodeImage(image, "TIFF") << ImageFormat::Tiff;
    QTest::newRow("tiff big-endian") << QByteArray("MM\0*\0\0\0\x08", 8) << ImageFormat::Tiff;
    QTest::newRow("gif87a") << QByteArray("GIF87a", 6) << ImageFormat::Gif;
    QTest::newRow("gif89a") << gifBytes(QSize(2, 1), {0, 0, 0, 0}, {0, 1}) << ImageFormat::Gif;
    QTest::newRow("psd") << fixture(QStringLiteral("psd/colormodes__4x4_8bit_rgb.psd")) << ImageFormat::Psd;
    QTest::newRow("psb") << fixture(QStringLiteral("psd/0layers_tblocks.psb")) << ImageFormat::Psb;
    QTest::newRow("psd version 3") << QByteArray("8BPS\0\x03", 6) << ImageFormat::Unknown;
    QTest::newRow("clip") << fixture(QStringLiteral("clip/test.clip")) << ImageFormat::Clip;
    QTest::newRow("kra") << zipBytes({{QStringLiteral("mimetype"), "application/x-krita"}}) << ImageFormat::Kra;
    QTest::newRow("ora") << zipBytes({{QStringLiteral("mimetype"), "image/openraster"}}) << ImageFormat::Ora;
    QTest::newRow("epub is a zip, not an image")
        << zipBytes({{QStringLiteral("mimetype"), "application/epub+zip"}}) << ImageFormat::Unknown;
    QTest::newRow("zip without mimetype first")
        << zipBytes({{QStringLiteral("mergedimage.png"), test::encodeImage(image, "PNG")}}) << ImageFormat::Unknown;
    QTest::newRow("BM alone is not a bitmap") << QByteArray("BM") << ImageFormat::Unknown;
    QTest::newRow("text") << QByteArray("Hello, this is a note.\n") << ImageFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << ImageFormat::Unknown;
}

void TestImageDecoder::sniffsByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImageFormat, format);
    QCOMPARE(formatKey(sniffFormat(bytes)), formatKey(format));
}

void TestImageDecoder::decodesQtFormats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<QImage>("expected");
    QTest::addColumn<int>("tolerance");

    // Lossless formats must give the pixels back exactly; JPEG at quality 95 on a smooth gradient stays within a few
    // levels (chroma subsampling and the DCT round each 8x8 block).
    const QImage image = gradient(QSize(48, 32));
    QTest::newRow("png") << test::encodeImage(image, "PNG") << ImageFormat::Png << image << 0;
    QTest::newRow("bmp") << test::encodeImage(image, "BMP") << ImageFormat::Bmp << image << 0;
    QTest::newRow("tiff") << test::encodeImage(image, "TIFF") << ImageFormat::Tiff << image << 0;
    QTest::newRow("webp lossless") << test::encodeImage(image, "WEBP", 100) << ImageFormat::WebP << image << 0;
    QTest::newRow("jpeg") << test::encodeImage(image, "JPEG", 95) << ImageFormat::Jpeg << image << 8;

    const std::array<QRgb, 4> palette{qRgb(255, 255, 255), qRgb(200, 30, 40), qRgb(20, 120, 60), qRgb(10, 10, 90)};
    const QSize gifSize(12, 8);
    QImage gifImage(gifSize, QImage::Format_RGB32);
    QList<quint8> indices;
    for (int y = 0; y < gifSize.height(); ++y) {
        for (int x = 0; x < gifSize.width(); ++x) {
            const quint8 index = quint8((x < 6 ? 0 : 1) + (y < 4 ? 0 : 2));
            indices << index;
            gifImage.setPixel(x, y, palette[index]);
        }
    }
    QTest::newRow("gif") << gifBytes(gifSize, palette, indices) << ImageFormat::Gif << gifImage << 0;
}

void TestImageDecoder::decodesQtFormats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImageFormat, format);
    QFETCH(QImage, expected);
    QFETCH(int, tolerance);
    QVERIFY(!bytes.isEmpty());

    auto decoded = ImageDecoder::decode(bytes, DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), formatKey(format));
    QCOMPARE(decoded->originalSize, expected.size());
    QCOMPARE(decoded->image.size(), expected.size());
    QVERIFY2(maxImageDifference(decoded->image, expected) <= tolerance,
             qPrintable(QString::number(maxImageDifference(decoded->image, expected))));
}

void TestImageDecoder::decodesJpegReducedForThumbnails()
{
    const QByteArray jpeg = test::encodeImage(gradient(QSize(48, 32)).scaled(960, 640), "JPEG", 90);
    auto decoded = ImageDecoder::decode(jpeg, DecodeLimits{}, QSize(100, 100));
    RAKKAN_VERIFY_OK(decoded);
    // The catalogue records the file's own size, whatever size was decoded for the thumbnail.
    QCOMPARE(decoded->originalSize, QSize(960, 640));
    QVERIFY(decoded->image.width() < 960);
    QVERIFY(decoded->image.width() >= 100 || decoded->image.height() >= 100);
}

void TestImageDecoder::psdReferenceIsExact()
{
    auto decoded = ImageDecoder::decode(fixture(QStringLiteral("psd/colormodes__4x4_8bit_rgb.psd")), DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), QStringLiteral("psd"));
    QCOMPARE(decoded->originalSize, QSize(4, 4));
    for (int i = 0; i < 16; ++i)
        QCOMPARE(decoded->image.pixel(i % 4, i / 4) & 0xffffff, kRgbReference[size_t(i)]);
}

void TestImageDecoder::psdColourModes_data()
{
    // Every file holds the same 4x4 picture, converted by Photoshop into each mode. How close a decode can come to
    // the 8-bit RGB reference depends on the conversion Photoshop made, not only on Rakkan:
    //  - same colour space (16-bit RGB, RGBA, indexed): only 16-to-8-bit rounding and palette choice differ, so
    //    2 levels per channel;
    //  - CMYK, Lab and 32-bit linear light went through Photoshop's colour profiles (SWOP inks, perceptual
    //    rendering), which Rakkan does not apply: the saturated blue and crimson move by up to 69 levels in one
    //    channel on these files. 72 still fails a swapped or uninverted plane, an ignored a/b offset or byte order
    //    (errors of 120 levels and more), and each pixel must stay nearest to its own reference colour;
    //  - grey modes (grey, duotone, multichannel) hold one ink: compared with the reference's Rec. 601 luma, they
    //    differ by Photoshop's dot-gain and gamma curves (up to 61 levels), and must keep the reference's order of
    //    light and dark.
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<bool>("grey");
    const auto row = [](const char *file, int tolerance, bool grey) {
        QTest::newRow(file) << QStringLiteral("psd/colormodes__4x4_%1.psd").arg(QLatin1String(file)) << tolerance
                            << grey;
    };
    row("16bit_rgb", 2, false);
    row("8bit_rgba", 2, false);
    row("8bit_index_color", 2, false);
    row("8bit_cmyk", 72, false);
    row("16bit_cmyk", 72, false);
    row("8bit_lab", 72, false);
    row("16bit_lab", 72, false);
    row("32bit_rgb", 72, false);
    row("8bit_grayscale", 64, true);
    row("16bit_grayscale", 64, true);
    row("32bit_grayscale", 64, true);
    row("8bit_duotone", 64, true);
    row("16bit_multichannel", 64, true);
}

void TestImageDecoder::psdColourModes()
{
    QFETCH(QString, file);
    QFETCH(int, tolerance);
    QFETCH(bool, grey);

    auto decoded = ImageDecoder::decode(fixture(file), DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), QStringLiteral("psd"));
    QCOMPARE(decoded->originalSize, QSize(4, 4));
    QCOMPARE(decoded->image.size(), QSize(4, 4));

    const QList<QRgb> references{0x0a00b2, 0x840059, 0xff0000, 0xff7e00};
    for (int i = 0; i < 16; ++i) {
        const QRgb got = decoded->image.pixel(i % 4, i / 4);
        const QRgb want = kRgbReference[size_t(i)];
        const QString where = QStringLiteral("pixel %1: got %2, reference %3")
                                  .arg(i)
                                  .arg(got & 0xffffff, 6, 16, QLatin1Char('0'))
                                  .arg(want, 6, 16, QLatin1Char('0'));
        if (grey) {
            QVERIFY2(qRed(got) == qGreen(got) && qGreen(got) == qBlue(got), qPrintable(where));
            QVERIFY2(qAbs(qRed(got) - luma(want)) <= tolerance, qPrintable(where));
            for (int j = 0; j < 16; ++j) {
                const QRgb otherWant = kRgbReference[size_t(j)];
                if (luma(want) + 8 < luma(otherWant))
                    QVERIFY2(qRed(got) < qRed(decoded->image.pixel(j % 4, j / 4)), qPrintable(where));
            }
            continue;
        }
        QVERIFY2(maxChannelDifference(got, want) <= tolerance, qPrintable(where));
        const auto nearest = std::min_element(references.cbegin(), references.cend(), [&](QRgb a, QRgb b) {
            auto distance = [&](QRgb c) {
                const int dr = qRed(c) - qRed(got), dg = qGreen(c) - qGreen(got), db = qBlue(c) - qBlue(got);
                return dr * dr + dg * dg + db * db;
            };
            return distance(a) < distance(b);
        });
        QVERIFY2(maxChannelDifference(*nearest, want) <= 1, qPrintable(where));
    }
}

void TestImageDecoder::psdBitmapIsExact()
{
    auto decoded = ImageDecoder::decode(fixture(QStringLiteral("psd/colormodes__4x4_1bit_bitmap.psd")), {});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(decoded->originalSize, QSize(4, 4));
    // The file's bit rows are c0 f0 70 30; a set bit is black ink.
    const char *rows[] = {"##..", "####", ".###", "..##"};
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x)
            QCOMPARE(decoded->image.pixel(x, y) & 0xffffff, rows[y][x] == '#' ? 0x000000u : 0xffffffu);
}

void TestImageDecoder::psdIndexedMatchesItsPalette()
{
    const QByteArray psd = fixture(QStringLiteral("psd/colormodes__4x4_8bit_index_color.psd"));
    const auto layout = psdLayout(psd);
    QVERIFY(layout);
    // Colour data: 768 bytes, all reds, then all greens, then all blues. Image data: raw, one index per pixel.
    constexpr qsizetype kPalette = 30;
    QCOMPARE(psd.mid(26, 4), QByteArray("\0\0\x03\x00", 4));
    QCOMPARE(psd.mid(layout->imageData, 2), QByteArray("\0\0", 2));
    auto decoded = ImageDecoder::decode(psd, DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    for (int i = 0; i < 16; ++i) {
        const int index = quint8(psd[layout->imageData + 2 + i]);
        const QRgb want = qRgb(quint8(psd[kPalette + index]), quint8(psd[kPalette + 256 + index]),
                               quint8(psd[kPalette + 512 + index]));
        QCOMPARE(decoded->image.pixel(i % 4, i / 4), want);
    }
}

void TestImageDecoder::psdLayersAreDrawnAsPhotoshopDrewThem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("tolerance"); // mean difference per channel, 0-255, from Photoshop's own composite
    QTest::addColumn<QString>("note");     // a word the notes must carry; empty: no note beyond the first
    QTest::newRow("empty layer") << QStringLiteral("psd/empty-layer.psd") << 0.5 << QString();
    QTest::newRow("psb") << QStringLiteral("psd/empty-layer.psb") << 0.5 << QString();
    QTest::newRow("linear light") << QStringLiteral("psd/blend-modes__linear-light.psd") << 1.5 << QString();
    QTest::newRow("saturation") << QStringLiteral("psd/blend-modes__saturation.psd") << 1.5 << QString();
    // Masks at partial density with feathered edges: the densities are applied, the feathering is near but not
    // Photoshop's own.
    QTest::newRow("mask density, vector mask")
        << QStringLiteral("psd/mask-density-layervectormask.psd") << 10.0 << QString();
    QTest::newRow("disabled mask") << QStringLiteral("psd/mask-disabled.psd") << 1.0 << QString();
    QTest::newRow("pass-through group") << QStringLiteral("psd/passthrough_fill_blendmode.psd") << 2.5 << QString();
    QTest::newRow("transparency group") << QStringLiteral("psd/transparency__transparency-group.psd") << 2.0
                                        << QString();
    QTest::newRow("path intersection") << QStringLiteral("psd/path-operations__intersect-all.psd") << 3.0 << QString();
    QTest::newRow("layer effects") << QStringLiteral("psd/effects__shape-fx.psd") << 255.0 << QStringLiteral("effects");
    QTest::newRow("adjustments") << QStringLiteral("psd/adjustments__adjustment_nested_composition_4.psd") << 255.0
                                 << QStringLiteral("adjustment");
    QTest::newRow("32-bit psb, ZIP with prediction") << QStringLiteral("psd/vector-mask.psb") << 2.0 << QString();
}

// Rakkan draws each file from its layers and compares the result with the flattened image Photoshop saved in the
// same file: the layers-only path that files saved without "Maximize Compatibility" take, checked against the
// program that made them.
void TestImageDecoder::psdLayersAreDrawnAsPhotoshopDrewThem()
{
    QFETCH(QString, file);
    QFETCH(double, tolerance);
    QFETCH(QString, note);
    const QByteArray bytes = fixture(file);
    auto stored = PsdReader::read(bytes, DecodeLimits{});
    auto drawn = PsdReader::composeLayers(bytes, DecodeLimits{});
    RAKKAN_VERIFY_OK(stored);
    RAKKAN_VERIFY_OK(drawn);
    QCOMPARE(drawn->image.size(), stored->image.size());
    double difference = 0;
    for (int y = 0; y < drawn->image.height(); ++y)
        for (int x = 0; x < drawn->image.width(); ++x) {
            const QRgb a = drawn->image.pixel(x, y);
            const QRgb b = stored->image.pixel(x, y);
            difference += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
        }
    difference /= 3.0 * drawn->image.width() * drawn->image.height();
    if (qEnvironmentVariableIsSet("RAKKAN_PSD_DUMP")) {
        const QString base = qEnvironmentVariable("RAKKAN_PSD_DUMP") + QLatin1Char('/') + QFileInfo(file).baseName();
        drawn->image.save(base + QStringLiteral("-layers.png"));
        stored->image.save(base + QStringLiteral("-photoshop.png"));
        qInfo() << file << "mean difference" << difference << drawn->notes;
    }
    QVERIFY2(difference <= tolerance, qPrintable(QStringLiteral("%1: %2").arg(file).arg(difference)));
    // The picture says it was made from the layers, and names what it could not draw.
    QVERIFY(!drawn->notes.isEmpty());
    QVERIFY(drawn->notes.first().contains(QStringLiteral("layers")));
    if (note.isEmpty())
        QCOMPARE(drawn->notes.size(), 1);
    else
        QVERIFY2(drawn->notes.join(QLatin1Char(' ')).contains(note), qPrintable(drawn->notes.join(QLatin1Char('|'))));
}

// cmyk-spot.psd keeps its picture in three spot-colour channels (blue, pink, yellow inks) over blank CMYK plates:
// the inks are printed, not left out as a blank white page.
void TestImageDecoder::psdSpotColoursArePrinted()
{
    auto decoded = PsdReader::read(fixture(QStringLiteral("psd/cmyk-spot.psd")), DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    const QImage &image = decoded->image;
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            if (qGray(image.pixel(x, y)) < 200)
                ++inked;
    QVERIFY2(inked > image.width() * image.height() / 16 / 10, qPrintable(QString::number(inked)));
    if (qEnvironmentVariableIsSet("RAKKAN_PSD_DUMP"))
        image.save(qEnvironmentVariable("RAKKAN_PSD_DUMP") + QStringLiteral("/cmyk-spot.png"));
}

void TestImageDecoder::psdLayeredFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QPoint>("inkAt");
    QTest::addColumn<QRgb>("ink");
    // Pixels read from each file's composite: the red "!" of the PSB, the black square of the empty-layer file.
    QTest::newRow("psb, PackBits with 32-bit row counts")
        << QStringLiteral("psd/0layers_tblocks.psb") << ImageFormat::Psb << QSize(150, 150) << QPoint(78, 60)
        << qRgb(255, 0, 0);
    QTest::newRow("psd with an empty layer") << QStringLiteral("psd/empty-layer.psd") << ImageFormat::Psd
                                             << QSize(100, 150) << QPoint(44, 65) << qRgb(0, 0, 0);
    QTest::newRow("psd with a curves layer") << QStringLiteral("psd/layers__curves.psd") << ImageFormat::Psd
                                             << QSize(32, 32) << QPoint(16, 16) << qRgb(255, 255, 255);
}

void TestImageDecoder::psdLayeredFixtures()
{
    QFETCH(QString, file);
    QFETCH(ImageFormat, format);
    QFETCH(QSize, size);
    QFETCH(QPoint, inkAt);
    QFETCH(QRgb, ink);
    auto decoded = ImageDecoder::decode(fixture(file), DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), formatKey(format));
    QCOMPARE(decoded->originalSize, size);
    QCOMPARE(decoded->image.size(), size);
    QVERIFY2(maxChannelDifference(decoded->image.pixel(inkAt), ink) <= 8,
             qPrintable(QString::number(decoded->image.pixel(inkAt), 16)));
    QCOMPARE(decoded->image.pixel(0, 0) & 0xffffff, 0xffffffu); // white paper in the corner
}

void TestImageDecoder::craftedPsdDecodesExactly_data()
{
    QTest::addColumn<QByteArray>("psd");
    QTest::addColumn<ImageFormat>("format");
    // A 3x2 RGB picture; planes are stored one after the other, rows top to bottom.
    const QList<QByteArray> r{QByteArray("\x10\x20\x30", 3), QByteArray("\x40\x50\x60", 3)};
    const QList<QByteArray> g{QByteArray("\xff\x00\x80", 3), QByteArray("\x01\x02\x03", 3)};
    const QList<QByteArray> b{QByteArray("\x00\x00\x00", 3), QByteArray("\xaa\xbb\xcc", 3)};
    const QList<QByteArray> rows = r + g + b;

    PsdSpec raw;
    raw.imageData = rows.join();
    QTest::newRow("raw 8-bit") << psdBytes(raw) << ImageFormat::Psd;

    PsdSpec raw16 = raw;
    raw16.depth = 16;
    QByteArray wide;
    for (char c : raw.imageData)
        wide += QByteArray(1, c) + QByteArray(1, '\x7f'); // the low byte must not matter
    raw16.imageData = wide;
    QTest::newRow("raw 16-bit") << psdBytes(raw16) << ImageFormat::Psd;

    PsdSpec raw32 = raw;
    raw32.depth = 32;
    raw32.imageData.clear();
    for (char c : raw.imageData)
        raw32.imageData += linearFloat(quint8(c));
    QTest::newRow("raw 32-bit linear light") << psdBytes(raw32) << ImageFormat::Psd;

    QList<QByteArray> packed;
    for (const QByteArray &row : rows)
        packed << packBitsLiteral(row);
    PsdSpec rle = raw;
    rle.compression = 1;
    rle.imageData = packBitsImage(packed, 1);
    rle.resources = versionInfo(true);
    QTest::newRow("PackBits psd") << psdBytes(rle) << ImageFormat::Psd;

    PsdSpec psb = rle;
    psb.version = 2;
    psb.imageData = packBitsImage(packed, 2);
    QTest::newRow("PackBits psb") << psdBytes(psb) << ImageFormat::Psb;

    // Repeat runs: -2 repeats the next byte three times.
    PsdSpec runs = raw;
    runs.compression = 1;
    QList<QByteArray> runRows;
    for (const QByteArray &row : rows)
        runRows << (row[0] == row[1] && row[1] == row[2] ? QByteArray(1, char(-2)) + row.left(1)
                                                         : packBitsLiteral(row));
    runs.imageData = packBitsImage(runRows, 1);
    QTest::newRow("PackBits repeat runs") << psdBytes(runs) << ImageFormat::Psd;
}

void TestImageDecoder::craftedPsdDecodesExactly()
{
    QFETCH(QByteArray, psd);
    QFETCH(ImageFormat, format);
    auto decoded = ImageDecoder::decode(psd, DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), formatKey(format));
    QCOMPARE(decoded->originalSize, QSize(3, 2));
    const QRgb expected[2][3] = {{qRgb(0x10, 0xff, 0x00), qRgb(0x20, 0x00, 0x00), qRgb(0x30, 0x80, 0x00)},
                                 {qRgb(0x40, 0x01, 0xaa), qRgb(0x50, 0x02, 0xbb), qRgb(0x60, 0x03, 0xcc)}};
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 3; ++x)
            QCOMPARE(decoded->image.pixel(x, y), expected[y][x]);
}

void TestImageDecoder::craftedColourModes_data()
{
    // Three pixels a file, one row; each plane is three bytes (samples) one after the other.
    QTest::addColumn<QByteArray>("psd");
    QTest::addColumn<QList<QRgb>>("expected");
    QTest::addColumn<int>("tolerance");
    const auto spec = [](int mode, int depth, const QList<QByteArray> &planes) {
        PsdSpec s;
        s.mode = mode;
        s.depth = depth;
        s.channels = int(planes.size());
        s.width = 3;
        s.height = 1;
        s.imageData = planes.join();
        return s;
    };
    const QRgb white = qRgb(255, 255, 255);
    const QRgb black = qRgb(0, 0, 0);

    QTest::newRow("bitmap: a set bit is black ink")
        << psdBytes(spec(0, 1, {QByteArray(1, char(0b1010'0000))})) << QList<QRgb>{black, white, black} << 0;
    QTest::newRow("8-bit grey") << psdBytes(spec(1, 8, {QByteArray("\x00\xff\x80", 3)}))
                                << QList<QRgb>{black, white, qRgb(128, 128, 128)} << 0;
    QTest::newRow("16-bit grey") << psdBytes(spec(1, 16, {QByteArray("\x00\x00\xff\xff\x80\x00", 6)}))
                                 << QList<QRgb>{black, white, qRgb(128, 128, 128)} << 0;
    QTest::newRow("32-bit grey is linear light")
        << psdBytes(spec(1, 32, {linearFloat(0) + linearFloat(255) + linearFloat(128)}))
        << QList<QRgb>{black, white, qRgb(128, 128, 128)} << 0;
    QTest::newRow("duotone shows its grey plate")
        << psdBytes(spec(8, 8, {QByteArray("\x00\xff\x64", 3)})) << QList<QRgb>{black, white, qRgb(100, 100, 100)} << 0;

    PsdSpec indexed = spec(2, 8, {QByteArray("\x00\x05\xff", 3)});
    indexed.colorData = QByteArray(768, '\0');
    for (int i = 0; i < 256; ++i) {
        indexed.colorData[i] = char(i);
        indexed.colorData[256 + i] = char(255 - i);
        indexed.colorData[512 + i] = char(i / 2);
    }
    QTest::newRow("indexed looks up its palette")
        << psdBytes(indexed) << QList<QRgb>{qRgb(0, 255, 0), qRgb(5, 250, 2), qRgb(255, 0, 127)} << 0;

    // Lab: L* 100, 0 and 50 with neutral a* and b* are white, black and the sRGB grey of L* 50 (119).
    QTest::newRow("Lab neutrals") << psdBytes(spec(9, 8,
                                                   {QByteArray("\xff\x00\x80", 3), QByteArray("\x80\x80\x80", 3),
                                                    QByteArray("\x80\x80\x80", 3)}))
                                  << QList<QRgb>{white, black, qRgb(119, 119, 119)} << 2;
    // CMYK is stored inverted (255: no ink). No ink is white, full black ink is black and full cyan ink is cyan;
    // how exact a cyan depends on the ink profile, which Rakkan does not apply.
    QTest::newRow("CMYK inks") << psdBytes(spec(4, 8,
                                                {QByteArray("\xff\xff\x00", 3), QByteArray("\xff\xff\xff", 3),
                                                 QByteArray("\xff\xff\xff", 3), QByteArray("\xff\x00\xff", 3)}))
                               << QList<QRgb>{white, black, qRgb(0, 200, 230)} << 60;
}

void TestImageDecoder::craftedColourModes()
{
    QFETCH(QByteArray, psd);
    QFETCH(QList<QRgb>, expected);
    QFETCH(int, tolerance);
    auto decoded = ImageDecoder::decode(psd, DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(decoded->originalSize, QSize(3, 1));
    for (int x = 0; x < 3; ++x) {
        const QRgb got = decoded->image.pixel(x, 0);
        QVERIFY2(maxChannelDifference(got, expected[x]) <= tolerance,
                 qPrintable(QStringLiteral("pixel %1: got %2, want %3")
                                .arg(x)
                                .arg(got & 0xffffff, 6, 16, QLatin1Char('0'))
                                .arg(expected[x] & 0xffffff, 6, 16, QLatin1Char('0'))));
    }
}

void TestImageDecoder::psdWithoutRealCompositeIsDrawnFromItsLayers()
{
    QByteArray psd = fixture(QStringLiteral("psd/colormodes__4x4_8bit_rgb.psd"));
    const auto stored = ImageDecoder::decode(psd, DecodeLimits{});
    RAKKAN_VERIFY_OK(stored);
    QVERIFY(stored->notes.isEmpty());
    const qsizetype info = psdResourceData(psd, 1057);
    QVERIFY2(info > 0, "the fixture has a version-info resource");
    QCOMPARE(quint8(psd[info + 4]), quint8(1));
    psd[info + 4] = '\0'; // hasRealMergedData: saved without "Maximize Compatibility"
    // Drawn from its two layers, the same picture, and it says how it was made.
    const auto drawn = ImageDecoder::decode(psd, DecodeLimits{});
    RAKKAN_VERIFY_OK(drawn);
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x)
            QCOMPARE(drawn->image.pixel(x, y), stored->image.pixel(x, y));
    QCOMPARE(drawn->notes.size(), 1);
    QVERIFY(drawn->notes.first().contains(QStringLiteral("layers")));

    // Without layers either, there is nothing to draw: refused with the reason.
    PsdSpec crafted;
    crafted.resources = versionInfo(false);
    crafted.imageData = QByteArray(18, '\x55');
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(psdBytes(crafted), DecodeLimits{}), ErrorCode::NoComposite);
}

void TestImageDecoder::psdBlankCompositeWithLayersIsDrawnFromThem()
{
    // Without a version-info resource, a layered file whose composite is one flat colour was saved without it: the
    // layers are drawn, and the curves layer Rakkan cannot apply is named.
    QByteArray psd = fixture(QStringLiteral("psd/layers__curves.psd"));
    const qsizetype info = psdResourceData(psd, 1057);
    QVERIFY(info > 0);
    const qsizetype id = info - 4 - 2 - 2; // data <- length (4) <- empty padded name (2) <- id (2)
    QCOMPARE(psd.mid(id - 4, 4), QByteArray("8BIM"));
    psd[id] = '\x7f'; // now an id nobody reads
    const auto drawn = ImageDecoder::decode(psd, DecodeLimits{});
    RAKKAN_VERIFY_OK(drawn);
    QVERIFY2(drawn->notes.join(QLatin1Char(' ')).contains(QStringLiteral("Curves 1")),
             qPrintable(drawn->notes.join(QLatin1Char('|'))));

    // A flat picture without layers is a picture, not a missing composite.
    PsdSpec flat;
    flat.imageData = QByteArray(18, '\x55');
    auto decoded = ImageDecoder::decode(psdBytes(flat), DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(decoded->image.pixel(2, 1), qRgb(0x55, 0x55, 0x55));
}

// Layers read from a damaged file: cut anywhere, or with bytes changed at random (seeded), the drawing ends in a
// picture or an error, never a crash or a hang.
void TestImageDecoder::psdDamagedLayersEndInAnErrorQuickly()
{
    QByteArray psd = fixture(QStringLiteral("psd/transparency__transparency-group.psd"));
    const qsizetype info = psdResourceData(psd, 1057);
    QVERIFY(info > 0);
    psd[info + 4] = '\0'; // no flattened image: the layers must be read
    RAKKAN_VERIFY_OK(ImageDecoder::decode(psd, DecodeLimits{}));
    const auto layout = psdLayout(psd);
    QVERIFY(layout);
    QElapsedTimer timer;
    timer.start();
    int errors = 0;
    for (qsizetype cut = layout->layersStart; cut < psd.size(); cut += (psd.size() - layout->layersStart) / 97 + 1)
        errors += ImageDecoder::decode(psd.left(cut), DecodeLimits{}).ok() ? 0 : 1;
    QVERIFY(errors > 0);
    QRandomGenerator random(20261207);
    for (int round = 0; round < 300; ++round) {
        QByteArray changed = psd;
        for (int i = 0; i < 8; ++i)
            changed[layout->layersStart + random.bounded(psd.size() - layout->layersStart)] = char(random.bounded(256));
        const auto decoded = ImageDecoder::decode(changed, DecodeLimits{});
        if (!decoded.ok())
            QVERIFY(!decoded.error().message.isEmpty());
    }
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
}

// Every input the fuzzers once failed on (tests/fuzz/regressions), replayed here too so that the GCC sanitizer
// build checks them: each ends in a value or an error, without undefined behaviour. The first were PSD layer
// corners whose difference overflowed an int.
void TestImageDecoder::fuzzFindingsEndInAnError()
{
    int replayed = 0;
    for (const QString &target : {QStringLiteral("image"), QStringLiteral("clip"), QStringLiteral("psd-layers")}) {
        const QDir dir(QStringLiteral(RAKKAN_TEST_DATA "/../fuzz/regressions/") + target);
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files)) {
            const QByteArray bytes = test::readFile(file.filePath());
            const auto decoded = target == QLatin1String("psd-layers") ? PsdReader::composeLayers(bytes, DecodeLimits{})
                                                                       : ImageDecoder::decode(bytes, DecodeLimits{});
            if (!decoded.ok())
                QVERIFY(!decoded.error().message.isEmpty());
            ++replayed;
        }
    }
    QVERIFY(replayed >= 2);
}

void TestImageDecoder::heicAvifAndJpegXl_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ImageFormat>("format");
    QTest::newRow("HEIC") << QStringLiteral("heic") << ImageFormat::Heic;
    QTest::newRow("AVIF") << QStringLiteral("avif") << ImageFormat::Avif;
    QTest::newRow("JPEG XL") << QStringLiteral("jxl") << ImageFormat::Jxl;
}

// The formats iPhones, iPads and browsers export, written here by their own libraries' encoders and read back:
// sniffed by content, the same picture, at its size.
void TestImageDecoder::heicAvifAndJpegXl()
{
    QFETCH(QString, kind);
    QFETCH(ImageFormat, format);
    const QImage picture = testPicture(QSize(320, 240));
    const QByteArray bytes = kind == QLatin1String("heic")   ? encodeHeif(picture, heif_compression_HEVC)
                             : kind == QLatin1String("avif") ? encodeHeif(picture, heif_compression_AV1)
                                                             : encodeJxl(picture);
    QVERIFY2(!bytes.isEmpty(), "this machine's library has an encoder for the format");
    QCOMPARE(sniffFormat(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 128))), format);
    auto decoded = ImageDecoder::decode(bytes, DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(decoded->format, format);
    QCOMPARE(decoded->originalSize, picture.size());
    QCOMPARE(decoded->image.size(), picture.size());
    const double difference = meanDifference(decoded->image, picture);
    QVERIFY2(difference < 6.0, qPrintable(QString::number(difference))); // lossy, but the same picture
    // Larger than the limits allow: refused from the header, before decoding.
    DecodeLimits small;
    small.maxPixels = 320 * 240 - 1;
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(bytes, small), ErrorCode::TooLarge);
}

// Cut short or with bytes changed (seeded), these files end in an error with a message, never a crash.
void TestImageDecoder::heifAndJxlDamageIsRefused()
{
    const QImage picture = testPicture(QSize(96, 64));
    QRandomGenerator random(7);
    for (const QByteArray &bytes :
         {encodeHeif(picture, heif_compression_HEVC), encodeHeif(picture, heif_compression_AV1), encodeJxl(picture)}) {
        QVERIFY(!bytes.isEmpty());
        for (qsizetype cut = 16; cut < bytes.size(); cut += bytes.size() / 23 + 1) {
            const auto decoded = ImageDecoder::decode(bytes.left(cut), DecodeLimits{});
            if (!decoded.ok())
                QVERIFY(!decoded.error().message.isEmpty());
        }
        for (int round = 0; round < 60; ++round) {
            QByteArray changed = bytes;
            for (int i = 0; i < 4; ++i)
                changed[16 + random.bounded(bytes.size() - 16)] = char(random.bounded(256));
            const auto decoded = ImageDecoder::decode(changed, DecodeLimits{});
            if (!decoded.ok())
                QVERIFY(!decoded.error().message.isEmpty());
        }
    }
}

// A Procreate file as the app writes it: tiles of each layer, the document description (a binary plist) and the
// preview it keeps of the whole canvas. Found by content in either entry order, read from its preview, and said so.
void TestImageDecoder::procreatePreviewIsReadAndSaysSo()
{
    QByteArray png;
    QBuffer pngBuffer(&png);
    QVERIFY(testPicture(QSize(150, 200)).save(&pngBuffer, "PNG"));
    const ZipEntry tile{QStringLiteral("5D0C1C9E-2C41-4F30-8A87-6A5B0F4E9B11/0~0.chunk"), QByteArray(4096, '\x11')};
    const ZipEntry document{QStringLiteral("Document.archive"), QByteArray("bplist00\xd4\x01\x02", 11)};
    const ZipEntry preview{QStringLiteral("QuickLook/Thumbnail.png"), png};
    for (const QList<ZipEntry> &order :
         {QList<ZipEntry>{document, tile, preview}, QList<ZipEntry>{tile, preview, document}}) {
        const QByteArray bytes = zipBytes(order);
        auto decoded = ImageDecoder::decode(bytes, DecodeLimits{});
        RAKKAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->format, ImageFormat::Procreate);
        QCOMPARE(decoded->image.size(), QSize(150, 200));
        QVERIFY(meanDifference(decoded->image, testPicture(QSize(150, 200))) < 1.0);
        QCOMPARE(decoded->notes.size(), 1);
        QVERIFY(decoded->notes.first().contains(QStringLiteral("Procreate")));
    }
    // Without its preview there is nothing flattened to read: said, not guessed.
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(zipBytes({document, tile}), DecodeLimits{}), ErrorCode::NoComposite);
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(zipBytes({preview, document}).left(300), DecodeLimits{}),
                        ErrorCode::Corrupt);
}

void TestImageDecoder::mediBangPreviewIsReadAndSaysSo()
{
    const QImage preview = testPicture(QSize(75, 100));
    for (bool compressed : {true, false}) {
        const QByteArray bytes = mdpBytes(preview, QSize(600, 800), compressed);
        auto decoded = ImageDecoder::decode(bytes, DecodeLimits{});
        RAKKAN_VERIFY_OK(decoded);
        QCOMPARE(decoded->format, ImageFormat::Mdp);
        QCOMPARE(decoded->image.size(), QSize(75, 100));
        QCOMPARE(decoded->originalSize, QSize(600, 800));
        QVERIFY(meanDifference(decoded->image, preview) < 0.5);
        QCOMPARE(decoded->notes.size(), 1);
        QVERIFY(decoded->notes.first().contains(QStringLiteral("600 x 800")));
        // Cut anywhere: an error with a message, never a crash.
        for (qsizetype cut = 8; cut < bytes.size(); cut += bytes.size() / 31 + 1) {
            const auto cutShort = ImageDecoder::decode(bytes.left(cut), DecodeLimits{});
            QVERIFY(!cutShort.ok());
            QVERIFY(!cutShort.error().message.isEmpty());
        }
    }
    // A preview the description names but the file lacks, and a canvas beyond the limits, are refused with reasons.
    QByteArray missing = mdpBytes(preview, QSize(600, 800), true, QStringLiteral("thumb"));
    missing.replace(QByteArray("bin=\"thumb\""), QByteArray("bin=\"other\""));
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(missing, DecodeLimits{}), ErrorCode::NoComposite);
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(mdpBytes(preview, QSize(90000, 90000), true), DecodeLimits{}),
                        ErrorCode::TooLarge);
}

void TestImageDecoder::psdDamage_data()
{
    QTest::addColumn<QByteArray>("psd");
    QTest::addColumn<ErrorCode>("code");
    PsdSpec good;
    good.imageData = QByteArray(18, '\x20');
    QVERIFY(ImageDecoder::decode(psdBytes(good), DecodeLimits{}).ok());

    auto with = [&](auto change) {
        PsdSpec s = good;
        change(s);
        return psdBytes(s);
    };
    QTest::newRow("no channels") << with([](PsdSpec &s) { s.channels = 0; }) << ErrorCode::Corrupt;
    QTest::newRow("57 channels") << with([](PsdSpec &s) { s.channels = 57; }) << ErrorCode::Corrupt;
    QTest::newRow("RGB with two channels") << with([](PsdSpec &s) { s.channels = 2; }) << ErrorCode::Corrupt;
    QTest::newRow("7 bits a channel") << with([](PsdSpec &s) { s.depth = 7; }) << ErrorCode::Corrupt;
    QTest::newRow("zero width") << with([](PsdSpec &s) { s.width = 0; }) << ErrorCode::Corrupt;
    QTest::newRow("zero height") << with([](PsdSpec &s) { s.height = 0; }) << ErrorCode::Corrupt;
    QTest::newRow("unknown colour mode") << with([](PsdSpec &s) { s.mode = 5; }) << ErrorCode::UnsupportedFormat;
    QTest::newRow("indexed without colour table") << with([](PsdSpec &s) {
        s.mode = 2;
        s.channels = 1;
    }) << ErrorCode::Corrupt;
    QTest::newRow("ZIP-compressed composite")
        << with([](PsdSpec &s) { s.compression = 2; }) << ErrorCode::UnsupportedFormat;
    QTest::newRow("unknown compression") << with([](PsdSpec &s) { s.compression = 7; }) << ErrorCode::UnsupportedFormat;
    QTest::newRow("PackBits row too long") << with([](PsdSpec &s) {
        s.compression = 1;
        s.imageData = packBitsImage(QList<QByteArray>(6, packBitsLiteral("\x01\x02\x03\x04")), 1);
    }) << ErrorCode::Corrupt;
    QTest::newRow("PackBits row too short") << with([](PsdSpec &s) {
        s.compression = 1;
        s.imageData = packBitsImage(QList<QByteArray>(6, packBitsLiteral("\x01\x02")), 1);
    }) << ErrorCode::Corrupt;
    QTest::newRow("PackBits row table cut") << with([](PsdSpec &s) {
        s.compression = 1;
        s.imageData = QByteArray(5, '\0');
    }) << ErrorCode::Truncated;
    QTest::newRow("image data cut") << psdBytes(good).chopped(5) << ErrorCode::Truncated;
    QTest::newRow("header cut") << psdBytes(good).left(20) << ErrorCode::Truncated;
    QByteArray longLayers = psdBytes(good);
    longLayers[34 + 3] = '\x7f'; // the layer section claims 127 bytes the file does not have
    QTest::newRow("layer section longer than the file") << longLayers << ErrorCode::Truncated;
    QByteArray longColour = psdBytes(good);
    longColour[26] = '\x10'; // colour mode data claims 256 MiB
    QTest::newRow("colour data longer than the file") << longColour << ErrorCode::Truncated;
    QTest::newRow("fixture cut in half") << fixture(QStringLiteral("psd/empty-layer.psd")).left(14000)
                                         << ErrorCode::Truncated;
}

void TestImageDecoder::psdDamage()
{
    QFETCH(QByteArray, psd);
    QFETCH(ErrorCode, code);
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(psd, DecodeLimits{}), code);
    RAKKAN_VERIFY_ERROR(PsdReader::read(psd, DecodeLimits{}), code);
}

void TestImageDecoder::clipFixture()
{
    auto decoded = ImageDecoder::decode(fixture(QStringLiteral("clip/test.clip")), DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), QStringLiteral("clip"));
    QCOMPARE(decoded->originalSize, QSize(400, 566));
    QCOMPARE(decoded->image.size(), QSize(400, 566));
    QVERIFY(!isUniform(decoded->image));
    // A green disc in the middle, a warm gradient on the left half and a blue one on the right (see SOURCE.md).
    const QRgb disc = decoded->image.pixel(200, 283);
    QVERIFY(qGreen(disc) > 200 && qRed(disc) < 80 && qBlue(disc) < 80);
    const QRgb left = decoded->image.pixel(10, 550);
    QVERIFY(qRed(left) > 200 && qBlue(left) < qRed(left));
    const QRgb right = decoded->image.pixel(350, 20);
    QVERIFY(qBlue(right) > 100 && qRed(right) < 40);
}

// Rebuilds a CLIP file with its embedded SQLite database changed by `change`.
QByteArray TestImageDecoder::clipWithSqlite(const QByteArray &clip, const std::function<void(sql::Database &)> &change)
{
    const qsizetype chunk = clip.indexOf("CHNKSQLi");
    if (chunk < 0)
        return {};
    qint64 length = 0;
    for (int i = 0; i < 8; ++i)
        length = (length << 8) | quint8(clip[chunk + 8 + i]);
    const QString path = m_dir.filePath(QStringLiteral("canvas.sqlite"));
    QFile::remove(path);
    if (!test::writeFile(path, clip.mid(chunk + 16, length)))
        return {};
    {
        auto db = sql::Database::open(path, sql::Database::Mode::ReadWrite);
        if (!db.ok())
            return {};
        change(**db);
    }
    const QByteArray database = test::readFile(path);
    QByteArray rebuilt = clip.left(chunk + 8);
    appendBE(rebuilt, quint64(database.size()), 8);
    rebuilt += database + clip.mid(chunk + 16 + length);
    return rebuilt;
}

void TestImageDecoder::clipWithoutPreviewIsRefused()
{
    const QByteArray clip = fixture(QStringLiteral("clip/test.clip"));
    const QByteArray unchanged = clipWithSqlite(clip, [](sql::Database &) {});
    QVERIFY(!unchanged.isEmpty());
    RAKKAN_VERIFY_OK(ImageDecoder::decode(unchanged, DecodeLimits{}));

    const QByteArray noPreview = clipWithSqlite(
        clip, [](sql::Database &db) { QVERIFY(db.exec(QStringLiteral("DELETE FROM CanvasPreview")).ok()); });
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(noPreview, DecodeLimits{}), ErrorCode::NoComposite);

    const QByteArray noTable = clipWithSqlite(
        clip, [](sql::Database &db) { QVERIFY(db.exec(QStringLiteral("DROP TABLE CanvasPreview")).ok()); });
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(noTable, DecodeLimits{}), ErrorCode::Corrupt);

    const QByteArray brokenPreview = clipWithSqlite(clip, [](sql::Database &db) {
        QVERIFY(db.exec(QStringLiteral("UPDATE CanvasPreview SET ImageData = substr(ImageData, 1, 2000)")).ok());
    });
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(brokenPreview, DecodeLimits{}), ErrorCode::Truncated);

    // The embedded database is one entry of the file: it is held to the same ceiling as a zip entry.
    DecodeLimits small;
    small.maxEmbeddedBytes = 64 * 1024;
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(clip, small), ErrorCode::TooLarge);
}

// The database inside a .clip comes from whoever made the file. Rakkan reads it with the schema untrusted: a view or
// a trigger planted in it never runs, and a query that would run forever or build a giant value is stopped.
void TestImageDecoder::clipWithHostileDatabaseIsRefusedQuickly()
{
    const QByteArray clip = fixture(QStringLiteral("clip/test.clip"));
    const QByteArray endlessView = clipWithSqlite(clip, [](sql::Database &db) {
        QVERIFY(db.exec(QStringLiteral("ALTER TABLE CanvasPreview RENAME TO RealPreview")).ok());
        QVERIFY(db.exec(QStringLiteral("CREATE VIEW CanvasPreview AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                       "SELECT i + 1 FROM n) SELECT i AS ImageData, 1 AS ImageWidth, "
                                       "1 AS ImageHeight FROM n"))
                    .ok());
    });
    QVERIFY(!endlessView.isEmpty());
    QElapsedTimer timer;
    timer.start();
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(endlessView, DecodeLimits{}), ErrorCode::Corrupt);
    QVERIFY2(timer.elapsed() < 10000, QByteArray::number(timer.elapsed()));

    // A preview the size of the limit would be one huge allocation: SQLite refuses values over the ceiling.
    const QByteArray giantValue = clipWithSqlite(clip, [](sql::Database &db) {
        QVERIFY(db.exec(QStringLiteral("UPDATE CanvasPreview SET ImageData = zeroblob(3000000)")).ok());
    });
    DecodeLimits limits;
    limits.maxEmbeddedBytes = 2 << 20;
    const auto refused = ImageDecoder::decode(giantValue, limits);
    QVERIFY(!refused.ok());

    // Opened read-only and defensively, whatever the file says: nothing in it can write.
    const qsizetype chunk = clip.indexOf("CHNKSQLi");
    qint64 length = 0;
    for (int i = 0; i < 8; ++i)
        length = (length << 8) | quint8(clip[chunk + 8 + i]);
    const QByteArray database = clip.mid(chunk + 16, length);
    auto foreign = sql::Database::openForeign(database);
    RAKKAN_VERIFY_OK(foreign);
    QVERIFY(!(*foreign)->exec(QStringLiteral("DELETE FROM CanvasPreview")).ok());
    QVERIFY(!(*foreign)->exec(QStringLiteral("ATTACH DATABASE 'x.db' AS x")).ok());
}

void TestImageDecoder::clipCut_data()
{
    QTest::addColumn<int>("length");
    QTest::newRow("inside the header") << 20;
    QTest::newRow("inside an external-data chunk") << 100000;
    QTest::newRow("at the start of the database chunk") << 195163;
    QTest::newRow("inside the database chunk") << 369981;
    QTest::newRow("before the footer") << 739947;
}

void TestImageDecoder::clipCut()
{
    QFETCH(int, length);
    const QByteArray cut = fixture(QStringLiteral("clip/test.clip")).left(length);
    auto decoded = ImageDecoder::decode(cut, DecodeLimits{});
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().code == ErrorCode::Truncated || decoded.error().code == ErrorCode::Corrupt,
             qPrintable(errorCodeName(decoded.error().code)));
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestImageDecoder::kraAndOra_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<ImageFormat>("format");
    const QByteArray png = test::encodeImage(gradient(QSize(40, 30)), "PNG");
    QTest::newRow("kra") << zipBytes({{QStringLiteral("mimetype"), "application/x-krita"},
                                      {QStringLiteral("maindoc.xml"), "<DOC/>"},
                                      {QStringLiteral("mergedimage.png"), png},
                                      {QStringLiteral("preview.png"), test::encodeImage(gradient(QSize(4, 3)), "PNG")}})
                         << ImageFormat::Kra;
    QTest::newRow("ora") << zipBytes({{QStringLiteral("mimetype"), "image/openraster"},
                                      {QStringLiteral("stack.xml"), "<image w=\"40\" h=\"30\"/>"},
                                      {QStringLiteral("data/layer0.png"), png},
                                      {QStringLiteral("mergedimage.png"), png}})
                         << ImageFormat::Ora;
}

void TestImageDecoder::kraAndOra()
{
    QFETCH(QByteArray, zip);
    QFETCH(ImageFormat, format);
    QCOMPARE(zip.mid(30, 8), QByteArray("mimetype")); // first entry, and stored: the name follows a bare header
    auto decoded = ImageDecoder::decode(zip, DecodeLimits{});
    RAKKAN_VERIFY_OK(decoded);
    QCOMPARE(formatKey(decoded->format), formatKey(format));
    QCOMPARE(decoded->originalSize, QSize(40, 30));
    QCOMPARE(maxImageDifference(decoded->image, gradient(QSize(40, 30))), 0);
}

void TestImageDecoder::zipWithoutMergedImageIsRefused()
{
    const QByteArray kra = zipBytes({{QStringLiteral("mimetype"), "application/x-krita"},
                                     {QStringLiteral("maindoc.xml"), "<DOC/>"},
                                     {QStringLiteral("preview.png"), test::encodeImage(gradient(QSize(4, 3)), "PNG")}});
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(kra, DecodeLimits{}), ErrorCode::NoComposite);

    const QByteArray notPng = zipBytes(
        {{QStringLiteral("mimetype"), "image/openraster"}, {QStringLiteral("mergedimage.png"), "this is no PNG"}});
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(notPng, DecodeLimits{}), ErrorCode::Corrupt);
}

void TestImageDecoder::zipEntryBeyondLimitIsRefused()
{
    // Noise does not compress: a real PNG of about 30 KB, honest about its size.
    QImage image(100, 100, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < 100; ++y)
        for (int x = 0; x < 100; ++x)
            image.setPixel(x, y, random.generate() | 0xff000000);
    const QByteArray png = test::encodeImage(image, "PNG");
    QVERIFY(png.size() > 16 * 1024);
    const QByteArray ora =
        zipBytes({{QStringLiteral("mimetype"), "image/openraster"}, {QStringLiteral("mergedimage.png"), png}});

    RAKKAN_VERIFY_OK(ImageDecoder::decode(ora, DecodeLimits{}));
    DecodeLimits small;
    small.maxEmbeddedBytes = 16 * 1024;
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(ora, small), ErrorCode::TooLarge);

    // A classic bomb: 64 MiB of zeros deflate to about 64 KiB.
    const QByteArray bomb = zipBytes({{QStringLiteral("mimetype"), "application/x-krita"},
                                      {QStringLiteral("mergedimage.png"), QByteArray(64 << 20, '\0')}});
    QVERIFY(bomb.size() < (1 << 20));
    small.maxEmbeddedBytes = 1 << 20;
    QElapsedTimer timer;
    timer.start();
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(bomb, small), ErrorCode::TooLarge);
    QVERIFY(timer.elapsed() < 1000);
}

void TestImageDecoder::zipEntryLyingAboutItsSizeIsRefused()
{
    QByteArray kra = zipBytes({{QStringLiteral("mimetype"), "application/x-krita"},
                               {QStringLiteral("mergedimage.png"), QByteArray(4 << 20, '\0')}});
    // Both headers of the entry now claim 1000 bytes, under the ceiling; the data inflates to 4 MiB.
    const qsizetype local = kra.indexOf("mergedimage.png") - 30;
    const qsizetype central = kra.lastIndexOf("mergedimage.png") - 46;
    QVERIFY(local > 0 && central > local);
    QCOMPARE(kra.mid(local, 4), QByteArray("PK\x03\x04"));
    QCOMPARE(kra.mid(central, 4), QByteArray("PK\x01\x02"));
    putLE(kra, local + 22, 1000, 4);
    putLE(kra, central + 24, 1000, 4);

    DecodeLimits small;
    small.maxEmbeddedBytes = 64 * 1024;
    // The unzipper stops at the declared size, so nothing past it is ever inflated; the entry then fails its
    // checksum.
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(kra, small), ErrorCode::Corrupt);
}

void TestImageDecoder::cutZipIsRefused()
{
    const QByteArray ora =
        zipBytes({{QStringLiteral("mimetype"), "image/openraster"},
                  {QStringLiteral("mergedimage.png"), test::encodeImage(gradient(QSize(40, 30)), "PNG")}});
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(ora.left(ora.size() / 2), DecodeLimits{}), ErrorCode::Corrupt);
}

void TestImageDecoder::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    const QImage image = gradient(QSize(64, 48));
    const QByteArray jpeg = test::encodeImage(image, "JPEG", 90);
    const QByteArray png = test::encodeImage(image, "PNG");
    const std::array<QRgb, 4> palette{qRgb(0, 0, 0), qRgb(255, 0, 0), qRgb(0, 255, 0), qRgb(0, 0, 255)};
    QList<quint8> indices;
    for (int i = 0; i < 64 * 48; ++i)
        indices << quint8(i % 4);
    const QByteArray gif = gifBytes(QSize(64, 48), palette, indices);
    QVERIFY(ImageDecoder::decode(gif, DecodeLimits{}).ok());

    QTest::newRow("empty") << QByteArray() << ErrorCode::Empty;
    QTest::newRow("random bytes") << noise(4096, 1) << ErrorCode::UnsupportedFormat;
    QTest::newRow("text") << QByteArray("これは画像ではありません。\nNot an image either.\n")
                          << ErrorCode::UnsupportedFormat;
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << ErrorCode::UnsupportedFormat;

    QTest::newRow("JPEG cut in half") << jpeg.left(jpeg.size() / 2) << ErrorCode::Truncated;
    QTest::newRow("JPEG without its end marker") << jpeg.chopped(2) << ErrorCode::Truncated;
    QTest::newRow("PNG cut in half") << png.left(png.size() / 2) << ErrorCode::Truncated;
    QTest::newRow("PNG without IEND") << png.chopped(12) << ErrorCode::Truncated;
    QTest::newRow("GIF cut in half") << gif.left(gif.size() / 2) << ErrorCode::Truncated;

    QByteArray badJpeg = jpeg;
    for (qsizetype i = 4; i < 200; ++i) // after the signature
        badJpeg[i] = char(0x5a);
    QTest::newRow("JPEG with a garbled header") << badJpeg << ErrorCode::Corrupt;
    QByteArray badCrc = png;
    badCrc[29] = char(badCrc[29] ^ 0xff); // IHDR's checksum
    QTest::newRow("PNG header failing its checksum") << badCrc << ErrorCode::Corrupt;
    QByteArray badIdat = png;
    for (qsizetype i = 60; i < badIdat.size() - 20; ++i)
        badIdat[i] = char(i * 7);
    QTest::newRow("PNG with garbled image data") << badIdat << ErrorCode::Corrupt;
    QTest::newRow("zero-size PNG") << pngDeclaring(0, 10) << ErrorCode::Corrupt;
    QTest::newRow("GIF with nothing after its signature") << QByteArray("GIF89a") << ErrorCode::Truncated;
    QByteArray badBmp = test::encodeImage(image, "BMP");
    badBmp[14] = char(0x03); // an impossible DIB header size
    QTest::newRow("BMP with a garbled header") << badBmp << ErrorCode::Corrupt;
}

void TestImageDecoder::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    RAKKAN_VERIFY_ERROR(ImageDecoder::decode(bytes, DecodeLimits{}), code);
}

void TestImageDecoder::bombsAreRefusedFromTheHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("PNG of 100000 x 100000") << pngDeclaring(100000, 100000);
    QTest::newRow("PNG 120000 pixels wide") << pngDeclaring(120000, 1);
    PsdSpec psb;
    psb.version = 2;
    psb.width = 300000;
    psb.height = 300000;
    QTest::newRow("PSB of 300000 x 300000") << psdBytes(psb);
    PsdSpec psd;
    psd.width = 30000;
    psd.height = 30000;
    QTest::newRow("PSD of 30000 x 30000") << psdBytes(psd);
    PsdSpec huge;
    huge.height = 0xffffffff;
    QTest::newRow("PSD taller than an int") << psdBytes(huge);
}

void TestImageDecoder::bombsAreRefusedFromTheHeader()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(bytes.size() < 256);
    const long residentBefore = maxResidentKiB();
    QElapsedTimer timer;
    timer.start();
    auto decoded = ImageDecoder::decode(bytes, DecodeLimits{});
    RAKKAN_VERIFY_ERROR(decoded, ErrorCode::TooLarge);
    QVERIFY2(!decoded.error().message.contains(QStringLiteral("-1")), qPrintable(decoded.error().message));
    // Decoding any of these would take tens of gigabytes and minutes; refusing takes neither.
    QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(maxResidentKiB() - residentBefore < 32 * 1024);
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_imagedecoder.moc"
