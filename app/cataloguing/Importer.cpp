#include "cataloguing/Importer.h"

#include "cataloguing/FilePreparer.h"
#include "cataloguing/ImportJournal.h"
#include "cataloguing/WorkEditor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace rakkan::cataloguing {

struct Importer::Prepared
{
    std::optional<catalog::NewAsset> asset;
    std::optional<Error> error;
};

Importer::Importer(catalog::Catalog &catalog, ImportOptions options) : m_catalog(catalog), m_options(options) {}

ImportReport Importer::run(const QStringList &paths)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;

    // Marked in the catalogue until it ends, so that an import cut short is reported when the catalogue next opens.
    ImportJournal journal(m_catalog);
    if (auto marked = journal.begin(paths, m_options.grouping); !marked.ok()) {
        for (const QString &path : paths) {
            ImportItem item;
            item.path = path;
            item.error = marked.error(); // a locked or read-only catalogue: nothing could be written anyway
            report.items << item;
        }
        return report;
    }

    imaging::FileScanner scanner(m_cancelled.get());
    imaging::ScanResult scan = scanner.scan(paths);
    for (const auto &failure : std::as_const(scan.failures)) {
        ImportItem item;
        item.path = failure.path;
        item.outcome = ImportItem::Outcome::Failed;
        item.error = failure.error;
        report.items << item;
    }
    report.skippedNotImages = scan.skippedNotImages;
    report.filesFound = int(scan.files.size());
    if (m_onProgress)
        m_onProgress({0, report.filesFound, QString()});

    QThreadPool pool;
    pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
    // Batches are a few files per thread: large enough to keep every core busy and to make one transaction
    // worth its fsync, small enough that cancel answers quickly and memory stays bounded.
    const qsizetype batchSize = qMax(8, pool.maxThreadCount() * 4);
    const imaging::DecodeLimits limits = m_options.limits;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    auto prepare = [limits, cancelled](const imaging::ScannedFile &file) {
        Prepared p;
        if (cancelled->load())
            return p;
        auto asset = FilePreparer::prepare(file.path, limits);
        if (asset.ok())
            p.asset = std::move(asset).value();
        else
            p.error = asset.error();
        return p;
    };

    // While one batch is written, the next one is decoding.
    auto startBatch = [&](qsizetype from) {
        return QtConcurrent::mapped(&pool, scan.files.begin() + from,
                                    scan.files.begin() + qMin(from + batchSize, scan.files.size()), prepare);
    };
    qsizetype next = 0;
    QFuture<Prepared> inFlight;
    if (!scan.files.isEmpty()) {
        inFlight = startBatch(0);
        next = qMin(batchSize, scan.files.size());
    }
    qsizetype batchStart = 0;
    int done = 0;
    while (batchStart < scan.files.size()) {
        const QList<Prepared> prepared = inFlight.results();
        const QList<imaging::ScannedFile> files = scan.files.mid(batchStart, prepared.size());
        if (m_cancelled->load()) {
            report.cancelled = true;
            break;
        }
        if (next < scan.files.size()) {
            inFlight = startBatch(next);
            next = qMin(next + batchSize, scan.files.size());
        }
        const QList<ImportItem> written = writeBatch(files, prepared);
        report.items << written;
        if (m_onBatch)
            m_onBatch(written);
        batchStart += prepared.size();
        done += int(prepared.size());
        if (m_onProgress)
            m_onProgress({done, report.filesFound, files.isEmpty() ? QString() : files.constLast().path});
    }
    if (m_cancelled->load()) {
        report.cancelled = true;
        inFlight.waitForFinished();
    }
    // Ended, whole or cancelled on purpose. Should clearing the mark fail, the next start offers to run the import
    // again, which adds nothing twice: the worst case is a question too many.
    (void)journal.end();
    report.elapsedMs = timer.elapsed();
    return report;
}

QList<ImportItem> Importer::writeBatch(const QList<imaging::ScannedFile> &files, const QList<Prepared> &prepared)
{
    QList<ImportItem> items;
    const QHash<QString, qint64> foldersBefore = m_folderWorks;

    sql::Transaction tx(m_catalog.database());
    auto begun = tx.begin();
    for (qsizetype i = 0; i < files.size(); ++i) {
        ImportItem item;
        item.path = files[i].path;
        if (prepared[i].error) {
            item.error = prepared[i].error;
        } else if (!prepared[i].asset) {
            continue; // not prepared because the import was cancelled
        } else if (!begun.ok()) {
            item.error = begun.error();
        } else {
            // Each file in a savepoint of its own: a refused row fails that file, not its batch.
            sql::Transaction one(m_catalog.database());
            auto ok = one.begin();
            auto written = ok.ok() ? writeOne(files[i], *prepared[i].asset) : Result<ImportItem>(ok.error());
            if (written.ok() && (ok = one.commit()).ok())
                item = *written;
            else
                item.error = written.ok() ? ok.error() : written.error();
        }
        item.path = files[i].path;
        items << item;
    }
    if (!begun.ok())
        return items;

    auto committed = tx.commit();
    if (!committed.ok()) {
        // Nothing of this batch landed (a full disk, typically): say so for every file it held.
        m_folderWorks = foldersBefore;
        for (ImportItem &item : items) {
            if (item.outcome == ImportItem::Outcome::Added) {
                item.outcome = ImportItem::Outcome::Failed;
                item.error = committed.error();
                item.workId = item.assetId = 0;
            }
        }
    }
    return items;
}

Result<ImportItem> Importer::writeOne(const imaging::ScannedFile &file, const catalog::NewAsset &asset)
{
    ImportItem item;
    item.path = file.path;
    item.sha256 = asset.sha256;
    item.format = asset.format;
    item.pixelSize = asset.pixelSize;

    const bool asPage = m_options.grouping == ImportOptions::Grouping::FolderPerWork && !file.folder.isEmpty();
    RAKKAN_TRY(auto existing, m_catalog.assets().findBySha256(asset.sha256));
    if (existing) {
        item.outcome = ImportItem::Outcome::AlreadyCatalogued;
        item.workId = existing->workId;
        item.assetId = existing->assetId;
        RAKKAN_TRY(auto title, m_catalog.works().title(existing->workId));
        item.workTitle = title;
        // Re-importing a chapter folder with new pages adds them to the work that already holds the others.
        if (asPage && !m_folderWorks.contains(file.folder))
            m_folderWorks.insert(file.folder, item.workId);
        return item;
    }

    qint64 workId = asPage ? m_folderWorks.value(file.folder) : 0;
    if (workId == 0) {
        const QString title = asPage ? QFileInfo(file.folder).fileName() : QFileInfo(file.path).completeBaseName();
        const auto kind = asPage ? catalog::WorkKind::MangaChapter : catalog::WorkKind::Illustration;
        RAKKAN_TRY(auto created, m_catalog.works().create(title, kind));
        workId = created;
    }
    RAKKAN_TRY(auto page, m_catalog.assets().nextPage(workId));
    RAKKAN_TRY(auto added, cataloguing::WorkEditor(m_catalog).addAsset(workId, page, asset));
    // Remembered only once the page is in: a failed first page must not leave a folder pointing at a rolled-back work.
    if (asPage)
        m_folderWorks.insert(file.folder, workId);
    item.outcome = ImportItem::Outcome::Added;
    item.workId = workId;
    item.assetId = added.assetId;
    item.page = page;
    return item;
}

} // namespace rakkan::cataloguing
