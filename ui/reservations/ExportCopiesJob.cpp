#include "ui/reservations/ExportCopiesJob.h"

#include "catalog/Catalog.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rakkan::ui {

ExportCopiesJob::ExportCopiesJob(QString catalogPath, QList<qint64> workIds, QString folder,
                                 reservations::CopyExporter::Options options, QObject *parent)
    : QObject(parent), m_catalogPath(std::move(catalogPath)), m_workIds(std::move(workIds)),
      m_folder(std::move(folder)), m_options(std::move(options))
{
    m_pool.setMaxThreadCount(1);
}

ExportCopiesJob::~ExportCopiesJob()
{
    cancel();
    m_future.waitForFinished();
}

void ExportCopiesJob::start()
{
    QPointer<ExportCopiesJob> self(this);
    m_future = QtConcurrent::run(&m_pool, [self, path = m_catalogPath, works = m_workIds, folder = m_folder,
                                           base = m_options, cancel = m_cancel]() {
        auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };
        auto finish = [&](const Result<reservations::CopyExporter::Report> &report) {
            post([self, report] { Q_EMIT self->finished(report); });
        };
        auto catalog = catalog::Catalog::open(path);
        if (!catalog.ok())
            return finish(catalog.error());
        reservations::CopyExporter::Options options = base;
        options.cancel = cancel;
        options.progress = [&](int done, int total) {
            post([self, done, total] { Q_EMIT self->progress(done, total); });
        };
        finish(reservations::CopyExporter::run(**catalog, works, folder, options));
    });
}

} // namespace rakkan::ui
