#include "cataloguing/Reidentifier.h"

#include "cataloguing/FilePreparer.h"
#include "cataloguing/WorkEditor.h"
#include "core/Batches.h"
#include "crypto/Sha256.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"

namespace rakkan::cataloguing {

Result<ReidentifyReport> Reidentifier::run(bool all)
{
    RAKKAN_TRY(auto files, m_catalog.assets().files(!all));

    using Identified = Result<FilePreparer::Identification>;
    auto work = [](const catalog::AssetFile &file) -> Identified {
        const imaging::DecodeLimits limits;
        RAKKAN_TRY(auto bytes, imaging::ImageFile::read(file.originalPath, limits));
        if (crypto::sha256(bytes) != file.sha256)
            return makeError(ErrorCode::InvalidArgument,
                             tr("The file changed since it was catalogued; import it again as a new version."));
        RAKKAN_TRY(auto decoded, imaging::ImageDecoder::decode(bytes, limits));
        return FilePreparer::identify(bytes, decoded);
    };

    ReidentifyReport report;
    const bool finished = forEachInBatches<Identified, catalog::AssetFile>(
        files, work,
        [&](const catalog::AssetFile &file, const Identified &result) {
            std::optional<Error> error;
            if (!result.ok())
                error = result.error();
            else if (auto stored = m_catalog.fingerprints().replace(file.assetId, result->fingerprints); !stored.ok())
                error = stored.error();
            else if (auto code = cataloguing::WorkEditor(m_catalog).storeIscc(file.assetId, result->iscc); !code.ok())
                error = code.error();
            if (error) {
                report.failures.append({file, *error});
                if (m_failure)
                    m_failure(report.failures.last());
            } else {
                ++report.updated;
            }
        },
        m_progress, m_cancel.get());
    report.cancelled = !finished;
    return report;
}

} // namespace rakkan::cataloguing
