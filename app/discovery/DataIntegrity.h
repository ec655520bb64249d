#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rakkan::discovery {

// W3C Data Integrity proofs with the eddsa-jcs-2022 cryptosuite, as hubs sign their receipts (IsccReceipt
// credentials): Ed25519 over SHA-256(JCS(proof options)) || SHA-256(JCS(document without proof)).
class DataIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::discovery::DataIntegrity)

public:
    // Adds `proof` to `document`; verificationMethod names the signing key (a DID URL).
    static Result<QJsonObject> sign(QJsonObject document, const crypto::Ed25519 &key,
                                    const QString &verificationMethod);
    // Checks the proof with `publicKey` (32 bytes): the key the user pinned for this hub, not one the document
    // names, so a forged receipt signed with another key fails.
    static Result<void> verify(const QJsonObject &document, const QByteArray &publicKey);
};

} // namespace rakkan::discovery
