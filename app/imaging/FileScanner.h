#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <atomic>

namespace rakkan::imaging {

struct ScannedFile
{
    QString path;
    // The folder the file was found in when a folder was imported; empty for a file named directly. Files that
    // share it can become the pages of one work.
    QString folder;
};

// A path that could not be walked, and why.
struct ScanFailure
{
    QString path;
    Error error;
};

struct ScanResult
{
    QList<ScannedFile> files;
    QList<ScanFailure> failures;
    int skippedNotImages = 0;
};

// Expands the paths given to an import into files, walking folders recursively in natural order (page 2 before
// page 10). Symbolic links are followed once: a link back into a folder being walked is reported, not looped on.
class FileScanner
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::FileScanner)

public:
    explicit FileScanner(const std::atomic<bool> *cancelled = nullptr) : m_cancelled(cancelled) {}
    ScanResult scan(const QStringList &paths);

private:
    void walk(const QString &dir, const QString &canonical, ScanResult &result);
    void fail(ScanResult &result, const QString &path, ErrorCode code, const QString &message);
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

    const std::atomic<bool> *m_cancelled;
    QSet<QString> m_visitedDirs;
    QSet<QString> m_ancestors;
    QSet<QString> m_seenFiles;
};

} // namespace rakkan::imaging
