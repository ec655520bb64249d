#pragma once

// The layers of a Photoshop file as records: where each one's pixels are, how it blends, its masks, and which
// groups it belongs to. Read only when a file has no usable flattened image; PsdCompositor draws them.

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/PsdFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QRect>
#include <QRgb>

#include <optional>

namespace rakkan::imaging::psd {

struct LayerMask
{
    bool present = false;
    bool disabled = false;
    QRect rect;                  // in canvas pixels
    quint8 defaultValue = 0;     // outside the rectangle
    quint8 density = 255;        // how much of the mask applies (Properties panel)
    bool fromVectorMask = false; // Photoshop's own rendering of the vector mask
};

struct ChannelData
{
    int id = 0; // 0.. colour planes, -1 transparency, -2 user mask, -3 real user mask
    qsizetype offset = 0;
    qsizetype length = 0;
};

struct LayerRecord
{
    enum class Section { Layer, GroupStart, GroupEnd };

    QString name;
    QRect bounds;
    QList<ChannelData> channels;
    QByteArray blendMode = QByteArrayLiteral("norm");
    quint8 opacity = 255;
    quint8 fillOpacity = 255;
    bool clipped = false; // clipped to the layer below
    bool hidden = false;
    Section section = Section::Layer;
    LayerMask userMask;
    LayerMask realMask;
    std::optional<QRgb> solidFill;
    QPainterPath vectorMask; // in canvas pixels; empty: none
    bool vectorMaskInverted = false;
    QString unrenderable; // what kind of layer Rakkan cannot draw (adjustment, gradient fill...), empty if none
    bool hasEffects = false;
};

struct LayerInfo
{
    QList<LayerRecord> layers; // bottom first, as the file stores them
    bool mergedAlpha = false;  // the flattened image's first extra channel is its transparency
};

class PsdLayers
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::PsdLayers)

public:
    // `section` is the whole "layer and mask information" section (after its length). Channel data offsets are
    // relative to `file`, which the section lies in.
    static Result<LayerInfo> read(QByteArrayView file, qsizetype sectionStart, qsizetype sectionLength,
                                  const Header &header, const DecodeLimits &limits);

    // The layer's pixels as non-premultiplied ARGB over its bounds, its transparency and masks applied (not its
    // opacity). A null image for a layer without pixels.
    static Result<QImage> pixels(QByteArrayView file, const LayerRecord &layer, const Header &header,
                                 const std::array<QRgb, 256> *palette);
    // A group's masks as an 8-bit coverage over `area` (255: shown), or a null image when it has none.
    static Result<QImage> maskCoverage(QByteArrayView file, const LayerRecord &layer, const Header &header,
                                       const QRect &area);
};

} // namespace rakkan::imaging::psd
