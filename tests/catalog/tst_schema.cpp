#include "catalog/Catalog.h"
#include "catalog/CatalogBackups.h"
#include "catalog/Schema.h"
#include "cataloguing/WorkEditor.h"
#include "common/TestSupport.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::catalog;
using rakkan::test::scalar;

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void freshCatalogueReachesCurrentVersion();
    void migratesFromVersion1KeepingDataAndBackup();
    void failedMigrationStepRollsBack();
    void refusesNewerIncompatibleCatalogue();
    void opensNewerCompatibleCatalogueWithoutDowngrading();
    void refusesForeignDatabaseUntouched();
    void refusesForeignDatabaseWithUserVersion();
    void refusesRandomBytesUntouched();
    void walIsOn();
    void foreignKeysAreEnforced();
    void readOnlyNeverCreates();

private:
    QString catalogPath(const QString &name = QStringLiteral("catalog.rakkan")) const { return m_dir->filePath(name); }
    static std::unique_ptr<sql::Database> openRaw(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSchema::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<sql::Database> TestSchema::openRaw(const QString &path)
{
    auto db = sql::Database::open(path, sql::Database::Mode::ReadWriteCreate);
    return db.ok() ? std::move(db).value() : nullptr;
}

void TestSchema::freshCatalogueReachesCurrentVersion()
{
    auto catalog = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(catalog);
    auto version = Schema::version((*catalog)->database());
    RAKKAN_VERIFY_OK(version);
    QCOMPARE(*version, Schema::kCurrentVersion);
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("PRAGMA application_id")), qint64(Schema::kApplicationId));
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("SELECT value FROM meta WHERE key = 'min_reader_version'")),
             qint64(Schema::migrations().constLast().minReaderVersion));
    // A new catalogue has nothing to back up.
    QVERIFY(CatalogBackups(catalogPath()).list().isEmpty());

    // Opening again is a no-op, not a second migration.
    catalog->reset();
    auto again = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(again);
    QCOMPARE(scalar((*again)->database(), QStringLiteral("PRAGMA user_version")), qint64(Schema::kCurrentVersion));
}

void TestSchema::migratesFromVersion1KeepingDataAndBackup()
{
    {
        auto db = openRaw(catalogPath());
        QVERIFY(db);
        RAKKAN_VERIFY_OK(Schema::migrate(*db, 1));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")), qint64(1));
        RAKKAN_VERIFY_OK(
            db->exec(QStringLiteral("INSERT INTO works (id, title, kind) VALUES (7, '夜明けの街', 'manga_chapter');"
                                    "INSERT INTO tags (id, name) VALUES (1, 'ファンタジー');"
                                    "INSERT INTO work_tags (work_id, tag_id) VALUES (7, 1);")));
    }

    auto catalog = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(catalog);
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("PRAGMA user_version")), qint64(Schema::kCurrentVersion));
    auto work = (*catalog)->works().get(7);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("夜明けの街"));
    QCOMPARE(work->kind, WorkKind::MangaChapter);
    QCOMPARE(work->tags, QStringList{QStringLiteral("ファンタジー")});

    // What version 2 added works on the migrated data.
    WorkEdit edit;
    edit.addHolders << WorkHolder{QStringLiteral("山田花子"), QStringLiteral("Yamada Hanako"), HolderRole::Artist};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*(*catalog)).update(7, edit));

    const QList<CatalogBackup> backups = CatalogBackups(catalogPath()).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(int(backups.first().reason), int(CatalogBackup::Reason::BeforeUpgrade));
    auto old = sql::Database::open(backups.first().path, sql::Database::Mode::ReadOnly);
    RAKKAN_VERIFY_OK(old);
    QCOMPARE(scalar(**old, QStringLiteral("PRAGMA user_version")), qint64(1));
    QCOMPARE(scalar(**old, QStringLiteral("SELECT count(*) FROM works WHERE id = 7")), qint64(1));
}

void TestSchema::failedMigrationStepRollsBack()
{
    {
        auto db = openRaw(catalogPath());
        QVERIFY(db);
        RAKKAN_VERIFY_OK(Schema::migrate(*db, 1));
        RAKKAN_VERIFY_OK(db->exec(QStringLiteral("INSERT INTO works (id, title) VALUES (1, 'kept')")));
        // Migration 2 creates holders and work_holders, then fails on its last table, which is already taken.
        RAKKAN_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE publications (x INTEGER)")));
    }

    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath()), ErrorCode::Database);

    auto db = openRaw(catalogPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")), qint64(1));
    QCOMPARE(
        scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('holders', 'work_holders')")),
        qint64(0));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM works WHERE title = 'kept'")), qint64(1));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'min_reader_version'")), qint64(1));
}

void TestSchema::refusesNewerIncompatibleCatalogue()
{
    const int future = Schema::kCurrentVersion + 1;
    {
        auto catalog = Catalog::open(catalogPath());
        RAKKAN_VERIFY_OK(catalog);
        auto &db = (*catalog)->database();
        RAKKAN_VERIFY_OK(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
        RAKKAN_VERIFY_OK(
            db.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'min_reader_version'").arg(future)));
    }

    auto refused = Catalog::open(catalogPath());
    RAKKAN_VERIFY_ERROR(refused, ErrorCode::SchemaTooNew);
    // A read-only connection (the thumbnail loader's) refuses it just the same.
    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(), Catalog::Access::ReadOnly), ErrorCode::SchemaTooNew);
    // The message says what to do and which formats are involved.
    QVERIFY2(refused.error().message.contains(QString::number(future)), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Update Rakkan")), qPrintable(refused.error().message));

    auto db = openRaw(catalogPath());
    QVERIFY(db);
    QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")), qint64(future));
    QVERIFY(CatalogBackups(catalogPath()).list().isEmpty());
}

void TestSchema::opensNewerCompatibleCatalogueWithoutDowngrading()
{
    const int future = Schema::kCurrentVersion + 1;
    {
        auto catalog = Catalog::open(catalogPath());
        RAKKAN_VERIFY_OK(catalog);
        RAKKAN_VERIFY_OK((*catalog)->works().create(QStringLiteral("from the future"), WorkKind::Sketch));
        auto &db = (*catalog)->database();
        RAKKAN_VERIFY_OK(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
        RAKKAN_VERIFY_OK(db.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'min_reader_version'")
                                     .arg(Schema::kCurrentVersion)));
    }

    auto catalog = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(catalog);
    auto count = (*catalog)->works().count();
    RAKKAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(1));
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("PRAGMA user_version")), qint64(future));
}

void TestSchema::refusesForeignDatabaseUntouched()
{
    {
        auto db = openRaw(catalogPath(QStringLiteral("places.sqlite")));
        QVERIFY(db);
        RAKKAN_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks "
                                                 "VALUES ('https://example.org/')")));
    }
    const QByteArray before = test::readFile(catalogPath(QStringLiteral("places.sqlite")));

    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(QStringLiteral("places.sqlite"))), ErrorCode::NotACatalog);
    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(QStringLiteral("places.sqlite")), Catalog::Access::ReadOnly),
                        ErrorCode::NotACatalog);

    // Another program's database must come out exactly as it went in: not switched to WAL, not migrated.
    QCOMPARE(test::readFile(catalogPath(QStringLiteral("places.sqlite"))), before);
    QVERIFY(!QFileInfo::exists(catalogPath(QStringLiteral("places.sqlite-wal"))));
}

void TestSchema::refusesForeignDatabaseWithUserVersion()
{
    {
        auto db = openRaw(catalogPath(QStringLiteral("other.db")));
        QVERIFY(db);
        RAKKAN_VERIFY_OK(db->exec(QStringLiteral("CREATE TABLE things (x); PRAGMA user_version = 1")));
    }
    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(QStringLiteral("other.db"))), ErrorCode::NotACatalog);
    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(QStringLiteral("other.db")), Catalog::Access::ReadOnly),
                        ErrorCode::NotACatalog);
}

void TestSchema::refusesRandomBytesUntouched()
{
    QRandomGenerator random(20240531);
    QByteArray noise(8192, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / int(sizeof(quint32)));
    QVERIFY(test::writeFile(catalogPath(QStringLiteral("noise.rakkan")), noise));

    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(QStringLiteral("noise.rakkan"))), ErrorCode::NotACatalog);
    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(QStringLiteral("noise.rakkan")), Catalog::Access::ReadOnly),
                        ErrorCode::NotACatalog);
    QCOMPARE(test::readFile(catalogPath(QStringLiteral("noise.rakkan"))), noise);
}

void TestSchema::walIsOn()
{
    auto catalog = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(catalog);
    auto mode = (*catalog)->database().queryText(QStringLiteral("PRAGMA journal_mode"));
    RAKKAN_VERIFY_OK(mode);
    QCOMPARE(*mode, QStringLiteral("wal"));
    // FULL (2): a committed import survives a power cut.
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("PRAGMA synchronous")), qint64(2));
}

void TestSchema::foreignKeysAreEnforced()
{
    auto catalog = Catalog::open(catalogPath());
    RAKKAN_VERIFY_OK(catalog);
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("PRAGMA foreign_keys")), qint64(1));

    NewAsset orphan;
    orphan.sha256 = QByteArray(32, '\x01');
    orphan.fileSize = 1;
    orphan.pixelSize = QSize(1, 1);
    orphan.format = QStringLiteral("png");
    orphan.originalPath = QStringLiteral("/nowhere.png");
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*(*catalog)).addAsset(4242, 1, orphan), ErrorCode::InvalidArgument);
    QCOMPARE(scalar((*catalog)->database(), QStringLiteral("SELECT count(*) FROM assets")), qint64(0));
}

void TestSchema::readOnlyNeverCreates()
{
    RAKKAN_VERIFY_ERROR(Catalog::open(catalogPath(), Catalog::Access::ReadOnly), ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(catalogPath()));

    RAKKAN_VERIFY_OK(Catalog::open(catalogPath()));
    auto readOnly = Catalog::open(catalogPath(), Catalog::Access::ReadOnly);
    RAKKAN_VERIFY_OK(readOnly);
    RAKKAN_VERIFY_ERROR((*readOnly)->works().create(QStringLiteral("x"), WorkKind::Other), ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
