#include "licensing/OfferExchange.h"

#include "reservations/Rsl.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace rakkan::licensing {

namespace {

const QLatin1String kNs(reservations::Rsl::kNamespace);

// Rakkan's scope tokens as RSL usage tokens; the finer ones fold into the RSL token that contains them.
QString rslUsage(const QString &token)
{
    if (token == QLatin1String("ai-train") || token == QLatin1String("ai-train-generative") ||
        token == QLatin1String("fine-tune"))
        return QStringLiteral("ai-train");
    if (token == QLatin1String("ai-input") || token == QLatin1String("inference-reference"))
        return QStringLiteral("ai-input");
    if (token == QLatin1String("ai-index") || token == QLatin1String("search"))
        return token;
    return {};
}

QString rslPayment(const QString &basis)
{
    if (basis == QLatin1String("per_use") || basis == QLatin1String("per_token") ||
        basis == QLatin1String("revenue_share"))
        return QStringLiteral("use");
    if (basis == QLatin1String("subscription"))
        return QStringLiteral("subscription");
    if (basis == QLatin1String("attribution_only"))
        return QStringLiteral("attribution");
    return QStringLiteral("training");
}

QString odrlAction(const QString &token)
{
    if (token == QLatin1String("ai-train") || token == QLatin1String("ai-train-generative") ||
        token == QLatin1String("fine-tune"))
        return QStringLiteral("tdm:mine");
    if (token == QLatin1String("ai-index") || token == QLatin1String("search"))
        return QStringLiteral("index");
    if (token == QLatin1String("style-imitation") || token == QLatin1String("character-reproduction") ||
        token == QLatin1String("derivative"))
        return QStringLiteral("derive");
    return QStringLiteral("use");
}

QStringList unique(const QStringList &list)
{
    QStringList out;
    for (const QString &s : list)
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

} // namespace

QByteArray OfferExchange::toRsl(const Offer &o, const QString &contentUrl)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeComment(QStringLiteral(" %1, offer \"%2\" version %3, written by Rakkan ")
                         .arg(reservations::FormatVersions::kRsl, QString(o.title).remove(QStringLiteral("--")))
                         .arg(o.version));
    xml.writeDefaultNamespace(kNs);
    xml.writeStartElement(kNs, QStringLiteral("rsl"));
    xml.writeStartElement(kNs, QStringLiteral("content"));
    xml.writeAttribute(QStringLiteral("url"), contentUrl.isEmpty() ? QStringLiteral("/") : contentUrl);
    xml.writeStartElement(kNs, QStringLiteral("license"));
    auto tokens = [&](const char *element, const char *type, const QStringList &list) {
        if (list.isEmpty())
            return;
        xml.writeStartElement(kNs, QLatin1String(element));
        xml.writeAttribute(QStringLiteral("type"), QLatin1String(type));
        xml.writeCharacters(list.join(QLatin1Char(' ')));
        xml.writeEndElement();
    };
    QStringList permits, prohibits;
    for (const QString &t : o.permits)
        permits << rslUsage(t);
    for (const QString &t : o.prohibits)
        prohibits << rslUsage(t);
    tokens("permits", "usage", unique(permits));
    tokens("permits", "geo", o.territory);
    tokens("prohibits", "usage", unique(prohibits));
    for (const PaymentComponent &p : o.payments) {
        xml.writeStartElement(kNs, QStringLiteral("payment"));
        xml.writeAttribute(QStringLiteral("type"), rslPayment(p.basis));
        if (p.amount) {
            xml.writeStartElement(kNs, QStringLiteral("amount"));
            xml.writeAttribute(QStringLiteral("currency"), p.amount->currency());
            xml.writeCharacters(p.amount->toPlainString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    if (o.provenanceWarranty) {
        xml.writeStartElement(kNs, QStringLiteral("legal"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("warranty"));
        xml.writeCharacters(QStringLiteral("no-infringement"));
        xml.writeEndElement();
    }
    if (o.auditRights) {
        xml.writeEmptyElement(kNs, QStringLiteral("reporting"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("audit"));
    }
    xml.writeEndElement(); // license
    xml.writeEndElement(); // content
    xml.writeEndElement(); // rsl
    xml.writeEndDocument();
    return out;
}

QJsonObject OfferExchange::toOdrl(const Offer &o, const QString &assigner)
{
    const bool agreed = o.status == OfferStatus::Accepted || o.status == OfferStatus::AwaitingCosigners ||
                        o.status == OfferStatus::Active || o.status == OfferStatus::Suspended;
    QJsonArray target;
    for (qint64 w : o.workIds)
        target.append(QStringLiteral("urn:rakkan:work:%1").arg(w));
    QJsonArray constraints;
    if (!o.territory.isEmpty())
        constraints.append(QJsonObject{{QStringLiteral("leftOperand"), QStringLiteral("spatial")},
                                       {QStringLiteral("operator"), QStringLiteral("isAnyOf")},
                                       {QStringLiteral("rightOperand"), QJsonArray::fromStringList(o.territory)}});
    if (o.termStart.isValid())
        constraints.append(QJsonObject{{QStringLiteral("leftOperand"), QStringLiteral("dateTime")},
                                       {QStringLiteral("operator"), QStringLiteral("gteq")},
                                       {QStringLiteral("rightOperand"), o.termStart.toString(Qt::ISODate)}});
    if (o.termEnd.isValid())
        constraints.append(QJsonObject{{QStringLiteral("leftOperand"), QStringLiteral("dateTime")},
                                       {QStringLiteral("operator"), QStringLiteral("lt")},
                                       {QStringLiteral("rightOperand"), o.termEnd.toString(Qt::ISODate)}});
    QJsonArray duties;
    for (const PaymentComponent &p : o.payments) {
        if (!p.amount)
            continue;
        duties.append(QJsonObject{
            {QStringLiteral("action"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("rdf:value"), QJsonObject{{QStringLiteral("@id"), QStringLiteral("odrl:compensate")}}},
                 {QStringLiteral("refinement"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("leftOperand"), QStringLiteral("payAmount")},
                      {QStringLiteral("operator"), QStringLiteral("eq")},
                      {QStringLiteral("rightOperand"),
                       QJsonObject{{QStringLiteral("@value"), p.amount->toPlainString()},
                                   {QStringLiteral("@type"), QStringLiteral("xsd:decimal")}}},
                      {QStringLiteral("unit"),
                       QString(QStringLiteral("http://dbpedia.org/resource/ISO_4217#") + p.amount->currency())}}}}}}},
            {QStringLiteral("compensatedParty"), assigner}});
    }
    if (o.auditRights)
        duties.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("inform")}});
    QJsonArray permissions;
    for (const QString &action : unique([&] {
             QStringList a;
             for (const QString &t : o.permits)
                 a << odrlAction(t);
             return a;
         }())) {
        QJsonObject p{{QStringLiteral("target"), target}, {QStringLiteral("action"), action}};
        if (!constraints.isEmpty())
            p.insert(QStringLiteral("constraint"), constraints);
        if (!duties.isEmpty())
            p.insert(QStringLiteral("duty"), duties);
        permissions.append(p);
    }
    if (o.exclusive)
        permissions.append(QJsonObject{{QStringLiteral("target"), target},
                                       {QStringLiteral("action"), QStringLiteral("ensureExclusivity")}});
    QJsonArray prohibitions;
    for (const QString &action : unique([&] {
             QStringList a;
             for (const QString &t : o.prohibits)
                 a << odrlAction(t);
             return a;
         }()))
        prohibitions.append(QJsonObject{{QStringLiteral("target"), target}, {QStringLiteral("action"), action}});
    QJsonObject policy{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("http://www.w3.org/ns/odrl.jsonld"),
                                                QStringLiteral("http://www.w3.org/ns/tdmrep.jsonld")}},
        {QStringLiteral("@type"), agreed ? QStringLiteral("Agreement") : QStringLiteral("Offer")},
        {QStringLiteral("uid"), QStringLiteral("urn:rakkan:offer:%1:v%2").arg(o.id).arg(o.version)},
        {QStringLiteral("assigner"), assigner},
        {QStringLiteral("permission"), permissions},
    };
    if (agreed)
        policy.insert(QStringLiteral("assignee"), o.licenseeName.isEmpty() ? o.counterparty : o.licenseeName);
    if (!prohibitions.isEmpty())
        policy.insert(QStringLiteral("prohibition"), prohibitions);
    return policy;
}

Result<Offer> OfferExchange::fromRsl(const QByteArray &bytes)
{
    if (bytes.size() > reservations::Rsl::kMaxBytes)
        return makeError(ErrorCode::TooLarge, tr("The licence file is larger than 1 MiB; it is not read."));
    // The same acceptance rules as the reservations checker: an RSL 1.0 file, its namespace, its tokens.
    RAKKAN_TRY(auto parsed, reservations::Rsl::read(bytes));
    if (!parsed.problems.isEmpty())
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("This licence is not plain RSL 1.0: %1").arg(parsed.problems.join(QLatin1Char(' '))));
    Offer o;
    o.status = OfferStatus::Draft;
    o.postTermModels = PostTermModels::Unspecified;
    QXmlStreamReader xml(bytes);
    QString paymentType;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.namespaceUri() != kNs)
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("permits") || name == QLatin1String("prohibits")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QStringList tokens = xml.readElementText().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (type == QLatin1String("geo") && name == QLatin1String("permits")) {
                o.territory << tokens;
                continue;
            }
            if (!type.isEmpty() && type != QLatin1String("usage"))
                continue;
            QStringList &into = name == QLatin1String("permits") ? o.permits : o.prohibits;
            for (const QString &t : tokens) {
                if (t == QLatin1String("ai-all") || t == QLatin1String("all"))
                    into << QStringLiteral("ai-train") << QStringLiteral("ai-input") << QStringLiteral("ai-index");
                else
                    into << t;
            }
        } else if (name == QLatin1String("payment")) {
            paymentType = xml.attributes().value(QStringLiteral("type")).toString();
            const QString basis = paymentType == QLatin1String("subscription")  ? QStringLiteral("subscription")
                                  : paymentType == QLatin1String("use")         ? QStringLiteral("per_use")
                                  : paymentType == QLatin1String("attribution") ? QStringLiteral("attribution_only")
                                                                                : QStringLiteral("flat");
            o.payments << PaymentComponent{basis, std::nullopt, 0, {}};
        } else if (name == QLatin1String("amount") && !o.payments.isEmpty()) {
            const QString currency = xml.attributes().value(QStringLiteral("currency")).toString().toUpper();
            auto amount = Money::parse(xml.readElementText(), currency);
            if (!amount.ok())
                return makeError(amount.error().code, tr("The licence's payment: %1").arg(amount.error().message));
            o.payments.last().amount = *amount;
        } else if (name == QLatin1String("legal") &&
                   xml.attributes().value(QStringLiteral("type")) == QLatin1String("warranty")) {
            o.provenanceWarranty = xml.readElementText().contains(QLatin1String("no-infringement"));
        } else if (name == QLatin1String("reporting") &&
                   xml.attributes().value(QStringLiteral("type")) == QLatin1String("audit")) {
            o.auditRights = true;
        }
    }
    o.permits = unique(o.permits);
    o.prohibits = unique(o.prohibits);
    return o;
}

} // namespace rakkan::licensing
