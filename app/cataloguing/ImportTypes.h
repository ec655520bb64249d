#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace rakkan::cataloguing {

// What happened to one path of an import.
struct ImportItem
{
    enum class Outcome { Added, AlreadyCatalogued, Failed };

    QString path;
    Outcome outcome = Outcome::Failed;
    qint64 workId = 0; // the new work, or the one already holding the file
    QString workTitle; // the title of the work already holding the file
    qint64 assetId = 0;
    int page = 0;
    QByteArray sha256;
    QString format;
    QSize pixelSize;
    std::optional<Error> error;
};

struct ImportReport
{
    QList<ImportItem> items;
    int filesFound = 0;       // importable files found by the scan (the denominator of progress)
    int skippedNotImages = 0; // files in scanned folders whose names are not image types
    bool cancelled = false;
    qint64 elapsedMs = 0;

    int count(ImportItem::Outcome outcome) const
    {
        int n = 0;
        for (const auto &item : items)
            n += item.outcome == outcome ? 1 : 0;
        return n;
    }
};

struct ImportProgress
{
    int done = 0;
    int total = 0;
    QString currentPath;
};

} // namespace rakkan::cataloguing
