#include "postgres/Postgres.h"

#include <libpq-fe.h>

#include <vector>

namespace rakkan::pg {

Rows::Rows(pg_result *result) : m_result(result, PQclear) {}

int Rows::count() const
{
    return PQntuples(m_result.get());
}

bool Rows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString Rows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 Rows::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column)).toLongLong();
}

QByteArray Rows::bytes(int row, int column) const
{
    const QByteArray raw(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
    return raw.startsWith("\\x") ? QByteArray::fromHex(raw.mid(2)) : QByteArray();
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &conninfo)
{
    pg_conn *conn = PQconnectdb(conninfo.toUtf8().constData());
    if (!conn)
        return makeError(ErrorCode::Io, tr("PostgreSQL: out of memory while connecting."));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return makeError(ErrorCode::Unavailable, tr("Cannot connect to PostgreSQL: %1").arg(why));
    }
    // Text in and out is UTF-8 whatever the server's default; the hub's times are its own, never the session's.
    PQsetClientEncoding(conn, "UTF8");
    return std::unique_ptr<Connection>(new Connection(conn));
}

Connection::~Connection()
{
    PQfinish(m_conn);
}

bool Connection::isHealthy() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool Connection::reset()
{
    PQreset(m_conn);
    return isHealthy();
}

Result<Rows> Connection::check(pg_result *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        m_lastState.clear();
        return Rows(result);
    }
    m_lastState = result ? QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QString();
    const QString message = result && PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)
                                ? QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
                                : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (result)
        PQclear(result);
    // 23xxx: a constraint said no; 40xxx: a serialisation failure or deadlock, worth trying again.
    const ErrorCode code = m_lastState.startsWith(QLatin1String("23"))   ? ErrorCode::Conflict
                           : m_lastState.startsWith(QLatin1String("40")) ? ErrorCode::Locked
                           : !isHealthy()                                ? ErrorCode::Unavailable
                                                                         : ErrorCode::Database;
    return makeError(code, tr("PostgreSQL: %1").arg(message));
}

Result<Rows> Connection::exec(const QString &sql, const QList<QByteArray> &params)
{
    std::vector<const char *> values;
    std::vector<int> lengths;
    values.reserve(size_t(params.size()));
    for (const QByteArray &p : params) {
        values.push_back(p.constData());
        lengths.push_back(int(p.size()));
    }
    return check(PQexecParams(m_conn, sql.toUtf8().constData(), int(params.size()), nullptr, values.data(),
                              lengths.data(), nullptr, 0));
}

Result<void> Connection::script(const QString &sql)
{
    RAKKAN_TRY(check(PQexec(m_conn, sql.toUtf8().constData())));
    return {};
}

Pool::Lease::~Lease()
{
    if (m_pool && m_conn)
        m_pool->release(std::move(m_conn));
}

Result<std::unique_ptr<Pool>> Pool::open(const QString &conninfo, int size)
{
    RAKKAN_TRY(auto first, Connection::open(conninfo));
    std::unique_ptr<Pool> pool(new Pool(conninfo, std::max(1, size)));
    pool->m_open = 1;
    pool->m_idle.push_back(std::move(first));
    return pool;
}

Result<Pool::Lease> Pool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_returned.wait(lock, [this] { return !m_idle.empty() || m_open < m_size; });
    if (!m_idle.empty()) {
        std::unique_ptr<Connection> conn = std::move(m_idle.back());
        m_idle.pop_back();
        lock.unlock();
        if (!conn->isHealthy() && !conn->reset()) {
            lock.lock();
            --m_open;
            m_returned.notify_one();
            return makeError(ErrorCode::Unavailable, Connection::tr("PostgreSQL cannot be reached."));
        }
        return Lease(*this, std::move(conn));
    }
    ++m_open;
    lock.unlock();
    auto conn = Connection::open(m_conninfo);
    if (!conn.ok()) {
        lock.lock();
        --m_open;
        m_returned.notify_one();
        return conn.error();
    }
    return Lease(*this, std::move(conn).value());
}

void Pool::release(std::unique_ptr<Connection> conn)
{
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(conn));
    m_returned.notify_one();
}

bool isConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")) ||
           text.contains(QLatin1String("dbname="));
}

} // namespace rakkan::pg
