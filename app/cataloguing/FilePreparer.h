#pragma once

#include "catalog/WorkTypes.h"
#include "core/Result.h"
#include "imaging/DecodeLimits.h"
#include "imaging/DecodedImage.h"
#include "iscc/IsccCode.h"

#include <QCoreApplication>
#include <QString>

namespace rakkan::cataloguing {

// Reads one file once, read-only, and derives everything the catalogue stores about it: SHA-256 of the bytes,
// size, format, pixel dimensions, a thumbnail, fingerprints and the ISCC. The file is never written, moved or locked.
// Thread-safe.
class FilePreparer
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cataloguing::FilePreparer)

public:
    static Result<catalog::NewAsset> prepare(const QString &path, const imaging::DecodeLimits &limits);
    // The fingerprints the catalogue keeps for a picture decoded at Fingerprinter::kDecodeSize or larger.
    static QList<catalog::StoredFingerprint> storedFingerprints(const QImage &image);
    // The local features the catalogue keeps for a picture (none for a flat one), in the coordinates of the
    // original's `originalSize` when `image` is a reduced copy of it.
    static catalog::StoredFeatures storedFeatures(const QImage &image, QSize originalSize = QSize());

    // What the catalogue derives from a file's bytes and its full-size decode: fingerprints and ISCC units.
    struct Identification
    {
        QList<catalog::StoredFingerprint> fingerprints;
        iscc::AssetIscc iscc;
        catalog::StoredFeatures features;
        QImage reduced; // the picture area-averaged to PDQ's size, which the thumbnail is made from too
    };
    static Result<Identification> identify(const QByteArray &bytes, const imaging::DecodedImage &decoded);
};

} // namespace rakkan::cataloguing
