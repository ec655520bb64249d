#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::crypto {

// The cost of turning a passphrase into a key with scrypt. The default takes about half a second and 128 MiB,
// so that guessing passphrases from a stolen file is slow; files record their own cost.
struct ScryptCost
{
    int log2N = 17;
    int r = 8;
    int p = 1;
};

// Authenticated encryption under a passphrase: scrypt derives a 256-bit key from the passphrase and a random salt,
// ChaCha20-Poly1305 encrypts and authenticates the secret and the associated data (which stays readable but
// cannot be changed without detection). A wrong passphrase and a tampered box look the same: authentication fails.
struct SealedBox
{
    ScryptCost cost;
    QByteArray salt;       // 16 bytes
    QByteArray nonce;      // 12 bytes
    QByteArray ciphertext; // with the 16-byte tag at the end
};

class PassphraseBox
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::crypto::PassphraseBox)

public:
    static constexpr int kMinPassphraseLength = 8;

    static Result<SealedBox> seal(const QByteArray &secret, const QString &passphrase, const QByteArray &associated,
                                  ScryptCost cost = {});
    static Result<QByteArray> open(const SealedBox &box, const QString &passphrase, const QByteArray &associated);

    // Overwrites the bytes in place (the compiler may not drop it), for secrets about to be released.
    static void wipe(QByteArray &bytes);
};

} // namespace rakkan::crypto
