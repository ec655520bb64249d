#include "sqlite/Sqlite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace rakkan::sql {

QString libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Wording::locked() const
{
    return tr("The database is in use by another program and stayed locked. Close the other program or try again in "
              "a moment.");
}

QString Wording::diskFull() const
{
    return tr("The disk holding the database is full. Nothing was saved from this step; free some space and try "
              "again.");
}

QString Wording::notADatabase() const
{
    return tr("This file is not a database Rakkan can read.");
}

QString Wording::damaged() const
{
    return tr("The database file is damaged.");
}

QString Wording::cannotOpen() const
{
    return tr("The database file could not be opened. Check that the folder exists and that you may write to it.");
}

QString Wording::readOnly() const
{
    return tr("You do not have permission to change this database.");
}

QString Wording::diskError() const
{
    return tr("The disk reported an error while reading or writing the database.");
}

QString Wording::refused() const
{
    return tr("The database refused the change because it would break its rules.");
}

QString Wording::failed() const
{
    return tr("The database reported an error.");
}

QString Wording::interrupted() const
{
    return tr("Reading the database took too long and was stopped.");
}

// The time a foreign database may take, checked by SQLite every few thousand virtual machine steps.
struct Deadline
{
    QElapsedTimer started;
    qint64 maxMilliseconds = 0;
};

namespace {

int stopAtDeadline(void *deadline)
{
    const auto *d = static_cast<const Deadline *>(deadline);
    return d->started.elapsed() > d->maxMilliseconds ? 1 : 0;
}

const std::shared_ptr<const Wording> &neutralWording()
{
    static const auto wording = std::make_shared<const Wording>();
    return wording;
}

} // namespace

Statement::Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    // A null QByteArray would bind NULL; an empty blob is a real, empty value.
    sqlite3_bind_blob(m_stmt, index, blob.isNull() ? "" : blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindTextOrNull(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->errorFor(rc);
}

Result<void> Statement::exec()
{
    RAKKAN_TRY(step());
    return {};
}

Result<qint64> Statement::scalarInt64()
{
    RAKKAN_TRY(auto row, step());
    if (!row)
        return makeError(ErrorCode::Database, m_db->errorFor(SQLITE_ERROR).message);
    return int64(0);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Database::Database(sqlite3 *db, QString path, std::shared_ptr<const Wording> wording)
    : m_db(db), m_path(std::move(path)), m_wording(wording ? std::move(wording) : neutralWording())
{}

Database::~Database()
{
    // close_v2 defers the close until every statement is finalised, so no ordering bug can leak the handle.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode, std::shared_ptr<const Wording> wording)
{
    int flags = SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &handle, flags, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path, std::move(wording)));
    if (rc != SQLITE_OK) {
        if (!handle)
            return makeError(ErrorCode::Database, tr("SQLite could not allocate a connection."));
        return db->errorFor(rc);
    }
    sqlite3_extended_result_codes(handle, 1);
    // A catalogue is a file the user may have been sent or restored from anywhere: like the databases inside
    // files, it gets no power to corrupt itself on request (writable_schema, shadow tables, fts3_tokenizer) and
    // no extension can be loaded. (Its schema stays trusted: its own CHECK constraints call json_valid(), which
    // SQLite 3.40 does not mark innocuous.)
    int unused = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    return db;
}

Result<std::unique_ptr<Database>> Database::openForeign(const QByteArray &bytes, const ForeignLimits &limits)
{
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(handle);
        return makeError(ErrorCode::Database, tr("SQLite could not allocate a connection."));
    }
    std::unique_ptr<Database> db(new Database(handle, QString(), {}));
    sqlite3_extended_result_codes(handle, 1);
    // Before the bytes are read: a hostile schema must not run code (triggers, views, functions in the schema) nor
    // write anything, whatever it declares.
    int unused = 0;
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &unused);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, int(std::clamp<qint64>(limits.maxValueBytes, 1, 0x7fffffff)));
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(handle, SQLITE_LIMIT_COLUMN, 500);
    sqlite3_limit(handle, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(handle, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(handle, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(handle, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(handle, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(handle, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    db->m_deadline = std::make_unique<Deadline>();
    db->m_deadline->maxMilliseconds = limits.maxMilliseconds;
    db->m_deadline->started.start();
    sqlite3_progress_handler(handle, 1000, &stopAtDeadline, db->m_deadline.get());

    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.constData()));
    const int rc = sqlite3_deserialize(handle, "main", data, bytes.size(), bytes.size(), SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return db->errorFor(rc);
    // Damage shows as an error rather than as wrong values, and nothing can be changed.
    RAKKAN_TRY(db->exec(QStringLiteral("PRAGMA cell_size_check = ON")));
    RAKKAN_TRY(db->exec(QStringLiteral("PRAGMA query_only = ON")));
    return db;
}

Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc);
    return Statement(this, stmt);
}

Result<QString> Database::queryText(const QString &sql)
{
    RAKKAN_TRY(auto stmt, prepare(sql));
    RAKKAN_TRY(auto row, stmt.step());
    return row ? stmt.text(0) : QString();
}

Result<void> Database::backupTo(const QString &path)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Conflict, tr("%1 already exists.").arg(path));
    sqlite3 *target = nullptr;
    const QByteArray utf8 = path.toUtf8();
    int rc = sqlite3_open_v2(utf8.constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    // The copy's errors are the target's (a full disk shows there), spoken of as the source's owner would.
    std::unique_ptr<Database> copy(new Database(target, path, m_wording));
    auto fail = [&](int code) {
        const Error error = copy->m_db ? copy->errorFor(code) : errorFor(code);
        copy.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-journal"));
        return error;
    };
    if (rc != SQLITE_OK)
        return fail(rc);
    sqlite3_extended_result_codes(target, 1);
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup)
        return fail(sqlite3_extended_errcode(target));
    // One step: the copy is read in one read transaction, so it is one consistent moment of the source even while
    // another connection writes; in WAL mode that writer is never blocked by it.
    rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(rc == SQLITE_OK ? SQLITE_ERROR : rc);
    if (finished != SQLITE_OK)
        return fail(finished);
    // The source's header says WAL; a backup is a single file that opens anywhere, read-only included, without a
    // -wal and -shm beside it. (The copy itself was committed with a full sync, SQLite's default for it.)
    if (rc = sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr); rc != SQLITE_OK)
        return fail(sqlite3_extended_errcode(target));
    copy.reset();
    return {};
}

Result<QStringList> Database::check(CheckDepth depth, int limit)
{
    const QString pragma =
        depth == CheckDepth::Quick ? QStringLiteral("quick_check") : QStringLiteral("integrity_check");
    RAKKAN_TRY(auto stmt, prepare(QStringLiteral("PRAGMA %1(%2)").arg(pragma).arg(std::max(1, limit))));
    QStringList findings;
    bool sound = true;
    RAKKAN_TRY(stmt.forEachRow([&](Statement &row) {
        const QString text = row.text(0);
        if (text == QLatin1String("ok"))
            return;
        sound = false;
        // One row may hold several lines under a "*** in database main ***" heading, which says nothing to a user.
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("***")))
                findings << line.trimmed();
    }));
    if (!sound && findings.isEmpty())
        findings << tr("damage SQLite did not describe");
    return findings;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError() const
{
    return errorFor(sqlite3_extended_errcode(m_db));
}

Error Database::errorFor(int sqliteCode) const
{
    // SQLite's own words are English: they follow the translated sentence as a detail, never replace it.
    const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(sqliteCode));
    auto withDetail = [&](const QString &sentence) { return tr("%1 (%2)").arg(sentence, detail); };
    const Wording &say = *m_wording;
    switch (sqliteCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Locked, say.locked());
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull, say.diskFull());
    case SQLITE_NOTADB:
        return makeError(ErrorCode::NotACatalog, say.notADatabase());
    case SQLITE_CORRUPT:
        return makeError(ErrorCode::Corrupt, withDetail(say.damaged()));
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::NotFound, say.cannotOpen());
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return makeError(ErrorCode::PermissionDenied, say.readOnly());
    case SQLITE_IOERR:
        return makeError(ErrorCode::Io, withDetail(say.diskError()));
    case SQLITE_CONSTRAINT:
        return makeError(ErrorCode::InvalidArgument, withDetail(say.refused()));
    case SQLITE_INTERRUPT:
        return makeError(ErrorCode::TooLarge, say.interrupted());
    case SQLITE_TOOBIG:
        return makeError(ErrorCode::TooLarge, withDetail(say.failed()));
    default:
        return makeError(ErrorCode::Database, withDetail(say.failed()));
    }
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::begin()
{
    if (sqlite3_get_autocommit(m_db.handle())) {
        RAKKAN_TRY(m_db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    } else {
        static std::atomic<quint64> counter{0};
        m_savepoint = QStringLiteral("sp%1").arg(++counter);
        RAKKAN_TRY(m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint));
    }
    m_open = true;
    return {};
}

Result<void> Transaction::commit()
{
    auto r = m_db.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (!r.ok()) {
        // A failed COMMIT (disk full, for one) may leave the transaction open: end it so that nothing half-done
        // stays pending on this connection.
        rollback();
        return r.error();
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    } else if (!sqlite3_get_autocommit(m_db.handle())) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
}

} // namespace rakkan::sql
