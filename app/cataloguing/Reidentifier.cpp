#include "cataloguing/Reidentifier.h"

#include "cataloguing/FilePreparer.h"
#include "cataloguing/WorkEditor.h"
#include "core/Batches.h"
#include "crypto/Sha256.h"
#include "features/LocalFeatures.h"
#include "imaging/ImageDecoder.h"
#include "imaging/ImageFile.h"

namespace rakkan::cataloguing {

Result<ReidentifyReport> Reidentifier::run(bool all)
{
    RAKKAN_TRY(auto files, m_catalog.assets().files(!all, features::LocalFeatures::kVersion));

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

    // Fingerprints, ISCC and local features of one file together, or none of them.
    auto store = [this](qint64 assetId, const FilePreparer::Identification &identified) -> Result<void> {
        sql::Transaction tx(m_catalog.database());
        RAKKAN_TRY(tx.begin());
        RAKKAN_TRY(m_catalog.fingerprints().replace(assetId, identified.fingerprints));
        RAKKAN_TRY(WorkEditor(m_catalog).storeIscc(assetId, identified.iscc));
        RAKKAN_TRY(m_catalog.localFeatures().store(assetId, identified.features));
        return tx.commit();
    };
    ReidentifyReport report;
    const bool finished = forEachInBatches<Identified, catalog::AssetFile>(
        files, work,
        [&](const catalog::AssetFile &file, const Identified &result) {
            std::optional<Error> error;
            if (!result.ok())
                error = result.error();
            else if (auto stored = store(file.assetId, *result); !stored.ok())
                error = stored.error();
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
