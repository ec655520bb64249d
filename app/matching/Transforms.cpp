#include "matching/Transforms.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

namespace rakkan::matching {

namespace {

QImage viaFormat(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return QImage::fromData(bytes, format);
}

QImage scaled(const QImage &image, double factor)
{
    return image.scaled(std::max(1, int(image.width() * factor)), std::max(1, int(image.height() * factor)),
                        Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

// Keeps `kept` of the width and the height, around (cx, cy) as fractions of the picture.
QImage cropped(const QImage &image, double kept, double cx = 0.5, double cy = 0.5)
{
    const int w = std::max(1, int(image.width() * kept));
    const int h = std::max(1, int(image.height() * kept));
    const int x = std::clamp(int(image.width() * cx - w / 2.0), 0, image.width() - w);
    const int y = std::clamp(int(image.height() * cy - h / 2.0), 0, image.height() - h);
    return image.copy(x, y, w, h);
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

// Turned as an editor turns a picture: the canvas grows and the corners are filled white.
QImage turned(const QImage &image, double degrees)
{
    const QTransform turn = QTransform().rotate(degrees);
    const QRect bounds = turn.mapRect(QRect(QPoint(0, 0), image.size()));
    QImage out(bounds.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(out.width() / 2.0, out.height() / 2.0);
    p.rotate(degrees);
    p.drawImage(QPointF(-image.width() / 2.0, -image.height() / 2.0), image);
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
    return scaled(scaled(image, 0.25), 4.0).scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
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

// A re-upload: resized by the site, its colours reduced to 256 or re-compressed.
QImage palette(const QImage &image)
{
    return image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
        .convertToFormat(QImage::Format_RGB32);
}

// What reposting accounts stamp across a picture: Japanese text over the whole of it, turned, repeated.
QImage watermarked(const QImage &image)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    QPainter p(&out);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font;
    font.setPixelSize(std::max(12, out.height() / 10));
    font.setBold(true);
    p.setFont(font);
    p.translate(out.width() / 2.0, out.height() / 2.0);
    p.rotate(-25);
    const int step = std::max(1, out.height() / 4);
    for (int row = -3; row <= 3; ++row) {
        p.setPen(QColor(255, 255, 255, 150));
        p.drawText(QRect(-out.width(), row * step - step / 2, 2 * out.width(), step), Qt::AlignCenter,
                   QStringLiteral("無断転載禁止　サンプル　無断転載禁止"));
    }
    p.resetTransform();
    p.setPen(QColor(0, 0, 0, 140));
    font.setPixelSize(std::max(10, out.height() / 24));
    p.setFont(font);
    p.drawText(out.rect().adjusted(0, 0, -8, -8), Qt::AlignRight | Qt::AlignBottom, QStringLiteral("@repost_bot"));
    return out;
}

// The work shown inside an app or browser window, captured with the window's frame, tabs and side panel.
QImage screenshot(const QImage &image)
{
    const int side = std::max(image.width(), image.height());
    const QImage shown = scaled(image, std::min(1.0, 900.0 / side) * 0.75);
    QImage shot(shown.width() + 420, shown.height() + 200, QImage::Format_RGB32);
    shot.fill(QColor(32, 33, 36));
    QPainter p(&shot);
    p.fillRect(0, 0, shot.width(), 40, QColor(222, 225, 230));         // tabs
    p.fillRect(8, 6, 220, 34, QColor(255, 255, 255));                  // the active tab
    p.fillRect(0, 40, shot.width(), 44, QColor(255, 255, 255));        // address bar
    p.fillRect(90, 48, shot.width() - 200, 28, QColor(241, 243, 244)); // its field
    p.setPen(QColor(60, 64, 67));
    QFont font;
    font.setPixelSize(14);
    p.setFont(font);
    p.drawText(100, 67, QStringLiteral("https://example.invalid/illust/123456"));
    p.drawText(20, 28, QStringLiteral("イラスト - 転載"));
    p.fillRect(shot.width() - 300, 84, 300, shot.height() - 84, QColor(48, 49, 54)); // comments
    for (int line = 0; line < 12; ++line)
        p.fillRect(shot.width() - 280, 110 + line * 28, 200 - (line * 37) % 120, 10, QColor(110, 112, 118));
    p.drawImage(60, 110, shown);
    p.end();
    return viaFormat(shot, "JPEG", 85);
}

} // namespace

const QList<Transform> &Transforms::all()
{
    static const QList<Transform> list = {
        {QStringLiteral("jpeg30"), [](const QImage &i) { return viaFormat(i, "JPEG", 30); }},
        {QStringLiteral("jpeg75"), [](const QImage &i) { return viaFormat(i, "JPEG", 75); }},
        {QStringLiteral("webp"), [](const QImage &i) { return viaFormat(i, "WEBP", 60); }},
        {QStringLiteral("png8"), [](const QImage &i) { return palette(i); }},
        {QStringLiteral("reupload"), [](const QImage &i) { return viaFormat(scaled(i, 0.7), "JPEG", 80); }},
        {QStringLiteral("scale25"), [](const QImage &i) { return scaled(i, 0.25); }},
        {QStringLiteral("scale150"), [](const QImage &i) { return scaled(i, 1.5); }},
        {QStringLiteral("grey"), [](const QImage &i) { return i.convertToFormat(QImage::Format_Grayscale8); }},
        {QStringLiteral("contrast"),
         [](const QImage &i) { return perPixel(i, [](int v) { return 128 + (v - 128) * 3 / 2; }); }},
        {QStringLiteral("gamma"),
         [](const QImage &i) {
             return perPixel(i, [](int v) { return int(std::lround(255.0 * std::pow(v / 255.0, 0.6))); });
         }},
        {QStringLiteral("blur"), [](const QImage &i) { return blurred(i); }},
        {QStringLiteral("noise"), [](const QImage &i) { return noisy(i); }},
        {QStringLiteral("crop90"), [](const QImage &i) { return cropped(i, 0.9); }},
        {QStringLiteral("crop75"), [](const QImage &i) { return cropped(i, 0.75); }},
        {QStringLiteral("crop60corner"), [](const QImage &i) { return cropped(i, 0.6, 0.3, 0.3); }},
        {QStringLiteral("border"), [](const QImage &i) { return bordered(i, 0.15, Qt::white); }},
        {QStringLiteral("letterbox"), [](const QImage &i) { return bordered(i, 0.12, Qt::black); }},
        {QStringLiteral("mirror"), [](const QImage &i) { return i.mirrored(true, false); }},
        {QStringLiteral("rotate3"), [](const QImage &i) { return turned(i, 3); }},
        {QStringLiteral("rotate10"), [](const QImage &i) { return turned(i, 10); }},
        {QStringLiteral("rotate90"), [](const QImage &i) { return i.transformed(QTransform().rotate(90)); }},
        {QStringLiteral("watermark"), [](const QImage &i) { return watermarked(i); }},
        {QStringLiteral("screenshot"), [](const QImage &i) { return screenshot(i); }},
    };
    return list;
}

QString Transforms::label(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("original"), QT_TR_NOOP("the file itself")},
        {QStringLiteral("jpeg30"), QT_TR_NOOP("JPEG quality 30")},
        {QStringLiteral("jpeg75"), QT_TR_NOOP("JPEG quality 75")},
        {QStringLiteral("webp"), QT_TR_NOOP("WebP quality 60")},
        {QStringLiteral("png8"), QT_TR_NOOP("256 colours (PNG8)")},
        {QStringLiteral("reupload"), QT_TR_NOOP("re-upload (70 %, JPEG 80)")},
        {QStringLiteral("scale25"), QT_TR_NOOP("scaled to 25 %")},
        {QStringLiteral("scale150"), QT_TR_NOOP("scaled to 150 %")},
        {QStringLiteral("grey"), QT_TR_NOOP("greyscale")},
        {QStringLiteral("contrast"), QT_TR_NOOP("more contrast")},
        {QStringLiteral("gamma"), QT_TR_NOOP("gamma 0.6")},
        {QStringLiteral("blur"), QT_TR_NOOP("blurred")},
        {QStringLiteral("noise"), QT_TR_NOOP("noise")},
        {QStringLiteral("crop90"), QT_TR_NOOP("cropped to 90 %")},
        {QStringLiteral("crop75"), QT_TR_NOOP("cropped to 75 %")},
        {QStringLiteral("crop60corner"), QT_TR_NOOP("a corner, 60 %")},
        {QStringLiteral("border"), QT_TR_NOOP("white border")},
        {QStringLiteral("letterbox"), QT_TR_NOOP("black letterbox")},
        {QStringLiteral("mirror"), QT_TR_NOOP("mirrored")},
        {QStringLiteral("rotate3"), QT_TR_NOOP("turned 3°")},
        {QStringLiteral("rotate10"), QT_TR_NOOP("turned 10°")},
        {QStringLiteral("rotate90"), QT_TR_NOOP("quarter turn")},
        {QStringLiteral("watermark"), QT_TR_NOOP("Japanese text watermark across it")},
        {QStringLiteral("screenshot"), QT_TR_NOOP("screenshot in a browser window")},
    };
    const char *text = labels.value(key, nullptr);
    return text ? tr(text) : key;
}

} // namespace rakkan::matching
