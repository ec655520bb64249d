#pragma once

#include "core/Result.h"
#include "features/LocalFeatures.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>

#include <list>
#include <map>
#include <memory>
#include <thread>

namespace rakkan::catalog {
class Catalog;
}

namespace rakkan::matching {

// The stored local features of catalogued pictures, for checking candidates, from any thread: each thread reads
// through a read-only connection of its own (SQLite connections belong to one thread), and the sets checked most
// recently stay in memory. A large catalogue's features are not all held at once.
class FeatureSource
{
public:
    explicit FeatureSource(QString catalogPath, int cacheSize = 512);
    ~FeatureSource();
    FeatureSource(const FeatureSource &) = delete;
    FeatureSource &operator=(const FeatureSource &) = delete;

    // The features of `assetId`; an empty set when it has none (a flat picture, a catalogue not yet updated).
    Result<std::shared_ptr<const features::FeatureSet>> of(qint64 assetId);
    // Its thumbnail, to compare what lines up by appearance; null when it has none.
    Result<QImage> thumbnail(qint64 assetId);

private:
    Result<catalog::Catalog *> connection();

    QString m_path;
    int m_cacheSize;
    QMutex m_mutex;
    std::list<qint64> m_recent; // most recent first
    QHash<qint64, std::pair<std::shared_ptr<const features::FeatureSet>, std::list<qint64>::iterator>> m_cache;
    std::map<std::thread::id, std::unique_ptr<catalog::Catalog>> m_connections;
};

} // namespace rakkan::matching
