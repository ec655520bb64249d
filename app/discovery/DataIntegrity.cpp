#include "discovery/DataIntegrity.h"

#include "crypto/Base58.h"
#include "crypto/Jcs.h"
#include "crypto/Sha256.h"

#include <QJsonArray>

namespace rakkan::discovery {

namespace {

const QString kProof = QStringLiteral("proof");
const QString kProofValue = QStringLiteral("proofValue");

Result<QByteArray> hashData(const QJsonObject &document, const QJsonObject &proofOptions)
{
    RAKKAN_TRY(auto options, crypto::Jcs::canonicalize(QJsonValue(proofOptions)));
    RAKKAN_TRY(auto body, crypto::Jcs::canonicalize(QJsonValue(document)));
    return QByteArray(crypto::sha256(options) + crypto::sha256(body));
}

} // namespace

Result<QJsonObject> DataIntegrity::sign(QJsonObject document, const crypto::Ed25519 &key,
                                        const QString &verificationMethod)
{
    document.remove(kProof);
    QJsonObject proof{{QStringLiteral("type"), QStringLiteral("DataIntegrityProof")},
                      {QStringLiteral("cryptosuite"), QStringLiteral("eddsa-jcs-2022")},
                      {QStringLiteral("verificationMethod"), verificationMethod},
                      {QStringLiteral("proofPurpose"), QStringLiteral("assertionMethod")}};
    if (document.contains(QStringLiteral("@context")))
        proof.insert(QStringLiteral("@context"), document.value(QStringLiteral("@context")));
    RAKKAN_TRY(auto data, hashData(document, proof));
    RAKKAN_TRY(auto signature, key.sign(data));
    proof.insert(kProofValue, QString(QLatin1Char('z') + crypto::base58Encode(signature)));
    document.insert(kProof, proof);
    return document;
}

Result<void> DataIntegrity::verify(const QJsonObject &document, const QByteArray &publicKey)
{
    QJsonObject proof = document.value(kProof).toObject();
    if (proof.value(QStringLiteral("cryptosuite")).toString() != QLatin1String("eddsa-jcs-2022") ||
        proof.value(QStringLiteral("type")).toString() != QLatin1String("DataIntegrityProof"))
        return makeError(ErrorCode::InvalidArgument, tr("The receipt carries no eddsa-jcs-2022 proof."));
    const QString value = proof.value(kProofValue).toString();
    const auto signature = value.startsWith(QLatin1Char('z')) ? crypto::base58Decode(value.mid(1)) : std::nullopt;
    if (!signature || signature->size() != 64)
        return makeError(ErrorCode::InvalidArgument, tr("The receipt's proof value is not an Ed25519 signature."));
    proof.remove(kProofValue);
    QJsonObject unsignedDocument = document;
    unsignedDocument.remove(kProof);
    RAKKAN_TRY(auto data, hashData(unsignedDocument, proof));
    RAKKAN_TRY(auto valid, crypto::Ed25519::verify(publicKey, data, *signature));
    if (!valid)
        return makeError(ErrorCode::Corrupt, tr("The receipt's signature does not match the hub key you pinned: it "
                                                "was altered, or another server signed it."));
    return {};
}

} // namespace rakkan::discovery
