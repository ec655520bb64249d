#include "hub/HubService.h"

#include "discovery/DataIntegrity.h"
#include "discovery/IsccId.h"
#include "discovery/IsccNote.h"
#include "iscc/IsccHeader.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rakkan::hub {

HubService::HubService(HubStore &store, crypto::Ed25519 key, Options options, Clock clock)
    : m_store(store), m_key(std::move(key)), m_options(std::move(options)), m_clock(std::move(clock)),
      m_commit(store,
               [this](Declaration draft, qint64 seq, quint64 lastUs) { return seal(std::move(draft), seq, lastUs); })
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
    std::lock_guard lock(m_rateMutex);
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

Result<Declaration> HubService::seal(Declaration d, qint64 seq, quint64 lastTimestampUs)
{
    // A strictly increasing clock, across every process on the store: two declarations in the same microsecond
    // still get distinct ISCC-IDs.
    const quint64 nowUs = std::max(quint64(m_clock()) * 1000, lastTimestampUs + 1);
    d.seq = seq;
    d.timestampUs = nowUs;
    d.isccId = discovery::IsccId{nowUs, m_options.hubId, 0}.toString();
    // The receipt states the sequence number, so it is signed once the store has fixed it.
    QJsonObject credential{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("IsccReceipt")}},
        {QStringLiteral("issuer"), issuer()},
    };
    credential.insert(QStringLiteral("credentialSubject"),
                      QJsonObject{{QStringLiteral("id"), QString(QStringLiteral("did:key:") + d.pubkey)},
                                  {QStringLiteral("declaration"), QJsonObject{{QStringLiteral("seq"), seq},
                                                                              {QStringLiteral("iscc_id"), d.isccId},
                                                                              {QStringLiteral("iscc_note"), d.note}}}});
    RAKKAN_TRY(d.receipt,
               discovery::DataIntegrity::sign(credential, m_key, QString(issuer() + QLatin1Char('#') + publicKey())));
    return d;
}

HubResponse HubService::declare(const QByteArray &body, bool force)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, QStringLiteral("invalid_format"), tr("The body is not a JSON object."));
    const QJsonObject note = doc.object();

    if (auto problem = discovery::IsccNotes::check(note, m_options.hubId, m_clock()))
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
    AppendRequest request;
    request.force = force;
    request.draft.isccCode = note.value(QStringLiteral("iscc_code")).toString();
    request.draft.datahash = note.value(QStringLiteral("datahash")).toString();
    request.draft.nonce = note.value(QStringLiteral("nonce")).toString();
    request.draft.pubkey = pubkey;
    request.draft.note = note;
    // Duplicates and replays are judged inside the store's append, where no other process can slip in between.
    auto outcome = m_commit.submit(request);
    if (!outcome.ok())
        return error(500, QStringLiteral("storage"), outcome.error().message);
    switch (outcome->kind) {
    case AppendOutcome::Kind::Stored:
        m_declaredHere = true;
        return HubResponse{201, outcome->declaration.receipt, 0};
    case AppendOutcome::Kind::Duplicate: {
        HubResponse r =
            error(409, QStringLiteral("duplicate_declaration"),
                  tr("Duplicate declaration for datahash: %1").arg(request.draft.datahash), QStringLiteral("datahash"));
        QJsonObject detail = r.body.value(QStringLiteral("error")).toObject();
        detail.insert(QStringLiteral("existing_iscc_id"), outcome->declaration.isccId);
        detail.insert(QStringLiteral("existing_actor"), outcome->declaration.pubkey);
        r.body.insert(QStringLiteral("error"), detail);
        return r;
    }
    case AppendOutcome::Kind::NonceReused:
        return error(422, QStringLiteral("nonce_reuse"), tr("Nonce already used: %1").arg(request.draft.nonce),
                     QStringLiteral("nonce"));
    case AppendOutcome::Kind::Failed:
        break;
    }
    return error(500, QStringLiteral("signing"), outcome->message);
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
    return catchUp(true);
}

Result<void> HubService::catchUp(bool always)
{
    std::lock_guard lock(m_indexMutex);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const bool declaredHere = m_declaredHere.exchange(false);
    if (!always && !declaredHere && m_lastCatchUpMs >= 0 && nowMs - m_lastCatchUpMs < m_options.catchUpMs)
        return {};
    // Pages, so that a hub of millions starts in bounded memory beside its index.
    constexpr int kPage = 10000;
    for (;;) {
        auto terms = m_store.indexTerms(m_indexedNext, kPage);
        if (!terms.ok()) {
            if (declaredHere)
                m_declaredHere = true;
            return terms.error();
        }
        for (const IndexTerms &t : *terms) {
            m_index.add(t);
            m_indexedNext = t.seq + 1;
        }
        if (terms->size() < kPage)
            break;
    }
    m_lastCatchUpMs = nowMs;
    m_indexReady = true;
    return {};
}

qint64 HubService::indexedUpTo() const
{
    std::lock_guard lock(m_indexMutex);
    return m_indexedNext;
}

HubResponse HubService::matchesResponse(const QList<DeclarationIndex::Match> &found, const LookupPage &page)
{
    const qsizetype from = std::clamp<qsizetype>(page.offset, 0, found.size());
    const qsizetype to = std::min<qsizetype>(found.size(), from + std::clamp(page.limit, 1, kMaxMatches));
    // One query for the page's declarations, not one per match: a cluster of near-duplicates can fill a page.
    QList<qint64> seqs;
    for (qsizetype i = from; i < to; ++i)
        seqs << found.at(i).seq;
    auto entries = m_store.bySeqs(seqs);
    if (!entries.ok())
        return error(500, QStringLiteral("storage"), entries.error().message);
    QHash<qint64, const Declaration *> bySeq;
    for (const Declaration &d : std::as_const(*entries))
        bySeq.insert(d.seq, &d);
    QJsonArray matches;
    for (qsizetype i = from; i < to; ++i) {
        const DeclarationIndex::Match &m = found.at(i);
        const Declaration *entry = bySeq.value(m.seq);
        if (!entry)
            continue;
        const Declaration &d = *entry;
        matches.append(QJsonObject{{QStringLiteral("iscc_id"), d.isccId},
                                   {QStringLiteral("iscc_code"), d.isccCode},
                                   {QStringLiteral("distance"), m.distance},
                                   {QStringLiteral("pubkey"), d.pubkey},
                                   {QStringLiteral("gateway"), d.note.value(QStringLiteral("gateway"))}});
    }
    // Nearest first, then in log order: the same question asked again pages through the same list.
    QJsonObject body{{QStringLiteral("matches"), matches}, {QStringLiteral("total"), found.size()}};
    if (to < found.size())
        body.insert(QStringLiteral("next"), to);
    return HubResponse{200, body, 0};
}

HubResponse HubService::lookup(const QString &unitText, int maxDistance, const LookupPage &page)
{
    auto unit = iscc::IsccCodec::decode(unitText);
    if (!unit.ok() || unit->body.size() < 8)
        return error(400, QStringLiteral("invalid_iscc"), tr("\"%1\" is not an ISCC unit.").arg(unitText));
    if (auto caughtUp = catchUp(false); !caughtUp.ok())
        return error(503, QStringLiteral("storage"), caughtUp.error().message);
    return matchesResponse(m_index.byUnit(*unit, maxDistance), page);
}

HubResponse HubService::lookupPdq(const QString &pdqHex, int maxDistance, const LookupPage &page)
{
    const auto hash = fingerprint::Hash256::fromHex(pdqHex);
    if (!hash)
        return error(400, QStringLiteral("invalid_pdq"), tr("\"%1\" is not a PDQ hash (64 hex digits).").arg(pdqHex));
    if (auto caughtUp = catchUp(false); !caughtUp.ok())
        return error(503, QStringLiteral("storage"), caughtUp.error().message);
    return matchesResponse(m_index.byPdq(*hash, maxDistance), page);
}

HubResponse HubService::readiness()
{
    if (auto answered = m_store.ping(); !answered.ok())
        return error(503, QStringLiteral("storage"), answered.error().message);
    if (!m_indexReady)
        return error(503, QStringLiteral("loading"), tr("The similarity index is still being read."));
    return HubResponse{200, QJsonObject{{QStringLiteral("ready"), true}, {QStringLiteral("indexed"), indexedUpTo()}},
                       0};
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
