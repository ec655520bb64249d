#include "features/LocalFeatures.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

namespace rakkan::features {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::features::LocalFeatures)
};

constexpr char kMagic[4] = {'R', 'K', 'F', '1'};
constexpr int kHeaderBytes = 4 + 2 + 2 + 2;
constexpr int kPointBytes = 2 + 2 + 1 + 1 + 32;
constexpr int kMaxPoints = 4096;
constexpr int kGrid = 6; // cells a side, for spreading keypoints

// The picture as 8-bit grey at the working size. Small pictures (sprites, icons) are enlarged up to twice: ORB needs
// a margin around each keypoint and several pyramid levels, which a 200-pixel sprite does not have.
QImage working(const QImage &image, int side)
{
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int longest = std::max(grey.width(), grey.height());
    if (longest <= 0)
        return {};
    double scale = double(side) / longest;
    scale = std::min(scale, 2.0);
    if (std::abs(scale - 1.0) > 0.02)
        grey = grey.scaled(std::max(1, int(std::lround(grey.width() * scale))),
                           std::max(1, int(std::lround(grey.height() * scale))), Qt::IgnoreAspectRatio,
                           Qt::SmoothTransformation);
    return grey;
}

} // namespace

FeatureSet LocalFeatures::extract(const QImage &image, const Options &options)
{
    FeatureSet set;
    set.imageSize = image.size();
    if (image.isNull() || image.width() < 8 || image.height() < 8)
        return set;
    const QRect within = options.within.isValid() ? options.within.intersected(image.rect()) : image.rect();
    if (within.width() < 8 || within.height() < 8)
        return set;
    QImage grey = working(within == image.rect() ? image : image.copy(within), options.workingSide);
    if (options.mirrored)
        grey = grey.mirrored(true, false);
    // OpenCV reads the QImage's own pixels; no copy.
    const cv::Mat pixels(grey.height(), grey.width(), CV_8UC1, const_cast<uchar *>(grey.constBits()),
                         size_t(grey.bytesPerLine()));

    // Three times as many candidates as are kept, so that each part of the picture can be given its share.
    auto orb = cv::ORB::create(options.maxFeatures * 3, 1.2f, options.levels, 19, 0, 2, cv::ORB::HARRIS_SCORE, 31, 12);
    std::vector<cv::KeyPoint> found;
    orb->detect(pixels, found);
    if (found.empty())
        return set;

    // Rank within each cell of a grid, strongest first; then keep by rank, so every cell gets its turn before any
    // cell gets a second keypoint, and the picture's flat parts give their few to the textured ones.
    std::sort(found.begin(), found.end(),
              [](const cv::KeyPoint &a, const cv::KeyPoint &b) { return a.response > b.response; });
    std::vector<int> rankInCell(found.size());
    std::vector<int> perCell(kGrid * kGrid, 0);
    for (size_t i = 0; i < found.size(); ++i) {
        const int cx = std::clamp(int(found[i].pt.x * kGrid / pixels.cols), 0, kGrid - 1);
        const int cy = std::clamp(int(found[i].pt.y * kGrid / pixels.rows), 0, kGrid - 1);
        rankInCell[i] = perCell[size_t(cy * kGrid + cx)]++;
    }
    std::vector<size_t> order(found.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rankInCell[a] < rankInCell[b]; });
    std::vector<cv::KeyPoint> kept;
    kept.reserve(size_t(options.maxFeatures));
    for (size_t i = 0; i < order.size() && int(kept.size()) < options.maxFeatures; ++i)
        kept.push_back(found[order[i]]);

    cv::Mat descriptors;
    orb->compute(pixels, kept, descriptors); // may drop keypoints too close to the edge
    if (descriptors.rows != int(kept.size()) || descriptors.cols != 32)
        return set;
    // Sizes as fractions of the whole picture's longest side, like the positions.
    const double longest = std::max(pixels.cols, pixels.rows) * double(std::max(image.width(), image.height())) /
                           std::max(within.width(), within.height());
    set.points.reserve(kept.size());
    set.descriptors.reserve(kept.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        const cv::KeyPoint &k = kept[i];
        Keypoint p;
        // From the working picture to fractions of the whole one (of its flipped self when mirrored).
        const double fx = std::clamp(double(k.pt.x) / pixels.cols, 0.0, 1.0);
        const double fy = std::clamp(double(k.pt.y) / pixels.rows, 0.0, 1.0);
        const double left = options.mirrored ? image.width() - within.right() - 1 : within.left();
        p.at = QPointF((left + fx * within.width()) / image.width(),
                       (within.top() + fy * within.height()) / image.height());
        p.angle = k.angle;
        p.size = float(k.size / longest);
        p.response = k.response;
        Descriptor d;
        std::memcpy(d.data(), descriptors.ptr<uchar>(int(i)), 32);
        set.points.push_back(p);
        set.descriptors.push_back(d);
    }
    set.mirrored = options.mirrored;
    return set;
}

QByteArray LocalFeatures::pack(const FeatureSet &set)
{
    const int count = std::min<int>(int(set.points.size()), kMaxPoints);
    QByteArray out(kHeaderBytes + count * kPointBytes, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(out.data());
    std::memcpy(p, kMagic, 4);
    qToBigEndian<quint16>(quint16(std::clamp(set.imageSize.width(), 0, 65535)), p + 4);
    qToBigEndian<quint16>(quint16(std::clamp(set.imageSize.height(), 0, 65535)), p + 6);
    qToBigEndian<quint16>(quint16(count), p + 8);
    p += kHeaderBytes;
    for (int i = 0; i < count; ++i) {
        const Keypoint &k = set.points[size_t(i)];
        qToBigEndian<quint16>(quint16(std::lround(std::clamp(k.at.x(), 0.0, 1.0) * 65535)), p);
        qToBigEndian<quint16>(quint16(std::lround(std::clamp(k.at.y(), 0.0, 1.0) * 65535)), p + 2);
        const double angle = std::fmod(std::fmod(double(k.angle), 360.0) + 360.0, 360.0);
        p[4] = uchar(std::lround(angle / 360.0 * 255.0));
        p[5] = uchar(std::clamp(std::lround(double(k.size) * 1000.0), 0L, 255L));
        std::memcpy(p + 6, set.descriptors[size_t(i)].data(), 32);
        p += kPointBytes;
    }
    return out;
}

Result<FeatureSet> LocalFeatures::unpack(const QByteArray &bytes)
{
    const auto corrupt = [] {
        return makeError(ErrorCode::Corrupt, Words::tr("The stored local features of a picture are damaged; compute "
                                                       "them again (Compute Missing Fingerprints and ISCC)."));
    };
    if (bytes.size() < kHeaderBytes || std::memcmp(bytes.constData(), kMagic, 4) != 0)
        return corrupt();
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    FeatureSet set;
    set.imageSize = QSize(qFromBigEndian<quint16>(p + 4), qFromBigEndian<quint16>(p + 6));
    const int count = qFromBigEndian<quint16>(p + 8);
    if (count > kMaxPoints || bytes.size() != kHeaderBytes + qsizetype(count) * kPointBytes)
        return corrupt();
    p += kHeaderBytes;
    set.points.reserve(size_t(count));
    set.descriptors.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Keypoint k;
        k.at = QPointF(qFromBigEndian<quint16>(p) / 65535.0, qFromBigEndian<quint16>(p + 2) / 65535.0);
        k.angle = float(p[4] * 360.0 / 255.0);
        k.size = float(p[5] / 1000.0);
        k.response = float(count - i); // stored strongest first within the spreading order
        Descriptor d;
        std::memcpy(d.data(), p + 6, 32);
        set.points.push_back(k);
        set.descriptors.push_back(d);
        p += kPointBytes;
    }
    return set;
}

std::vector<Descriptor> LocalFeatures::probes(const FeatureSet &set, int count)
{
    // Stored in spreading order (each cell's strongest first), so the first ones cover the picture.
    const size_t n = std::min(set.descriptors.size(), size_t(std::max(0, count)));
    return std::vector<Descriptor>(set.descriptors.begin(), set.descriptors.begin() + qsizetype(n));
}

} // namespace rakkan::features
