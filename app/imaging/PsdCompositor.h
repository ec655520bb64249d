#pragma once

#include "core/Result.h"
#include "imaging/PsdLayers.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

namespace rakkan::imaging::psd {

// Draws a Photoshop file's picture from its layers, for files saved without a flattened image: visibility,
// opacity and fill, pixel and vector masks, clipping, groups (pass-through or isolated) and Photoshop's blend
// modes, matted onto white like every flattened picture. What it cannot draw (adjustment layers, gradient and
// pattern fills, layer effects) is named in `notes`, never silently dropped.
class PsdCompositor
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::PsdCompositor)

public:
    struct Composite
    {
        QImage image; // RGB32
        QStringList notes;
    };

    // `budget`: the most pixels to blend in all (layers times their area), to keep a hostile file bounded in time.
    static Result<Composite> compose(QByteArrayView file, const LayerInfo &info, const Header &header,
                                     const std::array<QRgb, 256> *palette, qint64 budget);
};

} // namespace rakkan::imaging::psd
