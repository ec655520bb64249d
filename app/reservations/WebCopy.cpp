#include "reservations/WebCopy.h"

#include "imaging/ImageDecoder.h"
#include "iscc/ImageCode.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

namespace rakkan::reservations {

Result<WebCopy::Encoded> WebCopy::make(const QByteArray &original, const Options &options,
                                       const imaging::DecodeLimits &limits)
{
    if (options.maxSide < 0 || (options.maxSide > 0 && options.maxSide < 16))
        return makeError(ErrorCode::InvalidArgument, tr("A web copy's longest side must be at least 16 pixels."));
    const QSize fit = options.maxSide > 0 ? QSize(options.maxSide, options.maxSide) : QSize();
    RAKKAN_TRY(auto decoded, imaging::ImageDecoder::decode(original, limits, fit));
    QImage image = iscc::imagenorm::applyOrientation(decoded.image, decoded.orientation);
    if (options.maxSide > 0 && (image.width() > options.maxSide || image.height() > options.maxSide))
        image = image.scaled(options.maxSide, options.maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const bool opaque = !image.hasAlphaChannel();
    image = image.convertToFormat(opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    if (!options.watermark.trimmed().isEmpty()) {
        // Text needs fonts, and Qt has fonts only in a GUI application (rakkan-cli makes one for --watermark).
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return makeError(ErrorCode::Unavailable, tr("Watermarks need fonts, which this program cannot load."));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        QFont font = painter.font();
        font.setPixelSize(std::max(12, std::min(image.width(), image.height()) / 24));
        const QString text = options.watermark.trimmed();
        const int margin = font.pixelSize();
        QPainterPath path;
        path.addText(0, 0, font, text);
        const QRectF box = path.boundingRect();
        path.translate(image.width() - margin - box.right(), image.height() - margin - box.bottom());
        // Light text with a dark outline reads on any picture.
        painter.setPen(QPen(QColor(0, 0, 0, 140), std::max(2.0, font.pixelSize() / 10.0)));
        painter.setBrush(QColor(255, 255, 255, 190));
        painter.drawPath(path);
    }

    Encoded out;
    const char *format = "PNG";
    int quality = -1;
    switch (decoded.format) {
    case imaging::ImageFormat::Jpeg:
        format = "JPEG";
        quality = 90;
        out.suffix = QStringLiteral("jpg");
        break;
    case imaging::ImageFormat::WebP:
        format = "WEBP";
        quality = 90;
        out.suffix = QStringLiteral("webp");
        break;
    default:
        out.suffix = QStringLiteral("png");
        break;
    }
    QBuffer buffer(&out.bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format, quality))
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("The web copy could not be encoded as %1.").arg(QLatin1String(format)));
    return out;
}

} // namespace rakkan::reservations
