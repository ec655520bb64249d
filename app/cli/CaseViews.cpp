#include "cli/CaseViews.h"

#include "catalog/WorkStore.h"
#include "cli/Command.h"
#include "cli/JsonViews.h"
#include "enforcement/CaseStatus.h"
#include "matching/Verdict.h"

#include <QJsonArray>
#include <QLocale>

namespace rakkan::cli {

using namespace enforcement;

void CaseViews::addCaseArgument(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("case"), tr("The case's number."), tr("ID"));
}

std::optional<qint64> CaseViews::caseArgument(const Call &call, int *exitCode)
{
    bool ok = false;
    const qint64 id = call.arguments().value(0).toLongLong(&ok);
    if (call.arguments().size() != 1 || !ok || id <= 0) {
        *exitCode = call.usageError(tr("Name one case by its number."));
        return std::nullopt;
    }
    return id;
}

QJsonObject CaseViews::toJson(const Case &c)
{
    QJsonArray copies;
    for (const CaseCopy &copy : c.copies)
        copies.append(QJsonObject{{QStringLiteral("image_url"), copy.imageUrl},
                                  {QStringLiteral("image_sha256"), copy.imageSha256},
                                  {QStringLiteral("work_id"), copy.workId ? QJsonValue(copy.workId) : QJsonValue()},
                                  {QStringLiteral("distance"), copy.distance},
                                  {QStringLiteral("orientation"), copy.orientation},
                                  {QStringLiteral("catalogue_region"), copy.catalogueRegion},
                                  {QStringLiteral("query_region"), copy.queryRegion},
                                  {QStringLiteral("confidence"), copy.confidence},
                                  {QStringLiteral("first_seen"), copy.firstSeen},
                                  {QStringLiteral("last_seen"), copy.lastSeen}});
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("status"), CaseStatusMachine::key(c.status)},
                       {QStringLiteral("page_url"), c.pageUrl},
                       {QStringLiteral("host"), c.host},
                       {QStringLiteral("platform"), nullIfEmpty(c.platform)},
                       {QStringLiteral("account"), nullIfEmpty(c.account)},
                       {QStringLiteral("regime"), nullIfEmpty(regimeKey(c.regime))},
                       {QStringLiteral("first_seen"), c.firstSeen},
                       {QStringLiteral("last_seen"), c.lastSeen},
                       {QStringLiteral("last_check"), nullIfEmpty(c.lastCheck)},
                       {QStringLiteral("last_check_state"), nullIfEmpty(c.lastCheckState)},
                       {QStringLiteral("sent_at"), nullIfEmpty(c.sentAt)},
                       {QStringLiteral("deadline"),
                        c.deadline.isValid() ? QJsonValue(c.deadline.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("deadline_reason"), nullIfEmpty(c.deadlineReason)},
                       {QStringLiteral("offer_id"), c.offerId ? QJsonValue(c.offerId) : QJsonValue()},
                       {QStringLiteral("note"), c.note},
                       {QStringLiteral("copies"), copies}};
}

QJsonObject CaseViews::toJson(const catalog::ChainEvent &e)
{
    return QJsonObject{
        {QStringLiteral("seq"), e.seq}, {QStringLiteral("at"), e.at},     {QStringLiteral("from"), nullIfEmpty(e.from)},
        {QStringLiteral("to"), e.to},   {QStringLiteral("note"), e.note}, {QStringLiteral("hash"), e.hash}};
}

QJsonObject CaseViews::toJson(const FoundCopy &f)
{
    QJsonArray matches;
    for (const matching::Match &m : f.matches) {
        const auto verdict = matching::Verdicts::of(m);
        matches.append(QJsonObject{
            {QStringLiteral("work_id"), m.workId},
            {QStringLiteral("asset_id"), m.assetId},
            {QStringLiteral("distance"), m.distance},
            {QStringLiteral("confidence"), matching::Verdicts::confidenceKey(m.confidence)},
            {QStringLiteral("changes"), QJsonArray::fromStringList(matching::Verdicts::changeKeys(verdict))}});
    }
    return QJsonObject{{QStringLiteral("image_url"), f.image.url.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("saved_as"), nullIfEmpty(f.image.savedAs)},
                       {QStringLiteral("sha256"), nullIfEmpty(f.image.sha256)},
                       {QStringLiteral("error"), nullIfEmpty(f.error)},
                       {QStringLiteral("matches"), matches}};
}

QJsonObject CaseViews::toJson(const HostReport &r)
{
    const auto record = [](const RdapRecord &rec) {
        QJsonArray contacts;
        for (const RdapContact &c : rec.contacts)
            contacts.append(QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(c.roles)},
                                        {QStringLiteral("name"), c.name},
                                        {QStringLiteral("email"), nullIfEmpty(c.email)},
                                        {QStringLiteral("phone"), nullIfEmpty(c.phone)},
                                        {QStringLiteral("handle"), nullIfEmpty(c.handle)}});
        return QJsonObject{{QStringLiteral("query"), rec.query},
                           {QStringLiteral("url"), nullIfEmpty(rec.url)},
                           {QStringLiteral("name"), nullIfEmpty(rec.name)},
                           {QStringLiteral("handle"), nullIfEmpty(rec.handle)},
                           {QStringLiteral("contacts"), contacts},
                           {QStringLiteral("error"), nullIfEmpty(rec.error)}};
    };
    QJsonObject o{{QStringLiteral("host"), r.host},
                  {QStringLiteral("address"), nullIfEmpty(r.address)},
                  {QStringLiteral("cdn"), nullIfEmpty(r.cdn)},
                  {QStringLiteral("cdn_clues"), QJsonArray::fromStringList(r.cdnClues)},
                  {QStringLiteral("domain"), record(r.domain)},
                  {QStringLiteral("network"), record(r.network)},
                  {QStringLiteral("advice"), QJsonArray::fromStringList(r.advice)}};
    if (r.platform)
        o.insert(QStringLiteral("platform"),
                 QJsonObject{{QStringLiteral("id"), r.platform->id},
                             {QStringLiteral("name"), r.platform->name},
                             {QStringLiteral("form"), nullIfEmpty(r.platform->form)},
                             {QStringLiteral("email"), nullIfEmpty(r.platform->email)},
                             {QStringLiteral("laws"), QJsonArray::fromStringList(r.platform->laws)},
                             {QStringLiteral("designated_jp"), r.platform->designatedInJapan}});
    return o;
}

QString CaseViews::deadlineText(const Case &c)
{
    if (!c.deadline.isValid())
        return {};
    return tr("due %1: %2")
        .arg(QLocale().toString(c.deadline.toLocalTime().date(), QLocale::ShortFormat), c.deadlineReason);
}

QString CaseViews::line(const Case &c)
{
    QString out = tr("Case %1 · %2 · %3 · %n copy(ies)", "", int(c.copies.size()))
                      .arg(c.id)
                      .arg(CaseStatusMachine::label(c.status), c.pageUrl);
    if (c.deadline.isValid())
        out += QStringLiteral("\n    ") + deadlineText(c);
    return out;
}

QString CaseViews::proposal(catalog::Catalog &catalog, const QList<FoundCopy> &found)
{
    catalog::WorkStore works(catalog.database());
    QString out;
    for (const FoundCopy &f : found) {
        out += f.image.url.toString() + QLatin1Char('\n');
        if (!f.error.isEmpty())
            out += QStringLiteral("    ") + f.error + QLatin1Char('\n');
        else if (f.matches.isEmpty())
            out += QStringLiteral("    ") + tr("no catalogued work") + QLatin1Char('\n');
        for (const matching::Match &m : f.matches) {
            auto title = works.title(m.workId);
            out += QStringLiteral("    ") +
                   tr("work %1 \"%2\": %3")
                       .arg(m.workId)
                       .arg(title.ok() ? *title : QString(), matching::Verdicts::of(m).summary()) +
                   QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace rakkan::cli
