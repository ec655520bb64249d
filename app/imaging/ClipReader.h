#pragma once

#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::imaging {

// Reads a CLIP Studio Paint .clip file: a chain of "CHNK" chunks, one of which ("CHNKSQLi") is a whole SQLite
// database whose CanvasPreview table holds a PNG of the canvas as last saved. That preview is the picture Rakkan
// catalogues; the canvas size in pixels comes from the Canvas table.
class ClipReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::imaging::ClipReader)

public:
    static Result<DecodedImage> read(const QByteArray &bytes, const DecodeLimits &limits);
};

} // namespace rakkan::imaging
