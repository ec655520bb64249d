#include "licensing/PaymentsReceived.h"

#include "licensing/OfferStore.h"

namespace rakkan::licensing {

Result<qint64> PaymentsReceived::add(qint64 offerId, const Money &amount, const QDate &receivedOn, const QString &note)
{
    if (!amount.isValid() || !receivedOn.isValid())
        return makeError(ErrorCode::InvalidArgument, tr("A payment needs an amount and the date it arrived."));
    RAKKAN_TRY(OfferStore(m_catalog).offer(offerId));
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("INSERT INTO payments_received (offer_id, amount, currency, "
                                                           "received_on, note) VALUES (?1, ?2, ?3, ?4, ?5)")));
    RAKKAN_TRY(stmt.bind(1, offerId)
                   .bind(2, amount.minorUnits())
                   .bind(3, amount.currency())
                   .bind(4, receivedOn.toString(Qt::ISODate))
                   .bind(5, note)
                   .exec());
    return m_catalog.database().lastInsertId();
}

Result<QList<PaymentReceived>> PaymentsReceived::list(qint64 offerId)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(
                   QStringLiteral(
                       "SELECT id, offer_id, amount, currency, received_on, note FROM payments_received %1 ORDER BY "
                       "received_on, id")
                       .arg(offerId ? QStringLiteral("WHERE offer_id = ?1") : QString())));
    if (offerId)
        stmt.bind(1, offerId);
    QList<PaymentReceived> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        auto m = Money::fromMinorUnits(r.int64(2), r.text(3));
        out << PaymentReceived{r.int64(0), r.int64(1), m.ok() ? *m : Money(), QDate::fromString(r.text(4), Qt::ISODate),
                               r.text(5)};
    }));
    return out;
}

} // namespace rakkan::licensing
