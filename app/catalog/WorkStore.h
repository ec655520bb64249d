#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>

namespace rakkan::catalog {

// The works of a catalogue with what describes them: titles, kind, series, tags, rights holders, publications and
// the identity that signs for them. Their files are the AssetStore's.
class WorkStore
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::Catalog)

public:
    explicit WorkStore(sql::Database &db) : m_db(db) {}

    Result<qint64> create(const QString &title, WorkKind kind);
    // The work whole: its files (with their ISCC), tags, holders, publications.
    Result<Work> get(qint64 id);
    Result<QList<WorkSummary>> summaries();
    // Only the given works (those an import just touched, say); missing ids are left out.
    Result<QList<WorkSummary>> summaries(const QList<qint64> &ids);
    Result<qint64> count();
    // Only the title, for messages that name a work ("already catalogued as ...").
    Result<QString> title(qint64 id);
    // Only what the edit names changes. The ISCC Meta-Codes follow the title through cataloguing::WorkEditor,
    // which is what the GUI and the CLI call.
    Result<void> update(qint64 id, const WorkEdit &edit);
    // Removes the work and its files from the catalogue (never the files themselves) and returns what undo needs.
    Result<WorkSnapshot> remove(qint64 id);
    Result<void> restore(const WorkSnapshot &snapshot);

private:
    Result<void> require(qint64 id);
    Result<void> addTag(qint64 workId, const QString &name);
    Result<void> addHolder(qint64 workId, const WorkHolder &holder);
    Result<void> addPublication(qint64 workId, const Publication &publication);
    Result<void> applyEdit(qint64 id, const WorkEdit &edit);
    Result<QList<WorkSummary>> summariesWhere(const QString &where);

    sql::Database &m_db;
};

} // namespace rakkan::catalog
