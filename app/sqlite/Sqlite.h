#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace rakkan::sql {

// The SQLite library in use (for Help > About and bug reports).
QString libraryVersion();

class Database;
struct Deadline;

// What a database's users read when it fails, as whole sentences. The defaults speak of "the database"; an owner
// with its own name for it (the catalogue, the hub's store) says it in its own words by overriding them. A detail
// from SQLite, in English, may follow the sentence.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::sql::Wording)

public:
    virtual ~Wording() = default;
    virtual QString locked() const;
    virtual QString diskFull() const;
    virtual QString notADatabase() const;
    virtual QString damaged() const;
    virtual QString cannotOpen() const;
    virtual QString readOnly() const;
    virtual QString diskError() const;
    virtual QString refused() const;
    virtual QString failed() const;
    virtual QString interrupted() const;
};

// Bounds for a database that came from outside (the one inside a CLIP Studio file): what a hostile file could make
// SQLite spend. Checked by SQLite itself; a query that runs out of time is interrupted.
struct ForeignLimits
{
    qint64 maxValueBytes = 256 << 20; // one blob or string
    int maxMilliseconds = 5000;       // for every statement together
};

// A prepared statement. Owned by value; finalised when it goes out of scope.
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // Binds NULL for an empty string: optional text columns store NULL, not ''.
    Statement &bindTextOrNull(int index, const QString &value);

    // True while a row is available; false once done. An error ends iteration.
    Result<bool> step();
    // Runs a statement that returns no rows.
    Result<void> exec();
    // The first column of the single row a query like "SELECT count(*)" returns.
    Result<qint64> scalarInt64();
    // Calls onRow for each row; stops at, and returns, the first error.
    template <typename F> Result<void> forEachRow(F onRow)
    {
        while (true) {
            RAKKAN_TRY(auto row, step());
            if (!row)
                return {};
            onRow(*this);
        }
    }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// One connection to a SQLite file. Used from one thread at a time; each thread that reads or writes the catalogue
// opens its own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::sql::Database)

public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode,
                                                  std::shared_ptr<const Wording> wording = {});
    // A private, read-only database over bytes that came from outside (CLIP Studio files embed one), opened
    // defensively: no writes, triggers, views or attached files; the schema is not trusted; values and run time
    // are bounded. The bytes must outlive it.
    static Result<std::unique_ptr<Database>> openForeign(const QByteArray &bytes, const ForeignLimits &limits = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<void> exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    // The first column of the first row (empty when there is none), with the statement finished before return:
    // a statement left pending would block schema changes on this connection.
    Result<QString> queryText(const QString &sql);
    qint64 lastInsertId() const;
    int changes() const;

    // Copies the whole database, as of one moment, into a new file at `path` (which must not exist) with SQLite's
    // online backup API: other connections go on reading and writing meanwhile. The copy is synced to disk before
    // this returns; a failed copy leaves no file behind.
    Result<void> backupTo(const QString &path);

    // SQLite's own check of the file: `quick` (PRAGMA quick_check: every page readable, every record well formed)
    // or full (integrity_check: also every index matches its table). Empty when the file is sound, else SQLite's
    // findings, at most `limit` of them.
    enum class CheckDepth { Quick, Full };
    Result<QStringList> check(CheckDepth depth, int limit = 20);
    QString path() const { return m_path; }

    // Turns the connection's last error into an Error with a message the user understands.
    Error lastError() const;
    Error errorFor(int sqliteCode) const;

    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path, std::shared_ptr<const Wording> wording);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<const Wording> m_wording;
    std::unique_ptr<Deadline> m_deadline; // foreign databases only
};

// A unit of writes that lands whole or not at all. Outside a transaction begin() issues BEGIN IMMEDIATE (taking the
// write lock up front, so a conflicting writer is seen at begin(), never half-way through); inside one it opens a
// savepoint, so that store methods compose into larger batches. The destructor undoes whatever was not committed.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db) {}
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    Database &m_db;
    bool m_open = false;
    QString m_savepoint; // empty for a top-level transaction
};

} // namespace rakkan::sql
