#include "imaging/PsdLayers.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace rakkan::imaging::psd {

namespace {

constexpr int kMaxLayers = 20000;
constexpr qint64 kMaxLayerSide = 300000; // the widest PSB canvas Photoshop makes
// Corners further out than this lie far off any canvas; kept within it, QRect's arithmetic cannot overflow.
constexpr qint64 kMaxCoordinate = 4 * kMaxLayerSide;

int boundedCoordinate(quint32 raw)
{
    return int(std::clamp<qint64>(qint32(raw), -kMaxCoordinate, kMaxCoordinate));
}

// Keys whose length is 64-bit in a PSB file's tagged blocks.
bool widensInPsb(QByteArrayView key)
{
    static const QSet<QByteArray> keys{"LMsk", "Lr16", "Lr32", "Layr", "Mt16", "Mt32", "Mtrn",
                                       "Alph", "FMsk", "lnk2", "FEid", "FXid", "PxSD"};
    return keys.contains(key.toByteArray());
}

// Adjustment layers change what is below them; Rakkan does not redo their arithmetic.
QString adjustmentKind(QByteArrayView key)
{
    static const QSet<QByteArray> adjustments{"levl", "curv", "brit", "blnc", "blwh", "hue ", "hue2", "selc", "mixr",
                                              "grdm", "phfl", "expA", "vibA", "thrs", "post", "nvrt", "CgEd", "clrL"};
    if (adjustments.contains(key.toByteArray()))
        return PsdLayers::tr("adjustment layer");
    if (key == QByteArrayView("GdFl"))
        return PsdLayers::tr("gradient fill");
    if (key == QByteArrayView("PtFl"))
        return PsdLayers::tr("pattern fill");
    return {};
}

// A double stored in a descriptor after "<key>doub", as fill colours are.
std::optional<double> descriptorDouble(QByteArrayView data, const char *key)
{
    const QByteArray needle = QByteArray(key) + "doub";
    const qsizetype at = QByteArray::fromRawData(data.data(), data.size()).indexOf(needle);
    if (at < 0 || at + needle.size() + 8 > data.size())
        return std::nullopt;
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(data[at + needle.size() + i]);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

// The colour of a solid-colour fill layer ("SoCo"), in RGB or grey; nothing for colours in other spaces.
std::optional<QRgb> solidColour(QByteArrayView data)
{
    const auto clamp = [](double v) { return int(std::lround(qBound(0.0, v, 255.0))); };
    const auto r = descriptorDouble(data, "Rd  ");
    const auto g = descriptorDouble(data, "Grn ");
    const auto b = descriptorDouble(data, "Bl  ");
    if (r && g && b)
        return qRgb(clamp(*r), clamp(*g), clamp(*b));
    if (const auto grey = descriptorDouble(data, "Gry ")) // percent of black
        return qRgb(clamp(255.0 - *grey * 2.55), clamp(255.0 - *grey * 2.55), clamp(255.0 - *grey * 2.55));
    return std::nullopt;
}

// A vector mask's path records (26 bytes each) as a path in canvas pixels: Bezier knots whose points are stored
// as 8.24 fixed-point fractions of the canvas, y before x.
QPainterPath vectorPath(ByteReader &in, QSize canvas)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    struct Knot
    {
        QPointF before, anchor, after;
    };
    QList<Knot> knots;
    bool closed = false;
    int expected = 0;
    const auto point = [&](ByteReader &r) {
        const double y = qint32(r.u32()) / double(1 << 24);
        const double x = qint32(r.u32()) / double(1 << 24);
        return QPointF(x * canvas.width(), y * canvas.height());
    };
    const auto flush = [&] {
        if (knots.isEmpty())
            return;
        path.moveTo(knots.first().anchor);
        for (qsizetype i = 1; i < knots.size(); ++i)
            path.cubicTo(knots[i - 1].after, knots[i].before, knots[i].anchor);
        if (closed) {
            path.cubicTo(knots.last().after, knots.first().before, knots.first().anchor);
            path.closeSubpath();
        }
        knots.clear();
    };
    while (in.remaining() >= 26) {
        ByteReader record(in.take(26));
        const int selector = record.u16();
        if (selector == 0 || selector == 3) { // a subpath begins: how many knots follow
            flush();
            closed = selector == 0;
            expected = record.u16();
        } else if (selector == 1 || selector == 2 || selector == 4 || selector == 5) {
            if (expected-- <= 0)
                continue;
            Knot k;
            k.before = point(record);
            k.anchor = point(record);
            k.after = point(record);
            knots << k;
        }
    }
    flush();
    return path;
}

void readMask(ByteReader &in, quint32 length, LayerRecord &layer)
{
    if (length < 20) {
        in.skip(length);
        return;
    }
    ByteReader mask(in.take(length));
    const auto rect = [&mask] {
        const int top = boundedCoordinate(mask.u32());
        const int left = boundedCoordinate(mask.u32());
        const int bottom = boundedCoordinate(mask.u32());
        const int right = boundedCoordinate(mask.u32());
        return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
    };
    layer.userMask.present = true;
    layer.userMask.rect = rect();
    layer.userMask.defaultValue = mask.u8();
    const quint8 flags = mask.u8();
    layer.userMask.disabled = flags & 0x02;
    layer.userMask.fromVectorMask = flags & 0x08;
    if (length == 20)
        return;
    // Photoshop writes the "real" mask (the pixel mask, when the first one is the rendered vector mask) before the
    // densities and feathers.
    if (mask.remaining() >= 18) {
        const quint8 realFlags = mask.u8();
        layer.realMask.defaultValue = mask.u8();
        layer.realMask.rect = rect();
        layer.realMask.disabled = realFlags & 0x02;
        layer.realMask.present = mask.ok();
    }
    if (flags & 0x10) {
        const quint8 which = mask.u8();
        quint8 pixelDensity = 255;
        quint8 vectorDensity = 255;
        if (which & 0x01)
            pixelDensity = mask.u8();
        if (which & 0x02)
            mask.skip(8); // feather: not drawn
        if (which & 0x04)
            vectorDensity = mask.u8();
        if (which & 0x08)
            mask.skip(8);
        if (!mask.ok())
            return;
        if (layer.userMask.fromVectorMask) {
            layer.userMask.density = vectorDensity;
            layer.realMask.density = pixelDensity;
        } else {
            layer.userMask.density = pixelDensity;
        }
    }
}

} // namespace

Result<LayerInfo> PsdLayers::read(QByteArrayView file, qsizetype sectionStart, qsizetype sectionLength, const Header &h,
                                  const DecodeLimits &limits)
{
    const auto damaged = [](const QString &why) {
        return makeError(ErrorCode::Corrupt, tr("The layers of this Photoshop file are damaged: %1.").arg(why));
    };
    LayerInfo info;
    if (sectionLength < (h.isPsb() ? 8 : 4))
        return info; // no layers at all
    ByteReader in(file);
    in.seek(sectionStart);
    const qsizetype sectionEnd = sectionStart + sectionLength;

    // The layer info, or for 16- and 32-bit documents the copy of it in an "Lr16"/"Lr32" block further on.
    qsizetype infoStart = -1;
    qsizetype infoEnd = -1;
    const quint64 infoLength = h.length(in);
    if (!in.ok() || infoLength > quint64(sectionEnd - in.pos()))
        return damaged(tr("the layer list runs past its section"));
    if (infoLength > 0) {
        infoStart = in.pos();
        infoEnd = infoStart + qsizetype(infoLength);
    } else {
        const quint32 globalMask = in.u32();
        in.skip(globalMask);
        while (in.ok() && in.pos() + 12 <= sectionEnd) {
            const QByteArrayView signature = in.take(4);
            const QByteArrayView key = in.take(4);
            if (signature != QByteArrayView("8BIM") && signature != QByteArrayView("8B64"))
                break;
            const quint64 length = h.isPsb() && widensInPsb(key) ? in.u64() : in.u32();
            if (!in.ok() || length > quint64(sectionEnd - in.pos()))
                break;
            if (key == QByteArrayView("Lr16") || key == QByteArrayView("Lr32") || key == QByteArrayView("Layr")) {
                infoStart = in.pos();
                infoEnd = infoStart + qsizetype(length);
                break;
            }
            in.skip(qsizetype((length + 3) & ~quint64(3)));
        }
    }
    if (infoStart < 0)
        return info;
    in.seek(infoStart);
    const int count = in.i16();
    info.mergedAlpha = count < 0;
    const int layerCount = std::abs(count);
    if (layerCount > kMaxLayers)
        return damaged(tr("it declares %1 layers").arg(layerCount));

    const QSize canvas(h.width, h.height);
    for (int i = 0; i < layerCount; ++i) {
        LayerRecord layer;
        const int top = boundedCoordinate(in.u32());
        const int left = boundedCoordinate(in.u32());
        const int bottom = boundedCoordinate(in.u32());
        const int right = boundedCoordinate(in.u32());
        if (bottom < top || right < left)
            return damaged(tr("layer %1 has a negative size").arg(i + 1));
        // The corners were any 32-bit values, and their difference overflowed an int (found by fuzzing); now
        // bounded, and a layer may not span more than Photoshop's widest canvas.
        if (qint64(right) - left > kMaxLayerSide || qint64(bottom) - top > kMaxLayerSide)
            return damaged(tr("layer %1 is larger than Photoshop allows").arg(i + 1));
        layer.bounds = QRect(left, top, right - left, bottom - top);
        const int channelCount = in.u16();
        if (channelCount > 56)
            return damaged(tr("layer %1 declares %2 channels").arg(i + 1).arg(channelCount));
        for (int c = 0; c < channelCount; ++c) {
            ChannelData channel;
            channel.id = in.i16();
            channel.length = qsizetype(qMin<quint64>(h.length(in), quint64(file.size())));
            layer.channels << channel;
        }
        if (in.take(4) != QByteArrayView("8BIM") && in.ok())
            return damaged(tr("layer %1 has no blend mode signature").arg(i + 1));
        layer.blendMode = in.take(4).toByteArray();
        layer.opacity = in.u8();
        layer.clipped = in.u8() != 0;
        const quint8 flags = in.u8();
        layer.hidden = flags & 0x02;
        in.skip(1);
        bool generatedFill = false; // a gradient or pattern fill, which keeps Photoshop's rendering in its channels
        const quint32 extraLength = in.u32();
        if (!in.ok() || extraLength > quint64(in.remaining()))
            return makeError(ErrorCode::Truncated, tr("The Photoshop file is cut off inside its layers."));
        ByteReader extra(in.take(extraLength));
        readMask(extra, extra.u32(), layer);
        extra.skip(extra.u32()); // blending ranges
        const int nameLength = extra.u8();
        layer.name = QString::fromLatin1(extra.take(nameLength));
        extra.skip((4 - (nameLength + 1) % 4) % 4);
        while (extra.ok() && extra.remaining() >= 12) {
            const QByteArrayView signature = extra.take(4);
            if (signature != QByteArrayView("8BIM") && signature != QByteArrayView("8B64"))
                break;
            const QByteArrayView key = extra.take(4);
            const quint64 length = h.isPsb() && widensInPsb(key) ? extra.u64() : extra.u32();
            if (!extra.ok() || length > quint64(extra.remaining()))
                break;
            ByteReader data(extra.take(qsizetype(length)));
            extra.skip(qsizetype(length % 2));
            if (key == QByteArrayView("luni")) {
                const quint32 units = data.u32();
                const QByteArrayView text = data.take(qsizetype(qMin<quint32>(units, 0x10000)) * 2);
                if (data.ok()) {
                    QString name;
                    for (qsizetype u = 0; u + 1 < text.size(); u += 2)
                        name += QChar(char16_t((quint8(text[u]) << 8) | quint8(text[u + 1])));
                    layer.name = name;
                }
            } else if (key == QByteArrayView("lsct") || key == QByteArrayView("lsdk")) {
                const quint32 type = data.u32();
                if (type == 1 || type == 2)
                    layer.section = LayerRecord::Section::GroupStart;
                else if (type == 3)
                    layer.section = LayerRecord::Section::GroupEnd;
                if (data.remaining() >= 8 && data.take(4) == QByteArrayView("8BIM"))
                    layer.blendMode = data.take(4).toByteArray();
            } else if (key == QByteArrayView("iOpa")) {
                layer.fillOpacity = data.u8();
            } else if (key == QByteArrayView("SoCo")) {
                layer.solidFill = solidColour(data.take(data.remaining()));
                if (!layer.solidFill)
                    layer.unrenderable = tr("colour fill in a colour space Rakkan does not draw");
            } else if (key == QByteArrayView("vmsk") || key == QByteArrayView("vsms")) {
                data.u32(); // version
                const quint32 vflags = data.u32();
                if (!(vflags & 0x04)) { // not disabled
                    layer.vectorMaskInverted = vflags & 0x01;
                    layer.vectorMask = vectorPath(data, canvas);
                }
            } else if (key == QByteArrayView("lfx2") || key == QByteArrayView("lrFX") ||
                       key == QByteArrayView("lmfx")) {
                layer.hasEffects = true;
            } else if (const QString kind = adjustmentKind(key); !kind.isEmpty()) {
                layer.unrenderable = kind;
                generatedFill = key == QByteArrayView("GdFl") || key == QByteArrayView("PtFl");
            }
        }
        // Gradient and pattern fills keep Photoshop's rendering in their channels: drawn from those when present.
        const bool hasPixels =
            !layer.bounds.isEmpty() && std::any_of(layer.channels.cbegin(), layer.channels.cend(),
                                                   [](const ChannelData &c) { return c.id >= 0 && c.length > 2; });
        if (hasPixels && generatedFill)
            layer.unrenderable.clear();
        if (!in.ok())
            return makeError(ErrorCode::Truncated, tr("The Photoshop file is cut off inside its layers."));
        info.layers << layer;
    }

    // The channel data follows the records, layer by layer, channel by channel.
    for (LayerRecord &layer : info.layers) {
        for (ChannelData &channel : layer.channels) {
            channel.offset = in.pos();
            if (channel.length > in.remaining() || in.pos() + channel.length > infoEnd)
                return makeError(ErrorCode::Truncated, tr("The Photoshop file is cut off inside its layers."));
            in.skip(channel.length);
        }
        // A layer beyond any canvas the limits allow is a hostile size, not a drawing.
        if (!layer.bounds.isEmpty() && !limits.pixelsAllowed(layer.bounds.size()))
            return damaged(tr("a layer declares %1 x %2 pixels").arg(layer.bounds.width()).arg(layer.bounds.height()));
    }
    return info;
}

namespace {

// One mask's coverage (0-255) over `area`, its default outside its rectangle; a null image when it does not apply.
Result<QImage> maskOver(QByteArrayView file, const LayerRecord &layer, const LayerMask &mask, int channelId,
                        const Header &h, const QRect &area)
{
    if (!mask.present || mask.disabled)
        return QImage();
    const auto channel = std::find_if(layer.channels.cbegin(), layer.channels.cend(),
                                      [channelId](const ChannelData &c) { return c.id == channelId; });
    QImage out(area.size(), QImage::Format_Grayscale8);
    if (out.isNull())
        return makeError(ErrorCode::TooLarge, PsdLayers::tr("There is not enough memory to draw this layer."));
    out.fill(mask.defaultValue);
    if (channel != layer.channels.cend() && !mask.rect.isEmpty()) {
        const auto samples = decodeChannel(file.sliced(channel->offset, channel->length), mask.rect.width(),
                                           mask.rect.height(), h.depth, h.isPsb());
        if (!samples)
            return makeError(ErrorCode::Corrupt,
                             PsdLayers::tr("The mask of layer \"%1\" does not decode.").arg(layer.name));
        const QRect overlap = mask.rect.intersected(area);
        for (int y = overlap.top(); y <= overlap.bottom(); ++y) {
            const uchar *from = samples->data() + qsizetype(y - mask.rect.top()) * mask.rect.width() +
                                (overlap.left() - mask.rect.left());
            std::memcpy(out.scanLine(y - area.top()) + (overlap.left() - area.left()), from, size_t(overlap.width()));
        }
    }
    if (mask.density < 255) { // a mask at partial density hides less
        for (int y = 0; y < out.height(); ++y) {
            uchar *line = out.scanLine(y);
            for (int x = 0; x < out.width(); ++x)
                line[x] = uchar(255 - (255 - line[x]) * mask.density / 255);
        }
    }
    return out;
}

// Every mask of a layer (pixel, vector) multiplied into one coverage over `area`.
Result<QImage> coverage(QByteArrayView file, const LayerRecord &layer, const Header &h, const QRect &area)
{
    QImage total;
    const auto combine = [&total](const QImage &mask) {
        if (mask.isNull())
            return;
        if (total.isNull()) {
            total = mask;
            return;
        }
        for (int y = 0; y < total.height(); ++y) {
            uchar *a = total.scanLine(y);
            const uchar *b = mask.constScanLine(y);
            for (int x = 0; x < total.width(); ++x)
                a[x] = uchar(a[x] * b[x] / 255);
        }
    };
    RAKKAN_TRY(auto user, maskOver(file, layer, layer.userMask, -2, h, area));
    combine(user);
    RAKKAN_TRY(auto real, maskOver(file, layer, layer.realMask, -3, h, area));
    combine(real);
    if (!layer.vectorMask.isEmpty() && !layer.userMask.fromVectorMask) {
        QImage vector(area.size(), QImage::Format_Grayscale8);
        vector.fill(layer.vectorMaskInverted ? 255 : 0);
        QPainter painter(&vector);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(-area.topLeft());
        painter.fillPath(layer.vectorMask, layer.vectorMaskInverted ? Qt::black : Qt::white);
        painter.end();
        combine(vector);
    }
    return total;
}

} // namespace

Result<QImage> PsdLayers::maskCoverage(QByteArrayView file, const LayerRecord &layer, const Header &h,
                                       const QRect &area)
{
    return coverage(file, layer, h, area);
}

Result<QImage> PsdLayers::pixels(QByteArrayView file, const LayerRecord &layer, const Header &h,
                                 const std::array<QRgb, 256> *palette)
{
    const QRect bounds = layer.solidFill ? QRect(0, 0, h.width, h.height) : layer.bounds;
    if (bounds.isEmpty())
        return QImage();
    QImage image(bounds.size(), QImage::Format_ARGB32);
    if (image.isNull())
        return makeError(ErrorCode::TooLarge, tr("There is not enough memory to draw this layer."));

    if (layer.solidFill) {
        image.fill(QColor::fromRgb(*layer.solidFill));
    } else {
        const int planes = colorChannels(h.mode, h.channels);
        std::vector<std::vector<uchar>> colour(static_cast<size_t>(planes));
        std::vector<uchar> alpha;
        for (const ChannelData &channel : layer.channels) {
            if (channel.id < -1 || channel.id >= planes)
                continue;
            auto samples = decodeChannel(file.sliced(channel.offset, channel.length), bounds.width(), bounds.height(),
                                         h.depth, h.isPsb());
            if (!samples)
                return makeError(ErrorCode::Corrupt, tr("The pixels of layer \"%1\" do not decode.").arg(layer.name));
            (channel.id == -1 ? alpha : colour[size_t(channel.id)]) = std::move(*samples);
        }
        const quint8 blank = h.mode == Cmyk ? 255 : 0; // a missing plane: no ink, or black
        std::array<quint8, 4> sample{};
        for (int y = 0; y < bounds.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            const qsizetype row = qsizetype(y) * bounds.width();
            for (int x = 0; x < bounds.width(); ++x) {
                for (int p = 0; p < planes; ++p)
                    sample[size_t(p)] = colour[size_t(p)].empty() ? blank : colour[size_t(p)][size_t(row + x)];
                const QRgb rgb = toRgb(h.mode, sample.data(), palette);
                line[x] = qRgba(qRed(rgb), qGreen(rgb), qBlue(rgb), alpha.empty() ? 255 : alpha[size_t(row + x)]);
            }
        }
    }

    RAKKAN_TRY(auto mask, coverage(file, layer, h, bounds));
    if (!mask.isNull()) {
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            const uchar *m = mask.constScanLine(y);
            for (int x = 0; x < image.width(); ++x)
                line[x] = (line[x] & 0x00ffffff) | (quint32(qAlpha(line[x]) * m[x] / 255) << 24);
        }
    }
    return image;
}

} // namespace rakkan::imaging::psd
