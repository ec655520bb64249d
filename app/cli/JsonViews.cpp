#include "cli/JsonViews.h"

#include "cli/CliContext.h"

#include <QJsonArray>

namespace rakkan::cli {

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

namespace {
QJsonValue nullIfZero(qint64 value)
{
    return value == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

QJsonObject toJson(const iscc::AssetIscc &code)
{
    return QJsonObject{{QStringLiteral("iscc_code"), code.isccCode},
                       {QStringLiteral("meta"), nullIfEmpty(code.metaUnit)},
                       {QStringLiteral("content"), nullIfEmpty(code.contentUnit)},
                       {QStringLiteral("data"), code.dataUnit},
                       {QStringLiteral("instance"), code.instanceUnit},
                       {QStringLiteral("datahash"), code.datahash},
                       {QStringLiteral("metahash"), nullIfEmpty(code.metahash)},
                       {QStringLiteral("filesize"), code.filesize}};
}

QString outcomeKey(cataloguing::ImportItem::Outcome outcome)
{
    switch (outcome) {
    case cataloguing::ImportItem::Outcome::Added:
        return QStringLiteral("added");
    case cataloguing::ImportItem::Outcome::AlreadyCatalogued:
        return QStringLiteral("already_catalogued");
    case cataloguing::ImportItem::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject toJson(const catalog::Work &work)
{
    QJsonArray holders;
    for (const auto &h : work.holders)
        holders.append(QJsonObject{{QStringLiteral("name"), h.name},
                                   {QStringLiteral("name_latin"), nullIfEmpty(h.nameLatin)},
                                   {QStringLiteral("role"), catalog::holderRoleKey(h.role)}});
    QJsonArray publications;
    for (const auto &p : work.publications)
        publications.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("url"), p.url},
                        {QStringLiteral("platform"), nullIfEmpty(p.platform)},
                        {QStringLiteral("published_on"),
                         p.publishedOn.isValid() ? QJsonValue(p.publishedOn.toString(Qt::ISODate)) : QJsonValue()}});
    QJsonArray assets;
    for (const auto &a : work.assets)
        assets.append(QJsonObject{{QStringLiteral("id"), a.id},
                                  {QStringLiteral("iscc"), a.iscc ? QJsonValue(toJson(*a.iscc)) : QJsonValue()},
                                  {QStringLiteral("page"), a.page},
                                  {QStringLiteral("sha256"), QString::fromLatin1(a.sha256.toHex())},
                                  {QStringLiteral("file_size"), a.fileSize},
                                  {QStringLiteral("width"), a.pixelSize.width()},
                                  {QStringLiteral("height"), a.pixelSize.height()},
                                  {QStringLiteral("format"), a.format},
                                  {QStringLiteral("original_path"), a.originalPath},
                                  {QStringLiteral("decode_notes"), QJsonArray::fromStringList(a.decodeNotes)},
                                  {QStringLiteral("imported_at"), a.importedAt}});
    return QJsonObject{
        {QStringLiteral("id"), work.id},
        {QStringLiteral("title"), work.title},
        {QStringLiteral("title_latin"), nullIfEmpty(work.titleLatin)},
        {QStringLiteral("kind"), catalog::workKindKey(work.kind)},
        {QStringLiteral("series"), nullIfEmpty(work.series)},
        {QStringLiteral("volume"), nullIfZero(work.volume)},
        {QStringLiteral("chapter"), nullIfEmpty(work.chapter)},
        {QStringLiteral("notes"), nullIfEmpty(work.notes)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(work.tags)},
        {QStringLiteral("holders"), holders},
        {QStringLiteral("publications"), publications},
        {QStringLiteral("assets"), assets},
        {QStringLiteral("signing_identity_id"),
         work.signingIdentityId > 0 ? QJsonValue(work.signingIdentityId) : QJsonValue()},
        {QStringLiteral("created_at"), work.createdAt},
        {QStringLiteral("updated_at"), work.updatedAt},
    };
}

QJsonObject toJson(const catalog::WorkSummary &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("title_latin"), nullIfEmpty(s.titleLatin)},
        {QStringLiteral("kind"), catalog::workKindKey(s.kind)},
        {QStringLiteral("series"), nullIfEmpty(s.series)},
        {QStringLiteral("volume"), nullIfZero(s.volume)},
        {QStringLiteral("chapter"), nullIfEmpty(s.chapter)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("holders"), QJsonArray::fromStringList(s.holders)},
        {QStringLiteral("pages"), s.pageCount},
    };
}

QJsonObject toJson(const cataloguing::ImportItem &item)
{
    QJsonObject o{{QStringLiteral("path"), item.path}, {QStringLiteral("outcome"), outcomeKey(item.outcome)}};
    if (item.outcome == cataloguing::ImportItem::Outcome::Failed) {
        if (item.error)
            o.insert(QStringLiteral("error"), CliContext::errorJson(*item.error));
        return o;
    }
    o.insert(QStringLiteral("work_id"), item.workId);
    o.insert(QStringLiteral("asset_id"), item.assetId);
    o.insert(QStringLiteral("sha256"), QString::fromLatin1(item.sha256.toHex()));
    o.insert(QStringLiteral("format"), item.format);
    o.insert(QStringLiteral("width"), item.pixelSize.width());
    o.insert(QStringLiteral("height"), item.pixelSize.height());
    if (item.outcome == cataloguing::ImportItem::Outcome::Added)
        o.insert(QStringLiteral("page"), item.page);
    return o;
}

QJsonObject toJson(const cataloguing::ImportReport &report)
{
    using O = cataloguing::ImportItem::Outcome;
    QJsonArray items;
    for (const auto &item : report.items)
        items.append(toJson(item));
    return QJsonObject{
        {QStringLiteral("added"), report.count(O::Added)},
        {QStringLiteral("already_catalogued"), report.count(O::AlreadyCatalogued)},
        {QStringLiteral("failed"), report.count(O::Failed)},
        {QStringLiteral("skipped_not_images"), report.skippedNotImages},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("elapsed_ms"), report.elapsedMs},
        {QStringLiteral("items"), items},
    };
}

} // namespace rakkan::cli
