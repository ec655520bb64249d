#pragma once

#include "licensing/OfferTerms.h"
#include "licensing/RedFlags.h"

namespace rakkan::licensing {

// One term across the offers compared: a value per offer, and whether they differ.
struct ComparedTerm
{
    QString key;
    QString section;
    QString label;
    QStringList values; // one per offer, in the order given
    bool differs = false;
};

// Two to four offers side by side, term by term in contract order, with their status, their normalised value per
// work per year and their red flags; the terms on which they differ are marked.
class OfferComparison
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferComparison)

public:
    static constexpr int kMaxOffers = 4;
    static Result<QList<ComparedTerm>> compare(const QList<Offer> &offers, const RedFlags::Context &context);
};

} // namespace rakkan::licensing
