#include "features/DescriptorIndex.h"

#include <algorithm>
#include <cmath>

namespace rakkan::features {

namespace {

// At most this many descriptors are counted to choose the key bits: enough for the statistics, cheap at any size.
constexpr size_t kSampledForBits = 100'000;

} // namespace

// The keys are made of the bits that split the collection most evenly (ones as often as zeros), spread over the
// tables so that each gets bits of the same quality: ORB's bits are far from balanced, and keys of lopsided bits
// pile most descriptors into a few buckets that every query then walks. The choice depends only on the
// descriptors, so the same collection gives the same index on every computer.
void DescriptorIndex::chooseBits()
{
    std::array<quint32, 256> ones{};
    const size_t n = m_descriptors.size();
    const size_t step = std::max<size_t>(1, n / kSampledForBits);
    quint32 counted = 0;
    for (size_t i = 0; i < n; i += step, ++counted)
        for (int bit = 0; bit < 256; ++bit)
            ones[size_t(bit)] += quint32((m_descriptors[i][size_t(bit >> 6)] >> (bit & 63)) & 1u);
    std::array<quint8, 256> order{};
    for (int i = 0; i < 256; ++i)
        order[size_t(i)] = quint8(i);
    const double half = counted / 2.0;
    std::stable_sort(order.begin(), order.end(),
                     [&](quint8 a, quint8 b) { return std::abs(ones[a] - half) < std::abs(ones[b] - half); });
    for (int t = 0; t < kTables; ++t)
        for (int k = 0; k < m_keyBits; ++k)
            m_bits[size_t(t)][size_t(k)] = order[size_t(k * kTables + t)];
}

quint32 DescriptorIndex::key(const Descriptor &d, int table) const
{
    quint32 k = 0;
    const auto &bits = m_bits[size_t(table)];
    for (int i = 0; i < m_keyBits; ++i) {
        const quint8 bit = bits[size_t(i)];
        k = (k << 1) | quint32((d[bit >> 6] >> (bit & 63)) & 1u);
    }
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
    // About 16 descriptors a bucket on average, so that the key grows with the collection.
    m_keyBits = kMinKeyBits;
    while (m_keyBits < kMaxKeyBits && (n >> m_keyBits) > 16)
        ++m_keyBits;
    // Descriptors are far from uniform: the patterns every picture has (straight edges, corners of flat fills)
    // crowd a few buckets with thousands of probes, and the suspect's own such patterns land there. A descriptor in
    // such a bucket could not pass the vote's test (clearly nearer one picture than any other) anyway, and
    // walking those buckets was most of a query's time (1.9 s at 100,000 pictures; docs/PERFORMANCE.md).
    m_bucketCap = std::max<size_t>(256, 20 * (n >> m_keyBits));
    chooseBits();
    for (int t = 0; t < kTables; ++t) {
        // Counting sort by key: two passes, no per-bucket allocation.
        std::vector<quint32> &offsets = m_offsets[t];
        offsets.assign((size_t(1) << m_keyBits) + 1, 0);
        std::vector<quint32> keys(n);
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
            const quint32 k = key(d, t);
            if (m_offsets[t][size_t(k) + 1] - m_offsets[t][k] > m_bucketCap)
                continue;
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
