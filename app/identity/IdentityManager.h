#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "crypto/PassphraseBox.h"
#include "identity/Identity.h"
#include "identity/IdentityStore.h"
#include "identity/KeyVault.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace rakkan::identity {

// Creating, unlocking, backing up and restoring signing identities: the catalogue keeps the public half, a
// KeyVault the private key. Every operation either completes or leaves both as they were.
class IdentityManager
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::IdentityManager)

public:
    using VaultFactory = std::function<std::unique_ptr<KeyVault>(KeyStorage)>;

    // The system keychain and <app data>/keys; tests pass their own (a key folder in a temporary directory).
    static VaultFactory systemVaults();

    IdentityManager(catalog::Catalog &catalog, VaultFactory vaults = systemVaults());

    IdentityStore &store() { return m_store; }

    // The system keychain when this computer has one that answers, else passphrase-protected key files.
    KeyStorage preferredStorage();

    // A new key pair, made here. `passphrase` protects it when kept in a key file.
    Result<Identity> create(const QString &name, KeyStorage storage, const QString &passphrase,
                            const QString &controller = {});
    Result<crypto::Ed25519> unlock(const Identity &identity, const QString &passphrase);

    // An encrypted backup of the key under its own passphrase (JSON); records that a backup exists.
    Result<QByteArray> exportBackup(const Identity &identity, const QString &passphrase,
                                    const QString &backupPassphrase, crypto::ScryptCost cost = {});
    // Restores a backup into this catalogue and `storage`; an identity the catalogue already has gets its key back.
    Result<Identity> importBackup(const QByteArray &backup, const QString &backupPassphrase, KeyStorage storage,
                                  const QString &passphrase);
    // Forgets the identity and deletes its private key from the vault.
    Result<void> remove(const Identity &identity);

private:
    Result<std::unique_ptr<KeyVault>> vault(KeyStorage storage);

    IdentityStore m_store;
    VaultFactory m_vaults;
};

} // namespace rakkan::identity
