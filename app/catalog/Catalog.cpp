#include "catalog/Catalog.h"

#include "catalog/CatalogBackups.h"
#include "catalog/CatalogWording.h"
#include "catalog/Schema.h"

#include <QDir>
#include <QFile>
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

bool Catalog::looksLikeCatalog(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path, Access access, Upkeep upkeep)
{
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("No catalogue file was given."));
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is a folder, not a catalogue file.").arg(path));
    if (access == Access::ReadWrite && !info.exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Could not create the folder %1 for the catalogue.").arg(info.absolutePath()));
    if (access == Access::ReadWrite) {
        auto finished = CatalogBackups::finishInterruptedRestore(path);
        if (!finished.ok())
            return makeError(finished.error().code,
                             tr("A restore of %1 from a backup was interrupted and could not be finished: %2")
                                 .arg(path, finished.error().message));
    }
    if (access == Access::ReadOnly && !info.exists())
        return makeError(ErrorCode::NotFound, tr("The catalogue %1 does not exist.").arg(path));

    RAKKAN_TRY(auto db, sql::Database::open(path,
                                            access == Access::ReadWrite ? sql::Database::Mode::ReadWriteCreate
                                                                        : sql::Database::Mode::ReadOnly,
                                            std::make_shared<const CatalogWording>()));
    std::unique_ptr<Catalog> catalog(new Catalog(std::move(db)));
    RAKKAN_TRY(catalog->configure(access, upkeep));
    return catalog;
}

Result<void> Catalog::configure(Access access, Upkeep upkeep)
{
    // Wait for a short write by another process (the CLI while the GUI runs) instead of failing at once.
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA busy_timeout = 5000")));
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    if (access == Access::ReadOnly)
        return Schema::checkReadableAsIs(*m_db);
    // Before any pragma writes: a file that is not a database, or is another program's, is refused untouched.
    RAKKAN_TRY(Schema::checkIsCatalog(*m_db));
    if (upkeep != Upkeep::None) {
        RAKKAN_TRY(auto findings, m_db->check(sql::Database::CheckDepth::Quick, 5));
        // SQLite's own words, in English, as a detail after the sentence.
        if (!findings.isEmpty())
            return makeError(ErrorCode::Corrupt, tr("The catalogue file is damaged. SQLite's check found: %1")
                                                     .arg(findings.mid(0, 3).join(QStringLiteral("; "))));
    }

    RAKKAN_TRY(auto mode, m_db->queryText(QStringLiteral("PRAGMA journal_mode = WAL")));
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Database,
                         tr("The catalogue could not switch to write-ahead logging (it reported \"%1\"). Is it on a "
                            "network drive?")
                             .arg(mode));
    // FULL: a committed import or edit survives a power cut, not only a crash of Rakkan.
    RAKKAN_TRY(m_db->exec(QStringLiteral("PRAGMA synchronous = FULL")));

    RAKKAN_TRY(const int version, Schema::version(*m_db));
    const bool existing = version > 0;
    m_createdNow = !existing;
    if (existing && version < Schema::kCurrentVersion) {
        RAKKAN_TRY(const int keep, backupsToKeep());
        auto saved = CatalogBackups(path()).create(*m_db, CatalogBackup::Reason::BeforeUpgrade, keep);
        if (!saved.ok())
            return makeError(saved.error().code, tr("The catalogue was not upgraded to the new format, because it "
                                                    "could not be backed up first: %1")
                                                     .arg(saved.error().message));
    }
    RAKKAN_TRY(Schema::migrate(*m_db, Schema::kCurrentVersion));

    CatalogBackups backups(path());
    if (upkeep == Upkeep::AtStart && existing && backups.dailyDue()) {
        RAKKAN_TRY(const int keep, backupsToKeep());
        auto saved = backups.create(*m_db, CatalogBackup::Reason::Daily, keep);
        if (!saved.ok())
            m_upkeepWarning = tr("Today's backup of the catalogue failed: %1").arg(saved.error().message);
    }
    return {};
}

Result<int> Catalog::backupsToKeep()
{
    RAKKAN_TRY(auto text, m_db->queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'backups_keep'")));
    bool ok = false;
    const int keep = text.toInt(&ok);
    return ok && keep > 0 ? keep : CatalogBackups::kDefaultKeep;
}

Result<void> Catalog::setBackupsToKeep(int keep)
{
    if (keep < 1 || keep > 1000)
        return makeError(ErrorCode::InvalidArgument, tr("Keep between 1 and 1000 backups."));
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('backups_keep', ?1) "
                                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    return stmt.bind(1, QString::number(keep)).exec();
}

} // namespace rakkan::catalog
