#include "features/DescriptorIndex.h"

#include <algorithm>
#include <array>
#include <random>

namespace rakkan::features {

namespace {

// Which bits of the 256 each table samples: fixed (the same in every run and on every computer), distinct across
// tables, drawn once from a seeded generator.
const std::array<std::array<quint8, 16>, 6> &sampledBits()
{
    static const auto bits = [] {
        std::array<quint8, 256> all{};
        for (int i = 0; i < 256; ++i)
            all[size_t(i)] = quint8(i);
        std::mt19937 random(0x52414b4b); // "RAKK"
        std::shuffle(all.begin(), all.end(), random);
        std::array<std::array<quint8, 16>, 6> out{};
        for (size_t t = 0; t < out.size(); ++t)
            for (size_t b = 0; b < 16; ++b)
                out[t][b] = all[t * 16 + b];
        return out;
    }();
    return bits;
}

} // namespace

quint16 DescriptorIndex::key(const Descriptor &d, int table)
{
    quint16 k = 0;
    for (quint8 bit : sampledBits()[size_t(table)])
        k = quint16((k << 1) | ((d[bit >> 6] >> (bit & 63)) & 1u));
    return k;
}

void DescriptorIndex::add(quint32 owner, const std::vector<Descriptor> &probes)
{
    for (const Descriptor &d : probes) {
        m_descriptors.push_back(d);
        m_owners.push_back(owner);
    }
    m_ownerCount = std::max(m_ownerCount, owner + 1);
}

void DescriptorIndex::build()
{
    const size_t n = m_descriptors.size();
    for (int t = 0; t < kTables; ++t) {
        // Counting sort by key: two passes, no per-bucket allocation.
        std::vector<quint32> &offsets = m_offsets[t];
        offsets.assign((1u << kKeyBits) + 1, 0);
        std::vector<quint16> keys(n);
        for (size_t i = 0; i < n; ++i) {
            keys[i] = key(m_descriptors[i], t);
            ++offsets[size_t(keys[i]) + 1];
        }
        for (size_t k = 1; k < offsets.size(); ++k)
            offsets[k] += offsets[k - 1];
        std::vector<quint32> &ids = m_ids[t];
        ids.assign(n, 0);
        std::vector<quint32> next(offsets.begin(), offsets.end() - 1);
        for (size_t i = 0; i < n; ++i)
            ids[next[keys[i]]++] = quint32(i);
    }
}

QList<DescriptorIndex::Candidate> DescriptorIndex::candidates(const std::vector<Descriptor> &query, int maxDistance,
                                                              int minVotes, int limit) const
{
    if (m_descriptors.empty() || m_offsets[0].empty())
        return {};
    // Each query descriptor votes once, for the owner of its nearest probe, and only when that probe is clearly
    // nearer than the nearest of any other owner: the corners and edges every picture has (lettering, frames,
    // flat clip art) are near many owners' probes and so vote for none.
    constexpr double kRatio = 0.85;
    std::vector<quint16> votes(m_ownerCount, 0);
    std::vector<quint32> touched;
    for (const Descriptor &d : query) {
        int best = maxDistance + 1;
        int second = 257; // nearest of another owner than best's
        quint32 bestOwner = 0;
        for (int t = 0; t < kTables; ++t) {
            const quint16 k = key(d, t);
            for (quint32 at = m_offsets[t][k]; at < m_offsets[t][size_t(k) + 1]; ++at) {
                const quint32 id = m_ids[t][at];
                const int h = hamming(d, m_descriptors[id]);
                if (h > 2 * maxDistance)
                    continue;
                const quint32 owner = m_owners[id];
                if (h < best) {
                    if (owner != bestOwner && best <= maxDistance)
                        second = std::min(second, best);
                    best = h;
                    bestOwner = owner;
                } else if (owner != bestOwner && h < second) {
                    second = h;
                }
            }
        }
        if (best > maxDistance || best >= kRatio * second)
            continue;
        if (votes[bestOwner]++ == 0)
            touched.push_back(bestOwner);
    }
    QList<Candidate> out;
    for (quint32 owner : touched)
        if (votes[owner] >= minVotes)
            out.append(Candidate{owner, votes[owner]});
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return a.votes != b.votes ? a.votes > b.votes : a.owner < b.owner;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

qint64 DescriptorIndex::memoryBytes() const
{
    qint64 bytes = qint64(m_descriptors.size() * sizeof(Descriptor) + m_owners.size() * sizeof(quint32));
    for (int t = 0; t < kTables; ++t)
        bytes += qint64((m_offsets[t].size() + m_ids[t].size()) * sizeof(quint32));
    return bytes;
}

} // namespace rakkan::features
