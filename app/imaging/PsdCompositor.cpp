#include "imaging/PsdCompositor.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>

namespace rakkan::imaging::psd {

namespace {

constexpr int kMaxDepth = 32;

using Separable = float (*)(float cb, float cs);

float screen(float cb, float cs)
{
    return cb + cs - cb * cs;
}
float dodge(float cb, float cs)
{
    return cb <= 0.0f ? 0.0f : (cs >= 1.0f ? 1.0f : std::min(1.0f, cb / (1.0f - cs)));
}
float burn(float cb, float cs)
{
    return cb >= 1.0f ? 1.0f : (cs <= 0.0f ? 0.0f : 1.0f - std::min(1.0f, (1.0f - cb) / cs));
}
float hardLight(float cb, float cs)
{
    return cs <= 0.5f ? 2.0f * cs * cb : screen(cb, 2.0f * cs - 1.0f);
}

// Photoshop's blend modes by their four-letter keys, for the modes that work on each channel alone.
Separable separable(const QByteArray &mode)
{
    static const QHash<QByteArray, Separable> modes{
        {"norm", [](float, float cs) { return cs; }},
        {"diss", [](float, float cs) { return cs; }}, // dissolve's noise is not reproduced
        {"mul ", [](float cb, float cs) { return cb * cs; }},
        {"scrn", screen},
        {"over", [](float cb, float cs) { return hardLight(cs, cb); }},
        {"dark", [](float cb, float cs) { return std::min(cb, cs); }},
        {"lite", [](float cb, float cs) { return std::max(cb, cs); }},
        {"div ", dodge},
        {"idiv", burn},
        {"lbrn", [](float cb, float cs) { return std::max(0.0f, cb + cs - 1.0f); }},
        {"lddg", [](float cb, float cs) { return std::min(1.0f, cb + cs); }},
        {"hLit", hardLight},
        {"sLit",
         [](float cb, float cs) { // Photoshop's soft light
             return cs <= 0.5f ? 2.0f * cb * cs + cb * cb * (1.0f - 2.0f * cs)
                               : 2.0f * cb * (1.0f - cs) + std::sqrt(cb) * (2.0f * cs - 1.0f);
         }},
        {"vLit", [](float cb, float cs) { return cs <= 0.5f ? burn(cb, 2.0f * cs) : dodge(cb, 2.0f * (cs - 0.5f)); }},
        {"lLit", [](float cb, float cs) { return std::clamp(cb + 2.0f * cs - 1.0f, 0.0f, 1.0f); }},
        {"pLit",
         [](float cb, float cs) { return cs <= 0.5f ? std::min(cb, 2.0f * cs) : std::max(cb, 2.0f * cs - 1.0f); }},
        {"hMix", [](float cb, float cs) { return cb + cs >= 1.0f ? 1.0f : 0.0f; }},
        {"diff", [](float cb, float cs) { return std::abs(cb - cs); }},
        {"smud", [](float cb, float cs) { return cb + cs - 2.0f * cb * cs; }},
        {"fsub", [](float cb, float cs) { return std::max(0.0f, cb - cs); }},
        {"fdiv", [](float cb, float cs) { return cs <= 0.0f ? (cb <= 0.0f ? 0.0f : 1.0f) : std::min(1.0f, cb / cs); }},
    };
    return modes.value(mode, nullptr);
}

struct Rgb
{
    float r, g, b;
};

float lum(Rgb c)
{
    return 0.3f * c.r + 0.59f * c.g + 0.11f * c.b;
}
Rgb clipColour(Rgb c)
{
    const float l = lum(c);
    const float n = std::min({c.r, c.g, c.b});
    const float x = std::max({c.r, c.g, c.b});
    if (n < 0.0f)
        c = {l + (c.r - l) * l / (l - n), l + (c.g - l) * l / (l - n), l + (c.b - l) * l / (l - n)};
    if (x > 1.0f)
        c = {l + (c.r - l) * (1 - l) / (x - l), l + (c.g - l) * (1 - l) / (x - l), l + (c.b - l) * (1 - l) / (x - l)};
    return c;
}
Rgb setLum(Rgb c, float l)
{
    const float d = l - lum(c);
    return clipColour({c.r + d, c.g + d, c.b + d});
}
float sat(Rgb c)
{
    return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b});
}
Rgb setSat(Rgb c, float s)
{
    float *v[3] = {&c.r, &c.g, &c.b};
    std::sort(std::begin(v), std::end(v), [](float *a, float *b) { return *a < *b; });
    if (*v[2] > *v[0]) {
        *v[1] = (*v[1] - *v[0]) * s / (*v[2] - *v[0]);
        *v[2] = s;
    } else {
        *v[1] = *v[2] = 0.0f;
    }
    *v[0] = 0.0f;
    return c;
}

// The modes that mix whole colours (hue, saturation, colour, luminosity, darker and lighter colour).
std::function<Rgb(Rgb, Rgb)> nonSeparable(const QByteArray &mode)
{
    if (mode == "hue ")
        return [](Rgb cb, Rgb cs) { return setLum(setSat(cs, sat(cb)), lum(cb)); };
    if (mode == "sat ")
        return [](Rgb cb, Rgb cs) { return setLum(setSat(cb, sat(cs)), lum(cb)); };
    if (mode == "colr")
        return [](Rgb cb, Rgb cs) { return setLum(cs, lum(cb)); };
    if (mode == "lum ")
        return [](Rgb cb, Rgb cs) { return setLum(cb, lum(cs)); };
    if (mode == "dkCl")
        return [](Rgb cb, Rgb cs) { return lum(cs) < lum(cb) ? cs : cb; };
    if (mode == "lgCl")
        return [](Rgb cb, Rgb cs) { return lum(cs) > lum(cb) ? cs : cb; };
    return {};
}

// Blends `source` (non-premultiplied ARGB placed at `at`) onto `canvas` (premultiplied ARGB) with a blend mode,
// `opacity` (0-1) and an optional coverage over the canvas (group masks), as Photoshop composites a layer.
void blend(QImage &canvas, const QImage &source, QPoint at, const QByteArray &mode, float opacity,
           const QImage *coverage = nullptr)
{
    const QRect area = QRect(at, source.size()).intersected(canvas.rect());
    if (area.isEmpty() || opacity <= 0.0f)
        return;
    const Separable channelMode = separable(mode);
    const auto colourMode = channelMode ? std::function<Rgb(Rgb, Rgb)>() : nonSeparable(mode);
    const Separable fallback = separable("norm");
    for (int y = area.top(); y <= area.bottom(); ++y) {
        auto *dst = reinterpret_cast<QRgb *>(canvas.scanLine(y));
        const auto *src = reinterpret_cast<const QRgb *>(source.constScanLine(y - at.y()));
        const uchar *cover = coverage ? coverage->constScanLine(y) : nullptr;
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb s = src[x - at.x()];
            float as = qAlpha(s) / 255.0f * opacity;
            if (cover)
                as *= cover[x] / 255.0f;
            if (as <= 0.0f)
                continue;
            const QRgb d = dst[x];
            const float ab = qAlpha(d) / 255.0f;
            const Rgb cs{qRed(s) / 255.0f, qGreen(s) / 255.0f, qBlue(s) / 255.0f};
            const Rgb cb = ab > 0.0f ? Rgb{qRed(d) / 255.0f / ab, qGreen(d) / 255.0f / ab, qBlue(d) / 255.0f / ab}
                                     : Rgb{0.0f, 0.0f, 0.0f};
            Rgb mixed;
            if (colourMode) {
                mixed = colourMode(cb, cs);
            } else {
                const Separable f = channelMode ? channelMode : fallback;
                mixed = {f(cb.r, cs.r), f(cb.g, cs.g), f(cb.b, cs.b)};
            }
            // W3C compositing, which Photoshop's modes follow: the mix shows where the backdrop is opaque.
            const auto channel = [&](float m, float c, float bp) {
                const float cm = (1.0f - ab) * c + ab * std::clamp(m, 0.0f, 1.0f);
                return as * cm + (1.0f - as) * bp;
            };
            const float ao = as + ab * (1.0f - as);
            const auto byte = [](float v) { return int(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
            dst[x] =
                qRgba(byte(channel(mixed.r, cs.r, qRed(d) / 255.0f)), byte(channel(mixed.g, cs.g, qGreen(d) / 255.0f)),
                      byte(channel(mixed.b, cs.b, qBlue(d) / 255.0f)), byte(ao));
        }
    }
}

QImage unpremultiplied(const QImage &premultiplied)
{
    return premultiplied.convertToFormat(QImage::Format_ARGB32);
}

class Composer
{
public:
    Composer(QByteArrayView file, const LayerInfo &info, const Header &h, const std::array<QRgb, 256> *palette,
             qint64 budget)
        : m_file(file), m_info(info), m_h(h), m_palette(palette), m_budget(budget)
    {}

    Result<PsdCompositor::Composite> run()
    {
        QImage canvas(m_h.width, m_h.height, QImage::Format_ARGB32_Premultiplied);
        if (canvas.isNull())
            return makeError(ErrorCode::TooLarge,
                             PsdCompositor::tr("There is not enough memory to draw this picture."));
        canvas.fill(Qt::transparent);
        qsizetype index = 0;
        RAKKAN_TRY(composeRange(canvas, index, 0));
        // Matted onto white, as Photoshop stores its flattened image and as Rakkan flattens every picture.
        QImage flat(canvas.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        blend(flat, unpremultiplied(canvas), QPoint(0, 0), "norm", 1.0f);
        PsdCompositor::Composite out;
        out.image = flat.convertToFormat(QImage::Format_RGB32);
        for (auto it = m_skipped.cbegin(); it != m_skipped.cend(); ++it)
            out.notes << PsdCompositor::tr("Not drawn: %1 (%2).").arg(it.key(), it.value().join(QStringLiteral(", ")));
        if (!m_withEffects.isEmpty())
            out.notes << PsdCompositor::tr("Layer effects (shadows, strokes, glows) not drawn: %1.")
                             .arg(m_withEffects.join(QStringLiteral(", ")));
        return out;
    }

private:
    // Composes layers from `index` up to the end of the current group (its start record) onto `canvas`.
    Result<void> composeRange(QImage &canvas, qsizetype &index, int depth)
    {
        if (depth > kMaxDepth)
            return makeError(ErrorCode::Corrupt, PsdCompositor::tr("The layer groups of this Photoshop file are "
                                                                   "nested more than %1 deep.")
                                                     .arg(kMaxDepth));
        QImage baseAlpha; // the clipping base's transparency over the canvas
        while (index < m_info.layers.size()) {
            const LayerRecord &layer = m_info.layers[index++];
            if (layer.section == LayerRecord::Section::GroupStart)
                return {}; // the end of this group, read bottom-up
            if (layer.section == LayerRecord::Section::GroupEnd) {
                RAKKAN_TRY(composeGroup(canvas, index, depth, baseAlpha));
                continue;
            }
            if (layer.hidden)
                continue;
            if (!layer.unrenderable.isEmpty()) {
                m_skipped[layer.unrenderable] << displayName(layer);
                continue;
            }
            if (layer.hasEffects)
                m_withEffects << displayName(layer);
            RAKKAN_TRY(auto pixels, PsdLayers::pixels(m_file, layer, m_h, m_palette));
            if (pixels.isNull())
                continue;
            const QRect bounds = layer.solidFill ? QRect(0, 0, m_h.width, m_h.height) : layer.bounds;
            RAKKAN_TRY(spend(bounds.intersected(canvas.rect())));
            if (layer.clipped && !baseAlpha.isNull())
                clipTo(pixels, bounds.topLeft(), baseAlpha);
            else if (!layer.clipped)
                baseAlpha = alphaOver(pixels, bounds.topLeft(), canvas.size());
            blend(canvas, pixels, bounds.topLeft(), layer.blendMode,
                  layer.opacity / 255.0f * layer.fillOpacity / 255.0f);
        }
        return {};
    }

    // A group, read bottom-up: its divider has just been read; its children follow, then its own record.
    Result<void> composeGroup(QImage &canvas, qsizetype &index, int depth, QImage &baseAlpha)
    {
        // Find the group's own record first: it says whether the group is shown and how it blends.
        qsizetype end = index;
        for (int nesting = 0; end < m_info.layers.size(); ++end) {
            const auto section = m_info.layers[end].section;
            if (section == LayerRecord::Section::GroupEnd)
                ++nesting;
            else if (section == LayerRecord::Section::GroupStart && nesting-- == 0)
                break;
        }
        if (end >= m_info.layers.size())
            return makeError(ErrorCode::Corrupt, PsdCompositor::tr("A layer group of this Photoshop file is not "
                                                                   "closed."));
        const LayerRecord &group = m_info.layers[end];
        if (group.hidden) {
            index = end + 1;
            return {};
        }
        RAKKAN_TRY(auto cover, PsdLayers::maskCoverage(m_file, group, m_h, canvas.rect()));
        // A group's fill opacity fades its contents as its opacity does.
        const float opacity = group.opacity / 255.0f * group.fillOpacity / 255.0f;
        const bool passThrough = group.blendMode == "pass";
        // Pass-through: the children blend with what is below, then the group fades the change in.
        QImage inside = passThrough ? canvas.copy() : QImage(canvas.size(), QImage::Format_ARGB32_Premultiplied);
        if (inside.isNull())
            return makeError(ErrorCode::TooLarge,
                             PsdCompositor::tr("There is not enough memory to draw this picture."));
        if (!passThrough)
            inside.fill(Qt::transparent);
        RAKKAN_TRY(composeRange(inside, index, depth + 1));
        RAKKAN_TRY(spend(canvas.rect()));
        if (passThrough) {
            for (int y = 0; y < canvas.height(); ++y) {
                auto *dst = reinterpret_cast<QRgb *>(canvas.scanLine(y));
                const auto *src = reinterpret_cast<const QRgb *>(inside.constScanLine(y));
                const uchar *c = cover.isNull() ? nullptr : cover.constScanLine(y);
                for (int x = 0; x < canvas.width(); ++x) {
                    const float t = opacity * (c ? c[x] / 255.0f : 1.0f);
                    const auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
                    dst[x] = qRgba(mix(qRed(dst[x]), qRed(src[x])), mix(qGreen(dst[x]), qGreen(src[x])),
                                   mix(qBlue(dst[x]), qBlue(src[x])), mix(qAlpha(dst[x]), qAlpha(src[x])));
                }
            }
        } else {
            const QImage flat = unpremultiplied(inside);
            if (group.clipped && !baseAlpha.isNull()) {
                QImage clipped = flat;
                clipTo(clipped, QPoint(0, 0), baseAlpha);
                blend(canvas, clipped, QPoint(0, 0), group.blendMode, opacity, cover.isNull() ? nullptr : &cover);
            } else {
                blend(canvas, flat, QPoint(0, 0), group.blendMode, opacity, cover.isNull() ? nullptr : &cover);
                if (!group.clipped)
                    baseAlpha = alphaOver(flat, QPoint(0, 0), canvas.size());
            }
        }
        return {};
    }

    static QImage alphaOver(const QImage &pixels, QPoint at, QSize canvas)
    {
        QImage alpha(canvas, QImage::Format_Alpha8);
        if (alpha.isNull())
            return alpha;
        alpha.fill(0);
        const QRect area = QRect(at, pixels.size()).intersected(alpha.rect());
        for (int y = area.top(); y <= area.bottom(); ++y) {
            const auto *src = reinterpret_cast<const QRgb *>(pixels.constScanLine(y - at.y()));
            uchar *dst = alpha.scanLine(y);
            for (int x = area.left(); x <= area.right(); ++x)
                dst[x] = uchar(qAlpha(src[x - at.x()]));
        }
        return alpha;
    }

    static void clipTo(QImage &pixels, QPoint at, const QImage &baseAlpha)
    {
        for (int y = 0; y < pixels.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(pixels.scanLine(y));
            const int cy = y + at.y();
            const uchar *base = cy >= 0 && cy < baseAlpha.height() ? baseAlpha.constScanLine(cy) : nullptr;
            for (int x = 0; x < pixels.width(); ++x) {
                const int cx = x + at.x();
                const int b = base && cx >= 0 && cx < baseAlpha.width() ? base[cx] : 0;
                line[x] = (line[x] & 0x00ffffff) | (quint32(qAlpha(line[x]) * b / 255) << 24);
            }
        }
    }

    Result<void> spend(const QRect &area)
    {
        m_budget -= qint64(area.width()) * area.height();
        if (m_budget < 0)
            return makeError(ErrorCode::TooLarge,
                             PsdCompositor::tr("This Photoshop file has too many large layers to draw in reasonable "
                                               "time without a flattened image."));
        return {};
    }

    static QString displayName(const LayerRecord &layer)
    {
        return layer.name.isEmpty() ? PsdCompositor::tr("unnamed layer") : QStringLiteral("\"%1\"").arg(layer.name);
    }

    QByteArrayView m_file;
    const LayerInfo &m_info;
    const Header &m_h;
    const std::array<QRgb, 256> *m_palette;
    qint64 m_budget;
    QMap<QString, QStringList> m_skipped;
    QStringList m_withEffects;
};

} // namespace

Result<PsdCompositor::Composite> PsdCompositor::compose(QByteArrayView file, const LayerInfo &info,
                                                        const Header &header, const std::array<QRgb, 256> *palette,
                                                        qint64 budget)
{
    return Composer(file, info, header, palette, budget).run();
}

} // namespace rakkan::imaging::psd
