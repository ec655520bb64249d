#pragma once

#include "core/Result.h"
#include "crypto/TimeStampToken.h"

#include <QCoreApplication>

namespace rakkan::enforcement {

// An RFC 3161 time-stamping authority the user chose, asked over HTTP(S) through the one Http (TLS verified,
// bounded answer) to stamp a SHA-256 digest. The answer is checked before it is kept: granted, for this digest, this
// request's nonce, and signed by the certificate it carries (whether that certificate deserves trust is for the
// reader to decide, with the authority's certificate: `evidence verify --tsa-cert`).
class TimeStampAuthority
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::TimeStampAuthority)

public:
    // How far the authority's time may be from this computer's clock.
    static constexpr qint64 kClockSkewSeconds = 10 * 60;

    struct Stamp
    {
        QByteArray responseDer; // the whole TimeStampResp, as `openssl ts -verify -in` reads it
        QByteArray chainPem;    // the certificates the token carries
        crypto::TimeStampToken token;
    };

    static Result<Stamp> stamp(const QString &url, const QByteArray &sha256Digest, const QString &caFile = {});
    // Why a time-stamp does not hold, in the user's language.
    static QString describe(crypto::TimeStampFailure failure, const QString &statusText = {});
};

} // namespace rakkan::enforcement
