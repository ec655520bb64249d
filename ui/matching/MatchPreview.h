#pragma once

#include <QImage>
#include <QPolygonF>
#include <QWidget>

class QLabel;

namespace rakkan::ui {

// One picture of a comparison, scaled to fit without changing its shape, with the part that matched outlined and
// a caption under it saying what it is.
class MatchPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatchPreview)

public:
    explicit MatchPreview(const QString &caption, QWidget *parent = nullptr);

    // `outline` is in the pixels of a picture of `coordinates` size (the full picture `image` may be a smaller
    // copy of); no outline draws none.
    void setPicture(const QImage &image, QSizeF coordinates = {}, const QPolygonF &outline = {});
    // Words in place of a picture (why there is nothing to show).
    void setMessage(const QString &text);
    void clear();

    const QImage &picture() const { return m_image; }
    // The outline in the picture's own pixels (for tests and for reading back what is drawn).
    QPolygonF outlineInPicture() const;
    QString caption() const;
    QString message() const { return m_message; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF pictureArea() const;

    QImage m_image;
    QSizeF m_coordinates;
    QPolygonF m_outline;
    QString m_message;
    QWidget *m_canvas;
    QLabel *m_caption;
};

} // namespace rakkan::ui
