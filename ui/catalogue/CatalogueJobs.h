#pragma once

#include "catalog/WorkTypes.h"
#include "cataloguing/Importer.h"
#include "cataloguing/Reidentifier.h"

#include <functional>

namespace rakkan::ui {

class Job;

// The catalogue's long work as jobs: each opens its own connection to the catalogue it was started on, so the
// session's queries go on meanwhile, and each stops between files when cancelled (what is committed stays).

// Imports `paths`; `onWorks` gets the works each committed batch added or grew, `done` the report.
Job *startImport(QObject *owner, const QString &catalogPath, const QStringList &paths,
                 const cataloguing::ImportOptions &options,
                 std::function<void(const QList<catalog::WorkSummary> &)> onWorks,
                 std::function<void(const cataloguing::ImportReport &)> done);

// Reads catalogued files again for the fingerprints and ISCC that an older Rakkan did not compute.
Job *startReidentify(QObject *owner, const QString &catalogPath,
                     std::function<void(const Result<cataloguing::ReidentifyReport> &)> done);

} // namespace rakkan::ui
