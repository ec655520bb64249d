// Exported copies carry the reservation in XMP: written with Exiv2, read back with Exiv2 and with ExifTool (an
// independent reader), in JPEG, PNG, WebP and TIFF; the originals stay byte-identical. The checker reads the
// forms other tools write (rdf:resource, bare tokens, deprecated properties) and reports broken files clearly.

#include "catalog/Catalog.h"
#include "cataloguing/Importer.h"
#include "common/CredentialFixtures.h"
#include "common/TestSupport.h"
#include "credentials/CredentialReader.h"
#include "credentials/CredentialWriter.h"
#include "crypto/Sha256.h"
#include "reservations/CopyExporter.h"
#include "reservations/PolicyStore.h"
#include "reservations/SiteChecker.h"
#include "reservations/XmpRights.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <exiv2/exiv2.hpp>

using namespace rakkan;
using namespace rakkan::reservations;

namespace {

ReservationPolicy policy()
{
    ReservationPolicy p = ReservationPolicy::defaults();
    p.siteUrl = QStringLiteral("https://artist.example");
    p.creator = QStringLiteral("山田 花子");
    p.contactEmail = QStringLiteral("licensing@artist.example");
    p.termsUrl = QStringLiteral("https://artist.example/ai-licensing");
    p.copyrightNotice = QStringLiteral("© 2026 山田 花子");
    return p;
}

QString exiftool(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral("exiftool"), arguments);
    if (!p.waitForFinished(30000))
        return QStringLiteral("(exiftool did not finish)");
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// A JPEG whose XMP packet is exactly `xmp`, as other tools write it.
QString jpegWithXmp(const QString &dir, const QString &name, const QString &xmp)
{
    const QString path = QDir(dir).filePath(name);
    test::writeFile(path, test::encodeImage(test::blockPattern(QSize(32, 32), 3), "JPEG"));
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->setXmpPacket(xmp.toStdString());
    image->writeXmpFromPacket(true);
    image->writeMetadata();
    return path;
}

QString packet(const QString &body)
{
    return QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                          "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">%1</rdf:RDF></x:xmpmeta>")
        .arg(body);
}

} // namespace

class TestXmp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copiesCarryTheReservationAndOriginalsStayUntouched();
    void readsTheFormsOtherToolsWrite();
    void brokenFilesGiveClearErrorsAndTheRestGoesOn();
    void webCopiesAreScaledWatermarkedAndTagged();

private:
    QTemporaryDir m_dir;
};

void TestXmp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("exiftool")).isEmpty(),
             "exiftool (Debian libimage-exiftool-perl) is needed: packaging/install-deps.sh installs it");
}

void TestXmp::copiesCarryTheReservationAndOriginalsStayUntouched()
{
    const QString art = m_dir.filePath(QStringLiteral("art"));
    QDir().mkpath(art);
    const QImage picture = test::blockPattern(QSize(96, 64), 11);
    for (const char *format : {"JPEG", "PNG", "WEBP", "TIFF"})
        QVERIFY2(picture.save(QDir(art).filePath(QStringLiteral("pic.%1").arg(QString::fromLatin1(format).toLower())),
                              format),
                 format);
    QMap<QString, QByteArray> before;
    for (const QFileInfo &f : QDir(art).entryInfoList(QDir::Files))
        before.insert(f.filePath(), crypto::sha256(test::readFile(f.filePath())));

    auto catalog = catalog::Catalog::open(m_dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    cataloguing::Importer(**catalog, cataloguing::ImportOptions{}).run({art});
    RAKKAN_VERIFY_OK(PolicyStore(**catalog).save(policy()));
    QList<qint64> works;
    const auto summaries = (*catalog)->works().summaries();
    for (const auto &s : *summaries)
        works << s.id;
    QCOMPARE(works.size(), 4);

    const QString out = m_dir.filePath(QStringLiteral("out"));
    // Signed with Content Credentials as well: the manifest goes in last and must leave the XMP readable to every
    // reader, while its hash covers that XMP.
    CopyExporter::Options options;
    options.embedRsl = true;
    options.contentCredentials = test::c2paTestSigner(QStringLiteral("es256"));
    auto report = CopyExporter::run(**catalog, works, out, options);
    RAKKAN_VERIFY_OK(report);
    QVERIFY2(report->failed.isEmpty(), qPrintable(report->failed.join(QLatin1Char('\n'))));
    QCOMPARE(report->written.size(), 4);
    const QString expected = XmpRights::dataMiningUri(policy());
    QCOMPARE(expected, QStringLiteral("http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-EXCEPTSEARCHENGINEINDEXING"));
    int signedCopies = 0;
    for (const QString &copy : std::as_const(report->written)) {
        auto read = XmpRights::read(copy);
        RAKKAN_VERIFY_OK(read);
        QCOMPARE(read->dataMining, expected);
        QVERIFY(read->otherConstraints.contains(QStringLiteral("https://artist.example/ai-licensing")));
        // ExifTool, a reader that shares no code with Exiv2, sees the full vocabulary URI (-n: unconverted).
        QCOMPARE(exiftool({QStringLiteral("-n"), QStringLiteral("-s3"), QStringLiteral("-XMP-plus:DataMining"), copy}),
                 expected);
        QCOMPARE(exiftool({QStringLiteral("-s3"), QStringLiteral("-XMP-plus:LicensorURL"), copy}),
                 QStringLiteral("https://artist.example/ai-licensing"));
        QCOMPARE(exiftool({QStringLiteral("-s3"), QStringLiteral("-XMP-dc:Rights"), copy}),
                 QStringLiteral("© 2026 山田 花子"));
        QVERIFY(exiftool({QStringLiteral("-s3"), QStringLiteral("-XMP-iptcExt:EmbeddedEncodedRightsExprLangID"), copy})
                    .contains(QStringLiteral("rslstandard.org")));
        auto checked = SiteChecker::checkFile(copy);
        RAKKAN_VERIFY_OK(checked);
        QCOMPARE(checked->overall, Verdict::Reserved);
        if (report->withoutCredentials.contains(copy))
            continue;
        auto credential = credentials::CredentialReader::readFile(copy);
        RAKKAN_VERIFY_OK(credential);
        QCOMPARE(credential->state, credentials::CredentialState::Valid);
        QVERIFY(credential->reservesTraining());
        ++signedCopies;
    }
    QVERIFY(signedCopies > 0);

    // The checker weighs the manifest with the XMP: a manifest that allows what the XMP reserves makes the file
    // contradictory; a manifest that does not hold is named and not counted.
    const QString jpeg = *std::find_if(report->written.cbegin(), report->written.cend(),
                                       [&](const QString &f) { return !report->withoutCredentials.contains(f); });
    credentials::CredentialContent allowing;
    allowing.trainingMining = {{QStringLiteral("cawg.ai_generative_training"), QStringLiteral("allowed"), {}, {}}};
    auto contradicting =
        credentials::CredentialWriter::embed(test::readFile(jpeg), allowing, *options.contentCredentials);
    RAKKAN_VERIFY_OK(contradicting);
    const QString mixed = m_dir.filePath(QStringLiteral("mixed.") + QFileInfo(jpeg).suffix());
    QVERIFY(test::writeFile(mixed, *contradicting));
    auto mixedCheck = SiteChecker::checkFile(mixed);
    RAKKAN_VERIFY_OK(mixedCheck);
    QCOMPARE(mixedCheck->overall, Verdict::Contradictory);
    QByteArray damaged = *contradicting;
    damaged[damaged.size() - 20] = char(damaged[damaged.size() - 20] ^ 0x40);
    QVERIFY(test::writeFile(mixed, damaged));
    auto damagedCheck = SiteChecker::checkFile(mixed);
    RAKKAN_VERIFY_OK(damagedCheck);
    QCOMPARE(damagedCheck->overall, Verdict::Reserved);
    QCOMPARE(damagedCheck->findings.last().verdict, Verdict::Unknown);
    QVERIFY(damagedCheck->findings.last().detail.contains(QStringLiteral("assertion.dataHash.mismatch")));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(crypto::sha256(test::readFile(it.key())), it.value());
    QVERIFY(QDir(out).entryList({QStringLiteral("*.rakkan-partial")}, QDir::Files).isEmpty());
}

void TestXmp::readsTheFormsOtherToolsWrite()
{
    const QString plus = QStringLiteral("xmlns:plus=\"http://ns.useplus.org/ldf/xmp/1.0/\"");
    struct Case
    {
        const char *name;
        QString body;
        Verdict verdict;
        int notes;
    };
    const QList<Case> cases{
        {"resource.jpg",
         QStringLiteral("<rdf:Description rdf:about=\"\" %1><plus:DataMining "
                        "rdf:resource=\"http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-AIMLTRAINING\"/>"
                        "</rdf:Description>")
             .arg(plus),
         Verdict::Reserved, 0},
        {"bare.jpg",
         QStringLiteral("<rdf:Description rdf:about=\"\" %1><plus:DataMining>DMI-PROHIBITED-GENAIMLTRAINING"
                        "</plus:DataMining></rdf:Description>")
             .arg(plus),
         Verdict::Reserved, 0},
        {"allowed.jpg",
         QStringLiteral("<rdf:Description rdf:about=\"\" %1 plus:DataMining="
                        "\"http://ns.useplus.org/ldf/vocab/DMI-ALLOWED\"/>")
             .arg(plus),
         Verdict::Allowed, 0},
        {"seeconstraint.jpg",
         QStringLiteral("<rdf:Description rdf:about=\"\" %1><plus:DataMining>"
                        "http://ns.useplus.org/ldf/vocab/DMI-PROHIBITED-SEECONSTRAINT</plus:DataMining>"
                        "</rdf:Description>")
             .arg(plus),
         Verdict::Reserved, 1}, // OtherConstraints missing
        {"deprecated.jpg",
         QStringLiteral("<rdf:Description rdf:about=\"\" xmlns:xmpPLUS=\"http://ns.adobe.com/xap/1.0/PLUS/\" "
                        "xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\">"
                        "<xmpPLUS:DataMining>DMI-PROHIBITED</xmpPLUS:DataMining>"
                        "<Iptc4xmpExt:DMI-PROHIBITED-AIMLTRAINING>true</Iptc4xmpExt:DMI-PROHIBITED-AIMLTRAINING>"
                        "</rdf:Description>"),
         Verdict::Unknown, 2},
        {"none.jpg", QStringLiteral("<rdf:Description rdf:about=\"\"/>"), Verdict::Unknown, 0},
    };
    for (const Case &c : cases) {
        const QString path = jpegWithXmp(m_dir.path(), QLatin1String(c.name), packet(c.body));
        auto read = XmpRights::read(path);
        RAKKAN_VERIFY_OK(read);
        const Finding f = XmpRights::judge(*read, path);
        QVERIFY2(f.verdict == c.verdict, qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + f.detail));
        QVERIFY2(f.notes.size() == c.notes,
                 qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + f.notes.join(QLatin1Char(' '))));
    }
}

void TestXmp::brokenFilesGiveClearErrorsAndTheRestGoesOn()
{
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.jpg"));
    test::writeFile(garbage, QByteArray("\xff\xd8\xff\xe1 this is not a JPEG", 24));
    auto read = XmpRights::read(garbage);
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(garbage));
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    test::writeFile(text, "hello");
    QVERIFY(!SiteChecker::checkFile(text).ok());
    QVERIFY(!SiteChecker::check(m_dir.filePath(QStringLiteral("missing.png")), {}).ok());

    // One original gone since it was catalogued: its copy fails with a reason, the others are written.
    const QString art = m_dir.filePath(QStringLiteral("art2"));
    QDir().mkpath(art);
    for (int i = 0; i < 3; ++i)
        QVERIFY(test::blockPattern(QSize(40, 40), 20 + i).save(QDir(art).filePath(QStringLiteral("p%1.png").arg(i))));
    auto catalog = catalog::Catalog::open(m_dir.filePath(QStringLiteral("c2.rakkan")));
    cataloguing::Importer(**catalog, cataloguing::ImportOptions{}).run({art});
    RAKKAN_VERIFY_OK(PolicyStore(**catalog).save(policy()));
    QFile::remove(QDir(art).filePath(QStringLiteral("p1.png")));
    QList<qint64> works;
    const auto summaries = (*catalog)->works().summaries();
    for (const auto &s : *summaries)
        works << s.id;
    const QString out = m_dir.filePath(QStringLiteral("out2"));
    auto report = CopyExporter::run(**catalog, works, out, {});
    RAKKAN_VERIFY_OK(report);
    QCOMPARE(report->written.size(), 2);
    QCOMPARE(report->failed.size(), 1);
    QVERIFY(report->failed.first().contains(QStringLiteral("p1.png")));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 2); // no half-made copy
}

void TestXmp::webCopiesAreScaledWatermarkedAndTagged()
{
    const QString art = m_dir.filePath(QStringLiteral("art3"));
    QDir().mkpath(art);
    QVERIFY(test::blockPattern(QSize(400, 300), 31).save(QDir(art).filePath(QStringLiteral("page.jpg")), "JPEG", 95));
    QFile::copy(
        test::testData(
            QStringLiteral("psd/") +
            QDir(test::testData(QStringLiteral("psd"))).entryList({QStringLiteral("*.psd")}, QDir::Files).value(0)),
        QDir(art).filePath(QStringLiteral("painting.psd")));
    QMap<QString, QByteArray> before;
    for (const QFileInfo &f : QDir(art).entryInfoList(QDir::Files))
        before.insert(f.filePath(), crypto::sha256(test::readFile(f.filePath())));
    auto catalog = catalog::Catalog::open(m_dir.filePath(QStringLiteral("c3.rakkan")));
    cataloguing::Importer(**catalog, cataloguing::ImportOptions{}).run({art});
    RAKKAN_VERIFY_OK(PolicyStore(**catalog).save(policy()));
    QList<qint64> works;
    const auto summaries = (*catalog)->works().summaries();
    for (const auto &s : *summaries)
        works << s.id;
    QCOMPARE(works.size(), 2);
    CopyExporter::Options options;
    options.web = WebCopy::Options{120, QStringLiteral("© 山田 花子")};
    const QString out = m_dir.filePath(QStringLiteral("web"));
    auto report = CopyExporter::run(**catalog, works, out, options);
    RAKKAN_VERIFY_OK(report);
    QVERIFY2(report->failed.isEmpty(), qPrintable(report->failed.join(QLatin1Char('\n'))));
    QCOMPARE(report->written.size(), 2);
    QStringList suffixes;
    for (const QString &copy : std::as_const(report->written)) {
        suffixes << QFileInfo(copy).suffix();
        const QImage image(copy);
        QVERIFY2(!image.isNull(), qPrintable(copy));
        QVERIFY(std::max(image.width(), image.height()) <= 120);
        QCOMPARE(XmpRights::read(copy)->dataMining, XmpRights::dataMiningUri(policy()));
    }
    suffixes.sort();
    QCOMPARE(suffixes, (QStringList{QStringLiteral("jpg"), QStringLiteral("png")})); // the PSD becomes a PNG
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(crypto::sha256(test::readFile(it.key())), it.value());
    // The watermark is drawn: the corner differs from the unmarked scaled picture.
    auto plain = WebCopy::make(test::readFile(QDir(art).filePath(QStringLiteral("page.jpg"))), {120, {}});
    auto marked = WebCopy::make(test::readFile(QDir(art).filePath(QStringLiteral("page.jpg"))),
                                {120, QStringLiteral("WATERMARK")});
    RAKKAN_VERIFY_OK(plain);
    RAKKAN_VERIFY_OK(marked);
    QVERIFY(plain->bytes != marked->bytes);
    RAKKAN_VERIFY_ERROR(WebCopy::make("not an image", {120, {}}), ErrorCode::UnsupportedFormat);
    RAKKAN_VERIFY_ERROR(WebCopy::make(test::readFile(QDir(art).filePath(QStringLiteral("page.jpg"))), {3, {}}),
                        ErrorCode::InvalidArgument);
}

// A GUI application (offscreen): watermarks are drawn with fonts.
QTEST_MAIN(TestXmp)
#include "tst_xmp.moc"
