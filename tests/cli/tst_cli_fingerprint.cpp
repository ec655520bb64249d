#include "cli/CliRunner.h"
#include "common/TestSupport.h"
#include "core/Csv.h"
#include "fingerprint/Hash256.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using rakkan::test::CliRunner;

namespace {

QImage artwork(QSize size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(int(rng.bounded(360)), 120, 220));
    QPainter p(&image);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 40; ++i) {
        p.setBrush(QColor::fromHsv(int(rng.bounded(360)), int(rng.bounded(256)), int(rng.bounded(256))));
        p.drawRect(int(rng.bounded(size.width())), int(rng.bounded(size.height())), 20 + int(rng.bounded(200)),
                   20 + int(rng.bounded(200)));
    }
    return image;
}

} // namespace

class TestCliFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashPrintsReferenceHashes();
    void hashKeepsGoingPastBadFiles();
    void matchFindsTheWorkAndSaysHow();
    void matchUsageErrors();
    void scanStreamsOnlyMatchesAsSafeCsv();
    void scanJsonLines();
    void dupesGroupsNearCopies();
    void rehashFillsOlderCataloguesAndRefusesChangedFiles();
    void csvNeutralisesFormulas();
    void everyBadInputGetsAClearResult();
    void isccPrintsTheCodeAndItsUnits();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliResult cli(const QStringList &arguments) const { return m_cli->run(arguments); }

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_catalog;
};

void TestCliFingerprint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path());
    m_catalog = path(QStringLiteral("c.rakkan"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("art"))));
    for (int i = 0; i < 3; ++i)
        QVERIFY(artwork(QSize(900, 700), quint32(i + 1)).save(path(QStringLiteral("art/w%1.png").arg(i))));
    const auto imported =
        cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("import"), path(QStringLiteral("art"))});
    QVERIFY2(imported.exitCode == 0, imported.describe());
}

void TestCliFingerprint::hashPrintsReferenceHashes()
{
    const QString file = test::testData(QStringLiteral("pdq/bridge-mods/aaa-orig.jpg"));
    const QString reference = QStringLiteral("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22");
    const auto exact = cli({QStringLiteral("hash"), QStringLiteral("--algo"), QStringLiteral("pdq-exact"), file});
    QVERIFY2(exact.exitCode == 0, exact.describe());
    QCOMPARE(exact.outText(), reference + QStringLiteral("\t100\t") + file + QLatin1Char('\n'));
    // The fast hash reads the JPEG's own brightness channel rather than converting decoded colour: a few bits
    // from Meta's, far inside PDQ's matching distance.
    const auto fast = cli({QStringLiteral("hash"), QStringLiteral("--algo"), QStringLiteral("pdq"), file});
    QVERIFY2(fast.exitCode == 0, fast.describe());
    const QStringList fields = fast.outText().trimmed().split(QLatin1Char('\t'));
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(2), file);
    auto fastHash = fingerprint::Hash256::fromHex(fields.at(0));
    QVERIFY(fastHash.has_value());
    const int distance = fastHash->distance(*fingerprint::Hash256::fromHex(reference));
    QVERIFY2(distance <= 6, qPrintable(QString::number(distance)));
    const auto json = cli({QStringLiteral("--json"), QStringLiteral("hash"), file});
    QCOMPARE(json.json()
                 .object()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("hash"))
                 .toString()
                 .size(),
             64);
}

void TestCliFingerprint::hashKeepsGoingPastBadFiles()
{
    QVERIFY(test::writeFile(path(QStringLiteral("junk.jpg")), QByteArray("\xFF\xD8\xFF garbage", 12)));
    const auto r = cli({QStringLiteral("hash"), path(QStringLiteral("junk.jpg")), path(QStringLiteral("art/w0.png")),
                        path(QStringLiteral("missing.png"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.outText().count(QLatin1Char('\n')), 1); // the good one
    QVERIFY(r.outText().endsWith(path(QStringLiteral("art/w0.png")) + QLatin1Char('\n')));
    QVERIFY2(r.errText().contains(QStringLiteral("junk.jpg")) && r.errText().contains(QStringLiteral("missing.png")),
             r.describe());
}

void TestCliFingerprint::matchFindsTheWorkAndSaysHow()
{
    const QImage original(path(QStringLiteral("art/w1.png")));
    QVERIFY(original.mirrored(true, false).scaled(600, 466).save(path(QStringLiteral("copy.jpg")), "JPEG", 50));
    const auto r = cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json"), QStringLiteral("match"),
                        path(QStringLiteral("copy.jpg"))});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject first = r.json().object().value(QStringLiteral("results")).toArray().first().toObject();
    const QJsonObject best = first.value(QStringLiteral("matches")).toArray().first().toObject();
    QCOMPARE(best.value(QStringLiteral("title")).toString(), QStringLiteral("w1"));
    QCOMPARE(best.value(QStringLiteral("orientation")).toString(), QStringLiteral("flip_y"));
    QVERIFY(best.value(QStringLiteral("distance")).toInt() <= 31);
    QVERIFY(!best.value(QStringLiteral("confidence")).toString().isEmpty());

    const auto human =
        cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("match"), path(QStringLiteral("copy.jpg"))});
    QVERIFY2(human.outText().contains(QStringLiteral("Mirrored left to right.")), human.describe());
    QVERIFY2(human.outText().contains(QStringLiteral("keypoints line up")), human.describe());
}

void TestCliFingerprint::matchUsageErrors()
{
    QCOMPARE(cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("match")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("match"), QStringLiteral("--threshold"),
                  QStringLiteral("999"), path(QStringLiteral("copy.jpg"))})
                 .exitCode,
             2);
    QCOMPARE(
        cli({QStringLiteral("hash"), QStringLiteral("--algo"), QStringLiteral("md5"), path(QStringLiteral("copy.jpg"))})
            .exitCode,
        2);
}

void TestCliFingerprint::scanStreamsOnlyMatchesAsSafeCsv()
{
    const QString folder = path(QStringLiteral("dataset"));
    QVERIFY(QDir().mkpath(folder));
    const QImage original(path(QStringLiteral("art/w2.png")));
    QVERIFY(original.copy(45, 35, 810, 630).save(folder + QStringLiteral("/=HYPERLINK(x).jpg"), "JPEG", 70));
    for (int i = 0; i < 5; ++i)
        QVERIFY(artwork(QSize(400, 300), quint32(500 + i)).save(folder + QStringLiteral("/other%1.png").arg(i)));
    const auto r =
        cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("scan"), QStringLiteral("--csv"), folder});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header and the one copy
    QVERIFY(lines[0].startsWith(QStringLiteral("path,work_id")));
    QVERIFY2(lines[1].contains(QStringLiteral(",w2,")), qPrintable(lines[1]));
    QVERIFY(r.errText().contains(QStringLiteral("1 of 6 files")));
}

void TestCliFingerprint::scanJsonLines()
{
    const auto r = cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json"), QStringLiteral("scan"),
                        path(QStringLiteral("dataset"))});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(line.value(QStringLiteral("title")).toString(), QStringLiteral("w2"));
    QVERIFY(line.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("=HYPERLINK(x).jpg")));
}

void TestCliFingerprint::dupesGroupsNearCopies()
{
    const QString other = path(QStringLiteral("dupes.rakkan"));
    const QImage a = artwork(QSize(800, 600), 77);
    QVERIFY(QDir().mkpath(path(QStringLiteral("dup"))));
    QVERIFY(a.save(path(QStringLiteral("dup/a.png"))));
    QVERIFY(a.save(path(QStringLiteral("dup/a-export.jpg")), "JPEG", 80));
    QVERIFY(artwork(QSize(800, 600), 78).save(path(QStringLiteral("dup/b.png"))));
    QCOMPARE(cli({QStringLiteral("--catalog"), other, QStringLiteral("import"), path(QStringLiteral("dup"))}).exitCode,
             0);
    const auto r = cli({QStringLiteral("--catalog"), other, QStringLiteral("--json"), QStringLiteral("dupes")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray groups = r.json().object().value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    QStringList titles;
    for (const auto &m : groups.first().toObject().value(QStringLiteral("assets")).toArray())
        titles << m.toObject().value(QStringLiteral("title")).toString();
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("a"), QStringLiteral("a-export")}));
}

void TestCliFingerprint::rehashFillsOlderCataloguesAndRefusesChangedFiles()
{
    const QString cat = path(QStringLiteral("old.rakkan"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("old"))));
    QVERIFY(artwork(QSize(600, 400), 90).save(path(QStringLiteral("old/keep.png"))));
    QVERIFY(artwork(QSize(600, 400), 91).save(path(QStringLiteral("old/edit.png"))));
    QCOMPARE(cli({QStringLiteral("--catalog"), cat, QStringLiteral("import"), path(QStringLiteral("old"))}).exitCode,
             0);
    {
        // As a catalogue made before fingerprints existed.
        auto db = sql::Database::open(cat, sql::Database::Mode::ReadWrite);
        RAKKAN_VERIFY_OK(db);
        RAKKAN_VERIFY_OK((*db)->exec(QStringLiteral("DELETE FROM fingerprints")));
        RAKKAN_VERIFY_OK((*db)->exec(QStringLiteral("DELETE FROM asset_iscc")));
    }
    QVERIFY(artwork(QSize(600, 400), 92).save(path(QStringLiteral("old/edit.png")))); // edited since
    const auto r = cli({QStringLiteral("--catalog"), cat, QStringLiteral("--json"), QStringLiteral("rehash")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().object().value(QStringLiteral("fingerprinted")).toInt(), 1);
    QVERIFY2(r.errText().contains(QStringLiteral("changed since it was catalogued")), r.describe());
    const auto found = cli({QStringLiteral("--catalog"), cat, QStringLiteral("--json"), QStringLiteral("match"),
                            path(QStringLiteral("old/keep.png"))});
    QCOMPARE(found.json()
                 .object()
                 .value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("matches"))
                 .toArray()
                 .size(),
             1);
    // The ISCC came back for the unchanged file only.
    const auto works = cli(
        {QStringLiteral("--catalog"), cat, QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("list")});
    int withIscc = 0;
    for (const QJsonValue &w : works.json().object().value(QStringLiteral("works")).toArray()) {
        const auto shown =
            cli({QStringLiteral("--catalog"), cat, QStringLiteral("--json"), QStringLiteral("works"),
                 QStringLiteral("show"), QString::number(w.toObject().value(QStringLiteral("id")).toInt())});
        const QJsonObject asset = shown.json().object().value(QStringLiteral("assets")).toArray().first().toObject();
        if (asset.value(QStringLiteral("iscc")).isObject()) {
            ++withIscc;
            QVERIFY(asset.value(QStringLiteral("original_path")).toString().endsWith(QLatin1String("keep.png")));
            QVERIFY(asset.value(QStringLiteral("iscc"))
                        .toObject()
                        .value(QStringLiteral("iscc_code"))
                        .toString()
                        .startsWith(QLatin1String("ISCC:KEC")));
        }
    }
    QCOMPARE(withIscc, 1);
}

void TestCliFingerprint::isccPrintsTheCodeAndItsUnits()
{
    const QString file = test::testData(QStringLiteral("pdq/bridge-mods/aaa-orig.jpg"));
    const auto r = cli({QStringLiteral("--json"), QStringLiteral("iscc"), file, path(QStringLiteral("missing.png"))});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray results = r.json().object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject code = results.at(0).toObject();
    // The Image-Code the reference pipeline gives for this file (tests/data/iscc/images.tsv).
    QCOMPARE(code.value(QStringLiteral("content")).toString(),
             QStringLiteral("ISCC:EED2ZIU4DQZ5YI6XLBCDSOLHXDDK7IU4DQZ5YI6VHNCDSOLHXBDKW5Q"));
    QVERIFY(code.value(QStringLiteral("meta")).isNull());
    QVERIFY(code.value(QStringLiteral("iscc_code")).toString().startsWith(QLatin1String("ISCC:KEA")));
    QVERIFY(code.value(QStringLiteral("datahash")).toString().startsWith(QLatin1String("1e20")));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("not_found")));
    // With a title, a Meta-Code joins the composite; human output names each unit.
    const auto titled = cli({QStringLiteral("iscc"), QStringLiteral("--title"), QStringLiteral("橋"), file});
    QCOMPARE(titled.exitCode, 0);
    QVERIFY2(titled.outText().contains(QStringLiteral("ISCC-CODE       ISCC:KEC")), titled.describe());
    QVERIFY(titled.outText().contains(QStringLiteral("Meta-Code       ISCC:AAD")));
    QCOMPARE(cli({QStringLiteral("iscc")}).exitCode, 2);
}

void TestCliFingerprint::csvNeutralisesFormulas()
{
    QCOMPARE(csvField(QStringLiteral("=cmd|' /C calc'!A0")), QStringLiteral("\"'=cmd|' /C calc'!A0\""));
    QCOMPARE(csvField(QStringLiteral("+1")), QStringLiteral("\"'+1\""));
    QCOMPARE(csvField(QStringLiteral("-2")), QStringLiteral("\"'-2\""));
    QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("\"'@SUM(A1)\""));
    QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(csvField(QStringLiteral("星の庭")), QStringLiteral("星の庭"));
    QCOMPARE(csvRow({QStringLiteral("a"), QStringLiteral("=b")}), QStringLiteral("a,\"'=b\"\r\n"));
}

void TestCliFingerprint::everyBadInputGetsAClearResult()
{
    const QString dir = path(QStringLiteral("bad"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(test::writeFile(dir + QStringLiteral("/empty.png"), QByteArray()));
    const QByteArray jpeg = test::encodeImage(artwork(QSize(300, 200), 9), "JPEG", 90);
    QVERIFY(test::writeFile(dir + QStringLiteral("/truncated.jpg"), jpeg.left(jpeg.size() / 2)));
    QVERIFY(
        test::writeFile(dir + QStringLiteral("/corrupt.png"), QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(300, 'x')));
    QImage one(1, 1, QImage::Format_RGB32);
    one.fill(Qt::red);
    QVERIFY(one.save(dir + QStringLiteral("/one-pixel.png")));
    QImage flat(400, 300, QImage::Format_RGB32);
    flat.fill(QColor(90, 140, 200));
    QVERIFY(flat.save(dir + QStringLiteral("/flat.png")));
    QVERIFY(
        artwork(QSize(400, 300), 10).convertToFormat(QImage::Format_RGBA64).save(dir + QStringLiteral("/deep.png")));
    // Two 6x6 frames, red then blue (made with ImageMagick; Qt cannot write GIF): the first frame is hashed.
    QVERIFY(test::writeFile(
        dir + QStringLiteral("/animated.gif"),
        QByteArray::fromHex(
            "47494638396106000600f00000ff000000000021f904000a00000021ff0b4e45545343415045322e3003010000002c000000000600"
            "0600000205848fa9cb050021f904000a0000002c0000000006000600800000ff0000000205848fa9cb05003b")));

    const QStringList files = {QStringLiteral("empty.png"),   QStringLiteral("truncated.jpg"),
                               QStringLiteral("corrupt.png"), QStringLiteral("one-pixel.png"),
                               QStringLiteral("flat.png"),    QStringLiteral("deep.png"),
                               QStringLiteral("animated.gif")};
    QStringList arguments{QStringLiteral("--json"), QStringLiteral("hash")};
    for (const QString &f : files)
        arguments << dir + QLatin1Char('/') + f;
    const auto r = cli(arguments);
    QCOMPARE(r.exitCode, 1);
    QHash<QString, QJsonObject> byFile;
    for (const auto &v : r.json().object().value(QStringLiteral("results")).toArray())
        byFile.insert(QFileInfo(v.toObject().value(QStringLiteral("path")).toString()).fileName(), v.toObject());
    QCOMPARE(byFile.size(), files.size());
    QCOMPARE(byFile[QStringLiteral("empty.png")][QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
             QStringLiteral("empty"));
    QCOMPARE(
        byFile[QStringLiteral("truncated.jpg")][QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
        QStringLiteral("truncated"));
    QVERIFY(byFile[QStringLiteral("corrupt.png")].contains(QStringLiteral("error")));
    // Tiny and flat pictures hash, but their quality says they cannot be trusted.
    QCOMPARE(byFile[QStringLiteral("one-pixel.png")][QStringLiteral("quality")].toInt(), 0);
    QVERIFY(byFile[QStringLiteral("flat.png")][QStringLiteral("quality")].toInt() < 50);
    QVERIFY(byFile[QStringLiteral("deep.png")][QStringLiteral("quality")].toInt() >= 50);
    QCOMPARE(byFile[QStringLiteral("animated.gif")][QStringLiteral("hash")].toString().size(), 64);
    QCOMPARE(byFile[QStringLiteral("animated.gif")][QStringLiteral("quality")].toInt(), 0);

    // Matching them says why instead of a silent "no match".
    const auto m = cli({QStringLiteral("--catalog"), m_catalog, QStringLiteral("--json"), QStringLiteral("match"),
                        dir + QStringLiteral("/flat.png"), dir + QStringLiteral("/one-pixel.png")});
    QCOMPARE(m.exitCode, 1);
    for (const auto &v : m.json().object().value(QStringLiteral("results")).toArray())
        QCOMPARE(v.toObject()[QStringLiteral("error")].toObject()[QStringLiteral("code")].toString(),
                 QStringLiteral("too_flat"));
}

QTEST_GUILESS_MAIN(TestCliFingerprint)
#include "tst_cli_fingerprint.moc"
