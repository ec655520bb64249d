#pragma once

#include "core/Result.h"
#include "licensing/Offer.h"
#include "sqlite/Sqlite.h"

#include <functional>

namespace rakkan::licensing {

// How an offer lies in the catalogue's tables: one list of its term columns that both writes (insert, update) and
// reads them, and the reading of offers with their payments, works and co-signers in a fixed number of queries
// however many offers there are. Internal to the licensing stores.
class OfferRows
{
public:
    explicit OfferRows(sql::Database &db) : m_db(db) {}

    // "title, counterparty_id, ...": the columns bind() fills, in its order.
    static QStringList writeColumns();
    // Binds the terms of `offer` from index `first` on, in the order of writeColumns().
    Result<void> bind(sql::Statement &stmt, int first, const Offer &offer);
    // Replaces the offer's payments, works (keeping the file hash recorded first) and co-signers (keeping
    // approvals given).
    Result<void> writeParts(qint64 offerId, const Offer &offer,
                            const std::function<Result<QString>(qint64 workId)> &fileHashOfWork);

    // Offers matching `where` (a condition on the table offers, alias o; "1" for all), ordered by id, whole.
    Result<QList<Offer>> read(const QString &where, const QList<qint64> &binds = {});

private:
    Result<qint64> counterpartyId(const QString &name);

    sql::Database &m_db;
};

} // namespace rakkan::licensing
