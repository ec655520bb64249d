#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

struct evp_pkey_st;

namespace rakkan::credentials {

// The COSE algorithm identifiers C2PA allows (C2PA 2.2 §13.2.1).
namespace cose {
constexpr int ES256 = -7;
constexpr int ES384 = -35;
constexpr int ES512 = -36;
constexpr int PS256 = -37;
constexpr int PS384 = -38;
constexpr int PS512 = -39;
constexpr int EdDSA = -8;
} // namespace cose

// "ES256", "Ed25519", ...; empty for an identifier C2PA does not allow.
QString coseAlgorithmName(int algorithm);

// A private key that signs claims: a P-256/384/521 key, an RSA key of 2048 bits or more, or Ed25519.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::SigningKey)

public:
    static Result<SigningKey> fromPem(const QByteArray &pem);
    static Result<SigningKey> fromEd25519Seed(const QByteArray &seed);
    static Result<SigningKey> generateP256();

    // The COSE algorithm this key signs with (ES256 for P-256, PS256 for RSA, EdDSA for Ed25519, ...).
    int algorithm() const { return m_algorithm; }
    evp_pkey_st *get() const { return m_key.get(); }
    QByteArray privateKeyPem() const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    int m_algorithm = 0;
};

// COSE_Sign1 as a claim signature carries it: CBOR tag 18 around [protected bstr, unprotected map, nil, signature].
struct CoseSign1
{
    QByteArray protectedBytes; // exactly as stored: it is signed as it is
    QCborMap protectedHeader;
    QCborMap unprotectedHeader;
    QByteArray signature;
    std::optional<int> algorithm;
    QList<QByteArray> x5chain;        // DER, leaf first
    bool credentialAmbiguous = false; // x5chain in both buckets: two credentials, which is malformed
};

std::optional<CoseSign1> parseCoseSign1(QByteArrayView cbor);

// What COSE signs for a detached payload: ["Signature1", protected, h'', payload] (RFC 9052 §4.4).
QByteArray coseSigStructure(QByteArrayView protectedBytes, QByteArrayView payload);
// What an RFC 3161 time-stamp of a v2 claim signature covers (C2PA 2.2 §10.3.2.5).
QByteArray coseCounterSignatureData(QByteArrayView protectedBytes, QByteArrayView signature);
// What a v1 time-stamp (sigTst, C2PA 1.x) covers: the claim itself in a CounterSignature structure.
QByteArray coseCounterSignatureDataV1(QByteArrayView protectedBytes, QByteArrayView claim);

enum class SignatureCheck { Valid, Mismatch, UnsupportedAlgorithm, KeyNotForAlgorithm };
SignatureCheck verifyCoseSignature(evp_pkey_st *publicKey, int algorithm, QByteArrayView toBeSigned,
                                   QByteArrayView signature);

// The signature in COSE's form (ECDSA as raw r‖s at the curve's width).
Result<QByteArray> signCose(const SigningKey &key, QByteArrayView toBeSigned);

// COSE_Sign1_Tagged with a nil payload.
QByteArray encodeCoseSign1(const QByteArray &protectedBytes, const QCborMap &unprotectedHeader,
                           const QByteArray &signature);

} // namespace rakkan::credentials
