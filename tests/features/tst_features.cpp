#include "common/TestSupport.h"
#include "features/Alignment.h"
#include "features/DescriptorIndex.h"
#include "features/LocalFeatures.h"
#include "features/Resemblance.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace rakkan;
using namespace rakkan::features;

namespace {

// Shapes, strokes and a gradient: corners at many scales, different for every seed.
QImage artwork(QSize size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, size.width(), size.height());
    g.setColorAt(0, QColor::fromHsv(int(rng.bounded(360)), 120, 235));
    g.setColorAt(1, QColor::fromHsv(int(rng.bounded(360)), 200, 80));
    p.fillRect(image.rect(), g);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 60; ++i) {
        p.setPen(QPen(QColor::fromHsv(int(rng.bounded(360)), 200, int(rng.bounded(256))), 1 + rng.bounded(5)));
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(256)), int(rng.bounded(256))));
        const QRectF r(rng.bounded(size.width()), rng.bounded(size.height()), 8 + rng.bounded(size.width() / 6),
                       8 + rng.bounded(size.height() / 6));
        if (i % 3 == 0)
            p.drawRect(r);
        else if (i % 3 == 1)
            p.drawEllipse(r);
        else
            p.drawLine(r.topLeft(), r.bottomRight());
    }
    return image;
}

// Black ink on white paper, as line art and colouring pages are: few grey levels, corners only where lines meet.
QImage lineArt(QSize size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 3));
    for (int i = 0; i < 40; ++i) {
        QPainterPath path(QPointF(rng.bounded(size.width()), rng.bounded(size.height())));
        for (int k = 0; k < 3; ++k)
            path.quadTo(QPointF(rng.bounded(size.width()), rng.bounded(size.height())),
                        QPointF(rng.bounded(size.width()), rng.bounded(size.height())));
        p.drawPath(path);
    }
    return image;
}

FeatureSet catalogueSet(const QImage &image)
{
    return LocalFeatures::extract(image, LocalFeatures::forCatalogue());
}

FeatureSet querySet(const QImage &image, bool mirrored = false)
{
    auto options = LocalFeatures::forQuery();
    options.mirrored = mirrored;
    return LocalFeatures::extract(image, options);
}

// The copy turned by `degrees` (counter-clockwise as a person sees it) on a canvas that holds all of it.
QImage turned(const QImage &image, double degrees)
{
    QImage out = image.convertToFormat(QImage::Format_ARGB32)
                     .transformed(QTransform().rotate(-degrees), Qt::SmoothTransformation);
    QImage flat(out.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter(&flat).drawImage(0, 0, out);
    return flat;
}

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsSpreadFeatures();
    void packedFormRoundTrips();
    void damagedPackedFormIsAnError_data();
    void damagedPackedFormIsAnError();
    void alignerRecoversTheTransform_data();
    void alignerRecoversTheTransform();
    void alignerFindsTheWorkInsideAScreenshot();
    void alignerRefusesUnrelatedPictures_data();
    void alignerRefusesUnrelatedPictures();
    void alignerSeesPastManyKeypointsOnOneBlob();
    void alignerFindsACropOfASmallDrawingOnALargePage();
    void indexFindsTheOwnerOfNearDescriptors();
    void indexStaysRightWhenLargeAndCrowded();
    void resemblanceSeesWhatCoversTheWork();
    void hostilePicturesAreBounded_data();
    void hostilePicturesAreBounded();
};

void TestFeatures::extractsSpreadFeatures()
{
    const QImage art = artwork(QSize(1200, 900), 1);
    const FeatureSet set = catalogueSet(art);
    QVERIFY2(set.size() >= 200, qPrintable(QString::number(set.size())));
    QVERIFY(set.size() <= LocalFeatures::forCatalogue().maxFeatures);
    QCOMPARE(set.imageSize, art.size());
    QCOMPARE(set.descriptors.size(), set.points.size());
    // Every quarter of the picture holds some of them.
    int quarters[4] = {0, 0, 0, 0};
    for (const Keypoint &k : set.points) {
        QVERIFY(k.at.x() >= 0 && k.at.x() <= 1 && k.at.y() >= 0 && k.at.y() <= 1);
        ++quarters[(k.at.x() < 0.5 ? 0 : 1) + (k.at.y() < 0.5 ? 0 : 2)];
    }
    for (int q : quarters)
        QVERIFY2(q >= set.size() / 10, qPrintable(QString::number(q)));
    // Probes are the strongest few, no more than asked.
    QCOMPARE(int(LocalFeatures::probes(set, LocalFeatures::kProbes).size()), LocalFeatures::kProbes);
}

void TestFeatures::packedFormRoundTrips()
{
    const FeatureSet set = catalogueSet(lineArt(QSize(800, 600), 2));
    const QByteArray packed = LocalFeatures::pack(set);
    QVERIFY2(packed.size() <= 40 * set.size() + 64, qPrintable(QString::number(packed.size())));
    const auto back = LocalFeatures::unpack(packed);
    RAKKAN_VERIFY_OK(back);
    QCOMPARE(back->size(), set.size());
    QCOMPARE(back->imageSize, set.imageSize);
    for (qsizetype i = 0; i < set.size(); ++i) {
        QCOMPARE(back->descriptors[size_t(i)], set.descriptors[size_t(i)]);
        QVERIFY(std::abs(back->points[size_t(i)].at.x() - set.points[size_t(i)].at.x()) < 1e-4);
        // Angles are kept to one 255th of a turn: what the size-and-angle check needs, at one byte.
        const double angle = std::fmod(double(set.points[size_t(i)].angle) + 360.0, 360.0);
        double off = std::abs(double(back->points[size_t(i)].angle) - angle);
        off = std::min(off, 360.0 - off);
        QVERIFY2(off <= 0.8, qPrintable(QString::number(off)));
    }
    // What was packed still aligns with itself as well as the original set did.
    const auto self = Aligner::align(*back, querySet(lineArt(QSize(800, 600), 2)));
    QVERIFY(self);
}

void TestFeatures::damagedPackedFormIsAnError_data()
{
    const QByteArray good = LocalFeatures::pack(catalogueSet(artwork(QSize(400, 300), 3)));
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray("XXXX") + good.mid(4);
    QTest::newRow("cut short") << good.left(good.size() / 2);
    QTest::newRow("header only") << good.left(12);
    QByteArray huge = good;
    // A count far beyond what the bytes hold must not be believed (nor allocated).
    for (int i = 4; i < 12 && i < huge.size(); ++i)
        huge[i] = char(0xff);
    QTest::newRow("count beyond the bytes") << huge;
    QTest::newRow("random") << QByteArray(5000, 'z');
}

void TestFeatures::damagedPackedFormIsAnError()
{
    QFETCH(QByteArray, bytes);
    RAKKAN_VERIFY_ERROR(LocalFeatures::unpack(bytes), ErrorCode::Corrupt);
}

void TestFeatures::alignerRecoversTheTransform_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("degrees");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("mirrored");
    for (const QString &kind : {QStringLiteral("painting"), QStringLiteral("line art")}) {
        QTest::newRow(qPrintable(kind + QStringLiteral(" as is"))) << kind << 0.0 << 1.0 << false;
        QTest::newRow(qPrintable(kind + QStringLiteral(" turned 3"))) << kind << 3.0 << 1.0 << false;
        QTest::newRow(qPrintable(kind + QStringLiteral(" turned -10"))) << kind << -10.0 << 1.0 << false;
        QTest::newRow(qPrintable(kind + QStringLiteral(" turned 90"))) << kind << 90.0 << 1.0 << false;
        QTest::newRow(qPrintable(kind + QStringLiteral(" half size"))) << kind << 0.0 << 0.5 << false;
        QTest::newRow(qPrintable(kind + QStringLiteral(" mirrored"))) << kind << 0.0 << 1.0 << true;
        QTest::newRow(qPrintable(kind + QStringLiteral(" mirrored turned 10"))) << kind << 10.0 << 0.8 << true;
    }
}

void TestFeatures::alignerRecoversTheTransform()
{
    QFETCH(QString, kind);
    QFETCH(double, degrees);
    QFETCH(double, scale);
    QFETCH(bool, mirrored);
    const QImage work = kind == QLatin1String("painting") ? artwork(QSize(900, 700), 4) : lineArt(QSize(900, 700), 4);
    QImage copy = mirrored ? work.mirrored(true, false) : work;
    copy = copy.scaled(copy.size() * scale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    copy = turned(copy, degrees);
    const FeatureSet stored = catalogueSet(work);
    const auto aligned = Aligner::align(stored, querySet(copy, mirrored));
    QVERIFY2(aligned, "no alignment");
    QCOMPARE(aligned->mirrored, mirrored);
    QVERIFY2(std::abs(aligned->rotation - degrees) < 1.5, qPrintable(QString::number(aligned->rotation)));
    QVERIFY2(std::abs(aligned->scale - scale) < 0.05 * scale, qPrintable(QString::number(aligned->scale)));
    QVERIFY(aligned->workShown > 0.95);
    // The work's centre lands on the copy's centre (each transform above keeps it there).
    const QPointF centre = aligned->workToQuery.map(QPointF(work.width() / 2.0, work.height() / 2.0));
    QVERIFY2(QLineF(centre, QPointF(copy.width() / 2.0, copy.height() / 2.0)).length() < 0.02 * copy.width(),
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
}

void TestFeatures::alignerFindsTheWorkInsideAScreenshot()
{
    const QImage work = artwork(QSize(800, 600), 5);
    QImage shot(1600, 1000, QImage::Format_RGB32);
    shot.fill(QColor(32, 33, 36));
    const QRect placed(500, 200, 480, 360);
    {
        QPainter p(&shot);
        p.fillRect(0, 0, 1600, 70, QColor(220, 220, 225));
        p.drawImage(placed, work);
        p.drawImage(QRect(1100, 200, 400, 300), artwork(QSize(400, 300), 99)); // another picture beside it
    }
    const auto aligned = Aligner::align(catalogueSet(work), querySet(shot));
    QVERIFY(aligned);
    const QRectF outline = aligned->workInQuery.boundingRect();
    QVERIFY2(std::abs(outline.left() - placed.left()) < 6 && std::abs(outline.right() - placed.right()) < 6 &&
                 std::abs(outline.top() - placed.top()) < 6 && std::abs(outline.bottom() - placed.bottom()) < 6,
             qPrintable(QStringLiteral("%1 %2 %3 %4")
                            .arg(outline.left())
                            .arg(outline.top())
                            .arg(outline.right())
                            .arg(outline.bottom())));
    QVERIFY(aligned->queryCovered < 0.2);
    QVERIFY(aligned->workShown > 0.95);
}

void TestFeatures::alignerRefusesUnrelatedPictures_data()
{
    QTest::addColumn<bool>("lines");
    QTest::newRow("paintings") << false;
    QTest::newRow("line art") << true;
}

void TestFeatures::alignerRefusesUnrelatedPictures()
{
    QFETCH(bool, lines);
    for (quint32 seed = 10; seed < 20; ++seed) {
        const QImage a = lines ? lineArt(QSize(800, 600), seed) : artwork(QSize(800, 600), seed);
        const QImage b = lines ? lineArt(QSize(800, 600), seed + 100) : artwork(QSize(800, 600), seed + 100);
        QVERIFY2(!Aligner::align(catalogueSet(a), querySet(b)), qPrintable(QString::number(seed)));
        QVERIFY(!Aligner::align(catalogueSet(a), querySet(b, true)));
    }
}

void TestFeatures::alignerSeesPastManyKeypointsOnOneBlob()
{
    // 20 keypoints of the work reappear in the suspect shifted by (40, 30); 40 more of the work all find their
    // nearest at one single place of the suspect (a repeated motif, a blob). Shrinking the whole work onto that
    // place "fits" 40 pairs, more than the true shift does.
    QRandomGenerator random(11);
    auto randomDescriptor = [&] {
        Descriptor d;
        for (auto &word : d)
            word = random.generate64();
        return d;
    };
    FeatureSet work, suspect;
    work.imageSize = suspect.imageSize = QSize(1000, 1000);
    auto add = [](FeatureSet &set, QPointF pixel, const Descriptor &d) {
        Keypoint k;
        k.at = QPointF(pixel.x() / set.imageSize.width(), pixel.y() / set.imageSize.height());
        k.size = 0.02f;
        k.angle = 45;
        set.points.push_back(k);
        set.descriptors.push_back(d);
    };
    for (int i = 0; i < 20; ++i) {
        const QPointF at(100 + (i % 5) * 180, 100 + (i / 5) * 200);
        const Descriptor d = randomDescriptor();
        add(work, at, d);
        add(suspect, at + QPointF(40, 30), d);
    }
    for (int i = 0; i < 40; ++i) {
        const Descriptor d = randomDescriptor();
        add(work, QPointF(50 + (i % 8) * 110, 80 + (i / 8) * 170), d);
        add(suspect, QPointF(500, 500), d);
    }
    const auto aligned = Aligner::align(work, suspect);
    QVERIFY(aligned.has_value());
    QVERIFY2(std::abs(aligned->scale - 1.0) < 0.02, qPrintable(QString::number(aligned->scale)));
    QCOMPARE(aligned->inliers, 20);
    const QPointF shift = aligned->workToQuery.map(QPointF(0, 0));
    QVERIFY(std::abs(shift.x() - 40) < 2 && std::abs(shift.y() - 30) < 2);
}

void TestFeatures::alignerFindsACropOfASmallDrawingOnALargePage()
{
    // Clip art: a 200-pixel drawing on a 1,200-pixel white page. The copy is the page's lower-right 60 %: the drawing
    // is all there, but it fills less than a tenth of what the copy shows of the page.
    QImage page(1200, 1200, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter(&page).drawImage(800, 780, artwork(QSize(200, 200), 31));
    const QImage copy = page.copy(480, 480, 720, 720);
    const auto aligned = Aligner::align(catalogueSet(page), querySet(copy));
    QVERIFY(aligned.has_value());
    QVERIFY2(std::abs(aligned->scale - 1.0) < 0.05, qPrintable(QString::number(aligned->scale)));
    QVERIFY2(aligned->workShown > 0.3 && aligned->workShown < 0.42, qPrintable(QString::number(aligned->workShown)));
}

void TestFeatures::indexFindsTheOwnerOfNearDescriptors()
{
    DescriptorIndex index;
    QList<FeatureSet> sets;
    for (quint32 i = 0; i < 30; ++i) {
        sets << catalogueSet(artwork(QSize(640, 480), 200 + i));
        index.add(i, LocalFeatures::probes(sets.last(), LocalFeatures::kProbes));
    }
    index.build();
    QVERIFY(index.memoryBytes() > 0);
    // A recompressed, smaller copy of picture 17 votes for 17 first.
    const QImage copy = QImage::fromData(
        test::encodeImage(
            artwork(QSize(640, 480), 217).scaled(480, 360, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "JPEG",
            60),
        "JPEG");
    const auto found = index.candidates(querySet(copy).descriptors, 56, 3, 5);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().owner, quint32(17));
    QVERIFY(found.size() == 1 || found[0].votes > 2 * found[1].votes);
}

void TestFeatures::indexStaysRightWhenLargeAndCrowded()
{
    DescriptorIndex index;
    for (quint32 i = 0; i < 30; ++i)
        index.add(i, LocalFeatures::probes(catalogueSet(artwork(QSize(640, 480), 200 + i)), LocalFeatures::kProbes));
    // 15,000 more pictures of 80 probes: random ones, and in every picture ten of one pattern all pictures share
    // (as straight edges and flat corners are), a bit or two apart, so that they crowd the same buckets.
    QRandomGenerator random(7);
    Descriptor common;
    for (auto &word : common)
        word = random.generate64();
    for (quint32 owner = 30; owner < 15'030; ++owner) {
        std::vector<Descriptor> probes(80);
        for (size_t k = 0; k < probes.size(); ++k) {
            if (k < 10) {
                probes[k] = common;
                probes[k][k % 4] ^= quint64(1) << random.bounded(64);
            } else {
                for (auto &word : probes[k])
                    word = random.generate64();
            }
        }
        index.add(owner, probes);
    }
    index.build();
    // 1.2 million probes: the key has grown past 16 bits, so buckets stay small on average.
    QVERIFY2(index.keyBits() > 16, qPrintable(QString::number(index.keyBits())));

    // A copy of picture 17 that also shows the shared pattern many times is still answered with 17.
    const QImage copy = QImage::fromData(
        test::encodeImage(
            artwork(QSize(640, 480), 217).scaled(480, 360, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "JPEG",
            60),
        "JPEG");
    std::vector<Descriptor> asked = querySet(copy).descriptors;
    asked.insert(asked.end(), 50, common);
    const auto found = index.candidates(asked, 56, 3, 5);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().owner, quint32(17));
}

void TestFeatures::resemblanceSeesWhatCoversTheWork()
{
    const QImage work = artwork(QSize(800, 600), 6);
    const QTransform same;
    const Resemblance clean = Resembler::compare(work, work.size(), work, same);
    QVERIFY2(clean.overall > 0.9, qPrintable(QString::number(clean.overall)));
    QCOMPARE(clean.coveredBlocks(), 0);
    // A sticker over the middle: the rest agrees, the middle does not.
    QImage covered = work;
    QPainter(&covered).fillRect(QRect(300, 220, 200, 160), QColor(255, 230, 0));
    const Resemblance sticker = Resembler::compare(work, work.size(), covered, same);
    QVERIFY(sticker.overall > 0.5);
    QVERIFY(sticker.coveredBlocks() >= 1);
    // An unrelated picture under the same alignment looks nothing like it.
    const Resemblance other = Resembler::compare(work, work.size(), artwork(QSize(800, 600), 60), same);
    QVERIFY2(other.overall < 0.45, qPrintable(QString::number(other.overall)));
}

void TestFeatures::hostilePicturesAreBounded_data()
{
    QTest::addColumn<QImage>("image");
    QImage one(1, 1, QImage::Format_RGB32);
    one.fill(Qt::red);
    QTest::newRow("1x1") << one;
    QImage flat(2000, 1500, QImage::Format_RGB32);
    flat.fill(QColor(128, 128, 128));
    QTest::newRow("flat") << flat;
    QImage noise(1500, 1500, QImage::Format_Grayscale8);
    QRandomGenerator rng(1);
    for (int y = 0; y < noise.height(); ++y) {
        uchar *line = noise.scanLine(y);
        for (int x = 0; x < noise.width(); ++x)
            line[x] = uchar(rng.bounded(256));
    }
    QTest::newRow("noise") << noise;
    QTest::newRow("thin strip") << artwork(QSize(6000, 3), 7);
}

void TestFeatures::hostilePicturesAreBounded()
{
    QFETCH(QImage, image);
    QElapsedTimer timer;
    timer.start();
    const FeatureSet q = querySet(image);
    const FeatureSet c = catalogueSet(image);
    QVERIFY(q.size() <= LocalFeatures::forQuery().maxFeatures);
    QVERIFY(c.size() <= LocalFeatures::forCatalogue().maxFeatures);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Noise has corners everywhere and no picture: it lines up with nothing.
    QVERIFY(!Aligner::align(catalogueSet(artwork(QSize(800, 600), 8)), q));
}

QTEST_MAIN(TestFeatures)
#include "tst_features.moc"
