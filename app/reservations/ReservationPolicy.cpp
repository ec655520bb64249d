#include "reservations/ReservationPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace rakkan::reservations {

namespace {

const QStringList kUserTokens{QStringLiteral("commercial"), QStringLiteral("non-commercial"),
                              QStringLiteral("education"), QStringLiteral("government"), QStringLiteral("personal")};
const QStringList kJurisdictions{QStringLiteral("EU"), QStringLiteral("JP"), QStringLiteral("US")};

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) &&
           !url.host().isEmpty();
}

} // namespace

QString ReservationPolicy::conditionText() const
{
    if (!otherConstraints.trimmed().isEmpty())
        return otherConstraints.trimmed();
    QString text = offersLicences ? QCoreApplication::translate("rakkan::reservations::ReservationPolicy",
                                                                "No AI training or AI input without a licence.")
                                  : QCoreApplication::translate("rakkan::reservations::ReservationPolicy",
                                                                "No AI training or AI input is permitted.");
    if (!trainingReserved() && reserveAiInput)
        text = QCoreApplication::translate("rakkan::reservations::ReservationPolicy",
                                           "No use as AI input (retrieval, grounding) is permitted.");
    if (!termsUrl.isEmpty())
        text += QLatin1Char(' ') + termsUrl;
    else if (!contactEmail.isEmpty())
        text += QLatin1Char(' ') + contactEmail;
    return text;
}

QString ReservationPolicy::absoluteUrl(const QString &path) const
{
    QString base = siteUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return path.startsWith(QLatin1Char('/')) ? QString(base + path) : QString(base + QLatin1Char('/') + path);
}

QJsonObject ReservationPolicy::toJson() const
{
    QJsonArray agentArray;
    for (const AiAgent &a : agents)
        agentArray.append(QJsonObject{{QStringLiteral("token"), a.token},
                                      {QStringLiteral("operator"), a.operatorName},
                                      {QStringLiteral("purpose"), AiAgents::purposeName(a.purpose)}});
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("site_url"), siteUrl},
        {QStringLiteral("creator"), creator},
        {QStringLiteral("rights_holder"), rightsHolder},
        {QStringLiteral("contact_email"), contactEmail},
        {QStringLiteral("terms_url"), termsUrl},
        {QStringLiteral("copyright_notice"), copyrightNotice},
        {QStringLiteral("reserve"), QJsonObject{{QStringLiteral("ai_training"), reserveTraining},
                                                {QStringLiteral("generative_training"), reserveGenerativeTraining},
                                                {QStringLiteral("ai_input"), reserveAiInput}}},
        {QStringLiteral("allow_search"), allowSearch},
        {QStringLiteral("licensing"), QJsonObject{{QStringLiteral("offered"), offersLicences},
                                                  {QStringLiteral("amount"), licenceAmount},
                                                  {QStringLiteral("currency"), licenceCurrency},
                                                  {QStringLiteral("users"), QJsonArray::fromStringList(licenceUsers)}}},
        {QStringLiteral("jurisdictions"), QJsonArray::fromStringList(jurisdictions)},
        {QStringLiteral("agents"), agentArray},
        {QStringLiteral("other_constraints"), otherConstraints},
    };
}

Result<ReservationPolicy> ReservationPolicy::fromJson(const QJsonObject &json)
{
    const int format = json.value(QStringLiteral("format")).toInt(0);
    if (format < 1)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("rakkan::reservations::ReservationPolicy",
                                                     "This is not a reservation policy (no format number)."));
    if (format > kFormat)
        return makeError(ErrorCode::SchemaTooNew,
                         QCoreApplication::translate("rakkan::reservations::ReservationPolicy",
                                                     "This reservation policy was written by a newer Rakkan "
                                                     "(format %1); update Rakkan to read it.")
                             .arg(format));
    ReservationPolicy p;
    p.siteUrl = json.value(QStringLiteral("site_url")).toString();
    p.creator = json.value(QStringLiteral("creator")).toString();
    p.rightsHolder = json.value(QStringLiteral("rights_holder")).toString();
    p.contactEmail = json.value(QStringLiteral("contact_email")).toString();
    p.termsUrl = json.value(QStringLiteral("terms_url")).toString();
    p.copyrightNotice = json.value(QStringLiteral("copyright_notice")).toString();
    const QJsonObject reserve = json.value(QStringLiteral("reserve")).toObject();
    p.reserveTraining = reserve.value(QStringLiteral("ai_training")).toBool(true);
    p.reserveGenerativeTraining = reserve.value(QStringLiteral("generative_training")).toBool(true);
    p.reserveAiInput = reserve.value(QStringLiteral("ai_input")).toBool(true);
    p.allowSearch = json.value(QStringLiteral("allow_search")).toBool(true);
    const QJsonObject licensing = json.value(QStringLiteral("licensing")).toObject();
    p.offersLicences = licensing.value(QStringLiteral("offered")).toBool(false);
    p.licenceAmount = licensing.value(QStringLiteral("amount")).toString();
    p.licenceCurrency = licensing.value(QStringLiteral("currency")).toString();
    p.licenceUsers = stringList(licensing.value(QStringLiteral("users")));
    p.jurisdictions = stringList(json.value(QStringLiteral("jurisdictions")));
    for (const QJsonValue &v : json.value(QStringLiteral("agents")).toArray()) {
        const QJsonObject a = v.toObject();
        const auto purpose = AiAgents::purposeFromName(a.value(QStringLiteral("purpose")).toString());
        p.agents << AiAgent{a.value(QStringLiteral("token")).toString(), a.value(QStringLiteral("operator")).toString(),
                            purpose.value_or(AgentPurpose::Training)};
    }
    p.otherConstraints = json.value(QStringLiteral("other_constraints")).toString();
    if (p.reserveTraining)
        p.reserveGenerativeTraining = true;
    return p;
}

ReservationPolicy ReservationPolicy::defaults()
{
    ReservationPolicy p;
    p.jurisdictions = {QStringLiteral("EU"), QStringLiteral("JP"), QStringLiteral("US")};
    p.agents = AiAgents::shipped();
    return p;
}

QStringList ReservationPolicy::problems() const
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("rakkan::reservations::ReservationPolicy", text);
    };
    QStringList out;
    if (siteUrl.isEmpty() || !isHttpUrl(siteUrl) || !QUrl(siteUrl).path().isEmpty())
        out << tr("The site address must be a full https:// address without a path, e.g. https://artist.example.");
    if (!termsUrl.isEmpty() && !isHttpUrl(termsUrl))
        out << tr("The terms address must be a full https:// address.");
    static const QRegularExpression email(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
    if (!contactEmail.isEmpty() && !email.match(contactEmail).hasMatch())
        out << tr("The contact e-mail address is not valid.");
    if (offersLicences && termsUrl.isEmpty() && contactEmail.isEmpty())
        out << tr("Offering licences needs a terms address or a contact e-mail, so that developers can ask.");
    static const QRegularExpression amount(QStringLiteral("^\\d{1,12}(\\.\\d{1,4})?$"));
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!licenceAmount.isEmpty() && !amount.match(licenceAmount).hasMatch())
        out << tr("The licence price must be a plain amount such as 500 or 500.00.");
    if (!licenceAmount.isEmpty() && !currency.match(licenceCurrency).hasMatch())
        out << tr("The licence price needs an ISO 4217 currency such as JPY, EUR or USD.");
    for (const QString &u : licenceUsers)
        if (!kUserTokens.contains(u))
            out << tr("Unknown licensee class \"%1\" (commercial, non-commercial, education, government, personal).")
                       .arg(u);
    for (const QString &j : jurisdictions)
        if (!kJurisdictions.contains(j))
            out << tr("Unknown jurisdiction \"%1\" (EU, JP or US).").arg(j);
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (const AiAgent &a : agents)
        if (!token.match(a.token).hasMatch())
            out << tr("\"%1\" is not a robots.txt product token (letters, digits, - and _ only).").arg(a.token);
    return out;
}

const QList<AiAgent> &AiAgents::shipped()
{
    static const QList<AiAgent> list = [] {
        QList<AiAgent> out;
        QFile file(QStringLiteral(":/reservations/ai-agents.json"));
        if (!file.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("agents")).toArray()) {
            const QJsonObject a = v.toObject();
            out << AiAgent{
                a.value(QStringLiteral("token")).toString(), a.value(QStringLiteral("operator")).toString(),
                purposeFromName(a.value(QStringLiteral("purpose")).toString()).value_or(AgentPurpose::Training)};
        }
        return out;
    }();
    return list;
}

QString AiAgents::shippedSource()
{
    QFile file(QStringLiteral(":/reservations/ai-agents.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("source")).toString();
}

Result<QList<AiAgent>> AiAgents::fromRobotsJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Corrupt, tr("This is not ai.robots.txt's robots.json (a JSON object of agents)."));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_-]+$"));
    QList<AiAgent> out;
    const QJsonObject agents = doc.object();
    for (auto it = agents.begin(); it != agents.end(); ++it) {
        // Tokens with spaces or slashes are not robots.txt product tokens (RFC 9309 2.2.1): they cannot be named
        // in a group, so they are left out rather than written wrong.
        if (!token.match(it.key()).hasMatch())
            continue;
        const QJsonObject info = it.value().toObject();
        const QString function = info.value(QStringLiteral("function")).toString().toLower();
        AgentPurpose purpose = AgentPurpose::Training;
        if (function.contains(QLatin1String("search")))
            purpose = AgentPurpose::Search;
        else if (function.contains(QLatin1String("user")) || function.contains(QLatin1String("assistant")) ||
                 function.contains(QLatin1String("agent")) || function.contains(QLatin1String("retriev")))
            purpose = AgentPurpose::UserInput;
        out << AiAgent{it.key(), info.value(QStringLiteral("operator")).toString(), purpose};
    }
    if (out.isEmpty())
        return makeError(ErrorCode::Empty, tr("The file names no crawler token."));
    return out;
}

QString AiAgents::purposeName(AgentPurpose purpose)
{
    switch (purpose) {
    case AgentPurpose::Training:
        return QStringLiteral("training");
    case AgentPurpose::Search:
        return QStringLiteral("search");
    case AgentPurpose::UserInput:
        return QStringLiteral("user-input");
    }
    return QStringLiteral("training");
}

std::optional<AgentPurpose> AiAgents::purposeFromName(const QString &name)
{
    if (name == QLatin1String("training"))
        return AgentPurpose::Training;
    if (name == QLatin1String("search"))
        return AgentPurpose::Search;
    if (name == QLatin1String("user-input"))
        return AgentPurpose::UserInput;
    return std::nullopt;
}

} // namespace rakkan::reservations
