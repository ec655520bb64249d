#pragma once

#include "core/Result.h"
#include "matching/CatalogMatcher.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::matching {

// Audits a folder for copies of catalogued works: walks it, decodes and matches files on every core a batch at
// a time, and reports each finding as soon as its batch is done, so a 100k-file folder streams in bounded memory.
// Blocking; callbacks run on the calling thread. Flat pictures (too little detail) are counted, not failed.
class FolderScan
{
public:
    struct Summary
    {
        int files = 0;
        int matched = 0;
        int failed = 0;
        int flat = 0;
        bool cancelled = false;
    };
    struct Callbacks
    {
        std::function<void(const QString &path, const QList<Match> &matches)> onMatches;
        std::function<void(const QString &path, const Error &error)> onError;
        std::function<void(int done, int total)> onProgress;
    };

    FolderScan(const CatalogMatcher &matcher, int threshold) : m_matcher(matcher), m_threshold(threshold) {}
    void setCancelFlag(std::shared_ptr<std::atomic<bool>> flag) { m_cancelled = std::move(flag); }

    Summary run(const QStringList &paths, const Callbacks &callbacks);

private:
    const CatalogMatcher &m_matcher;
    int m_threshold;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
};

} // namespace rakkan::matching
