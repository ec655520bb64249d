#pragma once

#include "crypto/PassphraseBox.h"
#include "identity/KeyVault.h"

#include <QCoreApplication>

namespace rakkan::identity {

// Private keys as passphrase-encrypted key files in a folder only the user can read (one file per identity,
// named by its public key), for computers without a keychain.
class FileVault : public KeyVault
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::FileVault)

public:
    explicit FileVault(QString directory, crypto::ScryptCost cost = {});
    // <application data>/keys
    static QString defaultDirectory();

    KeyStorage kind() const override { return KeyStorage::File; }
    bool needsPassphrase() const override { return true; }
    Result<void> store(const Identity &identity, const crypto::Ed25519 &key, const QString &passphrase) override;
    Result<crypto::Ed25519> load(const Identity &identity, const QString &passphrase) override;
    Result<void> remove(const Identity &identity) override;

    QString pathFor(const Identity &identity) const;

private:
    QString m_directory;
    crypto::ScryptCost m_cost;
};

} // namespace rakkan::identity
