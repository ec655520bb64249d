#include "cataloguing/FilePreparer.h"

#include "crypto/Sha256.h"
#include "features/LocalFeatures.h"
#include "fingerprint/Fingerprinter.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"
#include "imaging/Thumbnail.h"

#include <QFileInfo>
#include <QLocale>

namespace rakkan::cataloguing {

QList<catalog::StoredFingerprint> FilePreparer::storedFingerprints(const QImage &image)
{
    QList<catalog::StoredFingerprint> stored;
    for (const auto &f : fingerprint::Fingerprinter::forCatalogue(image))
        stored << catalog::StoredFingerprint{f.region, f.pdq.hash.toBytes(), f.pdq.quality};
    return stored;
}

catalog::StoredFeatures FilePreparer::storedFeatures(const QImage &image, QSize originalSize)
{
    features::LocalFeatures::Options options = features::LocalFeatures::forCatalogue();
    // options.within = fingerprint::Regions::contentRect(image);
    features::FeatureSet set = features::LocalFeatures::extract(image, options);
    // Positions are fractions of the picture: they hold for the original's pixels, which is what a match shows.
    if (originalSize.isValid())
        set.imageSize = originalSize;
    if (set.isEmpty())
        return {};
    QByteArray probes;
    for (const features::Descriptor &d : features::LocalFeatures::probes(set, features::LocalFeatures::kProbes))
        probes.append(reinterpret_cast<const char *>(d.data()), qsizetype(sizeof(d)));
    return catalog::StoredFeatures{features::LocalFeatures::kVersion, features::LocalFeatures::pack(set), probes};
}

Result<FilePreparer::Identification> FilePreparer::identify(const QByteArray &bytes,
                                                            const imaging::DecodedImage &decoded)
{
    RAKKAN_TRY(auto code, iscc::AssetIsccs::compute(bytes, decoded, QString(), QString()));
    QImage reduced = fingerprint::Fingerprinter::reducedForHashing(decoded.image);
    // Local features from the same reduced picture: it is at least 512 pixels a side, more than they read.
    return Identification{storedFingerprints(reduced), code, storedFeatures(reduced, decoded.originalSize), reduced};
}

Result<catalog::NewAsset> FilePreparer::prepare(const QString &path, const imaging::DecodeLimits &limits)
{
    RAKKAN_TRY(auto bytes, imaging::ImageFile::read(path, limits));
    if (bytes.isEmpty())
        return makeError(ErrorCode::Empty, tr("The file is empty."));

    // One full-size decode serves the ISCC Image-Code (which must see every pixel to equal the reference), the
    // fingerprints and the thumbnail; most of the import time is this decode.
    RAKKAN_TRY(auto decoded, imaging::ImageDecoder::decode(bytes, limits));
    RAKKAN_TRY(auto identified, identify(bytes, decoded));

    catalog::NewAsset asset;
    asset.sha256 = crypto::sha256(bytes);
    asset.fileSize = bytes.size();
    asset.pixelSize = decoded.originalSize;
    asset.format = imaging::formatKey(decoded.format);
    asset.decodeNotes = decoded.notes;
    asset.originalPath = QFileInfo(path).absoluteFilePath();
    asset.thumbnailJpeg = imaging::makeThumbnailJpeg(identified.reduced);
    asset.fingerprints = identified.fingerprints;
    asset.iscc = identified.iscc;
    asset.features = identified.features;
    return asset;
}

} // namespace rakkan::cataloguing
