#pragma once

#include "licensing/Offer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace rakkan::licensing {

// An offer's terms in the machine-readable licence languages (licensing.md 3.7): RSL 1.0 and ODRL 2.2, and an RSL
// licence read back as a new draft. Terms a language has no word for (style imitation in RSL) are said where the
// language allows and otherwise left to the human-readable terms.
class OfferExchange
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferExchange)

public:
    // `contentUrl`: what the licence covers (the creator's site or a path pattern, as RSL's <content url>).
    static QByteArray toRsl(const Offer &offer, const QString &contentUrl);
    // An ODRL Offer, or an Agreement once the offer is accepted or active.
    static QJsonObject toOdrl(const Offer &offer, const QString &assigner);
    // A draft offer from an RSL 1.0 licence: permitted and prohibited uses, territory, payments. Refuses what is
    // not RSL 1.0 (not XML, another namespace, unknown tokens, over 1 MiB, amounts that are not amounts).
    static Result<Offer> fromRsl(const QByteArray &xml);
};

} // namespace rakkan::licensing
