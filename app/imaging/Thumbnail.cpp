#include "imaging/Thumbnail.h"

#include "imaging/ImageDecoder.h"

#include <QBuffer>

namespace rakkan::imaging {

QByteArray makeThumbnailJpeg(const QImage &image, int maxSide)
{
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (image.width() > maxSide || image.height() > maxSide)
        scaled = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    const QImage flat = ImageDecoder::mattedOnWhite(scaled);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    flat.save(&buffer, "JPEG", 85);
    return jpeg;
}

} // namespace rakkan::imaging
