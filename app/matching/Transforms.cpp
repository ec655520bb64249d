#include "matching/Transforms.h"

#include "fingerprint/Regions.h"

#include <QBuffer>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

namespace rakkan::matching {

namespace {

QImage viaJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}

QImage scaled(const QImage &image, double factor)
{
    return image.scaled(std::max(1, int(image.width() * factor)), std::max(1, int(image.height() * factor)),
                        Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage centreCrop(const QImage &image, double cut)
{
    const int w = int(image.width() * (1 - cut));
    const int h = int(image.height() * (1 - cut));
    return image.copy((image.width() - w) / 2, (image.height() - h) / 2, w, h);
}

QImage bordered(const QImage &image, double fraction, QColor colour)
{
    const int bx = int(image.width() * fraction);
    const int by = int(image.height() * fraction);
    QImage out(image.width() + 2 * bx, image.height() + 2 * by, QImage::Format_RGB32);
    out.fill(colour);
    QPainter(&out).drawImage(bx, by, image);
    return out;
}

QImage perPixel(const QImage &image, const std::function<int(int)> &f)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x)
            line[x] = qRgb(std::clamp(f(qRed(line[x])), 0, 255), std::clamp(f(qGreen(line[x])), 0, 255),
                           std::clamp(f(qBlue(line[x])), 0, 255));
    }
    return out;
}

QImage blurred(const QImage &image)
{
    // Down and up again: a soft blur of a few pixels at any size.
    return scaled(scaled(image, 0.2), 5.0).scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage noisy(const QImage &image)
{
    QRandomGenerator rng(1234);
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const int n = int(rng.bounded(41)) - 20;
            line[x] = qRgb(std::clamp(qRed(line[x]) + n, 0, 255), std::clamp(qGreen(line[x]) + n, 0, 255),
                           std::clamp(qBlue(line[x]) + n, 0, 255));
        }
    }
    return out;
}

QImage watermarked(const QImage &image)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    QFont font;
    font.setPixelSize(std::max(12, out.height() / 12));
    font.setBold(true);
    p.setFont(font);
    p.setPen(QColor(255, 255, 255, 170));
    p.drawText(out.rect(), Qt::AlignCenter, QStringLiteral("無断転載禁止 © サンプル"));
    p.setPen(QColor(0, 0, 0, 120));
    p.drawText(out.rect().adjusted(0, 0, -8, -8), Qt::AlignRight | Qt::AlignBottom, QStringLiteral("@repost_bot"));
    return out;
}

QImage screenshot(const QImage &image)
{
    const QImage shown = scaled(image, 0.6);
    QImage shot(shown.width() + 300, shown.height() + 140, QImage::Format_RGB32);
    shot.fill(QColor(32, 33, 36));
    QPainter p(&shot);
    p.fillRect(0, 0, shot.width(), 56, QColor(242, 242, 245));
    p.fillRect(shot.width() - 120, 56, 120, shot.height() - 56, QColor(48, 49, 54));
    p.drawImage(90, 90, shown);
    p.end();
    return viaJpeg(shot, 85);
}

} // namespace

const QList<Transform> &Transforms::all()
{
    static const QList<Transform> list = {
        {QStringLiteral("jpeg30"), [](const QImage &i) { return viaJpeg(i, 30); }},
        {QStringLiteral("jpeg75"), [](const QImage &i) { return viaJpeg(i, 75); }},
        {QStringLiteral("scale25"), [](const QImage &i) { return scaled(i, 0.25); }},
        {QStringLiteral("scale50"), [](const QImage &i) { return scaled(i, 0.5); }},
        {QStringLiteral("scale150"), [](const QImage &i) { return scaled(i, 1.5); }},
        {QStringLiteral("crop5"), [](const QImage &i) { return centreCrop(i, 0.05); }},
        {QStringLiteral("crop15"), [](const QImage &i) { return centreCrop(i, 0.15); }},
        {QStringLiteral("crop25"), [](const QImage &i) { return centreCrop(i, 0.25); }},
        {QStringLiteral("border20white"), [](const QImage &i) { return bordered(i, 0.20, Qt::white); }},
        {QStringLiteral("letterbox"), [](const QImage &i) { return bordered(i, 0.12, Qt::black); }},
        {QStringLiteral("rotate2"), [](const QImage &i) { return fingerprint::Regions::derotated(i, 2); }},
        {QStringLiteral("rotate5"), [](const QImage &i) { return fingerprint::Regions::derotated(i, 5); }},
        {QStringLiteral("rotate10"), [](const QImage &i) { return fingerprint::Regions::derotated(i, 10); }},
        {QStringLiteral("mirror"), [](const QImage &i) { return i.mirrored(true, false); }},
        {QStringLiteral("rotate90"), [](const QImage &i) { return i.transformed(QTransform().rotate(90)); }},
        {QStringLiteral("grey"), [](const QImage &i) { return i.convertToFormat(QImage::Format_Grayscale8); }},
        {QStringLiteral("brighter"), [](const QImage &i) { return perPixel(i, [](int v) { return v + 40; }); }},
        {QStringLiteral("contrast"),
         [](const QImage &i) { return perPixel(i, [](int v) { return 128 + (v - 128) * 3 / 2; }); }},
        {QStringLiteral("gamma"),
         [](const QImage &i) {
             return perPixel(i, [](int v) { return int(std::lround(255.0 * std::pow(v / 255.0, 0.6))); });
         }},
        {QStringLiteral("blur"), [](const QImage &i) { return blurred(i); }},
        {QStringLiteral("noise"), [](const QImage &i) { return noisy(i); }},
        {QStringLiteral("watermark"), [](const QImage &i) { return watermarked(i); }},
        {QStringLiteral("screenshot"), [](const QImage &i) { return screenshot(i); }},
    };
    return list;
}

QString Transforms::label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("jpeg30"), QT_TR_NOOP("JPEG quality 30")},
        {QStringLiteral("jpeg75"), QT_TR_NOOP("JPEG quality 75")},
        {QStringLiteral("scale25"), QT_TR_NOOP("scaled to 25 %")},
        {QStringLiteral("scale50"), QT_TR_NOOP("scaled to 50 %")},
        {QStringLiteral("scale150"), QT_TR_NOOP("scaled to 150 %")},
        {QStringLiteral("crop5"), QT_TR_NOOP("cropped 5 %")},
        {QStringLiteral("crop15"), QT_TR_NOOP("cropped 15 %")},
        {QStringLiteral("crop25"), QT_TR_NOOP("cropped 25 %")},
        {QStringLiteral("border20white"), QT_TR_NOOP("20 % white border")},
        {QStringLiteral("letterbox"), QT_TR_NOOP("black letterbox")},
        {QStringLiteral("rotate2"), QT_TR_NOOP("rotated 2°")},
        {QStringLiteral("rotate5"), QT_TR_NOOP("rotated 5°")},
        {QStringLiteral("rotate10"), QT_TR_NOOP("rotated 10°")},
        {QStringLiteral("mirror"), QT_TR_NOOP("mirrored")},
        {QStringLiteral("rotate90"), QT_TR_NOOP("quarter turn")},
        {QStringLiteral("grey"), QT_TR_NOOP("greyscale")},
        {QStringLiteral("brighter"), QT_TR_NOOP("brighter")},
        {QStringLiteral("contrast"), QT_TR_NOOP("more contrast")},
        {QStringLiteral("gamma"), QT_TR_NOOP("gamma 0.6")},
        {QStringLiteral("blur"), QT_TR_NOOP("blurred")},
        {QStringLiteral("noise"), QT_TR_NOOP("noise")},
        {QStringLiteral("watermark"), QT_TR_NOOP("Japanese text watermark")},
        {QStringLiteral("screenshot"), QT_TR_NOOP("screenshot in an app window")},
    };
    const char *text = labels.value(key, nullptr);
    return text ? tr(text) : key;
}

} // namespace rakkan::matching
