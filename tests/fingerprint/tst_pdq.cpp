#include "fingerprint/Pdq.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTest>

using namespace rakkan::fingerprint;

namespace {

const QString kData = QStringLiteral(RAKKAN_TEST_DATA "/pdq");

// The reference decodes the stored pixels as they are: no EXIF rotation, full size.
QImage decodeAsReference(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(false);
    return reader.read();
}

struct Expected
{
    QString path;
    QString hash; // empty where the reference cannot hash the file
    int quality = -1;
};

QList<Expected> expectedRows()
{
    QFile file(kData + QStringLiteral("/expected.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Expected> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines[i].split('\t');
        if (cols.size() != 3)
            continue;
        Expected e;
        e.path = QString::fromUtf8(cols[2]);
        if (cols[0] != "REFERENCE-CANNOT-HASH" && cols[1] != "-") {
            e.hash = QString::fromLatin1(cols[0]);
            e.quality = cols[1].toInt();
        }
        rows << e;
    }
    return rows;
}

PdqHash hashFile(const QString &relative)
{
    return Pdq::hash(Pdq::referenceLuma(decodeAsReference(kData + QLatin1Char('/') + relative)));
}

} // namespace

class TestPdq : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesMetaReference_data();
    void matchesMetaReference();
    void hashesWhatTheReferenceCannot_data();
    void hashesWhatTheReferenceCannot();
    void dihedralVariantsMatchRotatedFiles_data();
    void dihedralVariantsMatchRotatedFiles();
    void hexRoundTrip();
    void tooSmallGivesZeroQuality();
    void flatImageHasLowQuality();
};

void TestPdq::matchesMetaReference_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("hash");
    QTest::addColumn<int>("quality");
    const auto rows = expectedRows();
    QVERIFY(rows.size() >= 30);
    for (const auto &row : rows)
        if (!row.hash.isEmpty())
            QTest::newRow(qPrintable(row.path)) << row.path << row.hash << row.quality;
}

void TestPdq::matchesMetaReference()
{
    QFETCH(QString, path);
    QFETCH(QString, hash);
    QFETCH(int, quality);
    const PdqHash ours = hashFile(path);
    const auto expected = Hash256::fromHex(hash);
    QVERIFY(expected);
    QCOMPARE(ours.hash.toHex(), hash);
    QCOMPARE(ours.quality, quality);
}

void TestPdq::hashesWhatTheReferenceCannot_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("LA png") << QStringLiteral("misc-images/modes/LA.png");
    QTest::newRow("CMYK jpeg") << QStringLiteral("misc-images/modes/CMYK.jpg");
}

void TestPdq::hashesWhatTheReferenceCannot()
{
    QFETCH(QString, path);
    const PdqHash ours = hashFile(path);
    const PdqHash rgb = hashFile(QStringLiteral("misc-images/modes/RGB.jpg"));
    QVERIFY(ours.quality >= 80);
    // The same picture in another colour model: PDQ's compatibility rule is 10 bits at quality >= 80.
    QVERIFY2(ours.hash.distance(rgb.hash) <= 10, qPrintable(QString::number(ours.hash.distance(rgb.hash))));
}

void TestPdq::dihedralVariantsMatchRotatedFiles_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("path");
    QTest::newRow("rotate90") << int(Orientation::Rotate90)
                              << QStringLiteral("reg-test-input/dih/bridge-2-rotate-90.jpg");
    QTest::newRow("rotate180") << int(Orientation::Rotate180)
                               << QStringLiteral("reg-test-input/dih/bridge-3-rotate-180.jpg");
    QTest::newRow("rotate270") << int(Orientation::Rotate270)
                               << QStringLiteral("reg-test-input/dih/bridge-4-rotate-270.jpg");
    QTest::newRow("flipx") << int(Orientation::FlipX) << QStringLiteral("reg-test-input/dih/bridge-5-flipx.jpg");
    QTest::newRow("flipy") << int(Orientation::FlipY) << QStringLiteral("reg-test-input/dih/bridge-6-flipy.jpg");
    QTest::newRow("flip+1") << int(Orientation::FlipPlus1)
                            << QStringLiteral("reg-test-input/dih/bridge-7-flip-plus-1.jpg");
    QTest::newRow("flip-1") << int(Orientation::FlipMinus1)
                            << QStringLiteral("reg-test-input/dih/bridge-8-flip-minus-1.jpg");
}

void TestPdq::dihedralVariantsMatchRotatedFiles()
{
    QFETCH(int, orientation);
    QFETCH(QString, path);
    const auto all = Pdq::hashAllOrientations(
        Pdq::referenceLuma(decodeAsReference(kData + QStringLiteral("/reg-test-input/dih/bridge-1-original.jpg"))));
    const PdqHash rotatedFile = hashFile(path);
    // Grid alignment and JPEG re-encoding make the variant differ from the rotated file's own hash by some bits
    // (Meta's note; 18 at most here), well inside the match threshold of 31; an unrelated picture is ~128 away.
    const int distance = all[size_t(orientation)].hash.distance(rotatedFile.hash);
    QVERIFY2(distance <= 24, qPrintable(QString::number(distance)));
    // And it is the right symmetry: every other variant is far from this file.
    for (int o = 0; o < kOrientationCount; ++o)
        if (o != orientation)
            QVERIFY2(all[size_t(o)].hash.distance(rotatedFile.hash) > 2 * distance,
                     qPrintable(orientationKey(Orientation(o))));
    QCOMPARE(all[0].hash, hashFile(QStringLiteral("reg-test-input/dih/bridge-1-original.jpg")).hash);
}

void TestPdq::hexRoundTrip()
{
    const QString hex = QStringLiteral("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22");
    const auto h = Hash256::fromHex(hex);
    QVERIFY(h);
    QCOMPARE(h->toHex(), hex);
    QCOMPARE(Hash256::fromBytes(h->toBytes()), h);
    QCOMPARE(h->distance(*h), 0);
    QVERIFY(!Hash256::fromHex(QStringLiteral("xyz")));
    QVERIFY(!Hash256::fromHex(hex.left(63) + QLatin1Char('g')));
    Hash256 one;
    one.setBit(0);
    QCOMPARE(one.toHex(), QString(63, QLatin1Char('0')) + QLatin1Char('1'));
    Hash256 top;
    top.setBit(255);
    QCOMPARE(top.toHex(), QStringLiteral("8") + QString(63, QLatin1Char('0')));
}

void TestPdq::tooSmallGivesZeroQuality()
{
    QImage tiny(4, 40, QImage::Format_RGB32);
    tiny.fill(Qt::red);
    const PdqHash h = Pdq::hash(Pdq::referenceLuma(tiny));
    QCOMPARE(h.quality, 0);
    QCOMPARE(h.hash, Hash256());
}

void TestPdq::flatImageHasLowQuality()
{
    QImage flat(300, 200, QImage::Format_RGB32);
    flat.fill(QColor(120, 130, 140));
    QVERIFY(Pdq::hash(Pdq::referenceLuma(flat)).quality < 50);
}

QTEST_GUILESS_MAIN(TestPdq)
#include "tst_pdq.moc"
