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

    // Opens (creating it and its folder if needed) and upgrades the catalogue. A read-only connection never
    // creates nor upgrades; it refuses a catalogue it cannot read.
    static Result<std::unique_ptr<Catalog>> open(const QString &path, Access access = Access::ReadWrite);

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
    Result<void> configure(Access access);

    std::unique_ptr<sql::Database> m_db;
};

// Where the GUI and the CLI keep the catalogue unless told otherwise: RAKKAN_CATALOG, else the platform's
// application-data folder.
QString defaultCatalogPath();

} // namespace rakkan::catalog
