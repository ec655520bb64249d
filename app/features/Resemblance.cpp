#include "features/Resemblance.h"

#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rakkan::features {

namespace {

constexpr int kSide = 96; // the work is compared at this longest side: enough for shapes, cheap for every check

struct Accumulator
{
    double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    void add(double x, double y)
    {
        n += 1;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    // Normalised correlation, or NaN when either side is (almost) flat.
    double correlation() const
    {
        if (n < 8)
            return std::numeric_limits<double>::quiet_NaN();
        const double vx = sxx - sx * sx / n;
        const double vy = syy - sy * sy / n;
        if (vx < n * 16 || vy < n * 4) // the work's part is flat: it says nothing either way
            return std::numeric_limits<double>::quiet_NaN();
        return (sxy - sx * sy / n) / std::sqrt(vx * vy);
    }
};

double bilinear(const QImage &grey, double x, double y)
{
    const int x0 = std::clamp(int(std::floor(x)), 0, grey.width() - 1);
    const int y0 = std::clamp(int(std::floor(y)), 0, grey.height() - 1);
    const int x1 = std::min(x0 + 1, grey.width() - 1);
    const int y1 = std::min(y0 + 1, grey.height() - 1);
    const double fx = std::clamp(x - x0, 0.0, 1.0);
    const double fy = std::clamp(y - y0, 0.0, 1.0);
    const uchar *r0 = grey.constScanLine(y0);
    const uchar *r1 = grey.constScanLine(y1);
    return (r0[x0] * (1 - fx) + r0[x1] * fx) * (1 - fy) + (r1[x0] * (1 - fx) + r1[x1] * fx) * fy;
}

} // namespace

int Resemblance::coveredBlocks() const
{
    if (!(overall > 0.5))
        return 0;
    int covered = 0;
    for (size_t i = 0; i < blocks.size(); ++i)
        covered += interior[i] && detailed[i] && !std::isnan(blocks[i]) && blocks[i] < overall - 0.35 ? 1 : 0;
    return covered;
}

Resemblance Resembler::compare(const QImage &work, QSize workSize, const QImage &query, const QTransform &workToQuery)
{
    Resemblance r;
    r.blocks.fill(std::numeric_limits<double>::quiet_NaN());
    if (work.isNull() || query.isNull() || workSize.isEmpty())
        return r;
    const QImage small = work.scaled(kSide, kSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_Grayscale8);
    // The suspect brought to about the same resolution first, so that sampling it does not alias.
    const double perSample =
        std::hypot(workToQuery.m11(), workToQuery.m12()) * double(workSize.width()) / small.width();
    QImage grey = query.convertToFormat(QImage::Format_Grayscale8);
    double shrink = 1;
    if (perSample > 1.5) {
        shrink = perSample;
        grey = grey.scaled(std::max(1, int(grey.width() / shrink)), std::max(1, int(grey.height() / shrink)),
                           Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const double toWorkX = double(workSize.width()) / small.width();
    const double toWorkY = double(workSize.height()) / small.height();

    Accumulator all;
    std::array<Accumulator, Resemblance::kGrid * Resemblance::kGrid> cells;
    int inside = 0;
    for (int y = 0; y < small.height(); ++y) {
        const uchar *line = small.constScanLine(y);
        for (int x = 0; x < small.width(); ++x) {
            const QPointF at = workToQuery.map(QPointF((x + 0.5) * toWorkX, (y + 0.5) * toWorkY)) / shrink;
            if (at.x() < 0 || at.y() < 0 || at.x() > grey.width() - 1 || at.y() > grey.height() - 1)
                continue;
            ++inside;
            const double w = line[x];
            const double q = bilinear(grey, at.x(), at.y());
            all.add(w, q);
            const int cx = std::min(Resemblance::kGrid - 1, x * Resemblance::kGrid / small.width());
            const int cy = std::min(Resemblance::kGrid - 1, y * Resemblance::kGrid / small.height());
            cells[size_t(cy * Resemblance::kGrid + cx)].add(w, q);
        }
    }
    r.shown = double(inside) / (small.width() * small.height());
    // A cell is interior when its whole area maps at least a tenth of the suspect's shorter side inside it.
    const double margin = 0.1 * std::min(query.width(), query.height());
    const QRectF inner = QRectF(query.rect()).adjusted(margin, margin, -margin, -margin);
    for (int cy = 0; cy < Resemblance::kGrid; ++cy)
        for (int cx = 0; cx < Resemblance::kGrid; ++cx) {
            const QRectF cell(
                cx * workSize.width() / double(Resemblance::kGrid), cy * workSize.height() / double(Resemblance::kGrid),
                workSize.width() / double(Resemblance::kGrid), workSize.height() / double(Resemblance::kGrid));
            const QPolygonF mapped = workToQuery.map(QPolygonF(cell));
            r.interior[size_t(cy * Resemblance::kGrid + cx)] =
                std::all_of(mapped.cbegin(), mapped.cend(), [&inner](const QPointF &p) { return inner.contains(p); });
        }
    const double overall = all.correlation();
    r.overall = std::isnan(overall) ? 0 : overall;
    for (size_t i = 0; i < cells.size(); ++i) {
        r.blocks[i] = cells[i].correlation();
        r.detailed[i] = cells[i].n >= 8 && cells[i].sxx - cells[i].sx * cells[i].sx / cells[i].n >= cells[i].n * 400;
    }
    return r;
}

} // namespace rakkan::features
