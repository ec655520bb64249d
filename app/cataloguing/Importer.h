#pragma once

#include "catalog/Catalog.h"
#include "cataloguing/ImportTypes.h"
#include "imaging/DecodeLimits.h"
#include "imaging/FileScanner.h"

#include <QCoreApplication>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::cataloguing {

struct ImportOptions
{
    // FilePerWork: every file is a work of its own. FolderPerWork: the files of each imported folder become the
    // pages of one work, in name order (a manga chapter kept as one folder of pages).
    enum class Grouping { FilePerWork, FolderPerWork };
    Grouping grouping = Grouping::FilePerWork;
    int threads = 0; // 0: one per core
    imaging::DecodeLimits limits;
};

// Imports files and folders into a catalogue. Files are read and decoded on worker threads; the results are
// written by the calling thread in batches, one transaction each, so a crash loses at most the batch in flight and
// never leaves half a work. Bad files are reported and the rest goes on. Blocking: the GUI runs it on a worker.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cataloguing::Importer)

public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;

    Importer(catalog::Catalog &catalog, ImportOptions options);

    using BatchCallback = std::function<void(const QList<ImportItem> &)>;

    void setProgressCallback(ProgressCallback callback) { m_onProgress = std::move(callback); }
    // Called on the importing thread after each batch is committed, with that batch's items: lets the GUI show
    // new works while a long import runs.
    void setBatchCallback(BatchCallback callback) { m_onBatch = std::move(callback); }
    // Thread-safe: asks a running import to stop. What was committed stays; the batch being decoded is dropped,
    // and files not reached are left for a later import.
    void cancel() { m_cancelled->store(true); }
    // Shares the stop flag with whoever starts the import on another thread, so it can cancel at any moment.
    void setCancelFlag(std::shared_ptr<std::atomic<bool>> flag) { m_cancelled = std::move(flag); }

    ImportReport run(const QStringList &paths);

private:
    struct Prepared;
    QList<ImportItem> writeBatch(const QList<imaging::ScannedFile> &files, const QList<Prepared> &prepared);
    Result<ImportItem> writeOne(const imaging::ScannedFile &file, const catalog::NewAsset &asset);

    catalog::Catalog &m_catalog;
    ImportOptions m_options;
    ProgressCallback m_onProgress;
    BatchCallback m_onBatch;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QHash<QString, qint64> m_folderWorks; // folder -> work, in FolderPerWork mode
};

} // namespace rakkan::cataloguing
