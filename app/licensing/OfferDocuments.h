#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "licensing/Offer.h"

#include <QCoreApplication>

namespace rakkan::licensing {

// Documents kept with an offer (the contract as sent, the signed copy): PDF only, whole, in the catalogue, with
// their SHA-256, so they cannot be lost with a download folder. The original file is only read; keeping one is an
// event of the offer's history.
class OfferDocuments
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferStore)

public:
    explicit OfferDocuments(catalog::Catalog &catalog) : m_catalog(catalog) {}

    Result<OfferDocument> attach(qint64 offerId, const QString &filePath);
    Result<QList<OfferDocument>> list(qint64 offerId);
    // The document's bytes, checked against the SHA-256 kept with them.
    Result<QByteArray> content(qint64 documentId);

    // Whether the bytes are a whole PDF: its header and its end-of-file marker; the reason when not.
    static Result<void> checkPdf(const QByteArray &bytes);
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

private:
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::licensing
