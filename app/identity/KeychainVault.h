#pragma once

#include "identity/KeyVault.h"

#include <QCoreApplication>

namespace rakkan::identity {

// Private keys in the operating system's keychain, through qtkeychain (Secret Service or KWallet on Linux). The
// calls block on a local event loop, so use it off the GUI thread. Without a keychain every call fails with
// ErrorCode::Unavailable; it never falls back to storing the key unencrypted.
class KeychainVault : public KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::KeychainVault)

public:
    explicit KeychainVault(QString service = QStringLiteral("Rakkan"));

    KeyStorage kind() const override { return KeyStorage::Keychain; }
    bool needsPassphrase() const override { return false; }
    Result<void> store(const Identity &identity, const crypto::Ed25519 &key, const QString &passphrase) override;
    Result<crypto::Ed25519> load(const Identity &identity, const QString &passphrase) override;
    Result<void> remove(const Identity &identity) override;
    // Asks the keychain for an entry that does not exist: "not found" means it answers.
    Result<void> checkAvailable() override;

private:
    QString m_service;
};

} // namespace rakkan::identity
