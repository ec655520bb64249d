#include "importing/FilePreparer.h"

#include "crypto/Sha256.h"
#include "fingerprint/Fingerprinter.h"
#include "imaging/ImageDecoder.h"
#include "imaging/Thumbnail.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace rakkan::importing {

Result<QByteArray> FilePreparer::readWholeFile(const QString &path, const imaging::DecodeLimits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The file no longer exists."));
    if (!info.isFile())
        return makeError(ErrorCode::UnsupportedFormat, tr("This is not a regular file."));
    if (info.size() > limits.maxFileBytes)
        return makeError(ErrorCode::TooLarge, tr("The file is %1, more than Rakkan imports (%2).")
                                                  .arg(QLocale().formattedDataSize(info.size()),
                                                       QLocale().formattedDataSize(limits.maxFileBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // QFile reports every failure to open as OpenError; only a permission check tells this case apart.
        if (!info.isReadable())
            return makeError(ErrorCode::PermissionDenied, tr("You do not have permission to read this file."));
        return makeError(ErrorCode::Io, tr("The file could not be opened: %1").arg(file.errorString()));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("The file could not be read: %1").arg(file.errorString()));
    return bytes;
}

QList<catalog::StoredFingerprint> FilePreparer::storedFingerprints(const QImage &image)
{
    QList<catalog::StoredFingerprint> stored;
    for (const auto &f : fingerprint::Fingerprinter::forCatalogue(image))
        stored << catalog::StoredFingerprint{f.region, f.pdq.hash.toBytes(), f.pdq.quality};
    return stored;
}

Result<FilePreparer::Identification> FilePreparer::identify(const QByteArray &bytes,
                                                            const imaging::DecodedImage &decoded)
{
    auto code = iscc::AssetIsccs::compute(bytes, decoded, QString(), QString());
    if (!code.ok())
        return code.error();
    QImage reduced = fingerprint::Fingerprinter::reducedForHashing(decoded.image);
    return Identification{storedFingerprints(reduced), *code, reduced};
}

Result<catalog::NewAsset> FilePreparer::prepare(const QString &path, const imaging::DecodeLimits &limits)
{
    auto bytes = readWholeFile(path, limits);
    if (!bytes.ok())
        return bytes.error();
    if (bytes->isEmpty())
        return makeError(ErrorCode::Empty, tr("The file is empty."));

    // One full-size decode serves the ISCC Image-Code (which must see every pixel to equal the reference), the
    // fingerprints and the thumbnail; most of the import time is this decode.
    auto decoded = imaging::ImageDecoder::decode(*bytes, limits);
    if (!decoded.ok())
        return decoded.error();
    auto identified = identify(*bytes, *decoded);
    if (!identified.ok())
        return identified.error();

    catalog::NewAsset asset;
    asset.sha256 = crypto::sha256(*bytes);
    asset.fileSize = bytes->size();
    asset.pixelSize = decoded->originalSize;
    asset.format = imaging::formatKey(decoded->format);
    asset.originalPath = QFileInfo(path).absoluteFilePath();
    asset.thumbnailJpeg = imaging::makeThumbnailJpeg(identified->reduced);
    asset.fingerprints = identified->fingerprints;
    asset.iscc = identified->iscc;
    return asset;
}

} // namespace rakkan::importing
