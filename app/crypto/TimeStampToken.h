#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rakkan::crypto {

// An RFC 3161 time-stamp token read from its DER form (a CMS SignedData holding TSTInfo), or from a whole
// TimeStampResp. What it says: when, and over which hash.
struct TimeStampToken
{
    QDateTime time;           // genTime, UTC
    QString imprintAlgorithm; // "sha256", ...
    QByteArray imprint;       // the hash the authority stamped
    QString authority;        // the signing certificate's common name, when the token carries it

    static std::optional<TimeStampToken> fromToken(QByteArrayView der);
    static std::optional<TimeStampToken> fromResponse(QByteArrayView der);

    // Whether the token's signature verifies and its signer chains to a certificate in the system's store
    // (where public time-stamping authorities are anchored). The caller compares the imprint itself.
    static bool signatureVerifies(QByteArrayView tokenDer, bool isResponse);

    // The hash of `data` with the token's imprint algorithm; empty for an algorithm other than SHA-2.
    QByteArray hashWithImprintAlgorithm(QByteArrayView data) const;
};

} // namespace rakkan::crypto
