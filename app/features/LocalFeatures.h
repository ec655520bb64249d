#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QImage>
#include <QPointF>
#include <QRect>
#include <QSize>

#include <array>
#include <vector>

namespace rakkan::features {

// A 256-bit binary descriptor (ORB's rBRIEF), compared by Hamming distance.
using Descriptor = std::array<quint64, 4>;

inline int hamming(const Descriptor &a, const Descriptor &b)
{
    return __builtin_popcountll(a[0] ^ b[0]) + __builtin_popcountll(a[1] ^ b[1]) + __builtin_popcountll(a[2] ^ b[2]) +
           __builtin_popcountll(a[3] ^ b[3]);
}

// Where a descriptor was taken: its position in the picture as fractions of its width and height (so that sets
// taken at different sizes compare), with the keypoint's orientation and scale.
struct Keypoint
{
    QPointF at;         // 0..1 of the picture's width and height
    float angle = 0;    // degrees, as ORB measured it
    float size = 0;     // diameter, as a fraction of the picture's longest side
    float response = 0; // how strong the corner is; stronger first
};

// The local features of one picture: keypoints with binary descriptors, rotation- and scale-invariant, and the
// picture's proportions (for coordinates in pixels). Computed on this computer; pixels are never kept.
struct FeatureSet
{
    QSize imageSize; // the picture's own size, for its aspect ratio
    // Described from the picture flipped left to right, coordinates in the flipped picture: matching such a set
    // finds a mirrored copy (binary descriptors are not mirror-invariant).
    bool mirrored = false;
    std::vector<Keypoint> points;
    std::vector<Descriptor> descriptors; // parallel to points

    bool isEmpty() const { return points.empty(); }
    qsizetype size() const { return qsizetype(points.size()); }
    // A coordinate in the picture's pixels.
    QPointF pixel(qsizetype i) const
    {
        return {points[size_t(i)].at.x() * imageSize.width(), points[size_t(i)].at.y() * imageSize.height()};
    }
};

class LocalFeatures
{
public:
    // The method's version, stored with what it computed: a newer method recomputes older sets.
    static constexpr int kVersion = 1;
    // Descriptors a picture contributes to the candidate index.
    static constexpr int kProbes = 80;

    struct Options
    {
        int maxFeatures = 320; // kept, spread over the picture
        int workingSide = 640; // the picture is scaled to this longest side first
        bool mirrored = false; // describe the picture flipped left to right (see FeatureSet::mirrored)
        // Only this part of the picture (its content without uniform borders: clip art on a large white page),
        // so that the working size is spent on the content; positions stay fractions of the whole picture.
        QRect within;
        // Pyramid levels, each 1.2 times smaller: 8 reach 3.6 times apart in scale, 11 reach 6.2.
        int levels = 8;
    };
    static Options forCatalogue() { return {}; }
    // Suspect images may show the work smaller (a screenshot) or in part: more features, at a larger size.
    static Options forQuery() { return Options{1200, 1024, false, QRect(), 11}; }

    // Keypoints spread over the picture: too many in one corner of texture (screentone, lettering) would leave the
    // rest of the picture without any, and a crop or a watermark there without a match.
    static FeatureSet extract(const QImage &image, const Options &options);

    // The stored form: about 38 bytes a keypoint (position, angle, size, descriptor).
    static QByteArray pack(const FeatureSet &set);
    static Result<FeatureSet> unpack(const QByteArray &bytes);
    // The strongest `count` descriptors, spread over the picture: what the candidate index holds for a picture.
    static std::vector<Descriptor> probes(const FeatureSet &set, int count);
};

} // namespace rakkan::features
