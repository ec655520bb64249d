#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rakkan::iscc {

// The three kinds of ISCC-SIG signature: what the signature object carries besides version and proof.
enum class SignatureMode {
    ProofOnly,     // nothing: the verifier must know the public key already
    SelfVerifying, // the public key: anyone can check the proof, no lookup
    IdentityBound, // the public key and a controller (did:web, ...): the proof can be tied to a site or person
};

QString signatureModeKey(SignatureMode mode);
std::optional<SignatureMode> signatureModeFromKey(const QString &key);

struct SigningOptions
{
    SignatureMode mode = SignatureMode::SelfVerifying;
    QString controller; // required for IdentityBound
    QString keyId;      // optional, IdentityBound: which key of the controller's document
};

// ISCC-SIG v1.0: an Ed25519 signature over the RFC 8785 canonical form of a JSON object, carried in the object's
// "signature" member {version, controller?, keyid?, pubkey?, proof} (the proof itself left out of what is signed).
class IsccSignature
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::iscc::IsccSignature)

public:
    static constexpr const char *kVersion = "ISCC-SIG v1.0";
    // Signs `document`. Fields already in its signature object (without a proof) are kept; the mode adds what it
    // needs. A document that already carries a proof is refused rather than signed twice.
    static Result<QJsonObject> sign(QJsonObject document, const crypto::Ed25519 &key,
                                    const SigningOptions &options = {});
    // Checks the proof against the embedded public key or, for a proof-only signature, `publicKey` (32 bytes);
    // when both are there they must agree. Every failure says what is wrong.
    static Result<void> verify(const QJsonObject &document, const QByteArray &publicKey = {});
};

} // namespace rakkan::iscc
