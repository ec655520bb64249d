#include "licensing/Ledger.h"

#include "core/Csv.h"

#include <algorithm>
#include <map>

namespace rakkan::licensing {

Ledger::Ledger(QList<PaymentReceived> payments, const QList<Offer> &offers) : m_payments(std::move(payments))
{
    for (const Offer &o : offers) {
        m_licensee.insert(o.id, o.counterparty);
        m_title.insert(o.id, o.title);
    }
}

Result<QList<LedgerTotal>> Ledger::totals(const std::function<QString(const PaymentReceived &)> &groupOf) const
{
    std::map<std::pair<QString, QString>, LedgerTotal> sums; // (group, currency)
    for (const PaymentReceived &p : m_payments) {
        if (!p.amount.isValid())
            continue;
        const QString group = groupOf(p);
        auto [it, fresh] = sums.try_emplace({group, p.amount.currency()}, LedgerTotal{group, p.amount, 1});
        if (fresh)
            continue;
        RAKKAN_TRY(auto sum, it->second.amount.plus(p.amount));
        it->second.amount = sum;
        ++it->second.payments;
    }
    QList<LedgerTotal> out;
    for (const auto &[key, total] : sums)
        out << total;
    return out;
}

Result<QList<LedgerTotal>> Ledger::byYear() const
{
    return totals([](const PaymentReceived &p) { return QString::number(p.receivedOn.year()); });
}

Result<QList<LedgerTotal>> Ledger::byLicensee() const
{
    auto out = totals([this](const PaymentReceived &p) { return licenseeOf(p); });
    if (!out.ok())
        return out;
    std::stable_sort(out->begin(), out->end(), [](const LedgerTotal &a, const LedgerTotal &b) {
        if (a.amount.currency() != b.amount.currency())
            return a.amount.currency() < b.amount.currency();
        return a.amount.minorUnits() > b.amount.minorUnits();
    });
    return out;
}

Result<QList<LedgerTotal>> Ledger::overall() const
{
    return totals([](const PaymentReceived &) { return QString(); });
}

QByteArray Ledger::toCsv() const
{
    QString out = csvRow({tr("date"), tr("offer"), tr("licensee"), tr("amount"), tr("currency"), tr("note")}) +
                  QStringLiteral("\r\n");
    for (const PaymentReceived &p : m_payments)
        out += csvRow({p.receivedOn.toString(Qt::ISODate), offerTitleOf(p), licenseeOf(p), p.amount.toPlainString(),
                       p.amount.currency(), p.note}) +
               QStringLiteral("\r\n");
    return out.toUtf8();
}

} // namespace rakkan::licensing
