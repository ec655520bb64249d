#include "ui/catalogue/CatalogueJobs.h"

#include "catalog/Catalog.h"
#include "ui/common/Job.h"

#include <QSet>

namespace rakkan::ui {

Job *startImport(QObject *owner, const QString &catalogPath, const QStringList &paths,
                 const cataloguing::ImportOptions &options,
                 std::function<void(const QList<catalog::WorkSummary> &)> onWorks,
                 std::function<void(const cataloguing::ImportReport &)> done)
{
    auto *job = new Job(Job::tr("Importing"), catalogPath, owner);
    job->start<cataloguing::ImportReport>(
        [paths, options, onWorks](JobContext &context) {
            auto catalog = catalog::Catalog::open(context.catalogPath());
            if (!catalog.ok()) {
                cataloguing::ImportReport report;
                for (const QString &p : paths) {
                    cataloguing::ImportItem item;
                    item.path = p;
                    item.error = catalog.error();
                    report.items << item;
                }
                return report;
            }
            cataloguing::Importer importer(**catalog, options);
            importer.setCancelFlag(context.cancelFlag());
            importer.setProgressCallback(
                [&context](const cataloguing::ImportProgress &p) { context.progress(p.done, p.total); });
            importer.setBatchCallback([&](const QList<cataloguing::ImportItem> &items) {
                QSet<qint64> touched;
                for (const auto &item : items)
                    if (item.outcome == cataloguing::ImportItem::Outcome::Added)
                        touched.insert(item.workId);
                if (touched.isEmpty())
                    return;
                if (auto summaries = (*catalog)->works().summaries(touched.values()); summaries.ok())
                    context.post([onWorks, works = *summaries] { onWorks(works); });
            });
            return importer.run(paths);
        },
        [done](cataloguing::ImportReport report) { done(report); });
    return job;
}

Job *startReidentify(QObject *owner, const QString &catalogPath,
                     std::function<void(const Result<cataloguing::ReidentifyReport> &)> done)
{
    auto *job = new Job(Job::tr("Computing missing fingerprints and ISCC"), catalogPath, owner);
    job->start<Result<cataloguing::ReidentifyReport>>(
        [](JobContext &context) -> Result<cataloguing::ReidentifyReport> {
            RAKKAN_TRY(auto catalog, catalog::Catalog::open(context.catalogPath()));
            cataloguing::Reidentifier reidentifier(*catalog);
            reidentifier.setCancelFlag(context.cancelFlag());
            reidentifier.setProgressCallback([&context](int read, int total) { context.progress(read, total); });
            return reidentifier.run(false);
        },
        [done](Result<cataloguing::ReidentifyReport> report) { done(report); });
    return job;
}

} // namespace rakkan::ui
