#include "matching/FeatureSource.h"

#include "catalog/Catalog.h"

namespace rakkan::matching {

FeatureSource::FeatureSource(QString catalogPath, int cacheSize)
    : m_path(std::move(catalogPath)), m_cacheSize(cacheSize)
{}

FeatureSource::~FeatureSource() = default;

Result<catalog::Catalog *> FeatureSource::connection()
{
    const std::thread::id me = std::this_thread::get_id();
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_connections.find(me); it != m_connections.end())
            return it->second.get();
    }
    RAKKAN_TRY(auto opened, catalog::Catalog::open(m_path, catalog::Catalog::Access::ReadOnly));
    QMutexLocker lock(&m_mutex);
    catalog::Catalog *raw = opened.get();
    m_connections.emplace(me, std::move(opened));
    return raw;
}

Result<std::shared_ptr<const features::FeatureSet>> FeatureSource::of(qint64 assetId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_cache.find(assetId); it != m_cache.end()) {
            m_recent.splice(m_recent.begin(), m_recent, it->second);
            return it->first;
        }
    }
    RAKKAN_TRY(auto catalog, connection());
    RAKKAN_TRY(auto stored, catalog->localFeatures().of(assetId));
    auto set = std::make_shared<features::FeatureSet>();
    if (stored && stored->version >= features::LocalFeatures::kVersion) {
        RAKKAN_TRY(auto unpacked, features::LocalFeatures::unpack(stored->features));
        *set = std::move(unpacked);
    }
    QMutexLocker lock(&m_mutex);
    if (!m_cache.contains(assetId)) {
        m_recent.push_front(assetId);
        m_cache.insert(assetId, {set, m_recent.begin()});
        while (int(m_recent.size()) > m_cacheSize) {
            m_cache.remove(m_recent.back());
            m_recent.pop_back();
        }
    }
    return std::shared_ptr<const features::FeatureSet>(set);
}

} // namespace rakkan::matching

namespace rakkan::matching {

Result<QImage> FeatureSource::thumbnail(qint64 assetId)
{
    RAKKAN_TRY(auto catalog, connection());
    RAKKAN_TRY(auto jpeg, catalog->assets().thumbnail(assetId));
    return jpeg.isEmpty() ? QImage() : QImage::fromData(jpeg, "JPEG");
}

} // namespace rakkan::matching
