#pragma once

#include "core/Localization.h"
#include "licensing/Money.h"
#include "licensing/Offer.h"

#include <QCoreApplication>

#include <optional>

namespace rakkan::licensing {

// What an offer's fixed money (flat fees and per-work payments in one currency) comes to, without inventing what
// the offer does not say: an offer with no term is not read as one year, and an offer over the whole portfolio is
// divided by the works the catalogue holds only when that count is known. Revenue shares and per-use payments
// cannot be normalised without usage figures and are left out.
class OfferValue
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferValue)

public:
    // `portfolioWorks`: the works in the catalogue, for an offer that names none (the whole portfolio); 0: unknown.
    // Nothing when the offer has no fixed money, or has it in several currencies.
    static std::optional<OfferValue> of(const Offer &offer, qint64 portfolioWorks = 0);

    // The money per work per year: only when both the works and the term are known.
    std::optional<Money> perWorkPerYear() const { return m_perWorkPerYear; }
    // The money per work over the whole term: when the works are known.
    std::optional<Money> perWork() const { return m_perWork; }
    // The money for everything the offer covers, over the whole term: when it can be added up.
    std::optional<Money> total() const { return m_total; }
    // The most it can pay per work per year when the works or the term are not known, counting an unstated term as at
    // least a year and a portfolio as at least one work: enough to tell that an offer is below a minimum.
    std::optional<Money> atMostPerWorkPerYear() const;
    bool termStated() const { return m_termDays > 0; }
    qint64 works() const { return m_works; } // 0: the whole portfolio, of unknown size

    // The most comparable figure, for sorting: per work per year, else per work, else the total (minor units).
    qint64 sortKey() const;
    // "¥12,500 per work per year", "¥12,500 per work; the term is not stated", "¥500,000 a year for the whole
    // portfolio", ...: what the figure is, in words.
    QString text(const Translate &t = currentLanguage(), const QLocale &locale = QLocale()) const;

private:
    OfferValue() = default;

    std::optional<Money> m_perWorkPerYear;
    std::optional<Money> m_perWork;
    std::optional<Money> m_total;
    std::optional<Money> m_totalPerYear;
    qint64 m_termDays = 0;
    qint64 m_works = 0;
};

} // namespace rakkan::licensing
