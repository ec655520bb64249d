#include "imaging/PsdReader.h"

#include "core/ByteReader.h"
#include "imaging/ImageDecoder.h"

#include <QList>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace rakkan::imaging {

namespace {

enum ColorMode { Bitmap = 0, Grayscale = 1, Indexed = 2, Rgb = 3, Cmyk = 4, Multichannel = 7, Duotone = 8, Lab = 9 };

constexpr quint16 kVersionInfoResource = 1057;

struct Header
{
    int version = 1;
    int channels = 0;
    int width = 0;
    int height = 0;
    int depth = 0;
    int mode = 0;
};

int colorChannels(int mode, int channels)
{
    switch (mode) {
    case Rgb:
    case Lab:
        return 3;
    case Cmyk:
        return 4;
    default:
        return qMin(channels, 1);
    }
}

// PackBits as Photoshop writes it: a signed count n, then n+1 literal bytes (n >= 0) or one byte repeated 1-n
// times (n < 0); -128 is a no-op.
bool unpackBits(QByteArrayView in, uchar *out, qsizetype outSize)
{
    qsizetype i = 0;
    qsizetype o = 0;
    while (o < outSize && i < in.size()) {
        const int n = qint8(in[i++]);
        if (n >= 0) {
            const qsizetype count = n + 1;
            if (i + count > in.size() || o + count > outSize)
                return false;
            std::memcpy(out + o, in.data() + i, size_t(count));
            i += count;
            o += count;
        } else if (n != -128) {
            const qsizetype count = 1 - n;
            if (i >= in.size() || o + count > outSize)
                return false;
            std::memset(out + o, quint8(in[i++]), size_t(count));
            o += count;
        }
    }
    return o == outSize;
}

quint8 linearToSrgb8(float v)
{
    if (!(v > 0.0f))
        return 0;
    if (v >= 1.0f)
        return 255;
    const float s = v <= 0.0031308f ? 12.92f * v : 1.055f * std::pow(v, 1.0f / 2.4f) - 0.055f;
    return quint8(std::lround(s * 255.0f));
}

// One channel's samples reduced to 8 bits: 16-bit keeps the high byte, 32-bit float is linear light and gets the
// sRGB curve, 1-bit is expanded (Photoshop's bitmap mode stores 1 for black).
void rowTo8Bit(const uchar *row, int depth, int width, uchar *out)
{
    switch (depth) {
    case 1:
        for (int x = 0; x < width; ++x)
            out[x] = (row[x >> 3] & (0x80 >> (x & 7))) ? 0 : 255;
        break;
    case 8:
        std::memcpy(out, row, size_t(width));
        break;
    case 16:
        for (int x = 0; x < width; ++x)
            out[x] = row[2 * x];
        break;
    case 32:
        for (int x = 0; x < width; ++x) {
            const quint32 bits = (quint32(row[4 * x]) << 24) | (quint32(row[4 * x + 1]) << 16) |
                                 (quint32(row[4 * x + 2]) << 8) | quint32(row[4 * x + 3]);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            out[x] = linearToSrgb8(f);
        }
        break;
    }
}

QRgb labToRgb(quint8 l8, quint8 a8, quint8 b8)
{
    // CIE L*a*b* (D50, as Photoshop uses) to sRGB through XYZ, with Bradford-adapted D65 primaries.
    const double L = l8 * 100.0 / 255.0;
    const double a = double(a8) - 128.0;
    const double b = double(b8) - 128.0;
    const double fy = (L + 16.0) / 116.0;
    const double fx = fy + a / 500.0;
    const double fz = fy - b / 200.0;
    auto finv = [](double t) {
        return t > 6.0 / 29.0 ? t * t * t : 3.0 * (6.0 / 29.0) * (6.0 / 29.0) * (t - 4.0 / 29.0);
    };
    const double X = 0.9642 * finv(fx);
    const double Y = 1.0 * finv(fy);
    const double Z = 0.8249 * finv(fz);
    const double r = 3.1338561 * X - 1.6168667 * Y - 0.4906146 * Z;
    const double g = -0.9787684 * X + 1.9161415 * Y + 0.0334540 * Z;
    const double bl = 0.0719453 * X - 0.2289914 * Y + 1.4052427 * Z;
    return qRgb(linearToSrgb8(float(r)), linearToSrgb8(float(g)), linearToSrgb8(float(bl)));
}

} // namespace

Result<DecodedImage> PsdReader::read(const QByteArray &bytes, const DecodeLimits &limits)
{
    const auto damaged = [](const QString &why) {
        return makeError(ErrorCode::Corrupt, tr("The Photoshop file is damaged: %1.").arg(why));
    };
    const auto truncated = [] {
        return makeError(ErrorCode::Truncated,
                         tr("The Photoshop file is cut off before its end (an interrupted download or copy?)."));
    };

    ByteReader in(bytes);
    if (in.take(4) != QByteArrayView("8BPS"))
        return damaged(tr("it does not start with the Photoshop signature"));
    Header h;
    h.version = in.u16();
    in.skip(6);
    h.channels = in.u16();
    // Clamped so that a side beyond int is reported as too large, not as a negative number.
    h.height = int(qMin(in.u32(), quint32(std::numeric_limits<int>::max())));
    h.width = int(qMin(in.u32(), quint32(std::numeric_limits<int>::max())));
    h.depth = in.u16();
    h.mode = in.u16();
    if (!in.ok())
        return truncated();
    if (h.version != 1 && h.version != 2)
        return damaged(tr("it declares an unknown version (%1)").arg(h.version));
    if (h.channels < 1 || h.channels > 56)
        return damaged(tr("it declares %1 colour channels").arg(h.channels));
    if (h.depth != 1 && h.depth != 8 && h.depth != 16 && h.depth != 32)
        return damaged(tr("it declares %1 bits per channel, which Photoshop never writes").arg(h.depth));
    if (h.mode != Bitmap && h.mode != Grayscale && h.mode != Indexed && h.mode != Rgb && h.mode != Cmyk &&
        h.mode != Multichannel && h.mode != Duotone && h.mode != Lab)
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("The Photoshop file uses colour mode %1, which Rakkan cannot read.").arg(h.mode));
    if (h.width == 0 || h.height == 0)
        return damaged(tr("it declares an image without pixels"));
    const QSize size(h.width, h.height);
    if (!limits.pixelsAllowed(size))
        return ImageDecoder::tooLarge(size, limits);
    if (h.channels < colorChannels(h.mode, h.channels))
        return damaged(tr("too few channels for its colour mode"));

    // Colour mode data: the palette of an indexed image.
    const quint32 colorDataLength = in.u32();
    const QByteArrayView colorData = in.take(colorDataLength);
    if (!in.ok())
        return truncated();
    if (h.mode == Indexed && colorData.size() < 768)
        return damaged(tr("the colour table is missing"));

    // Image resources: "version info" says whether a real composite was saved ("maximize compatibility").
    const quint32 resourcesLength = in.u32();
    ByteReader resources(in.take(resourcesLength));
    if (!in.ok())
        return truncated();
    std::optional<bool> hasRealComposite;
    while (resources.remaining() >= 12) {
        if (resources.take(4) != QByteArrayView("8BIM"))
            break;
        const quint16 id = resources.u16();
        const int nameLength = resources.u8();
        resources.skip(nameLength + ((nameLength + 1) % 2));
        const quint32 length = resources.u32();
        ByteReader data(resources.take(length));
        resources.skip(length % 2);
        if (!resources.ok())
            break;
        if (id == kVersionInfoResource) {
            data.skip(4);
            const quint8 flag = data.u8();
            if (data.ok())
                hasRealComposite = flag != 0;
        }
    }

    // Layer and mask information: only the layer count matters here.
    const quint64 layersLength = h.version == 1 ? in.u32() : in.u64();
    const qsizetype layersStart = in.pos();
    int layerCount = 0;
    if (layersLength > 0) {
        const quint64 layerInfoLength = h.version == 1 ? in.u32() : in.u64();
        if (layerInfoLength > 0)
            layerCount = in.i16();
    }
    if (!in.ok() || layersLength > quint64(in.size() - layersStart))
        return truncated();
    in.seek(layersStart + qsizetype(layersLength));

    if (hasRealComposite.has_value() && !*hasRealComposite)
        return makeError(ErrorCode::NoComposite,
                         tr("This Photoshop file was saved without a flattened image (\"Maximize Compatibility\" was "
                            "off), so Rakkan cannot see the picture. Open it in Photoshop and save it again with "
                            "Maximize Compatibility turned on."));

    // Image data.
    const quint16 compression = in.u16();
    if (!in.ok())
        return truncated();
    if (compression != 0 && compression != 1)
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("The flattened image of this Photoshop file is ZIP-compressed, which Rakkan cannot read "
                            "yet."));

    const int planes = colorChannels(h.mode, h.channels);
    const qsizetype rowBytes = h.depth == 1 ? (qsizetype(h.width) + 7) / 8 : qsizetype(h.width) * (h.depth / 8);
    const qsizetype planeBytes = qsizetype(h.width) * h.height;

    std::vector<uchar> pixels;
    try {
        pixels.resize(size_t(planeBytes) * size_t(planes));
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::TooLarge, tr("There is not enough memory to open this Photoshop file."));
    }
    std::vector<uchar> row(static_cast<size_t>(rowBytes));

    if (compression == 0) {
        for (int c = 0; c < planes; ++c) {
            for (int y = 0; y < h.height; ++y) {
                const QByteArrayView raw = in.take(rowBytes);
                if (!in.ok())
                    return truncated();
                rowTo8Bit(reinterpret_cast<const uchar *>(raw.data()), h.depth, h.width,
                          pixels.data() + c * planeBytes + qsizetype(y) * h.width);
            }
        }
    } else {
        // PackBits: a table of compressed row lengths for every row of every channel, then the rows.
        const qsizetype rows = qsizetype(h.channels) * h.height;
        const int countBytes = h.version == 1 ? 2 : 4;
        if (in.remaining() < rows * countBytes)
            return truncated();
        std::vector<quint32> lengths(static_cast<size_t>(rows));
        for (qsizetype i = 0; i < rows; ++i)
            lengths[size_t(i)] = h.version == 1 ? in.u16() : in.u32();
        for (int c = 0; c < planes; ++c) {
            for (int y = 0; y < h.height; ++y) {
                const QByteArrayView packed = in.take(lengths[size_t(qsizetype(c) * h.height + y)]);
                if (!in.ok())
                    return truncated();
                if (!unpackBits(packed, row.data(), rowBytes))
                    return damaged(tr("a compressed row does not decode to the image width"));
                rowTo8Bit(row.data(), h.depth, h.width, pixels.data() + c * planeBytes + qsizetype(y) * h.width);
            }
        }
    }

    QImage image(h.width, h.height, QImage::Format_RGB32);
    if (image.isNull())
        return makeError(ErrorCode::TooLarge, tr("There is not enough memory to open this Photoshop file."));
    const uchar *p0 = pixels.data();
    const uchar *p1 = planes > 1 ? p0 + planeBytes : p0;
    const uchar *p2 = planes > 2 ? p0 + 2 * planeBytes : p0;
    const uchar *p3 = planes > 3 ? p0 + 3 * planeBytes : p0;
    std::array<QRgb, 256> palette{};
    if (h.mode == Indexed)
        for (int i = 0; i < 256; ++i)
            palette[size_t(i)] = qRgb(quint8(colorData[i]), quint8(colorData[256 + i]), quint8(colorData[512 + i]));

    bool uniform = true;
    QRgb first = 0;
    for (int y = 0; y < h.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const qsizetype base = qsizetype(y) * h.width;
        for (int x = 0; x < h.width; ++x) {
            const qsizetype i = base + x;
            QRgb rgb;
            switch (h.mode) {
            case Rgb:
                rgb = qRgb(p0[i], p1[i], p2[i]);
                break;
            case Cmyk: {
                // Photoshop stores CMYK inverted: 255 is no ink.
                const int k = p3[i];
                rgb = qRgb(p0[i] * k / 255, p1[i] * k / 255, p2[i] * k / 255);
                break;
            }
            case Lab:
                rgb = labToRgb(p0[i], p1[i], p2[i]);
                break;
            case Indexed:
                rgb = palette[p0[i]];
                break;
            default: // bitmap, greyscale, duotone (its grey ink plate), multichannel (its first plate)
                rgb = qRgb(p0[i], p0[i], p0[i]);
                break;
            }
            line[x] = rgb;
            if (i == 0)
                first = rgb;
            else if (rgb != first)
                uniform = false;
        }
    }

    // Without the version-info resource, a layered file whose composite is one flat colour is the other sign of
    // a file saved without its flattened image.
    if (!hasRealComposite.has_value() && uniform && layerCount != 0 && planeBytes > 1)
        return makeError(ErrorCode::NoComposite,
                         tr("This Photoshop file's flattened image is blank although it has layers: it was probably "
                            "saved without \"Maximize Compatibility\". Open it in Photoshop and save it again with "
                            "Maximize Compatibility turned on."));

    DecodedImage decoded;
    decoded.format = h.version == 1 ? ImageFormat::Psd : ImageFormat::Psb;
    decoded.originalSize = size;
    decoded.image = std::move(image);
    return decoded;
}

} // namespace rakkan::imaging
