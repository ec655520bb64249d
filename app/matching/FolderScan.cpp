#include "matching/FolderScan.h"

#include "core/Batches.h"
#include "imaging/FileScanner.h"
#include "matching/FingerprintInput.h"

namespace rakkan::matching {

FolderScan::Summary FolderScan::run(const QStringList &paths, const Callbacks &callbacks)
{
    Summary summary;
    imaging::FileScanner scanner(m_cancelled.get());
    const imaging::ScanResult found = scanner.scan(paths);
    for (const auto &failure : found.failures) {
        ++summary.failed;
        if (callbacks.onError)
            callbacks.onError(failure.path, failure.error);
    }
    QStringList files;
    for (const auto &f : found.files)
        files << f.path;
    summary.files = int(files.size());

    struct Outcome
    {
        std::optional<Error> error;
        QList<Match> matches;
    };
    const CatalogMatcher &matcher = m_matcher;
    const int threshold = m_threshold;
    const auto cancelled = m_cancelled;
    auto work = [&matcher, threshold, cancelled](const QString &path) {
        Outcome o;
        if (cancelled->load())
            return o;
        auto decoded = decodeForFingerprint(path, imaging::DecodeLimits(), DecodeMode::Fast);
        if (!decoded.ok()) {
            o.error = decoded.error();
            return o;
        }
        auto matches = matcher.match(decoded->image, threshold);
        if (matches.ok())
            o.matches = *matches;
        else
            o.error = matches.error();
        return o;
    };

    const bool finished = forEachInBatches<Outcome, QString>(
        files, work,
        [&](const QString &path, const Outcome &o) {
            if (o.error) {
                if (o.error->code == ErrorCode::TooFlat)
                    ++summary.flat;
                else
                    ++summary.failed;
                if (callbacks.onError)
                    callbacks.onError(path, *o.error);
            } else if (!o.matches.isEmpty()) {
                ++summary.matched;
                if (callbacks.onMatches)
                    callbacks.onMatches(path, o.matches);
            }
        },
        callbacks.onProgress, m_cancelled.get());
    summary.cancelled = !finished;
    return summary;
}

} // namespace rakkan::matching
