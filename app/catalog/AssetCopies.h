#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace rakkan::catalog {

// Copies of catalogued files for packets and exports. The original is only ever opened for reading; copies are
// named from the work so that no title can place them outside the chosen folder.
class AssetCopies
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::AssetCopies)

public:
    // "<work id>-<page>-<title made safe>.<original suffix>".
    static QString fileName(const Work &work, const Asset &asset);
    // A file name from a title: no separators, no leading dots, no control characters, bounded length.
    static QString safeName(const QString &title);
    // Copies the original to `target` atomically (a crash leaves no half copy).
    static Result<void> copy(const Asset &asset, const QString &target);
};

} // namespace rakkan::catalog
