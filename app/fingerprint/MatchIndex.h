#pragma once

#include "fingerprint/Hash256.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace rakkan::fingerprint {

// Multi-index hashing over 256-bit codes (Norouzi et al.; the layout Meta chose for PDQ): the code is cut into
// sixteen 16-bit slices, and each slice has a table from slice value to the entries holding it. Two codes within
// distance d agree to within floor(d/16) bits on at least one slice, so a query only probes the buckets near its
// own slices (17 per slice at PDQ's threshold of 31) and checks the full distance of what it finds there.
// Tables are compact arrays (counting sort); additions after a build go to a small list scanned linearly until
// the next rebuild. Reads are thread-safe once built; writes are not.
class MatchIndex
{
public:
    struct Entry
    {
        qint64 assetId = 0;
        qint64 workId = 0;
        int regionId = 0;
        int quality = 0;
    };
    struct Hit
    {
        quint32 entry = 0;
        int distance = 0;
    };

    void add(const Hash256 &hash, const Entry &entry);
    // Marks an asset's entries as gone (its work was removed); they disappear at the next build.
    void removeAsset(qint64 assetId);
    // Folds the pending additions into the tables and drops removed entries.
    void build();

    // Every entry within `threshold` bits of `hash`, nearest first.
    QList<Hit> query(const Hash256 &hash, int threshold) const;
    // The same by comparing with every entry: the reference the index is tested and benchmarked against.
    QList<Hit> linearScan(const Hash256 &hash, int threshold) const;

    qsizetype size() const { return qsizetype(m_hashes.size()); }
    const Hash256 &hashAt(quint32 i) const { return m_hashes[i]; }
    const Entry &entryAt(quint32 i) const { return m_entries[i]; }
    int regionId(const QString &region);
    QString region(int id) const { return m_regions.value(id); }
    // Bytes held by the index, for the memory-per-fingerprint figure.
    qint64 memoryBytes() const;

private:
    static constexpr int kSlices = 16;
    bool isLive(quint32 i) const { return m_removed.isEmpty() || !m_removed.contains(m_entries[i].assetId); }
    void probe(const Hash256 &hash, int threshold, int slice, quint16 value, QList<Hit> &hits) const;

    std::vector<Hash256> m_hashes;
    std::vector<Entry> m_entries;
    quint32 m_built = 0; // entries [0, m_built) are in the tables; the rest are pending
    // Per slice: offsets into ids (65537 of them) and the entry ids sorted by slice value.
    std::vector<quint32> m_offsets[kSlices];
    std::vector<quint32> m_ids[kSlices];
    QSet<qint64> m_removed;
    QList<QString> m_regions;
    QHash<QString, int> m_regionIds;
};

} // namespace rakkan::fingerprint
