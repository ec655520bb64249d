#pragma once

#include "core/Localization.h"
#include "licensing/Offer.h"

#include <QCoreApplication>

namespace rakkan::licensing {

// A warning about an offer, in plain language, naming the term that raised it.
struct RedFlag
{
    QString key;     // stable: models_survive, blanket_future, buyer_undisclosed, short_deadline, ...
    QString message; // what it means for the creator, translated
    QString term;    // which term of the offer triggered it, translated
};

// The red flags of licensing.md (sections 2 and 4): what an offer really gives away.
class RedFlags
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::RedFlags)

public:
    struct Context
    {
        QDate today = QDate::currentDate();
        QList<Offer> otherOffers;                   // to find conflicts with exclusive, active licences
        bool reservationRefusesLicensing = false;   // the creator's reservation says AI training is not licensed
        std::optional<Money> minimumPerWorkPerYear; // the user's threshold
        qint64 portfolioWorks = 0; // the works in the catalogue, for offers over the whole portfolio; 0: unknown
    };

    // In the user's language by default; a summary for two languages asks for each.
    static QList<RedFlag> of(const Offer &offer, const Context &context, const Translate &translate = currentLanguage(),
                             const QLocale &locale = QLocale());
};

} // namespace rakkan::licensing
