#include "fingerprint/Regions.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rakkan::fingerprint {

namespace {

constexpr int kBorderTolerance = 24;  // grey levels: JPEG noise on a flat border stays inside this
constexpr double kLineMostly = 0.985; // share of a row or column that must be background
constexpr int kMaxPanels = 12;
constexpr double kMinPanelArea = 0.06; // of the page
constexpr double kMaxPanelArea = 0.85; // a "panel" covering the page is the page
constexpr int kMaxCutDepth = 4;

struct Grey
{
    int width = 0;
    int height = 0;
    std::vector<uchar> pixels;
    uchar at(int x, int y) const { return pixels[size_t(y) * size_t(width) + size_t(x)]; }
};

Grey toGrey(const QImage &image)
{
    Grey g;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    g.width = grey.width();
    g.height = grey.height();
    g.pixels.resize(size_t(g.width) * size_t(g.height));
    for (int y = 0; y < g.height; ++y)
        std::copy_n(grey.constScanLine(y), g.width, &g.pixels[size_t(y) * size_t(g.width)]);
    return g;
}

bool rowIs(const Grey &g, int y, int x0, int x1, int value)
{
    int matching = 0;
    for (int x = x0; x < x1; ++x)
        matching += std::abs(int(g.at(x, y)) - value) <= kBorderTolerance ? 1 : 0;
    return matching >= kLineMostly * (x1 - x0);
}

bool columnIs(const Grey &g, int x, int y0, int y1, int value)
{
    int matching = 0;
    for (int y = y0; y < y1; ++y)
        matching += std::abs(int(g.at(x, y)) - value) <= kBorderTolerance ? 1 : 0;
    return matching >= kLineMostly * (y1 - y0);
}

QRect trimmed(const Grey &g, const QRect &area, int background)
{
    int top = area.top();
    int bottom = area.bottom();
    int left = area.left();
    int right = area.right();
    while (top < bottom && rowIs(g, top, left, right + 1, background))
        ++top;
    while (bottom > top && rowIs(g, bottom, left, right + 1, background))
        --bottom;
    while (left < right && columnIs(g, left, top, bottom + 1, background))
        ++left;
    while (right > left && columnIs(g, right, top, bottom + 1, background))
        --right;
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

// Splits an area along its widest run of background rows (horizontal) or columns (vertical), then recurses.
void cut(const Grey &g, const QRect &area, int background, int depth, QList<QRect> &out)
{
    const QRect content = trimmed(g, area, background);
    if (content.width() < 8 || content.height() < 8)
        return;
    if (depth < kMaxCutDepth) {
        auto findGutter = [&](bool horizontal, int &from, int &to) {
            const int start = horizontal ? content.top() : content.left();
            const int end = horizontal ? content.bottom() : content.right();
            const int minGutter = std::max(2, (horizontal ? content.height() : content.width()) / 100);
            int bestFrom = -1;
            int bestLength = 0;
            int runFrom = -1;
            for (int i = start; i <= end + 1; ++i) {
                const bool gutter =
                    i <= end && (horizontal ? rowIs(g, i, content.left(), content.right() + 1, background)
                                            : columnIs(g, i, content.top(), content.bottom() + 1, background));
                if (gutter && runFrom < 0)
                    runFrom = i;
                if (!gutter && runFrom >= 0) {
                    if (i - runFrom > bestLength) {
                        bestLength = i - runFrom;
                        bestFrom = runFrom;
                    }
                    runFrom = -1;
                }
            }
            if (bestLength < minGutter)
                return false;
            from = bestFrom;
            to = bestFrom + bestLength - 1;
            return true;
        };
        int from = 0;
        int to = 0;
        if (findGutter(true, from, to)) {
            cut(g, QRect(QPoint(content.left(), content.top()), QPoint(content.right(), from - 1)), background,
                depth + 1, out);
            cut(g, QRect(QPoint(content.left(), to + 1), QPoint(content.right(), content.bottom())), background,
                depth + 1, out);
            return;
        }
        if (findGutter(false, from, to)) {
            cut(g, QRect(QPoint(content.left(), content.top()), QPoint(from - 1, content.bottom())), background,
                depth + 1, out);
            cut(g, QRect(QPoint(to + 1, content.top()), QPoint(content.right(), content.bottom())), background,
                depth + 1, out);
            return;
        }
    }
    out << content;
}

int cornerBackground(const Grey &g)
{
    // The most common of the four corners: a page's paper, a letterbox's black.
    std::array<int, 4> corners = {g.at(0, 0), g.at(g.width - 1, 0), g.at(0, g.height - 1),
                                  g.at(g.width - 1, g.height - 1)};
    int best = corners[0];
    int bestVotes = 0;
    for (int c : corners) {
        int votes = 0;
        for (int d : corners)
            votes += std::abs(c - d) <= kBorderTolerance ? 1 : 0;
        if (votes > bestVotes) {
            bestVotes = votes;
            best = c;
        }
    }
    return best;
}

// A row or column that is one colour, give or take noise: a border, a letterbox bar, a flat title bar.
bool lineIsUniform(const Grey &g, bool row, int index, int from, int to)
{
    std::vector<uchar> values;
    values.reserve(size_t(to - from));
    for (int i = from; i < to; ++i)
        values.push_back(row ? g.at(i, index) : g.at(index, i));
    if (values.empty())
        return false;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    const int median = values[values.size() / 2];
    return row ? rowIs(g, index, from, to, median) : columnIs(g, index, from, to, median);
}

QRect centred(const QRect &rect, double fraction)
{
    const int w = std::max(1, int(std::lround(rect.width() * fraction)));
    const int h = std::max(1, int(std::lround(rect.height() * fraction)));
    return QRect(rect.x() + (rect.width() - w) / 2, rect.y() + (rect.height() - h) / 2, w, h);
}

} // namespace

QRect Regions::contentRect(const QImage &image)
{
    if (image.width() < 8 || image.height() < 8)
        return image.rect();
    const Grey g = toGrey(image);
    // Each side is peeled on its own, in its own colour: a screenshot has a light title bar above and a dark
    // window around, a letterbox has black bars, a frame may be any colour.
    int top = 0;
    int bottom = g.height - 1;
    int left = 0;
    int right = g.width - 1;
    for (bool changed = true; changed && top < bottom && left < right;) {
        changed = false;
        if (lineIsUniform(g, true, top, left, right + 1)) {
            ++top;
            changed = true;
        }
        if (bottom > top && lineIsUniform(g, true, bottom, left, right + 1)) {
            --bottom;
            changed = true;
        }
        if (lineIsUniform(g, false, left, top, bottom + 1)) {
            ++left;
            changed = true;
        }
        if (right > left && lineIsUniform(g, false, right, top, bottom + 1)) {
            --right;
            changed = true;
        }
    }
    const QRect content(QPoint(left, top), QPoint(right, bottom));
    // A picture that is (almost) all border is flat: its whole is all there is to fingerprint.
    if (content.width() * 10 < g.width || content.height() * 10 < g.height)
        return image.rect();
    return content;
}

QList<QRect> Regions::panels(const QImage &image, const QRect &within)
{
    if (within.width() < 32 || within.height() < 32)
        return {};
    const Grey g = toGrey(image);
    // Gutters are the paper: the background of the page, usually white.
    const int background = cornerBackground(g);
    QList<QRect> found;
    cut(g, within, background, 0, found);
    const double page = double(within.width()) * within.height();
    QList<QRect> kept;
    for (const QRect &r : std::as_const(found)) {
        const double share = double(r.width()) * r.height() / page;
        if (share >= kMinPanelArea && share <= kMaxPanelArea)
            kept << r;
    }
    if (kept.size() < 2)
        return {}; // one "panel" is just the picture
    std::sort(kept.begin(), kept.end(),
              [](const QRect &a, const QRect &b) { return a.width() * a.height() > b.width() * b.height(); });
    if (kept.size() > kMaxPanels)
        kept.resize(kMaxPanels);
    return kept;
}

QImage Regions::derotated(const QImage &image, double degrees)
{
    const QImage turned =
        image.convertToFormat(QImage::Format_RGB32).transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    const double r = std::abs(degrees) * M_PI / 180.0;
    const double ratio = std::max(double(image.width()) / image.height(), double(image.height()) / image.width());
    const double shrink = 1.0 / (std::cos(r) + std::sin(r) * ratio);
    const int w = std::max(1, int(image.width() * shrink));
    const int h = std::max(1, int(image.height() * shrink));
    return turned.copy((turned.width() - w) / 2, (turned.height() - h) / 2, w, h);
}

QString Regions::panelKey(const QRect &panel, QSize size)
{
    auto scaled = [](int v, int total) { return int(std::lround(10000.0 * v / std::max(1, total))); };
    return QStringLiteral("panel:%1,%2,%3,%4")
        .arg(scaled(panel.x(), size.width()))
        .arg(scaled(panel.y(), size.height()))
        .arg(scaled(panel.width(), size.width()))
        .arg(scaled(panel.height(), size.height()));
}

QRectF Regions::rectOf(const QString &key, QSizeF size)
{
    if (key.startsWith(QLatin1String("center"))) {
        const double f = std::clamp(key.mid(6).toDouble() / 100.0, 0.0, 1.0);
        return QRectF(size.width() * (1 - f) / 2, size.height() * (1 - f) / 2, size.width() * f, size.height() * f);
    }
    if (key.startsWith(QLatin1String("panel:"))) {
        const QStringList parts = key.mid(6).split(QLatin1Char(','));
        if (parts.size() == 4) {
            auto at = [&parts](int i, double total) { return parts[i].toDouble() / 10000.0 * total; };
            return QRectF(at(0, size.width()), at(1, size.height()), at(2, size.width()), at(3, size.height()));
        }
    }
    return QRectF(QPointF(0, 0), size);
}

QList<Region> Regions::forCatalogue(const QImage &image)
{
    QList<Region> regions{{QStringLiteral("full"), image.rect()}};
    const QRect content = contentRect(image);
    const bool hasBorder = content != image.rect();
    if (hasBorder)
        regions << Region{QStringLiteral("trim"), content};
    // Crops of 5-25 % keep, roughly, the centre: with a stored crop every 8 %, one is within 4 % of the copy's
    // framing, which PDQ tolerates.
    // Crops are taken of the picture as published, borders and all: that is what a re-uploader crops.
    regions << Region{QStringLiteral("center92"), centred(image.rect(), 0.92)}
            << Region{QStringLiteral("center84"), centred(image.rect(), 0.84)}
            << Region{QStringLiteral("center76"), centred(image.rect(), 0.76)};
    for (const QRect &panel : panels(image, content))
        regions << Region{panelKey(panel, image.size()), panel};
    return regions;
}

QList<Region> Regions::forQuery(const QImage &image)
{
    QList<Region> regions{{QStringLiteral("full"), image.rect()}};
    const QRect content = contentRect(image);
    if (content != image.rect())
        regions << Region{QStringLiteral("trim"), content};
    return regions;
}

} // namespace rakkan::fingerprint
