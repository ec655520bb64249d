#pragma once

#include "core/Result.h"
#include "net/Http.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace rakkan::registry {

// Where a hub is and how to trust it.
struct HubEndpoint
{
    QString url; // https://hub.example.org (no trailing path)
    int hubId = 0;
    QByteArray hubKey; // the hub's Ed25519 public key (32 bytes) the user pinned; receipts must verify with it
    QString caFile;    // optional PEM bundle for a hub with a private CA; TLS is verified either way
    int timeoutMs = 20000;
};

// What one POST /declaration came to.
struct HubReply
{
    enum class Kind {
        Declared,  // 201 with a receipt that verified against the pinned key
        Duplicate, // 409: the content is declared already (existingIsccId, existingActor)
        Rejected,  // 400/401/422: the hub refuses this note; the reason is the hub's
        Retry,     // 429, 5xx, timeouts, dropped connections: try again later (retryAfterSeconds when given)
        Failed,    // TLS verification, a forged or broken receipt, a garbled answer: needs the user
    };
    Kind kind = Kind::Failed;
    int status = 0;
    QJsonObject receipt;
    QString isccId;
    QString code;    // the hub's error code, or ours ("tls", "timeout", "bad_receipt", ...)
    QString message; // for the user
    QString field;
    QString existingIsccId;
    QString existingActor;
    int retryAfterSeconds = 0;
    QByteArray body; // as received (kept with the submission)
};

// A declaration a hub found near a picture or code (GET /lookup).
struct HubMatch
{
    QString isccId;
    QString isccCode;
    QString pubkey; // who declared it
    QString gateway;
    int distance = 0; // bits
};

// A blocking client for one hub over libcurl: one connection kept alive per client (one client per thread),
// TLS always verified (peer and host name), bounded answer size, timeouts.
class HubClient
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::registry::HubClient)

public:
    static constexpr qsizetype kMaxAnswerBytes = 1 << 20;

    explicit HubClient(HubEndpoint endpoint);
    ~HubClient();
    HubClient(const HubClient &) = delete;
    HubClient &operator=(const HubClient &) = delete;

    HubReply declare(const QJsonObject &signedNote, bool force = false);
    // A receipt the hub issued before (after a duplicate answer for our own declaration).
    HubReply receipt(const QString &isccId, const QJsonObject &expectedNote = {});
    // GET /hub: the id and key to pin when adding a registry.
    Result<QJsonObject> info();
    // GET /lookup: declarations near a PDQ hash (hubs with the "pdq" extension) or an ISCC unit, nearest first.
    Result<QList<HubMatch>> lookupPdq(const QString &pdqHex, int maxDistance);
    Result<QList<HubMatch>> lookupUnit(const QString &unit, int maxDistance);

    // Checks a receipt: signed by the pinned key, for this note, with a well-formed ISCC-ID of this hub.
    static Result<QString> verifyReceipt(const QJsonObject &receipt, const QByteArray &hubKey, int hubId,
                                         const QJsonObject &expectedNote);

    // What a hub's answer to a declaration means (declared, duplicate, retry later, refused...). Only reads the
    // answer: public so that the fuzzer can feed it any bytes a hostile hub could send.
    HubReply classify(const net::HttpResponse &raw, const QJsonObject &sentNote) const;
    // The matches of a lookup answer, each checked (a well-formed ISCC-ID, a distance within the one asked).
    static Result<QList<HubMatch>> parseLookup(int status, const QByteArray &body, int maxDistance);

private:
    net::HttpResponse perform(const QString &path, const QByteArray *postBody, bool force);
    Result<QList<HubMatch>> lookup(const QString &key, const QString &value, int maxDistance);

    HubEndpoint m_endpoint;
    net::Http m_http;
};

} // namespace rakkan::registry
