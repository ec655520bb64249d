#include "imaging/ZipImageReader.h"

#include "imaging/ImageDecoder.h"

#include <QBuffer>
#include <QLocale>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace rakkan::imaging {

namespace {
const QString kMergedImage = QStringLiteral("mergedimage.png");
// Procreate keeps its canvas as compressed tiles per layer; the flattened picture it saves is this preview.
const QString kProcreatePreview = QStringLiteral("QuickLook/Thumbnail.png");
const QString kProcreateDocument = QStringLiteral("Document.archive");
} // namespace

ImageFormat ZipImageReader::identify(const QByteArray &bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return ImageFormat::Unknown;
    const QStringList names = zip.getFileNameList();
    if (names.contains(kProcreateDocument) && names.contains(kProcreatePreview))
        return ImageFormat::Procreate;
    return ImageFormat::Unknown;
}

Result<DecodedImage> ZipImageReader::read(const QByteArray &bytes, ImageFormat format, const DecodeLimits &limits)
{
    const QString kind = formatDisplayName(format);
    QByteArray data = bytes; // shared, not copied
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(
            ErrorCode::Corrupt,
            tr("The %1 file is damaged: its zip directory cannot be read (cut off or corrupt?).").arg(kind));
    const bool procreate = format == ImageFormat::Procreate;
    if (!zip.setCurrentFile(procreate ? kProcreatePreview : kMergedImage))
        return makeError(ErrorCode::NoComposite,
                         procreate ? tr("This Procreate file has no preview picture (QuickLook/Thumbnail.png), "
                                        "which is the only flattened picture it can hold.")
                                   : tr("This %1 file has no flattened image (mergedimage.png); it may have been "
                                        "saved by a very old version. Open it and save it again.")
                                         .arg(kind));

    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return makeError(ErrorCode::Corrupt, tr("The %1 file is damaged.").arg(kind));
    if (qint64(info.uncompressedSize) > limits.maxEmbeddedBytes)
        return makeError(ErrorCode::TooLarge,
                         tr("The flattened image inside this %1 file claims %2, more than Rakkan reads safely.")
                             .arg(kind, QLocale().formattedDataSize(qint64(info.uncompressedSize))));

    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Corrupt,
                         tr("The %1 file is damaged: its flattened image cannot be opened.").arg(kind));
    // The declared size can lie; reading stops one byte past the ceiling whatever the header said.
    QByteArray png;
    const qint64 cap = qMin<qint64>(limits.maxEmbeddedBytes, qint64(info.uncompressedSize)) + 1;
    char chunk[64 * 1024];
    while (png.size() < cap) {
        const qint64 n = entry.read(chunk, qMin<qint64>(sizeof chunk, cap - png.size()));
        if (n < 0)
            return makeError(ErrorCode::Corrupt,
                             tr("The %1 file is damaged: its flattened image cannot be unpacked.").arg(kind));
        if (n == 0)
            break;
        png.append(chunk, n);
    }
    const bool crcFailed = entry.getZipError() != UNZ_OK;
    entry.close();
    if (png.size() >= cap)
        return makeError(ErrorCode::TooLarge,
                         tr("The flattened image inside this %1 file unpacks to more than it declares; it was not "
                            "read further.")
                             .arg(kind));
    if (crcFailed || entry.getZipError() != UNZ_OK)
        return makeError(ErrorCode::Corrupt,
                         tr("The %1 file is damaged: its flattened image fails its checksum.").arg(kind));

    auto decoded = ImageDecoder::decodeWithQt(png, sniffFormat(png), limits);
    if (!decoded.ok())
        return makeError(
            decoded.error().code,
            tr("The flattened image inside the %1 file cannot be read: %2").arg(kind, decoded.error().message));
    DecodedImage result = std::move(decoded).value();
    result.format = format;
    if (procreate)
        result.notes << tr("Rakkan read the preview Procreate keeps in the file (%1 x %2 pixels); the canvas itself, "
                           "kept as tiles, may be larger.")
                            .arg(result.image.width())
                            .arg(result.image.height());
    return result;
}

} // namespace rakkan::imaging
