#include "registry/HubClient.h"

#include "crypto/Jcs.h"
#include "discovery/DataIntegrity.h"
#include "discovery/IsccId.h"
#include "discovery/IsccNote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace rakkan::registry {

HubClient::HubClient(HubEndpoint endpoint) : m_endpoint(std::move(endpoint)) {}

HubClient::~HubClient() = default;

net::HttpResponse HubClient::perform(const QString &path, const QByteArray *postBody, bool force)
{
    net::HttpRequest request;
    request.url = m_endpoint.url + path;
    request.caFile = m_endpoint.caFile;
    request.timeoutMs = m_endpoint.timeoutMs;
    request.maxAnswerBytes = kMaxAnswerBytes;
    request.headers = {"Content-Type: application/json", "Accept: application/json"};
    if (force)
        request.headers << "X-Force-Declaration: true";
    if (postBody)
        request.body = *postBody;
    return m_http.perform(request);
}

Result<QString> HubClient::verifyReceipt(const QJsonObject &receipt, const QByteArray &hubKey, int hubId,
                                         const QJsonObject &expectedNote)
{
    RAKKAN_TRY(discovery::DataIntegrity::verify(receipt, hubKey));
    const QJsonObject declaration =
        receipt.value(QStringLiteral("credentialSubject")).toObject().value(QStringLiteral("declaration")).toObject();
    const QString isccId = declaration.value(QStringLiteral("iscc_id")).toString();
    auto id = discovery::IsccId::parse(isccId);
    if (!id.ok() || id->hubId != hubId)
        return makeError(ErrorCode::Corrupt,
                         tr("The receipt's ISCC-ID \"%1\" was not issued by hub %2.").arg(isccId).arg(hubId));
    if (!expectedNote.isEmpty()) {
        const auto a = crypto::Jcs::canonicalize(QJsonValue(declaration.value(QStringLiteral("iscc_note")).toObject()));
        const auto b = crypto::Jcs::canonicalize(QJsonValue(expectedNote));
        if (!a.ok() || !b.ok() || *a != *b)
            return makeError(ErrorCode::Corrupt, tr("The receipt is for another declaration than the one sent."));
    }
    return isccId;
}

HubReply HubClient::classify(const net::HttpResponse &raw, const QJsonObject &sentNote) const
{
    HubReply r;
    r.status = int(raw.status);
    r.body = raw.body;
    if (raw.curlCode != 0) {
        const int c = raw.curlCode;
        if (raw.tlsFailure) {
            r.kind = HubReply::Kind::Failed;
            r.code = QStringLiteral("tls");
            r.message =
                tr("The hub's certificate is not trusted for this address. Nothing was sent. %1").arg(raw.failure());
        } else if (c == -2) {
            r.kind = HubReply::Kind::Failed;
            r.code = QStringLiteral("oversized_answer");
            r.message = raw.failure();
        } else {
            r.kind = HubReply::Kind::Retry;
            r.code = raw.timedOut ? QStringLiteral("timeout") : QStringLiteral("network");
            r.message = tr("The hub could not be reached or did not answer. %1").arg(raw.failure());
        }
        return r;
    }
    QJsonParseError parseError{};
    const QJsonObject body = QJsonDocument::fromJson(raw.body, &parseError).object();
    const QJsonObject error = body.value(QStringLiteral("error")).toObject();
    r.code = error.value(QStringLiteral("code")).toString();
    r.message = error.value(QStringLiteral("message")).toString();
    r.field = error.value(QStringLiteral("field")).toString();
    if (r.status == 429 || r.status >= 500) {
        r.kind = HubReply::Kind::Retry;
        r.retryAfterSeconds = raw.retryAfterSeconds;
        if (r.message.isEmpty())
            r.message = tr("The hub is busy or failing (HTTP %1); Rakkan will try again.").arg(r.status);
        return r;
    }
    if (parseError.error != QJsonParseError::NoError) {
        r.kind = HubReply::Kind::Failed;
        r.code = QStringLiteral("garbled_answer");
        r.message = tr("The hub answered HTTP %1 with something that is not JSON.").arg(r.status);
        return r;
    }
    if (r.status == 201 || (r.status == 200 && body.contains(QStringLiteral("proof")))) {
        auto id = verifyReceipt(body, m_endpoint.hubKey, m_endpoint.hubId, sentNote);
        if (!id.ok()) {
            r.kind = HubReply::Kind::Failed;
            r.code = QStringLiteral("bad_receipt");
            r.message = id.error().message;
            return r;
        }
        r.kind = HubReply::Kind::Declared;
        r.receipt = body;
        r.isccId = *id;
        return r;
    }
    if (r.status == 409 || r.code == QLatin1String("nonce_reuse")) {
        r.kind = HubReply::Kind::Duplicate;
        r.existingIsccId = error.value(QStringLiteral("existing_iscc_id")).toString();
        r.existingActor = error.value(QStringLiteral("existing_actor")).toString();
        return r;
    }
    if (r.status == 400 || r.status == 401 || r.status == 404 || r.status == 413 || r.status == 422) {
        r.kind = HubReply::Kind::Rejected;
        if (r.message.isEmpty())
            r.message = tr("The hub refused the declaration (HTTP %1).").arg(r.status);
        return r;
    }
    r.kind = HubReply::Kind::Failed;
    r.code = QStringLiteral("unexpected_status");
    r.message = tr("The hub answered with an unexpected HTTP status %1.").arg(r.status);
    return r;
}

HubReply HubClient::declare(const QJsonObject &signedNote, bool force)
{
    const QByteArray body = QJsonDocument(signedNote).toJson(QJsonDocument::Compact);
    return classify(perform(QStringLiteral("/declaration"), &body, force), signedNote);
}

HubReply HubClient::receipt(const QString &isccId, const QJsonObject &expectedNote)
{
    return classify(perform(QStringLiteral("/declaration/") + isccId, nullptr, false), expectedNote);
}

Result<QJsonObject> HubClient::info()
{
    const net::HttpResponse raw = perform(QStringLiteral("/hub"), nullptr, false);
    if (raw.curlCode != 0)
        return makeError(ErrorCode::Io, tr("The hub could not be reached. %1").arg(raw.failure()));
    const QJsonObject o = QJsonDocument::fromJson(raw.body).object();
    if (raw.status != 200 || !o.contains(QStringLiteral("public_key")))
        return makeError(ErrorCode::InvalidArgument, tr("This server does not describe itself as an ISCC hub."));
    return o;
}

Result<QList<HubMatch>> HubClient::lookupPdq(const QString &pdqHex, int maxDistance)
{
    return lookup(QStringLiteral("pdq"), pdqHex, maxDistance);
}

Result<QList<HubMatch>> HubClient::lookupUnit(const QString &unit, int maxDistance)
{
    return lookup(QStringLiteral("unit"), unit, maxDistance);
}

Result<QList<HubMatch>> HubClient::lookup(const QString &key, const QString &value, int maxDistance)
{
    QUrlQuery query;
    query.addQueryItem(key, value);
    query.addQueryItem(QStringLiteral("max_distance"), QString::number(maxDistance));
    const net::HttpResponse raw =
        perform(QString(QStringLiteral("/lookup?") + query.toString(QUrl::FullyEncoded)), nullptr, false);
    if (raw.curlCode != 0)
        return makeError(ErrorCode::Io, tr("The hub could not be reached. %1").arg(raw.failure()));
    return parseLookup(int(raw.status), raw.body, maxDistance);
}

Result<QList<HubMatch>> HubClient::parseLookup(int status, const QByteArray &body, int maxDistance)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status != 200) {
        const QString reason =
            answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        return makeError(status == 404 ? ErrorCode::Unavailable : ErrorCode::InvalidArgument,
                         reason.isEmpty() ? tr("The hub cannot look this up (HTTP %1).").arg(status)
                                          : tr("The hub refused the lookup: %1").arg(reason));
    }
    if (!answer.value(QStringLiteral("matches")).isArray())
        return makeError(ErrorCode::Corrupt, tr("The hub's answer to a lookup is not a list of matches."));
    QList<HubMatch> out;
    for (const QJsonValue &v : answer.value(QStringLiteral("matches")).toArray()) {
        const QJsonObject m = v.toObject();
        HubMatch match{m.value(QStringLiteral("iscc_id")).toString(), m.value(QStringLiteral("iscc_code")).toString(),
                       m.value(QStringLiteral("pubkey")).toString(), m.value(QStringLiteral("gateway")).toString(),
                       m.value(QStringLiteral("distance")).toInt(-1)};
        if (!discovery::IsccId::parse(match.isccId).ok() || match.distance < 0 || match.distance > maxDistance)
            return makeError(ErrorCode::Corrupt, tr("The hub's answer to a lookup holds a malformed match."));
        // The reservation page of this declaration, not the template it was declared with.
        match.gateway = discovery::expandGateway(match.gateway, {match.isccId, match.isccCode, match.pubkey, {}, {}});
        out << match;
    }
    return out;
}

} // namespace rakkan::registry
