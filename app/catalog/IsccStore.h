#pragma once

#include "core/Result.h"
#include "iscc/IsccCode.h"
#include "sqlite/Sqlite.h"

#include <optional>

namespace rakkan::catalog {

// The ISCC of each asset, stored as given: computing it (and its Meta-Code from the work's title) is
// cataloguing's, not the store's.
class IsccStore
{
public:
    explicit IsccStore(sql::Database &db) : m_db(db) {}

    Result<std::optional<iscc::AssetIscc>> of(qint64 assetId);
    // Stores or replaces, within the caller's transaction.
    Result<void> store(qint64 assetId, const iscc::AssetIscc &code);
    // The ISCC of every asset of a work that has one.
    Result<QList<std::pair<qint64, iscc::AssetIscc>>> ofWork(qint64 workId);

private:
    sql::Database &m_db;
};

} // namespace rakkan::catalog
