#pragma once

#include "cataloguing/Reidentifier.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace rakkan::ui {

// Computes the fingerprints and ISCC an older Rakkan did not store, on a worker thread with its own catalogue
// connection; progress and the final report come back on the GUI thread.
class ReidentifyJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReidentifyJob)

public:
    explicit ReidentifyJob(QString catalogPath, QObject *parent = nullptr);
    ~ReidentifyJob() override;

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_future.isRunning(); }
    void wait() { m_future.waitForFinished(); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const rakkan::Result<rakkan::cataloguing::ReidentifyReport> &report);

private:
    QString m_catalogPath;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    QFuture<void> m_future;
};

} // namespace rakkan::ui
