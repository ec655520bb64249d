#include "ui/catalogue/ReidentifyJob.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace rakkan::ui {

ReidentifyJob::ReidentifyJob(QString catalogPath, QObject *parent)
    : QObject(parent), m_catalogPath(std::move(catalogPath))
{
    m_pool.setMaxThreadCount(1);
}

ReidentifyJob::~ReidentifyJob()
{
    cancel();
    m_future.waitForFinished();
}

void ReidentifyJob::start()
{
    QPointer<ReidentifyJob> self(this);
    auto cancel = m_cancel;
    const QString path = m_catalogPath;
    m_future = QtConcurrent::run(&m_pool, [self, cancel, path]() {
        auto post = [self](auto fn) { QMetaObject::invokeMethod(self.data(), fn, Qt::QueuedConnection); };
        Result<cataloguing::ReidentifyReport> report = makeError(ErrorCode::Cancelled, QString());
        auto catalog = catalog::Catalog::open(path);
        if (!catalog.ok()) {
            report = catalog.error();
        } else {
            cataloguing::Reidentifier reidentifier(**catalog);
            reidentifier.setCancelFlag(cancel);
            reidentifier.setProgressCallback(
                [&](int done, int total) { post([self, done, total] { Q_EMIT self->progress(done, total); }); });
            report = reidentifier.run(false);
        }
        post([self, report] { Q_EMIT self->finished(report); });
    });
}

} // namespace rakkan::ui
