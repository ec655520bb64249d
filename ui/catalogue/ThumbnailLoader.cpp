#include "ui/catalogue/ThumbnailLoader.h"

#include "catalog/Catalog.h"
#include "ui/common/Job.h"

#include <QMutex>
#include <QSet>
#include <QWaitCondition>

#include <deque>

namespace rakkan::ui {

namespace {
constexpr size_t kMaxQueued = 400; // about three screens of grid
}

struct ThumbnailLoader::Queue
{
    QMutex mutex;
    QWaitCondition wake;
    std::deque<qint64> pending;
    QSet<qint64> requested;
    QSize targetSize{160, 160};
    bool stopping = false;
};

ThumbnailLoader::ThumbnailLoader(QObject *parent) : QObject(parent) {}

ThumbnailLoader::~ThumbnailLoader()
{
    stop();
}

void ThumbnailLoader::stop()
{
    if (!m_queue)
        return;
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->stopping = true;
        m_queue->pending.clear();
        m_queue->requested.clear();
    }
    m_queue->wake.wakeAll();
    // The worker keeps the queue alive and ends on its own; nothing waits for it.
    delete m_job;
    m_queue.reset();
}

void ThumbnailLoader::setCatalogPath(const QString &path)
{
    stop();
    if (path.isEmpty())
        return;
    auto queue = std::make_shared<Queue>();
    queue->targetSize = m_targetSize;
    m_queue = queue;
    m_job = new Job(tr("Loading thumbnails"), path, this);
    const QPointer<ThumbnailLoader> self(this);
    m_job->start<bool>(
        [queue, self](JobContext &job) {
            // A read-only connection of its own: reading thumbnails never waits for the writer in WAL mode.
            auto opened = catalog::Catalog::open(job.catalogPath(), catalog::Catalog::Access::ReadOnly);
            std::unique_ptr<catalog::Catalog> catalog = opened.ok() ? std::move(opened).value() : nullptr;
            while (true) {
                qint64 assetId = 0;
                QSize target;
                {
                    QMutexLocker lock(&queue->mutex);
                    while (!queue->stopping && queue->pending.empty())
                        queue->wake.wait(&queue->mutex);
                    if (queue->stopping)
                        return true;
                    assetId = queue->pending.back();
                    queue->pending.pop_back();
                    target = queue->targetSize;
                }
                QImage image;
                if (catalog) {
                    auto jpeg = catalog->assets().thumbnail(assetId);
                    if (jpeg.ok() && !jpeg->isEmpty())
                        image.loadFromData(*jpeg, "JPEG");
                    if (!image.isNull() && (image.width() > target.width() || image.height() > target.height()))
                        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                }
                {
                    QMutexLocker lock(&queue->mutex);
                    if (queue->stopping)
                        return true;
                    queue->requested.remove(assetId);
                }
                // A null image is delivered too: the model then shows its "no preview" placeholder instead of
                // asking again forever.
                job.post([self, assetId, image] {
                    if (self)
                        Q_EMIT self->loaded(assetId, image);
                });
            }
        },
        {});
}

void ThumbnailLoader::setTargetSize(QSize size)
{
    m_targetSize = size;
    if (m_queue) {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->targetSize = size;
    }
}

void ThumbnailLoader::request(qint64 assetId)
{
    if (assetId <= 0 || !m_queue)
        return;
    {
        QMutexLocker lock(&m_queue->mutex);
        if (m_queue->requested.contains(assetId))
            return;
        m_queue->requested.insert(assetId);
        m_queue->pending.push_back(assetId);
        while (m_queue->pending.size() > kMaxQueued) {
            m_queue->requested.remove(m_queue->pending.front());
            m_queue->pending.pop_front();
        }
    }
    m_queue->wake.wakeOne();
}

bool ThumbnailLoader::isPending(qint64 assetId) const
{
    if (!m_queue)
        return false;
    QMutexLocker lock(&m_queue->mutex);
    return m_queue->requested.contains(assetId);
}

} // namespace rakkan::ui
