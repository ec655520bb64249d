#include "iscc/ImageCode.h"

#include "iscc/IsccHeader.h"

#include <QSysInfo>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rakkan::iscc {

namespace {

// The recursive fast DCT-II without normalisation (Lee's algorithm) the reference uses. Its exact operation order
// matters: the bits compare coefficients with a median, and a different order rounds differently.
std::vector<double> dct(const std::vector<double> &v)
{
    const size_t n = v.size();
    if (n == 1)
        return v;
    const size_t half = n / 2;
    std::vector<double> alpha(half), beta(half);
    for (size_t i = 0; i < half; ++i) {
        alpha[i] = v[i] + v[n - 1 - i];
        beta[i] = (v[i] - v[n - 1 - i]) / (std::cos((double(i) + 0.5) * M_PI / double(n)) * 2.0);
    }
    alpha = dct(alpha);
    beta = dct(beta);
    std::vector<double> out;
    out.reserve(n);
    for (size_t i = 0; i + 1 < half; ++i) {
        out.push_back(alpha[i]);
        out.push_back(beta[i] + beta[i + 1]);
    }
    out.push_back(alpha[half - 1]);
    out.push_back(beta[half - 1]);
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Pillow's bicubic kernel.
double bicubic(double x)
{
    constexpr double a = -0.5;
    x = std::abs(x);
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0)
        return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

constexpr int kPrecisionBits = 32 - 8 - 2;

struct Coefficients
{
    int taps = 0;                // per output sample
    std::vector<int> first;      // first input sample per output sample
    std::vector<int> count;      // input samples used per output sample
    std::vector<qint32> weights; // taps per output sample, fixed point
};

Coefficients coefficients(int inSize, int outSize)
{
    const double scale = double(inSize) / outSize;
    const double filterScale = std::max(scale, 1.0);
    const double support = 2.0 * filterScale;
    Coefficients c;
    c.taps = int(std::ceil(support)) * 2 + 1;
    c.first.resize(size_t(outSize));
    c.count.resize(size_t(outSize));
    c.weights.assign(size_t(outSize) * size_t(c.taps), 0);
    std::vector<double> k(size_t(c.taps));
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = (xx + 0.5) * scale;
        const double ss = 1.0 / filterScale;
        const int xmin = std::max(int(center - support + 0.5), 0);
        const int xmax = std::min(int(center + support + 0.5), inSize) - xmin;
        double total = 0.0;
        for (int x = 0; x < xmax; ++x) {
            k[size_t(x)] = bicubic((x + xmin - center + 0.5) * ss);
            total += k[size_t(x)];
        }
        for (int x = 0; x < xmax; ++x) {
            const double w = total != 0.0 ? k[size_t(x)] / total : k[size_t(x)];
            c.weights[size_t(xx) * size_t(c.taps) + size_t(x)] =
                w < 0 ? int(-0.5 + w * (1 << kPrecisionBits)) : int(0.5 + w * (1 << kPrecisionBits));
        }
        c.first[size_t(xx)] = xmin;
        c.count[size_t(xx)] = xmax;
    }
    return c;
}

quint8 clip8(int sum)
{
    return quint8(std::clamp(sum >> kPrecisionBits, 0, 255));
}

} // namespace

QString imageCodeFromPixels(const ImagePixels &pixels, int bits)
{
    bits = std::clamp(bits / 32 * 32, 64, 256);
    std::vector<std::vector<double>> rows(32);
    for (int r = 0; r < 32; ++r)
        rows[size_t(r)] = dct(std::vector<double>(pixels.begin() + r * 32, pixels.begin() + r * 32 + 32));
    std::vector<std::vector<double>> matrix(32, std::vector<double>(32));
    for (int c = 0; c < 32; ++c) {
        std::vector<double> column(32);
        for (int r = 0; r < 32; ++r)
            column[size_t(r)] = rows[size_t(r)][size_t(c)];
        column = dct(column);
        for (int r = 0; r < 32; ++r)
            matrix[size_t(r)][size_t(c)] = column[size_t(r)];
    }
    QByteArray body(bits / 8, '\0');
    int bit = 0;
    // Blocks at (column, row) offsets (0,0), (1,0), (0,1), (1,1), the DC coefficient included.
    constexpr int offsets[4][2] = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
    for (const auto &offset : offsets) {
        if (bit >= bits)
            break;
        std::vector<double> block;
        block.reserve(64);
        for (int r = offset[1]; r < offset[1] + 8; ++r)
            for (int c = offset[0]; c < offset[0] + 8; ++c)
                block.push_back(matrix[size_t(r)][size_t(c)]);
        const double med = median(block);
        for (const double v : block) {
            if (bit < bits && v > med)
                body[bit / 8] = char(quint8(body.at(bit / 8)) | (0x80 >> (bit % 8)));
            ++bit;
        }
    }
    IsccUnit unit;
    unit.mainType = MainType::Content;
    unit.subType = 1; // image
    unit.lengthCode = bits / 32 - 1;
    unit.body = body;
    return IsccCodec::encode(unit);
}

namespace imagenorm {

QImage applyOrientation(const QImage &image, QImageIOHandler::Transformations orientation)
{
    if (orientation == QImageIOHandler::TransformationNone)
        return image;
    if (orientation == QImageIOHandler::TransformationRotate270)
        return image.transformed(QTransform().rotate(270));
    QImage out = image.mirrored(orientation.testFlag(QImageIOHandler::TransformationMirror),
                                orientation.testFlag(QImageIOHandler::TransformationFlip));
    if (orientation.testFlag(QImageIOHandler::TransformationRotate90))
        out = out.transformed(QTransform().rotate(90));
    return out;
}

QImage flattenOntoWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB888);
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888);
    QImage out(rgba.size(), QImage::Format_RGB888);
    // Pillow pastes through the alpha mask: (src * a + 255 * (255 - a)) / 255 with its rounding division.
    auto blend = [](int src, int a) {
        const int t = src * a + 255 * (255 - a) + 128;
        return quint8(((t >> 8) + t) >> 8);
    };
    for (int y = 0; y < rgba.height(); ++y) {
        const uchar *in = rgba.constScanLine(y);
        uchar *o = out.scanLine(y);
        for (int x = 0; x < rgba.width(); ++x) {
            const int a = in[4 * x + 3];
            o[3 * x + 0] = blend(in[4 * x + 0], a);
            o[3 * x + 1] = blend(in[4 * x + 1], a);
            o[3 * x + 2] = blend(in[4 * x + 2], a);
        }
    }
    return out;
}

QImage trimUniformBorder(const QImage &source)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    if (rgb.isNull())
        return rgb;
    const uchar *corner = rgb.constScanLine(0);
    int left = rgb.width(), right = -1, top = rgb.height(), bottom = -1;
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *line = rgb.constScanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            if (line[3 * x] != corner[0] || line[3 * x + 1] != corner[1] || line[3 * x + 2] != corner[2]) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return rgb;
    return rgb.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
}

QImage toGrey(const QImage &source)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *in = rgb.constScanLine(y);
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            out[x] = quint8((in[3 * x] * 19595 + in[3 * x + 1] * 38470 + in[3 * x + 2] * 7471 + 0x8000) >> 16);
    }
    return grey;
}

QImage resizeBicubic(const QImage &source, QSize size)
{
    QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    if (image.width() != size.width()) {
        const Coefficients c = coefficients(image.width(), size.width());
        QImage out(size.width(), image.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y) {
            const uchar *in = image.constScanLine(y);
            uchar *o = out.scanLine(y);
            for (int xx = 0; xx < size.width(); ++xx) {
                int sum = 1 << (kPrecisionBits - 1);
                const qint32 *w = &c.weights[size_t(xx) * size_t(c.taps)];
                for (int x = 0; x < c.count[size_t(xx)]; ++x)
                    sum += in[c.first[size_t(xx)] + x] * w[x];
                o[xx] = clip8(sum);
            }
        }
        image = out;
    }
    if (image.height() != size.height()) {
        const Coefficients c = coefficients(image.height(), size.height());
        QImage out(image.width(), size.height(), QImage::Format_Grayscale8);
        std::vector<int> sums(size_t(image.width()));
        for (int yy = 0; yy < size.height(); ++yy) {
            // Row by row, so that memory is read in order; the sums are the same as column by column.
            std::fill(sums.begin(), sums.end(), 1 << (kPrecisionBits - 1));
            const qint32 *w = &c.weights[size_t(yy) * size_t(c.taps)];
            for (int y = 0; y < c.count[size_t(yy)]; ++y) {
                const uchar *in = image.constScanLine(c.first[size_t(yy)] + y);
                const int weight = w[y];
                for (int x = 0; x < image.width(); ++x)
                    sums[size_t(x)] += in[x] * weight;
            }
            uchar *o = out.scanLine(yy);
            for (int x = 0; x < image.width(); ++x)
                o[x] = clip8(sums[size_t(x)]);
        }
        image = out;
    }
    return image;
}

// The same steps as flattenOntoWhite, trimUniformBorder and toGrey, fused into one pass over the pixels: the
// picture is read once, and only its grey version (a third of the bytes) is kept. Equal to the steps by
// construction and by test (whole-file codes against the reference).
QImage flattenTrimGrey(const QImage &source)
{
    const bool alpha = source.hasAlphaChannel();
    // Decoders mostly give 32-bit pixels: read those in place (as bytes in memory order) rather than converting.
    const bool native32 = source.format() == QImage::Format_RGB32 || source.format() == QImage::Format_ARGB32;
    const QImage rgb =
        native32 ? source : source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int bpp = native32 || alpha ? 4 : 3;
    // Byte offsets of red, green, blue and alpha in a pixel: 0xAARRGGBB words are B, G, R, A in little-endian memory.
    const bool bgra = native32 && QSysInfo::ByteOrder == QSysInfo::LittleEndian;
    const int ri = bgra ? 2 : native32 ? 1 : 0;
    const int gi = bgra ? 1 : native32 ? 2 : 1;
    const int bi = bgra ? 0 : native32 ? 3 : 2;
    const int ai = bgra ? 3 : native32 ? 0 : 3;
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    auto blend = [](int src, int a) {
        const int t = src * a + 255 * (255 - a) + 128;
        return ((t >> 8) + t) >> 8;
    };
    // The flattened colour of one pixel, as 0xRRGGBB.
    auto colourAt = [&](const uchar *p) {
        int r = p[ri], g = p[gi], b = p[bi];
        if (alpha) {
            r = blend(r, p[ai]);
            g = blend(g, p[ai]);
            b = blend(b, p[ai]);
        }
        return (r << 16) | (g << 8) | b;
    };
    const int width = rgb.width();
    const int corner = width > 0 && rgb.height() > 0 ? colourAt(rgb.constScanLine(0)) : 0;
    int left = width, right = -1, top = rgb.height(), bottom = -1;
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar *in = rgb.constScanLine(y);
        uchar *out = grey.scanLine(y);
        if (alpha) {
            for (int x = 0; x < width; ++x) {
                const int c = colourAt(in + bpp * x);
                out[x] =
                    quint8((((c >> 16) & 0xff) * 19595 + ((c >> 8) & 0xff) * 38470 + (c & 0xff) * 7471 + 0x8000) >> 16);
            }
        } else {
            for (int x = 0; x < width; ++x) {
                const uchar *p = in + bpp * x;
                out[x] = quint8((p[ri] * 19595 + p[gi] * 38470 + p[bi] * 7471 + 0x8000) >> 16);
            }
        }
        // The border: only the first and last pixels that differ from the corner matter, so scan in from both
        // ends and stop there instead of comparing the whole row.
        int l = 0;
        while (l < width && colourAt(in + bpp * l) == corner)
            ++l;
        if (l == width)
            continue;
        int r = width - 1;
        while (colourAt(in + bpp * r) == corner)
            --r;
        left = std::min(left, l);
        right = std::max(right, r);
        top = std::min(top, y);
        bottom = y;
    }
    if (right < 0)
        return grey;
    return grey.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
}

ImagePixels normalize(const QImage &image, QImageIOHandler::Transformations orientation)
{
    const QImage grey = resizeBicubic(flattenTrimGrey(applyOrientation(image, orientation)), {32, 32});
    ImagePixels pixels{};
    for (int y = 0; y < 32; ++y)
        std::copy_n(grey.constScanLine(y), 32, pixels.begin() + y * 32);
    return pixels;
}

} // namespace imagenorm

QString imageCode(const imaging::DecodedImage &decoded, int bits)
{
    return imageCodeFromPixels(imagenorm::normalize(decoded.image, decoded.orientation), bits);
}

} // namespace rakkan::iscc
