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
} // namespace

Result<QJsonObject> IsccSignature::sign(QJsonObject document, const crypto::Ed25519 &key, const QString &controller)
{
    QJsonObject signature = document.value(kSignature).toObject();
    signature.remove(kProof);
    if (!signature.contains(kVersionKey))
        signature.insert(kVersionKey, QLatin1String(kVersion));
    if (!signature.contains(kPubkey))
        signature.insert(kPubkey, key.multibasePublicKey());
    if (!controller.isEmpty() && !signature.contains(kController))
        signature.insert(kController, controller);
    if (signature.value(kPubkey).toString() != key.multibasePublicKey())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The document names another public key than the one signing it."));
    document.insert(kSignature, signature);

    auto canonical = crypto::Jcs::canonicalize(QJsonValue(document));
    if (!canonical.ok())
        return canonical.error();
    auto proof = key.sign(*canonical);
    if (!proof.ok())
        return proof.error();
    signature.insert(kProof, QString(QLatin1Char('z') + crypto::base58Encode(*proof)));
    document.insert(kSignature, signature);
    return document;
}

Result<void> IsccSignature::verify(const QJsonObject &document)
{
    if (!document.value(kSignature).isObject())
        return makeError(ErrorCode::InvalidArgument, tr("The document carries no signature."));
    QJsonObject signature = document.value(kSignature).toObject();
    if (signature.value(kVersionKey).toString() != QLatin1String(kVersion))
        return makeError(ErrorCode::InvalidArgument,
                         tr("Unknown signature version \"%1\"; Rakkan reads %2.")
                             .arg(signature.value(kVersionKey).toString(), QLatin1String(kVersion)));
    auto publicKey = crypto::Ed25519::publicKeyFromMultibase(signature.value(kPubkey).toString());
    if (!publicKey.ok())
        return publicKey.error();
    const QString proofText = signature.value(kProof).toString();
    const auto proof = proofText.startsWith(QLatin1Char('z')) ? crypto::base58Decode(proofText.mid(1)) : std::nullopt;
    if (!proof || proof->size() != 64)
        return makeError(ErrorCode::InvalidArgument, tr("The signature's proof is not a multibase Ed25519 signature."));
    signature.remove(kProof);
    QJsonObject unsignedDocument = document;
    unsignedDocument.insert(kSignature, signature);
    auto canonical = crypto::Jcs::canonicalize(QJsonValue(unsignedDocument));
    if (!canonical.ok())
        return canonical.error();
    auto valid = crypto::Ed25519::verify(*publicKey, *canonical, *proof);
    if (!valid.ok())
        return valid.error();
    if (!*valid)
        return makeError(ErrorCode::Corrupt,
                         tr("The signature does not match: the document was changed after it was signed, or it was "
                            "signed by another key."));
    return {};
}

} // namespace rakkan::iscc
