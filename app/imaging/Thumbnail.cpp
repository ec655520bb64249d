#include "imaging/Thumbnail.h"

#include <QBuffer>
#include <QPainter>

namespace rakkan::imaging {

QByteArray makeThumbnailJpeg(const QImage &image, int maxSide)
{
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (image.width() > maxSide || image.height() > maxSide)
        scaled = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, scaled);
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    flat.save(&buffer, "JPEG", 85);
    return jpeg;
}

} // namespace rakkan::imaging
