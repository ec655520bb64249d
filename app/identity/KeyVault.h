#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"
#include "identity/Identity.h"

#include <QString>

namespace rakkan::identity {

// Somewhere private keys are kept. Implementations: the system keychain, passphrase-encrypted key files.
class KeyVault
{
public:
    virtual ~KeyVault() = default;

    virtual KeyStorage kind() const = 0;
    // Whether store() and load() need the user's passphrase.
    virtual bool needsPassphrase() const = 0;

    virtual Result<void> store(const Identity &identity, const crypto::Ed25519 &key, const QString &passphrase) = 0;
    virtual Result<crypto::Ed25519> load(const Identity &identity, const QString &passphrase) = 0;
    virtual Result<void> remove(const Identity &identity) = 0;
    // Whether the vault can be used on this computer now (a keychain service may be missing).
    virtual Result<void> checkAvailable() { return {}; }
};

} // namespace rakkan::identity
