#pragma once

#include "catalog/EventChain.h"

namespace rakkan::licensing {

using OfferEvent = catalog::ChainEvent;

// The hash-chained history of every offer: each status change, correction, approval and kept document appends an
// event whose hash covers the one before, so a later edit of the history is found by verifyChain().
class OfferHistory
{
public:
    explicit OfferHistory(catalog::Catalog &catalog)
        : m_chain(catalog, QStringLiteral("offer_events"), QStringLiteral("offer_id"))
    {}

    // Appends within the caller's transaction.
    Result<void> append(qint64 offerId, const QString &from, const QString &to, const QString &note)
    {
        return m_chain.append(offerId, from, to, note);
    }
    Result<QList<OfferEvent>> events(qint64 offerId = 0) { return m_chain.events(offerId); } // 0: every offer's
    Result<std::optional<qint64>> verifyChain() { return m_chain.verify(); }

    static QString eventHash(const OfferEvent &event) { return catalog::EventChain::eventHash(event); }

private:
    catalog::EventChain m_chain;
};

} // namespace rakkan::licensing
