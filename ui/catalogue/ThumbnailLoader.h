#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>

#include <memory>

namespace rakkan::ui {

class Job;

// Loads stored thumbnails off the GUI thread, newest request first: when the user scrolls quickly, the rows now on
// screen are served before the ones already scrolled past, and old requests are dropped beyond a bound. The reading
// is a Job of its own with a read-only connection, bound to the catalogue it reads.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // Switches to another catalogue file (none when empty); pending requests are dropped.
    void setCatalogPath(const QString &path);
    // Thumbnails are scaled to fit this size (device pixels) before they reach the GUI thread.
    void setTargetSize(QSize size);
    void request(qint64 assetId);
    bool isPending(qint64 assetId) const;

    // What the worker and this object share; it outlives either.
    struct Queue;

Q_SIGNALS:
    void loaded(qint64 assetId, const QImage &image);

private:
    void stop();

    std::shared_ptr<Queue> m_queue;
    QPointer<Job> m_job;
    QSize m_targetSize{160, 160};
};

} // namespace rakkan::ui
