#include "hub/PostgresHubStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/rand.h>

namespace rakkan::hub {

namespace {

// Keys of the advisory locks (any 64-bit numbers; these spell "rakkan" and what they guard).
constexpr const char *kSchemaLock = "7261686b616e0001";
constexpr const char *kAppendLock = "7261686b616e0002";

// The same log as SqliteHubStore's. `note` is json (kept as sent, readable with ->); receipts as text, exactly as
// signed. Triggers make the log append-only for every role but a superuser who drops them; a deployment can also
// grant the hub's role INSERT and SELECT only (docs/HUB.md).
constexpr const char *kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS declarations (
    seq          bigint PRIMARY KEY,
    iscc_id      text NOT NULL UNIQUE,
    timestamp_us bigint NOT NULL,
    iscc_code    text NOT NULL,
    datahash     text NOT NULL,
    nonce        text NOT NULL UNIQUE,
    pubkey       text NOT NULL,
    note         json NOT NULL,
    receipt      text NOT NULL
);
CREATE INDEX IF NOT EXISTS declarations_datahash ON declarations (datahash);
CREATE OR REPLACE FUNCTION rakkan_hub_append_only() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION 'the declaration log is append-only';
END
$body$;
CREATE OR REPLACE TRIGGER declarations_append_only BEFORE UPDATE OR DELETE ON declarations
    FOR EACH ROW EXECUTE FUNCTION rakkan_hub_append_only();
CREATE OR REPLACE TRIGGER declarations_no_truncate BEFORE TRUNCATE ON declarations
    FOR EACH STATEMENT EXECUTE FUNCTION rakkan_hub_append_only();
CREATE TABLE IF NOT EXISTS hub_key (id integer PRIMARY KEY CHECK (id = 1), seed bytea NOT NULL);
)SQL";

constexpr const char *kColumns = "SELECT seq, iscc_id, timestamp_us, iscc_code, datahash, nonce, pubkey, note, receipt "
                                 "FROM declarations ";

QByteArray number(qint64 n)
{
    return QByteArray::number(n);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A text[] literal: every element quoted, so that no value can end the array or start another.
QByteArray textArray(const QStringList &values)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < values.size(); ++i) {
        QByteArray v = values.at(i).toUtf8();
        v.replace('\\', "\\\\").replace('"', "\\\"");
        out += (i ? ",\"" : "\"") + v + '"';
    }
    return out + '}';
}

QStringList strings(const QString &jsonArray)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(jsonArray.toUtf8()).array())
        out << v.toString();
    return out;
}

} // namespace

Result<std::unique_ptr<PostgresHubStore>> PostgresHubStore::open(const QString &conninfo, int connections)
{
    RAKKAN_TRY(auto pool, pg::Pool::open(conninfo, connections));
    {
        RAKKAN_TRY(auto conn, pool->acquire());
        // A hub whose role may only read and insert cannot (and need not) replace the schema another role made.
        RAKKAN_TRY(auto made,
                   conn->exec(QStringLiteral(
                       "SELECT to_regclass('declarations') IS NOT NULL AND to_regclass('hub_key') IS NOT "
                       "NULL AND EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'declarations_no_truncate')")));
        if (made.text(0, 0) == QLatin1String("t"))
            return std::unique_ptr<PostgresHubStore>(new PostgresHubStore(std::move(pool)));
        // Two processes starting at once would both try to create the tables; the lock makes it one after the other.
        RAKKAN_TRY(conn->script(QStringLiteral("BEGIN; SET LOCAL client_min_messages = warning; "
                                               "SELECT pg_advisory_xact_lock(x'%1'::bigint); ")
                                    .arg(QLatin1String(kSchemaLock)) +
                                QString::fromLatin1(kSchema) + QStringLiteral("COMMIT;")));
    }
    return std::unique_ptr<PostgresHubStore>(new PostgresHubStore(std::move(pool)));
}

template <typename F> auto PostgresHubStore::withConnection(F &&f) -> decltype(f(std::declval<pg::Connection &>()))
{
    if (m_appendingThread.load() == std::this_thread::get_id() && m_appending)
        return f(*m_appending);
    RAKKAN_TRY(auto lease, m_pool->acquire());
    auto result = f(*lease);
    // The server restarted or cut the connection: these reads are safe to ask once more, on a new connection.
    if (!result.ok() && !lease->isHealthy() && lease->reset())
        result = f(*lease);
    return result;
}

Result<QList<Declaration>> PostgresHubStore::select(const QString &where, const QList<QByteArray> &params)
{
    return withConnection([&](pg::Connection &conn) -> Result<QList<Declaration>> {
        RAKKAN_TRY(auto rows, conn.exec(QLatin1String(kColumns) + where, params));
        QList<Declaration> out;
        out.reserve(rows.count());
        for (int i = 0; i < rows.count(); ++i) {
            Declaration d;
            d.seq = rows.int64(i, 0);
            d.isccId = rows.text(i, 1);
            d.timestampUs = quint64(rows.int64(i, 2));
            d.isccCode = rows.text(i, 3);
            d.datahash = rows.text(i, 4);
            d.nonce = rows.text(i, 5);
            d.pubkey = rows.text(i, 6);
            d.note = QJsonDocument::fromJson(rows.text(i, 7).toUtf8()).object();
            d.receipt = QJsonDocument::fromJson(rows.text(i, 8).toUtf8()).object();
            out << d;
        }
        return out;
    });
}

Result<std::optional<Declaration>> PostgresHubStore::byDatahash(const QString &datahash)
{
    RAKKAN_TRY(auto found, select(QStringLiteral("WHERE datahash = $1 ORDER BY seq LIMIT 1"), {datahash.toUtf8()}));
    return found.isEmpty() ? std::optional<Declaration>() : std::optional<Declaration>(found.first());
}

Result<std::optional<Declaration>> PostgresHubStore::byIsccId(const QString &isccId)
{
    RAKKAN_TRY(auto found, select(QStringLiteral("WHERE iscc_id = $1"), {isccId.toUtf8()}));
    return found.isEmpty() ? std::optional<Declaration>() : std::optional<Declaration>(found.first());
}

Result<bool> PostgresHubStore::nonceUsed(const QString &nonce)
{
    return withConnection([&](pg::Connection &conn) -> Result<bool> {
        RAKKAN_TRY(auto rows,
                   conn.exec(QStringLiteral("SELECT 1 FROM declarations WHERE nonce = $1"), {nonce.toUtf8()}));
        return rows.count() > 0;
    });
}

Result<QList<Declaration>> PostgresHubStore::page(qint64 fromSeq, int limit)
{
    return select(QStringLiteral("WHERE seq >= $1 ORDER BY seq LIMIT $2"), {number(fromSeq), number(limit)});
}

Result<QList<Declaration>> PostgresHubStore::bySeqs(const QList<qint64> &seqs)
{
    QStringList numbers;
    for (qint64 seq : seqs)
        numbers << QString::number(seq);
    return select(QStringLiteral("WHERE seq = ANY($1::bigint[]) ORDER BY seq"),
                  {'{' + numbers.join(QLatin1Char(',')).toLatin1() + '}'});
}

Result<QList<IndexTerms>> PostgresHubStore::indexTerms(qint64 fromSeq, int limit)
{
    return withConnection([&](pg::Connection &conn) -> Result<QList<IndexTerms>> {
        RAKKAN_TRY(auto rows, conn.exec(QStringLiteral("SELECT seq, note->'pdq', note->'units' FROM declarations "
                                                       "WHERE seq >= $1 ORDER BY seq LIMIT $2"),
                                        {number(fromSeq), number(limit)}));
        QList<IndexTerms> out;
        out.reserve(rows.count());
        for (int i = 0; i < rows.count(); ++i)
            out << IndexTerms{rows.int64(i, 0), strings(rows.text(i, 1)), strings(rows.text(i, 2))};
        return out;
    });
}

Result<qint64> PostgresHubStore::count()
{
    return withConnection([&](pg::Connection &conn) -> Result<qint64> {
        RAKKAN_TRY(auto rows, conn.exec(QStringLiteral("SELECT coalesce(max(seq) + 1, 0) FROM declarations")));
        return rows.int64(0, 0);
    });
}

Result<void> PostgresHubStore::ping()
{
    return withConnection([&](pg::Connection &conn) -> Result<void> {
        RAKKAN_TRY(conn.exec(QStringLiteral("SELECT 1")));
        return {};
    });
}

Result<void> PostgresHubStore::inAppendTransaction(const std::function<Result<void>()> &work)
{
    std::lock_guard lock(m_appendMutex);
    RAKKAN_TRY(auto lease, m_pool->acquire());
    pg::Connection &conn = *lease;
    // A connection the server cut while it was idle in the pool: nothing was begun on it, so begin on a new one.
    if (auto begun = conn.exec(QStringLiteral("BEGIN")); !begun.ok()) {
        if (conn.isHealthy() || !conn.reset())
            return begun.error();
        RAKKAN_TRY(conn.exec(QStringLiteral("BEGIN")));
    }
    // Held until COMMIT or ROLLBACK, and released by the server if this process dies: no stale lock after kill -9.
    auto locked =
        conn.exec(QStringLiteral("SELECT pg_advisory_xact_lock(x'%1'::bigint)").arg(QLatin1String(kAppendLock)));
    Result<void> done = locked.ok() ? Result<void>() : Result<void>(locked.error());
    if (done.ok()) {
        m_appending = &conn;
        m_appendingThread.store(std::this_thread::get_id());
        done = work();
        m_appendingThread.store(std::thread::id());
        m_appending = nullptr;
    }
    if (done.ok()) {
        auto committed = conn.exec(QStringLiteral("COMMIT"));
        if (committed.ok())
            return {};
        done = committed.error();
    }
    (void)conn.exec(QStringLiteral("ROLLBACK"));
    return done;
}

Result<HubStore::Tail> PostgresHubStore::tail()
{
    return withConnection([&](pg::Connection &conn) -> Result<Tail> {
        RAKKAN_TRY(auto rows,
                   conn.exec(QStringLiteral("SELECT seq, timestamp_us FROM declarations ORDER BY seq DESC LIMIT 1")));
        Tail t;
        if (rows.count() > 0) {
            t.nextSeq = rows.int64(0, 0) + 1;
            t.lastTimestampUs = quint64(rows.int64(0, 1));
        }
        return t;
    });
}

Result<HubStore::Known> PostgresHubStore::known(const QStringList &datahashes, const QStringList &nonces)
{
    return withConnection([&](pg::Connection &conn) -> Result<Known> {
        Known known;
        RAKKAN_TRY(const QList<Declaration> first,
                   select(QStringLiteral("WHERE seq IN (SELECT min(seq) FROM declarations WHERE datahash = "
                                         "ANY($1::text[]) GROUP BY datahash)"),
                          {textArray(datahashes)}));
        for (const Declaration &d : first)
            known.byDatahash.insert(d.datahash, d);
        RAKKAN_TRY(auto used, conn.exec(QStringLiteral("SELECT nonce FROM declarations WHERE nonce = ANY($1::text[])"),
                                        {textArray(nonces)}));
        for (int i = 0; i < used.count(); ++i)
            known.nonces.insert(used.text(i, 0));
        return known;
    });
}

Result<void> PostgresHubStore::insert(const QList<Declaration> &declarations)
{
    // One statement for the batch: a round trip and a plan, not one per declaration.
    QString sql = QStringLiteral("INSERT INTO declarations (seq, iscc_id, timestamp_us, iscc_code, datahash, nonce, "
                                 "pubkey, note, receipt) VALUES ");
    QList<QByteArray> params;
    params.reserve(declarations.size() * 9);
    for (const Declaration &d : declarations) {
        const qsizetype n = params.size();
        sql += QStringLiteral("%1($%2, $%3, $%4, $%5, $%6, $%7, $%8, $%9, ")
                   .arg(n == 0 ? QString() : QStringLiteral(", "))
                   .arg(n + 1)
                   .arg(n + 2)
                   .arg(n + 3)
                   .arg(n + 4)
                   .arg(n + 5)
                   .arg(n + 6)
                   .arg(n + 7)
                   .arg(n + 8) +
               QStringLiteral("$%1)").arg(n + 9);
        params << number(d.seq) << d.isccId.toUtf8() << number(qint64(d.timestampUs)) << d.isccCode.toUtf8()
               << d.datahash.toUtf8() << d.nonce.toUtf8() << d.pubkey.toUtf8() << compact(d.note) << compact(d.receipt);
    }
    return withConnection([&](pg::Connection &conn) -> Result<void> {
        RAKKAN_TRY(conn.exec(sql, params));
        return {};
    });
}

Result<QByteArray> PostgresHubStore::keepFirstSeed(const QByteArray &candidate)
{
    // Whoever inserts first sets the key; everyone after (another process, a later start, a migration) reads it.
    return withConnection([&](pg::Connection &conn) -> Result<QByteArray> {
        RAKKAN_TRY(conn.exec(QStringLiteral("INSERT INTO hub_key (id, seed) VALUES (1, decode($1, 'hex')) "
                                            "ON CONFLICT (id) DO NOTHING"),
                             {candidate.toHex()}));
        RAKKAN_TRY(auto rows, conn.exec(QStringLiteral("SELECT seed FROM hub_key WHERE id = 1")));
        return rows.count() > 0 ? rows.bytes(0, 0) : QByteArray();
    });
}

Result<QByteArray> PostgresHubStore::hubSeed()
{
    QByteArray seed(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(seed.data()), 32) != 1)
        return makeError(ErrorCode::Io, tr("The system could not provide random numbers for the hub's key."));
    RAKKAN_TRY(const QByteArray stored, keepFirstSeed(seed));
    if (stored.size() != 32)
        return makeError(ErrorCode::Corrupt, tr("The hub's key in the database is not a 32-byte seed."));
    return stored;
}

Result<void> PostgresHubStore::adoptHubSeed(const QByteArray &seed)
{
    RAKKAN_TRY(const QByteArray stored, keepFirstSeed(seed));
    if (stored != seed)
        return makeError(ErrorCode::Conflict, tr("This hub database has another hub's key."));
    return {};
}

} // namespace rakkan::hub
