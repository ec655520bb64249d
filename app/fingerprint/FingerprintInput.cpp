#include "fingerprint/FingerprintInput.h"

#include "fingerprint/Fingerprinter.h"
#include "imaging/ImageDecoder.h"
#include "importing/FilePreparer.h"

namespace rakkan::fingerprint {

Result<imaging::DecodedImage> decodeForFingerprint(const QString &path, const imaging::DecodeLimits &limits,
                                                   DecodeMode mode)
{
    auto bytes = importing::FilePreparer::readWholeFile(path, limits);
    if (!bytes.ok())
        return bytes.error();
    return imaging::ImageDecoder::decode(*bytes, limits,
                                         mode == DecodeMode::Fast ? Fingerprinter::kDecodeSize : QSize());
}

} // namespace rakkan::fingerprint
