#include "matching/MatchOverlay.h"

#include "fingerprint/Regions.h"

#include <QPainter>

#include <algorithm>
#include <cstdlib>

namespace rakkan::matching {

namespace {

QPolygonF rectangle(const QRectF &rect)
{
    return QPolygonF(rect);
}

} // namespace

std::optional<QTransform> MatchOverlay::suspectToWork(const Match &m, QSize suspectSize, QSizeF workSize)
{
    if (m.alignment) {
        bool invertible = false;
        const QTransform back = m.alignment->workToQuery.inverted(&invertible);
        if (invertible)
            return back;
        return std::nullopt;
    }
    // A whole-picture match: the matched part of the suspect, turned back upright, is the matched region of the
    // work.
    if (m.queryRect.isEmpty() || suspectSize.isEmpty())
        return std::nullopt;
    const QRectF region = fingerprint::Regions::rectOf(m.catalogueRegion, workSize);
    QTransform upright; // maps the query rect (moved to the origin) to the upright picture's axes
    const double w = m.queryRect.width();
    const double h = m.queryRect.height();
    switch (m.orientation) {
    case fingerprint::Orientation::Original:
        break;
    case fingerprint::Orientation::Rotate90: // the copy is turned clockwise: turn it back
        upright = QTransform(0, -1, 1, 0, 0, w);
        break;
    case fingerprint::Orientation::Rotate180:
        upright = QTransform(-1, 0, 0, -1, w, h);
        break;
    case fingerprint::Orientation::Rotate270:
        upright = QTransform(0, 1, -1, 0, h, 0);
        break;
    case fingerprint::Orientation::FlipX:
        upright = QTransform(1, 0, 0, -1, 0, h);
        break;
    case fingerprint::Orientation::FlipY:
        upright = QTransform(-1, 0, 0, 1, w, 0);
        break;
    case fingerprint::Orientation::FlipPlus1:
        upright = QTransform(0, 1, 1, 0, 0, 0);
        break;
    case fingerprint::Orientation::FlipMinus1:
        upright = QTransform(0, -1, -1, 0, h, w);
        break;
    }
    const QRectF turned = upright.mapRect(QRectF(0, 0, w, h));
    return QTransform::fromTranslate(-m.queryRect.x(), -m.queryRect.y()) * upright *
           QTransform::fromScale(region.width() / std::max(1.0, turned.width()),
                                 region.height() / std::max(1.0, turned.height())) *
           QTransform::fromTranslate(region.x(), region.y());
}

QPolygonF MatchOverlay::inSuspect(const Match &match, QSize suspectSize)
{
    if (match.alignment)
        return match.alignment->workInQuery;
    if (!match.queryRect.isEmpty())
        return rectangle(QRectF(match.queryRect));
    return rectangle(QRectF(QPointF(0, 0), QSizeF(suspectSize)));
}

QPolygonF MatchOverlay::inWork(const Match &match, QSize workSize)
{
    if (match.alignment)
        return match.alignment->queryInWork;
    return rectangle(fingerprint::Regions::rectOf(match.catalogueRegion, QSizeF(workSize)));
}

QImage MatchOverlay::difference(const QImage &suspect, const QImage &work, const Match &match)
{
    if (suspect.isNull() || work.isNull())
        return {};
    const QSizeF workSize = match.workSize.isEmpty() ? QSizeF(work.size()) : QSizeF(match.workSize);
    const auto toWork = suspectToWork(match, suspect.size(), workSize);
    if (!toWork)
        return {};
    // The suspect drawn into the work's frame at the thumbnail's size; what it does not cover stays transparent.
    QImage brought(work.size(), QImage::Format_ARGB32_Premultiplied);
    brought.fill(Qt::transparent);
    {
        QPainter p(&brought);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(*toWork *
                       QTransform::fromScale(work.width() / workSize.width(), work.height() / workSize.height()));
        p.drawImage(QPointF(0, 0), suspect);
    }
    const QImage original = work.convertToFormat(QImage::Format_RGB32);
    QImage out(work.size(), QImage::Format_RGB32);
    for (int row = 0; row < out.height(); ++row) {
        const auto *s = reinterpret_cast<const QRgb *>(brought.constScanLine(row));
        const auto *w = reinterpret_cast<const QRgb *>(original.constScanLine(row));
        auto *o = reinterpret_cast<QRgb *>(out.scanLine(row));
        for (int col = 0; col < out.width(); ++col) {
            if (qAlpha(s[col]) < 128) {
                o[col] = qRgb(96, 96, 96); // not in the copy
                continue;
            }
            const int d = std::abs(qRed(s[col]) - qRed(w[col])) + std::abs(qGreen(s[col]) - qGreen(w[col])) +
                          std::abs(qBlue(s[col]) - qBlue(w[col]));
            const int v = std::min(255, d); // three channels' worth, so small differences still show
            o[col] = qRgb(v, v / 3, v / 3);
        }
    }
    return out;
}

} // namespace rakkan::matching
