#include "ui/identity/CredentialSigning.h"

#include "credentials/SignerCertificates.h"
#include "ui/common/Dialogs.h"

#include <QWidget>

namespace rakkan::ui {

Result<credentials::CredentialSigner> CredentialSigning::signer(catalog::Catalog &catalog) const
{
    RAKKAN_TRY(const crypto::Ed25519 key, identity::IdentityManager(catalog, vaults).unlock(identity, passphrase));
    return credentials::SignerCertificates(catalog).signerFor(identity, key);
}

void CredentialSigning::request(QWidget *parent, CatalogBinding &catalog, Dialogs *dialogs,
                                identity::IdentityManager::VaultFactory vaults,
                                std::function<void(const CredentialSigning &)> ready,
                                std::function<void(const Error &)> failed)
{
    catalog.submit<Result<identity::Identity>>(
        parent,
        [vaults](catalog::Catalog &c) { return identity::IdentityManager(c, vaults).store().defaultIdentity(); },
        [parent, dialogs, vaults, ready, failed](const Result<identity::Identity> &found) {
            if (!found.ok()) {
                failed(found.error());
                return;
            }
            CredentialSigning signing{*found, QString(), vaults};
            if (found->storage == identity::KeyStorage::File) {
                const auto typed = dialogs->askPassphrase(
                    parent, tr("Content Credentials"),
                    tr("The passphrase of \"%1\", who signs the Content Credentials:").arg(found->name), false, 1);
                if (!typed)
                    return;
                signing.passphrase = *typed;
            }
            ready(signing);
        });
}

} // namespace rakkan::ui
