#include "matching/FingerprintInput.h"

#include "fingerprint/Fingerprinter.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"

namespace rakkan::matching {

Result<imaging::DecodedImage> decodeForFingerprint(const QString &path, const imaging::DecodeLimits &limits,
                                                   DecodeMode mode)
{
    RAKKAN_TRY(auto bytes, imaging::ImageFile::read(path, limits));
    if (mode == DecodeMode::PdqOnly)
        return imaging::ImageDecoder::decodeLuma(bytes, limits,
                                                 {fingerprint::Fingerprinter::kPdqOnlyShorterSide,
                                                  fingerprint::Fingerprinter::kPdqOnlyFirstScansShorterSide});
    return imaging::ImageDecoder::decode(bytes, limits,
                                         mode == DecodeMode::Fast ? fingerprint::Fingerprinter::kDecodeSize : QSize());
}

} // namespace rakkan::matching
