#include "hub/HubService.h"

#include "discovery/DataIntegrity.h"
#include "discovery/IsccId.h"
#include "discovery/IsccNote.h"
#include "iscc/IsccHeader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace rakkan::hub {

HubService::HubService(HubStore &store, crypto::Ed25519 key, Options options, Clock clock)
    : m_store(store), m_key(std::move(key)), m_options(std::move(options)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

QString HubService::issuer() const
{
    return m_options.issuer.isEmpty() ? QStringLiteral("did:key:") + publicKey() : m_options.issuer;
}

HubResponse HubService::error(int status, const QString &code, const QString &message, const QString &field)
{
    QJsonObject detail{{QStringLiteral("message"), message}, {QStringLiteral("code"), code}};
    if (!field.isEmpty())
        detail.insert(QStringLiteral("field"), field);
    return HubResponse{status, QJsonObject{{QStringLiteral("error"), detail}}, 0};
}

bool HubService::allow(const QString &pubkey, int *retryAfter)
{
    const qint64 nowMs = m_clock();
    const qint64 minute = nowMs / 60000;
    auto &[bucketMinute, count] = m_buckets[pubkey];
    if (bucketMinute != minute) {
        bucketMinute = minute;
        count = 0;
    }
    if (count >= m_options.declarationsPerMinutePerKey) {
        *retryAfter = int(60 - (nowMs / 1000) % 60);
        return false;
    }
    ++count;
    return true;
}

HubResponse HubService::declare(const QByteArray &body, bool force)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("invalid_format"), tr("The body is not a JSON object."));
    const QJsonObject note = doc.object();

    std::lock_guard lock(m_mutex);
    const qint64 nowMs = m_clock();
    if (auto problem = discovery::IsccNotes::check(note, m_options.hubId, nowMs))
        return error(problem->status, problem->code, problem->message, problem->field);
    const QString pubkey =
        note.value(QStringLiteral("signature")).toObject().value(QStringLiteral("pubkey")).toString();
    int retryAfter = 0;
    if (!allow(pubkey, &retryAfter)) {
        HubResponse r = error(429, QStringLiteral("rate_limited"),
                              tr("Too many declarations from this key; try again in %1 s.").arg(retryAfter));
        r.retryAfterSeconds = retryAfter;
        return r;
    }
    const QString datahash = note.value(QStringLiteral("datahash")).toString();
    if (!force) {
        auto existing = m_store.byDatahash(datahash);
        if (!existing.ok())
            return error(500, QStringLiteral("storage"), existing.error().message);
        if (*existing) {
            HubResponse r =
                error(409, QStringLiteral("duplicate_declaration"),
                      tr("Duplicate declaration for datahash: %1").arg(datahash), QStringLiteral("datahash"));
            QJsonObject detail = r.body.value(QStringLiteral("error")).toObject();
            detail.insert(QStringLiteral("existing_iscc_id"), (*existing)->isccId);
            detail.insert(QStringLiteral("existing_actor"), (*existing)->pubkey);
            r.body.insert(QStringLiteral("error"), detail);
            return r;
        }
    }
    const QString nonce = note.value(QStringLiteral("nonce")).toString();
    auto used = m_store.nonceUsed(nonce);
    if (!used.ok())
        return error(500, QStringLiteral("storage"), used.error().message);
    if (*used)
        return error(422, QStringLiteral("nonce_reuse"), tr("Nonce already used: %1").arg(nonce),
                     QStringLiteral("nonce"));

    // A strictly increasing clock: two declarations in the same microsecond still get distinct ISCC-IDs.
    if (m_lastUs == 0) {
        auto last = m_store.lastTimestampUs();
        if (!last.ok())
            return error(500, QStringLiteral("storage"), last.error().message);
        m_lastUs = *last;
    }
    const quint64 nowUs = std::max(quint64(nowMs) * 1000, m_lastUs + 1);
    m_lastUs = nowUs;

    Declaration d;
    d.isccId = discovery::IsccId{nowUs, m_options.hubId, 0}.toString();
    d.timestampUs = nowUs;
    d.isccCode = note.value(QStringLiteral("iscc_code")).toString();
    d.datahash = datahash;
    d.nonce = nonce;
    d.pubkey = pubkey;
    d.note = note;
    if (m_nextSeq < 0) {
        auto next = m_store.nextSeq();
        if (!next.ok())
            return error(500, QStringLiteral("storage"), next.error().message);
        m_nextSeq = *next;
    }
    // The receipt states the sequence number, so it is fixed before signing; appends happen only here, under
    // this lock, and the store refuses a number that is not the next one.
    const qint64 seq = m_nextSeq;
    d.seq = seq;
    QJsonObject credential{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("IsccReceipt")}},
        {QStringLiteral("issuer"), issuer()},
    };
    credential.insert(QStringLiteral("credentialSubject"),
                      QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("did:key:") + pubkey)},
                                  {QStringLiteral("declaration"), QJsonObject{{QStringLiteral("seq"), seq},
                                                                              {QStringLiteral("iscc_id"), d.isccId},
                                                                              {QStringLiteral("iscc_note"), note}}}});
    auto receipt =
        discovery::DataIntegrity::sign(credential, m_key, QString(issuer() + QLatin1Char('#') + publicKey()));
    if (!receipt.ok())
        return error(500, QStringLiteral("signing"), receipt.error().message);
    d.receipt = *receipt;
    auto stored = m_store.append(d);
    if (!stored.ok()) {
        m_nextSeq = -1; // read it again from the store next time
        return error(500, QStringLiteral("storage"), stored.error().message);
    }
    ++m_nextSeq;
    if (m_indexLoaded)
        m_index.add(*stored);
    return HubResponse{201, *receipt, 0};
}

HubResponse HubService::declaration(const QString &isccId)
{
    auto found = m_store.byIsccId(isccId);
    if (!found.ok())
        return error(500, QStringLiteral("storage"), found.error().message);
    if (!*found)
        return error(404, QStringLiteral("not_found"), tr("No declaration %1 here.").arg(isccId));
    return HubResponse{200, (*found)->receipt, 0};
}

HubResponse HubService::log(qint64 fromSeq, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    auto entries = m_store.page(std::max<qint64>(fromSeq, 0), limit);
    if (!entries.ok())
        return error(500, QStringLiteral("storage"), entries.error().message);
    QJsonArray out;
    for (const Declaration &d : *entries)
        out.append(QJsonObject{{QStringLiteral("seq"), d.seq},
                               {QStringLiteral("iscc_id"), d.isccId},
                               {QStringLiteral("iscc_code"), d.isccCode},
                               {QStringLiteral("datahash"), d.datahash},
                               {QStringLiteral("pubkey"), d.pubkey},
                               {QStringLiteral("timestamp"), d.note.value(QStringLiteral("timestamp"))}});
    QJsonObject body{{QStringLiteral("declarations"), out}};
    if (entries->size() == limit)
        body.insert(QStringLiteral("next"), entries->last().seq + 1);
    return HubResponse{200, body, 0};
}

Result<void> HubService::loadIndex()
{
    std::lock_guard lock(m_mutex);
    return loadIndexLocked();
}

Result<void> HubService::loadIndexLocked()
{
    if (m_indexLoaded)
        return {};
    RAKKAN_TRY(m_store.forEach([this](const Declaration &d) { m_index.add(d); }));
    m_indexLoaded = true;
    return {};
}

HubResponse HubService::matchesResponse(const QList<DeclarationIndex::Match> &found)
{
    QJsonArray matches;
    for (const DeclarationIndex::Match &m : found) {
        auto entries = m_store.page(m.seq, 1);
        if (!entries.ok())
            return error(500, QStringLiteral("storage"), entries.error().message);
        if (entries->isEmpty())
            continue;
        const Declaration &d = entries->first();
        matches.append(QJsonObject{{QStringLiteral("iscc_id"), d.isccId},
                                   {QStringLiteral("iscc_code"), d.isccCode},
                                   {QStringLiteral("distance"), m.distance},
                                   {QStringLiteral("pubkey"), d.pubkey},
                                   {QStringLiteral("gateway"), d.note.value(QStringLiteral("gateway"))}});
        if (matches.size() >= kMaxMatches)
            break;
    }
    return HubResponse{200, QJsonObject{{QStringLiteral("matches"), matches}}, 0};
}

HubResponse HubService::lookup(const QString &unitText, int maxDistance)
{
    auto unit = iscc::IsccCodec::decode(unitText);
    if (!unit.ok() || unit->body.size() < 8)
        return error(400, QStringLiteral("invalid_iscc"), tr("\"%1\" is not an ISCC unit.").arg(unitText));
    {
        std::lock_guard lock(m_mutex);
        if (auto loaded = loadIndexLocked(); !loaded.ok())
            return error(500, QStringLiteral("storage"), loaded.error().message);
    }
    return matchesResponse(m_index.byUnit(*unit, maxDistance));
}

HubResponse HubService::lookupPdq(const QString &pdqHex, int maxDistance)
{
    const auto hash = fingerprint::Hash256::fromHex(pdqHex);
    if (!hash)
        return error(400, QStringLiteral("invalid_pdq"), tr("\"%1\" is not a PDQ hash (64 hex digits).").arg(pdqHex));
    {
        std::lock_guard lock(m_mutex);
        if (auto loaded = loadIndexLocked(); !loaded.ok())
            return error(500, QStringLiteral("storage"), loaded.error().message);
    }
    return matchesResponse(m_index.byPdq(*hash, maxDistance));
}

HubResponse HubService::info() const
{
    return HubResponse{
        200,
        QJsonObject{{QStringLiteral("hub_id"), m_options.hubId},
                    {QStringLiteral("public_key"), publicKey()},
                    {QStringLiteral("issuer"), issuer()},
                    {QStringLiteral("extensions"), QJsonArray{QLatin1String(discovery::IsccNotes::kPdqExtension)}}},
        0};
}

} // namespace rakkan::hub
