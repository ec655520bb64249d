#pragma once

#include "catalog/Catalog.h"
#include "licensing/Offer.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>

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

struct PaymentReceived
{
    qint64 id = 0;
    qint64 offerId = 0;
    Money amount;
    QDate receivedOn;
    QString note;
};

// Licensing offers in the catalogue. Every write is one transaction; every status change appends an event whose
// hash covers the one before, so a later edit of the history is found by verifyChain().
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
    Result<QList<Offer>> list();
    Result<void> transition(qint64 id, OfferStatus to, const QString &note = {});
    Result<void> approve(qint64 id, const QString &cosigner);

    Result<QList<OfferEvent>> events(qint64 offerId = 0); // 0: every offer's, in order
    // The first event whose hash does not follow from its content and its predecessor's, or none.
    Result<std::optional<qint64>> verifyChain();

    Result<qint64> addPayment(qint64 offerId, const Money &amount, const QDate &receivedOn, const QString &note);
    Result<QList<PaymentReceived>> payments(qint64 offerId = 0);

    static QString eventHash(const OfferEvent &event);

    // Keeps a document with the offer (the contract as sent, the signed copy): PDF only, whole, in the catalogue,
    // with its SHA-256, so it cannot be lost with a download folder. The original file is only read.
    Result<OfferDocument> attachDocument(qint64 offerId, const QString &filePath);
    Result<QList<OfferDocument>> documents(qint64 offerId);
    Result<QByteArray> documentContent(qint64 documentId);
    // Whether the bytes are a whole PDF: its header and its end-of-file marker; the reason when not.
    static Result<void> checkPdf(const QByteArray &bytes);
    static constexpr qint64 kMaxDocumentBytes = 64LL * 1024 * 1024;

private:
    Result<void> bindTerms(sql::Statement &stmt, const Offer &offer);
    Result<void> writeParts(qint64 id, const Offer &offer);
    Result<void> appendEvent(qint64 offerId, const QString &from, const QString &to, const QString &note);
    Result<qint64> counterpartyId(const QString &name);

    catalog::Catalog &m_catalog;
};

} // namespace rakkan::licensing
