#pragma once

#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace rakkan::reservations {

// W3C TDMRep: /.well-known/tdmrep.json (an array of rules; the first that matches decides, so narrow rules come
// first), the tdm-reservation / tdm-policy headers and meta tags, and the TDM Policy (an ODRL 2.2 Offer) a
// licensable reservation points to.
class TdmRep
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::TdmRep)

public:
    static constexpr const char *kPolicyPath = "/tdm-policy.json";

    struct Rule
    {
        QString location; // robots.txt-style pattern, case-sensitive
        int reservation = 1;
        QString policyUrl;
    };

    // The rules for the policy, with `narrower` (a work published under its own terms) placed before the
    // site-wide rule, longest location first.
    static QByteArray wellKnown(const ReservationPolicy &policy, QList<Rule> narrower = {});
    static QString policyUrl(const ReservationPolicy &policy); // empty when the policy offers no licences
    static QJsonObject odrlOffer(const ReservationPolicy &policy);

    // Reading: the rule for `path`; reservation 1 or 0, anything else unset.
    static Finding judge(const QByteArray &json, const QString &path, const QString &source);
    // A tdm-reservation header or meta value.
    static Verdict judgeValue(const QString &value);
};

} // namespace rakkan::reservations
