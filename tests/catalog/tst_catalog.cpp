#include "catalog/Catalog.h"
#include "cataloguing/WorkEditor.h"
#include "common/TestSupport.h"
#include "crypto/Sha256.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::catalog;
using rakkan::test::scalar;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsAndShowsWorks();
    void editsTitlesSeriesVolumeChapter();
    void volumeCannotBeNegative();
    void addsRemovesAndReplacesTags();
    void addsRemovesAndReplacesHolders();
    void holderNeedsName();
    void addsAndRemovesPublications();
    void refusesInvalidPublicationUrl_data();
    void refusesInvalidPublicationUrl();
    void listsSummaries();
    void refusesBadAssets();
    void missingWorkIsNotFound();
    void failedEditChangesNothing();
    void removeThenRestoreGivesBackTheSameWork();
    void isccFollowsTheTitleAndSurvivesUndo();
    void lockedCatalogueIsReported();
    void catalogueIsOpenedDefensively();
    void fullDiskIsReportedAndCatalogueStaysConsistent();
    void catalogueFilesAreToldFromPictures();

private:
    qint64 newWork(const QString &title, WorkKind kind = WorkKind::Illustration);
    static NewAsset asset(int seed, const QByteArray &thumbnail = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestCatalog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto catalog = Catalog::open(m_dir->filePath(QStringLiteral("catalog.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    m_catalog = std::move(catalog).value();
}

void TestCatalog::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestCatalog::newWork(const QString &title, WorkKind kind)
{
    auto id = m_catalog->works().create(title, kind);
    if (!id.ok()) {
        QTest::qFail(qPrintable(id.error().message), __FILE__, __LINE__);
        return 0;
    }
    return *id;
}

NewAsset TestCatalog::asset(int seed, const QByteArray &thumbnail)
{
    NewAsset a;
    a.sha256 = crypto::sha256(QByteArray::number(seed));
    a.fileSize = 1000 + seed;
    a.pixelSize = QSize(1200, 1700);
    a.format = QStringLiteral("png");
    a.originalPath = QStringLiteral("/art/page%1.png").arg(seed);
    a.thumbnailJpeg = thumbnail;
    return a;
}

void TestCatalog::isccFollowsTheTitleAndSurvivesUndo()
{
    const qint64 id = newWork(QStringLiteral("星の海"));
    NewAsset a = asset(7);
    a.iscc = iscc::AssetIscc{};
    a.iscc->contentUnit = QStringLiteral("ISCC:EEDZTS64S5XICWNAGKL3QL64AOZ4JSW4S5XICWNATWK3QL64AOZUAPY");
    a.iscc->dataUnit = QStringLiteral("ISCC:GAD2FL7K437RJZK2MMLL4C2672JVQTMGJYYZ3KAINZRWETNWFES3KYA");
    a.iscc->instanceUnit = QStringLiteral("ISCC:IAA26E2JXH27TING");
    a.iscc->datahash = QStringLiteral("1e20af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262");
    auto ref = cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, a);
    RAKKAN_VERIFY_OK(ref);
    // Stored with the Meta-Code of the work's title, and the composite of all four.
    auto stored = m_catalog->isccs().of(ref->assetId);
    RAKKAN_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    const auto expected = iscc::AssetIsccs::withTitle(*a.iscc, QStringLiteral("星の海"), QString());
    QCOMPARE((*stored)->metaUnit, expected->metaUnit);
    QCOMPARE((*stored)->isccCode, expected->isccCode);
    QVERIFY((*stored)->isccCode.startsWith(QLatin1String("ISCC:KEC")));
    QCOMPARE((*stored)->filesize, a.fileSize);

    // A title edit refreshes the Meta-Code in the same transaction; nothing else moves.
    WorkEdit edit;
    edit.title = QStringLiteral("Sea of Stars");
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, edit));
    auto retitled = m_catalog->isccs().of(ref->assetId);
    QCOMPARE((*retitled)->metaUnit,
             iscc::AssetIsccs::withTitle(*a.iscc, QStringLiteral("Sea of Stars"), QString())->metaUnit);
    QVERIFY((*retitled)->isccCode != (*stored)->isccCode);
    QCOMPARE((*retitled)->dataUnit, a.iscc->dataUnit);

    // Remove and undo give the same ISCC back.
    auto snapshot = m_catalog->works().remove(id);
    RAKKAN_VERIFY_OK(snapshot);
    QVERIFY(!m_catalog->isccs().of(ref->assetId)->has_value());
    RAKKAN_VERIFY_OK(m_catalog->works().restore(*snapshot));
    QCOMPARE((*m_catalog->isccs().of(ref->assetId))->isccCode, (*retitled)->isccCode);

    // An asset without an ISCC (an older catalogue) is listed as incomplete until one is stored.
    auto other = cataloguing::WorkEditor(*m_catalog).addAsset(id, 2, asset(8));
    auto incomplete = m_catalog->assets().files(true);
    RAKKAN_VERIFY_OK(incomplete);
    QCOMPARE(incomplete->size(), 2); // neither has fingerprints in this test
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).storeIscc(other->assetId, *a.iscc));
    QVERIFY(m_catalog->isccs().of(other->assetId)->has_value());
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).storeIscc(999, *a.iscc), ErrorCode::NotFound);
}

void TestCatalog::createsAndShowsWorks()
{
    const qint64 ja = newWork(QStringLiteral("夜明けの街"), WorkKind::MangaChapter);
    const qint64 latin = newWork(QStringLiteral("Dawn over the City"));
    QVERIFY(ja > 0 && latin > ja);

    auto work = m_catalog->works().get(ja);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->id, ja);
    QCOMPARE(work->title, QStringLiteral("夜明けの街"));
    QCOMPARE(work->kind, WorkKind::MangaChapter);
    QVERIFY(work->titleLatin.isEmpty());
    QVERIFY(work->series.isEmpty());
    QCOMPARE(work->volume, 0);
    QVERIFY(work->tags.isEmpty() && work->holders.isEmpty() && work->publications.isEmpty() && work->assets.isEmpty());
    QVERIFY(!work->createdAt.isEmpty());
    QCOMPARE(work->updatedAt, work->createdAt);

    auto other = m_catalog->works().get(latin);
    RAKKAN_VERIFY_OK(other);
    QCOMPARE(other->title, QStringLiteral("Dawn over the City"));
    QCOMPARE(other->kind, WorkKind::Illustration);

    auto count = m_catalog->works().count();
    RAKKAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(2));
}

void TestCatalog::editsTitlesSeriesVolumeChapter()
{
    const qint64 id = newWork(QStringLiteral("仮題"));
    WorkEdit edit;
    edit.title = QStringLiteral("  星の欠片  ");
    edit.titleLatin = QStringLiteral("Hoshi no Kakera");
    edit.kind = WorkKind::MangaChapter;
    edit.series = QStringLiteral(" 銀河 鉄道 ");
    edit.volume = 3;
    edit.chapter = QStringLiteral("12.5");
    edit.notes = QStringLiteral("ネーム: 2024年5月");
    QVERIFY(!edit.isEmpty());
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, edit));

    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("星の欠片"));
    QCOMPARE(work->titleLatin, QStringLiteral("Hoshi no Kakera"));
    QCOMPARE(work->kind, WorkKind::MangaChapter);
    QCOMPARE(work->series, QStringLiteral("銀河 鉄道"));
    QCOMPARE(work->volume, 3);
    QCOMPARE(work->chapter, QStringLiteral("12.5"));
    QCOMPARE(work->notes, QStringLiteral("ネーム: 2024年5月"));
    QVERIFY(work->updatedAt >= work->createdAt);

    auto series = m_catalog->names().series();
    RAKKAN_VERIFY_OK(series);
    QCOMPARE(*series, QStringList{QStringLiteral("銀河 鉄道")});

    // Empty values clear; fields not named stay.
    WorkEdit clear;
    clear.series = QString();
    clear.volume = 0;
    clear.titleLatin = QString();
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, clear));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QVERIFY(work->series.isEmpty());
    QCOMPARE(work->volume, 0);
    QVERIFY(work->titleLatin.isEmpty());
    QCOMPARE(work->title, QStringLiteral("星の欠片"));
    QCOMPARE(work->chapter, QStringLiteral("12.5"));
}

void TestCatalog::volumeCannotBeNegative()
{
    const qint64 id = newWork(QStringLiteral("Vol"));
    WorkEdit edit;
    edit.volume = -1;
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(id, edit), ErrorCode::InvalidArgument);
}

void TestCatalog::addsRemovesAndReplacesTags()
{
    const qint64 id = newWork(QStringLiteral("タグ"));
    WorkEdit add;
    add.addTags = QStringList{QStringLiteral("ファンタジー"), QStringLiteral("  ink   wash "), QStringLiteral("Colour"),
                              QStringLiteral("colour"), QStringLiteral("   ")};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, add));
    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    // Whitespace is tidied, blank tags are dropped and tags differing only in case are one tag.
    QCOMPARE(work->tags,
             (QStringList{QStringLiteral("Colour"), QStringLiteral("ink wash"), QStringLiteral("ファンタジー")}));

    WorkEdit remove;
    remove.removeTags = QStringList{QStringLiteral("COLOUR"), QStringLiteral("not there")};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, remove));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->tags, (QStringList{QStringLiteral("ink wash"), QStringLiteral("ファンタジー")}));

    WorkEdit replace;
    replace.tags = QStringList{QStringLiteral("モノクロ")};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, replace));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->tags, QStringList{QStringLiteral("モノクロ")});

    // Tag names stay known for completion after no work uses them.
    auto names = m_catalog->names().tags();
    RAKKAN_VERIFY_OK(names);
    QVERIFY(names->contains(QStringLiteral("ファンタジー")));
}

void TestCatalog::addsRemovesAndReplacesHolders()
{
    const qint64 id = newWork(QStringLiteral("共作"));
    WorkEdit add;
    add.addHolders << WorkHolder{QStringLiteral("山田花子"), QStringLiteral("Yamada Hanako"), HolderRole::Artist}
                   << WorkHolder{QStringLiteral("山田花子"), QString(), HolderRole::Writer}
                   << WorkHolder{QStringLiteral("Studio Kumo"), QString(), HolderRole::Studio};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, add));
    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    // One person may hold a work in several roles; a later mention without a Latin name keeps the known one.
    const QList<WorkHolder> expected{
        {QStringLiteral("Studio Kumo"), QString(), HolderRole::Studio},
        {QStringLiteral("山田花子"), QStringLiteral("Yamada Hanako"), HolderRole::Artist},
        {QStringLiteral("山田花子"), QStringLiteral("Yamada Hanako"), HolderRole::Writer},
    };
    QCOMPARE(work->holders, expected);

    WorkEdit remove;
    remove.removeHolders = QStringList{QStringLiteral("山田花子")};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, remove));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->holders, (QList<WorkHolder>{{QStringLiteral("Studio Kumo"), QString(), HolderRole::Studio}}));

    WorkEdit replace;
    replace.holders =
        QList<WorkHolder>{{QStringLiteral("鈴木出版"), QStringLiteral("Suzuki Shuppan"), HolderRole::Publisher}};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, replace));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->holders, *replace.holders);

    auto names = m_catalog->names().holders();
    RAKKAN_VERIFY_OK(names);
    QCOMPARE(*names,
             (QStringList{QStringLiteral("Studio Kumo"), QStringLiteral("山田花子"), QStringLiteral("鈴木出版")}));
}

void TestCatalog::holderNeedsName()
{
    const qint64 id = newWork(QStringLiteral("名無し"));
    WorkEdit edit;
    edit.addHolders << WorkHolder{QStringLiteral("   "), QString(), HolderRole::Author};
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(id, edit), ErrorCode::InvalidArgument);
}

void TestCatalog::addsAndRemovesPublications()
{
    const qint64 id = newWork(QStringLiteral("掲載"));
    WorkEdit add;
    add.addPublications << Publication{0, QStringLiteral("https://www.pixiv.net/artworks/118000000"),
                                       QStringLiteral(" pixiv "), QDate(2024, 5, 31)}
                        << Publication{0, QStringLiteral("http://example.com/comic/1"), QString(), QDate()};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, add));
    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->publications.size(), 2);
    // Undated first (NULL sorts low), then by date.
    const Publication undated = work->publications[0];
    const Publication pixiv = work->publications[1];
    QCOMPARE(undated.url, QStringLiteral("http://example.com/comic/1"));
    QVERIFY(undated.platform.isEmpty());
    QVERIFY(!undated.publishedOn.isValid());
    QCOMPARE(pixiv.url, QStringLiteral("https://www.pixiv.net/artworks/118000000"));
    QCOMPARE(pixiv.platform, QStringLiteral("pixiv"));
    QCOMPARE(pixiv.publishedOn, QDate(2024, 5, 31));
    QVERIFY(pixiv.id > 0 && undated.id > 0);

    // The same address again updates it instead of adding a second row.
    WorkEdit again;
    again.addPublications << Publication{0, pixiv.url, QStringLiteral("pixiv (R-18)"), QDate(2024, 6, 1)};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, again));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->publications.size(), 2);
    QCOMPARE(work->publications[1].platform, QStringLiteral("pixiv (R-18)"));
    QCOMPARE(work->publications[1].publishedOn, QDate(2024, 6, 1));

    WorkEdit remove;
    remove.removePublications << undated.id;
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, remove));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->publications.size(), 1);
    QCOMPARE(work->publications[0].id, pixiv.id);
}

void TestCatalog::refusesInvalidPublicationUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("no scheme") << QStringLiteral("www.pixiv.net/artworks/1");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/a.png");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("no host") << QStringLiteral("https://");
    QTest::newRow("spaces") << QStringLiteral("https://exa mple.com/");
}

void TestCatalog::refusesInvalidPublicationUrl()
{
    QFETCH(QString, url);
    const qint64 id = newWork(QStringLiteral("URL"));
    WorkEdit edit;
    edit.addPublications << Publication{0, url, QStringLiteral("web"), QDate(2024, 1, 1)};
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(id, edit), ErrorCode::InvalidArgument);
    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QVERIFY(work->publications.isEmpty());
}

void TestCatalog::listsSummaries()
{
    const qint64 chapter = newWork(QStringLiteral("第1話"), WorkKind::MangaChapter);
    const qint64 single = newWork(QStringLiteral("Cover art"), WorkKind::Cover);
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(chapter, 2, asset(2)));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(chapter, 1, asset(1)));
    auto page = m_catalog->assets().nextPage(chapter);
    RAKKAN_VERIFY_OK(page);
    QCOMPARE(*page, 3);
    WorkEdit edit;
    edit.series = QStringLiteral("星の欠片");
    edit.volume = 1;
    edit.chapter = QStringLiteral("1");
    edit.addTags = QStringList{QStringLiteral("b"), QStringLiteral("a")};
    edit.addHolders << WorkHolder{QStringLiteral("山田花子"), QString(), HolderRole::Author};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(chapter, edit));

    auto list = m_catalog->works().summaries();
    RAKKAN_VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    const WorkSummary &first = list->at(0);
    QCOMPARE(first.id, chapter);
    QCOMPARE(first.title, QStringLiteral("第1話"));
    QCOMPARE(first.kind, WorkKind::MangaChapter);
    QCOMPARE(first.series, QStringLiteral("星の欠片"));
    QCOMPARE(first.volume, 1);
    QCOMPARE(first.chapter, QStringLiteral("1"));
    QCOMPARE(QSet<QString>(first.tags.cbegin(), first.tags.cend()),
             (QSet<QString>{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(first.holders, QStringList{QStringLiteral("山田花子")});
    QCOMPARE(first.pageCount, 2);
    QCOMPARE(first.coverSize, QSize(1200, 1700));
    auto work = m_catalog->works().get(chapter);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->assets.size(), 2);
    QCOMPARE(work->assets[0].page, 1);
    QCOMPARE(first.coverAssetId, work->assets[0].id); // the cover is page 1, whatever order pages were added in

    const WorkSummary &second = list->at(1);
    QCOMPARE(second.id, single);
    QCOMPARE(second.kind, WorkKind::Cover);
    QCOMPARE(second.pageCount, 0);
    QCOMPARE(second.coverAssetId, qint64(0));
    QVERIFY(second.tags.isEmpty() && second.holders.isEmpty());
}

void TestCatalog::refusesBadAssets()
{
    const qint64 id = newWork(QStringLiteral("Assets"));
    NewAsset shortHash = asset(1);
    shortHash.sha256.chop(1);
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, shortHash), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(id, 0, asset(2)), ErrorCode::InvalidArgument);
    NewAsset noPixels = asset(3);
    noPixels.pixelSize = QSize(0, 10);
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, noPixels), ErrorCode::InvalidArgument);

    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, asset(4)));
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, asset(5)),
                        ErrorCode::InvalidArgument); // page taken
    const qint64 other = newWork(QStringLiteral("Other"));
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(other, 1, asset(4)),
                        ErrorCode::InvalidArgument); // same file twice

    QCOMPARE(scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM assets")), qint64(1));
    QCOMPARE(scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM thumbnails")), qint64(0));

    auto found = m_catalog->assets().findBySha256(asset(4).sha256);
    RAKKAN_VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->workId, id);
    auto absent = m_catalog->assets().findBySha256(asset(99).sha256);
    RAKKAN_VERIFY_OK(absent);
    QVERIFY(!absent->has_value());
}

void TestCatalog::missingWorkIsNotFound()
{
    WorkEdit edit;
    edit.title = QStringLiteral("ghost");
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(999, edit), ErrorCode::NotFound);
    RAKKAN_VERIFY_ERROR(m_catalog->works().get(999), ErrorCode::NotFound);
    RAKKAN_VERIFY_ERROR(m_catalog->works().remove(999), ErrorCode::NotFound);
    auto count = m_catalog->works().count();
    RAKKAN_VERIFY_OK(count);
    QCOMPARE(*count, qint64(0));
}

void TestCatalog::failedEditChangesNothing()
{
    const qint64 id = newWork(QStringLiteral("元の題"));
    WorkEdit first;
    first.addTags = QStringList{QStringLiteral("既存")};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, first));
    auto before = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(before);

    // Title, series, tags and a holder are written before the bad address is reached.
    WorkEdit edit;
    edit.title = QStringLiteral("新しい題");
    edit.series = QStringLiteral("新シリーズ");
    edit.tags = QStringList{QStringLiteral("新タグ")};
    edit.addHolders << WorkHolder{QStringLiteral("新人"), QString(), HolderRole::Author};
    edit.addPublications << Publication{0, QStringLiteral("https://ok.example/1"), QString(), QDate()}
                         << Publication{0, QStringLiteral("not a url"), QString(), QDate()};
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(id, edit), ErrorCode::InvalidArgument);

    auto after = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(after);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->tags, before->tags);
    QVERIFY(after->series.isEmpty());
    QVERIFY(after->holders.isEmpty());
    QVERIFY(after->publications.isEmpty());
    QCOMPARE(after->updatedAt, before->updatedAt);
    auto series = m_catalog->names().series();
    RAKKAN_VERIFY_OK(series);
    QVERIFY(series->isEmpty());
    auto holders = m_catalog->names().holders();
    RAKKAN_VERIFY_OK(holders);
    QVERIFY(holders->isEmpty());
    auto tags = m_catalog->names().tags();
    RAKKAN_VERIFY_OK(tags);
    QCOMPARE(*tags, QStringList{QStringLiteral("既存")});
}

void TestCatalog::removeThenRestoreGivesBackTheSameWork()
{
    // A work before and one after the removed one, so that restored rows cannot get their old ids by luck.
    const qint64 earlier = newWork(QStringLiteral("前"));
    const qint64 id = newWork(QStringLiteral("消して戻す"), WorkKind::MangaChapter);
    WorkEdit edit;
    edit.titleLatin = QStringLiteral("Keshite Modosu");
    edit.series = QStringLiteral("星の欠片");
    edit.volume = 2;
    edit.chapter = QStringLiteral("7");
    edit.notes = QStringLiteral("undo me");
    edit.addTags = QStringList{QStringLiteral("カラー"), QStringLiteral("draft")};
    edit.addHolders << WorkHolder{QStringLiteral("山田花子"), QStringLiteral("Yamada Hanako"), HolderRole::Artist}
                    << WorkHolder{QStringLiteral("Studio Kumo"), QString(), HolderRole::Studio};
    edit.addPublications << Publication{0, QStringLiteral("https://www.pixiv.net/artworks/1"), QStringLiteral("pixiv"),
                                        QDate(2024, 5, 31)}
                         << Publication{0, QStringLiteral("https://x.com/yamada/status/2"), QString(), QDate()};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, edit));
    const QByteArray thumb1 = test::encodeImage(test::testPattern(QSize(32, 45), 1), "JPEG");
    const QByteArray thumb2 = test::encodeImage(test::testPattern(QSize(32, 45), 2), "JPEG");
    QVERIFY(!thumb1.isEmpty() && !thumb2.isEmpty());
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, asset(1, thumb1)));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(id, 2, asset(2, thumb2)));
    RAKKAN_VERIFY_OK(
        cataloguing::WorkEditor(*m_catalog).addAsset(id, 3, asset(3))); // a page whose thumbnail is still to be made
    const qint64 later = newWork(QStringLiteral("後"));
    WorkEdit laterEdit;
    laterEdit.addPublications << Publication{0, QStringLiteral("https://example.com/later"), QString(), QDate()};
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(later, laterEdit));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(later, 1, asset(4)));

    auto before = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(before);

    auto snapshot = m_catalog->works().remove(id);
    RAKKAN_VERIFY_OK(snapshot);
    RAKKAN_VERIFY_ERROR(m_catalog->works().get(id), ErrorCode::NotFound);
    QCOMPARE(scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM assets")), qint64(1));
    QCOMPARE(scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM thumbnails")), qint64(0));
    QCOMPARE(scalar(m_catalog->database(), QStringLiteral("SELECT count(*) FROM publications")), qint64(1));
    // The files a removed work pointed at can be imported again.
    auto free = m_catalog->assets().findBySha256(asset(1).sha256);
    RAKKAN_VERIFY_OK(free);
    QVERIFY(!free->has_value());

    RAKKAN_VERIFY_OK(m_catalog->works().restore(*snapshot));
    auto after = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(after);
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->title, before->title);
    QCOMPARE(after->titleLatin, before->titleLatin);
    QCOMPARE(after->kind, before->kind);
    QCOMPARE(after->series, before->series);
    QCOMPARE(after->seriesLatin, before->seriesLatin);
    QCOMPARE(after->volume, before->volume);
    QCOMPARE(after->chapter, before->chapter);
    QCOMPARE(after->notes, before->notes);
    QCOMPARE(after->tags, before->tags);
    QCOMPARE(after->holders, before->holders);
    QCOMPARE(after->publications, before->publications);
    QCOMPARE(after->createdAt, before->createdAt);
    QCOMPARE(after->updatedAt, before->updatedAt);
    QCOMPARE(after->assets.size(), before->assets.size());
    for (qsizetype i = 0; i < before->assets.size(); ++i) {
        const Asset &a = after->assets[i];
        const Asset &b = before->assets[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.workId, b.workId);
        QCOMPARE(a.page, b.page);
        QCOMPARE(a.sha256, b.sha256);
        QCOMPARE(a.fileSize, b.fileSize);
        QCOMPARE(a.pixelSize, b.pixelSize);
        QCOMPARE(a.format, b.format);
        QCOMPARE(a.originalPath, b.originalPath);
        QCOMPARE(a.importedAt, b.importedAt);
    }
    const QList<QByteArray> expectedThumbs{thumb1, thumb2, QByteArray()};
    for (qsizetype i = 0; i < after->assets.size(); ++i) {
        auto thumb = m_catalog->assets().thumbnail(after->assets[i].id);
        RAKKAN_VERIFY_OK(thumb);
        QCOMPARE(*thumb, expectedThumbs[i]);
    }
    // The neighbours were not disturbed.
    RAKKAN_VERIFY_OK(m_catalog->works().get(earlier));
    auto neighbour = m_catalog->works().get(later);
    RAKKAN_VERIFY_OK(neighbour);
    QCOMPARE(neighbour->publications.size(), 1);
    QCOMPARE(neighbour->assets.size(), 1);
}

void TestCatalog::lockedCatalogueIsReported()
{
    const qint64 id = newWork(QStringLiteral("Locked"));
    auto other = sql::Database::open(m_catalog->path(), sql::Database::Mode::ReadWrite);
    RAKKAN_VERIFY_OK(other);
    RAKKAN_VERIFY_OK((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")));
    // The default of five seconds suits a user waiting for another program; a test need not wait that long.
    RAKKAN_VERIFY_OK(m_catalog->database().exec(QStringLiteral("PRAGMA busy_timeout = 50")));

    WorkEdit edit;
    edit.title = QStringLiteral("changed");
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(id, edit), ErrorCode::Locked);
    RAKKAN_VERIFY_ERROR(m_catalog->works().create(QStringLiteral("new"), WorkKind::Other), ErrorCode::Locked);
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, asset(1)), ErrorCode::Locked);
    // With write-ahead logging a writer does not stop readers.
    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("Locked"));

    RAKKAN_VERIFY_OK((*other)->exec(QStringLiteral("ROLLBACK")));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, edit));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("changed"));
}

void TestCatalog::fullDiskIsReportedAndCatalogueStaysConsistent()
{
    const qint64 id = newWork(QStringLiteral("Full"));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(id, 1, asset(1)));
    auto &db = m_catalog->database();
    // The file may not grow by a single page: any write that needs a new page fails as on a full disk.
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);

    const QByteArray bigThumbnail(256 * 1024, 'j');
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).addAsset(id, 2, asset(2, bigThumbnail)),
                        ErrorCode::DiskFull);
    WorkEdit edit;
    edit.title = QStringLiteral("never saved");
    edit.notes = QString(200 * 1024, QLatin1Char('n'));
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(id, edit), ErrorCode::DiskFull);

    QCOMPARE(m_catalog->database().queryText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), qint64(0));
    auto work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("Full"));
    QVERIFY(work->notes.isEmpty());
    QCOMPARE(work->assets.size(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM thumbnails")), qint64(0));

    // Once there is room again, the same writes succeed on the same connection.
    RAKKAN_VERIFY_OK(db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).addAsset(id, 2, asset(2, bigThumbnail)));
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(id, edit));
    work = m_catalog->works().get(id);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(work->title, QStringLiteral("never saved"));
    QCOMPARE(work->assets.size(), 2);
}

// A catalogue may come from anywhere (sent, restored, synced): its connection cannot be talked into rewriting
// its own schema or loading code.
void TestCatalog::catalogueIsOpenedDefensively()
{
    auto &db = m_catalog->database();
    (void)db.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    QVERIFY(
        !db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE works (x)' WHERE name = 'works'")).ok());
    QVERIFY(!db.exec(QStringLiteral("SELECT load_extension('/tmp/evil.so')")).ok());
    QCOMPARE(db.queryText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));
}

// "Open with Rakkan" hands the GUI a catalogue or a picture to check: told apart by the file's first bytes, so that
// a catalogue renamed without its extension still opens as one.
void TestCatalog::catalogueFilesAreToldFromPictures()
{
    const QString catalogue = m_dir->filePath(QStringLiteral("catalog.rakkan"));
    QVERIFY(Catalog::looksLikeCatalog(catalogue));
    const QString renamed = m_dir->filePath(QStringLiteral("studio-works"));
    QVERIFY(QFile::copy(catalogue, renamed));
    QVERIFY(Catalog::looksLikeCatalog(renamed));
    const QString picture = m_dir->filePath(QStringLiteral("page.png"));
    QVERIFY(test::writeFile(picture, test::pngBytes(3, QSize(32, 32))));
    QVERIFY(!Catalog::looksLikeCatalog(picture));
    QVERIFY(!Catalog::looksLikeCatalog(m_dir->filePath(QStringLiteral("missing.rakkan"))));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("short")), QByteArray("SQLite")));
    QVERIFY(!Catalog::looksLikeCatalog(m_dir->filePath(QStringLiteral("short"))));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
