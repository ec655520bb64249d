#include "cataloguing/ImportJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rakkan::cataloguing {

namespace {

const QString kKey = QStringLiteral("import.unfinished");

} // namespace

Result<void> ImportJournal::begin(const QStringList &paths, ImportOptions::Grouping grouping, const QDateTime &now)
{
    const QJsonObject mark{{QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
                           {QStringLiteral("grouping"), grouping == ImportOptions::Grouping::FolderPerWork
                                                            ? QStringLiteral("folder-per-work")
                                                            : QStringLiteral("file-per-work")},
                           {QStringLiteral("started"), now.toUTC().toString(Qt::ISODateWithMs)}};
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    return stmt.bind(1, kKey).bind(2, QString::fromUtf8(QJsonDocument(mark).toJson(QJsonDocument::Compact))).exec();
}

Result<void> ImportJournal::end()
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral("DELETE FROM meta WHERE key = ?1")));
    return stmt.bind(1, kKey).exec();
}

Result<std::optional<UnfinishedImport>> ImportJournal::unfinished()
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?1")));
    RAKKAN_TRY(auto row, stmt.bind(1, kKey).step());
    if (!row)
        return std::optional<UnfinishedImport>();
    const QJsonObject mark = QJsonDocument::fromJson(stmt.text(0).toUtf8()).object();
    UnfinishedImport out;
    for (const QJsonValue &p : mark.value(QStringLiteral("paths")).toArray())
        if (p.isString() && !p.toString().isEmpty())
            out.paths << p.toString();
    if (out.paths.isEmpty())
        return std::optional<UnfinishedImport>();
    if (mark.value(QStringLiteral("grouping")).toString() == QLatin1String("folder-per-work"))
        out.grouping = ImportOptions::Grouping::FolderPerWork;
    out.startedAt = QDateTime::fromString(mark.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    return std::optional<UnfinishedImport>(out);
}

} // namespace rakkan::cataloguing
