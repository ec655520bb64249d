#pragma once

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>

namespace rakkan::ui {

// Loads stored thumbnails off the GUI thread, newest request first: when the user scrolls quickly, the rows now on
// screen are served before the ones already scrolled past, and old requests are dropped beyond a bound.
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    explicit ThumbnailLoader(QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // Switches to another catalogue file; pending requests are dropped.
    void setCatalogPath(const QString &path);
    // Thumbnails are scaled to fit this size (device pixels) before they reach the GUI thread.
    void setTargetSize(QSize size);
    void request(qint64 assetId);
    bool isPending(qint64 assetId) const;

Q_SIGNALS:
    void loaded(qint64 assetId, const QImage &image);

private:
    void stop();
    void workerLoop(QString path);

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<qint64> m_queue;
    QSet<qint64> m_pending;
    QSize m_targetSize{160, 160};
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace rakkan::ui
