#include "catalog/CatalogBackups.h"

#include "catalog/Catalog.h"
#include "catalog/CatalogWording.h"
#include "catalog/Schema.h"
#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace rakkan::catalog {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(kStampFormat);
}

const QRegularExpression &backupName()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{8}-\\d{9})-(manual|daily|upgrade)\\.rakkan$"));
    return re;
}

std::optional<CatalogBackup::Reason> reasonFromName(const QString &name)
{
    for (auto reason :
         {CatalogBackup::Reason::Manual, CatalogBackup::Reason::Daily, CatalogBackup::Reason::BeforeUpgrade})
        if (CatalogBackups::reasonName(reason) == name)
            return reason;
    return std::nullopt;
}

bool renameIfPresent(const QString &from, const QString &to)
{
    return !QFileInfo::exists(from) || QFile::rename(from, to);
}

} // namespace

CatalogBackups::CatalogBackups(QString catalogPath)
    : m_catalogPath(catalogPath.isEmpty() ? catalogPath : QFileInfo(catalogPath).absoluteFilePath())
{}

QString CatalogBackups::folder() const
{
    return m_catalogPath + QStringLiteral(".backups");
}

QString CatalogBackups::reasonName(CatalogBackup::Reason reason)
{
    switch (reason) {
    case CatalogBackup::Reason::Manual:
        return QStringLiteral("manual");
    case CatalogBackup::Reason::Daily:
        return QStringLiteral("daily");
    case CatalogBackup::Reason::BeforeUpgrade:
        return QStringLiteral("upgrade");
    }
    return QStringLiteral("manual");
}

QString CatalogBackups::reasonText(CatalogBackup::Reason reason)
{
    switch (reason) {
    case CatalogBackup::Reason::Manual:
        return tr("made by hand");
    case CatalogBackup::Reason::Daily:
        return tr("daily");
    case CatalogBackup::Reason::BeforeUpgrade:
        return tr("before a format upgrade");
    }
    return {};
}

Result<CatalogBackup> CatalogBackups::create(sql::Database &db, CatalogBackup::Reason reason, int keep)
{
    if (!QDir().mkpath(folder()))
        return makeError(ErrorCode::PermissionDenied, tr("Could not create the backups folder %1.").arg(folder()));
    QDateTime now = QDateTime::currentDateTimeUtc();
    // Two copies in one millisecond (a test, a script) must not share a name.
    for (const CatalogBackup &existing : list())
        if (existing.created >= now)
            now = existing.created.addMSecs(1);
    const QString name = QStringLiteral("%1-%2.rakkan").arg(stamp(now), reasonName(reason));
    const QString finalPath = QDir(folder()).filePath(name);
    const QString partial = finalPath + QStringLiteral(".partial");
    QFile::remove(partial); // left by a copy that was killed
    auto copied = db.backupTo(partial);
    if (!copied.ok())
        return makeError(copied.error().code,
                         tr("Could not back up the catalogue to %1: %2").arg(folder(), copied.error().message));
    if (!QFile::rename(partial, finalPath)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, tr("Could not name the backup %1.").arg(finalPath));
    }
    // Beyond the newest `keep`, oldest first. A failed removal only leaves one copy too many.
    const QList<CatalogBackup> all = list();
    for (qsizetype i = std::max(1, keep); i < all.size(); ++i)
        QFile::remove(all[i].path);

    CatalogBackup made;
    made.path = finalPath;
    made.created = now;
    made.reason = reason;
    made.bytes = QFileInfo(finalPath).size();
    return made;
}

QList<CatalogBackup> CatalogBackups::list() const
{
    QList<CatalogBackup> found;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.rakkan")}, QDir::Files)) {
        const auto match = backupName().match(info.fileName());
        if (!match.hasMatch())
            continue;
        CatalogBackup backup;
        backup.path = info.absoluteFilePath();
        backup.created = QDateTime::fromString(match.captured(1), kStampFormat);
        backup.created.setTimeZone(QTimeZone::utc());
        backup.reason = reasonFromName(match.captured(2)).value_or(CatalogBackup::Reason::Manual);
        backup.bytes = info.size();
        if (backup.created.isValid())
            found << backup;
    }
    std::sort(found.begin(), found.end(),
              [](const CatalogBackup &a, const CatalogBackup &b) { return a.created > b.created; });
    return found;
}

bool CatalogBackups::dailyDue(const QDateTime &now) const
{
    const QList<CatalogBackup> all = list();
    return all.isEmpty() || all.first().created.secsTo(now) >= kDailySeconds;
}

Result<std::optional<CatalogBackup>> CatalogBackups::makeDailyIfDue(const QString &catalogPath)
{
    CatalogBackups backups(catalogPath);
    if (!backups.dailyDue())
        return std::optional<CatalogBackup>();
    RAKKAN_TRY(auto catalog, Catalog::open(catalogPath, Catalog::Access::ReadOnly));
    RAKKAN_TRY(const int keep, catalog->backupsToKeep());
    RAKKAN_TRY(CatalogBackup made, backups.create(catalog->database(), CatalogBackup::Reason::Daily, keep));
    return std::optional<CatalogBackup>(made);
}

Result<CatalogBackup> CatalogBackups::latestSound() const
{
    for (const CatalogBackup &backup : list()) {
        auto db =
            sql::Database::open(backup.path, sql::Database::Mode::ReadOnly, std::make_shared<const CatalogWording>());
        if (!db.ok() || !Schema::checkIsCatalog(**db).ok())
            continue;
        auto findings = (*db)->check(sql::Database::CheckDepth::Full);
        if (findings.ok() && findings->isEmpty())
            return backup;
    }
    return makeError(ErrorCode::NotFound, tr("There is no sound backup of this catalogue in %1.").arg(folder()));
}

QString CatalogBackups::stagingPath(const QString &catalogPath)
{
    return catalogPath + QStringLiteral(".restoring");
}

Result<QString> CatalogBackups::restore(const CatalogBackup &backup)
{
    {
        RAKKAN_TRY(auto db, sql::Database::open(backup.path, sql::Database::Mode::ReadOnly,
                                                std::make_shared<const CatalogWording>()));
        auto isCatalog = Schema::checkIsCatalog(*db);
        if (!isCatalog.ok())
            return makeError(isCatalog.error().code,
                             tr("The backup %1 cannot be restored: %2").arg(backup.path, isCatalog.error().message));
        RAKKAN_TRY(auto findings, db->check(sql::Database::CheckDepth::Full));
        if (!findings.isEmpty())
            return makeError(
                ErrorCode::Corrupt,
                tr("The backup %1 is damaged too (%2); choose an older one.").arg(backup.path, findings.first()));
    }
    RAKKAN_TRY(copyFileAtomically(backup.path, stagingPath(m_catalogPath)));
    return putInPlace(m_catalogPath);
}

Result<QString> CatalogBackups::finishInterruptedRestore(const QString &catalogPath)
{
    if (!QFileInfo::exists(stagingPath(catalogPath)))
        return QString();
    return putInPlace(catalogPath);
}

Result<QString> CatalogBackups::putInPlace(const QString &catalogPath)
{
    const QString wal = catalogPath + QStringLiteral("-wal");
    // A log set aside by an earlier, interrupted attempt names the file its catalogue is to join.
    const QFileInfo info(catalogPath);
    QString replaced;
    const QString prefix = info.fileName() + QStringLiteral(".replaced-");
    for (const QString &name : info.dir().entryList({prefix + QStringLiteral("*-wal")}, QDir::Files)) {
        const QString main = info.dir().filePath(name.chopped(4));
        if (!QFileInfo::exists(main))
            replaced = main;
    }
    if (replaced.isEmpty())
        replaced = catalogPath + QStringLiteral(".replaced-") + stamp(QDateTime::currentDateTimeUtc());
    const bool hadCatalog = QFileInfo::exists(catalogPath);

    // The log first: a catalogue without its log is a consistent older state, the restored file with the old log
    // would be damage.
    const bool walAside = renameIfPresent(wal, replaced + QStringLiteral("-wal"));
    if (!walAside || !renameIfPresent(catalogPath, replaced)) {
        if (walAside)
            renameIfPresent(replaced + QStringLiteral("-wal"), wal);
        QFile::remove(stagingPath(catalogPath));
        return makeError(ErrorCode::Io, tr("Could not put the catalogue %1 aside; close every program using it and "
                                           "try again. The backup was not restored.")
                                            .arg(catalogPath));
    }
    QFile::remove(catalogPath + QStringLiteral("-shm")); // an index of the old log, rebuilt on open
    if (!QFile::rename(stagingPath(catalogPath), catalogPath))
        return makeError(ErrorCode::Io,
                         tr("Could not move the restored copy %1 into place.").arg(stagingPath(catalogPath)));
    return hadCatalog ? replaced : QString();
}

} // namespace rakkan::catalog
