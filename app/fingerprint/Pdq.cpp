#include "fingerprint/Pdq.h"

#include <algorithm>
#include <cmath>

namespace rakkan::fingerprint {

namespace {

constexpr int kDctSide = 16;
constexpr int kBufferSide = 64;
constexpr int kJaroszPasses = 2;

using Dct16 = std::array<std::array<float, kDctSide>, kDctSide>;

// The 16x64 DCT-II matrix without its DC row, computed once in double and stored as float, as the reference does.
const std::array<std::array<float, kBufferSide>, kDctSide> &dctMatrix()
{
    static const auto matrix = [] {
        std::array<std::array<float, kBufferSide>, kDctSide> m{};
        const double scale = std::sqrt(2.0 / kBufferSide);
        for (int i = 0; i < kDctSide; ++i)
            for (int j = 0; j < kBufferSide; ++j)
                m[size_t(i)][size_t(j)] = float(scale * std::cos((M_PI / 2 / kBufferSide) * (i + 1) * (2 * j + 1)));
        return m;
    }();
    return matrix;
}

int jaroszWindow(int oldSide, int newSide)
{
    return (oldSide + 2 * newSide - 1) / (2 * newSide);
}

// One box-filter pass over a strided vector; the window grows at the start and shrinks at the end, exactly as
// the reference's box1DFloat does (the phases and the float arithmetic order matter for bit-exactness).
void box1D(const float *in, float *out, int length, int stride, int window)
{
    const int half = (window + 2) / 2;
    const int phase1 = half - 1;
    const int phase2 = window - half + 1;
    const int phase3 = length - window;
    const int phase4 = half - 1;
    int li = 0;
    int ri = 0;
    int oi = 0;
    float sum = 0.0f;
    int current = 0;
    for (int i = 0; i < phase1; ++i) {
        sum += in[ri];
        ++current;
        ri += stride;
    }
    for (int i = 0; i < phase2; ++i) {
        sum += in[ri];
        ++current;
        out[oi] = sum / float(current);
        ri += stride;
        oi += stride;
    }
    for (int i = 0; i < phase3; ++i) {
        sum += in[ri];
        sum -= in[li];
        out[oi] = sum / float(current);
        li += stride;
        ri += stride;
        oi += stride;
    }
    for (int i = 0; i < phase4; ++i) {
        sum -= in[li];
        --current;
        out[oi] = sum / float(current);
        li += stride;
        oi += stride;
    }
}

void jarosz(std::vector<float> &a, std::vector<float> &b, int rows, int cols, int windowAlongRows, int windowAlongCols)
{
    for (int pass = 0; pass < kJaroszPasses; ++pass) {
        for (int i = 0; i < rows; ++i)
            box1D(&a[size_t(i) * size_t(cols)], &b[size_t(i) * size_t(cols)], cols, 1, windowAlongRows);
        for (int j = 0; j < cols; ++j)
            box1D(&b[size_t(j)], &a[size_t(j)], rows, cols, windowAlongCols);
    }
}

float median256(const Dct16 &dct)
{
    std::array<float, kDctSide * kDctSide> values{};
    for (int i = 0; i < kDctSide; ++i)
        for (int j = 0; j < kDctSide; ++j)
            values[size_t(i * kDctSide + j)] = dct[size_t(i)][size_t(j)];
    // The reference's Torben median returns the lower median of an even count: the 128th smallest value.
    std::nth_element(values.begin(), values.begin() + 127, values.end());
    return values[127];
}

Hash256 bitsFrom(const Dct16 &dct)
{
    const float median = median256(dct);
    Hash256 hash;
    for (int i = 0; i < kDctSide; ++i)
        for (int j = 0; j < kDctSide; ++j)
            if (dct[size_t(i)][size_t(j)] > median)
                hash.setBit(i * kDctSide + j);
    return hash;
}

// A symmetry of the image is a transposition and sign changes of the odd-frequency DCT coefficients.
Dct16 orient(const Dct16 &a, Orientation orientation)
{
    Dct16 b{};
    for (int i = 0; i < kDctSide; ++i) {
        for (int j = 0; j < kDctSide; ++j) {
            const float v = a[size_t(i)][size_t(j)];
            const bool iOdd = i & 1;
            const bool jOdd = j & 1;
            switch (orientation) {
            case Orientation::Original:
                b[size_t(i)][size_t(j)] = v;
                break;
            case Orientation::Rotate90:
                b[size_t(j)][size_t(i)] = jOdd ? v : -v;
                break;
            case Orientation::Rotate180:
                b[size_t(i)][size_t(j)] = ((i + j) & 1) ? -v : v;
                break;
            case Orientation::Rotate270:
                b[size_t(j)][size_t(i)] = iOdd ? v : -v;
                break;
            case Orientation::FlipX:
                b[size_t(i)][size_t(j)] = iOdd ? v : -v;
                break;
            case Orientation::FlipY:
                b[size_t(i)][size_t(j)] = jOdd ? v : -v;
                break;
            case Orientation::FlipPlus1:
                b[size_t(j)][size_t(i)] = v;
                break;
            case Orientation::FlipMinus1:
                b[size_t(j)][size_t(i)] = ((i + j) & 1) ? -v : v;
                break;
            }
        }
    }
    return b;
}

struct Prepared
{
    Dct16 dct{};
    int quality = 0;
    bool hashable = false;
};

Prepared prepare(const LumaImage &luma)
{
    Prepared p;
    if (luma.rows < Pdq::kMinHashableSide || luma.cols < Pdq::kMinHashableSide)
        return p;
    p.hashable = true;
    const int rows = luma.rows;
    const int cols = luma.cols;

    std::vector<float> a = luma.pixels;
    std::vector<float> b(a.size());
    jarosz(a, b, rows, cols, jaroszWindow(cols, kBufferSide), jaroszWindow(rows, kBufferSide));

    std::array<std::array<float, kBufferSide>, kBufferSide> small{};
    for (int i = 0; i < kBufferSide; ++i) {
        const int ini = int(((i + 0.5) * rows) / kBufferSide);
        for (int j = 0; j < kBufferSide; ++j) {
            const int inj = int(((j + 0.5) * cols) / kBufferSide);
            small[size_t(i)][size_t(j)] = a[size_t(ini) * size_t(cols) + size_t(inj)];
        }
    }

    int gradientSum = 0;
    for (int i = 0; i < kBufferSide - 1; ++i)
        for (int j = 0; j < kBufferSide; ++j)
            gradientSum += std::abs(int(((small[size_t(i)][size_t(j)] - small[size_t(i + 1)][size_t(j)]) * 100) / 255));
    for (int i = 0; i < kBufferSide; ++i)
        for (int j = 0; j < kBufferSide - 1; ++j)
            gradientSum += std::abs(int(((small[size_t(i)][size_t(j)] - small[size_t(i)][size_t(j + 1)]) * 100) / 255));
    p.quality = std::min(100, gradientSum / 90);

    const auto &d = dctMatrix();
    std::array<std::array<float, kBufferSide>, kDctSide> t{};
    for (int i = 0; i < kDctSide; ++i)
        for (int j = 0; j < kBufferSide; ++j) {
            float sum = 0.0f;
            for (int k = 0; k < kBufferSide; ++k)
                sum += d[size_t(i)][size_t(k)] * small[size_t(k)][size_t(j)];
            t[size_t(i)][size_t(j)] = sum;
        }
    for (int i = 0; i < kDctSide; ++i)
        for (int j = 0; j < kDctSide; ++j) {
            float sum = 0.0f;
            for (int k = 0; k < kBufferSide; ++k)
                sum += t[size_t(i)][size_t(k)] * d[size_t(j)][size_t(k)];
            p.dct[size_t(i)][size_t(j)] = sum;
        }
    return p;
}

bool isGrey(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
        return true;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        return image.isGrayscale();
    default:
        return false;
    }
}

} // namespace

QString orientationKey(Orientation orientation)
{
    static const char *keys[] = {"original", "rotate90", "rotate180",  "rotate270",
                                 "flip_x",   "flip_y",   "flip_plus1", "flip_minus1"};
    return QString::fromLatin1(keys[int(orientation)]);
}

LumaImage Pdq::referenceLuma(const QImage &source)
{
    LumaImage luma;
    if (source.isNull())
        return luma;
    const bool grey = isGrey(source);
    QImage image;
    if (grey) {
        image = source.convertToFormat(QImage::Format_Grayscale8);
    } else if (source.hasAlphaChannel()) {
        image = QImage(source.size(), QImage::Format_RGB888);
        image.fill(Qt::white);
        const QImage argb = source.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < argb.height(); ++y) {
            const auto *in = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
            uchar *out = image.scanLine(y);
            for (int x = 0; x < argb.width(); ++x) {
                const int a = qAlpha(in[x]);
                out[3 * x] = uchar((qRed(in[x]) * a + 255 * (255 - a) + 127) / 255);
                out[3 * x + 1] = uchar((qGreen(in[x]) * a + 255 * (255 - a) + 127) / 255);
                out[3 * x + 2] = uchar((qBlue(in[x]) * a + 255 * (255 - a) + 127) / 255);
            }
        }
    } else {
        image = source.convertToFormat(QImage::Format_RGB888);
    }

    const int width = image.width();
    const int height = image.height();
    const bool shrink = width > kReferenceSide || height > kReferenceSide;
    luma.cols = shrink ? kReferenceSide : width;
    luma.rows = shrink ? kReferenceSide : height;
    luma.pixels.resize(size_t(luma.rows) * size_t(luma.cols));
    // Nearest neighbour as CImg's resize(512, 512) samples it: source index floor(x * width / 512).
    std::vector<int> sourceX(size_t(luma.cols));
    for (int x = 0; x < luma.cols; ++x)
        sourceX[size_t(x)] = shrink ? int(qint64(x) * width / kReferenceSide) : x;
    const float r = 0.299f;
    const float g = 0.587f;
    const float b = 0.114f;
    for (int y = 0; y < luma.rows; ++y) {
        const int sy = shrink ? int(qint64(y) * height / kReferenceSide) : y;
        const uchar *line = image.constScanLine(sy);
        float *out = &luma.pixels[size_t(y) * size_t(luma.cols)];
        for (int x = 0; x < luma.cols; ++x) {
            const int sx = sourceX[size_t(x)];
            if (grey)
                out[x] = float(line[sx]);
            else
                out[x] = r * float(line[3 * sx]) + g * float(line[3 * sx + 1]) + b * float(line[3 * sx + 2]);
        }
    }
    return luma;
}

PdqHash Pdq::hash(const LumaImage &luma)
{
    const Prepared p = prepare(luma);
    if (!p.hashable)
        return {};
    return {bitsFrom(p.dct), p.quality};
}

std::array<PdqHash, kOrientationCount> Pdq::hashAllOrientations(const LumaImage &luma)
{
    std::array<PdqHash, kOrientationCount> all{};
    const Prepared p = prepare(luma);
    if (!p.hashable)
        return all;
    for (int o = 0; o < kOrientationCount; ++o)
        all[size_t(o)] = {bitsFrom(orient(p.dct, Orientation(o))), p.quality};
    return all;
}

} // namespace rakkan::fingerprint
