#include "catalog/Catalog.h"

#include "catalog/CatalogWording.h"
#include "catalog/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

namespace rakkan::catalog {

QString defaultCatalogPath()
{
    const QString fromEnv = qEnvironmentVariable("RAKKAN_CATALOG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalog.rakkan");
}

Catalog::Catalog(std::unique_ptr<sql::Database> db) : m_db(std::move(db)) {}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, Access access)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No catalogue file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is a folder, not a catalogue file.").arg(path));
    if (access == Access::ReadWrite && !info.exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Could not create the folder %1 for the catalogue.").arg(info.absolutePath()));
    if (access == Access::ReadOnly && !info.exists())
        return makeError(ErrorCode::NotFound, tr("The catalogue %1 does not exist.").arg(path));

    RAKKAN_TRY(auto db, sql::Database::open(path,
                                            access == Access::ReadWrite ? sql::Database::Mode::ReadWriteCreate
                                                                        : sql::Database::Mode::ReadOnly,
                                            std::make_shared<const CatalogWording>()));
    std::unique_ptr<Catalog> catalog(new Catalog(std::move(db)));
    RAKKAN_TRY(catalog->configure(access));
    return catalog;
}

Result<void> Catalog::configure(Access access)
{
    // Wait for a short write by another process (the CLI while the GUI runs) instead of failing at once.
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    if (access == Access::ReadOnly)
        return Schema::checkReadableAsIs(*m_db);
    // Before any pragma writes: a file that is not a database, or is another program's, is refused untouched.
    RAKKAN_TRY(Schema::checkIsCatalog(*m_db));

    RAKKAN_TRY(auto mode, m_db->queryText(QStringLiteral("PRAGMA journal_mode = WAL")));
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Database,
                         tr("The catalogue could not switch to write-ahead logging (it reported \"%1\"). Is it on a "
                            "network drive?")
                             .arg(mode));
    // FULL: a committed import or edit survives a power cut, not only a crash of Rakkan.
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")));
    const QString backup = path() + QStringLiteral(".before-format-%1.bak").arg(Schema::kCurrentVersion);
    return Schema::migrate(*m_db, Schema::kCurrentVersion, backup);
}

} // namespace rakkan::catalog
