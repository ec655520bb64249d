#pragma once

#include "catalog/WorkTypes.h"
#include "cataloguing/Importer.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace rakkan::ui {

// Runs one import on a worker thread with its own catalogue connection, and reports back on the GUI thread:
// progress, the works each committed batch added or grew, and the final report.
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    ImportJob(QString catalogPath, QStringList paths, cataloguing::ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_future.isRunning(); }
    // Blocks until the worker is done; for shutdown and tests.
    void wait() { m_future.waitForFinished(); }

Q_SIGNALS:
    void progress(int done, int total);
    void worksChanged(const QList<rakkan::catalog::WorkSummary> &works);
    void finished(const rakkan::cataloguing::ImportReport &report);

private:
    QString m_catalogPath;
    QStringList m_paths;
    cataloguing::ImportOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QFuture<void> m_future;
};

} // namespace rakkan::ui
