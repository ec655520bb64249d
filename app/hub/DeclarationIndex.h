#pragma once

#include "fingerprint/Hash256.h"
#include "fingerprint/MatchIndex.h"
#include "hub/HubStore.h"
#include "iscc/IsccHeader.h"

#include <QReadWriteLock>

#include <vector>

namespace rakkan::hub {

// The hub's similarity index over every declaration, so that "is this picture declared?" does not read the whole
// log: PDQ hashes (the "pdq" extension) in a multi-index hash table, ISCC units by their 64-bit prefix. Filled from
// the log at start and then from where it stopped, whichever process stored the declarations. Thread-safe: lookups
// share, additions exclude.
class DeclarationIndex
{
public:
    struct Match
    {
        qint64 seq = 0;
        int distance = 0;
    };

    void add(const IndexTerms &terms);
    qsizetype pdqCount() const;

    // Declarations with a PDQ hash within `maxDistance` bits of `hash`, nearest first, each once.
    QList<Match> byPdq(const fingerprint::Hash256 &hash, int maxDistance) const;
    // Declarations with a unit of the same kind whose first 64 bits are within `maxDistance` of `unit`'s.
    QList<Match> byUnit(const iscc::IsccUnit &unit, int maxDistance) const;

private:
    struct Unit
    {
        iscc::MainType mainType;
        int subType;
        quint64 prefix;
        qint64 seq;
    };
    static quint64 prefixOf(const QByteArray &body);

    mutable QReadWriteLock m_lock;
    fingerprint::MatchIndex m_pdq;
    qsizetype m_pending = 0;
    std::vector<Unit> m_units;
};

} // namespace rakkan::hub
