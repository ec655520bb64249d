#include "imaging/PsdFormat.h"

#include "imaging/Inflate.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace rakkan::imaging::psd {

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

// PackBits: a signed count n, then n+1 literal bytes (n >= 0) or one byte repeated 1-n times (n < 0); -128 is a
// no-op.
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

QRgb toRgb(int mode, const quint8 *s, const std::array<QRgb, 256> *palette)
{
    switch (mode) {
    case Rgb:
        return qRgb(s[0], s[1], s[2]);
    case Cmyk: // stored inverted: 255 is no ink
        return qRgb(s[0] * s[3] / 255, s[1] * s[3] / 255, s[2] * s[3] / 255);
    case Lab:
        return labToRgb(s[0], s[1], s[2]);
    case Indexed:
        return palette ? (*palette)[s[0]] : qRgb(s[0], s[0], s[0]);
    default: // bitmap, greyscale, duotone (its grey ink plate), multichannel (its first plate)
        return qRgb(s[0], s[0], s[0]);
    }
}

namespace {

// ZIP with prediction: each row stores differences to the previous sample; 32-bit rows also store the bytes of
// their samples as planes (every first byte, then every second...).
void unpredict(uchar *rows, int width, int rowCount, int depth)
{
    const qsizetype rowBytes = qsizetype(width) * (depth / 8);
    std::vector<uchar> planar(depth == 32 ? size_t(rowBytes) : 0);
    for (int y = 0; y < rowCount; ++y) {
        uchar *row = rows + y * rowBytes;
        if (depth == 8) {
            for (int x = 1; x < width; ++x)
                row[x] = uchar(row[x] + row[x - 1]);
        } else if (depth == 16) {
            for (int x = 1; x < width; ++x) {
                const quint16 sum =
                    quint16(((row[2 * x] << 8) | row[2 * x + 1]) + ((row[2 * x - 2] << 8) | row[2 * x - 1]));
                row[2 * x] = uchar(sum >> 8);
                row[2 * x + 1] = uchar(sum);
            }
        } else if (depth == 32) {
            for (qsizetype i = 1; i < rowBytes; ++i)
                row[i] = uchar(row[i] + row[i - 1]);
            for (int x = 0; x < width; ++x)
                for (int b = 0; b < 4; ++b)
                    planar[size_t(4 * x + b)] = row[b * width + x];
            std::memcpy(row, planar.data(), size_t(rowBytes));
        }
    }
}

} // namespace

std::optional<std::vector<uchar>> decodeChannel(QByteArrayView data, int width, int rows, int depth, bool psb)
{
    if (width <= 0 || rows <= 0)
        return std::vector<uchar>();
    ByteReader in(data);
    const int compression = in.u16();
    const qsizetype rowBytes = depth == 1 ? (qsizetype(width) + 7) / 8 : qsizetype(width) * (depth / 8);
    const qsizetype total = rowBytes * rows;
    std::vector<uchar> out(static_cast<size_t>(width) * static_cast<size_t>(rows));
    switch (compression) {
    case 0: {
        const QByteArrayView raw = in.take(total);
        if (!in.ok())
            return std::nullopt;
        for (int y = 0; y < rows; ++y)
            rowTo8Bit(reinterpret_cast<const uchar *>(raw.data()) + y * rowBytes, depth, width,
                      out.data() + qsizetype(y) * width);
        return out;
    }
    case 1: {
        std::vector<quint32> lengths(static_cast<size_t>(rows));
        for (int y = 0; y < rows; ++y)
            lengths[size_t(y)] = psb ? in.u32() : in.u16();
        if (!in.ok())
            return std::nullopt;
        std::vector<uchar> row(static_cast<size_t>(rowBytes));
        for (int y = 0; y < rows; ++y) {
            const QByteArrayView packed = in.take(lengths[size_t(y)]);
            if (!in.ok() || !unpackBits(packed, row.data(), rowBytes))
                return std::nullopt;
            rowTo8Bit(row.data(), depth, width, out.data() + qsizetype(y) * width);
        }
        return out;
    }
    case 2:
    case 3: {
        std::vector<uchar> plain(static_cast<size_t>(total));
        if (!inflateExactly(in.take(in.remaining()), plain.data(), total))
            return std::nullopt;
        if (compression == 3)
            unpredict(plain.data(), width, rows, depth);
        for (int y = 0; y < rows; ++y)
            rowTo8Bit(plain.data() + y * rowBytes, depth, width, out.data() + qsizetype(y) * width);
        return out;
    }
    default:
        return std::nullopt;
    }
}

} // namespace rakkan::imaging::psd
