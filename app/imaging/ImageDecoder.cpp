#include "imaging/ImageDecoder.h"

#include "imaging/ClipReader.h"
#include "imaging/HeifReader.h"
#include "imaging/JpegLumaReader.h"
#include "imaging/JxlReader.h"
#include "imaging/MdpReader.h"
#include "imaging/PsdReader.h"
#include "imaging/ZipImageReader.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

#include <mutex>

namespace rakkan::imaging {

namespace {

QByteArray qtFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return "jpeg";
    case ImageFormat::Png:
        return "png";
    case ImageFormat::Gif:
        return "gif";
    case ImageFormat::Bmp:
        return "bmp";
    case ImageFormat::WebP:
        return "webp";
    case ImageFormat::Tiff:
        return "tiff";
    default:
        return {};
    }
}

// libjpeg fills a cut-off JPEG with grey and only warns, so Qt hands back a picture; the end-of-image marker after
// the last scan is what proves the file is whole. Entropy-coded data cannot contain 0xFFD9 (0xFF is stuffed).
bool jpegIsComplete(const QByteArray &bytes)
{
    const qsizetype lastScan = bytes.lastIndexOf(QByteArrayView("\xFF\xDA", 2));
    if (lastScan < 0)
        return false;
    return bytes.indexOf(QByteArrayView("\xFF\xD9", 2), lastScan) >= 0;
}

// A PNG ends with its IEND chunk; without it the picture data may stop short.
bool pngIsComplete(const QByteArray &bytes)
{
    return bytes.lastIndexOf(QByteArrayView("IEND")) >= 0;
}

// GIF's trailer byte 0x3B closes the file; a cut-off GIF decodes partially without a word from Qt.
bool gifIsComplete(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    while (end > 0 && bytes[end - 1] == '\0')
        --end;
    return end > 0 && bytes[end - 1] == 0x3B;
}

void setGlobalAllocationLimit()
{
    // A second line of defence behind the header checks: Qt refuses to allocate more than this for one image.
    static std::once_flag once;
    std::call_once(once, [] { QImageReader::setAllocationLimit(2048); });
}

} // namespace

Error ImageDecoder::tooLarge(QSize size, const DecodeLimits &limits)
{
    return makeError(ErrorCode::TooLarge,
                     tr("The image declares %1 x %2 pixels, more than Rakkan reads safely (at most %3 megapixels and "
                        "%4 pixels a side). It was not opened, to protect your computer's memory.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(limits.maxPixels / 1'000'000)
                         .arg(limits.maxSide));
}

QImage ImageDecoder::mattedOnWhite(const QImage &image)
{
    QImage flat(image.size(), QImage::Format_RGB32);
    if (flat.isNull())
        return flat;
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    return flat;
}

Result<DecodedImage> ImageDecoder::decode(const QByteArray &bytes, const DecodeLimits &limits, QSize fitWithin)
{
    if (bytes.isEmpty())
        return makeError(ErrorCode::Empty, tr("The file is empty."));
    ImageFormat format = sniffFormat(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 128)));
    if (format == ImageFormat::Unknown && bytes.startsWith("PK\x03\x04"))
        format = ZipImageReader::identify(bytes);
    switch (format) {
    case ImageFormat::Unknown:
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("This is not an image Rakkan can read. Supported: JPEG, PNG, WebP, TIFF, GIF, BMP, HEIC, "
                            "AVIF, JPEG XL, Photoshop (.psd, .psb), CLIP Studio Paint (.clip), Krita (.kra), "
                            "OpenRaster (.ora), Procreate (.procreate) and MediBang Paint / FireAlpaca (.mdp)."));
    case ImageFormat::Psd:
    case ImageFormat::Psb:
        return PsdReader::read(bytes, limits);
    case ImageFormat::Clip:
        return ClipReader::read(bytes, limits);
    case ImageFormat::Kra:
    case ImageFormat::Ora:
    case ImageFormat::Procreate:
        return ZipImageReader::read(bytes, format, limits);
    case ImageFormat::Heic:
    case ImageFormat::Avif:
        return HeifReader::read(bytes, format, limits);
    case ImageFormat::Jxl:
        return JxlReader::read(bytes, limits);
    case ImageFormat::Mdp:
        return MdpReader::read(bytes, limits);
    default:
        return decodeWithQt(bytes, format, limits, fitWithin);
    }
}

Result<DecodedImage> ImageDecoder::decodeLuma(const QByteArray &bytes, const DecodeLimits &limits, LumaSize size)
{
    const QSize fit(size.minShorterSide, size.minShorterSide);
    if (bytes.isEmpty() ||
        sniffFormat(QByteArrayView(bytes).first(qMin<qsizetype>(bytes.size(), 128))) != ImageFormat::Jpeg)
        return decode(bytes, limits, fit);
    // The same refusal as the full decoder, so that a file gets the same answer whichever path reads it.
    if (!jpegIsComplete(bytes))
        return makeError(ErrorCode::Truncated,
                         tr("The JPEG file is cut off before its end (an interrupted download or copy?)."));
    auto luma = JpegLumaReader::read(bytes, limits, size);
    if (!luma.ok() && luma.error().code == ErrorCode::UnsupportedFormat)
        return decode(bytes, limits, fit);
    return luma;
}

namespace {

// Whether every chunk's declared length lies within the file (up to IEND or the end of the data).
bool pngChunksFit(const QByteArray &bytes)
{
    qsizetype at = 8;
    while (at + 8 <= bytes.size()) {
        const quint32 length = (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
                               (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
        if (length > quint32(bytes.size() - at - 8))
            return false;
        if (bytes.mid(at + 4, 4) == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return true;
}

} // namespace

Result<DecodedImage> ImageDecoder::decodeWithQt(const QByteArray &bytes, ImageFormat format, const DecodeLimits &limits,
                                                QSize fitWithin)
{
    setGlobalAllocationLimit();
    QByteArray data = bytes; // shared, not copied: QBuffer needs a non-const array
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, qtFormatName(format));
    reader.setDecideFormatFromContent(false);
    reader.setAutoTransform(false);
    if (!reader.canRead()) {
        if (format == ImageFormat::WebP || format == ImageFormat::Tiff)
            return makeError(ErrorCode::UnsupportedFormat,
                             tr("Reading %1 images needs Qt's extra image format plugins, which are not installed "
                                "(Debian package qt6-image-formats-plugins).")
                                 .arg(formatDisplayName(format)));
        return makeError(ErrorCode::Corrupt,
                         tr("The %1 file is damaged: its header cannot be read.").arg(formatDisplayName(format)));
    }

    // libpng allocates a chunk's declared length before it reads it (1.2 GB for a 4 KB file, found by fuzzing):
    // a PNG whose chunks run past its end is refused before Qt reads its header.
    if (format == ImageFormat::Png && !pngChunksFit(bytes))
        return makeError(
            ErrorCode::Truncated,
            tr("The %1 file is cut short: a part of it runs past its end.").arg(formatDisplayName(format)));
    const QSize size = reader.size();
    if (size.isValid() && !limits.pixelsAllowed(size))
        return tooLarge(size, limits);

    if (format == ImageFormat::Jpeg && !jpegIsComplete(bytes))
        return makeError(ErrorCode::Truncated,
                         tr("The JPEG file is cut off before its end (an interrupted download or copy?)."));
    if (format == ImageFormat::Png && !pngIsComplete(bytes))
        return makeError(ErrorCode::Truncated,
                         tr("The PNG file is cut off before its end (an interrupted download or copy?)."));
    if (format == ImageFormat::Gif && !gifIsComplete(bytes))
        return makeError(ErrorCode::Truncated,
                         tr("The GIF file is cut off before its end (an interrupted download or copy?)."));

    if (format == ImageFormat::Jpeg && fitWithin.isValid() && size.isValid() &&
        (size.width() > fitWithin.width() || size.height() > fitWithin.height()))
        reader.setScaledSize(size.scaled(fitWithin, Qt::KeepAspectRatioByExpanding));

    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::Corrupt, tr("The %1 image is damaged and cannot be decoded (%2).")
                                                 .arg(formatDisplayName(format), reader.errorString()));
    DecodedImage decoded;
    decoded.format = format;
    decoded.originalSize = size.isValid() ? size : image.size();
    decoded.image = std::move(image);
    decoded.orientation = reader.transformation();
    return decoded;
}

} // namespace rakkan::imaging
