#include "reservations/TdmRep.h"

#include "reservations/RobotsTxt.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace rakkan::reservations {

QString TdmRep::policyUrl(const ReservationPolicy &policy)
{
    return policy.offersLicences && policy.reservesAnything() ? policy.absoluteUrl(QLatin1String(kPolicyPath))
                                                              : QString();
}

QByteArray TdmRep::wellKnown(const ReservationPolicy &policy, QList<Rule> narrower)
{
    std::stable_sort(narrower.begin(), narrower.end(),
                     [](const Rule &a, const Rule &b) { return a.location.size() > b.location.size(); });
    narrower << Rule{QStringLiteral("/"), policy.reservesAnything() ? 1 : 0, policyUrl(policy)};
    QJsonArray rules;
    for (const Rule &r : std::as_const(narrower)) {
        QJsonObject rule{{QStringLiteral("location"), r.location}, {QStringLiteral("tdm-reservation"), r.reservation}};
        if (r.reservation == 1 && !r.policyUrl.isEmpty())
            rule.insert(QStringLiteral("tdm-policy"), r.policyUrl);
        rules.append(rule);
    }
    return QJsonDocument(rules).toJson(QJsonDocument::Indented);
}

QJsonObject TdmRep::odrlOffer(const ReservationPolicy &policy)
{
    QJsonObject assigner{
        {QStringLiteral("uid"), policy.siteUrl},
        {QStringLiteral("vcard:fn"), policy.rightsHolder.isEmpty() ? policy.creator : policy.rightsHolder}};
    if (!policy.contactEmail.isEmpty())
        assigner.insert(QStringLiteral("vcard:hasEmail"), QString(QStringLiteral("mailto:") + policy.contactEmail));
    if (!policy.termsUrl.isEmpty())
        assigner.insert(QStringLiteral("vcard:hasURL"), policy.termsUrl);
    // Mining is permitted only against compensation, i.e. under a licence; the spec discourages prohibitions.
    const QJsonObject permission{
        {QStringLiteral("action"), QStringLiteral("tdm:mine")},
        {QStringLiteral("duty"), QJsonArray{QJsonObject{{QStringLiteral("action"), QStringLiteral("compensate")}}}}};
    return QJsonObject{{QStringLiteral("@context"), QJsonArray{QStringLiteral("http://www.w3.org/ns/odrl.jsonld"),
                                                               QStringLiteral("http://www.w3.org/ns/tdmrep.jsonld")}},
                       {QStringLiteral("@type"), QStringLiteral("Offer")},
                       {QStringLiteral("profile"), QStringLiteral("http://www.w3.org/ns/tdmrep")},
                       {QStringLiteral("uid"), policy.absoluteUrl(QLatin1String(kPolicyPath))},
                       {QStringLiteral("assigner"), assigner},
                       {QStringLiteral("permission"), QJsonArray{permission}}};
}

Verdict TdmRep::judgeValue(const QString &value)
{
    if (value.trimmed() == QLatin1String("1"))
        return Verdict::Reserved;
    if (value.trimmed() == QLatin1String("0"))
        return Verdict::Allowed;
    return Verdict::Unknown; // any other value is a protocol error, read as unset
}

Finding TdmRep::judge(const QByteArray &json, const QString &path, const QString &source)
{
    Finding f{QStringLiteral("TDMRep (tdmrep.json)"), Verdict::Unknown, {}, source, {}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray()) {
        f.detail = tr("tdmrep.json is not a JSON array of rules; it says nothing valid.");
        f.notes << (error.error != QJsonParseError::NoError ? error.errorString() : tr("Expected an array."));
        return f;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject rule = v.toObject();
        const QString location = rule.value(QStringLiteral("location")).toString();
        if (location.isEmpty() || !RobotsTxt::matches(location, path))
            continue;
        const QJsonValue reservation = rule.value(QStringLiteral("tdm-reservation"));
        if (reservation.isDouble() && reservation.toDouble() == 1.0) {
            f.verdict = Verdict::Reserved;
            f.detail = tr("The rule for \"%1\" reserves text and data mining.").arg(location);
            if (rule.contains(QStringLiteral("tdm-policy")))
                f.detail +=
                    QLatin1Char(' ') + tr("Licences: %1").arg(rule.value(QStringLiteral("tdm-policy")).toString());
        } else if (reservation.isDouble() && reservation.toDouble() == 0.0) {
            f.verdict = Verdict::Allowed;
            f.detail = tr("The rule for \"%1\" does not reserve text and data mining.").arg(location);
        } else {
            f.detail = tr("The rule for \"%1\" has an invalid tdm-reservation; it counts as unset.").arg(location);
            f.notes << tr("tdm-reservation must be the number 1 or 0.");
        }
        return f; // the first match decides
    }
    f.detail = tr("No rule of tdmrep.json covers \"%1\".").arg(path);
    return f;
}

} // namespace rakkan::reservations
