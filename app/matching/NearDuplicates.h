#pragma once

#include "matching/CatalogMatcher.h"

#include <QList>

#include <functional>

namespace rakkan::matching {

struct DuplicateMember
{
    qint64 assetId = 0;
    qint64 workId = 0;
};

// Groups of catalogued files that are copies of each other (a re-export, a crop, a turned scan, a page saved twice,
// a panel saved on its own), decided as "is this mine?" decides: pairs proposed by PDQ (the whole of one within
// `threshold` of any stored region of the other) and by shared local features, each kept only when the matcher's
// one decision keeps it.
class NearDuplicates
{
public:
    using Progress = std::function<void(int done, int total)>;
    // How many feature neighbours of each picture are checked: near copies share far more descriptors than
    // anything else in a catalogue, so the first few hold them.
    static constexpr int kNeighbours = 4;

    static QList<QList<DuplicateMember>> groups(const CatalogMatcher &matcher, int threshold,
                                                const Progress &progress = {});
};

} // namespace rakkan::matching
