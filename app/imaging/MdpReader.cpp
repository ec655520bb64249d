#include "imaging/MdpReader.h"

#include "core/ByteReader.h"
#include "imaging/ImageDecoder.h"
#include "imaging/Inflate.h"

#include <QXmlStreamReader>

#include <cstring>

namespace rakkan::imaging {

namespace {

constexpr qsizetype kBlockHeader = 132; // "PAC ", total size, kind, ..., a 64-byte name at 68
constexpr qsizetype kMaxXml = 16 << 20;

quint32 le32(QByteArrayView data, qsizetype at)
{
    return quint32(quint8(data[at])) | (quint32(quint8(data[at + 1])) << 8) | (quint32(quint8(data[at + 2])) << 16) |
           (quint32(quint8(data[at + 3])) << 24);
}

} // namespace

Result<DecodedImage> MdpReader::read(const QByteArray &bytes, const DecodeLimits &limits)
{
    const auto damaged = [](const QString &why) {
        return makeError(ErrorCode::Corrupt, tr("The MediBang Paint file is damaged: %1.").arg(why));
    };
    const QByteArrayView file(bytes);
    if (file.size() < 20 || !file.startsWith("mdipack"))
        return damaged(tr("it does not start with its signature"));
    const qsizetype xmlLength = le32(file, 12);
    if (xmlLength <= 0 || xmlLength > kMaxXml || 20 + xmlLength > file.size())
        return makeError(ErrorCode::Truncated, tr("The MediBang Paint file is cut off inside its description."));

    // The description: the canvas's size and which block holds the preview.
    QXmlStreamReader xml(file.sliced(20, xmlLength).toByteArray());
    QSize canvas;
    QSize thumbSize;
    QString thumbBlock;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        const QSize size(attributes.value(QStringLiteral("width")).toInt(),
                         attributes.value(QStringLiteral("height")).toInt());
        if (xml.name() == QLatin1String("Mdiapp"))
            canvas = size;
        else if (xml.name() == QLatin1String("Thumb")) {
            thumbSize = size;
            thumbBlock = attributes.value(QStringLiteral("bin")).toString();
        }
    }
    if (xml.hasError())
        return damaged(tr("its description is not readable XML (%1)").arg(xml.errorString()));
    if (thumbBlock.isEmpty() || thumbSize.isEmpty())
        return makeError(ErrorCode::NoComposite,
                         tr("This MediBang Paint file keeps no preview of its canvas, which is what Rakkan reads."));
    if (!limits.pixelsAllowed(thumbSize))
        return ImageDecoder::tooLarge(thumbSize, limits);
    if (canvas.isValid() && !canvas.isEmpty() && !limits.pixelsAllowed(canvas))
        return ImageDecoder::tooLarge(canvas, limits);

    // The blocks, one after another, until the preview's.
    const qsizetype pixelBytes = qsizetype(thumbSize.width()) * thumbSize.height() * 4;
    for (qsizetype at = 20 + xmlLength; at + kBlockHeader <= file.size();) {
        if (!file.sliced(at).startsWith("PAC "))
            return damaged(tr("a data block has no signature"));
        const qsizetype total = le32(file, at + 4);
        const quint32 kind = le32(file, at + 8);
        if (total < kBlockHeader || total > file.size() - at)
            return makeError(ErrorCode::Truncated, tr("The MediBang Paint file is cut off inside its data."));
        const QByteArrayView rawName = file.sliced(at + 68, 64);
        const QString name = QString::fromUtf8(
            rawName.first(qMax<qsizetype>(0, rawName.indexOf('\0') < 0 ? rawName.size() : rawName.indexOf('\0'))));
        if (name == thumbBlock) {
            const QByteArrayView data = file.sliced(at + kBlockHeader, total - kBlockHeader);
            QImage image(thumbSize, QImage::Format_ARGB32); // BGRA bytes in memory, as the file keeps them
            if (image.isNull())
                return makeError(ErrorCode::TooLarge, tr("There is not enough memory to open this picture."));
            QByteArray pixels(pixelBytes, Qt::Uninitialized);
            if (kind == 1) {
                if (!inflateExactly(data, reinterpret_cast<uchar *>(pixels.data()), pixelBytes))
                    return damaged(tr("its preview does not unpack to its size"));
            } else if (data.size() >= pixelBytes) {
                std::memcpy(pixels.data(), data.data(), size_t(pixelBytes));
            } else {
                return damaged(tr("its preview is shorter than its size"));
            }
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const qsizetype i = (qsizetype(y) * image.width() + x) * 4;
                    image.setPixel(
                        x, y,
                        qRgba(quint8(pixels[i + 2]), quint8(pixels[i + 1]), quint8(pixels[i]), quint8(pixels[i + 3])));
                }
            DecodedImage decoded;
            decoded.format = ImageFormat::Mdp;
            decoded.image = ImageDecoder::mattedOnWhite(image);
            decoded.originalSize = canvas.isEmpty() ? thumbSize : canvas;
            decoded.notes << tr("Rakkan read the preview MediBang Paint keeps in the file (%1 x %2 pixels) of a "
                                "%3 x %4 canvas; the layers themselves are not drawn.")
                                 .arg(thumbSize.width())
                                 .arg(thumbSize.height())
                                 .arg(decoded.originalSize.width())
                                 .arg(decoded.originalSize.height());
            return decoded;
        }
        at += total;
    }
    return makeError(ErrorCode::NoComposite,
                     tr("The preview this MediBang Paint file names (%1) is not in it.").arg(thumbBlock));
}

} // namespace rakkan::imaging
