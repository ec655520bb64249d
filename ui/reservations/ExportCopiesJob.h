#pragma once

#include "reservations/CopyExporter.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rakkan::ui {

// Writes copies of works carrying their reservation in XMP, on a worker thread with its own catalogue
// connection; progress and the report come back on the GUI thread; cancel stops between works.
class ExportCopiesJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCopiesJob)

public:
    // Progress and cancel in `options` are the job's own.
    ExportCopiesJob(QString catalogPath, QList<qint64> workIds, QString folder,
                    reservations::CopyExporter::Options options, QObject *parent = nullptr);
    ~ExportCopiesJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_future.isRunning(); }
    void wait() { m_future.waitForFinished(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const rakkan::Result<rakkan::reservations::CopyExporter::Report> &report);

private:
    QString m_catalogPath;
    QList<qint64> m_workIds;
    QString m_folder;
    reservations::CopyExporter::Options m_options;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QFuture<void> m_future;
};

} // namespace rakkan::ui
