#pragma once

#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rakkan::catalog {

struct Migration
{
    int version;
    // The oldest schema a Rakkan must understand to read a catalogue once this migration ran. Additive changes
    // keep older readers working; a change that older code would misread raises it.
    int minReaderVersion;
    QString resource;
};

class Schema
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::Schema)

public:
    static constexpr int kCurrentVersion = 15;
    // "RAKN": tells a Rakkan catalogue apart from any other SQLite file.
    static constexpr int kApplicationId = 0x52414B4E;

    static const QList<Migration> &migrations();

    // Brings the catalogue up to targetVersion, one migration per transaction. (Catalog::open backs an older
    // catalogue up first.)
    static Result<void> migrate(sql::Database &db, int targetVersion = kCurrentVersion);

    static Result<int> version(sql::Database &db);

    // Refuses a file that is not a SQLite database or is another program's. Only reads, so that such a file can be
    // turned away before anything (a journal mode, a migration) is written to it.
    static Result<void> checkIsCatalog(sql::Database &db);
    // A catalogue this version can read as it is: Rakkan's, not newer than it understands, not older than the
    // current format (an older one must first be opened for writing, which upgrades it).
    static Result<void> checkReadableAsIs(sql::Database &db);

private:
    static Result<void> checkNotTooNew(sql::Database &db, int current);
};

} // namespace rakkan::catalog
