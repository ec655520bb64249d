#include "ui/matching/MatchPreview.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {
constexpr int kMinimumSide = 140;
}

MatchPreview::MatchPreview(const QString &caption, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The picture is painted by this widget over the canvas's area; the canvas only reserves the room.
    m_canvas = new QWidget;
    m_canvas->setMinimumSize(kMinimumSide, kMinimumSide);
    m_canvas->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_canvas->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(m_canvas, 1);
    m_caption = new QLabel(caption);
    m_caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    setAccessibleName(caption);
}

void MatchPreview::setPicture(const QImage &image, QSizeF coordinates, const QPolygonF &outline)
{
    m_image = image;
    m_coordinates = coordinates.isEmpty() ? QSizeF(image.size()) : coordinates;
    m_outline = outline;
    m_message.clear();
    update();
}

void MatchPreview::setMessage(const QString &text)
{
    m_image = QImage();
    m_outline.clear();
    m_message = text;
    update();
}

void MatchPreview::clear()
{
    setMessage(QString());
}

QPolygonF MatchPreview::outlineInPicture() const
{
    if (m_image.isNull() || m_coordinates.isEmpty())
        return {};
    return QTransform::fromScale(m_image.width() / m_coordinates.width(), m_image.height() / m_coordinates.height())
        .map(m_outline);
}

QString MatchPreview::caption() const
{
    return m_caption->text();
}

QRectF MatchPreview::pictureArea() const
{
    const QRectF room = QRectF(m_canvas->geometry()).adjusted(4, 4, -4, -4);
    if (m_image.isNull() || room.isEmpty())
        return {};
    QSizeF size = QSizeF(m_image.size()).scaled(room.size(), Qt::KeepAspectRatio);
    // Small pictures are not blown up past twice their size: blocks of pixels say nothing.
    if (size.width() > 2.0 * m_image.width())
        size = QSizeF(m_image.size()) * 2.0;
    return QRectF(room.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void MatchPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF room = QRectF(m_canvas->geometry());
    p.fillRect(room, palette().alternateBase());
    if (m_image.isNull()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(room.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    const QRectF area = pictureArea();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(area, m_image);
    if (m_outline.isEmpty())
        return;
    const QTransform toArea =
        QTransform::fromScale(area.width() / m_coordinates.width(), area.height() / m_coordinates.height()) *
        QTransform::fromTranslate(area.x(), area.y());
    const QPolygonF shown = toArea.map(m_outline);
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(room);
    // A dark halo under a bright line: visible on white paper and on dark paintings alike.
    p.setPen(QPen(QColor(0, 0, 0, 150), 5));
    p.drawPolygon(shown);
    p.setPen(QPen(QColor(255, 70, 70), 2.5));
    p.drawPolygon(shown);
}

} // namespace rakkan::ui
