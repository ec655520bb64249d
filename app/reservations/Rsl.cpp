#include "reservations/Rsl.h"

#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace rakkan::reservations {

namespace {

const QStringList kUsage{QStringLiteral("all"),      QStringLiteral("ai-all"),   QStringLiteral("ai-train"),
                         QStringLiteral("ai-input"), QStringLiteral("ai-index"), QStringLiteral("search")};
const QStringList kUser{QStringLiteral("commercial"), QStringLiteral("non-commercial"), QStringLiteral("education"),
                        QStringLiteral("government"), QStringLiteral("personal")};
const QStringList kPayment{QStringLiteral("free"),         QStringLiteral("purchase"),   QStringLiteral("subscription"),
                           QStringLiteral("training"),     QStringLiteral("crawl"),      QStringLiteral("use"),
                           QStringLiteral("contribution"), QStringLiteral("attribution")};

} // namespace

QByteArray Rsl::write(const ReservationPolicy &policy)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeComment(QStringLiteral(" %1, written by Rakkan for %2 ").arg(FormatVersions::kRsl, policy.siteUrl));
    xml.writeDefaultNamespace(QLatin1String(kNamespace));
    xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("rsl"));
    xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("content"));
    xml.writeAttribute(QStringLiteral("url"), policy.absoluteUrl(QStringLiteral("/")));
    xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("copyright"));
    xml.writeAttribute(QStringLiteral("type"),
                       policy.rightsHolder.isEmpty() ? QStringLiteral("person") : QStringLiteral("organization"));
    if (!policy.contactEmail.isEmpty())
        xml.writeAttribute(QStringLiteral("contactEmail"), policy.contactEmail);
    if (!policy.termsUrl.isEmpty())
        xml.writeAttribute(QStringLiteral("contactUrl"), policy.termsUrl);
    xml.writeCharacters(policy.rightsHolder.isEmpty() ? policy.creator : policy.rightsHolder);
    xml.writeEndElement();
    if (!policy.termsUrl.isEmpty())
        xml.writeTextElement(QLatin1String(kNamespace), QStringLiteral("terms"), policy.termsUrl);

    // What is free: search (when allowed); what is prohibited: the reserved AI uses.
    QStringList prohibited;
    if (policy.trainingReserved() && policy.reserveAiInput)
        prohibited << QStringLiteral("ai-all");
    else if (policy.trainingReserved())
        prohibited << QStringLiteral("ai-train"); // RSL has no narrower token for generative training only
    else if (policy.reserveAiInput)
        prohibited << QStringLiteral("ai-input");
    xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("license"));
    if (policy.allowSearch) {
        xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("permits"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("usage"));
        xml.writeCharacters(QStringLiteral("search"));
        xml.writeEndElement();
    }
    if (!prohibited.isEmpty()) {
        xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("prohibits"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("usage"));
        xml.writeCharacters(prohibited.join(QLatin1Char(' ')));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    if (policy.offersLicences && !prohibited.isEmpty()) {
        QStringList licensable;
        if (policy.trainingReserved())
            licensable << QStringLiteral("ai-train");
        if (policy.reserveAiInput)
            licensable << QStringLiteral("ai-input");
        xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("license"));
        xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("permits"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("usage"));
        xml.writeCharacters(licensable.join(QLatin1Char(' ')));
        xml.writeEndElement();
        if (!policy.licenceUsers.isEmpty()) {
            xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("permits"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("user"));
            xml.writeCharacters(policy.licenceUsers.join(QLatin1Char(' ')));
            xml.writeEndElement();
        }
        xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("payment"));
        xml.writeAttribute(QStringLiteral("type"),
                           policy.trainingReserved() ? QStringLiteral("training") : QStringLiteral("use"));
        if (!policy.licenceAmount.isEmpty()) {
            xml.writeStartElement(QLatin1String(kNamespace), QStringLiteral("amount"));
            xml.writeAttribute(QStringLiteral("currency"), policy.licenceCurrency);
            xml.writeCharacters(policy.licenceAmount);
            xml.writeEndElement();
        }
        if (!policy.termsUrl.isEmpty())
            xml.writeTextElement(QLatin1String(kNamespace), QStringLiteral("custom"), policy.termsUrl);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // content
    xml.writeEndElement(); // rsl
    xml.writeEndDocument();
    return out;
}

Result<Rsl::Parsed> Rsl::read(const QByteArray &bytes)
{
    if (bytes.size() > kMaxBytes)
        return makeError(ErrorCode::TooLarge, tr("The licence file is larger than 1 MiB; it is not read."));
    if (bytes.trimmed().isEmpty())
        return makeError(ErrorCode::Empty, tr("The licence file is empty."));
    Parsed out;
    QXmlStreamReader xml(bytes);
    bool sawRoot = false;
    QString licenseType; // permits/prohibits/payment being read
    bool inLicense = false;
    bool permitsTraining = false, paid = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (!sawRoot) {
                if (xml.name() != QLatin1String("rsl") || xml.namespaceUri() != QLatin1String(kNamespace))
                    return makeError(ErrorCode::UnsupportedFormat,
                                     tr("This is not an RSL 1.0 licence (root <rsl> in namespace %1).")
                                         .arg(QLatin1String(kNamespace)));
                sawRoot = true;
                continue;
            }
            if (xml.namespaceUri() != QLatin1String(kNamespace))
                continue; // extensions from other namespaces are not RSL's business
            const QString name = xml.name().toString();
            if (name == QLatin1String("license")) {
                inLicense = true;
                permitsTraining = paid = false;
            } else if (inLicense && (name == QLatin1String("permits") || name == QLatin1String("prohibits"))) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const QString text = xml.readElementText();
                if (text.contains(QLatin1Char(',')))
                    out.problems
                        << tr("\"%1\" is a comma list, which RSL 1.0 no longer accepts (space-separated).").arg(text);
                const QStringList tokens =
                    text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
                const QStringList &known = type == QLatin1String("user") ? kUser : kUsage;
                for (const QString &t : tokens)
                    if (type != QLatin1String("geo") && !known.contains(t))
                        out.problems << tr("\"%1\" is not an RSL 1.0 %2 token.")
                                            .arg(t, type.isEmpty() ? QStringLiteral("usage") : type);
                if (type.isEmpty() || type == QLatin1String("usage")) {
                    const bool training = tokens.contains(QLatin1String("ai-train")) ||
                                          tokens.contains(QLatin1String("ai-all")) ||
                                          tokens.contains(QLatin1String("all"));
                    const bool input = tokens.contains(QLatin1String("ai-input")) ||
                                       tokens.contains(QLatin1String("ai-all")) ||
                                       tokens.contains(QLatin1String("all"));
                    if (name == QLatin1String("prohibits")) {
                        out.trainingProhibited = out.trainingProhibited || training;
                        out.inputProhibited = out.inputProhibited || input;
                    } else if (training) {
                        permitsTraining = true;
                    }
                }
            } else if (inLicense && name == QLatin1String("payment")) {
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!type.isEmpty() && !kPayment.contains(type))
                    out.problems << tr("\"%1\" is not an RSL 1.0 payment type.").arg(type);
                paid = paid || (!type.isEmpty() && type != QLatin1String("free"));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("license")) {
            if (permitsTraining) {
                out.trainingPermitted = true;
                out.trainingPaid = out.trainingPaid || paid;
            }
            inLicense = false;
        }
    }
    if (xml.hasError())
        return makeError(
            ErrorCode::Corrupt,
            tr("The licence file is not well-formed XML: %1 (line %2).").arg(xml.errorString()).arg(xml.lineNumber()));
    if (!sawRoot)
        return makeError(ErrorCode::Empty, tr("The licence file is empty."));
    return out;
}

Finding Rsl::judge(const QByteArray &xml, const QString &source)
{
    Finding f{QStringLiteral("RSL licence"), Verdict::Unknown, {}, source, {}};
    auto parsed = read(xml);
    if (!parsed.ok()) {
        f.detail = parsed.error().message;
        return f;
    }
    f.notes = parsed->problems;
    if (!parsed->problems.isEmpty()) {
        f.detail = tr("The licence uses terms outside RSL 1.0; crawlers may not read it as meant.");
        return f;
    }
    if (parsed->trainingProhibited) {
        f.verdict = Verdict::Reserved;
        f.detail = parsed->trainingPermitted && parsed->trainingPaid
                       ? tr("AI training is prohibited except under a paid licence.")
                       : tr("AI training is prohibited.");
    } else if (parsed->trainingPermitted && parsed->trainingPaid) {
        f.verdict = Verdict::Reserved;
        f.detail = tr("AI training needs a paid licence.");
    } else if (parsed->trainingPermitted) {
        f.verdict = Verdict::Allowed;
        f.detail = tr("AI training is permitted free of charge.");
    } else {
        f.detail = tr("The licence says nothing about AI training.");
    }
    return f;
}

} // namespace rakkan::reservations
