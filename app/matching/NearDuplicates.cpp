#include "matching/NearDuplicates.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace rakkan::matching {

QList<QList<DuplicateMember>> nearDuplicateGroups(const fingerprint::MatchIndex &index, int threshold)
{
    QHash<qint64, qint64> parent; // union-find over asset ids
    auto find = [&](qint64 a) {
        qint64 root = a;
        while (parent.value(root, root) != root)
            root = parent.value(root);
        while (parent.value(a, a) != root) { // path compression
            const qint64 next = parent.value(a);
            parent.insert(a, root);
            a = next;
        }
        return root;
    };
    QHash<qint64, qint64> workOf;
    QSet<qint64> joined;
    for (quint32 i = 0; i < quint32(index.size()); ++i) {
        const auto &entry = index.entryAt(i);
        workOf.insert(entry.assetId, entry.workId);
        if (index.region(entry.regionId) != QLatin1String("full"))
            continue;
        for (const auto &hit : index.query(index.hashAt(i), threshold)) {
            const qint64 other = index.entryAt(hit.entry).assetId;
            if (other == entry.assetId)
                continue;
            joined.insert(entry.assetId);
            joined.insert(other);
            const qint64 a = find(entry.assetId);
            const qint64 b = find(other);
            if (a != b)
                parent.insert(std::max(a, b), std::min(a, b));
        }
    }
    QHash<qint64, QList<DuplicateMember>> byRoot;
    for (qint64 asset : std::as_const(joined))
        byRoot[find(asset)] << DuplicateMember{asset, workOf.value(asset)};
    QList<QList<DuplicateMember>> groups;
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it) {
        if (it->size() < 2)
            continue;
        std::sort(it->begin(), it->end(),
                  [](const DuplicateMember &a, const DuplicateMember &b) { return a.assetId < b.assetId; });
        groups << *it;
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return a.first().assetId < b.first().assetId; });
    return groups;
}

} // namespace rakkan::matching
