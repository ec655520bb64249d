#include "catalog/Catalog.h"
#include "cataloguing/FilePreparer.h"
#include "cataloguing/ImportJournal.h"
#include "cataloguing/Importer.h"
#include "cataloguing/Reidentifier.h"
#include "common/TestSupport.h"
#include "crypto/Sha256.h"
#include "features/LocalFeatures.h"
#include "iscc/DataCode.h"
#include "iscc/InstanceCode.h"

#include <QDateTime>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rakkan;
using namespace rakkan::cataloguing;
using rakkan::test::scalar;
using Outcome = rakkan::cataloguing::ImportItem::Outcome;
using Grouping = rakkan::cataloguing::ImportOptions::Grouping;

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void preparesAFile();
    void importsFoldersRecursively();
    void folderPerWorkKeepsNaturalPageOrder();
    void sameResultOnOneThreadOrMany();
    void reimportReportsTheHoldingWork();
    void reimportedFolderGetsNewPagesAppended();
    void duplicateInsideOneBatch();
    void filesNamedDirectly();
    void symlinkLoopIsReportedAndTheRestImported();
    void brokenSymlinks();
    void japaneseNames();
    void photoshopWithoutCompositeIsDrawnAndSaysSo();
    void originalsAreNeverTouched();
    void cancelFromProgressStopsEarly();
    void anImportCutShortIsRememberedAndFinishedByRunningItAgain();
    void fullDiskFailsEachFileAndKeepsTheCatalogueConsistent();
    void oversizedFileIsRefused();
    void permissionDenied();
    void reidentifyGivesOlderCataloguesLocalFeatures();

private:
    QString art(const QString &relative) const { return m_dir->filePath(QStringLiteral("art/") + relative); }
    void makePng(const QString &relative, int seed, QSize size = QSize(24, 16));
    ImportReport runImport(const QStringList &paths, Grouping grouping = Grouping::FilePerWork, int threads = 2);
    static const ImportItem *itemFor(const ImportReport &report, const QString &path);
    void verifyConsistent();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
};

void TestImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(art(QString())));
    auto catalog = catalog::Catalog::open(m_dir->filePath(QStringLiteral("catalogue/catalog.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    m_catalog = std::move(catalog).value();
}

void TestImporter::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestImporter::makePng(const QString &relative, int seed, QSize size)
{
    QVERIFY(test::writeFile(art(relative), test::pngBytes(seed, size)));
}

ImportReport TestImporter::runImport(const QStringList &paths, Grouping grouping, int threads)
{
    ImportOptions options;
    options.grouping = grouping;
    options.threads = threads;
    Importer importer(*m_catalog, options);
    return importer.run(paths);
}

const ImportItem *TestImporter::itemFor(const ImportReport &report, const QString &path)
{
    for (const ImportItem &item : report.items)
        if (item.path == path)
            return &item;
    return nullptr;
}

// What every import must leave behind, whatever failed: an intact file, and no work without a page.
void TestImporter::verifyConsistent()
{
    auto &db = m_catalog->database();
    QCOMPARE(db.queryText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM works WHERE id NOT IN (SELECT work_id FROM assets)")),
             qint64(0));
    // Every imported file has its ISCC, stored in the same transaction as the file itself.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM assets WHERE id NOT IN (SELECT asset_id FROM asset_iscc)")),
        qint64(0));
}

void TestImporter::preparesAFile()
{
    makePng(QStringLiteral("one.png"), 1, QSize(640, 400));
    const QByteArray bytes = test::readFile(art(QStringLiteral("one.png")));
    auto asset = FilePreparer::prepare(art(QStringLiteral("one.png")), imaging::DecodeLimits{});
    RAKKAN_VERIFY_OK(asset);
    QCOMPARE(asset->sha256, crypto::sha256(bytes));
    QCOMPARE(asset->sha256.size(), qsizetype(32));
    QCOMPARE(asset->fileSize, qint64(bytes.size()));
    QCOMPARE(asset->pixelSize, QSize(640, 400));
    QCOMPARE(asset->format, QStringLiteral("png"));
    QCOMPARE(asset->originalPath, QFileInfo(art(QStringLiteral("one.png"))).absoluteFilePath());
    QImage thumbnail;
    QVERIFY(thumbnail.loadFromData(asset->thumbnailJpeg, "JPEG"));
    QCOMPARE(thumbnail.size(), QSize(320, 200));
    // The ISCC units come from the same read and decode; the Meta-Code is the catalogue's to add.
    QVERIFY(asset->iscc);
    QCOMPARE(asset->iscc->instanceUnit, iscc::instanceCode(bytes).iscc);
    QCOMPARE(asset->iscc->dataUnit, iscc::dataCode(bytes, 256));
    QVERIFY(asset->iscc->contentUnit.startsWith(QLatin1String("ISCC:EED")));
    QVERIFY(asset->iscc->metaUnit.isEmpty());
    QVERIFY(asset->iscc->isccCode.startsWith(QLatin1String("ISCC:KEA")));

    RAKKAN_VERIFY_ERROR(FilePreparer::prepare(art(QStringLiteral("missing.png")), {}), ErrorCode::NotFound);
    RAKKAN_VERIFY_ERROR(FilePreparer::prepare(art(QString()), {}), ErrorCode::UnsupportedFormat);
}

void TestImporter::importsFoldersRecursively()
{
    makePng(QStringLiteral("a.png"), 1);
    QVERIFY(test::writeFile(art(QStringLiteral("sub/b.jpg")),
                            test::encodeImage(test::testPattern(QSize(64, 48), 2), "JPEG")));
    QVERIFY(test::writeFile(art(QStringLiteral("sub/deeper/c.webp")),
                            test::encodeImage(test::testPattern(QSize(30, 20), 3), "WEBP", 100)));
    QVERIFY(test::writeFile(art(QStringLiteral("sub/broken.png")), test::pngBytes(4).left(40)));
    QVERIFY(test::writeFile(art(QStringLiteral("readme.txt")), "notes"));
    QVERIFY(test::writeFile(art(QStringLiteral("sub/Thumbs.db")), "cache"));

    int calls = 0;
    ImportProgress last;
    ImportOptions options;
    Importer importer(*m_catalog, options);
    importer.setProgressCallback([&](const ImportProgress &p) {
        QVERIFY(p.done >= last.done);
        last = p;
        ++calls;
    });
    const ImportReport report = importer.run({art(QString())});

    QCOMPARE(report.filesFound, 4);
    QCOMPARE(report.skippedNotImages, 2);
    QCOMPARE(report.count(Outcome::Added), 3);
    QCOMPARE(report.count(Outcome::Failed), 1);
    QVERIFY(!report.cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(last.done, 4);
    QCOMPARE(last.total, 4);

    const ImportItem *broken = itemFor(report, art(QStringLiteral("sub/broken.png")));
    QVERIFY(broken);
    QCOMPARE(broken->outcome, Outcome::Failed);
    QVERIFY(broken->error);
    QCOMPARE(errorCodeName(broken->error->code), errorCodeName(ErrorCode::Truncated));
    QVERIFY(!broken->error->message.isEmpty());

    const struct
    {
        const char *path;
        const char *title;
        const char *format;
        QSize size;
    } expected[] = {{"a.png", "a", "png", QSize(24, 16)},
                    {"sub/b.jpg", "b", "jpeg", QSize(64, 48)},
                    {"sub/deeper/c.webp", "c", "webp", QSize(30, 20)}};
    for (const auto &e : expected) {
        const QString path = art(QString::fromLatin1(e.path));
        const ImportItem *item = itemFor(report, path);
        QVERIFY2(item, e.path);
        QCOMPARE(item->outcome, Outcome::Added);
        QCOMPARE(item->page, 1);
        QCOMPARE(item->format, QString::fromLatin1(e.format));
        QCOMPARE(item->pixelSize, e.size);
        QCOMPARE(item->sha256, crypto::sha256(test::readFile(path)));
        auto work = m_catalog->works().get(item->workId);
        RAKKAN_VERIFY_OK(work);
        QCOMPARE(work->title, QString::fromLatin1(e.title));
        QCOMPARE(work->kind, catalog::WorkKind::Illustration);
        QCOMPARE(work->assets.size(), 1);
        QCOMPARE(work->assets[0].id, item->assetId);
        QCOMPARE(work->assets[0].originalPath, path);
        QCOMPARE(work->assets[0].fileSize, QFileInfo(path).size());
        auto thumbnail = m_catalog->assets().thumbnail(item->assetId);
        RAKKAN_VERIFY_OK(thumbnail);
        QVERIFY(thumbnail->startsWith("\xFF\xD8\xFF"));
    }
    verifyConsistent();
}

void TestImporter::folderPerWorkKeepsNaturalPageOrder()
{
    makePng(QStringLiteral("chapter/page10.png"), 10);
    makePng(QStringLiteral("chapter/page2.png"), 2);
    makePng(QStringLiteral("chapter/page1.png"), 1);
    makePng(QStringLiteral("chapter/Page3.png"), 3);
    makePng(QStringLiteral("chapter/extra/p1.png"), 20);
    makePng(QStringLiteral("loose.png"), 30);

    const ImportReport report =
        runImport({art(QStringLiteral("chapter")), art(QStringLiteral("loose.png"))}, Grouping::FolderPerWork);
    QCOMPARE(report.count(Outcome::Added), 6);
    // Report order is scan order: a folder's own pages, in natural order, before its subfolders.
    QStringList order;
    for (const ImportItem &item : report.items)
        order << QFileInfo(item.path).fileName();
    QCOMPARE(order, (QStringList{QStringLiteral("page1.png"), QStringLiteral("page2.png"), QStringLiteral("Page3.png"),
                                 QStringLiteral("page10.png"), QStringLiteral("p1.png"), QStringLiteral("loose.png")}));

    const ImportItem *first = itemFor(report, art(QStringLiteral("chapter/page1.png")));
    QVERIFY(first);
    auto work = m_catalog->works().get(first->workId);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("chapter"));
    QCOMPARE(work->kind, catalog::WorkKind::MangaChapter);
    QCOMPARE(work->assets.size(), 4);
    const QStringList pages{QStringLiteral("page1.png"), QStringLiteral("page2.png"), QStringLiteral("Page3.png"),
                            QStringLiteral("page10.png")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(work->assets[i].page, i + 1);
        QCOMPARE(QFileInfo(work->assets[i].originalPath).fileName(), pages[i]);
    }

    // A subfolder is a work of its own; a file named directly is one too.
    const ImportItem *sub = itemFor(report, art(QStringLiteral("chapter/extra/p1.png")));
    const ImportItem *loose = itemFor(report, art(QStringLiteral("loose.png")));
    QVERIFY(sub && loose);
    QVERIFY(sub->workId != first->workId && loose->workId != first->workId && loose->workId != sub->workId);
    auto subWork = m_catalog->works().get(sub->workId);
    RAKKAN_VERIFY_OK(subWork);
    QCOMPARE(subWork->title, QStringLiteral("extra"));
    auto looseWork = m_catalog->works().get(loose->workId);
    RAKKAN_VERIFY_OK(looseWork);
    QCOMPARE(looseWork->kind, catalog::WorkKind::Illustration);
    verifyConsistent();
}

void TestImporter::sameResultOnOneThreadOrMany()
{
    for (int i = 1; i <= 30; ++i)
        makePng(QStringLiteral("page%1.png").arg(i), i);
    const ImportReport one = runImport({art(QString())}, Grouping::FolderPerWork, 1);
    QCOMPARE(one.count(Outcome::Added), 30);
    auto work = m_catalog->works().get(one.items.constFirst().workId);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->assets.size(), 30);

    // A second catalogue, filled on four threads, holds the same pages in the same order.
    auto other = catalog::Catalog::open(m_dir->filePath(QStringLiteral("other.rakkan")));
    RAKKAN_VERIFY_OK(other);
    ImportOptions options;
    options.grouping = Grouping::FolderPerWork;
    options.threads = 4;
    const ImportReport many = Importer(**other, options).run({art(QString())});
    QCOMPARE(many.count(Outcome::Added), 30);
    auto otherWork = (*other)->works().get(many.items.constFirst().workId);
    RAKKAN_VERIFY_OK(otherWork);
    QCOMPARE(otherWork->assets.size(), 30);
    for (int i = 0; i < 30; ++i) {
        QCOMPARE(otherWork->assets[i].sha256, work->assets[i].sha256);
        QCOMPARE(otherWork->assets[i].page, i + 1);
    }
}

void TestImporter::reimportReportsTheHoldingWork()
{
    makePng(QStringLiteral("a.png"), 1);
    makePng(QStringLiteral("b.png"), 2);
    const ImportReport first = runImport({art(QString())});
    QCOMPARE(first.count(Outcome::Added), 2);
    const ImportItem *added = itemFor(first, art(QStringLiteral("a.png")));
    QVERIFY(added);

    // The same bytes under another name are the same file.
    QVERIFY(QFile::copy(art(QStringLiteral("a.png")), art(QStringLiteral("copy of a.png"))));
    const ImportReport again = runImport({art(QString())});
    QCOMPARE(again.count(Outcome::Added), 0);
    QCOMPARE(again.count(Outcome::AlreadyCatalogued), 3);
    for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("copy of a.png")}) {
        const ImportItem *item = itemFor(again, art(name));
        QVERIFY(item);
        QCOMPARE(item->outcome, Outcome::AlreadyCatalogued);
        QCOMPARE(item->workId, added->workId);
        QCOMPARE(item->assetId, added->assetId);
        QCOMPARE(item->workTitle, QStringLiteral("a")); // named by its title in the summary, not by a number
        QVERIFY(!item->error);
    }
    auto count = m_catalog->works().count();
    RAKKAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(2));
    verifyConsistent();
}

void TestImporter::reimportedFolderGetsNewPagesAppended()
{
    makePng(QStringLiteral("ch1/01.png"), 1);
    makePng(QStringLiteral("ch1/02.png"), 2);
    const ImportReport first = runImport({art(QStringLiteral("ch1"))}, Grouping::FolderPerWork);
    QCOMPARE(first.count(Outcome::Added), 2);
    const qint64 workId = first.items.constFirst().workId;

    makePng(QStringLiteral("ch1/03.png"), 3);
    const ImportReport second = runImport({art(QStringLiteral("ch1"))}, Grouping::FolderPerWork);
    QCOMPARE(second.count(Outcome::AlreadyCatalogued), 2);
    QCOMPARE(second.count(Outcome::Added), 1);
    const ImportItem *page3 = itemFor(second, art(QStringLiteral("ch1/03.png")));
    QVERIFY(page3);
    QCOMPARE(page3->workId, workId);
    QCOMPARE(page3->page, 3);
    auto count = m_catalog->works().count();
    RAKKAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(1));
}

void TestImporter::duplicateInsideOneBatch()
{
    makePng(QStringLiteral("one.png"), 7);
    QVERIFY(QFile::copy(art(QStringLiteral("one.png")), art(QStringLiteral("two.png"))));
    const ImportReport report = runImport({art(QString())});
    QCOMPARE(report.count(Outcome::Added), 1);
    QCOMPARE(report.count(Outcome::AlreadyCatalogued), 1);
    const ImportItem *one = itemFor(report, art(QStringLiteral("one.png")));
    const ImportItem *two = itemFor(report, art(QStringLiteral("two.png")));
    QVERIFY(one && two);
    QCOMPARE(one->outcome, Outcome::Added);
    QCOMPARE(two->outcome, Outcome::AlreadyCatalogued);
    QCOMPARE(two->workId, one->workId);
    QCOMPARE(two->assetId, one->assetId);
    QCOMPARE(scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM assets")), qint64(1));
    verifyConsistent();
}

void TestImporter::filesNamedDirectly()
{
    QVERIFY(test::writeFile(art(QStringLiteral("notes.txt")), "not a picture"));
    QVERIFY(test::writeFile(art(QStringLiteral("empty.png")), QByteArray()));
    makePng(QStringLiteral("really-a-png.jpg"), 1);
    QVERIFY(test::writeFile(art(QStringLiteral("really-a-jpeg.psd")),
                            test::encodeImage(test::testPattern(QSize(16, 16), 2), "JPEG")));

    const ImportReport report =
        runImport({art(QStringLiteral("notes.txt")), art(QStringLiteral("empty.png")), art(QStringLiteral("nope.png")),
                   art(QStringLiteral("really-a-png.jpg")), art(QStringLiteral("really-a-jpeg.psd"))});
    QCOMPARE(report.skippedNotImages, 0); // named by the user: tried, and reported, whatever the name
    const struct
    {
        const char *path;
        ErrorCode code;
    } failures[] = {{"notes.txt", ErrorCode::UnsupportedFormat},
                    {"empty.png", ErrorCode::Empty},
                    {"nope.png", ErrorCode::NotFound}};
    for (const auto &f : failures) {
        const ImportItem *item = itemFor(report, art(QString::fromLatin1(f.path)));
        QVERIFY2(item, f.path);
        QCOMPARE(item->outcome, Outcome::Failed);
        QVERIFY(item->error);
        QCOMPARE(errorCodeName(item->error->code), errorCodeName(f.code));
        QVERIFY(!item->error->message.isEmpty());
    }
    // The format is read from the bytes, never from the name.
    const ImportItem *png = itemFor(report, art(QStringLiteral("really-a-png.jpg")));
    const ImportItem *jpeg = itemFor(report, art(QStringLiteral("really-a-jpeg.psd")));
    QVERIFY(png && jpeg);
    QCOMPARE(png->outcome, Outcome::Added);
    QCOMPARE(png->format, QStringLiteral("png"));
    QCOMPARE(jpeg->outcome, Outcome::Added);
    QCOMPARE(jpeg->format, QStringLiteral("jpeg"));
    verifyConsistent();
}

void TestImporter::symlinkLoopIsReportedAndTheRestImported()
{
    makePng(QStringLiteral("x/a.png"), 1);
    makePng(QStringLiteral("x/y/b.png"), 2);
    QVERIFY(QFile::link(art(QString()), art(QStringLiteral("x/y/back-to-top"))));
    // A second way into x: its files are imported once, and this is no loop.
    QVERIFY(QFile::link(art(QStringLiteral("x")), art(QStringLiteral("alias"))));

    const ImportReport report = runImport({art(QString())});
    QCOMPARE(report.count(Outcome::Added), 2);
    QCOMPARE(report.count(Outcome::Failed), 1);
    const ImportItem *loop = itemFor(report, art(QStringLiteral("alias/y/back-to-top")));
    if (!loop)
        loop = itemFor(report, art(QStringLiteral("x/y/back-to-top")));
    QVERIFY(loop);
    QVERIFY(loop->error);
    QCOMPARE(errorCodeName(loop->error->code), errorCodeName(ErrorCode::SymlinkLoop));
    QVERIFY(!loop->error->message.isEmpty());
    verifyConsistent();
}

void TestImporter::brokenSymlinks()
{
    makePng(QStringLiteral("good.png"), 1);
    QVERIFY(QFile::link(art(QStringLiteral("nowhere.png")), art(QStringLiteral("gone.png"))));
    QVERIFY(QFile::link(art(QStringLiteral("nowhere.txt")), art(QStringLiteral("gone.txt"))));
    QVERIFY(QFile::link(art(QStringLiteral("nowhere.png")), m_dir->filePath(QStringLiteral("direct.png"))));

    const ImportReport report = runImport({art(QString()), m_dir->filePath(QStringLiteral("direct.png"))});
    QCOMPARE(report.count(Outcome::Added), 1);
    // A dangling link with a picture's name is reported; one that would not have been imported anyway is not.
    QCOMPARE(report.count(Outcome::Failed), 2);
    for (const QString &path : {art(QStringLiteral("gone.png")), m_dir->filePath(QStringLiteral("direct.png"))}) {
        const ImportItem *item = itemFor(report, path);
        QVERIFY2(item, qPrintable(path));
        QVERIFY(item->error);
        QCOMPARE(errorCodeName(item->error->code), errorCodeName(ErrorCode::NotFound));
        QVERIFY(!item->error->message.isEmpty());
    }
}

// A PSD saved without "Maximize Compatibility" is imported from its layers, and the work keeps the note that says
// so (what the detail panel and works show print).
void TestImporter::photoshopWithoutCompositeIsDrawnAndSaysSo()
{
    QByteArray psd = test::readFile(test::testData(QStringLiteral("psd/transparency__transparency-group.psd")));
    const qsizetype versionInfo = psd.indexOf(QByteArray("8BIM\x04\x21", 6));
    QVERIFY(versionInfo > 0);
    psd[versionInfo + 4 + 2 + 2 + 4 + 4] = '\0'; // id, empty name, length, then the version: hasRealMergedData
    QVERIFY(QDir().mkpath(art(QString())));
    QVERIFY(test::writeFile(art(QStringLiteral("layers only.psd")), psd));
    const ImportReport report = runImport({art(QStringLiteral("layers only.psd"))});
    QVERIFY2(report.count(Outcome::Added) == 1,
             qPrintable(report.items.value(0).error ? report.items.value(0).error->message : QString()));
    auto work = m_catalog->works().get(report.items.first().workId);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->assets.size(), 1);
    QVERIFY(!work->assets.first().decodeNotes.isEmpty());
    QVERIFY(work->assets.first().decodeNotes.first().contains(QStringLiteral("layers")));
    verifyConsistent();
}

void TestImporter::japaneseNames()
{
    makePng(QStringLiteral("表紙/第1話.png"), 1);
    makePng(QStringLiteral("表紙/第2話.png"), 2);
    makePng(QStringLiteral("表紙/第10話.png"), 10);
    makePng(QStringLiteral("ラフ画.png"), 3);

    const ImportReport chapter = runImport({art(QStringLiteral("表紙"))}, Grouping::FolderPerWork);
    QCOMPARE(chapter.count(Outcome::Added), 3);
    auto work = m_catalog->works().get(chapter.items.constFirst().workId);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("表紙"));
    QCOMPARE(work->assets.size(), 3);
    QCOMPARE(work->assets[0].originalPath, art(QStringLiteral("表紙/第1話.png")));
    QCOMPARE(work->assets[1].originalPath, art(QStringLiteral("表紙/第2話.png")));
    QCOMPARE(work->assets[2].originalPath, art(QStringLiteral("表紙/第10話.png")));
    QVERIFY(QFileInfo::exists(work->assets[0].originalPath));

    const ImportReport single = runImport({art(QStringLiteral("ラフ画.png"))});
    QCOMPARE(single.count(Outcome::Added), 1);
    auto sketch = m_catalog->works().get(single.items.constFirst().workId);
    RAKKAN_VERIFY_OK(sketch);
    QCOMPARE(sketch->title, QStringLiteral("ラフ画"));
}

void TestImporter::originalsAreNeverTouched()
{
    makePng(QStringLiteral("keep/one.png"), 1);
    QVERIFY(test::writeFile(art(QStringLiteral("keep/two.jpg")),
                            test::encodeImage(test::testPattern(QSize(40, 40), 2), "JPEG")));
    const QDateTime past = QDateTime(QDate(2020, 2, 29), QTime(12, 34, 56), Qt::UTC);
    struct Before
    {
        QString path;
        QByteArray bytes;
        QDateTime modified;
        QFileDevice::Permissions permissions;
    };
    QList<Before> before;
    for (const QString &name : {QStringLiteral("keep/one.png"), QStringLiteral("keep/two.jpg")}) {
        QFile file(art(name));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(past, QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        before << Before{art(name), test::readFile(art(name)), QFileInfo(art(name)).lastModified(), file.permissions()};
    }
    const QStringList entriesBefore = QDir(art(QStringLiteral("keep"))).entryList(QDir::AllEntries | QDir::Hidden);

    const ImportReport report = runImport({art(QStringLiteral("keep"))}, Grouping::FolderPerWork);
    QCOMPARE(report.count(Outcome::Added), 2);

    for (const Before &b : std::as_const(before)) {
        const QFileInfo info(b.path);
        QCOMPARE(test::readFile(b.path), b.bytes);
        QCOMPARE(info.lastModified(), b.modified);
        QCOMPARE(info.lastModified().toUTC(), past);
        QCOMPARE(info.permissions(), b.permissions);
    }
    // Nothing was written beside the originals (no sidecar, no lock file).
    QCOMPARE(QDir(art(QStringLiteral("keep"))).entryList(QDir::AllEntries | QDir::Hidden), entriesBefore);
}

void TestImporter::cancelFromProgressStopsEarly()
{
    constexpr int kFiles = 40;
    for (int i = 1; i <= kFiles; ++i)
        makePng(QStringLiteral("many/%1.png").arg(i), i);
    ImportOptions options;
    options.threads = 1;
    Importer importer(*m_catalog, options);
    importer.setProgressCallback([&](const ImportProgress &p) {
        QCOMPARE(p.total, kFiles);
        if (p.done > 0)
            importer.cancel(); // what the GUI's Cancel button does, from another thread
    });
    const ImportReport report = importer.run({art(QStringLiteral("many"))});

    QVERIFY(report.cancelled);
    QCOMPARE(report.filesFound, kFiles);
    const int added = report.count(Outcome::Added);
    QVERIFY2(added > 0 && added < kFiles, qPrintable(QString::number(added)));
    QCOMPARE(report.count(Outcome::Failed), 0); // files not reached are not failures
    QCOMPARE(report.items.size(), qsizetype(added));
    auto count = m_catalog->works().count();
    RAKKAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(added));
    verifyConsistent();
}

void TestImporter::anImportCutShortIsRememberedAndFinishedByRunningItAgain()
{
    for (int i = 1; i <= 12; ++i)
        makePng(QStringLiteral("chapter/%1.png").arg(i, 2, 10, QLatin1Char('0')), i);
    ImportJournal journal(*m_catalog);

    // An import that ends, or that the user cancels, leaves no mark.
    QCOMPARE(runImport({art(QStringLiteral("chapter/01.png"))}).count(Outcome::Added), 1);
    RAKKAN_VERIFY_OK(journal.unfinished());
    QVERIFY(!*journal.unfinished());

    // One stopped by a kill or a power cut leaves its mark, as begin() alone does here: it is read back whole.
    const QDateTime started(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
    RAKKAN_VERIFY_OK(journal.begin({art(QStringLiteral("chapter"))}, Grouping::FolderPerWork, started));
    auto unfinished = journal.unfinished();
    RAKKAN_VERIFY_OK(unfinished);
    QVERIFY(*unfinished);
    QCOMPARE((*unfinished)->paths, QStringList{art(QStringLiteral("chapter"))});
    QCOMPARE((*unfinished)->grouping, Grouping::FolderPerWork);
    QCOMPARE((*unfinished)->startedAt, started);

    // Running it again finishes it: what was added before is recognised, the rest is added, and the mark goes.
    const ImportReport again = runImport((*unfinished)->paths, (*unfinished)->grouping);
    QCOMPARE(again.count(Outcome::AlreadyCatalogued), 1);
    QCOMPARE(again.count(Outcome::Added), 11);
    QVERIFY(!*journal.unfinished());
    verifyConsistent();

    // A mark that cannot be read is no import rather than an error that blocks the catalogue.
    auto garbage = m_catalog->database().prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('import.unfinished', '{not json')"));
    RAKKAN_VERIFY_OK(garbage);
    RAKKAN_VERIFY_OK(garbage->exec());
    RAKKAN_VERIFY_OK(journal.unfinished());
    QVERIFY(!*journal.unfinished());
}

void TestImporter::fullDiskFailsEachFileAndKeepsTheCatalogueConsistent()
{
    makePng(QStringLiteral("before/1.png"), 1);
    QCOMPARE(runImport({art(QStringLiteral("before"))}).count(Outcome::Added), 1);

    // Big, noisy pictures: each thumbnail needs pages the catalogue may not grow by.
    constexpr int kFiles = 6;
    for (int i = 0; i < kFiles; ++i) {
        QImage image = test::testPattern(QSize(400, 400), 100 + i);
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 3)
                image.setPixel(x, y, qRgb((x * 7 + i * 13) % 256, (y * 11) % 256, (x * y + i) % 256));
        QVERIFY(test::writeFile(art(QStringLiteral("full/%1.png").arg(i)), test::encodeImage(image, "PNG")));
    }
    auto &db = m_catalog->database();
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);

    for (Grouping grouping : {Grouping::FilePerWork, Grouping::FolderPerWork}) {
        const ImportReport report = runImport({art(QStringLiteral("full"))}, grouping);
        QCOMPARE(report.count(Outcome::Failed), kFiles);
        for (const ImportItem &item : report.items) {
            QVERIFY(item.error);
            QCOMPARE(errorCodeName(item.error->code), errorCodeName(ErrorCode::DiskFull));
            QVERIFY(!item.error->message.isEmpty());
            QCOMPARE(item.workId, qint64(0));
        }
        verifyConsistent();
        auto count = m_catalog->works().count();
        RAKKAN_VERIFY_OK(count);
        QCOMPARE(*count, qint64(1));
    }

    // With room again, the same files go in: nothing half-written stands in their way.
    RAKKAN_VERIFY_OK(db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    const ImportReport retry = runImport({art(QStringLiteral("full"))}, Grouping::FolderPerWork);
    QCOMPARE(retry.count(Outcome::Added), kFiles);
    verifyConsistent();
}

void TestImporter::oversizedFileIsRefused()
{
    makePng(QStringLiteral("big.png"), 1, QSize(200, 200));
    ImportOptions options;
    options.limits.maxFileBytes = 100;
    const ImportReport report = Importer(*m_catalog, options).run({art(QStringLiteral("big.png"))});
    QCOMPARE(report.items.size(), qsizetype(1));
    QVERIFY(report.items[0].error);
    QCOMPARE(errorCodeName(report.items[0].error->code), errorCodeName(ErrorCode::TooLarge));
    QVERIFY(!report.items[0].error->message.isEmpty());
}

void TestImporter::permissionDenied()
{
    if (geteuid() == 0)
        QSKIP("Running as root, which reads any file; tst_cli checks this case by running rakkan-cli as nobody.");
    makePng(QStringLiteral("ok.png"), 1);
    makePng(QStringLiteral("secret.png"), 2);
    makePng(QStringLiteral("closed/inside.png"), 3);
    QVERIFY(QFile::setPermissions(art(QStringLiteral("secret.png")), QFileDevice::Permissions()));
    QVERIFY(QFile::setPermissions(art(QStringLiteral("closed")), QFileDevice::Permissions()));

    const ImportReport report = runImport({art(QString())});
    QFile::setPermissions(art(QStringLiteral("closed")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(report.count(Outcome::Added), 1);
    for (const QString &path : {art(QStringLiteral("secret.png")), art(QStringLiteral("closed"))}) {
        const ImportItem *item = itemFor(report, path);
        QVERIFY2(item, qPrintable(path));
        QVERIFY(item->error);
        QCOMPARE(errorCodeName(item->error->code), errorCodeName(ErrorCode::PermissionDenied));
        QVERIFY(!item->error->message.isEmpty());
    }
}

void TestImporter::reidentifyGivesOlderCataloguesLocalFeatures()
{
    QVERIFY(QDir().mkpath(art(QString())));
    for (const QString &name : {QStringLiteral("clipart-0001.png"), QStringLiteral("lineart-0000.png")})
        QVERIFY(QFile::copy(test::testData(QStringLiteral("matching/works/") + name), art(name)));
    const ImportReport report = runImport({art(QString())});
    QCOMPARE(report.count(ImportItem::Outcome::Added), 2);
    for (const ImportItem &item : report.items) {
        auto stored = m_catalog->localFeatures().of(item.assetId);
        RAKKAN_VERIFY_OK(stored);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->version, features::LocalFeatures::kVersion);
        RAKKAN_VERIFY_OK(features::LocalFeatures::unpack((*stored)->features));
    }

    // A catalogue from before local features: fingerprints and ISCC, no features.
    RAKKAN_VERIFY_OK(m_catalog->database().exec(QStringLiteral("DELETE FROM asset_features")));
    Reidentifier reidentifier(*m_catalog);
    QList<std::pair<int, int>> progress;
    reidentifier.setProgressCallback([&progress](int done, int total) { progress.append({done, total}); });
    const auto again = reidentifier.run(false);
    RAKKAN_VERIFY_OK(again);
    QCOMPARE(again->updated, 2);
    QVERIFY(again->failures.isEmpty());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), std::make_pair(2, 2));
    for (const ImportItem &item : report.items) {
        auto stored = m_catalog->localFeatures().of(item.assetId);
        RAKKAN_VERIFY_OK(stored);
        QVERIFY(stored->has_value() && !(*stored)->features.isEmpty());
    }
    // Nothing is missing any more: a second run has nothing to do.
    const auto third = Reidentifier(*m_catalog).run(false);
    RAKKAN_VERIFY_OK(third);
    QCOMPARE(third->updated, 0);
    verifyConsistent();
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
