#pragma once

#include "features/LocalFeatures.h"

#include <QList>

#include <array>
#include <vector>

namespace rakkan::features {

// Which pictures of a large collection share descriptors with a suspect, fast enough to ask for every query: a few
// descriptors of each picture (its probes) in locality-sensitive hash tables keyed on sampled bits, so that a
// descriptor meets the ones a few bits from it without comparing with all. Candidates are then checked one by one
// (Aligner). Reads are thread-safe once built; writes are not.
class DescriptorIndex
{
public:
    struct Candidate
    {
        quint32 owner = 0;
        int votes = 0; // query descriptors that found one of this owner's within the distance
    };

    void add(quint32 owner, const std::vector<Descriptor> &probes);
    // Makes what was added searchable.
    void build();
    // Owners with at least `minVotes`, most votes first, at most `limit`.
    QList<Candidate> candidates(const std::vector<Descriptor> &query, int maxDistance, int minVotes, int limit) const;

    qsizetype size() const { return qsizetype(m_descriptors.size()); }
    qint64 memoryBytes() const;

    // Bits in each table's key at this size (grows with the collection, see build()).
    int keyBits() const { return m_keyBits; }

private:
    static constexpr int kTables = 6;
    static constexpr int kMinKeyBits = 16;
    static constexpr int kMaxKeyBits = 22;
    quint32 key(const Descriptor &d, int table) const;
    void chooseBits();

    int m_keyBits = kMinKeyBits;
    size_t m_bucketCap = 0; // buckets fuller than this are skipped by queries (see build())
    // The descriptor bits each table's key is made of (m_keyBits of them).
    std::array<std::array<quint8, kMaxKeyBits>, kTables> m_bits{};

    std::vector<Descriptor> m_descriptors;
    std::vector<quint32> m_owners;
    quint32 m_ownerCount = 0;
    // Per table: offsets into ids (2^m_keyBits + 1 of them) and descriptor ids sorted by key.
    std::vector<quint32> m_offsets[kTables];
    std::vector<quint32> m_ids[kTables];
};

} // namespace rakkan::features
