#include "catalog/NameStore.h"

namespace rakkan::catalog {

QString NameStore::clean(const QString &name)
{
    return name.simplified();
}

Result<qint64> NameStore::idByName(const QString &table, const QString &column, const QString &name)
{
    // Table and column names come from this file only, never from the user.
    RAKKAN_TRY(
        auto insert,
        m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (?1) ON CONFLICT DO NOTHING").arg(table, column)));
    RAKKAN_TRY(insert.bind(1, name).exec());
    RAKKAN_TRY(auto select, m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?1").arg(table, column)));
    return select.bind(1, name).scalarInt64();
}

Result<qint64> NameStore::ensureSeries(const QString &title)
{
    return idByName(QStringLiteral("series"), QStringLiteral("title"), title);
}

Result<qint64> NameStore::ensureTag(const QString &name)
{
    return idByName(QStringLiteral("tags"), QStringLiteral("name"), name);
}

Result<qint64> NameStore::ensureHolder(const WorkHolder &holder)
{
    RAKKAN_TRY(auto insert,
               m_db.prepare(QStringLiteral(
                   "INSERT INTO holders (name, name_latin) VALUES (?1, ?2) "
                   "ON CONFLICT (name) DO UPDATE SET name_latin = coalesce(excluded.name_latin, holders.name_latin)")));
    RAKKAN_TRY(insert.bind(1, clean(holder.name)).bindTextOrNull(2, clean(holder.nameLatin)).exec());
    RAKKAN_TRY(auto select, m_db.prepare(QStringLiteral("SELECT id FROM holders WHERE name = ?1")));
    return select.bind(1, clean(holder.name)).scalarInt64();
}

Result<QStringList> NameStore::stringColumn(const QString &sql)
{
    RAKKAN_TRY(auto stmt, m_db.prepare(sql));
    QStringList values;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { values << r.text(0); }));
    return values;
}

Result<QStringList> NameStore::series()
{
    return stringColumn(QStringLiteral("SELECT title FROM series ORDER BY title"));
}

Result<QStringList> NameStore::tags()
{
    return stringColumn(QStringLiteral("SELECT name FROM tags ORDER BY name"));
}

Result<QStringList> NameStore::holders()
{
    return stringColumn(QStringLiteral("SELECT name FROM holders ORDER BY name"));
}

} // namespace rakkan::catalog
