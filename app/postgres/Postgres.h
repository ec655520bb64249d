#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

struct pg_conn;
struct pg_result;

namespace rakkan::pg {

// The rows a statement returned, as text (libpq's text format). Owns the libpq result.
class Rows
{
public:
    int count() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    // A bytea column in PostgreSQL's hex output ("\x0a1b...").
    QByteArray bytes(int row, int column) const;

private:
    friend class Connection;
    explicit Rows(pg_result *result);
    std::shared_ptr<pg_result> m_result;
};

// One libpq connection. Not thread-safe: a thread takes one from the Pool for as long as it needs it.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::pg::Connection)

public:
    // `conninfo` is a postgresql:// URI or key=value pairs. Error messages never repeat it (it may hold a password).
    static Result<std::unique_ptr<Connection>> open(const QString &conninfo);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Runs one statement with text parameters $1, $2, ...; a failure carries the server's message and SQLSTATE.
    Result<Rows> exec(const QString &sql, const QList<QByteArray> &params = {});
    // Several statements without parameters (a schema).
    Result<void> script(const QString &sql);
    bool isHealthy() const;
    // Connects again after the server went away; a transaction that was open is gone.
    bool reset();
    // The SQLSTATE of the last failure ("23505" for a unique violation), empty if none.
    QString lastState() const { return m_lastState; }

private:
    explicit Connection(pg_conn *conn) : m_conn(conn) {}
    Result<Rows> check(pg_result *result);

    pg_conn *m_conn = nullptr;
    QString m_lastState;
};

// A bounded set of connections shared by a server's threads. acquire() waits while all are taken; a connection
// found broken is reconnected before it is handed out.
class Pool
{
public:
    class Lease
    {
    public:
        Lease(Pool &pool, std::unique_ptr<Connection> conn) : m_pool(&pool), m_conn(std::move(conn)) {}
        Lease(Lease &&) = default;
        ~Lease();
        Connection &operator*() const { return *m_conn; }
        Connection *operator->() const { return m_conn.get(); }

    private:
        Pool *m_pool;
        std::unique_ptr<Connection> m_conn;
    };

    // Opens one connection at once, so that a wrong address or password is said at start, not at the first request.
    static Result<std::unique_ptr<Pool>> open(const QString &conninfo, int size);
    Result<Lease> acquire();

private:
    Pool(QString conninfo, int size) : m_conninfo(std::move(conninfo)), m_size(size) {}
    void release(std::unique_ptr<Connection> conn);

    QString m_conninfo;
    int m_size;
    int m_open = 0;
    std::vector<std::unique_ptr<Connection>> m_idle;
    std::mutex m_mutex;
    std::condition_variable m_returned;
};

// True for the addresses `open` understands as PostgreSQL rather than a file path.
bool isConnectionString(const QString &text);

} // namespace rakkan::pg
