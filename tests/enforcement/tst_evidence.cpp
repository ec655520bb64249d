// Enforcement against real servers on 127.0.0.1: a site over TLS (with a CA this test makes) whose page carries a
// cropped, re-encoded copy of a catalogued work and an unrelated picture; an RFC 3161 authority (openssl ts -reply);
// an RDAP registry answering RFC 9083 JSON. A capture proposes the copied work and only it; an evidence bag
// verifies, and each kind of tampering is named; hostile servers give clear errors in bounded time.

#include "cataloguing/Importer.h"
#include "common/TestServer.h"
#include "common/TestSupport.h"
#include "common/ZipRewrite.h"
#include "enforcement/CaseStore.h"
#include "enforcement/CopyFinder.h"
#include "enforcement/EvidenceBag.h"
#include "enforcement/HostFinder.h"
#include "enforcement/PageCapture.h"
#include "enforcement/TimeStampAuthority.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace rakkan;
using namespace rakkan::enforcement;
using rakkan::test::Serving;

namespace {

std::string bytesOf(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

QString failedChecks(const EvidenceReport &report)
{
    QStringList out;
    for (const EvidenceCheck &c : report.checks)
        if (!c.passed)
            out << c.what + QStringLiteral(": ") + c.detail;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    matching::CatalogMatcher m_matcher;
    qint64 m_copiedWork = 0;
    QByteArray m_copyJpeg;
    QByteArray m_unrelatedPng;
    std::unique_ptr<test::TestPki> m_pki;

    QString siteCa() const { return m_pki->path(QStringLiteral("ca.pem")); }

    // The site: a redirect to the page, the page, its two pictures, and anything else 404.
    void serveSite(httplib::Server &site)
    {
        site.Get("/start", [](const httplib::Request &, httplib::Response &res) {
            res.status = 301;
            res.set_header("Location", "/gallery/page.html");
        });
        site.Get("/gallery/page.html", [](const httplib::Request &, httplib::Response &res) {
            res.set_header("Server", "cloudflare");
            res.set_header("CF-RAY", "8a1b2c3d4e5f-NRT");
            res.set_content("<html><head><title>Free wallpapers</title>"
                            "<meta property=\"og:image\" content=\"/img/copy.jpg\"></head><body>"
                            "<img src=\"../img/other.png\" srcset=\"../img/other.png 1x\">"
                            "<img src=\"/img/missing.jpg\"></body></html>",
                            "text/html; charset=utf-8");
        });
        site.Get("/img/copy.jpg", [this](const httplib::Request &, httplib::Response &res) {
            res.set_content(bytesOf(m_copyJpeg), "image/jpeg");
        });
        site.Get("/img/other.png", [this](const httplib::Request &, httplib::Response &res) {
            res.set_content(bytesOf(m_unrelatedPng), "image/png");
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString art = m_dir.filePath(QStringLiteral("art"));
        QVERIFY(QDir().mkpath(art));
        for (const char *name : {"lineart-0000.png", "clipart-0001.png", "lineart-0001.png"})
            QVERIFY(QFile::copy(test::testData(QStringLiteral("matching/works/") + QLatin1String(name)),
                                art + QLatin1Char('/') + QLatin1String(name)));
        auto catalog = catalog::Catalog::open(m_dir.filePath(QStringLiteral("c.rakkan")));
        RAKKAN_VERIFY_OK(catalog);
        m_catalog = std::move(catalog).value();
        cataloguing::Importer importer(*m_catalog, {});
        const auto report = importer.run({art});
        QCOMPARE(report.count(cataloguing::ImportItem::Outcome::Added), 3);
        for (const auto &item : report.items)
            if (item.path.endsWith(QLatin1String("lineart-0000.png")))
                m_copiedWork = item.workId;
        RAKKAN_VERIFY_OK(m_matcher.load(*m_catalog));

        // The copy: cropped to the middle 80 %, shrunk and saved again as a JPEG.
        const QImage work(test::testData(QStringLiteral("matching/works/lineart-0000.png")));
        const QRect middle(work.width() / 10, work.height() / 10, work.width() * 8 / 10, work.height() * 8 / 10);
        m_copyJpeg = jpeg(work.copy(middle).scaledToWidth(work.width() * 6 / 10, Qt::SmoothTransformation), 72);
        m_unrelatedPng = test::readFile(test::testData(QStringLiteral("matching/unrelated/clipart-0000.png")));

        m_pki = std::make_unique<test::TestPki>(m_dir.path());
        QVERIFY(m_pki->makeCa(QStringLiteral("ca")));
        QVERIFY(m_pki->makeServer(QStringLiteral("site"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"), 2));
    }

    void captureProposesTheCopiedWorkOnly()
    {
        httplib::SSLServer site(qPrintable(m_pki->path(QStringLiteral("site.pem"))),
                                qPrintable(m_pki->path(QStringLiteral("site.key"))));
        serveSite(site);
        Serving serving(site);
        const QUrl start(QStringLiteral("https://127.0.0.1:%1/start").arg(serving.port()));
        const QString folder = m_dir.filePath(QStringLiteral("capture-tls"));

        // Without the site's CA nothing is fetched.
        RAKKAN_VERIFY_ERROR(PageCapturer::capture(start, m_dir.filePath(QStringLiteral("refused")), {}),
                            ErrorCode::Unavailable);

        CaptureLimits limits;
        limits.caFile = siteCa();
        auto capture = PageCapturer::capture(start, folder, limits);
        RAKKAN_VERIFY_OK(capture);
        QCOMPARE(capture->status, 200L);
        QCOMPARE(capture->title, QStringLiteral("Free wallpapers"));
        QCOMPARE(capture->finalUrl.path(), QStringLiteral("/gallery/page.html"));
        // The redirect and every fetch are recorded, with the server's certificate chain.
        QCOMPARE(capture->exchanges.first().status, 301L);
        QVERIFY(capture->exchanges.first().redirectTo.endsWith(QLatin1String("/gallery/page.html")));
        QVERIFY(!capture->exchanges.at(1).certificatesPem.isEmpty());
        QVERIFY(capture->exchanges.at(1).certificatesPem.first().startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(capture->exchanges.at(1).peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(capture->images.size(), 3);
        int missing = 0;
        for (const CapturedImage &i : capture->images)
            missing += !i.error.isEmpty();
        QCOMPARE(missing, 1); // the 404 picture is noted, the rest goes on

        const QList<FoundCopy> found = CopyFinder::find(*capture, m_matcher);
        QCOMPARE(CopyFinder::works(found), QList<qint64>{m_copiedWork});
        const QList<CaseCopy> copies = CopyFinder::copiesOf(found);
        QCOMPARE(copies.size(), 1);
        QVERIFY(copies.first().imageUrl.endsWith(QLatin1String("/img/copy.jpg")));

        // Read back from its folder as it was written.
        auto loaded = PageCapturer::load(folder);
        RAKKAN_VERIFY_OK(loaded);
        QCOMPARE(loaded->exchanges.size(), capture->exchanges.size());
        QCOMPARE(loaded->exchanges.at(1).certificatesPem, capture->exchanges.at(1).certificatesPem);
        QCOMPARE(CopyFinder::works(CopyFinder::find(*loaded, m_matcher)), QList<qint64>{m_copiedWork});

        // A capture never overwrites another.
        RAKKAN_VERIFY_ERROR(PageCapturer::capture(start, folder, limits), ErrorCode::InvalidArgument);
    }

    void evidenceBagVerifiesAndNamesTampering()
    {
        httplib::Server site;
        serveSite(site);
        Serving serving(site);
        test::TestTsa tsa;
        QVERIFY(tsa.ready());
        const QString folder = m_dir.filePath(QStringLiteral("capture-bag"));
        auto capture = PageCapturer::capture(QUrl(serving.url(QStringLiteral("/gallery/page.html"))), folder, {});
        RAKKAN_VERIFY_OK(capture);
        const QList<FoundCopy> found = CopyFinder::find(*capture, m_matcher);
        CaseStore cases(*m_catalog);
        Case fresh;
        fresh.pageUrl = serving.url(QStringLiteral("/gallery/page.html"));
        fresh.copies = CopyFinder::copiesOf(found);
        auto id = cases.open(fresh);
        RAKKAN_VERIFY_OK(id);
        auto theCase = cases.get(*id);
        RAKKAN_VERIFY_OK(theCase);

        auto key = crypto::Ed25519::generate();
        RAKKAN_VERIFY_OK(key);
        const BagSigner signer{QStringLiteral("Aoi Studio"), QStringLiteral("did:key:") + key->multibasePublicKey(),
                               *key};
        EvidenceOptions options;
        options.tsaUrl = tsa.url();
        options.includeOriginals = true;
        const QString bag = m_dir.filePath(QStringLiteral("bag.zip"));
        auto made = EvidenceBag::create(*m_catalog, *theCase, *capture, found, signer, options, bag);
        RAKKAN_VERIFY_OK(made);
        QVERIFY(made->stampedAt.isValid());
        QCOMPARE(made->authority, QStringLiteral("Rakkan Test TSA"));
        QCOMPARE(tsa.requests(), 1);

        const QByteArray ca = test::readFile(tsa.caPem());
        auto report = EvidenceVerifier::verify(bag, ca);
        RAKKAN_VERIFY_OK(report);
        QVERIFY2(report->valid(), qPrintable(failedChecks(*report)));
        QCOMPARE(report->signer, signer.did);
        QCOMPARE(report->signerName, QStringLiteral("Aoi Studio"));
        // Checked against the creator's published key: the right one passes, another is named.
        QVERIFY(EvidenceVerifier::verify(bag, ca, signer.did)->valid());
        auto stranger = crypto::Ed25519::generate();
        auto wrongSigner =
            EvidenceVerifier::verify(bag, ca, QStringLiteral("did:key:") + stranger->multibasePublicKey());
        QVERIFY(!wrongSigner->valid());
        QVERIFY(failedChecks(*wrongSigner).startsWith(QLatin1String("Signer")));

        // What the bag holds: the page, the pictures, the report with its figures, the work and its file.
        QuaZip zip(bag);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QString names = zip.getFileNameList().join(QLatin1Char('\n'));
        for (const char *expected :
             {"/data/capture/page.html", "/data/capture/capture.json", "/data/report/match-report.json",
              "/data/report/side-by-side-01.png", "/data/works/", "/data/licensing.json", "/data/custody-log.txt",
              "/data/HOW-TO-VERIFY.txt", "/rakkan-timestamp.tsr", "/rakkan-signature.bin", "/data/summary.pdf",
              "lineart-0000.png"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        zip.close();

        const auto check = [&](const QString &name,
                               const std::function<QByteArray(const QString &, QByteArray)> &change) -> QString {
            const QString copy = m_dir.filePath(name + QStringLiteral(".zip"));
            if (!test::rewriteZip(bag, copy, change))
                return QStringLiteral("rewrite failed");
            auto r = EvidenceVerifier::verify(copy, ca);
            if (!r.ok())
                return r.error().message;
            return r->valid() ? QString() : failedChecks(*r);
        };
        // One byte changed in the page.
        QString failed = check(QStringLiteral("byte"), [](const QString &n, QByteArray b) {
            if (n.endsWith(QLatin1String("data/capture/page.html")))
                b[10] = char(b[10] ^ 1);
            return b;
        });
        QVERIFY2(failed.contains(QLatin1String("data/capture/page.html")) &&
                     !failed.contains(QLatin1String("Signature")),
                 qPrintable(failed));
        // Two files swapped.
        failed = check(QStringLiteral("swap"), [](const QString &n, QByteArray b) {
            if (n.endsWith(QLatin1String("side-by-side-01.png")))
                return QByteArray("difference");
            if (n.endsWith(QLatin1String("data/licensing.json")))
                return QByteArray("side by side");
            return b;
        });
        QVERIFY2(failed.contains(QLatin1String("side-by-side-01.png")) &&
                     failed.contains(QLatin1String("licensing.json")),
                 qPrintable(failed));
        // A signature by another key.
        auto other = crypto::Ed25519::generate();
        failed = check(QStringLiteral("signature"), [&](const QString &n, QByteArray b) {
            if (n.endsWith(QLatin1String("rakkan-signature.bin")))
                return other->sign("tagmanifest").value();
            return b;
        });
        QVERIFY2(failed.startsWith(QLatin1String("Signature")) && !failed.contains(QLatin1String("Files")),
                 qPrintable(failed));
        // A time-stamp over another manifest: a genuine token, for the wrong document.
        auto foreign = TimeStampAuthority::stamp(
            tsa.url(), QCryptographicHash::hash("another manifest", QCryptographicHash::Sha256));
        RAKKAN_VERIFY_OK(foreign);
        failed = check(QStringLiteral("stamp"), [&](const QString &n, QByteArray b) {
            return n.endsWith(QLatin1String("rakkan-timestamp.tsr")) ? foreign->responseDer : b;
        });
        QVERIFY2(failed.startsWith(QLatin1String("Time-stamp")) && failed.contains(QLatin1String("another document")),
                 qPrintable(failed));
        // The right token checked against the wrong authority.
        test::TestPki strangers(m_dir.path());
        QVERIFY(strangers.makeCa(QStringLiteral("stranger")));
        auto wrongAnchor =
            EvidenceVerifier::verify(bag, test::readFile(strangers.path(QStringLiteral("stranger.pem"))));
        RAKKAN_VERIFY_OK(wrongAnchor);
        QVERIFY(!wrongAnchor->valid());
        QVERIFY(failedChecks(*wrongAnchor).contains(QLatin1String("authority's certificate")));
        // And without any anchor, the time-stamp is not taken on trust.
        auto unanchored = EvidenceVerifier::verify(bag, {});
        RAKKAN_VERIFY_OK(unanchored);
        QVERIFY(!unanchored->valid());
    }

    void refusingAuthorityLeavesNoBag()
    {
        httplib::Server broken;
        broken.Post("/garbage", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("not a time-stamp", "application/timestamp-reply");
        });
        broken.Post("/down", [](const httplib::Request &, httplib::Response &res) { res.status = 503; });
        Serving serving(broken);
        const QByteArray digest = QCryptographicHash::hash("x", QCryptographicHash::Sha256);
        RAKKAN_VERIFY_ERROR(TimeStampAuthority::stamp(serving.url(QStringLiteral("/garbage")), digest),
                            ErrorCode::Corrupt);
        RAKKAN_VERIFY_ERROR(TimeStampAuthority::stamp(serving.url(QStringLiteral("/down")), digest),
                            ErrorCode::Unavailable);

        httplib::Server site;
        serveSite(site);
        Serving siteServing(site);
        auto capture = PageCapturer::capture(QUrl(siteServing.url(QStringLiteral("/gallery/page.html"))),
                                             m_dir.filePath(QStringLiteral("capture-refused")), {});
        RAKKAN_VERIFY_OK(capture);
        Case c;
        c.id = 1;
        c.pageUrl = siteServing.url(QStringLiteral("/gallery/page.html"));
        auto key = crypto::Ed25519::generate();
        EvidenceOptions options;
        options.tsaUrl = serving.url(QStringLiteral("/garbage"));
        const QString bag = m_dir.filePath(QStringLiteral("refused.zip"));
        RAKKAN_VERIFY_ERROR(
            EvidenceBag::create(*m_catalog, c, *capture, {}, BagSigner{QStringLiteral("A"), {}, *key}, options, bag),
            ErrorCode::Corrupt);
        QVERIFY(!QFile::exists(bag));
        QVERIFY(!QFile::exists(bag + QStringLiteral(".part")));
    }

    void rdapAndCdn()
    {
        httplib::Server registry;
        registry.Get("/domain/example.com", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"json({"objectClassName": "domain", "handle": "D1-EX", "ldhName": "example.com",
              "entities": [{"objectClassName": "entity", "roles": ["registrar"], "handle": "292",
                "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Example Registrar, Inc."]]],
                "entities": [{"objectClassName": "entity", "roles": ["abuse"],
                  "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Abuse desk"],
                    ["tel", {"type": "voice"}, "uri", "tel:+1.5555550100"],
                    ["email", {}, "text", "abuse@registrar.example"]]]}]}]})json",
                            "application/rdap+json");
        });
        registry.Get("/ip/127.0.0.1", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(R"json({"objectClassName": "ip network", "handle": "NET-127", "name": "LOOPBACK-NET",
              "startAddress": "127.0.0.0", "endAddress": "127.255.255.255", "country": "JP",
              "entities": [{"roles": ["abuse"], "vcardArray": ["vcard", [["fn", {}, "text", "Network abuse"],
                ["email", {}, "text", "abuse@network.example"]]]}]})json",
                            "application/rdap+json");
        });
        Serving serving(registry);
        QTemporaryDir bootstrap;
        const QByteArray base = serving.url(QStringLiteral("/")).toUtf8();
        QVERIFY(test::writeFile(bootstrap.filePath(QStringLiteral("dns.json")),
                                "{\"services\": [[[\"com\"], [\"" + base + "\"]]]}"));
        QVERIFY(test::writeFile(bootstrap.filePath(QStringLiteral("ipv4.json")),
                                "{\"services\": [[[\"127.0.0.0/8\"], [\"" + base + "\"]]]}"));
        QVERIFY(test::writeFile(bootstrap.filePath(QStringLiteral("ipv6.json")), "{\"services\": []}"));

        HostFinder::Options options;
        options.bootstrapFolder = bootstrap.path();
        const HostReport report = HostFinder::find(QStringLiteral("cdn.example.com"), QStringLiteral("127.0.0.1"),
                                                   {{"server", "cloudflare"}, {"cf-ray", "1-NRT"}}, options);
        QCOMPARE(report.domain.error, QString());
        QCOMPARE(report.domain.name, QStringLiteral("example.com"));
        QCOMPARE(report.domain.withRole(QStringLiteral("registrar"))->name, QStringLiteral("Example Registrar, Inc."));
        QCOMPARE(report.domain.withRole(QStringLiteral("abuse"))->email, QStringLiteral("abuse@registrar.example"));
        QCOMPARE(report.domain.withRole(QStringLiteral("abuse"))->phone, QStringLiteral("+1.5555550100"));
        QCOMPARE(report.network.withRole(QStringLiteral("abuse"))->email, QStringLiteral("abuse@network.example"));
        QCOMPARE(report.cdn, QStringLiteral("Cloudflare"));
        const QString advice = report.advice.join(QLatin1Char('\n'));
        QVERIFY2(advice.contains(QLatin1String("abuse@registrar.example")) &&
                     advice.contains(QLatin1String("Cloudflare")),
                 qPrintable(advice));

        // A registry that knows nothing, and a top-level domain no registry is known for, say so.
        const HostReport unknown = HostFinder::find(QStringLiteral("nobody.example.org"), QString(), {}, options);
        QVERIFY(!unknown.domain.error.isEmpty());
        QVERIFY(unknown.advice.isEmpty()); // nothing invented
    }

    void hostileServers()
    {
        httplib::Server hostile;
        hostile.Get("/huge", [](const httplib::Request &, httplib::Response &res) {
            res.set_content(std::string(20 << 20, 'a'), "text/html");
        });
        hostile.Get("/loop", [](const httplib::Request &, httplib::Response &res) {
            res.status = 302;
            res.set_header("Location", "/loop");
        });
        hostile.Get("/elsewhere", [](const httplib::Request &, httplib::Response &res) {
            res.status = 302;
            res.set_header("Location", "file:///etc/passwd");
        });
        const QByteArray bomb = test::readFile(test::testData(QStringLiteral("hostile/canvas-20000x20000.png")));
        hostile.Get("/bomb.png", [&bomb](const httplib::Request &, httplib::Response &res) {
            res.set_content(bytesOf(bomb), "image/png");
        });
        hostile.Get("/page", [](const httplib::Request &, httplib::Response &res) {
            res.set_content("<img src=\"/bomb.png\"><img src=\"/loop\">", "text/html");
        });
        Serving serving(hostile);
        QElapsedTimer timer;
        timer.start();
        RAKKAN_VERIFY_ERROR(
            PageCapturer::capture(QUrl(serving.url(QStringLiteral("/huge"))), m_dir.filePath(QStringLiteral("h1")), {}),
            ErrorCode::Unavailable);
        RAKKAN_VERIFY_ERROR(
            PageCapturer::capture(QUrl(serving.url(QStringLiteral("/loop"))), m_dir.filePath(QStringLiteral("h2")), {}),
            ErrorCode::InvalidArgument);
        RAKKAN_VERIFY_ERROR(PageCapturer::capture(QUrl(serving.url(QStringLiteral("/elsewhere"))),
                                                  m_dir.filePath(QStringLiteral("h3")), {}),
                            ErrorCode::InvalidArgument);
        auto page =
            PageCapturer::capture(QUrl(serving.url(QStringLiteral("/page"))), m_dir.filePath(QStringLiteral("h4")), {});
        RAKKAN_VERIFY_OK(page);
        const QList<FoundCopy> found = CopyFinder::find(*page, m_matcher);
        QCOMPARE(found.size(), 2);
        for (const FoundCopy &f : found) {
            QVERIFY(f.matches.isEmpty());
            QVERIFY2(!f.error.isEmpty(), qPrintable(f.image.url.toString()));
        }
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));

        // A picture that points into this computer under another name is not fetched (only the host typed is).
        const int port = serving.port();
        hostile.Get("/inside", [port](const httplib::Request &, httplib::Response &res) {
            res.set_content("<img src=\"http://localhost:" + std::to_string(port) + "/bomb.png\">", "text/html");
        });
        auto inside = PageCapturer::capture(QUrl(serving.url(QStringLiteral("/inside"))),
                                            m_dir.filePath(QStringLiteral("h5")), {});
        RAKKAN_VERIFY_OK(inside);
        QCOMPARE(inside->images.size(), 1);
        QVERIFY(inside->images.first().savedAs.isEmpty());
        QVERIFY2(inside->images.first().error.contains(QLatin1String("local network")),
                 qPrintable(inside->images.first().error));
    }
};

int main(int argc, char **argv)
{
    // The bag's one-page summary is a PDF: fonts need a GUI application (offscreen).
    QGuiApplication app(argc, argv);
    TestEvidence test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_evidence.moc"
