#include "hub/HubStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rakkan::hub {

IndexTerms IndexTerms::of(const Declaration &d)
{
    IndexTerms t;
    t.seq = d.seq;
    for (const QJsonValue &v : d.note.value(QStringLiteral("pdq")).toArray())
        t.pdq << v.toString();
    for (const QJsonValue &v : d.note.value(QStringLiteral("units")).toArray())
        t.units << v.toString();
    return t;
}

Result<QList<AppendOutcome>> HubStore::append(const QList<AppendRequest> &batch, const Sealer &seal)
{
    QList<AppendOutcome> outcomes;
    const auto work = [&]() -> Result<void> {
        outcomes.clear();
        RAKKAN_TRY(auto end, tail());
        for (const AppendRequest &request : batch) {
            AppendOutcome outcome;
            // A duplicate first, so that a declarer whose answer was lost learns which declaration is theirs.
            if (!request.force) {
                RAKKAN_TRY(auto existing, byDatahash(request.draft.datahash));
                if (existing) {
                    outcome.kind = AppendOutcome::Kind::Duplicate;
                    outcome.declaration = *existing;
                    outcomes << outcome;
                    continue;
                }
            }
            // Rows this transaction stored are visible to its own queries: a batch cannot declare a nonce twice.
            RAKKAN_TRY(const bool used, nonceUsed(request.draft.nonce));
            if (used) {
                outcome.kind = AppendOutcome::Kind::NonceReused;
                outcomes << outcome;
                continue;
            }
            auto sealed = seal(request.draft, end.nextSeq, end.lastTimestampUs);
            if (!sealed.ok()) {
                outcome.message = sealed.error().message;
                outcomes << outcome;
                continue;
            }
            if (sealed->seq != end.nextSeq || sealed->timestampUs <= end.lastTimestampUs)
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("rakkan::hub::HubStore",
                                                             "Declaration %1 would be out of order in the log.")
                                     .arg(sealed->seq));
            RAKKAN_TRY(insert(*sealed));
            end.nextSeq = sealed->seq + 1;
            end.lastTimestampUs = sealed->timestampUs;
            outcome.kind = AppendOutcome::Kind::Stored;
            outcome.declaration = *sealed;
            outcomes << outcome;
        }
        return {};
    };
    RAKKAN_TRY(inAppendTransaction(work));
    return outcomes;
}

} // namespace rakkan::hub
