#include "enforcement/TimeStampAuthority.h"

#include "net/Http.h"

#include <cstdlib>

namespace rakkan::enforcement {

QString TimeStampAuthority::describe(crypto::TimeStampFailure failure, const QString &statusText)
{
    using F = crypto::TimeStampFailure;
    switch (failure) {
    case F::None:
        return {};
    case F::Unreadable:
        return tr("The time-stamp is not an RFC 3161 time-stamp.");
    case F::NotGranted:
        return statusText.isEmpty() ? tr("The time-stamping authority refused the request.")
                                    : tr("The time-stamping authority refused the request: %1").arg(statusText);
    case F::OtherDigest:
        return tr("The time-stamp is for another document: it does not stamp this tag manifest.");
    case F::NonceChanged:
        return tr("The time-stamp does not answer this request (its nonce differs).");
    case F::Signature:
        return tr("The time-stamp's signature does not verify against the authority's certificate.");
    }
    return {};
}

Result<TimeStampAuthority::Stamp> TimeStampAuthority::stamp(const QString &url, const QByteArray &sha256Digest,
                                                            const QString &caFile)
{
    const auto query = crypto::TimeStampQuery::forSha256(sha256Digest);
    if (!query)
        return makeError(ErrorCode::Io, tr("The time-stamp request could not be made."));
    net::HttpRequest request;
    request.url = url;
    request.body = query->der;
    request.headers << "Content-Type: application/timestamp-query"
                    << "Accept: application/timestamp-reply";
    request.maxAnswerBytes = 256 * 1024;
    request.timeoutMs = 30000;
    request.caFile = caFile;
    net::Http http;
    const net::HttpResponse response = http.perform(request);
    if (response.curlCode != 0)
        return makeError(response.timedOut ? ErrorCode::Unavailable : ErrorCode::Io,
                         tr("The time-stamping authority at %1 could not be reached: %2").arg(url, response.failure()));
    if (response.status != 200)
        return makeError(ErrorCode::Unavailable,
                         tr("The time-stamping authority at %1 answered %2.").arg(url).arg(response.status));
    // First checked against the certificates it carries: that it is a whole, signed answer to this request.
    auto first = crypto::TimeStampReply::check(response.body, true, sha256Digest, {}, query->nonce);
    auto checked =
        crypto::TimeStampReply::check(response.body, true, sha256Digest, first.certificatesPem, query->nonce);
    if (checked.failure != crypto::TimeStampFailure::None)
        return makeError(ErrorCode::Corrupt,
                         tr("The time-stamping authority at %1 gave an answer that does not hold: %2")
                             .arg(url, describe(checked.failure, checked.statusText)));
    // A stamp far from this computer's clock proves nothing about when the bag was sealed.
    const qint64 off = std::abs(checked.token->time.secsTo(QDateTime::currentDateTimeUtc()));
    if (off > kClockSkewSeconds)
        return makeError(ErrorCode::Corrupt, tr("The time-stamping authority at %1 stamped %2 (UTC), %n minute(s) away "
                                                "from this computer's clock: the time-stamp was not kept.",
                                                "", int(off / 60))
                                                 .arg(url, checked.token->time.toString(Qt::ISODate)));
    return Stamp{response.body, checked.certificatesPem, *checked.token};
}

} // namespace rakkan::enforcement
