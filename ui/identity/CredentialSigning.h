#pragma once

#include "catalog/Catalog.h"
#include "credentials/CredentialWriter.h"
#include "identity/IdentityManager.h"
#include "ui/common/CatalogSession.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace rakkan::ui {

class Dialogs;

// What a window that writes copies needs to sign Content Credentials into them: the default identity and, when
// its key is kept in a key file, its passphrase, asked on the GUI thread before the work starts (a job must not
// stop halfway to ask). The key itself is opened by the job, off the GUI thread: opening a key is slow on purpose.
struct CredentialSigning
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::ui::CredentialSigning)

public:
    identity::Identity identity;
    QString passphrase;
    identity::IdentityManager::VaultFactory vaults;

    // On a worker: the identity unlocked, its certificate made or renewed when needed.
    Result<credentials::CredentialSigner> signer(catalog::Catalog &catalog) const;

    // Finds the default identity on the catalogue's worker, asks for its passphrase if it needs one, then calls
    // `ready` on the GUI thread; an error (no identity yet, ...) goes to `failed`. Nothing is called when the user
    // cancels the passphrase.
    static void request(QWidget *parent, CatalogBinding &catalog, Dialogs *dialogs,
                        identity::IdentityManager::VaultFactory vaults,
                        std::function<void(const CredentialSigning &)> ready,
                        std::function<void(const Error &)> failed);
};

} // namespace rakkan::ui
