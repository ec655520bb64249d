#include "fingerprint/MatchIndex.h"

#include <algorithm>

namespace rakkan::fingerprint {

namespace {
constexpr quint32 kBuckets = 65536;
// Past this many pending entries a linear pass costs more than folding them in.
constexpr size_t kMaxPending = 4096;
} // namespace

int MatchIndex::regionId(const QString &region)
{
    auto it = m_regionIds.constFind(region);
    if (it != m_regionIds.constEnd())
        return *it;
    const int id = int(m_regions.size());
    m_regions << region;
    m_regionIds.insert(region, id);
    return id;
}

void MatchIndex::add(const Hash256 &hash, const Entry &entry)
{
    m_hashes.push_back(hash);
    m_entries.push_back(entry);
    if (m_hashes.size() - m_built > std::max(kMaxPending, size_t(m_built) / 8))
        build();
}

void MatchIndex::removeAsset(qint64 assetId)
{
    m_removed.insert(assetId);
}

void MatchIndex::build()
{
    if (!m_removed.isEmpty()) {
        size_t kept = 0;
        for (size_t i = 0; i < m_hashes.size(); ++i) {
            if (m_removed.contains(m_entries[i].assetId))
                continue;
            m_hashes[kept] = m_hashes[i];
            m_entries[kept] = m_entries[i];
            ++kept;
        }
        m_hashes.resize(kept);
        m_entries.resize(kept);
        m_removed.clear();
    }
    const auto n = quint32(m_hashes.size());
    for (int s = 0; s < kSlices; ++s) {
        std::vector<quint32> &offsets = m_offsets[s];
        std::vector<quint32> &ids = m_ids[s];
        offsets.assign(kBuckets + 1, 0);
        for (quint32 i = 0; i < n; ++i)
            ++offsets[size_t(m_hashes[i].slice16(s)) + 1];
        for (quint32 b = 0; b < kBuckets; ++b)
            offsets[b + 1] += offsets[b];
        ids.resize(n);
        std::vector<quint32> next(offsets.begin(), offsets.end() - 1);
        for (quint32 i = 0; i < n; ++i)
            ids[next[m_hashes[i].slice16(s)]++] = i;
    }
    m_built = n;
}

void MatchIndex::probe(const Hash256 &hash, int threshold, int slice, quint16 value, QList<Hit> &hits) const
{
    const std::vector<quint32> &offsets = m_offsets[slice];
    const std::vector<quint32> &ids = m_ids[slice];
    for (quint32 k = offsets[value]; k < offsets[size_t(value) + 1]; ++k) {
        const quint32 i = ids[k];
        const int d = hash.distance(m_hashes[i]);
        if (d <= threshold && isLive(i))
            hits << Hit{i, d};
    }
}

QList<MatchIndex::Hit> MatchIndex::query(const Hash256 &hash, int threshold) const
{
    const int radius = threshold / kSlices;
    if (radius > 2)
        return linearScan(hash, threshold); // 697+ probes a slice: a scan is as fast and far simpler
    QList<Hit> hits;
    if (m_built > 0) {
        for (int s = 0; s < kSlices; ++s) {
            const quint16 value = hash.slice16(s);
            probe(hash, threshold, s, value, hits);
            if (radius >= 1) {
                for (int a = 0; a < 16; ++a) {
                    const auto one = quint16(value ^ (1u << a));
                    probe(hash, threshold, s, one, hits);
                    if (radius >= 2)
                        for (int b = a + 1; b < 16; ++b)
                            probe(hash, threshold, s, quint16(one ^ (1u << b)), hits);
                }
            }
        }
    }
    for (auto i = m_built; i < quint32(m_hashes.size()); ++i) {
        const int d = hash.distance(m_hashes[i]);
        if (d <= threshold && isLive(i))
            hits << Hit{i, d};
    }
    // An entry close on several slices was found once per slice.
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.entry < b.entry; });
    hits.erase(std::unique(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.entry == b.entry; }),
               hits.end());
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.distance < b.distance; });
    return hits;
}

QList<MatchIndex::Hit> MatchIndex::linearScan(const Hash256 &hash, int threshold) const
{
    QList<Hit> hits;
    for (quint32 i = 0; i < quint32(m_hashes.size()); ++i) {
        const int d = hash.distance(m_hashes[i]);
        if (d <= threshold && isLive(i))
            hits << Hit{i, d};
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.distance < b.distance; });
    return hits;
}

qint64 MatchIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_hashes.capacity() * sizeof(Hash256) + m_entries.capacity() * sizeof(Entry));
    for (int s = 0; s < kSlices; ++s)
        bytes += qint64((m_offsets[s].capacity() + m_ids[s].capacity()) * sizeof(quint32));
    return bytes;
}

} // namespace rakkan::fingerprint
