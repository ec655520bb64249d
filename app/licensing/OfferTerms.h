#pragma once

#include "core/Localization.h"
#include "licensing/Offer.h"

#include <QCoreApplication>
#include <QLocale>

namespace rakkan::licensing {

// One term of an offer as a person reads it: in the section of the contract it belongs to, with its value in words.
struct TermRow
{
    QString key;     // stable: counterparty, permits, post_term_models, payments, ...
    QString section; // translated: Parties, Works, Uses, Term, Rights granted, Money, Protections
    QString label;   // translated
    QString value;   // translated; "Not stated" when the offer is silent
};

// Words for an offer's terms: the labels of the closed vocabularies and the whole offer as rows in contract order.
// Shared by the offer window, the comparison, the edit history and the one-page summary, so that they all say the
// same thing the same way. Every function takes the language to speak (the user's by default).
class OfferTerms
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferTerms)

public:
    static QString scopeLabel(const QString &token, const Translate &t = currentLanguage());
    static QString basisLabel(const QString &basis, const Translate &t = currentLanguage());
    static QString channelLabel(const QString &channel, const Translate &t = currentLanguage());
    static QString modelScopeLabel(const QString &scope, const Translate &t = currentLanguage());
    static QString userClassLabel(const QString &token, const Translate &t = currentLanguage());
    static QString postTermLabel(PostTermModels value, const Translate &t = currentLanguage());
    static QString takedownMechanismLabel(const QString &mechanism, const Translate &t = currentLanguage());
    static QString takedownCostLabel(const QString &cost, const Translate &t = currentLanguage());

    // "30", "12.5" or "12.5%" as basis points; nullopt unless 0 to 100 with at most two decimals.
    static std::optional<int> parsePercent(const QString &text);
    // 30 %, 12.5 %: as many decimals as the share has, no more.
    static QString percentText(int basisPoints, const QLocale &locale = QLocale());

    // "Flat fee ¥500,000 (cap …; publisher 20 %)".
    static QString describePayment(const PaymentComponent &payment, const Translate &t = currentLanguage(),
                                   const QLocale &locale = QLocale());
    // `portfolioWorks`: the works in the catalogue, to divide an offer over the whole portfolio; 0: unknown.
    static QList<TermRow> rows(const Offer &offer, const Translate &t = currentLanguage(),
                               const QLocale &locale = QLocale(), qint64 portfolioWorks = 0);
    // The labels of the terms that differ between two versions of an offer (for the history of an edit).
    static QStringList changed(const Offer &before, const Offer &after);
    // Refuses values outside the vocabularies, shares over 100 % and caps in another currency, with the reason.
    static Result<void> validate(const Offer &offer);
};

} // namespace rakkan::licensing
