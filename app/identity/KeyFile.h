#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"
#include "crypto/PassphraseBox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::identity {

// The readable part of a key file: who the key is, without the passphrase.
struct KeyFileHeader
{
    QString name;
    QString publicKey;
    QString controller;
    QString createdAt;
};

// The encrypted key file (JSON): used for identities on systems without a keychain and for backups. The private
// key is sealed with the passphrase (scrypt + ChaCha20-Poly1305); the name, public key and parameters are
// authenticated with it, so a file whose public key was swapped does not open.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::KeyFile)

public:
    static constexpr const char *kFormat = "rakkan-identity-key";
    static constexpr int kVersion = 1;

    static Result<QByteArray> write(const KeyFileHeader &header, const crypto::Ed25519 &key, const QString &passphrase,
                                    crypto::ScryptCost cost = {});
    static Result<KeyFileHeader> peek(const QByteArray &json);
    static Result<crypto::Ed25519> open(const QByteArray &json, const QString &passphrase);
};

} // namespace rakkan::identity
