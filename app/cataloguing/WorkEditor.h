#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "iscc/IsccCode.h"

#include <QCoreApplication>

namespace rakkan::cataloguing {

// Changes to works that keep their ISCC true: the Meta-Code of an ISCC is computed from the work's title, so a file
// added to a work, a code computed again, or a new title all give the work's files the Meta-Code of the title it
// has, in the same transaction. The catalogue's stores keep what they are given; this is where it is computed.
class WorkEditor
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cataloguing::WorkEditor)

public:
    explicit WorkEditor(catalog::Catalog &catalog) : m_catalog(catalog) {}

    // Applies the edit; when it names a title, the Meta-Codes of the work's files follow.
    Result<void> update(qint64 workId, const catalog::WorkEdit &edit);
    // Adds a file to a work, its ISCC given the work's Meta-Code.
    Result<catalog::AssetRef> addAsset(qint64 workId, int page, catalog::NewAsset asset);
    // Stores (or replaces) a file's ISCC with the Meta-Code of its work's title.
    Result<void> storeIscc(qint64 assetId, const iscc::AssetIscc &code);

private:
    Result<iscc::AssetIscc> titled(qint64 workId, const iscc::AssetIscc &code);
    Result<qint64> workOfAsset(qint64 assetId);

    catalog::Catalog &m_catalog;
};

} // namespace rakkan::cataloguing
