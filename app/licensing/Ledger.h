#pragma once

#include "licensing/OfferStore.h"
#include "licensing/PaymentsReceived.h"

#include <QCoreApplication>

namespace rakkan::licensing {

// A total of money received, for one group (a year, a licensee) in one currency: amounts in different currencies
// are never added together.
struct LedgerTotal
{
    QString group;
    Money amount;
    int payments = 0;
};

// Totals of the payments received, per year and per licensee, exact to the minor unit.
class Ledger
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::Ledger)

public:
    Ledger(QList<PaymentReceived> payments, const QList<Offer> &offers);

    const QList<PaymentReceived> &payments() const { return m_payments; }
    // Who paid: the offer's counterparty.
    QString licenseeOf(const PaymentReceived &payment) const { return m_licensee.value(payment.offerId); }
    QString offerTitleOf(const PaymentReceived &payment) const { return m_title.value(payment.offerId); }

    // Oldest year first; per year, currencies in alphabetical order.
    Result<QList<LedgerTotal>> byYear() const;
    // Largest first (within a currency), then by name.
    Result<QList<LedgerTotal>> byLicensee() const;
    Result<QList<LedgerTotal>> overall() const;
    // The payments as CSV (CRLF lines, a header row), every cell defused against spreadsheet formulas: titles and
    // notes come from e-mails and counterparties.
    QByteArray toCsv() const;

private:
    Result<QList<LedgerTotal>> totals(const std::function<QString(const PaymentReceived &)> &groupOf) const;

    QList<PaymentReceived> m_payments;
    QHash<qint64, QString> m_licensee;
    QHash<qint64, QString> m_title;
};

} // namespace rakkan::licensing
