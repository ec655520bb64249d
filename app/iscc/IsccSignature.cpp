#include "iscc/IsccSignature.h"

#include "crypto/Base58.h"
#include "crypto/Jcs.h"

namespace rakkan::iscc {

namespace {
const QString kSignature = QStringLiteral("signature");
const QString kProof = QStringLiteral("proof");
const QString kPubkey = QStringLiteral("pubkey");
const QString kVersionKey = QStringLiteral("version");
const QString kController = QStringLiteral("controller");
const QString kKeyId = QStringLiteral("keyid");
} // namespace

QString signatureModeKey(SignatureMode mode)
{
    switch (mode) {
    case SignatureMode::ProofOnly:
        return QStringLiteral("proof-only");
    case SignatureMode::SelfVerifying:
        return QStringLiteral("self-verifying");
    case SignatureMode::IdentityBound:
        return QStringLiteral("identity-bound");
    }
    return {};
}

std::optional<SignatureMode> signatureModeFromKey(const QString &key)
{
    for (const SignatureMode mode :
         {SignatureMode::ProofOnly, SignatureMode::SelfVerifying, SignatureMode::IdentityBound})
        if (signatureModeKey(mode) == key)
            return mode;
    return std::nullopt;
}

Result<QJsonObject> IsccSignature::sign(QJsonObject document, const crypto::Ed25519 &key, const SigningOptions &options)
{
    if (document.contains(kSignature) && !document.value(kSignature).isObject())
        return makeError(ErrorCode::InvalidArgument, tr("The document's \"signature\" member is not an object."));
    QJsonObject signature = document.value(kSignature).toObject();
    if (signature.contains(kProof))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The document is already signed. Remove its signature first to sign it again."));
    if (signature.contains(kVersionKey) && signature.value(kVersionKey).toString() != QLatin1String(kVersion))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Unknown signature version \"%1\"; Rakkan writes %2.")
                             .arg(signature.value(kVersionKey).toString(), QLatin1String(kVersion)));
    signature.insert(kVersionKey, QLatin1String(kVersion));
    if (options.mode != SignatureMode::ProofOnly && !signature.contains(kPubkey))
        signature.insert(kPubkey, key.multibasePublicKey());
    if (options.mode == SignatureMode::IdentityBound) {
        if (options.controller.isEmpty() && !signature.contains(kController))
            return makeError(ErrorCode::InvalidArgument,
                             tr("An identity-bound signature needs a controller (your did:web). Bind one to the "
                                "identity first."));
        if (!options.controller.isEmpty())
            signature.insert(kController, options.controller);
        if (!options.keyId.isEmpty())
            signature.insert(kKeyId, options.keyId);
    }
    if (signature.contains(kPubkey) && signature.value(kPubkey).toString() != key.multibasePublicKey())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The document names another public key than the one signing it."));
    document.insert(kSignature, signature);

    RAKKAN_TRY(auto canonical, crypto::Jcs::canonicalize(QJsonValue(document)));
    RAKKAN_TRY(auto proof, key.sign(canonical));
    signature.insert(kProof, QString(QLatin1Char('z') + crypto::base58Encode(proof)));
    document.insert(kSignature, signature);
    return document;
}

Result<void> IsccSignature::verify(const QJsonObject &document, const QByteArray &knownKey)
{
    if (!document.value(kSignature).isObject())
        return makeError(ErrorCode::InvalidArgument, tr("The document carries no signature."));
    QJsonObject signature = document.value(kSignature).toObject();
    if (signature.value(kVersionKey).toString() != QLatin1String(kVersion))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Unknown signature version \"%1\"; Rakkan reads %2.")
                             .arg(signature.value(kVersionKey).toString(), QLatin1String(kVersion)));
    Result<QByteArray> publicKey = knownKey;
    if (signature.contains(kPubkey)) {
        publicKey = crypto::Ed25519::publicKeyFromMultibase(signature.value(kPubkey).toString());
        if (!publicKey.ok())
            return publicKey.error();
        if (!knownKey.isEmpty() && knownKey != *publicKey)
            return makeError(ErrorCode::Corrupt, tr("The document was signed by another key than the expected one."));
    } else if (knownKey.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("The signature carries no public key (a proof-only signature): name the signer's key "
                            "to check it."));
    }
    const QString proofText = signature.value(kProof).toString();
    const auto proof = proofText.startsWith(QLatin1Char('z')) ? crypto::base58Decode(proofText.mid(1)) : std::nullopt;
    if (!proof || proof->size() != 64)
        return makeError(ErrorCode::InvalidArgument, tr("The signature's proof is not a multibase Ed25519 signature."));
    signature.remove(kProof);
    QJsonObject unsignedDocument = document;
    unsignedDocument.insert(kSignature, signature);
    RAKKAN_TRY(auto canonical, crypto::Jcs::canonicalize(QJsonValue(unsignedDocument)));
    RAKKAN_TRY(auto valid, crypto::Ed25519::verify(*publicKey, canonical, *proof));
    if (!valid)
        return makeError(ErrorCode::Corrupt,
                         tr("The signature does not match: the document was changed after it was signed, or it was "
                            "signed by another key."));
    return {};
}

} // namespace rakkan::iscc
