#pragma once

#include "catalog/Catalog.h"
#include "cataloguing/Importer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace rakkan::cataloguing {

// An import that began and never ended: what was asked, when, and how its files were grouped.
struct UnfinishedImport
{
    QStringList paths;
    ImportOptions::Grouping grouping = ImportOptions::Grouping::FilePerWork;
    QDateTime startedAt; // UTC
};

// Remembers, inside the catalogue, that an import is under way, so that one cut short by a crash, a kill or a
// power cut is reported the next time the catalogue opens and can be run again: files already added are then
// recognised by their hash and skipped, so running it again finishes it. An import that ends, or that the user
// cancels, leaves no mark.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cataloguing::ImportJournal)

public:
    explicit ImportJournal(catalog::Catalog &catalog) : m_catalog(catalog) {}

    Result<void> begin(const QStringList &paths, ImportOptions::Grouping grouping,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<void> end();
    // The import that did not end, if any. A mark that cannot be read is no import: it is reported as none.
    Result<std::optional<UnfinishedImport>> unfinished();

private:
    catalog::Catalog &m_catalog;
};

} // namespace rakkan::cataloguing
