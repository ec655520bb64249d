#include "licensing/OfferDocuments.h"

#include "crypto/Sha256.h"
#include "licensing/OfferHistory.h"
#include "licensing/OfferStore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace rakkan::licensing {

Result<void> OfferDocuments::checkPdf(const QByteArray &bytes)
{
    // Readers accept the header anywhere in the first KiB and the end marker in the last; so do we, no further.
    if (!bytes.left(1024).contains("%PDF-"))
        return makeError(ErrorCode::UnsupportedFormat, tr("This file is not a PDF: it does not start as one."));
    if (!bytes.right(1024).contains("%%EOF"))
        return makeError(ErrorCode::Truncated, tr("This PDF is cut short: its end is missing. Download it again."));
    return {};
}

Result<OfferDocument> OfferDocuments::attach(qint64 offerId, const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    if (file.size() <= 0)
        return makeError(ErrorCode::Corrupt, tr("%1 is empty.").arg(QFileInfo(filePath).fileName()));
    if (file.size() > kMaxBytes)
        return makeError(ErrorCode::TooLarge, tr("%1 is larger than %2 MiB; keep the contract itself, not its "
                                                 "attachments.")
                                                  .arg(QFileInfo(filePath).fileName())
                                                  .arg(kMaxBytes / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(filePath, file.errorString()));
    file.close();
    if (auto pdf = checkPdf(bytes); !pdf.ok())
        return makeError(pdf.error().code,
                         QStringLiteral("%1: %2").arg(QFileInfo(filePath).fileName(), pdf.error().message));
    OfferDocument doc;
    doc.offerId = offerId;
    doc.fileName = QFileInfo(filePath).fileName();
    doc.sha256 = QString::fromLatin1(crypto::sha256(bytes).toHex());
    doc.size = bytes.size();
    doc.addedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto current, OfferStore(m_catalog).offer(offerId));
    RAKKAN_TRY(auto same,
               db.prepare(QStringLiteral("SELECT file_name FROM offer_documents WHERE offer_id = ?1 AND sha256 = ?2")));
    QString existing;
    RAKKAN_TRY(
        same.bind(1, offerId).bind(2, doc.sha256).forEachRow([&](const sql::Statement &r) { existing = r.text(0); }));
    if (!existing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("This document is already kept with the offer, as %1.").arg(existing));
    RAKKAN_TRY(auto insert, db.prepare(QStringLiteral("INSERT INTO offer_documents (offer_id, file_name, sha256, size, "
                                                      "added_at, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    RAKKAN_TRY(insert.bind(1, offerId)
                   .bind(2, doc.fileName)
                   .bind(3, doc.sha256)
                   .bind(4, doc.size)
                   .bind(5, doc.addedAt)
                   .bind(6, bytes)
                   .exec());
    doc.id = db.lastInsertId();
    // The document's hash goes into the hash-chained history: what was on the table, and when.
    const QString key = OfferStatusMachine::key(current.status);
    RAKKAN_TRY(OfferHistory(m_catalog).append(offerId, key, key,
                                              tr("Document kept: %1 (SHA-256 %2)").arg(doc.fileName, doc.sha256)));
    RAKKAN_TRY(tx.commit());
    return doc;
}

Result<QList<OfferDocument>> OfferDocuments::list(qint64 offerId)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("SELECT id, offer_id, file_name, sha256, size, added_at "
                                                           "FROM offer_documents WHERE offer_id = ?1 ORDER BY id")));
    QList<OfferDocument> out;
    RAKKAN_TRY(stmt.bind(1, offerId).forEachRow([&](const sql::Statement &r) {
        out << OfferDocument{r.int64(0), r.int64(1), r.text(2), r.text(3), r.int64(4), r.text(5)};
    }));
    return out;
}

Result<QByteArray> OfferDocuments::content(qint64 documentId)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(
                              QStringLiteral("SELECT content, sha256 FROM offer_documents WHERE id = ?1")));
    std::optional<QByteArray> content;
    QString hash;
    RAKKAN_TRY(stmt.bind(1, documentId).forEachRow([&](const sql::Statement &r) {
        content = r.blob(0);
        hash = r.text(1);
    }));
    if (!content)
        return makeError(ErrorCode::NotFound, tr("There is no document %1.").arg(documentId));
    // What is shown is what was kept: a damaged catalogue page must not pass for the contract.
    if (QString::fromLatin1(crypto::sha256(*content).toHex()) != hash)
        return makeError(ErrorCode::Corrupt, tr("The kept document no longer matches its SHA-256; the catalogue is "
                                                "damaged. Restore it from a backup."));
    return *content;
}

} // namespace rakkan::licensing
