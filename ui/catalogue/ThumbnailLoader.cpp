#include "ui/catalogue/ThumbnailLoader.h"

#include "catalog/Catalog.h"

namespace rakkan::ui {

namespace {
constexpr size_t kMaxQueued = 400; // about three screens of grid
}

ThumbnailLoader::ThumbnailLoader(QObject *parent) : QObject(parent) {}

ThumbnailLoader::~ThumbnailLoader()
{
    stop();
}

void ThumbnailLoader::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_pending.clear();
    }
    m_wake.wakeAll();
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    QMutexLocker lock(&m_mutex);
    m_stopping = false;
}

void ThumbnailLoader::setCatalogPath(const QString &path)
{
    stop();
    if (path.isEmpty())
        return;
    m_thread.reset(QThread::create([this, path] { workerLoop(path); }));
    m_thread->setObjectName(QStringLiteral("thumbnails"));
    m_thread->start(QThread::LowPriority);
}

void ThumbnailLoader::setTargetSize(QSize size)
{
    QMutexLocker lock(&m_mutex);
    m_targetSize = size;
}

void ThumbnailLoader::request(qint64 assetId)
{
    if (assetId <= 0)
        return;
    {
        QMutexLocker lock(&m_mutex);
        if (m_pending.contains(assetId))
            return;
        m_pending.insert(assetId);
        m_queue.push_back(assetId);
        while (m_queue.size() > kMaxQueued) {
            m_pending.remove(m_queue.front());
            m_queue.pop_front();
        }
    }
    m_wake.wakeOne();
}

bool ThumbnailLoader::isPending(qint64 assetId) const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.contains(assetId);
}

void ThumbnailLoader::workerLoop(QString path)
{
    // A read-only connection of its own: reading thumbnails never waits for the writer in WAL mode.
    auto opened = catalog::Catalog::open(path, catalog::Catalog::Access::ReadOnly);
    std::unique_ptr<catalog::Catalog> catalog = opened.ok() ? std::move(opened).value() : nullptr;
    while (true) {
        qint64 assetId = 0;
        QSize target;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_queue.empty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            assetId = m_queue.back();
            m_queue.pop_back();
            target = m_targetSize;
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
            QMutexLocker lock(&m_mutex);
            if (m_stopping)
                return;
            m_pending.remove(assetId);
        }
        // A null image is delivered too: the model then shows its "no preview" placeholder instead of asking
        // again forever.
        QMetaObject::invokeMethod(
            this, [this, assetId, image] { Q_EMIT loaded(assetId, image); }, Qt::QueuedConnection);
    }
}

} // namespace rakkan::ui
