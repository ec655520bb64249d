#pragma once

#include "matching/CatalogMatcher.h"

#include <QImage>
#include <QPolygonF>
#include <QTransform>

#include <optional>

namespace rakkan::matching {

// What a match looks like drawn: the part that matched outlined on each picture, and where the copy differs from
// the work once lined up. Plain pixels, so that the GUI only shows them (and tests can check them).
class MatchOverlay
{
public:
    // The work's outline in the suspect's pixels: where local features put it, or the region PDQ matched.
    static QPolygonF inSuspect(const Match &match, QSize suspectSize);
    // The part of the work the suspect shows, in the work's pixels (`workSize`, for matches without features).
    static QPolygonF inWork(const Match &match, QSize workSize);
    // How the suspect's pixels map onto the work's (`workSize`): through the alignment, or for a whole-picture match
    // through the regions and the orientation PDQ matched. None when neither says.
    static std::optional<QTransform> suspectToWork(const Match &match, QSize suspectSize, QSizeF workSize);
    // `work` (any size; its thumbnail will do) beside the suspect brought onto it: bright where they differ, grey
    // where the suspect does not show the work. Null when the match cannot say how they line up.
    static QImage difference(const QImage &suspect, const QImage &work, const Match &match);
};

} // namespace rakkan::matching
