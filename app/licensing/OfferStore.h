#pragma once

#include "catalog/Catalog.h"
#include "licensing/Offer.h"

#include <QCoreApplication>

#include <functional>

namespace rakkan::licensing {

// Licensing offers in the catalogue: their terms, versions and status. Every write is one transaction, and every
// change appends an event to the offer's hash-chained history (OfferHistory); documents and money received are
// kept by OfferDocuments and PaymentsReceived.
class OfferStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferStore)

public:
    explicit OfferStore(catalog::Catalog &catalog) : m_catalog(catalog) {}

    // Records a new offer (status draft or received) with its payments, works and co-signers; returns its id.
    Result<qint64> add(const Offer &offer, const QString &note = {});
    // Corrects the record of an offer still being negotiated (a term typed wrong, a clause read again). The
    // history names every term that changed. Accepted and later offers are refused: their terms are what was
    // agreed, and a change to them is a counter-offer or a renewal.
    Result<void> update(const Offer &offer, const QString &note = {});
    static bool isEditable(OfferStatus status);
    // A counter-offer: a new version of `parentId` with `terms` (the parent moves to countered, the new version
    // starts as countered: the creator's proposal, waiting for an answer). Returns the new version's id.
    Result<qint64> counter(qint64 parentId, Offer terms, const QString &note = {});
    // Every version of the offer `id` belongs to, oldest first.
    Result<QList<Offer>> versions(qint64 id);
    Result<Offer> offer(qint64 id);
    // Every offer, every version, whole, in a fixed number of queries however many there are (the inbox).
    Result<QList<Offer>> list();
    // The offers as they stand: the latest version of each, without those a counter-offer replaced.
    Result<QList<Offer>> current();
    Result<void> transition(qint64 id, OfferStatus to, const QString &note = {});
    Result<void> approve(qint64 id, const QString &cosigner);

private:
    // The SHA-256 of a work's first file now, recorded with the offer when the work is first named in it.
    std::function<Result<QString>(qint64 workId)> fileHash();

    catalog::Catalog &m_catalog;
};

} // namespace rakkan::licensing
