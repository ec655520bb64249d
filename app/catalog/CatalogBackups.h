#pragma once

#include "core/Result.h"
#include "sqlite/Sqlite.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rakkan::catalog {

// One copy of the catalogue kept in its backups folder.
struct CatalogBackup
{
    enum class Reason { Manual, Daily, BeforeUpgrade };

    QString path;
    QDateTime created; // UTC, read back from the file name
    Reason reason = Reason::Manual;
    qint64 bytes = 0;
};

// Rolling copies of one catalogue, made with SQLite's online backup API into a folder beside it
// ("catalog.rakkan.backups"): before every format upgrade, once a day while the catalogue is used, and whenever
// the user asks. The newest `keep` are kept (a number the catalogue remembers).
//
// A copy is written under a temporary name and renamed when complete, so a crash never leaves a half copy that looks
// whole. A restore never deletes anything: the catalogue it replaces is kept beside it, renamed.
class CatalogBackups
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::catalog::CatalogBackups)

public:
    static constexpr int kDefaultKeep = 10;
    static constexpr qint64 kDailySeconds = 24 * 3600;

    explicit CatalogBackups(QString catalogPath);

    QString catalogPath() const { return m_catalogPath; }
    QString folder() const;

    // Copies the catalogue `db` is connected to, then removes the oldest copies beyond `keep`.
    Result<CatalogBackup> create(sql::Database &db, CatalogBackup::Reason reason, int keep = kDefaultKeep);
    // Newest first. A folder that does not exist yet holds no copies.
    QList<CatalogBackup> list() const;
    // True when no copy was made in the last day.
    bool dailyDue(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The day's backup of the catalogue at `catalogPath` when one is due, made through a read-only connection of
    // its own (writers go on meanwhile); nothing when none is due.
    static Result<std::optional<CatalogBackup>> makeDailyIfDue(const QString &catalogPath);

    // The newest copy SQLite's integrity check finds sound (copies of an already damaged catalogue are skipped);
    // NotFound when there is none.
    Result<CatalogBackup> latestSound() const;
    // Checks `backup` in full, copies it beside the catalogue, then puts the copy in the catalogue's place. The
    // catalogue it replaces (and its write-ahead log) is kept beside it as "<name>.replaced-<time>"; that name is
    // returned (empty when there was no catalogue). Nothing may have the catalogue open meanwhile: the GUI closes
    // its own connection first.
    Result<QString> restore(const CatalogBackup &backup);
    // Once the copy is complete beside the catalogue the restore is decided: a crash after that point is finished
    // at the next open, so the catalogue is never left missing (and silently re-created empty) nor paired with the
    // write-ahead log of the file it replaced.
    static Result<QString> finishInterruptedRestore(const QString &catalogPath);

    static QString reasonName(CatalogBackup::Reason reason);
    static QString reasonText(CatalogBackup::Reason reason);

private:
    static QString stagingPath(const QString &catalogPath);
    static Result<QString> putInPlace(const QString &catalogPath);

    QString m_catalogPath;
};

} // namespace rakkan::catalog
