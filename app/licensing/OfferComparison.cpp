#include "licensing/OfferComparison.h"

namespace rakkan::licensing {

Result<QList<ComparedTerm>> OfferComparison::compare(const QList<Offer> &offers, const RedFlags::Context &context)
{
    if (offers.size() < 2 || offers.size() > kMaxOffers)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Compare two to %1 offers at a time (%2 chosen).").arg(kMaxOffers).arg(offers.size()));
    QList<ComparedTerm> out;
    ComparedTerm status{QStringLiteral("status"), tr("Offer"), tr("Status"), {}, false};
    ComparedTerm version{QStringLiteral("version"), tr("Offer"), tr("Version"), {}, false};
    QList<QList<TermRow>> rows;
    ComparedTerm flags{QStringLiteral("red_flags"), tr("Offer"), tr("Red flags"), {}, false};
    for (const Offer &o : offers) {
        status.values << OfferStatusMachine::label(o.status);
        version.values << QString::number(o.version);
        rows << OfferTerms::rows(o, currentLanguage(), QLocale(), context.portfolioWorks);
        QStringList raised;
        for (const RedFlag &f : RedFlags::of(o, context))
            raised << f.term;
        flags.values << (raised.isEmpty() ? tr("None") : raised.join(QLatin1Char('\n')));
    }
    out << status << version << flags;
    for (qsizetype r = 0; r < rows.first().size(); ++r) {
        const TermRow &first = rows.first()[r];
        ComparedTerm term{first.key, first.section, first.label, {}, false};
        for (const auto &offerRows : rows)
            term.values << offerRows[r].value;
        out << term;
    }
    for (ComparedTerm &term : out)
        term.differs = std::any_of(term.values.cbegin(), term.values.cend(),
                                   [&term](const QString &v) { return v != term.values.first(); });
    return out;
}

} // namespace rakkan::licensing
