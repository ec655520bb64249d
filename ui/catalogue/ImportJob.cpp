#include "ui/catalogue/ImportJob.h"

#include <QPointer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace rakkan::ui {

ImportJob::ImportJob(QString catalogPath, QStringList paths, cataloguing::ImportOptions options, QObject *parent)
    : QObject(parent), m_catalogPath(std::move(catalogPath)), m_paths(std::move(paths)), m_options(options)
{
    m_pool.setMaxThreadCount(1);
}

ImportJob::~ImportJob()
{
    cancel();
    m_future.waitForFinished();
}

void ImportJob::cancel()
{
    m_cancelRequested->store(true);
}

void ImportJob::start()
{
    QPointer<ImportJob> self(this);
    auto cancelRequested = m_cancelRequested;
    const QString path = m_catalogPath;
    const QStringList paths = m_paths;
    const cataloguing::ImportOptions options = m_options;
    auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };

    m_future = QtConcurrent::run(&m_pool, [=]() {
        auto catalog = catalog::Catalog::open(path);
        if (!catalog.ok()) {
            cataloguing::ImportReport report;
            for (const QString &p : paths) {
                cataloguing::ImportItem item;
                item.path = p;
                item.error = catalog.error();
                report.items << item;
            }
            post([self, report] { Q_EMIT self->finished(report); });
            return;
        }
        cataloguing::Importer importer(**catalog, options);
        importer.setCancelFlag(cancelRequested);
        importer.setProgressCallback(
            [&](const cataloguing::ImportProgress &p) { post([self, p] { Q_EMIT self->progress(p.done, p.total); }); });
        importer.setBatchCallback([&](const QList<cataloguing::ImportItem> &items) {
            QSet<qint64> touched;
            for (const auto &item : items)
                if (item.outcome == cataloguing::ImportItem::Outcome::Added)
                    touched.insert(item.workId);
            if (touched.isEmpty())
                return;
            auto summaries = (*catalog)->workSummaries(touched.values());
            if (summaries.ok())
                post([self, works = *summaries] { Q_EMIT self->worksChanged(works); });
        });
        const cataloguing::ImportReport report = importer.run(paths);
        post([self, report] { Q_EMIT self->finished(report); });
    });
}

} // namespace rakkan::ui
