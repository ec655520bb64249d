#include "imaging/FileScanner.h"

#include "imaging/ImageFormat.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace rakkan::imaging {

namespace {

bool looksImportable(const QFileInfo &info)
{
    return importableSuffixes().contains(info.suffix().toLower());
}

} // namespace

void FileScanner::fail(ScanResult &result, const QString &path, ErrorCode code, const QString &message)
{
    result.failures << ScanFailure{path, makeError(code, message)};
}

ScanResult FileScanner::scan(const QStringList &paths)
{
    ScanResult result;
    for (const QString &path : paths) {
        if (isCancelled())
            break;
        const QFileInfo info(path);
        if (info.isSymLink() && !info.exists()) {
            fail(result, path, ErrorCode::NotFound, tr("The link points to a file that no longer exists."));
            continue;
        }
        if (!info.exists()) {
            fail(result, path, ErrorCode::NotFound, tr("There is no file or folder at this path."));
            continue;
        }
        if (info.isDir()) {
            walk(info.absoluteFilePath(), info.canonicalFilePath(), result);
            continue;
        }
        // A file named directly is always tried, whatever its name: the user asked for it.
        if (!m_seenFiles.contains(info.canonicalFilePath())) {
            m_seenFiles.insert(info.canonicalFilePath());
            result.files << ScannedFile{info.absoluteFilePath(), QString()};
        }
    }
    return result;
}

void FileScanner::walk(const QString &dir, const QString &canonical, ScanResult &result)
{
    if (m_ancestors.contains(canonical)) {
        fail(result, dir, ErrorCode::SymlinkLoop,
             tr("This folder is a link back into a folder that contains it; it was skipped to avoid an endless "
                "loop."));
        return;
    }
    if (m_visitedDirs.contains(canonical))
        return; // reached twice through links: import once
    m_visitedDirs.insert(canonical);
    m_ancestors.insert(canonical);

    QDir qdir(dir);
    if (!qdir.isReadable()) {
        fail(result, dir, ErrorCode::PermissionDenied, tr("You do not have permission to open this folder."));
        m_ancestors.remove(canonical);
        return;
    }
    QFileInfoList entries =
        qdir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::NoSort);
    // The C locale's collator compares code points and ignores numeric mode, which would put page10 before page2
    // for anyone running with LANG=C (scripts, servers, CI); any real language orders numbers by value.
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(entries.begin(), entries.end(),
              [&](const QFileInfo &a, const QFileInfo &b) { return collator.compare(a.fileName(), b.fileName()) < 0; });

    QList<QFileInfo> subdirs;
    for (const QFileInfo &entry : std::as_const(entries)) {
        if (isCancelled())
            break;
        if (entry.isSymLink() && !entry.exists()) {
            if (looksImportable(entry))
                fail(result, entry.absoluteFilePath(), ErrorCode::NotFound,
                     tr("The link points to a file that no longer exists."));
            continue;
        }
        if (entry.isDir()) {
            subdirs << entry;
            continue;
        }
        if (!entry.isFile())
            continue; // sockets, pipes, devices
        if (!looksImportable(entry)) {
            ++result.skippedNotImages;
            continue;
        }
        const QString canonicalFile = entry.canonicalFilePath();
        if (m_seenFiles.contains(canonicalFile))
            continue;
        m_seenFiles.insert(canonicalFile);
        result.files << ScannedFile{entry.absoluteFilePath(), dir};
    }
    // Pages of this folder come before the contents of its subfolders.
    for (const QFileInfo &sub : std::as_const(subdirs)) {
        if (isCancelled())
            break;
        walk(sub.absoluteFilePath(), sub.canonicalFilePath(), result);
    }
    m_ancestors.remove(canonical);
}

} // namespace rakkan::imaging
