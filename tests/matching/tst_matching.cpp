#include "catalog/Catalog.h"
#include "cataloguing/Importer.h"
#include "common/TestSupport.h"
#include "fingerprint/MatchIndex.h"
#include "imaging/ImageDecoder.h"
#include "matching/CatalogMatcher.h"
#include "matching/Evaluation.h"
#include "matching/FingerprintInput.h"
#include "matching/Transforms.h"
#include "matching/Verdict.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::fingerprint;
using namespace rakkan::matching;

namespace {

// The evaluation set's floors (see evaluationHoldsItsFiguresOnArtwork): measured 0.993 on average and every kind
// of copy at 1.0 but scale25 (5 of 6, the small fly drawing). Each floor allows one more miss than measured.
constexpr double kAverageRecallFloor = 0.97;
const QHash<QString, double> kRecallFloor = {{QStringLiteral("scale25"), 4.0 / 6}};

// Artwork-like pictures: gradients and many shapes, different for every seed.
QImage artwork(QSize size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 140, 230));
    g.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), 200, 70));
    p.fillRect(image.rect(), g);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 40; ++i) {
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(256)), int(rng.bounded(256))));
        p.drawEllipse(QPointF(rng.bounded(size.width()), rng.bounded(size.height())),
                      10 + rng.bounded(size.width() / 5), 10 + rng.bounded(size.height() / 5));
    }
    return image;
}

// A manga page: four panels of different artwork on white paper with gutters.
QImage mangaPage(quint32 seed, QRect *lifted)
{
    QImage page(1000, 1400, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter p(&page);
    const QList<QRect> panels = {QRect(50, 50, 900, 560), QRect(50, 650, 430, 700), QRect(520, 650, 430, 330),
                                 QRect(520, 1020, 430, 330)};
    for (int i = 0; i < panels.size(); ++i) {
        p.drawImage(panels[i], artwork(panels[i].size(), seed * 10 + quint32(i)));
        p.setPen(QPen(Qt::black, 4));
        p.setBrush(Qt::NoBrush);
        p.drawRect(panels[i]);
    }
    if (lifted)
        *lifted = panels[1];
    return page;
}

QImage viaJpeg(const QImage &image, int quality)
{
    return QImage::fromData(test::encodeImage(image, "JPEG", quality), "JPEG");
}

QImage withBorder(const QImage &image, double fraction, QColor colour)
{
    const int bx = int(image.width() * fraction);
    const int by = int(image.height() * fraction);
    QImage framed(image.width() + 2 * bx, image.height() + 2 * by, QImage::Format_RGB32);
    framed.fill(colour);
    QPainter(&framed).drawImage(bx, by, image);
    return framed;
}

QImage centreCrop(const QImage &image, double cut)
{
    const int w = int(image.width() * (1 - cut));
    const int h = int(image.height() * (1 - cut));
    return image.copy((image.width() - w) / 2, (image.height() - h) / 2, w, h);
}

// A screenshot of the picture in an app: a title bar and side panel around it.
QImage screenshot(const QImage &image)
{
    QImage shot(image.width() + 260, image.height() + 120, QImage::Format_RGB32);
    shot.fill(QColor(40, 40, 44));
    QPainter p(&shot);
    p.fillRect(0, 0, shot.width(), 60, QColor(230, 230, 235));
    p.drawImage(200, 80, image);
    return shot;
}

Hash256 randomHash(QRandomGenerator &rng)
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(rng.bounded(256));
    return *Hash256::fromBytes(bytes);
}

Hash256 flipBits(Hash256 h, QRandomGenerator &rng, int count)
{
    QByteArray bytes = h.toBytes();
    QList<int> bits;
    while (bits.size() < count) {
        const int b = int(rng.bounded(256));
        if (!bits.contains(b))
            bits << b;
    }
    for (int b : bits)
        bytes[b / 8] = char(bytes[b / 8] ^ (1 << (b % 8)));
    return *Hash256::fromBytes(bytes);
}

} // namespace

class TestMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexFindsWhatALinearScanFinds_data();
    void indexFindsWhatALinearScanFinds();
    void indexHonoursRemovalsAndPendingAdditions();
    void findsTransformedCopies_data();
    void findsTransformedCopies();
    void mirroringIsNamedCorrectly();
    void unrelatedPictureMatchesNothing();
    void flatPictureIsRefusedNotMissed();
    void importStoresRegionsAndPanels();
    void evaluationHoldsItsFiguresOnArtwork();
    void verdictSaysWhatHappened_data();
    void verdictSaysWhatHappened();
    void collageFindsEveryWorkInIt();
    void pageInAReaderAppFindsThePage();
    void hostileSuspectsAreAnsweredInBoundedTime_data();
    void hostileSuspectsAreAnsweredInBoundedTime();
    void hugeCanvasIsAnsweredInBoundedTime();
    void uprightUndoesEveryOrientation_data();
    void uprightUndoesEveryOrientation();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    CatalogMatcher m_matcher;
    QHash<QString, qint64> m_workOf;
    QImage m_page;
    QRect m_panel;
};

void TestMatching::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString art = m_dir.filePath(QStringLiteral("art"));
    QVERIFY(QDir().mkpath(art));
    for (int i = 0; i < 6; ++i)
        QVERIFY(artwork(QSize(1200, 900), quint32(100 + i)).save(art + QStringLiteral("/work%1.png").arg(i)));
    m_page = mangaPage(7, &m_panel);
    QVERIFY(m_page.save(art + QStringLiteral("/page.png")));

    auto catalog = catalog::Catalog::open(m_dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    m_catalog = std::move(catalog).value();
    cataloguing::Importer importer(*m_catalog, {});
    const auto report = importer.run({art});
    QCOMPARE(report.count(cataloguing::ImportItem::Outcome::Added), 7);
    for (const auto &item : report.items)
        m_workOf.insert(QFileInfo(item.path).completeBaseName(), item.workId);
    RAKKAN_VERIFY_OK(m_matcher.load(*m_catalog));
}

void TestMatching::indexFindsWhatALinearScanFinds_data()
{
    QTest::addColumn<int>("threshold");
    for (int t : {0, 8, 16, 31, 40})
        QTest::newRow(qPrintable(QString::number(t))) << t;
}

void TestMatching::indexFindsWhatALinearScanFinds()
{
    QFETCH(int, threshold);
    QRandomGenerator rng(42);
    MatchIndex index;
    QList<Hash256> planted;
    for (int i = 0; i < 20000; ++i)
        index.add(randomHash(rng), MatchIndex::Entry{i, i, 0, 100});
    // Near neighbours at every distance up to 40 around a few centres.
    for (int c = 0; c < 20; ++c) {
        const Hash256 centre = randomHash(rng);
        planted << centre;
        for (int d = 0; d <= 40; d += 2)
            index.add(flipBits(centre, rng, d), MatchIndex::Entry{100000 + c * 100 + d, 0, 0, 100});
    }
    index.build();
    for (const Hash256 &centre : std::as_const(planted)) {
        const auto viaIndex = index.query(centre, threshold);
        const auto viaScan = index.linearScan(centre, threshold);
        QCOMPARE(viaIndex.size(), viaScan.size());
        QVERIFY(viaIndex.size() >= threshold / 2); // the planted ones, at least
        for (qsizetype i = 0; i < viaIndex.size(); ++i)
            QCOMPARE(viaIndex[i].distance, viaScan[i].distance);
    }
}

void TestMatching::indexHonoursRemovalsAndPendingAdditions()
{
    QRandomGenerator rng(7);
    MatchIndex index;
    const Hash256 a = randomHash(rng);
    index.add(a, MatchIndex::Entry{1, 1, 0, 100});
    index.build();
    const Hash256 b = flipBits(a, rng, 3);
    index.add(b, MatchIndex::Entry{2, 2, 0, 100}); // pending, not yet in the tables
    QCOMPARE(index.query(a, 5).size(), 2);
    index.removeAsset(1);
    QCOMPARE(index.query(a, 5).size(), 1);
    index.build();
    QCOMPARE(index.size(), 1);
    QCOMPARE(index.entryAt(index.query(a, 5).first().entry).assetId, qint64(2));
}

void TestMatching::findsTransformedCopies_data()
{
    QTest::addColumn<QString>("work");
    QTest::addColumn<int>("transform");
    const QStringList names = {
        QStringLiteral("jpeg q30"),        QStringLiteral("half size"),  QStringLiteral("150 %"),
        QStringLiteral("mirrored"),        QStringLiteral("rotated 90"), QStringLiteral("grey"),
        QStringLiteral("crop 10 %"),       QStringLiteral("crop 25 %"),  QStringLiteral("white border 20 %"),
        QStringLiteral("letterbox black"), QStringLiteral("screenshot"), QStringLiteral("lifted panel")};
    for (int t = 0; t < names.size(); ++t)
        QTest::newRow(qPrintable(names[t]))
            << (t == names.size() - 1 ? QStringLiteral("page") : QStringLiteral("work3")) << t;
}

void TestMatching::findsTransformedCopies()
{
    QFETCH(QString, work);
    QFETCH(int, transform);
    const QImage original =
        work == QLatin1String("page") ? m_page : QImage(m_dir.filePath(QStringLiteral("art/%1.png").arg(work)));
    QImage copy;
    switch (transform) {
    case 0:
        copy = viaJpeg(original, 30);
        break;
    case 1:
        copy = original.scaled(original.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        break;
    case 2:
        copy = original.scaled(original.size() * 3 / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        break;
    case 3:
        copy = original.mirrored(true, false);
        break;
    case 4:
        copy = original.transformed(QTransform().rotate(90));
        break;
    case 5:
        copy = original.convertToFormat(QImage::Format_Grayscale8);
        break;
    case 6:
        copy = centreCrop(original, 0.10);
        break;
    case 7:
        copy = centreCrop(original, 0.25);
        break;
    case 8:
        copy = withBorder(original, 0.20, Qt::white);
        break;
    case 9:
        copy = withBorder(original, 0.15, Qt::black);
        break;
    case 10:
        copy = screenshot(viaJpeg(original.scaled(original.size() / 2), 80));
        break;
    case 11:
        copy = viaJpeg(original.copy(m_panel.adjusted(6, 6, -6, -6)), 85);
        break;
    }
    auto matches = m_matcher.match(copy);
    RAKKAN_VERIFY_OK(matches);
    QVERIFY2(!matches->isEmpty(), "no match");
    QCOMPARE(matches->first().workId, m_workOf.value(work));
    // Either stage may have found it; what it reports must hold up.
    const Match &m = matches->first();
    QVERIFY(m.alignment || (m.distance >= 0 && m.distance <= CatalogMatcher::kDefaultThreshold));
}

void TestMatching::mirroringIsNamedCorrectly()
{
    const QImage original(m_dir.filePath(QStringLiteral("art/work2.png")));
    auto leftRight = m_matcher.match(original.mirrored(true, false));
    RAKKAN_VERIFY_OK(leftRight);
    QCOMPARE(int(leftRight->first().orientation), int(Orientation::FlipY));
    auto topBottom = m_matcher.match(original.mirrored(false, true));
    RAKKAN_VERIFY_OK(topBottom);
    QCOMPARE(int(topBottom->first().orientation), int(Orientation::FlipX));
    auto quarter = m_matcher.match(original.transformed(QTransform().rotate(90)));
    RAKKAN_VERIFY_OK(quarter);
    QCOMPARE(int(quarter->first().orientation), int(Orientation::Rotate90)); // clockwise, as Qt turns
    auto otherWay = m_matcher.match(original.transformed(QTransform().rotate(-90)));
    RAKKAN_VERIFY_OK(otherWay);
    QCOMPARE(int(otherWay->first().orientation), int(Orientation::Rotate270));
    auto same = m_matcher.match(original);
    RAKKAN_VERIFY_OK(same);
    QCOMPARE(int(same->first().orientation), int(Orientation::Original));
    QCOMPARE(same->first().distance, 0);
    QCOMPARE(same->first().confidence, Confidence::SamePicture);
}

void TestMatching::unrelatedPictureMatchesNothing()
{
    for (quint32 seed = 900; seed < 910; ++seed) {
        auto matches = m_matcher.match(artwork(QSize(800, 600), seed));
        RAKKAN_VERIFY_OK(matches);
        QVERIFY2(matches->isEmpty(), qPrintable(QString::number(matches->isEmpty() ? -1 : matches->first().distance)));
    }
}

void TestMatching::flatPictureIsRefusedNotMissed()
{
    QImage flat(400, 300, QImage::Format_RGB32);
    flat.fill(QColor(200, 200, 200));
    RAKKAN_VERIFY_ERROR(m_matcher.match(flat), ErrorCode::TooFlat);
}

void TestMatching::importStoresRegionsAndPanels()
{
    auto prints =
        m_catalog->fingerprints().of(m_catalog->works().get(m_workOf.value(QStringLiteral("page")))->assets.first().id);
    RAKKAN_VERIFY_OK(prints);
    QStringList regions;
    int panels = 0;
    for (const auto &f : *prints) {
        regions << f.region;
        panels += f.region.startsWith(QLatin1String("panel:")) ? 1 : 0;
        QCOMPARE(f.hash.size(), 32);
    }
    QVERIFY2(regions.contains(QStringLiteral("full")), qPrintable(regions.join(QLatin1Char(' '))));
    QVERIFY(regions.contains(QStringLiteral("center84")));
    QCOMPARE(panels, 4);
}

void TestMatching::evaluationHoldsItsFiguresOnArtwork()
{
    // Clip art and line art (tests/data/SOURCE.md): the kinds of picture local features find hardest. The figures
    // are this small set's own at the time of writing, less a margin of one copy, so a regression fails here.
    const auto files = [](const QString &folder) {
        QStringList paths;
        const QDir dir(test::testData(QStringLiteral("matching/") + folder));
        for (const QString &name : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
        return paths;
    };
    QTemporaryDir dir;
    const auto report = Evaluation::run(files(QStringLiteral("works")), files(QStringLiteral("unrelated")),
                                        dir.filePath(QStringLiteral("evaluation")));
    RAKKAN_VERIFY_OK(report);
    QCOMPARE(report->originals, 6);
    QCOMPARE(report->unrelatedQueries, 10 * int(report->transforms.size()));
    QVERIFY2(report->falseMatches.isEmpty(), qPrintable(report->falseMatches.join(QLatin1Char('\n'))));
    const QString misses = report->misses.join(QLatin1Char('\n'));
    QVERIFY2(report->averageRecall() >= kAverageRecallFloor, qPrintable(misses));
    for (const QString &t : report->transforms)
        QVERIFY2(report->rakkanRecall.value(t) >= kRecallFloor.value(t, 5.0 / 6),
                 qPrintable(t + QLatin1Char('\n') + misses));
    // What the second stage is for shows up beside plain PDQ.
    for (const char *t : {"rotate10", "screenshot", "watermark", "crop60corner"})
        QVERIFY2(report->rakkanRecall.value(QLatin1String(t)) > report->pdqRecall.value(QLatin1String(t)), t);
}

void TestMatching::verdictSaysWhatHappened_data()
{
    QTest::addColumn<int>("transform");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("words");
    QTest::newRow("re-saved") << 0 << QStringLiteral("same_picture") << QStringLiteral("same picture");
    QTest::newRow("mirrored") << 1 << QStringLiteral("mirrored") << QStringLiteral("Mirrored left to right");
    QTest::newRow("turned 10 anticlockwise")
        << 2 << QStringLiteral("turned") << QStringLiteral("about 10° anticlockwise");
    QTest::newRow("quarter turn") << 3 << QStringLiteral("quarter_turn") << QStringLiteral("quarter turn clockwise");
    QTest::newRow("corner") << 4 << QStringLiteral("cropped") << QStringLiteral("Cropped to about 50 %");
    QTest::newRow("screenshot") << 5 << QStringLiteral("inside_larger_picture") << QStringLiteral("larger picture");
    QTest::newRow("sticker") << 6 << QStringLiteral("partly_covered") << QStringLiteral("covered");
    QTest::newRow("lifted panel") << 7 << QStringLiteral("panel") << QStringLiteral("part of the work");
}

void TestMatching::verdictSaysWhatHappened()
{
    QFETCH(int, transform);
    QFETCH(QString, change);
    QFETCH(QString, words);
    const QImage original(m_dir.filePath(QStringLiteral("art/work5.png")));
    QImage copy;
    QString work = QStringLiteral("work5");
    switch (transform) {
    case 0:
        copy = viaJpeg(original.scaled(original.size() * 0.8), 85);
        break;
    case 1:
        copy = original.mirrored(true, false);
        break;
    case 2: // Qt turns clockwise for positive angles, as the screen's y axis runs down
        copy = original.transformed(QTransform().rotate(-10), Qt::SmoothTransformation);
        break;
    case 3:
        copy = original.transformed(QTransform().rotate(90));
        break;
    case 4:
        copy = original.copy(0, 0, int(original.width() * 0.71), int(original.height() * 0.71));
        break;
    case 5:
        copy = screenshot(original.scaled(original.size() / 2));
        break;
    case 6:
        copy = original;
        QPainter(&copy).fillRect(QRect(450, 330, 300, 240), QColor(250, 220, 40));
        break;
    case 7:
        work = QStringLiteral("page");
        copy = m_page.copy(m_panel.adjusted(6, 6, -6, -6));
        break;
    }
    auto matches = m_matcher.match(copy);
    RAKKAN_VERIFY_OK(matches);
    QVERIFY(!matches->isEmpty());
    const Match &m = matches->first();
    QCOMPARE(m.workId, m_workOf.value(work));
    const Verdict verdict = Verdicts::of(m);
    const QStringList keys = Verdicts::changeKeys(verdict);
    QVERIFY2(keys.contains(change), qPrintable(keys.join(QLatin1Char(' ')) + QStringLiteral(": ") + verdict.summary()));
    QVERIFY2(verdict.summary().contains(words), qPrintable(verdict.summary()));
    QVERIFY(!Verdicts::evidence(m).isEmpty());
    // Only what happened is said: a plain re-save is nothing else, and a picture untouched is not called covered.
    if (transform == 0) {
        QCOMPARE(keys, QStringList{QStringLiteral("same_picture")});
        QCOMPARE(m.confidence, Confidence::SamePicture);
    }
    if (transform != 6)
        QVERIFY2(!keys.contains(QStringLiteral("partly_covered")), qPrintable(verdict.summary()));
    if (transform != 1)
        QVERIFY2(!keys.contains(QStringLiteral("mirrored")), qPrintable(verdict.summary()));
}

void TestMatching::collageFindsEveryWorkInIt()
{
    // Two works side by side with a third, unrelated picture, as a repost account's collage.
    QImage collage(1500, 560, QImage::Format_RGB32);
    collage.fill(Qt::white);
    {
        QPainter p(&collage);
        p.drawImage(QRect(10, 10, 480, 360), QImage(m_dir.filePath(QStringLiteral("art/work0.png"))));
        p.drawImage(QRect(510, 100, 480, 360), QImage(m_dir.filePath(QStringLiteral("art/work1.png"))));
        p.drawImage(QRect(1010, 10, 480, 540), artwork(QSize(480, 540), 4242));
    }
    auto matches = m_matcher.match(viaJpeg(collage, 80));
    RAKKAN_VERIFY_OK(matches);
    QSet<qint64> works;
    for (const Match &m : *matches) {
        works.insert(m.workId);
        QVERIFY(Verdicts::changeKeys(Verdicts::of(m)).contains(QStringLiteral("inside_larger_picture")));
    }
    QCOMPARE(works, (QSet<qint64>{m_workOf.value(QStringLiteral("work0")), m_workOf.value(QStringLiteral("work1"))}));
}

void TestMatching::pageInAReaderAppFindsThePage()
{
    // A manga page shown at a third of its size in a reader: toolbar, page strip, the next page half in view.
    QImage app(1280, 800, QImage::Format_RGB32);
    app.fill(QColor(24, 24, 24));
    {
        QPainter p(&app);
        p.fillRect(0, 0, 1280, 48, QColor(50, 50, 55));
        p.drawImage(QRect(400, 60, 500, 700), m_page);
        p.drawImage(QRect(920, 60, 500, 700), mangaPage(99, nullptr));
    }
    auto matches = m_matcher.match(viaJpeg(app, 75));
    RAKKAN_VERIFY_OK(matches);
    QVERIFY(!matches->isEmpty());
    QCOMPARE(matches->first().workId, m_workOf.value(QStringLiteral("page")));
    QVERIFY(matches->first().alignment);
    const QRectF outline = matches->first().alignment->workInQuery.boundingRect();
    QVERIFY2(QRectF(400, 60, 500, 700).adjusted(-10, -10, 10, 10).contains(outline),
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(outline.x())
                            .arg(outline.y())
                            .arg(outline.width())
                            .arg(outline.height())));
}

void TestMatching::hostileSuspectsAreAnsweredInBoundedTime_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<bool>("refused");
    QImage one(1, 1, QImage::Format_RGB32);
    one.fill(Qt::blue);
    QTest::newRow("1x1") << one << true;
    QImage flat(3000, 2000, QImage::Format_RGB32);
    flat.fill(QColor(10, 120, 200));
    QTest::newRow("flat") << flat << true;
    QImage noise(2000, 2000, QImage::Format_RGB32);
    QRandomGenerator rng(3);
    for (int y = 0; y < noise.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x)
            line[x] = rng.generate() | 0xff000000u;
    }
    QTest::newRow("noise") << noise << false;
    QTest::newRow("thin strip") << artwork(QSize(8000, 4), 5) << false;
}

void TestMatching::hostileSuspectsAreAnsweredInBoundedTime()
{
    QFETCH(QImage, image);
    QFETCH(bool, refused);
    QElapsedTimer timer;
    timer.start();
    const auto matches = m_matcher.match(image);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    if (refused) {
        RAKKAN_VERIFY_ERROR(matches, ErrorCode::TooFlat);
    } else {
        RAKKAN_VERIFY_OK(matches);
        QVERIFY(matches->isEmpty()); // noise, or a sliver, is nobody's work
    }
}

void TestMatching::hugeCanvasIsAnsweredInBoundedTime()
{
    // 400 megapixels in a 483 KiB file (tests/data/SOURCE.md): read within the decoder's limits, and answered.
    QElapsedTimer timer;
    timer.start();
    auto decoded = decodeForFingerprint(test::testData(QStringLiteral("hostile/canvas-20000x20000.png")),
                                        imaging::DecodeLimits(), DecodeMode::Fast);
    RAKKAN_VERIFY_OK(decoded);
    const auto matches = m_matcher.match(decoded->image);
    RAKKAN_VERIFY_OK(matches);
    QVERIFY(matches->isEmpty());
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    // With a smaller pixel limit the same file is refused before any pixel is decoded.
    imaging::DecodeLimits tight;
    tight.maxPixels = 50'000'000;
    timer.restart();
    RAKKAN_VERIFY_ERROR(
        decodeForFingerprint(test::testData(QStringLiteral("hostile/canvas-20000x20000.png")), tight, DecodeMode::Fast),
        ErrorCode::TooLarge);
    QVERIFY(timer.elapsed() < 1000);
}

void TestMatching::uprightUndoesEveryOrientation_data()
{
    QTest::addColumn<QTransform>("transform");
    QTest::newRow("identity") << QTransform();
    QTest::newRow("rotate 90") << QTransform().rotate(90);
    QTest::newRow("rotate 180") << QTransform().rotate(180);
    QTest::newRow("rotate 270") << QTransform().rotate(270);
    QTest::newRow("mirror x") << QTransform(-1, 0, 0, 1, 0, 0);
    QTest::newRow("mirror y") << QTransform(1, 0, 0, -1, 0, 0);
    QTest::newRow("transpose") << QTransform(0, 1, 1, 0, 0, 0);
    QTest::newRow("anti-transpose") << QTransform(0, -1, -1, 0, 0, 0);
}

void TestMatching::uprightUndoesEveryOrientation()
{
    QFETCH(QTransform, transform);
    const QImage original(m_dir.filePath(QStringLiteral("art/work4.png")));
    const QImage copy = original.transformed(transform);
    auto matches = m_matcher.match(copy);
    RAKKAN_VERIFY_OK(matches);
    QVERIFY(!matches->isEmpty());
    const QImage back = CatalogMatcher::upright(copy, matches->first().orientation);
    QCOMPARE(back.size(), original.size());
    auto again = m_matcher.match(back);
    RAKKAN_VERIFY_OK(again);
    QCOMPARE(int(again->first().orientation), int(Orientation::Original));
    QVERIFY(again->first().distance <= 4);
}

QTEST_MAIN(TestMatching)
#include "tst_matching.moc"
