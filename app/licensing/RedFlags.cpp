#include "licensing/RedFlags.h"

#include "licensing/OfferValue.h"

#include <QSet>

#include <algorithm>

namespace rakkan::licensing {

QList<RedFlag> RedFlags::of(const Offer &o, const Context &c, const Translate &translate, const QLocale &locale)
{
    const auto T = [&translate](const char *source, int n = -1) {
        return translate("rakkan::licensing::RedFlags", source, n);
    };
    QList<RedFlag> flags;
    if (o.postTermModels == PostTermModels::ModelsSurvive)
        flags << RedFlag{
            QStringLiteral("models_survive"),
            T(QT_TR_NOOP("Models trained on your works keep being used after the licence ends: the licence "
                         "cannot really be ended.")),
            T(QT_TR_NOOP("What happens to trained models after the term"))};
    else if (o.postTermModels == PostTermModels::Unspecified)
        flags << RedFlag{
            QStringLiteral("models_survive"),
            T(QT_TR_NOOP("The offer does not say what happens to trained models after the term; unless it says "
                         "so, they usually stay in use.")),
            T(QT_TR_NOOP("What happens to trained models after the term"))};
    if (o.blanketFuture)
        flags << RedFlag{QStringLiteral("blanket_future"),
                         T(QT_TR_NOOP("It grants permission for future deals you have not seen yet.")),
                         T(QT_TR_NOOP("Blanket permission for future deals"))};
    if (!o.licenseeDisclosed)
        flags << RedFlag{QStringLiteral("buyer_undisclosed"),
                         T(QT_TR_NOOP("You do not know who will finally use your works: the real buyer is not named.")),
                         T(QT_TR_NOOP("Ultimate licensee"))};
    if (o.responseDeadline.isValid()) {
        const QDate from = o.receivedOn.isValid() ? o.receivedOn : c.today;
        if (from.daysTo(o.responseDeadline) < 14)
            flags << RedFlag{
                QStringLiteral("short_deadline"),
                T(QT_TR_N_NOOP("You are given %n day(s) to answer: pressure to sign before you can get advice."),
                  int(std::max<qint64>(0, from.daysTo(o.responseDeadline)))),
                T(QT_TR_NOOP("Response deadline"))};
    }
    if (o.intermediaryShareBasisPoints > 3000)
        flags << RedFlag{QStringLiteral("intermediary_share"),
                         T(QT_TR_NOOP("The intermediary keeps %1 % of the money."))
                             .arg(locale.toString(o.intermediaryShareBasisPoints / 100.0, 'f', 1)),
                         T(QT_TR_NOOP("Intermediary share"))};
    if (!o.prohibits.contains(QLatin1String("style-imitation")))
        flags << RedFlag{QStringLiteral("style_not_excluded"),
                         T(QT_TR_NOOP("Imitating your style is not excluded: models may be prompted to draw \"in your "
                                      "style\".")),
                         T(QT_TR_NOOP("Prohibited uses"))};
    if (!o.auditRights)
        flags << RedFlag{
            QStringLiteral("no_audit"),
            T(QT_TR_NOOP("You have no right to check how your works are used or what the payments are based on.")),
            T(QT_TR_NOOP("Audit and reporting"))};
    if (!o.provenanceWarranty)
        flags << RedFlag{
            QStringLiteral("no_provenance_warranty"),
            T(QT_TR_NOOP("The buyer does not warrant that the rest of its training data was obtained lawfully.")),
            T(QT_TR_NOOP("Provenance warranty"))};
    const QSet<qint64> mine(o.workIds.cbegin(), o.workIds.cend());
    for (const Offer &other : c.otherOffers) {
        if (other.id == o.id || !other.exclusive || other.status != OfferStatus::Active)
            continue;
        for (qint64 w : other.workIds)
            if (mine.contains(w)) {
                flags << RedFlag{QStringLiteral("exclusive_conflict"),
                                 T(QT_TR_NOOP("Some of these works are under an active exclusive licence (\"%1\")."))
                                     .arg(other.title),
                                 T(QT_TR_NOOP("Works covered"))};
                break;
            }
    }
    if (c.reservationRefusesLicensing &&
        (o.permits.contains(QLatin1String("ai-train")) || o.permits.contains(QLatin1String("ai-train-generative"))))
        flags << RedFlag{
            QStringLiteral("reservation_conflict"),
            T(QT_TR_NOOP("Your published reservation says AI training is not licensed; accepting this offer "
                         "contradicts it.")),
            T(QT_TR_NOOP("Permitted uses"))};
    if (c.minimumPerWorkPerYear) {
        const auto worth = OfferValue::of(o, c.portfolioWorks);
        const auto below = [&c](const std::optional<Money> &value) {
            return value && value->currency() == c.minimumPerWorkPerYear->currency() &&
                   value->minorUnits() < c.minimumPerWorkPerYear->minorUnits();
        };
        if (worth && below(worth->perWorkPerYear()))
            flags << RedFlag{QStringLiteral("low_value"),
                             T(QT_TR_NOOP("It pays %1 per work per year, below your minimum of %2."))
                                 .arg(worth->perWorkPerYear()->format(locale), c.minimumPerWorkPerYear->format(locale)),
                             T(QT_TR_NOOP("Payment"))};
        else if (worth && below(worth->atMostPerWorkPerYear()))
            flags << RedFlag{
                QStringLiteral("low_value"),
                T(QT_TR_NOOP("Even at best it pays %1 per work per year, below your minimum of %2 (the "
                             "offer does not state its term or the works it covers; a term is counted "
                             "as at least a year)."))
                    .arg(worth->atMostPerWorkPerYear()->format(locale), c.minimumPerWorkPerYear->format(locale)),
                T(QT_TR_NOOP("Payment"))};
    }
    return flags;
}

} // namespace rakkan::licensing
