#include "matching/NearDuplicates.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace rakkan::matching {

namespace {

// Union-find over asset ids, smaller ids as roots (groups read in catalogue order).
class Groups
{
public:
    qint64 find(qint64 a)
    {
        qint64 root = a;
        while (m_parent.value(root, root) != root)
            root = m_parent.value(root);
        while (m_parent.value(a, a) != root) {
            const qint64 next = m_parent.value(a);
            m_parent.insert(a, root);
            a = next;
        }
        return root;
    }
    void join(qint64 a, qint64 b)
    {
        m_members.insert(a);
        m_members.insert(b);
        const qint64 ra = find(a);
        const qint64 rb = find(b);
        if (ra != rb)
            m_parent.insert(std::max(ra, rb), std::min(ra, rb));
    }
    const QSet<qint64> &members() const { return m_members; }

private:
    QHash<qint64, qint64> m_parent;
    QSet<qint64> m_members;
};

} // namespace

QList<QList<DuplicateMember>> NearDuplicates::groups(const CatalogMatcher &matcher, int threshold,
                                                     const Progress &progress)
{
    const fingerprint::MatchIndex &index = matcher.index();
    // The pairs to decide, and what PDQ says of each: the nearest distance between the whole of one and any stored
    // region of the other.
    QHash<qint64, qint64> workOf;
    QHash<QPair<qint64, qint64>, int> pairs; // (smaller, larger) asset ids -> PDQ distance, -1 for none
    QList<qint64> assets;
    for (quint32 i = 0; i < quint32(index.size()); ++i) {
        const auto &entry = index.entryAt(i);
        if (!workOf.contains(entry.assetId))
            assets << entry.assetId;
        workOf.insert(entry.assetId, entry.workId);
        if (index.region(entry.regionId) != QLatin1String("full"))
            continue;
        for (const auto &hit : index.query(index.hashAt(i), threshold)) {
            const qint64 other = index.entryAt(hit.entry).assetId;
            if (other == entry.assetId)
                continue;
            const QPair<qint64, qint64> key(std::min(other, entry.assetId), std::max(other, entry.assetId));
            auto it = pairs.find(key);
            if (it == pairs.end() || *it > hit.distance)
                pairs.insert(key, hit.distance);
        }
    }
    for (qsizetype i = 0; i < assets.size(); ++i) {
        for (qint64 other : matcher.neighboursOf(assets[i], kNeighbours)) {
            const QPair<qint64, qint64> key(std::min(other, assets[i]), std::max(other, assets[i]));
            if (!pairs.contains(key))
                pairs.insert(key, -1);
        }
        if (progress)
            progress(int(i + 1), int(assets.size() * 2));
    }

    // Each pair decided both ways round: a crop is a copy of its page, not the page of the crop.
    Groups found;
    qsizetype done = 0;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const auto [a, b] = it.key();
        if (found.find(a) != found.find(b) &&
            (matcher.compareStored(a, b, it.value()) || matcher.compareStored(b, a, it.value())))
            found.join(a, b);
        ++done;
        if (progress && (done % 16 == 0 || done == pairs.size()))
            progress(int(assets.size() + done * assets.size() / pairs.size()), int(assets.size() * 2));
    }

    QHash<qint64, QList<DuplicateMember>> byRoot;
    for (qint64 asset : found.members())
        byRoot[found.find(asset)] << DuplicateMember{asset, workOf.value(asset)};
    QList<QList<DuplicateMember>> groups;
    for (auto it = byRoot.begin(); it != byRoot.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const DuplicateMember &a, const DuplicateMember &b) { return a.assetId < b.assetId; });
        groups << *it;
    }
    std::sort(groups.begin(), groups.end(),
              [](const auto &a, const auto &b) { return a.first().assetId < b.first().assetId; });
    return groups;
}

} // namespace rakkan::matching
