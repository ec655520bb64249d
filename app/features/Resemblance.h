#pragma once

#include <QImage>
#include <QTransform>

#include <array>

namespace rakkan::features {

// How alike a work and a suspect look once lined up: the suspect is sampled through the alignment onto a small
// copy of the work, and the two are compared by normalised correlation (blind to brightness and contrast), as a
// whole and in a 4 x 4 grid. Keypoints that line up by chance do not bring the picture around them along; a copy
// does, except where something covers it (a watermark, lettering, a sticker), which the grid shows.
struct Resemblance
{
    static constexpr int kGrid = 4;
    double overall = 0; // -1..1 over the part of the work the suspect shows; 0 when nothing could be compared
    double shown = 0;   // the fraction of the work's samples that fell inside the suspect
    std::array<double, kGrid * kGrid> blocks{}; // per cell; NaN for cells with no detail or outside the suspect
    // Cells that lie well inside the suspect: near its edges a turned or cropped copy shows fill, not cover.
    std::array<bool, kGrid * kGrid> interior{};
    // Cells where the work has real detail (not paper with a stray line): only they can show a cover.
    std::array<bool, kGrid * kGrid> detailed{};
    // Interior cells with detail that the suspect shows differently, while the rest agrees: covered or painted over.
    int coveredBlocks() const;
};

class Resembler
{
public:
    // `work` is any copy of the work (its thumbnail will do), `workSize` its full size in the pixels the transform
    // maps from, `query` the suspect as decoded.
    static Resemblance compare(const QImage &work, QSize workSize, const QImage &query, const QTransform &workToQuery);
};

} // namespace rakkan::features
