#include "registry/Outbox.h"

#include "discovery/IsccNote.h"
#include "iscc/IsccSignature.h"
#include "sqlite/Sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <map>
#include <mutex>

namespace rakkan::registry {

namespace {

// What a note tells a hub about one file; PDQ hashes only to hubs that offer the "pdq" extension, the whole
// picture first, then its trimmed, cropped and panel regions, and only those of a quality PDQ trusts (a flat
// region's hash would match every other flat region).
Result<discovery::NoteContent> noteContent(sql::Database &db, const Registry &registry, qint64 assetId,
                                           const iscc::AssetIscc &code)
{
    discovery::NoteContent content = discovery::NoteContent::fromAsset(code, registry.gateway);
    if (!registry.offers(discovery::IsccNotes::kPdqExtension) || assetId == 0)
        return content;
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral("SELECT hash FROM fingerprints WHERE asset_id = ?1 AND algorithm = 'pdq' "
                                         "AND quality >= 50 ORDER BY region = 'full' DESC, region LIMIT ?2")));
    RAKKAN_TRY(stmt.bind(1, assetId).bind(2, discovery::IsccNotes::kMaxPdq).forEachRow([&](const sql::Statement &r) {
        content.pdq << QString::fromLatin1(r.blob(0).toHex());
    }));
    return content;
}

QString isoNow(qint64 offsetMs = 0)
{
    return QDateTime::currentDateTimeUtc().addMSecs(offsetMs).toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Exponential backoff with jitter, or the hub's Retry-After when it asks for longer.
qint64 backoffMs(int attempts, int retryAfterSeconds)
{
    const qint64 base = std::min<qint64>(3600'000, 2000LL << std::min(attempts - 1, 20));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return std::max<qint64>(qint64(base * jitter), qint64(retryAfterSeconds) * 1000);
}

// A pool of clients, one per request in flight, each keeping its connection to the hub.
class ClientPool
{
public:
    ClientPool(const HubEndpoint &endpoint, int size)
    {
        for (int i = 0; i < size; ++i)
            m_free.push_back(std::make_unique<HubClient>(endpoint));
    }
    std::unique_ptr<HubClient> take()
    {
        std::lock_guard lock(m_mutex);
        auto c = std::move(m_free.back());
        m_free.pop_back();
        return c;
    }
    void give(std::unique_ptr<HubClient> c)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(c));
    }

private:
    std::mutex m_mutex;
    std::vector<std::unique_ptr<HubClient>> m_free;
};

} // namespace

struct Outbox::Prepared
{
    qint64 id = 0;
    QJsonObject note; // signed
    QString pubkey;
    std::optional<Error> localError; // refused before sending (no key, invalid note)
    HubReply reply;
};

Result<QList<qint64>> Outbox::worksOfSeries(const QString &series)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral(
                   "SELECT w.id FROM works w JOIN series s ON s.id = w.series_id WHERE s.title = ?1 ORDER BY w.id")));
    QList<qint64> ids;
    RAKKAN_TRY(stmt.bind(1, series.trimmed()).forEachRow([&](const sql::Statement &r) { ids << r.int64(0); }));
    if (ids.isEmpty())
        return makeError(ErrorCode::NotFound, tr("No work belongs to a series called \"%1\".").arg(series));
    return ids;
}

Result<EnqueueReport> Outbox::enqueue(const Registry &registry, const QList<qint64> &workIds, bool dryRun)
{
    auto &db = m_catalog.database();
    sql::Transaction tx(db);
    RAKKAN_TRY(tx.begin());
    QString where;
    if (!workIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : workIds)
            ids << QString::number(id);
        where = QStringLiteral("WHERE a.work_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    RAKKAN_TRY(auto stmt,
               db.prepare(QStringLiteral("SELECT a.id, i.iscc_code, i.datahash, i.meta_unit, i.content_unit, "
                                         "i.data_unit, i.metahash FROM assets a "
                                         "LEFT JOIN asset_iscc i ON i.asset_id = a.id %1 ORDER BY a.work_id, a.page")
                              .arg(where)));
    struct Row
    {
        qint64 assetId;
        iscc::AssetIscc code;
        bool hasIscc;
    };
    QList<Row> rows;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        Row row{r.int64(0), {}, !r.isNull(1)};
        row.code.isccCode = r.text(1);
        row.code.datahash = r.text(2);
        row.code.metaUnit = r.text(3);
        row.code.contentUnit = r.text(4);
        row.code.dataUnit = r.text(5);
        row.code.metahash = r.text(6);
        rows << row;
    }));
    EnqueueReport report;
    auto exists =
        db.prepare(QStringLiteral("SELECT count(*) FROM submissions WHERE registry_id = ?1 AND datahash = ?2"));
    auto insert = db.prepare(QStringLiteral("INSERT INTO submissions (asset_id, registry_id, datahash, iscc_code, "
                                            "state) VALUES (?1, ?2, ?3, ?4, 'queued')"));
    if (!exists.ok())
        return exists.error();
    if (!insert.ok())
        return insert.error();
    for (const Row &row : std::as_const(rows)) {
        if (!row.hasIscc) {
            ++report.withoutIscc;
            continue;
        }
        exists->reset();
        RAKKAN_TRY(auto n, exists->bind(1, registry.id).bind(2, row.code.datahash).scalarInt64());
        if (n > 0) {
            ++report.alreadyQueued;
            continue;
        }
        if (dryRun) {
            RAKKAN_TRY(auto content, noteContent(db, registry, row.assetId, row.code));
            report.preview << discovery::IsccNotes::build(content, registry.hubId, QDateTime::currentDateTimeUtc());
            ++report.queued;
            continue;
        }
        insert->reset();
        RAKKAN_TRY(insert->bind(1, row.assetId)
                       .bind(2, registry.id)
                       .bind(3, row.code.datahash)
                       .bind(4, row.code.isccCode)
                       .exec());
        ++report.queued;
    }
    if (dryRun) {
        tx.rollback();
        return report;
    }
    RAKKAN_TRY(tx.commit());
    return report;
}

Result<SendReport> Outbox::send(const Registry &registry, const Options &options)
{
    auto &db = m_catalog.database();
    identity::IdentityManager identities(m_catalog, options.vaults);
    std::map<qint64, std::pair<identity::Identity, std::optional<crypto::Ed25519>>> keys; // by identity id
    std::map<qint64, Error> keyErrors;

    RAKKAN_TRY(auto hubKey, crypto::Ed25519::publicKeyFromMultibase(registry.hubPublicKey));
    HubEndpoint endpoint{registry.url, registry.hubId, hubKey, registry.caFile, 20000};
    const int concurrency = std::clamp(options.concurrency, 1, 16);
    ClientPool clients(endpoint, concurrency);
    QThreadPool pool;
    pool.setMaxThreadCount(concurrency);

    SendReport report;
    RAKKAN_TRY(auto totalStmt,
               db.prepare(QStringLiteral(
                   "SELECT count(*) FROM submissions WHERE registry_id = ?1 AND (state IN ('queued', 'sending') OR "
                   "(state = 'failed' AND next_attempt_at IS NOT NULL))")));
    RAKKAN_TRY(auto total, totalStmt.bind(1, registry.id).scalarInt64());
    int done = 0;

    for (;;) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        RAKKAN_TRY(
            auto due,
            db.prepare(QStringLiteral(
                "SELECT s.id, s.request, a.work_id, i.iscc_code, i.datahash, i.meta_unit, i.content_unit, i.data_unit, "
                "i.metahash, s.iscc_code, s.datahash, s.asset_id FROM submissions s LEFT JOIN assets a ON a.id = "
                "s.asset_id "
                "LEFT JOIN asset_iscc i ON i.asset_id = s.asset_id WHERE s.registry_id = ?1 AND "
                "(s.state IN ('queued', 'sending') OR (s.state = 'failed' AND s.next_attempt_at IS NOT NULL AND "
                "s.next_attempt_at <= ?2)) ORDER BY s.id LIMIT ?3")));
        struct Row
        {
            qint64 id;
            QJsonObject previous;
            qint64 workId;
            iscc::AssetIscc code;
            qint64 assetId;
        };
        QList<Row> rows;
        RAKKAN_TRY(
            due.bind(1, registry.id).bind(2, isoNow()).bind(3, options.batch).forEachRow([&](const sql::Statement &r) {
                Row row{r.int64(0),
                        QJsonDocument::fromJson(r.text(1).toUtf8()).object(),
                        r.isNull(2) ? 0 : r.int64(2),
                        {},
                        r.isNull(11) ? 0 : r.int64(11)};
                row.code.isccCode = r.isNull(3) ? r.text(9) : r.text(3);
                row.code.datahash = r.isNull(4) ? r.text(10) : r.text(4);
                row.code.metaUnit = r.text(5);
                row.code.contentUnit = r.text(6);
                row.code.dataUnit = r.text(7);
                row.code.metahash = r.text(8);
                rows << row;
            }));
        if (rows.isEmpty()) {
            // Only delayed retries left: wait for them when the wait is short, else leave them for a later run.
            RAKKAN_TRY(auto soon,
                       db.prepare(QStringLiteral("SELECT min(next_attempt_at) FROM submissions WHERE registry_id = ?1 "
                                                 "AND state = 'failed' AND next_attempt_at IS NOT NULL")));
            QString next;
            RAKKAN_TRY(soon.bind(1, registry.id).forEachRow([&](const sql::Statement &r) { next = r.text(0); }));
            const QDateTime when = QDateTime::fromString(next, Qt::ISODateWithMs);
            if (next.isEmpty() || !when.isValid() ||
                QDateTime::currentDateTimeUtc().msecsTo(when) > qint64(options.maxWaitSeconds) * 1000)
                break;
            while (QDateTime::currentDateTimeUtc() < when && !(options.cancel && options.cancel->load()))
                QThread::msleep(100);
            continue;
        }

        // Sign (or reuse the note sent before, while the hub still accepts its timestamp).
        QList<Prepared> batch;
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        for (const Row &row : std::as_const(rows)) {
            Prepared p;
            p.id = row.id;
            const QDateTime sentAt = QDateTime::fromString(row.previous.value(QStringLiteral("timestamp")).toString(),
                                                           QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
            QDateTime sentUtc = sentAt;
            sentUtc.setTimeZone(QTimeZone::utc());
            if (!row.previous.isEmpty() && sentAt.isValid() && nowMs - sentUtc.toMSecsSinceEpoch() < kResendWindowMs &&
                !options.force) {
                p.note = row.previous;
                p.pubkey = row.previous.value(QStringLiteral("signature"))
                               .toObject()
                               .value(QStringLiteral("pubkey"))
                               .toString();
                batch << p;
                continue;
            }
            auto signer = row.workId ? identities.store().signerFor(row.workId) : identities.store().defaultIdentity();
            if (!signer.ok()) {
                p.localError = signer.error();
                batch << p;
                continue;
            }
            auto &slot = keys[signer->id];
            if (!slot.second && !keyErrors.count(signer->id)) {
                slot.first = *signer;
                QString passphrase;
                if (signer->storage == identity::KeyStorage::File) {
                    const auto typed = options.passphrase ? options.passphrase(*signer) : std::nullopt;
                    if (!typed)
                        keyErrors.emplace(
                            signer->id, makeError(ErrorCode::WrongPassphrase,
                                                  tr("The passphrase of \"%1\" is needed to sign.").arg(signer->name)));
                    else
                        passphrase = *typed;
                }
                if (!keyErrors.count(signer->id)) {
                    auto key = identities.unlock(*signer, passphrase);
                    if (key.ok())
                        slot.second = *key;
                    else
                        keyErrors.emplace(signer->id, key.error());
                }
            }
            if (keyErrors.count(signer->id)) {
                p.localError = keyErrors.at(signer->id);
                batch << p;
                continue;
            }
            iscc::SigningOptions signing;
            signing.mode =
                signer->controller.isEmpty() ? iscc::SignatureMode::SelfVerifying : iscc::SignatureMode::IdentityBound;
            signing.controller = signer->controller;
            RAKKAN_TRY(auto content, noteContent(db, registry, row.assetId, row.code));
            auto note = iscc::IsccSignature::sign(
                discovery::IsccNotes::build(content, registry.hubId, QDateTime::currentDateTimeUtc()), *slot.second,
                signing);
            if (!note.ok()) {
                p.localError = note.error();
            } else if (auto problem =
                           discovery::IsccNotes::check(*note, registry.hubId, QDateTime::currentMSecsSinceEpoch())) {
                p.localError = makeError(ErrorCode::InvalidArgument, problem->message);
            } else {
                p.note = *note;
                p.pubkey = slot.second->multibasePublicKey();
            }
            batch << p;
        }

        // What is about to be sent is recorded first: after a crash, the next run knows what may have arrived.
        {
            sql::Transaction tx(db);
            RAKKAN_TRY(tx.begin());
            RAKKAN_TRY(auto mark,
                       db.prepare(QStringLiteral("UPDATE submissions SET request = ?1, state = 'sending', attempts = "
                                                 "attempts + 1, updated_at = ?2 WHERE id = ?3")));
            for (const Prepared &p : std::as_const(batch)) {
                if (p.localError)
                    continue;
                mark.reset();
                RAKKAN_TRY(mark.bind(1, compact(p.note)).bind(2, isoNow()).bind(3, p.id).exec());
            }
            RAKKAN_TRY(tx.commit());
        }

        std::function<Prepared(const Prepared &)> deliver = [&](const Prepared &in) {
            Prepared out = in;
            if (out.localError)
                return out;
            auto client = clients.take();
            out.reply = client->declare(out.note, options.force);
            // Our own earlier attempt (its answer lost): the hub has it; fetch the receipt it issued then.
            if (out.reply.kind == HubReply::Kind::Duplicate && out.reply.existingActor == out.pubkey &&
                !out.reply.existingIsccId.isEmpty()) {
                HubReply again = client->receipt(out.reply.existingIsccId);
                const QJsonObject earlier = again.receipt.value(QStringLiteral("credentialSubject"))
                                                .toObject()
                                                .value(QStringLiteral("declaration"))
                                                .toObject()
                                                .value(QStringLiteral("iscc_note"))
                                                .toObject();
                if (again.kind == HubReply::Kind::Declared &&
                    earlier.value(QStringLiteral("datahash")) == out.note.value(QStringLiteral("datahash")))
                    out.reply = again;
            }
            clients.give(std::move(client));
            return out;
        };
        const QList<Prepared> answered = QtConcurrent::blockingMapped(&pool, batch, deliver);

        sql::Transaction tx(db);
        RAKKAN_TRY(tx.begin());
        RAKKAN_TRY(auto record,
                   db.prepare(QStringLiteral("UPDATE submissions SET state = ?1, next_attempt_at = ?2, "
                                             "response_status = ?3, response_body = ?4, "
                                             "receipt = coalesce(?5, receipt), iscc_id = coalesce(?6, iscc_id), "
                                             "error_code = ?7, error_message = ?8, updated_at = ?9 WHERE id = ?10")));
        RAKKAN_TRY(auto attemptsOf, db.prepare(QStringLiteral("SELECT attempts FROM submissions WHERE id = ?1")));
        for (const Prepared &p : answered) {
            QString state, next, code, message, receipt, isccId;
            const HubReply &r = p.reply;
            if (p.localError) {
                state = QStringLiteral("failed");
                code = errorCodeName(p.localError->code);
                message = p.localError->message;
                ++report.failed;
            } else {
                code = r.code;
                message = r.message;
                switch (r.kind) {
                case HubReply::Kind::Declared:
                    state = QStringLiteral("declared");
                    receipt = compact(r.receipt);
                    isccId = r.isccId;
                    code.clear();
                    message.clear();
                    ++report.declared;
                    break;
                case HubReply::Kind::Duplicate:
                    state = QStringLiteral("duplicate");
                    isccId = r.existingIsccId;
                    message = tr("Already declared at this hub as %1 by %2.")
                                  .arg(r.existingIsccId, r.existingActor == p.pubkey ? tr("you") : r.existingActor);
                    ++report.duplicates;
                    break;
                case HubReply::Kind::Rejected:
                    state = QStringLiteral("rejected");
                    ++report.rejected;
                    break;
                case HubReply::Kind::Retry: {
                    state = QStringLiteral("failed");
                    attemptsOf.reset();
                    auto attempts = attemptsOf.bind(1, p.id).scalarInt64();
                    next = isoNow(backoffMs(attempts.ok() ? int(*attempts) : 1, r.retryAfterSeconds));
                    ++report.failed;
                    break;
                }
                case HubReply::Kind::Failed:
                    state = QStringLiteral("failed");
                    ++report.failed;
                    break;
                }
            }
            record.reset();
            record.bind(1, state).bindTextOrNull(2, next);
            if (r.status > 0)
                record.bind(3, r.status);
            else
                record.bindNull(3);
            record.bindTextOrNull(4, QString::fromUtf8(r.body.left(64 * 1024))).bindTextOrNull(5, receipt);
            record.bindTextOrNull(6, isccId).bindTextOrNull(7, code).bindTextOrNull(8, message);
            RAKKAN_TRY(record.bind(9, isoNow()).bind(10, p.id).exec());
        }
        RAKKAN_TRY(tx.commit());
        done += int(answered.size());
        if (options.progress)
            options.progress(done, int(total));
    }
    return report;
}

Result<int> Outbox::requeue(qint64 registryId, bool includeRejected)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(
                   QStringLiteral("UPDATE submissions SET state = 'queued', next_attempt_at = NULL, updated_at = ?2 "
                                  "WHERE registry_id = ?1 AND (state = 'failed' %1)")
                       .arg(includeRejected ? QStringLiteral("OR state = 'rejected'") : QString())));
    RAKKAN_TRY(stmt.bind(1, registryId).bind(2, isoNow()).exec());
    return m_catalog.database().changes();
}

Result<QList<Submission>> Outbox::list(const QString &state)
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(
                   QStringLiteral(
                       "SELECT s.id, coalesce(s.asset_id, 0), s.registry_id, r.name, s.datahash, s.iscc_code, s.state, "
                       "s.attempts, s.next_attempt_at, s.iscc_id, s.receipt, s.request, s.error_code, s.error_message, "
                       "s.updated_at, coalesce(w.title, ''), coalesce(a.page, 0) FROM submissions s "
                       "JOIN registries r ON r.id = s.registry_id LEFT JOIN assets a ON a.id = s.asset_id "
                       "LEFT JOIN works w ON w.id = a.work_id %1 ORDER BY s.id")
                       .arg(state.isEmpty() ? QString() : QStringLiteral("WHERE s.state = ?1"))));
    if (!state.isEmpty())
        stmt.bind(1, state);
    QList<Submission> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        Submission sub;
        sub.id = r.int64(0);
        sub.assetId = r.int64(1);
        sub.registryId = r.int64(2);
        sub.registryName = r.text(3);
        sub.datahash = r.text(4);
        sub.isccCode = r.text(5);
        sub.state = r.text(6);
        sub.attempts = int(r.int64(7));
        sub.nextAttemptAt = r.text(8);
        sub.isccId = r.text(9);
        sub.receipt = r.text(10);
        sub.request = r.text(11);
        sub.errorCode = r.text(12);
        sub.errorMessage = r.text(13);
        sub.updatedAt = r.text(14);
        sub.workTitle = r.text(15);
        sub.page = int(r.int64(16));
        out << sub;
    }));
    return out;
}

Result<QMap<QString, int>> Outbox::counts()
{
    RAKKAN_TRY(auto stmt,
               m_catalog.database().prepare(QStringLiteral("SELECT state, count(*) FROM submissions GROUP BY state")));
    QMap<QString, int> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { out.insert(r.text(0), int(r.int64(1))); }));
    return out;
}

} // namespace rakkan::registry
