#include "imaging/PsdReader.h"

#include "core/ByteReader.h"
#include "imaging/ImageDecoder.h"
#include "imaging/PsdCompositor.h"
#include "imaging/PsdFormat.h"
#include "imaging/PsdLayers.h"

#include <QList>

#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace rakkan::imaging {

namespace {

using namespace psd;

constexpr quint16 kVersionInfoResource = 1057;
constexpr quint16 kDisplayInfoResource = 1077;
// The most pixels blended when drawing a file from its layers (layers times their area): a 60-megapixel page
// with 60 full-page layers, and a bound on what a hostile file can make Rakkan do.
constexpr qint64 kBlendBudget = 4'000'000'000;

// How an extra channel of the flattened image is shown (DisplayInfo): spot colour channels are printed inks that
// the picture includes; alpha channels are selections and are not part of the picture.
struct ExtraChannel
{
    bool spot = false;
    std::optional<QRgb> ink; // the ink's colour; nothing for a colour space Rakkan does not convert
};

QList<ExtraChannel> displayInfo(QByteArrayView data)
{
    QList<ExtraChannel> out;
    ByteReader in(data);
    in.u32(); // version
    while (in.remaining() >= 13) {
        const int space = in.u16();
        const int c0 = in.u16() >> 8;
        const int c1 = in.u16() >> 8;
        const int c2 = in.u16() >> 8;
        const int c3 = in.u16() >> 8;
        in.u16(); // opacity (solidity): inks are shown as transparent ink, multiplied
        const int kind = in.u8();
        ExtraChannel channel;
        channel.spot = kind == 2;
        switch (space) {
        case 0: // RGB
            channel.ink = qRgb(c0, c1, c2);
            break;
        case 2: { // CMYK, stored as 0 = full ink
            const quint8 cmyk[4] = {quint8(c0), quint8(c1), quint8(c2), quint8(c3)};
            channel.ink = toRgb(Cmyk, cmyk);
            break;
        }
        case 8: // greyscale, 0-10000 black
            channel.ink = qRgb(255 - c0 * 255 / 39, 255 - c0 * 255 / 39, 255 - c0 * 255 / 39);
            break;
        default:
            break;
        }
        out << channel;
    }
    return out;
}

} // namespace

Result<DecodedImage> PsdReader::read(const QByteArray &bytes, const DecodeLimits &limits)
{
    return decode(bytes, limits, false);
}

Result<DecodedImage> PsdReader::composeLayers(const QByteArray &bytes, const DecodeLimits &limits)
{
    return decode(bytes, limits, true);
}

Result<DecodedImage> PsdReader::decode(const QByteArray &bytes, const DecodeLimits &limits, bool fromLayers)
{
    const auto damaged = [](const QString &why) {
        return makeError(ErrorCode::Corrupt, tr("The Photoshop file is damaged: %1.").arg(why));
    };
    const auto truncated = [] {
        return makeError(ErrorCode::Truncated,
                         tr("The Photoshop file is cut off before its end (an interrupted download or copy?)."));
    };

    ByteReader in(bytes);
    if (in.take(4) != QByteArrayView("8BPS"))
        return damaged(tr("it does not start with the Photoshop signature"));
    Header h;
    h.version = in.u16();
    in.skip(6);
    h.channels = in.u16();
    // Clamped so that a side beyond int is reported as too large, not as a negative number.
    h.height = int(qMin(in.u32(), quint32(std::numeric_limits<int>::max())));
    h.width = int(qMin(in.u32(), quint32(std::numeric_limits<int>::max())));
    h.depth = in.u16();
    h.mode = in.u16();
    if (!in.ok())
        return truncated();
    if (h.version != 1 && h.version != 2)
        return damaged(tr("it declares an unknown version (%1)").arg(h.version));
    if (h.channels < 1 || h.channels > 56)
        return damaged(tr("it declares %1 colour channels").arg(h.channels));
    if (h.depth != 1 && h.depth != 8 && h.depth != 16 && h.depth != 32)
        return damaged(tr("it declares %1 bits per channel, which Photoshop never writes").arg(h.depth));
    if (h.mode != Bitmap && h.mode != Grayscale && h.mode != Indexed && h.mode != Rgb && h.mode != Cmyk &&
        h.mode != Multichannel && h.mode != Duotone && h.mode != Lab)
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("The Photoshop file uses colour mode %1, which Rakkan cannot read.").arg(h.mode));
    if (h.width == 0 || h.height == 0)
        return damaged(tr("it declares an image without pixels"));
    const QSize size(h.width, h.height);
    if (!limits.pixelsAllowed(size))
        return ImageDecoder::tooLarge(size, limits);
    if (h.channels < colorChannels(h.mode, h.channels))
        return damaged(tr("too few channels for its colour mode"));

    // Colour mode data: the palette of an indexed image.
    const quint32 colorDataLength = in.u32();
    const QByteArrayView colorData = in.take(colorDataLength);
    if (!in.ok())
        return truncated();
    if (h.mode == Indexed && colorData.size() < 768)
        return damaged(tr("the colour table is missing"));

    // Image resources: "version info" says whether a real composite was saved ("maximize compatibility").
    const quint32 resourcesLength = in.u32();
    ByteReader resources(in.take(resourcesLength));
    if (!in.ok())
        return truncated();
    std::optional<bool> hasRealComposite;
    QList<ExtraChannel> extras;
    while (resources.remaining() >= 12) {
        if (resources.take(4) != QByteArrayView("8BIM"))
            break;
        const quint16 id = resources.u16();
        const int nameLength = resources.u8();
        resources.skip(nameLength + ((nameLength + 1) % 2));
        const quint32 length = resources.u32();
        ByteReader data(resources.take(length));
        resources.skip(length % 2);
        if (!resources.ok())
            break;
        if (id == kVersionInfoResource) {
            data.skip(4);
            const quint8 flag = data.u8();
            if (data.ok())
                hasRealComposite = flag != 0;
        } else if (id == kDisplayInfoResource) {
            extras = displayInfo(data.take(data.remaining()));
        }
    }

    // Layer and mask information: the layer count tells a blank composite from an empty picture; the layers
    // themselves are read only when the file has no flattened image.
    const quint64 layersLength = h.version == 1 ? in.u32() : in.u64();
    const qsizetype layersStart = in.pos();
    int layerCount = 0;
    if (layersLength > 0) {
        const quint64 layerInfoLength = h.version == 1 ? in.u32() : in.u64();
        if (layerInfoLength > 0)
            layerCount = in.i16();
    }
    if (!in.ok() || layersLength > quint64(in.size() - layersStart))
        return truncated();
    in.seek(layersStart + qsizetype(layersLength));

    std::array<QRgb, 256> palette{};
    if (h.mode == Indexed)
        for (int i = 0; i < 256; ++i)
            palette[size_t(i)] = qRgb(quint8(colorData[i]), quint8(colorData[256 + i]), quint8(colorData[512 + i]));

    // Without a flattened image, the picture is drawn from the layers, and the work says so.
    const auto composed = [&]() -> Result<DecodedImage> {
        RAKKAN_TRY(auto info, PsdLayers::read(bytes, layersStart, qsizetype(layersLength), h, limits));
        if (info.layers.isEmpty())
            return makeError(ErrorCode::NoComposite,
                             tr("This Photoshop file was saved without a flattened image (\"Maximize Compatibility\" "
                                "was off) and has no layers to draw it from."));
        RAKKAN_TRY(auto picture,
                   PsdCompositor::compose(bytes, info, h, h.mode == Indexed ? &palette : nullptr, kBlendBudget));
        DecodedImage decoded;
        decoded.format = h.version == 1 ? ImageFormat::Psd : ImageFormat::Psb;
        decoded.originalSize = size;
        decoded.image = std::move(picture.image);
        decoded.notes << tr("Rakkan made this picture from the file's layers: it was saved without a flattened "
                            "image (\"Maximize Compatibility\" off).")
                      << picture.notes;
        return decoded;
    };
    if (fromLayers || (hasRealComposite.has_value() && !*hasRealComposite))
        return composed();

    // Image data.
    const quint16 compression = in.u16();
    if (!in.ok())
        return truncated();
    if (compression != 0 && compression != 1)
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("The flattened image of this Photoshop file is ZIP-compressed, which Rakkan cannot read "
                            "yet."));

    const int planes = colorChannels(h.mode, h.channels);
    // Spot-colour channels are inks printed over the colour plates: they are part of the picture.
    QList<int> spotChannels;
    for (int c = planes; c < h.channels && c - planes < extras.size(); ++c)
        if (extras[c - planes].spot && extras[c - planes].ink)
            spotChannels << c;
    const int decodedPlanes = planes + int(spotChannels.size());
    const auto planeOf = [&](int channel) {
        return channel < planes ? channel
                                : (spotChannels.contains(channel) ? planes + int(spotChannels.indexOf(channel)) : -1);
    };
    const qsizetype rowBytes = h.depth == 1 ? (qsizetype(h.width) + 7) / 8 : qsizetype(h.width) * (h.depth / 8);
    const qsizetype planeBytes = qsizetype(h.width) * h.height;

    std::vector<uchar> pixels;
    try {
        pixels.resize(size_t(planeBytes) * size_t(decodedPlanes));
    } catch (const std::bad_alloc &) {
        return makeError(ErrorCode::TooLarge, tr("There is not enough memory to open this Photoshop file."));
    }
    std::vector<uchar> row(static_cast<size_t>(rowBytes));

    if (compression == 0) {
        for (int c = 0; c < h.channels; ++c) {
            const int plane = planeOf(c);
            if (plane < 0) {
                in.skip(rowBytes * h.height);
                continue;
            }
            for (int y = 0; y < h.height; ++y) {
                const QByteArrayView raw = in.take(rowBytes);
                if (!in.ok())
                    return truncated();
                rowTo8Bit(reinterpret_cast<const uchar *>(raw.data()), h.depth, h.width,
                          pixels.data() + plane * planeBytes + qsizetype(y) * h.width);
            }
        }
    } else {
        // PackBits: a table of compressed row lengths for every row of every channel, then the rows.
        const qsizetype rows = qsizetype(h.channels) * h.height;
        const int countBytes = h.version == 1 ? 2 : 4;
        if (in.remaining() < rows * countBytes)
            return truncated();
        std::vector<quint32> lengths(static_cast<size_t>(rows));
        for (qsizetype i = 0; i < rows; ++i)
            lengths[size_t(i)] = h.version == 1 ? in.u16() : in.u32();
        for (int c = 0; c < h.channels; ++c) {
            const int plane = planeOf(c);
            for (int y = 0; y < h.height; ++y) {
                const QByteArrayView packed = in.take(lengths[size_t(qsizetype(c) * h.height + y)]);
                if (!in.ok())
                    return truncated();
                if (plane < 0)
                    continue;
                if (!unpackBits(packed, row.data(), rowBytes))
                    return damaged(tr("a compressed row does not decode to the image width"));
                rowTo8Bit(row.data(), h.depth, h.width, pixels.data() + plane * planeBytes + qsizetype(y) * h.width);
            }
        }
    }

    QImage image(h.width, h.height, QImage::Format_RGB32);
    if (image.isNull())
        return makeError(ErrorCode::TooLarge, tr("There is not enough memory to open this Photoshop file."));
    const uchar *p0 = pixels.data();
    const uchar *p1 = planes > 1 ? p0 + planeBytes : p0;
    const uchar *p2 = planes > 2 ? p0 + 2 * planeBytes : p0;
    const uchar *p3 = planes > 3 ? p0 + 3 * planeBytes : p0;
    bool uniform = true;
    QRgb first = 0;
    for (int y = 0; y < h.height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const qsizetype base = qsizetype(y) * h.width;
        for (int x = 0; x < h.width; ++x) {
            const qsizetype i = base + x;
            const quint8 samples[4] = {p0[i], p1[i], p2[i], p3[i]};
            QRgb rgb = toRgb(h.mode, samples, &palette);
            for (qsizetype s = 0; s < spotChannels.size(); ++s) {
                // Stored like the plates (255: no ink) and printed as transparent ink: multiplied in.
                const int density = 255 - pixels[size_t((planes + s) * planeBytes + i)];
                const QRgb ink = *extras[spotChannels[s] - planes].ink;
                const auto multiply = [density](int plate, int inkValue) {
                    return plate * (255 * 255 - density * (255 - inkValue)) / (255 * 255);
                };
                rgb = qRgb(multiply(qRed(rgb), qRed(ink)), multiply(qGreen(rgb), qGreen(ink)),
                           multiply(qBlue(rgb), qBlue(ink)));
            }
            line[x] = rgb;
            if (i == 0)
                first = rgb;
            else if (rgb != first)
                uniform = false;
        }
    }

    // Without the version-info resource, a layered file whose composite is one flat colour is the other sign of
    // a file saved without its flattened image: the layers say what the picture is.
    if (!hasRealComposite.has_value() && uniform && layerCount != 0 && planeBytes > 1)
        return composed();

    DecodedImage decoded;
    decoded.format = h.version == 1 ? ImageFormat::Psd : ImageFormat::Psb;
    decoded.originalSize = size;
    decoded.image = std::move(image);
    return decoded;
}

} // namespace rakkan::imaging
