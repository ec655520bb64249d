#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "licensing/Money.h"

#include <QCoreApplication>
#include <QDate>

namespace rakkan::licensing {

struct PaymentReceived
{
    qint64 id = 0;
    qint64 offerId = 0;
    Money amount;
    QDate receivedOn;
    QString note;
};

// Money received under licences, one row a payment, for the ledger.
class PaymentsReceived
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferStore)

public:
    explicit PaymentsReceived(catalog::Catalog &catalog) : m_catalog(catalog) {}

    Result<qint64> add(qint64 offerId, const Money &amount, const QDate &receivedOn, const QString &note);
    Result<QList<PaymentReceived>> list(qint64 offerId = 0); // 0: every offer's

private:
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::licensing
