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

// One box-filter pass over a vector; the window grows at the start and shrinks at the end, exactly as
// the reference's box1DFloat does (the phases and the float arithmetic order matter for bit-exactness).
void box1D(const float *in, float *out, int length, int window)
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
        ++ri;
    }
    for (int i = 0; i < phase2; ++i) {
        sum += in[ri];
        ++current;
        out[oi] = sum / float(current);
        ++ri;
        ++oi;
    }
    for (int i = 0; i < phase3; ++i) {
        sum += in[ri];
        sum -= in[li];
        out[oi] = sum / float(current);
        ++li;
        ++ri;
        ++oi;
    }
    for (int i = 0; i < phase4; ++i) {
        sum -= in[li];
        --current;
        out[oi] = sum / float(current);
        ++li;
        ++oi;
    }
}

// box1D down every column at once, a row at a time: each column sees exactly the same sequence of float
// operations as box1D with a stride (so hashes stay bit-exact), but memory is read in order instead of one cache
// line per pixel.
void boxAlongColumns(const float *in, float *out, int rows, int cols, int window)
{
    const int half = (window + 2) / 2;
    const int phase1 = half - 1;
    const int phase2 = window - half + 1;
    const int phase3 = rows - window;
    const int phase4 = half - 1;
    std::vector<float> sum(size_t(cols), 0.0f);
    const auto row = [cols](auto *base, int r) { return base + size_t(r) * size_t(cols); };
    int li = 0;
    int ri = 0;
    int oi = 0;
    int current = 0;
    for (int i = 0; i < phase1; ++i, ++ri) {
        const float *add = row(in, ri);
        for (int c = 0; c < cols; ++c)
            sum[size_t(c)] += add[c];
        ++current;
    }
    for (int i = 0; i < phase2; ++i, ++ri, ++oi) {
        const float *add = row(in, ri);
        float *o = row(out, oi);
        ++current;
        for (int c = 0; c < cols; ++c) {
            sum[size_t(c)] += add[c];
            o[c] = sum[size_t(c)] / float(current);
        }
    }
    for (int i = 0; i < phase3; ++i, ++li, ++ri, ++oi) {
        const float *add = row(in, ri);
        const float *remove = row(in, li);
        float *o = row(out, oi);
        for (int c = 0; c < cols; ++c) {
            sum[size_t(c)] += add[c];
            sum[size_t(c)] -= remove[c];
            o[c] = sum[size_t(c)] / float(current);
        }
    }
    for (int i = 0; i < phase4; ++i, ++li, ++oi) {
        const float *remove = row(in, li);
        float *o = row(out, oi);
        --current;
        for (int c = 0; c < cols; ++c) {
            sum[size_t(c)] -= remove[c];
            o[c] = sum[size_t(c)] / float(current);
        }
    }
}

void jarosz(std::vector<float> &a, std::vector<float> &b, int rows, int cols, int windowAlongRows, int windowAlongCols)
{
    for (int pass = 0; pass < kJaroszPasses; ++pass) {
        for (int i = 0; i < rows; ++i)
            box1D(&a[size_t(i) * size_t(cols)], &b[size_t(i) * size_t(cols)], cols, windowAlongRows);
        boxAlongColumns(b.data(), a.data(), rows, cols, windowAlongCols);
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

LumaImage Pdq::fullLuma(const QImage &source)
{
    LumaImage luma;
    if (source.isNull())
        return luma;
    luma.cols = source.width();
    luma.rows = source.height();
    luma.pixels.resize(size_t(luma.rows) * size_t(luma.cols));
    const float r = 0.299f;
    const float g = 0.587f;
    const float b = 0.114f;
    auto fromRgb = [&](const QImage &rgb32) {
        for (int y = 0; y < luma.rows; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(rgb32.constScanLine(y));
            float *out = &luma.pixels[size_t(y) * size_t(luma.cols)];
            for (int x = 0; x < luma.cols; ++x)
                out[x] = r * float(qRed(line[x])) + g * float(qGreen(line[x])) + b * float(qBlue(line[x]));
        }
    };
    if (isGrey(source)) {
        const QImage grey = source.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < luma.rows; ++y) {
            const uchar *line = grey.constScanLine(y);
            float *out = &luma.pixels[size_t(y) * size_t(luma.cols)];
            for (int x = 0; x < luma.cols; ++x)
                out[x] = float(line[x]);
        }
    } else if (source.format() == QImage::Format_RGB32) {
        fromRgb(source); // what JPEG and most decoders give: no copy needed
    } else if (source.hasAlphaChannel()) {
        QImage flat = source.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < flat.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(flat.scanLine(y));
            for (int x = 0; x < flat.width(); ++x) {
                const int a = qAlpha(line[x]);
                line[x] = qRgb((qRed(line[x]) * a + 255 * (255 - a) + 127) / 255,
                               (qGreen(line[x]) * a + 255 * (255 - a) + 127) / 255,
                               (qBlue(line[x]) * a + 255 * (255 - a) + 127) / 255);
            }
        }
        fromRgb(flat);
    } else {
        fromRgb(source.convertToFormat(QImage::Format_RGB32));
    }
    return luma;
}

LumaImage Pdq::referenceLuma(const LumaImage &full, const QRect &requested)
{
    const QRect region = requested.intersected(QRect(0, 0, full.cols, full.rows));
    LumaImage luma;
    if (region.isEmpty())
        return luma;
    const int width = region.width();
    const int height = region.height();
    const bool shrink = width > kReferenceSide || height > kReferenceSide;
    luma.cols = shrink ? kReferenceSide : width;
    luma.rows = shrink ? kReferenceSide : height;
    luma.pixels.resize(size_t(luma.rows) * size_t(luma.cols));
    // Nearest neighbour as CImg's resize(512, 512) samples it: source index floor(x * width / 512).
    std::vector<int> sourceX(size_t(luma.cols));
    for (int x = 0; x < luma.cols; ++x)
        sourceX[size_t(x)] = region.x() + (shrink ? int(qint64(x) * width / kReferenceSide) : x);
    for (int y = 0; y < luma.rows; ++y) {
        const int sy = region.y() + (shrink ? int(qint64(y) * height / kReferenceSide) : y);
        const float *in = &full.pixels[size_t(sy) * size_t(full.cols)];
        float *out = &luma.pixels[size_t(y) * size_t(luma.cols)];
        for (int x = 0; x < luma.cols; ++x)
            out[x] = in[sourceX[size_t(x)]];
    }
    return luma;
}

LumaImage Pdq::referenceLuma(const QImage &source)
{
    return referenceLuma(fullLuma(source), source.rect());
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
