#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rakkan::iscc {

// ISCC-SIG v1.0: an Ed25519 signature over the RFC 8785 canonical form of a JSON object, carried in the object's
// "signature" member {version, controller?, pubkey, proof} (the proof itself left out of what is signed).
class IsccSignature
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::iscc::IsccSignature)

public:
    static constexpr const char *kVersion = "ISCC-SIG v1.0";

    // Signs `document`, filling signature.version and signature.pubkey (and controller, when given) if absent.
    static Result<QJsonObject> sign(QJsonObject document, const crypto::Ed25519 &key, const QString &controller = {});
    // Checks the proof against the embedded public key; every failure says what is wrong.
    static Result<void> verify(const QJsonObject &document);
};

} // namespace rakkan::iscc
