#include "hub/DeclarationIndex.h"

#include <algorithm>
#include <bit>
#include <map>

namespace rakkan::hub {

namespace {

// A declaration found through several of its hashes or units counts once, at its closest.
QList<DeclarationIndex::Match> nearestFirst(const std::map<qint64, int> &nearest)
{
    QList<DeclarationIndex::Match> out;
    for (const auto &[seq, distance] : nearest)
        out << DeclarationIndex::Match{seq, distance};
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.distance < b.distance; });
    return out;
}

void keepNearest(std::map<qint64, int> &nearest, qint64 seq, int distance)
{
    auto [it, inserted] = nearest.emplace(seq, distance);
    if (!inserted)
        it->second = std::min(it->second, distance);
}

} // namespace

quint64 DeclarationIndex::prefixOf(const QByteArray &body)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(body.at(i));
    return v;
}

void DeclarationIndex::add(const IndexTerms &terms)
{
    QWriteLocker lock(&m_lock);
    for (const QString &u : terms.units) {
        auto unit = iscc::IsccCodec::decode(u);
        if (unit.ok() && unit->body.size() >= 8)
            m_units.push_back(Unit{unit->mainType, unit->subType, prefixOf(unit->body), terms.seq});
    }
    for (const QString &h : terms.pdq) {
        if (const auto hash = fingerprint::Hash256::fromHex(h)) {
            m_pdq.add(*hash, fingerprint::MatchIndex::Entry{terms.seq, terms.seq, 0, 100});
            ++m_pending;
        }
    }
    // New hashes are scanned linearly until folded in; folding costs a pass over the index, so it waits until the
    // pending part is a fair share of the whole.
    if (m_pending > std::max<qsizetype>(1024, m_pdq.size() / 8)) {
        m_pdq.build();
        m_pending = 0;
    }
}

qsizetype DeclarationIndex::pdqCount() const
{
    QReadLocker lock(&m_lock);
    return m_pdq.size();
}

QList<DeclarationIndex::Match> DeclarationIndex::byPdq(const fingerprint::Hash256 &hash, int maxDistance) const
{
    QReadLocker lock(&m_lock);
    std::map<qint64, int> nearest;
    for (const auto &hit : m_pdq.query(hash, maxDistance))
        keepNearest(nearest, m_pdq.entryAt(hit.entry).assetId, hit.distance);
    return nearestFirst(nearest);
}

QList<DeclarationIndex::Match> DeclarationIndex::byUnit(const iscc::IsccUnit &unit, int maxDistance) const
{
    QReadLocker lock(&m_lock);
    if (unit.body.size() < 8)
        return {};
    const quint64 query = prefixOf(unit.body);
    std::map<qint64, int> nearest;
    for (const Unit &u : m_units) {
        if (u.mainType != unit.mainType || u.subType != unit.subType)
            continue;
        const int distance = std::popcount(u.prefix ^ query);
        if (distance <= maxDistance)
            keepNearest(nearest, u.seq, distance);
    }
    return nearestFirst(nearest);
}

} // namespace rakkan::hub
