#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <optional>

namespace rakkan::licensing {

struct OfferEvent
{
    qint64 seq = 0;
    qint64 offerId = 0;
    QString at;
    QString from; // empty for the first event
    QString to;
    QString note;
    QString prevHash;
    QString hash;
};

// The hash-chained history of every offer: each status change, correction, approval and kept document appends an
// event whose hash covers the one before, so a later edit of the history is found by verifyChain().
class OfferHistory
{
public:
    explicit OfferHistory(catalog::Catalog &catalog) : m_catalog(catalog) {}

    // Appends within the caller's transaction.
    Result<void> append(qint64 offerId, const QString &from, const QString &to, const QString &note);
    Result<QList<OfferEvent>> events(qint64 offerId = 0); // 0: every offer's, in order
    // The first event whose hash does not follow from its content and its predecessor's, or none.
    Result<std::optional<qint64>> verifyChain();

    static QString eventHash(const OfferEvent &event);

private:
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::licensing
