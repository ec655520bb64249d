#pragma once

#include "catalog/AssetStore.h"
#include "catalog/FingerprintStore.h"
#include "catalog/IsccStore.h"
#include "catalog/LocalFeatureStore.h"
#include "catalog/NameStore.h"
#include "catalog/WorkStore.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace rakkan::catalog {

// The catalogue: one SQLite file the user chose (a studio keeps several). Each instance is one connection and
// belongs to one thread at a time; the stores it hands out (works, assets, fingerprints, ISCC, names) all use that
// connection, every write is one transaction, and writes compose through sql::Transaction.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::Catalog)

public:
    enum class Access { ReadWrite, ReadOnly };
    // What the opening that starts a session (the GUI's, a CLI command's) does beyond a worker's: SQLite's quick
    // check of every page, so damage is found at open rather than half-way through a write, and (AtStart) the daily
    // backup. CheckOnly leaves the backup to the caller: the GUI makes it as a job with a connection of its own
    // (CatalogBackups::makeDailyIfDue), so that a large catalogue's copy never holds up the window's catalogue.
    enum class Upkeep { None, CheckOnly, AtStart };

    // Opens (creating it and its folder if needed) and upgrades the catalogue, after a backup of the older format.
    // A read-only connection never creates nor upgrades; it refuses a catalogue it cannot read. A restore cut short
    // by a crash is finished first.
    static Result<std::unique_ptr<Catalog>> open(const QString &path, Access access = Access::ReadWrite,
                                                 Upkeep upkeep = Upkeep::None);

    // Whether `path` is a SQLite database by its first bytes (a catalogue, or something to refuse when opened as
    // one), as opposed to a picture or any other file. Reads 16 bytes.
    static bool looksLikeCatalog(const QString &path);

    // How many backups the catalogue keeps (CatalogBackups), a number stored in it.
    Result<int> backupsToKeep();
    Result<void> setBackupsToKeep(int keep);
    // What went wrong with the daily backup at open (empty when nothing did): opening goes on, but the user is told.
    QString upkeepWarning() const { return m_upkeepWarning; }
    // Whether this opening made the catalogue (a new one has nothing to back up yet).
    bool createdNow() const { return m_createdNow; }

    QString path() const { return m_db->path(); }
    sql::Database &database() { return *m_db; }

    WorkStore works() { return WorkStore(*m_db); }
    AssetStore assets() { return AssetStore(*m_db); }
    FingerprintStore fingerprints() { return FingerprintStore(*m_db); }
    IsccStore isccs() { return IsccStore(*m_db); }
    LocalFeatureStore localFeatures() { return LocalFeatureStore(*m_db); }
    NameStore names() { return NameStore(*m_db); }

private:
    explicit Catalog(std::unique_ptr<sql::Database> db);
    Result<void> configure(Access access, Upkeep upkeep);

    std::unique_ptr<sql::Database> m_db;
    QString m_upkeepWarning;
    bool m_createdNow = false;
};

// Where the GUI and the CLI keep the catalogue unless told otherwise: RAKKAN_CATALOG, else the platform's
// application-data folder.
QString defaultCatalogPath();

} // namespace rakkan::catalog
