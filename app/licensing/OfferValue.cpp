#include "licensing/OfferValue.h"

#include <algorithm>

namespace rakkan::licensing {

namespace {

// Adds `part` to `sum`; false when the currencies differ (no single figure exists) or the sum overflows.
bool accumulate(std::optional<Money> &sum, const Money &part)
{
    if (!sum) {
        sum = part;
        return true;
    }
    auto added = sum->plus(part);
    if (!added.ok())
        return false;
    sum = *added;
    return true;
}

std::optional<Money> scaled(const std::optional<Money> &money, qint64 numerator, qint64 denominator)
{
    if (!money)
        return std::nullopt;
    auto out = money->scaled(numerator, denominator);
    return out.ok() ? std::optional<Money>(*out) : std::nullopt;
}

} // namespace

std::optional<OfferValue> OfferValue::of(const Offer &offer, qint64 portfolioWorks)
{
    std::optional<Money> flat, perWorkRate;
    for (const PaymentComponent &p : offer.payments) {
        if (!p.amount)
            continue;
        if (p.basis == QLatin1String("flat")) {
            if (!accumulate(flat, *p.amount))
                return std::nullopt;
        } else if (p.basis == QLatin1String("per_work")) {
            if (!accumulate(perWorkRate, *p.amount))
                return std::nullopt;
        }
    }
    if (!flat && !perWorkRate)
        return std::nullopt;
    if (flat && perWorkRate && flat->currency() != perWorkRate->currency())
        return std::nullopt;

    OfferValue v;
    v.m_works = offer.workIds.isEmpty() ? std::max<qint64>(0, portfolioWorks) : offer.workIds.size();
    if (offer.termStart.isValid() && offer.termEnd.isValid())
        v.m_termDays = std::max<qint64>(1, offer.termStart.daysTo(offer.termEnd));

    if (v.m_works > 0) {
        std::optional<Money> total = flat;
        if (perWorkRate) {
            const auto all = scaled(perWorkRate, v.m_works, 1);
            if (!all || !accumulate(total, *all))
                return std::nullopt;
        }
        v.m_total = total;
        v.m_perWork = scaled(total, 1, v.m_works);
    } else if (!flat) {
        // Only per-work payments: the rate is the figure, whatever the number of works.
        v.m_perWork = perWorkRate;
    } else if (!perWorkRate) {
        v.m_total = flat; // a flat fee over works that are not counted: only the total is known
    } else {
        return std::nullopt; // a flat fee plus a rate over an unknown number of works
    }
    if (v.m_termDays > 0) {
        v.m_perWorkPerYear = scaled(v.m_perWork, 365, v.m_termDays);
        v.m_totalPerYear = scaled(v.m_total, 365, v.m_termDays);
    }
    return v;
}

std::optional<Money> OfferValue::atMostPerWorkPerYear() const
{
    if (m_perWorkPerYear)
        return m_perWorkPerYear;
    if (m_perWork)
        return m_perWork; // over a term of a year or more
    if (m_totalPerYear)
        return m_totalPerYear; // shared by at least one work
    if (m_total && m_termDays == 0)
        return m_total;
    return std::nullopt;
}

qint64 OfferValue::sortKey() const
{
    if (m_perWorkPerYear)
        return m_perWorkPerYear->minorUnits();
    if (m_perWork)
        return m_perWork->minorUnits();
    return m_total ? m_total->minorUnits() : -1;
}

QString OfferValue::text(const Translate &translate, const QLocale &locale) const
{
    const auto T = [&translate](const char *source) { return translate("rakkan::licensing::OfferValue", source, -1); };
    if (m_perWorkPerYear)
        return T(QT_TR_NOOP("%1 per work per year")).arg(m_perWorkPerYear->format(locale));
    if (m_perWork)
        return T(QT_TR_NOOP("%1 per work; the term is not stated")).arg(m_perWork->format(locale));
    if (m_totalPerYear)
        return T(QT_TR_NOOP("%1 a year for the whole portfolio")).arg(m_totalPerYear->format(locale));
    if (m_total)
        return T(QT_TR_NOOP("%1 for the whole portfolio; the term is not stated")).arg(m_total->format(locale));
    return {};
}

} // namespace rakkan::licensing
