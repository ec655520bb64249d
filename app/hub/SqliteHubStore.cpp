#include "hub/SqliteHubStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/rand.h>

#include <algorithm>

namespace rakkan::hub {

namespace {

// The hub's schema: an append-only declaration log (no UPDATE or DELETE is ever issued; triggers refuse them).
constexpr const char *kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS declarations (
    seq          INTEGER PRIMARY KEY,
    iscc_id      TEXT NOT NULL UNIQUE,
    timestamp_us INTEGER NOT NULL,
    iscc_code    TEXT NOT NULL,
    datahash     TEXT NOT NULL,
    nonce        TEXT NOT NULL UNIQUE,
    pubkey       TEXT NOT NULL,
    note         TEXT NOT NULL,
    receipt      TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS declarations_datahash ON declarations (datahash);
CREATE TRIGGER IF NOT EXISTS declarations_append_only_update BEFORE UPDATE ON declarations
    BEGIN SELECT RAISE(ABORT, 'the declaration log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS declarations_append_only_delete BEFORE DELETE ON declarations
    BEGIN SELECT RAISE(ABORT, 'the declaration log is append-only'); END;
CREATE TABLE IF NOT EXISTS hub_key (id INTEGER PRIMARY KEY CHECK (id = 1), seed BLOB NOT NULL) STRICT;
)SQL";

} // namespace

Result<std::unique_ptr<SqliteHubStore>> SqliteHubStore::open(const QString &path)
{
    RAKKAN_TRY(auto db, sql::Database::open(path, sql::Database::Mode::ReadWriteCreate));
    RAKKAN_TRY(db->exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    RAKKAN_TRY(db->exec(QStringLiteral("PRAGMA synchronous = FULL")));
    RAKKAN_TRY(db->exec(QString::fromLatin1(kSchema)));
    // The file holds the hub's private key: readable by its owner only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return std::unique_ptr<SqliteHubStore>(new SqliteHubStore(std::move(db)));
}

Result<QList<Declaration>> SqliteHubStore::select(const QString &where,
                                                  const std::function<void(sql::Statement &)> &bind)
{
    RAKKAN_TRY(auto stmt,
               m_db->prepare(QStringLiteral(
                                 "SELECT seq, iscc_id, timestamp_us, iscc_code, datahash, nonce, pubkey, note, receipt "
                                 "FROM declarations ") +
                             where));
    bind(stmt);
    QList<Declaration> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        Declaration d;
        d.seq = r.int64(0);
        d.isccId = r.text(1);
        d.timestampUs = quint64(r.int64(2));
        d.isccCode = r.text(3);
        d.datahash = r.text(4);
        d.nonce = r.text(5);
        d.pubkey = r.text(6);
        d.note = QJsonDocument::fromJson(r.text(7).toUtf8()).object();
        d.receipt = QJsonDocument::fromJson(r.text(8).toUtf8()).object();
        out << d;
    }));
    return out;
}

Result<std::optional<Declaration>> SqliteHubStore::byDatahash(const QString &datahash)
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto found, select(QStringLiteral("WHERE datahash = ?1 ORDER BY seq LIMIT 1"),
                                  [&](sql::Statement &s) { s.bind(1, datahash); }));
    return found.isEmpty() ? std::optional<Declaration>() : std::optional<Declaration>(found.first());
}

Result<std::optional<Declaration>> SqliteHubStore::byIsccId(const QString &isccId)
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto found, select(QStringLiteral("WHERE iscc_id = ?1"), [&](sql::Statement &s) { s.bind(1, isccId); }));
    return found.isEmpty() ? std::optional<Declaration>() : std::optional<Declaration>(found.first());
}

Result<bool> SqliteHubStore::nonceUsed(const QString &nonce)
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT count(*) FROM declarations WHERE nonce = ?1")));
    RAKKAN_TRY(auto n, stmt.bind(1, nonce).scalarInt64());
    return n > 0;
}

Result<qint64> SqliteHubStore::count()
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT coalesce(max(seq) + 1, 0) FROM declarations")));
    return stmt.scalarInt64();
}

Result<void> SqliteHubStore::ping()
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT 1")));
    RAKKAN_TRY(stmt.scalarInt64());
    return {};
}

Result<void> SqliteHubStore::inAppendTransaction(const std::function<Result<void>()> &work)
{
    // The mutex keeps this process's threads out; BEGIN IMMEDIATE keeps other processes on the file out.
    std::lock_guard lock(m_mutex);
    sql::Transaction tx(*m_db);
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(work());
    return tx.commit();
}

Result<HubStore::Tail> SqliteHubStore::tail()
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt,
               m_db->prepare(QStringLiteral("SELECT seq, timestamp_us FROM declarations ORDER BY seq DESC LIMIT 1")));
    Tail t;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        t.nextSeq = r.int64(0) + 1;
        t.lastTimestampUs = quint64(r.int64(1));
    }));
    return t;
}

Result<HubStore::Known> SqliteHubStore::known(const QStringList &datahashes, const QStringList &nonces)
{
    // One process on one file: a query each is cheap enough.
    Known known;
    for (const QString &datahash : datahashes) {
        if (known.byDatahash.contains(datahash))
            continue;
        RAKKAN_TRY(auto first, byDatahash(datahash));
        if (first)
            known.byDatahash.insert(datahash, *first);
    }
    for (const QString &nonce : nonces) {
        RAKKAN_TRY(const bool used, nonceUsed(nonce));
        if (used)
            known.nonces.insert(nonce);
    }
    return known;
}

Result<void> SqliteHubStore::insert(const QList<Declaration> &declarations)
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(
        auto stmt,
        m_db->prepare(QStringLiteral(
            "INSERT INTO declarations (seq, iscc_id, timestamp_us, iscc_code, datahash, nonce, pubkey, note, receipt) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")));
    for (const Declaration &d : declarations) {
        stmt.reset();
        stmt.bind(1, d.seq).bind(2, d.isccId).bind(3, qint64(d.timestampUs)).bind(4, d.isccCode).bind(5, d.datahash);
        stmt.bind(6, d.nonce).bind(7, d.pubkey);
        stmt.bind(8, QString::fromUtf8(QJsonDocument(d.note).toJson(QJsonDocument::Compact)));
        RAKKAN_TRY(stmt.bind(9, QString::fromUtf8(QJsonDocument(d.receipt).toJson(QJsonDocument::Compact))).exec());
    }
    return {};
}

Result<QList<Declaration>> SqliteHubStore::page(qint64 fromSeq, int limit)
{
    std::lock_guard lock(m_mutex);
    return select(QStringLiteral("WHERE seq >= ?1 ORDER BY seq LIMIT ?2"),
                  [&](sql::Statement &s) { s.bind(1, fromSeq).bind(2, limit); });
}

Result<QList<Declaration>> SqliteHubStore::bySeqs(const QList<qint64> &seqs)
{
    std::lock_guard lock(m_mutex);
    QList<qint64> sorted = seqs;
    std::sort(sorted.begin(), sorted.end());
    QList<Declaration> out;
    for (qint64 seq : sorted) {
        RAKKAN_TRY(auto one, select(QStringLiteral("WHERE seq = ?1"), [&](sql::Statement &s) { s.bind(1, seq); }));
        out += one;
    }
    return out;
}

Result<QList<IndexTerms>> SqliteHubStore::indexTerms(qint64 fromSeq, int limit)
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt,
               m_db->prepare(QStringLiteral("SELECT seq, json_extract(note, '$.pdq'), json_extract(note, '$.units') "
                                            "FROM declarations WHERE seq >= ?1 ORDER BY seq LIMIT ?2")));
    stmt.bind(1, fromSeq).bind(2, limit);
    QList<IndexTerms> out;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) {
        IndexTerms t;
        t.seq = r.int64(0);
        for (const QJsonValue &v : QJsonDocument::fromJson(r.text(1).toUtf8()).array())
            t.pdq << v.toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(r.text(2).toUtf8()).array())
            t.units << v.toString();
        out << t;
    }));
    return out;
}

Result<QByteArray> SqliteHubStore::hubSeed()
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT seed FROM hub_key WHERE id = 1")));
    QByteArray seed;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { seed = r.blob(0); }));
    if (seed.size() == 32)
        return seed;
    seed = QByteArray(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), 32) != 1)
        return makeError(ErrorCode::Io, tr("The system could not provide random numbers for the hub's key."));
    RAKKAN_TRY(adoptHubSeed(seed));
    return seed;
}

Result<void> SqliteHubStore::adoptHubSeed(const QByteArray &seed)
{
    std::lock_guard lock(m_mutex);
    RAKKAN_TRY(auto stmt, m_db->prepare(QStringLiteral("SELECT seed FROM hub_key WHERE id = 1")));
    std::optional<QByteArray> existing;
    RAKKAN_TRY(stmt.forEachRow([&](const sql::Statement &r) { existing = r.blob(0); }));
    if (existing)
        return *existing == seed ? Result<void>()
                                 : makeError(ErrorCode::Conflict, tr("This hub database has another hub's key."));
    RAKKAN_TRY(auto insert, m_db->prepare(QStringLiteral("INSERT INTO hub_key (id, seed) VALUES (1, ?1)")));
    return insert.bind(1, seed).exec();
}

} // namespace rakkan::hub
