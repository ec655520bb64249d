// The live checker against real servers on 127.0.0.1: a site serving the kit Rakkan wrote (over TLS with a CA
// this test makes, and refused without it), and hostile sites: a 50 MB robots.txt, a redirect loop, invalid
// UTF-8, malformed JSON and nonsense headers. Each gives a clear verdict within bounded size and time.

#include "common/TestPki.h"
#include "common/TestServer.h"
#include "common/TestSupport.h"
#include "reservations/ServerSnippets.h"
#include "reservations/SiteChecker.h"
#include "reservations/SiteKit.h"
#include "reservations/XmpRights.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>

#include <thread>

using namespace rakkan;
using namespace rakkan::reservations;
using rakkan::test::Serving;

namespace {

const Finding *find(const SiteChecker::Report &report, const QString &mechanism)
{
    for (const Finding &f : report.findings)
        if (f.mechanism == mechanism)
            return &f;
    return nullptr;
}

} // namespace

class TestSiteCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheKitFromALiveSiteOverTls();
    void hostileSitesGiveBoundedClearVerdicts();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPki> m_pki;
};

void TestSiteCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<test::TestPki>(m_dir.path());
    QVERIFY(m_pki->makeCa(QStringLiteral("ca")));
    QVERIFY(m_pki->makeServer(QStringLiteral("site"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"), 1));
}

void TestSiteCheck::readsTheKitFromALiveSiteOverTls()
{
    httplib::SSLServer server(qPrintable(m_pki->path(QStringLiteral("site.pem"))),
                              qPrintable(m_pki->path(QStringLiteral("site.key"))));
    QVERIFY(server.is_valid());
    const int port = server.bind_to_any_port("127.0.0.1");
    QVERIFY(port > 0);
    const QString origin = QStringLiteral("https://127.0.0.1:%1").arg(port);

    ReservationPolicy policy = ReservationPolicy::defaults();
    policy.siteUrl = origin;
    policy.creator = QStringLiteral("山田 花子");
    policy.termsUrl = origin + QStringLiteral("/ai-licensing");
    policy.offersLicences = true;
    SiteKit::Input input;
    input.policy = policy;
    input.existingRobots = "User-agent: *\nDisallow: /drafts/\n";
    const QString kit = m_dir.filePath(QStringLiteral("kit"));
    RAKKAN_VERIFY_OK(SiteKit::write(kit, SiteKit::files(input), false));
    // An exported copy, as the site would publish it.
    const QString image = m_dir.filePath(QStringLiteral("page.png"));
    QVERIFY(test::blockPattern(QSize(64, 64), 5).save(image));
    RAKKAN_VERIFY_OK(XmpRights::write(image, policy, {}));

    server.set_mount_point("/", qPrintable(kit));
    const auto headers = ServerSnippets::headers(policy);
    const QString meta = ServerSnippets::metaTags(policy);
    server.Get("/gallery/page.html", [&](const httplib::Request &, httplib::Response &res) {
        for (const auto &[name, value] : headers)
            res.set_header(name.toStdString(), value.toStdString());
        res.set_content(QString(QStringLiteral("<!DOCTYPE html><html><head>") + meta +
                                QStringLiteral("</head><body>作品</body></html>"))
                            .toStdString(),
                        "text/html; charset=utf-8");
    });
    server.Get("/gallery/page.png", [&](const httplib::Request &, httplib::Response &res) {
        res.set_content(test::readFile(image).toStdString(), "image/png");
    });
    std::thread serving([&] { server.listen_after_bind(); });
    while (!server.is_running())
        std::this_thread::sleep_for(std::chrono::milliseconds(5));

    SiteChecker::Options options;
    options.caFile = m_pki->path(QStringLiteral("ca.pem"));
    auto page = SiteChecker::checkUrl(origin + QStringLiteral("/gallery/page.html"), options);
    RAKKAN_VERIFY_OK(page);
    for (const char *m : {"robots.txt", "Content-Usage (robots.txt)", "Content-Signal (robots.txt)", "RSL licence",
                          "TDMRep (tdmrep.json)", "ai.txt", "X-Robots-Tag", "TDMRep (header)", "Content-Usage (header)",
                          "TDMRep (HTML meta)", "robots meta (noai)"}) {
        const Finding *f = find(*page, QLatin1String(m));
        QVERIFY2(f, m);
        QVERIFY2(f->verdict == Verdict::Reserved, qPrintable(QLatin1String(m) + QStringLiteral(": ") + f->detail));
    }
    QCOMPARE(page->overall, Verdict::Reserved);
    auto picture = SiteChecker::checkUrl(origin + QStringLiteral("/gallery/page.png"), options);
    RAKKAN_VERIFY_OK(picture);
    QVERIFY(find(*picture, QStringLiteral("XMP plus:DataMining")));
    QCOMPARE(find(*picture, QStringLiteral("XMP plus:DataMining"))->verdict, Verdict::Reserved);

    // Without the CA the site's certificate does not verify: refused, not read as "nothing reserved".
    SiteChecker::Options untrusted;
    auto refused = SiteChecker::checkUrl(origin + QStringLiteral("/gallery/page.html"), untrusted);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("certificate")));
    server.stop();
    serving.join();
}

void TestSiteCheck::hostileSitesGiveBoundedClearVerdicts()
{
    httplib::Server hostile;
    // 50 MB of robots.txt, produced as it is sent: the checker must stop reading at 500 KiB.
    std::atomic<qint64> robotsSent{0};
    hostile.Get("/robots.txt", [&](const httplib::Request &, httplib::Response &res) {
        res.set_content_provider(50 << 20, "text/plain", [&](size_t offset, size_t length, httplib::DataSink &sink) {
            std::string chunk = offset == 0 ? std::string("User-agent: GPTBot\nDisallow: /\n") : std::string();
            chunk.resize(std::min<size_t>(length, 64 * 1024), '#');
            robotsSent += qint64(chunk.size());
            return sink.write(chunk.data(), chunk.size());
        });
    });
    hostile.Get("/.well-known/tdmrep.json", [](const httplib::Request &, httplib::Response &res) {
        res.set_redirect("/.well-known/tdmrep.json"); // a loop
    });
    hostile.Get("/ai.txt", [](const httplib::Request &, httplib::Response &res) {
        res.set_content(std::string("User-Agent: *\nDisallow: /\xff\xfe\xfd\n"), "text/plain");
    });
    hostile.Get("/", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("tdm-reservation", "maybe");
        res.set_header("Content-Usage", "train-ai=\"n\", ???");
        res.set_content("<html><head><meta name=tdm-reservation content='2'><meta content=noai name=\"robots\">"
                        "<meta name=",
                        "text/html");
    });
    Serving serving(hostile);
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(serving.port());
    QElapsedTimer timer;
    timer.start();
    auto report = SiteChecker::checkUrl(origin + QStringLiteral("/"), SiteChecker::Options{});
    RAKKAN_VERIFY_OK(report);
    QVERIFY(timer.elapsed() < 60000);      // bounded by the timeouts, whatever the server does
    QVERIFY(robotsSent.load() < 50 << 20); // the transfer was cut, not read to the end

    const Finding *robots = find(*report, QStringLiteral("robots.txt"));
    QVERIFY(robots);
    QVERIFY(robots->notes.join(QString()).contains(QStringLiteral("500 KiB")));
    const Finding *tdm = find(*report, QStringLiteral("TDMRep (tdmrep.json)"));
    QVERIFY(tdm);
    QCOMPARE(tdm->verdict, Verdict::Unknown);
    QVERIFY2(tdm->detail.contains(QStringLiteral("redirect"), Qt::CaseInsensitive), qPrintable(tdm->detail));
    const Finding *ai = find(*report, QStringLiteral("ai.txt"));
    QVERIFY(ai);
    QVERIFY(ai->notes.join(QString()).contains(QStringLiteral("UTF-8")));
    QCOMPARE(find(*report, QStringLiteral("TDMRep (header)"))->verdict, Verdict::Unknown);
    const Finding *usage = find(*report, QStringLiteral("Content-Usage (header)"));
    QCOMPARE(usage->verdict, Verdict::Unknown);
    QVERIFY(!usage->notes.isEmpty());
    QCOMPARE(find(*report, QStringLiteral("TDMRep (HTML meta)"))->verdict, Verdict::Unknown);
    QCOMPARE(find(*report, QStringLiteral("robots meta (noai)"))->verdict, Verdict::Reserved);

    // Malformed JSON, and a site that is not there at all.
    httplib::Server broken;
    broken.Get("/.well-known/tdmrep.json", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("{\"location\": ", "application/json");
    });
    Serving brokenServing(broken);
    auto malformed =
        SiteChecker::checkUrl(QStringLiteral("http://127.0.0.1:%1/").arg(brokenServing.port()), SiteChecker::Options{});
    RAKKAN_VERIFY_OK(malformed);
    const Finding *json = find(*malformed, QStringLiteral("TDMRep (tdmrep.json)"));
    QVERIFY(json);
    QCOMPARE(json->verdict, Verdict::Unknown);
    QVERIFY(!json->notes.isEmpty());
    RAKKAN_VERIFY_ERROR(SiteChecker::checkUrl(QStringLiteral("ftp://127.0.0.1/"), SiteChecker::Options{}),
                        ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestSiteCheck)
#include "tst_sitecheck.moc"
