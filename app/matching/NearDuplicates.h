#pragma once

#include "fingerprint/MatchIndex.h"

#include <QList>

namespace rakkan::matching {

struct DuplicateMember
{
    qint64 assetId = 0;
    qint64 workId = 0;
};

// Groups of catalogued files that are near copies of each other: two files are joined when the whole of one is
// within the threshold of any stored region of the other (a re-export, a crop, a page saved twice).
QList<QList<DuplicateMember>> nearDuplicateGroups(const fingerprint::MatchIndex &index, int threshold);

} // namespace rakkan::matching
