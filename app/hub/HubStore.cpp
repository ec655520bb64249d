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
        QStringList datahashes, nonces;
        for (const AppendRequest &request : batch) {
            datahashes << request.draft.datahash;
            nonces << request.draft.nonce;
        }
        RAKKAN_TRY(Known known, this->known(datahashes, nonces));
        QList<Declaration> stored;
        for (const AppendRequest &request : batch) {
            AppendOutcome outcome;
            // A duplicate first, so that a declarer whose answer was lost learns which declaration is theirs.
            // Earlier requests of the batch count as in the log.
            const auto existing = known.byDatahash.constFind(request.draft.datahash);
            if (!request.force && existing != known.byDatahash.cend()) {
                outcome.kind = AppendOutcome::Kind::Duplicate;
                outcome.declaration = *existing;
                outcomes << outcome;
                continue;
            }
            if (known.nonces.contains(request.draft.nonce)) {
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
            end.nextSeq = sealed->seq + 1;
            end.lastTimestampUs = sealed->timestampUs;
            if (!known.byDatahash.contains(sealed->datahash))
                known.byDatahash.insert(sealed->datahash, *sealed);
            known.nonces.insert(sealed->nonce);
            stored << *sealed;
            outcome.kind = AppendOutcome::Kind::Stored;
            outcome.declaration = *sealed;
            outcomes << outcome;
        }
        if (!stored.isEmpty())
            RAKKAN_TRY(insert(stored));
        return {};
    };
    RAKKAN_TRY(inAppendTransaction(work));
    return outcomes;
}

} // namespace rakkan::hub
