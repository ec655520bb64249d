#include "identity/IdentityManager.h"

#include "identity/DidWeb.h"
#include "identity/FileVault.h"
#include "identity/KeyFile.h"
#include "identity/KeychainVault.h"

#include <QDateTime>

namespace rakkan::identity {

IdentityManager::VaultFactory IdentityManager::systemVaults()
{
    return [](KeyStorage storage) -> std::unique_ptr<KeyVault> {
        if (storage == KeyStorage::Keychain)
            return std::make_unique<KeychainVault>();
        return std::make_unique<FileVault>(FileVault::defaultDirectory());
    };
}

IdentityManager::IdentityManager(catalog::Catalog &catalog, VaultFactory vaults)
    : m_store(catalog), m_vaults(std::move(vaults))
{}

Result<std::unique_ptr<KeyVault>> IdentityManager::vault(KeyStorage storage)
{
    auto v = m_vaults(storage);
    if (!v)
        return makeError(ErrorCode::Unavailable, tr("This kind of key storage is not available here."));
    return v;
}

KeyStorage IdentityManager::preferredStorage()
{
    auto keychain = vault(KeyStorage::Keychain);
    return keychain.ok() && (*keychain)->checkAvailable().ok() ? KeyStorage::Keychain : KeyStorage::File;
}

Result<Identity> IdentityManager::create(const QString &name, KeyStorage storage, const QString &passphrase,
                                         const QString &controller)
{
    RAKKAN_TRY(auto v, vault(storage));
    if (v->needsPassphrase() && passphrase.size() < crypto::PassphraseBox::kMinPassphraseLength)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("The passphrase must be at least %1 characters long.").arg(crypto::PassphraseBox::kMinPassphraseLength));
    Identity identity;
    identity.name = name.trimmed();
    identity.storage = storage;
    identity.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!controller.trimmed().isEmpty()) {
        RAKKAN_TRY(auto did, DidWeb::normalize(controller));
        identity.controller = did;
    }
    RAKKAN_TRY(auto key, crypto::Ed25519::generate());
    identity.publicKey = key.multibasePublicKey();

    // The key is stored first: a catalogue row without its key would be an identity that cannot sign, while a
    // stored key without a row (if the insert fails) is removed again here.
    RAKKAN_TRY(v->store(identity, key, passphrase));
    auto id = m_store.insert(identity);
    if (!id.ok()) {
        (void)(v)->remove(identity);
        return id.error();
    }
    return m_store.byId(*id);
}

Result<crypto::Ed25519> IdentityManager::unlock(const Identity &identity, const QString &passphrase)
{
    RAKKAN_TRY(auto v, vault(identity.storage));
    return v->load(identity, passphrase);
}

Result<QByteArray> IdentityManager::exportBackup(const Identity &identity, const QString &passphrase,
                                                 const QString &backupPassphrase, crypto::ScryptCost cost)
{
    RAKKAN_TRY(auto key, unlock(identity, passphrase));
    RAKKAN_TRY(auto backup,
               KeyFile::write(KeyFileHeader{identity.name, identity.publicKey, identity.controller, identity.createdAt},
                              key, backupPassphrase, cost));
    RAKKAN_TRY(m_store.markBackedUp(identity.id));
    return backup;
}

Result<Identity> IdentityManager::importBackup(const QByteArray &backup, const QString &backupPassphrase,
                                               KeyStorage storage, const QString &passphrase)
{
    RAKKAN_TRY(auto header, KeyFile::peek(backup));
    RAKKAN_TRY(auto key, KeyFile::open(backup, backupPassphrase));
    RAKKAN_TRY(auto v, vault(storage));

    auto existing = m_store.find(header.publicKey);
    if (existing.ok()) {
        // Known here already (a new computer with a copied catalogue): give the identity its key back.
        Identity identity = *existing;
        if (identity.storage != storage)
            return makeError(ErrorCode::InvalidArgument,
                             (identity.storage == KeyStorage::Keychain
                                  ? tr("This catalogue keeps the key of \"%1\" in the system keychain; import it "
                                       "there.")
                                  : tr("This catalogue keeps the key of \"%1\" in a passphrase-protected key file; "
                                       "import it there."))
                                 .arg(identity.name));
        RAKKAN_TRY(v->store(identity, key, passphrase));
        return identity;
    }
    Identity identity;
    identity.name = header.name.isEmpty() ? tr("Imported identity") : header.name;
    identity.publicKey = header.publicKey;
    identity.controller = header.controller;
    identity.storage = storage;
    identity.createdAt = header.createdAt;
    // Restored from a backup: a backup exists.
    identity.backedUpAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    RAKKAN_TRY(v->store(identity, key, passphrase));
    auto id = m_store.insert(identity);
    if (!id.ok()) {
        (void)(v)->remove(identity);
        return id.error();
    }
    return m_store.byId(*id);
}

Result<void> IdentityManager::remove(const Identity &identity)
{
    auto v = vault(identity.storage);
    RAKKAN_TRY(m_store.remove(identity.id));
    if (v.ok())
        RAKKAN_TRY((*v)->remove(identity));
    return {};
}

} // namespace rakkan::identity
