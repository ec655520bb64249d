// Backups of the catalogue: made with SQLite's online backup API while the catalogue is in use, kept to a number,
// made daily and before upgrades; damage found at open; a restore that checks the copy, keeps the file it replaces,
// and is finished at the next open when a crash cut it short.

#include "catalog/Catalog.h"
#include "catalog/CatalogBackups.h"
#include "common/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::catalog;
using rakkan::test::scalar;

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void copiesAreWholeAndKeptToANumber();
    void copyIsOneMomentWhileAnotherConnectionWrites();
    void dailyAtStartOnlyWhenDue();
    void damageIsFoundAtOpenAndRestoreBringsTheWorksBack();
    void damagedBackupIsNotRestored();
    void restoreCutShortIsFinishedAtOpen();
    void integrityCheckOnDemand();

private:
    QString catalogPath() const { return m_dir->filePath(QStringLiteral("studio.rakkan")); }
    std::unique_ptr<Catalog> catalogWithWorks(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Catalog> TestBackups::catalogWithWorks(int count)
{
    auto catalog = Catalog::open(catalogPath());
    if (!catalog.ok())
        return nullptr;
    for (int i = 0; i < count; ++i)
        if (!(*catalog)->works().create(QStringLiteral("作品 %1").arg(i), WorkKind::Illustration).ok())
            return nullptr;
    return std::move(catalog).value();
}

void TestBackups::copiesAreWholeAndKeptToANumber()
{
    auto catalog = catalogWithWorks(40);
    QVERIFY(catalog);
    QCOMPARE(*catalog->backupsToKeep(), CatalogBackups::kDefaultKeep);
    RAKKAN_VERIFY_OK(catalog->setBackupsToKeep(3));
    RAKKAN_VERIFY_ERROR(catalog->setBackupsToKeep(0), ErrorCode::InvalidArgument);
    QCOMPARE(*catalog->backupsToKeep(), 3);

    CatalogBackups backups(catalog->path());
    QVERIFY(backups.list().isEmpty());
    QVERIFY(backups.dailyDue());
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto backup = backups.create(catalog->database(), CatalogBackup::Reason::Manual, *catalog->backupsToKeep());
        RAKKAN_VERIFY_OK(backup);
        QVERIFY(backup->bytes > 0);
        made << backup->path;
    }
    const QList<CatalogBackup> kept = backups.list();
    QCOMPARE(kept.size(), 3);
    // Newest first, the two oldest gone, no temporary file left.
    QCOMPARE(kept[0].path, made[4]);
    QCOMPARE(kept[2].path, made[2]);
    QVERIFY(!QFileInfo::exists(made[0]));
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), 3);
    QVERIFY(!backups.dailyDue());

    // Each copy is a whole catalogue that opens alone, without a log beside it.
    auto copy = sql::Database::open(kept[0].path, sql::Database::Mode::ReadOnly);
    RAKKAN_VERIFY_OK(copy);
    QCOMPARE(scalar(**copy, QStringLiteral("SELECT count(*) FROM works")), qint64(40));
    QCOMPARE(scalar(**copy, QStringLiteral("PRAGMA application_id")), qint64(0x52414B4E));
    QVERIFY(!QFileInfo::exists(kept[0].path + QStringLiteral("-wal")));
}

void TestBackups::copyIsOneMomentWhileAnotherConnectionWrites()
{
    auto catalog = catalogWithWorks(10);
    QVERIFY(catalog);
    auto writer = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(writer);
    // A write begun on another connection, not committed: the copy has the state before it.
    sql::Transaction tx((*writer)->database());
    RAKKAN_VERIFY_OK(tx.begin());
    RAKKAN_VERIFY_OK((*writer)->works().create(QStringLiteral("half-way"), WorkKind::Sketch));
    auto backup = CatalogBackups(catalogPath()).create(catalog->database(), CatalogBackup::Reason::Manual);
    RAKKAN_VERIFY_OK(backup);
    RAKKAN_VERIFY_OK(tx.commit());
    auto copy = sql::Database::open(backup->path, sql::Database::Mode::ReadOnly);
    RAKKAN_VERIFY_OK(copy);
    QCOMPARE(scalar(**copy, QStringLiteral("SELECT count(*) FROM works")), qint64(10));
    QCOMPARE(scalar(catalog->database(), QStringLiteral("SELECT count(*) FROM works")), qint64(11));
}

void TestBackups::dailyAtStartOnlyWhenDue()
{
    {
        // A catalogue created by this open has nothing to keep yet.
        auto fresh = Catalog::open(catalogPath(), Catalog::Access::ReadWrite, Catalog::Upkeep::AtStart);
        RAKKAN_VERIFY_OK(fresh);
        RAKKAN_VERIFY_OK((*fresh)->works().create(QStringLiteral("一枚目"), WorkKind::Illustration));
    }
    CatalogBackups backups(catalogPath());
    QVERIFY(backups.list().isEmpty());
    // A worker's open never makes one.
    RAKKAN_VERIFY_OK(Catalog::open(catalogPath()));
    QVERIFY(backups.list().isEmpty());

    auto used = Catalog::open(catalogPath(), Catalog::Access::ReadWrite, Catalog::Upkeep::AtStart);
    RAKKAN_VERIFY_OK(used);
    QVERIFY((*used)->upkeepWarning().isEmpty());
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(int(backups.list().first().reason), int(CatalogBackup::Reason::Daily));
    used->reset();
    RAKKAN_VERIFY_OK(Catalog::open(catalogPath(), Catalog::Access::ReadWrite, Catalog::Upkeep::AtStart));
    QCOMPARE(backups.list().size(), 1); // not due again the same day
    QVERIFY(backups.dailyDue(QDateTime::currentDateTimeUtc().addSecs(CatalogBackups::kDailySeconds + 60)));
}

void TestBackups::damageIsFoundAtOpenAndRestoreBringsTheWorksBack()
{
    {
        auto catalog = catalogWithWorks(300);
        QVERIFY(catalog);
        RAKKAN_VERIFY_OK(CatalogBackups(catalogPath()).create(catalog->database(), CatalogBackup::Reason::Manual));
    }
    QVERIFY(test::overwriteTablePage(catalogPath(), QStringLiteral("works")));

    auto damaged = Catalog::open(catalogPath(), Catalog::Access::ReadWrite, Catalog::Upkeep::AtStart);
    RAKKAN_VERIFY_ERROR(damaged, ErrorCode::Corrupt);
    QVERIFY2(damaged.error().message.contains(QStringLiteral("damaged")), qPrintable(damaged.error().message));

    CatalogBackups backups(catalogPath());
    auto latest = backups.latestSound();
    RAKKAN_VERIFY_OK(latest);
    const QByteArray damagedBytes = test::readFile(catalogPath());
    auto replaced = backups.restore(*latest);
    RAKKAN_VERIFY_OK(replaced);
    // The damaged file is kept, byte for byte, under a name that says what it was.
    QVERIFY(replaced->contains(QStringLiteral(".replaced-")));
    QCOMPARE(test::readFile(*replaced), damagedBytes);
    QVERIFY(!QFileInfo::exists(catalogPath() + QStringLiteral(".restoring")));

    auto restored = Catalog::open(catalogPath(), Catalog::Access::ReadWrite, Catalog::Upkeep::AtStart);
    RAKKAN_VERIFY_OK(restored);
    QCOMPARE(scalar((*restored)->database(), QStringLiteral("SELECT count(*) FROM works")), qint64(300));
    RAKKAN_VERIFY_OK((*restored)->works().create(QStringLiteral("after the restore"), WorkKind::Sketch));
}

void TestBackups::damagedBackupIsNotRestored()
{
    {
        auto catalog = catalogWithWorks(300);
        QVERIFY(catalog);
        RAKKAN_VERIFY_OK(CatalogBackups(catalogPath()).create(catalog->database(), CatalogBackup::Reason::Manual));
    }
    CatalogBackups backups(catalogPath());
    const CatalogBackup only = backups.list().first();
    QVERIFY(test::overwriteTablePage(only.path, QStringLiteral("works")));
    RAKKAN_VERIFY_ERROR(backups.latestSound(), ErrorCode::NotFound);
    const QByteArray before = test::readFile(catalogPath());
    RAKKAN_VERIFY_ERROR(backups.restore(only), ErrorCode::Corrupt);
    QCOMPARE(test::readFile(catalogPath()), before);
    QVERIFY(!QFileInfo::exists(catalogPath() + QStringLiteral(".restoring")));
}

// The restore's steps, each the last one a crash allowed: the next open finishes it, never an empty catalogue.
void TestBackups::restoreCutShortIsFinishedAtOpen()
{
    {
        auto catalog = catalogWithWorks(5);
        QVERIFY(catalog);
        auto backup = CatalogBackups(catalogPath()).create(catalog->database(), CatalogBackup::Reason::Manual);
        RAKKAN_VERIFY_OK(backup);
        RAKKAN_VERIFY_OK(catalog->works().create(QStringLiteral("after the backup"), WorkKind::Sketch));
        // Killed after the copy was complete beside the catalogue and the log was put aside, before the rest.
        QVERIFY(QFile::copy(backup->path, catalogPath() + QStringLiteral(".restoring")));
        QVERIFY(QFile::copy(catalogPath() + QStringLiteral("-wal"),
                            catalogPath() + QStringLiteral(".replaced-20261207-000000000-wal")));
        // (The connection still open is this process's; the files it had are what a killed one leaves.)
    }
    QFile::remove(catalogPath() + QStringLiteral("-wal"));
    QFile::remove(catalogPath() + QStringLiteral("-shm"));

    auto reopened = Catalog::open(catalogPath(), Catalog::Access::ReadWrite, Catalog::Upkeep::AtStart);
    RAKKAN_VERIFY_OK(reopened);
    QCOMPARE(scalar((*reopened)->database(), QStringLiteral("SELECT count(*) FROM works")), qint64(5));
    // The file it replaced joined the log that was set aside for it.
    const QString replaced = catalogPath() + QStringLiteral(".replaced-20261207-000000000");
    QVERIFY(QFileInfo::exists(replaced));
    QVERIFY(!QFileInfo::exists(catalogPath() + QStringLiteral(".restoring")));
}

void TestBackups::integrityCheckOnDemand()
{
    {
        auto catalog = catalogWithWorks(300);
        QVERIFY(catalog);
        auto findings = catalog->database().check(sql::Database::CheckDepth::Full);
        RAKKAN_VERIFY_OK(findings);
        QVERIFY(findings->isEmpty());
    }
    QVERIFY(test::overwriteTablePage(catalogPath(), QStringLiteral("works")));
    auto db = sql::Database::open(catalogPath(), sql::Database::Mode::ReadOnly);
    RAKKAN_VERIFY_OK(db);
    auto findings = (*db)->check(sql::Database::CheckDepth::Full, 3);
    // Either SQLite lists what it found, or the damage stops the check itself: both say "damaged", never "ok".
    if (findings.ok())
        QVERIFY(!findings->isEmpty() && findings->size() <= 3);
    else
        QCOMPARE(errorCodeName(findings.error().code), errorCodeName(ErrorCode::Corrupt));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
