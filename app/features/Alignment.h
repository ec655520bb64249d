#pragma once

#include "features/LocalFeatures.h"

#include <QPolygonF>
#include <QTransform>

#include <optional>

namespace rakkan::features {

// How a suspect picture and a work line up, found from their local features: which of the work's keypoints appear
// in the suspect at positions one similarity transform (turn, uniform scale, shift, and a flip for mirrored copies)
// explains. Chance agreements do not line up, which is what keeps unrelated pictures from being called copies.
struct Alignment
{
    QTransform workToQuery;  // from the work's pixels to the suspect's
    int inliers = 0;         // keypoint pairs the transform explains
    int candidates = 0;      // pairs the descriptors proposed
    bool mirrored = false;   // the suspect is the work flipped left to right
    double rotation = 0;     // degrees the work is turned in the suspect, counter-clockwise positive
    double scale = 1;        // suspect pixels per work pixel
    QPolygonF workInQuery;   // the work's outline, in the suspect's pixels
    QPolygonF queryInWork;   // the part of the work the suspect shows, in the work's pixels
    double workShown = 1;    // the fraction of the work's area the suspect shows (1: all of it)
    double queryCovered = 1; // the fraction of the suspect's area the work fills (small: a screenshot, a collage)
    double frameCovered = 1; // the same for the upright rectangle around the work (a turned copy fills its own)
};

class Aligner
{
public:
    struct Options
    {
        int maxDistance = 64; // bits, for a descriptor pair to be considered
        double ratio = 0.8;   // best against second best, Lowe's test
        int minInliers = 12;  // fewer than this lining up is not evidence
        double minInlierShare = 0.2;
    };

    // The alignment of `work` in `query`, or none when their features do not line up. `query` may be a mirrored
    // set (see FeatureSet::mirrored): the alignment then says so and maps into the unflipped suspect.
    static std::optional<Alignment> align(const FeatureSet &work, const FeatureSet &query, const Options &options);
    static std::optional<Alignment> align(const FeatureSet &work, const FeatureSet &query)
    {
        return align(work, query, Options());
    }
};

} // namespace rakkan::features
