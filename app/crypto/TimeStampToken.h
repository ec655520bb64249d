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

// An RFC 3161 TimeStampReq over a SHA-256 digest, with a random nonce and asking for the authority's certificate.
struct TimeStampQuery
{
    QByteArray der;
    QByteArray nonce; // big-endian, as the token must repeat it

    static std::optional<TimeStampQuery> forSha256(QByteArrayView digest);
};

// Why a time-stamp does not hold, as a key the caller words.
enum class TimeStampFailure {
    None,
    Unreadable,   // not a TimeStampResp or token
    NotGranted,   // the authority refused (its status text is given)
    OtherDigest,  // it stamps another hash than the one checked
    NonceChanged, // not the answer to this request
    Signature,    // the signature does not verify, or its signer does not chain to the anchors given
};

// What an authority answered, once checked.
struct TimeStampReply
{
    TimeStampFailure failure = TimeStampFailure::Unreadable;
    QString statusText;         // the authority's own words when it refused
    QByteArray tokenDer;        // the token alone (a CMS SignedData), as kept beside what it stamps
    QByteArray certificatesPem; // the certificates the token carries (the authority's chain)
    std::optional<TimeStampToken> token;

    // `der` is a TimeStampResp (isResponse) or a bare token. The signature is checked against `anchorsPem` (the
    // authority's certificate or its CA; a certificate given is trusted as an anchor even when not self-signed);
    // the imprint against `sha256Digest`; the nonce when one is given.
    static TimeStampReply check(QByteArrayView der, bool isResponse, QByteArrayView sha256Digest,
                                QByteArrayView anchorsPem, QByteArrayView nonce = {});
};

} // namespace rakkan::crypto
