#include "imaging/ImageFormat.h"

#include <QCoreApplication>

namespace rakkan::imaging {

namespace {

bool startsWith(QByteArrayView head, QByteArrayView magic, qsizetype at = 0)
{
    return head.size() >= at + magic.size() && head.sliced(at, magic.size()) == magic;
}

// Krita and OpenRaster files are zips whose first entry, stored uncompressed, is "mimetype"; its content names the
// format (both specifications require this so that the type can be sniffed like this).
ImageFormat sniffZip(QByteArrayView head)
{
    if (head.size() < 30)
        return ImageFormat::Unknown;
    const auto u16 = [&](qsizetype at) { return quint16(quint8(head[at]) | (quint8(head[at + 1]) << 8)); };
    const quint16 method = u16(8);
    const quint16 nameLength = u16(26);
    const quint16 extraLength = u16(28);
    // Procreate writes its document description or its preview first.
    if (startsWith(head, "Document.archive", 30) || startsWith(head, "QuickLook/", 30))
        return ImageFormat::Procreate;
    if (method != 0 || nameLength != 8 || !startsWith(head, "mimetype", 30))
        return ImageFormat::Unknown;
    const qsizetype content = 30 + nameLength + extraLength;
    if (startsWith(head, "application/x-krita", content))
        return ImageFormat::Kra;
    if (startsWith(head, "image/openraster", content))
        return ImageFormat::Ora;
    return ImageFormat::Unknown;
}

// HEIF and AVIF are ISO media files: an "ftyp" box whose major and compatible brands say what the file holds.
ImageFormat sniffIsoMedia(QByteArrayView head)
{
    if (head.size() < 16 || !startsWith(head, "ftyp", 4))
        return ImageFormat::Unknown;
    const qsizetype boxSize =
        qMin<qsizetype>(head.size(), (qsizetype(quint8(head[0])) << 24) | (quint8(head[1]) << 16) |
                                         (quint8(head[2]) << 8) | quint8(head[3]));
    QList<QByteArrayView> brands{head.sliced(8, 4)};
    for (qsizetype at = 16; at + 4 <= boxSize; at += 4)
        brands << head.sliced(at, 4);
    const auto has = [&brands](const char *brand) { return brands.contains(QByteArrayView(brand)); };
    if (has("avif") || has("avis"))
        return ImageFormat::Avif;
    if (has("heic") || has("heix") || has("hevc") || has("hevx") || has("heim") || has("heis") || has("mif1") ||
        has("msf1"))
        return ImageFormat::Heic;
    return ImageFormat::Unknown;
}

} // namespace

ImageFormat sniffFormat(QByteArrayView head)
{
    if (startsWith(head, "\xFF\xD8\xFF"))
        return ImageFormat::Jpeg;
    if (startsWith(head, "\x89PNG\r\n\x1A\n"))
        return ImageFormat::Png;
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))
        return ImageFormat::Gif;
    if (startsWith(head, "BM") && head.size() >= 26)
        return ImageFormat::Bmp;
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8))
        return ImageFormat::WebP;
    if (startsWith(head, QByteArrayView("II*\0", 4)) || startsWith(head, QByteArrayView("MM\0*", 4)))
        return ImageFormat::Tiff;
    if (startsWith(head, QByteArrayView("8BPS\0\x01", 6)))
        return ImageFormat::Psd;
    if (startsWith(head, QByteArrayView("8BPS\0\x02", 6)))
        return ImageFormat::Psb;
    if (startsWith(head, "CSFCHUNK"))
        return ImageFormat::Clip;
    if (startsWith(head, "PK\x03\x04"))
        return sniffZip(head);
    if (startsWith(head, "\xFF\x0A") || startsWith(head, QByteArrayView("\0\0\0\x0CJXL \x0D\x0A\x87\x0A", 12)))
        return ImageFormat::Jxl;
    if (startsWith(head, "ftyp", 4))
        return sniffIsoMedia(head);
    if (startsWith(head, "mdipack"))
        return ImageFormat::Mdp;
    return ImageFormat::Unknown;
}

QString formatKey(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Gif:
        return QStringLiteral("gif");
    case ImageFormat::Bmp:
        return QStringLiteral("bmp");
    case ImageFormat::WebP:
        return QStringLiteral("webp");
    case ImageFormat::Tiff:
        return QStringLiteral("tiff");
    case ImageFormat::Psd:
        return QStringLiteral("psd");
    case ImageFormat::Psb:
        return QStringLiteral("psb");
    case ImageFormat::Clip:
        return QStringLiteral("clip");
    case ImageFormat::Kra:
        return QStringLiteral("kra");
    case ImageFormat::Ora:
        return QStringLiteral("ora");
    case ImageFormat::Heic:
        return QStringLiteral("heic");
    case ImageFormat::Avif:
        return QStringLiteral("avif");
    case ImageFormat::Jxl:
        return QStringLiteral("jxl");
    case ImageFormat::Procreate:
        return QStringLiteral("procreate");
    case ImageFormat::Mdp:
        return QStringLiteral("mdp");
    case ImageFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString formatDisplayName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Psd:
        return QCoreApplication::translate("rakkan::imaging::ImageFormat", "Photoshop");
    case ImageFormat::Psb:
        return QCoreApplication::translate("rakkan::imaging::ImageFormat", "Photoshop large document");
    case ImageFormat::Clip:
        return QCoreApplication::translate("rakkan::imaging::ImageFormat", "CLIP Studio Paint");
    case ImageFormat::Kra:
        return QCoreApplication::translate("rakkan::imaging::ImageFormat", "Krita");
    case ImageFormat::Ora:
        return QCoreApplication::translate("rakkan::imaging::ImageFormat", "OpenRaster");
    case ImageFormat::Jxl:
        return QStringLiteral("JPEG XL");
    case ImageFormat::Procreate:
        return QStringLiteral("Procreate");
    case ImageFormat::Mdp:
        return QStringLiteral("MediBang Paint");
    case ImageFormat::Unknown:
        return QCoreApplication::translate("rakkan::imaging::ImageFormat", "Unknown");
    default:
        return formatKey(format).toUpper();
    }
}

const QStringList &importableSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("jpe"),  QStringLiteral("png"),
        QStringLiteral("gif"),  QStringLiteral("bmp"),  QStringLiteral("webp"), QStringLiteral("tif"),
        QStringLiteral("tiff"), QStringLiteral("psd"),  QStringLiteral("psb"),  QStringLiteral("clip"),
        QStringLiteral("kra"),  QStringLiteral("ora"),  QStringLiteral("heic"), QStringLiteral("heif"),
        QStringLiteral("hif"),  QStringLiteral("avif"), QStringLiteral("jxl"),  QStringLiteral("procreate"),
        QStringLiteral("mdp"),
    };
    return suffixes;
}

} // namespace rakkan::imaging
