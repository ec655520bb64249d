#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

namespace rakkan::catalog {

// The names works share (series, tags, rights holders), each stored once and offered for completion.
class NameStore
{
public:
    explicit NameStore(sql::Database &db) : m_db(db) {}

    Result<QStringList> series();
    Result<QStringList> tags();
    Result<QStringList> holders();

    // The id of a name, adding it the first time.
    Result<qint64> ensureSeries(const QString &title);
    Result<qint64> ensureTag(const QString &name);
    Result<qint64> ensureHolder(const WorkHolder &holder);
    // A name as stored: inner runs of spaces collapsed, none around it.
    static QString clean(const QString &name);

private:
    Result<qint64> idByName(const QString &table, const QString &column, const QString &name);
    Result<QStringList> stringColumn(const QString &sql);

    sql::Database &m_db;
};

} // namespace rakkan::catalog
