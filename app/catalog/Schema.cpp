#include "catalog/Schema.h"

#include <QFile>

namespace rakkan::catalog {

namespace {

Result<int> pragmaInt(sql::Database &db, const QString &pragma)
{
    RAKKAN_TRY(auto stmt, db.prepare(QStringLiteral("PRAGMA %1").arg(pragma)));
    RAKKAN_TRY(stmt.step());
    return int(stmt.int64(0));
}

Result<int> minReaderVersion(sql::Database &db)
{
    RAKKAN_TRY(auto stmt, db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'min_reader_version'")));
    RAKKAN_TRY(auto row, stmt.step());
    return row ? stmt.text(0).toInt() : 1;
}

Result<bool> hasForeignTables(sql::Database &db)
{
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")));
    RAKKAN_TRY(stmt.step());
    return stmt.int64(0) > 0;
}

Result<void> applyMigration(sql::Database &db, const Migration &migration)
{
    QFile file(migration.resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Database,
            Schema::tr("The catalogue upgrade step %1 is missing from this build.").arg(migration.version));
    const QString script = QString::fromUtf8(file.readAll());

    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(db.exec(script));
    RAKKAN_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)));
    RAKKAN_TRY(db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kApplicationId)));
    RAKKAN_TRY(auto upsert, db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('min_reader_version', ?1) "
                                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
    RAKKAN_TRY(upsert.bind(1, QString::number(migration.minReaderVersion)).exec());
    return tx.commit();
}

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> list = {
        {1, 1, QStringLiteral(":/migrations/0001_catalog.sql")},
        {2, 1, QStringLiteral(":/migrations/0002_rights.sql")},
        {3, 1, QStringLiteral(":/migrations/0003_fingerprints.sql")},
        {4, 4, QStringLiteral(":/migrations/0004_iscc_identities.sql")},
        {5, 4, QStringLiteral(":/migrations/0005_outbox.sql")},
        {6, 4, QStringLiteral(":/migrations/0006_spawning.sql")},
        {7, 4, QStringLiteral(":/migrations/0007_vendor_forms.sql")},
        {8, 4, QStringLiteral(":/migrations/0008_registry_extensions.sql")},
        {9, 4, QStringLiteral(":/migrations/0009_reservations.sql")},
        {10, 4, QStringLiteral(":/migrations/0010_licensing.sql")},
        {11, 4, QStringLiteral(":/migrations/0011_offer_terms.sql")},
        {12, 4, QStringLiteral(":/migrations/0012_local_features.sql")},
        {13, 4, QStringLiteral(":/migrations/0013_decode_notes.sql")},
        {14, 4, QStringLiteral(":/migrations/0014_signing_certificates.sql")},
        {15, 4, QStringLiteral(":/migrations/0015_cases.sql")},
    };
    return list;
}

Result<int> Schema::version(sql::Database &db)
{
    return pragmaInt(db, QStringLiteral("user_version"));
}

Result<void> Schema::checkIsCatalog(sql::Database &db)
{
    RAKKAN_TRY(auto current, version(db));
    if (current == 0) {
        RAKKAN_TRY(auto foreign, hasForeignTables(db));
        if (foreign)
            return makeError(ErrorCode::NotACatalog,
                             tr("%1 is a database of another program, not a Rakkan catalogue.").arg(db.path()));
    } else {
        RAKKAN_TRY(auto appId, pragmaInt(db, QStringLiteral("application_id")));
        if (appId != kApplicationId)
            return makeError(ErrorCode::NotACatalog,
                             tr("%1 is a database of another program, not a Rakkan catalogue.").arg(db.path()));
    }
    return {};
}

Result<void> Schema::checkNotTooNew(sql::Database &db, int current)
{
    if (current <= kCurrentVersion)
        return {};
    RAKKAN_TRY(auto minReader, minReaderVersion(db));
    if (minReader > kCurrentVersion)
        return makeError(ErrorCode::SchemaTooNew,
                         tr("This catalogue was saved by a newer version of Rakkan (catalogue format %1; this "
                            "version reads up to format %2). Update Rakkan to open it.")
                             .arg(current)
                             .arg(kCurrentVersion));
    return {};
}

Result<void> Schema::checkReadableAsIs(sql::Database &db)
{
    RAKKAN_TRY(checkIsCatalog(db));
    RAKKAN_TRY(auto current, version(db));
    if (current < kCurrentVersion)
        return makeError(
            ErrorCode::NotACatalog,
            tr("%1 is empty or in an older catalogue format; open it in Rakkan once to upgrade it.").arg(db.path()));
    return checkNotTooNew(db, current);
}

Result<void> Schema::migrate(sql::Database &db, int targetVersion)
{
    RAKKAN_TRY(checkIsCatalog(db));
    RAKKAN_TRY(auto current, version(db));

    if (current > kCurrentVersion)
        return checkNotTooNew(db, current); // a newer but compatible catalogue is used as it is, never downgraded

    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        RAKKAN_TRY(applyMigration(db, migration));
    }
    return {};
}

} // namespace rakkan::catalog
