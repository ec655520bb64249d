#include "registry/Declaring.h"

#include "registry/Registries.h"

namespace rakkan::registry {

Result<DeclareOutcome> declareToRegistries(catalog::Catalog &catalog, const DeclareRequest &request,
                                           const DeclareCallbacks &callbacks)
{
    Outbox outbox(catalog);
    DeclareOutcome outcome;
    const int count = int(request.registryIds.size());
    for (int i = 0; i < count; ++i) {
        if (callbacks.cancel && callbacks.cancel->load()) {
            outcome.sent.cancelled = true;
            break;
        }
        RAKKAN_TRY(auto target, Registries(catalog).find(QString::number(request.registryIds[i])));
        if (callbacks.registryStarted)
            callbacks.registryStarted(i, count, target.name);
        if (!request.onlyRetry) {
            RAKKAN_TRY(auto report, outbox.enqueue(target, request.workIds, false));
            outcome.queued += report.queued;
        } else {
            RAKKAN_TRY(outbox.requeue(target.id, false));
        }
        Outbox::Options options;
        options.vaults = request.vaults;
        options.cancel = callbacks.cancel;
        options.passphrase = [&request](const identity::Identity &who) -> std::optional<QString> {
            if (request.passphrases.contains(who.id))
                return request.passphrases.value(who.id);
            return std::nullopt;
        };
        options.progress = callbacks.progress;
        RAKKAN_TRY(auto sent, outbox.send(target, options));
        outcome.sent.declared += sent.declared;
        outcome.sent.duplicates += sent.duplicates;
        outcome.sent.rejected += sent.rejected;
        outcome.sent.failed += sent.failed;
        outcome.sent.cancelled = outcome.sent.cancelled || sent.cancelled;
    }
    return outcome;
}

} // namespace rakkan::registry
