#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::crypto {

// Ed25519 through OpenSSL, with the multibase/multicodec forms ISCC-SIG and did:key use: a public key is
// "z" + base58(0xED 0x01 + 32 bytes) ("z6Mk..."), a secret key "z" + base58(0x80 0x26 + 32-byte seed).
class Ed25519
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::crypto::Ed25519)

public:
    static Result<Ed25519> generate();
    static Result<Ed25519> fromSeed(const QByteArray &seed);
    static Result<Ed25519> fromMultibaseSecret(const QString &secret);

    QByteArray seed() const { return m_seed; }
    QByteArray publicKey() const { return m_public; }
    QString multibasePublicKey() const;
    QString multibaseSecretKey() const;

    Result<QByteArray> sign(const QByteArray &message) const;
    static Result<bool> verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    static Result<QByteArray> publicKeyFromMultibase(const QString &multibase);
    // A raw public key as a PEM SubjectPublicKeyInfo (what openssl pkeyutl -pubin reads), and back; empty when the
    // PEM is not an Ed25519 public key.
    static QByteArray publicKeyPem(const QByteArray &publicKey);
    static QByteArray publicKeyFromPem(const QByteArray &pem);

private:
    QByteArray m_seed;
    QByteArray m_public;
};

} // namespace rakkan::crypto
