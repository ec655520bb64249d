#include "enforcement/CopyFinder.h"

#include "core/Batches.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"
#include "matching/Verdict.h"

#include <QDir>
#include <QFileInfo>

namespace rakkan::enforcement {

QList<FoundCopy> CopyFinder::find(const PageCapture &capture, const matching::CatalogMatcher &matcher, int threshold)
{
    QList<FoundCopy> out;
    for (const CapturedImage &image : capture.images) {
        FoundCopy found{image, {}, image.error};
        if (image.savedAs.isEmpty()) {
            out << found;
            continue;
        }
        // A picture on a web page: a page's worth of pixels at most, never a decompression bomb's.
        imaging::DecodeLimits limits;
        limits.maxFileBytes = 64 << 20;
        limits.maxPixels = 80'000'000;
        auto bytes = imaging::ImageFile::read(QDir(capture.folder).filePath(image.savedAs), limits);
        auto decoded =
            bytes.ok() ? imaging::ImageDecoder::decode(*bytes, limits) : Result<imaging::DecodedImage>(bytes.error());
        if (!decoded.ok()) {
            found.error = decoded.error().message;
            out << found;
            continue;
        }
        auto matches = matcher.match(decoded->image, threshold);
        if (matches.ok())
            found.matches = *matches;
        else if (matches.error().code != ErrorCode::TooFlat)
            found.error = matches.error().message;
        out << found;
    }
    return out;
}

QList<CaseCopy> CopyFinder::copiesOf(const QList<FoundCopy> &found)
{
    QList<CaseCopy> out;
    for (const FoundCopy &f : found)
        for (const matching::Match &m : f.matches) {
            CaseCopy c;
            c.imageUrl = f.image.url.toString(QUrl::FullyEncoded);
            c.imageSha256 = f.image.sha256;
            c.workId = m.workId;
            c.assetId = m.assetId;
            c.distance = m.distance;
            c.orientation = fingerprint::orientationKey(m.orientation);
            c.catalogueRegion = m.catalogueRegion;
            c.queryRegion = m.queryRegion;
            c.confidence = matching::Verdicts::confidenceKey(m.confidence);
            out << c;
        }
    return out;
}

QList<qint64> CopyFinder::works(const QList<FoundCopy> &found)
{
    QList<qint64> out;
    for (const FoundCopy &f : found)
        for (const matching::Match &m : f.matches)
            if (!out.contains(m.workId))
                out << m.workId;
    return out;
}

CaseFolders::CaseFolders(const QString &catalogPath)
{
    const QFileInfo info(catalogPath);
    m_root = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-cases");
}

QString CaseFolders::newCapture(const QUrl &url) const
{
    QString host = url.host().toLower();
    host.replace(QRegularExpression(QStringLiteral("[^a-z0-9.-]")), QStringLiteral("_"));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    QString folder = m_root + QStringLiteral("/captures/") + stamp + QLatin1Char('-') + host.left(80);
    for (int n = 2; QFileInfo::exists(folder); ++n)
        folder = m_root + QStringLiteral("/captures/") + stamp + QLatin1Char('-') + host.left(80) +
                 QStringLiteral("-%1").arg(n);
    return folder;
}

QString CaseFolders::resolve(const QString &stored) const
{
    if (stored.isEmpty() || QDir::isAbsolutePath(stored) || QDir::cleanPath(stored).startsWith(QLatin1String("..")))
        return {};
    return QDir::cleanPath(m_root + QLatin1Char('/') + stored);
}

QString CaseFolders::relative(const QString &path) const
{
    return QDir(m_root).relativeFilePath(path);
}

} // namespace rakkan::enforcement
