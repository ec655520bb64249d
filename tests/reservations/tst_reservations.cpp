// Reservations: the policy, each generated file against a golden copy, every output read back by the checker
// with the same verdict, robots.txt with RFC 9309 semantics and the merge that keeps the user's rules, aipref
// parsing, TDMRep, RSL 1.0 (and what it refuses), gateway paths that cannot leave the site, and the kit on disk.

#include "catalog/Catalog.h"
#include "common/TestSupport.h"
#include "reservations/AiTxt.h"
#include "reservations/GatewayPages.h"
#include "reservations/PolicyStore.h"
#include "reservations/RobotsTxt.h"
#include "reservations/Rsl.h"
#include "reservations/SiteChecker.h"
#include "reservations/SiteKit.h"
#include "reservations/TdmRep.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <quazip.h>

using namespace rakkan;
using namespace rakkan::reservations;

namespace {

ReservationPolicy samplePolicy()
{
    ReservationPolicy p = ReservationPolicy::defaults();
    p.siteUrl = QStringLiteral("https://artist.example");
    p.creator = QStringLiteral("山田 花子");
    p.contactEmail = QStringLiteral("licensing@artist.example");
    p.termsUrl = QStringLiteral("https://artist.example/ai-licensing");
    p.copyrightNotice = QStringLiteral("© 2026 山田 花子");
    p.offersLicences = true;
    p.licenceAmount = QStringLiteral("50000");
    p.licenceCurrency = QStringLiteral("JPY");
    p.licenceUsers = {QStringLiteral("commercial")};
    p.agents = {AiAgent{QStringLiteral("GPTBot"), QStringLiteral("OpenAI"), AgentPurpose::Training},
                AiAgent{QStringLiteral("ClaudeBot"), QStringLiteral("Anthropic"), AgentPurpose::Training},
                AiAgent{QStringLiteral("OAI-SearchBot"), QStringLiteral("OpenAI"), AgentPurpose::Search},
                AiAgent{QStringLiteral("ChatGPT-User"), QStringLiteral("OpenAI"), AgentPurpose::UserInput}};
    return p;
}

const QByteArray kUsersRobots = "# My site\nUser-agent: *\nDisallow: /private/\n\nUser-agent: Googlebot\nAllow: /\n\n"
                                "Sitemap: https://artist.example/sitemap.xml\n";

SiteKit::Input sampleInput()
{
    SiteKit::Input input;
    input.policy = samplePolicy();
    input.existingRobots = kUsersRobots;
    GatewayPages::Declared d{QStringLiteral("ISCC:MAIWMFPN7AENMAAF"),
                             QStringLiteral("ISCC:KEC37F77457E7263RVCWROQ7LKS2LBVECGH7RSLGLMFTLSXUXC4QSYQ"),
                             QStringLiteral("星の庭 <第1話>"),
                             QStringLiteral("https://artist.example/optout/{iscc_id}"),
                             QStringLiteral("z6MkkKdGbm4KRbbybKPPS3Tu3nGAWHWVYBaTkLyxvMAwSGtq"),
                             QString(),
                             QStringLiteral("1e20") + QString(64, QLatin1Char('a'))};
    input.gateways = GatewayPages::pages(input.policy, {d});
    input.narrowerRules = {TdmRep::Rule{QStringLiteral("/press-kit/"), 0, QString()}};
    return input;
}

} // namespace

class TestReservations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyRoundTripsAndSaysWhatIsMissing();
    void generatedFilesMatchTheirGoldenCopies();
    void everyOutputReadsBackWithTheSameVerdict();
    void robotsFollowsRfc9309();
    void mergeKeepsTheUsersRules();
    void contentUsageIsReadAsTheDraftSays();
    void tdmRepFirstMatchDecides();
    void rslRefusesWhatIsNotRsl10();
    void gatewayPathsStayInsideTheSite();
    void kitIsWrittenAsFolderAndZip();
    void policiesLiveInTheCatalogue();
};

void TestReservations::policyRoundTripsAndSaysWhatIsMissing()
{
    const ReservationPolicy p = samplePolicy();
    auto back = ReservationPolicy::fromJson(p.toJson());
    RAKKAN_VERIFY_OK(back);
    QCOMPARE(*back, p);
    QVERIFY(p.problems().isEmpty());
    QVERIFY(AiAgents::shipped().size() >= 40);

    QJsonObject future = p.toJson();
    future.insert(QStringLiteral("format"), ReservationPolicy::kFormat + 1);
    RAKKAN_VERIFY_ERROR(ReservationPolicy::fromJson(future), ErrorCode::SchemaTooNew);
    RAKKAN_VERIFY_ERROR(ReservationPolicy::fromJson(QJsonObject{}), ErrorCode::Corrupt);

    ReservationPolicy bad = p;
    bad.siteUrl = QStringLiteral("https://artist.example/gallery");
    bad.contactEmail = QStringLiteral("not an address");
    bad.licenceAmount = QStringLiteral("1e309");
    bad.licenceCurrency = QStringLiteral("yen");
    bad.agents << AiAgent{QStringLiteral("Evil Bot\nDisallow:"), QString(), AgentPurpose::Training};
    QCOMPARE(bad.problems().size(), 5);
}

void TestReservations::generatedFilesMatchTheirGoldenCopies()
{
    const QMap<QString, QByteArray> files = SiteKit::files(sampleInput());
    const QString golden = test::testData(QStringLiteral("reservations/golden"));
    const QString actualDir = QDir::temp().filePath(QStringLiteral("rakkan-golden-actual"));
    QStringList differing;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QFile expected(QDir(golden).filePath(it.key()));
        if (!expected.open(QIODevice::ReadOnly) || expected.readAll() != it.value()) {
            differing << it.key();
            const QString actual = QDir(actualDir).filePath(it.key());
            QDir().mkpath(QFileInfo(actual).absolutePath());
            test::writeFile(actual, it.value());
        }
    }
    QVERIFY2(differing.isEmpty(), qPrintable(QStringLiteral("differ from the golden copies (actual output in %1): %2")
                                                 .arg(actualDir, differing.join(QStringLiteral(", ")))));
    // Every file golden has is still generated.
    QDirIterator it(golden, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        QVERIFY2(files.contains(QDir(golden).relativeFilePath(it.next())), qPrintable(it.filePath()));
}

void TestReservations::everyOutputReadsBackWithTheSameVerdict()
{
    QTemporaryDir dir;
    for (const bool reserve : {true, false}) {
        SiteKit::Input input = sampleInput();
        input.policy.reserveTraining = input.policy.reserveGenerativeTraining = input.policy.reserveAiInput = reserve;
        input.policy.offersLicences = reserve;
        const QString kit = dir.filePath(reserve ? QStringLiteral("reserved") : QStringLiteral("open"));
        RAKKAN_VERIFY_OK(SiteKit::write(kit, SiteKit::files(input), false));
        auto report = SiteChecker::checkFolder(kit, SiteChecker::Options{input.policy.agents, {}, 1000, {}});
        RAKKAN_VERIFY_OK(report);
        QStringList mechanisms;
        for (const Finding &f : report->findings) {
            mechanisms << f.mechanism;
            QVERIFY2(f.notes.isEmpty(),
                     qPrintable(f.mechanism + QStringLiteral(": ") + f.notes.join(QLatin1Char(' '))));
            if (reserve)
                QVERIFY2(f.verdict == Verdict::Reserved, qPrintable(f.mechanism + QStringLiteral(": ") + f.detail));
            else
                QVERIFY2(f.verdict != Verdict::Reserved, qPrintable(f.mechanism + QStringLiteral(": ") + f.detail));
        }
        QCOMPARE(report->overall, reserve ? Verdict::Reserved : Verdict::Allowed);
        for (const char *m : {"robots.txt", "Content-Usage (robots.txt)", "Content-Signal (robots.txt)", "RSL licence",
                              "TDMRep (tdmrep.json)", "ai.txt", "TDMRep (HTML meta)"})
            QVERIFY2(mechanisms.contains(QLatin1String(m)), m);
    }

    // tdmrep.json: an array, narrow rules first; the TDM policy an ODRL Offer of the documented shape.
    const QMap<QString, QByteArray> files = SiteKit::files(sampleInput());
    const QJsonArray rules = QJsonDocument::fromJson(files.value(QStringLiteral(".well-known/tdmrep.json"))).array();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules.at(0).toObject().value(QStringLiteral("location")).toString(), QStringLiteral("/press-kit/"));
    QCOMPARE(rules.at(1).toObject().value(QStringLiteral("tdm-reservation")).toInt(), 1);
    QCOMPARE(
        TdmRep::judge(files.value(QStringLiteral(".well-known/tdmrep.json")), QStringLiteral("/press-kit/a.png"), {})
            .verdict,
        Verdict::Allowed);
    const QJsonObject offer = QJsonDocument::fromJson(files.value(QStringLiteral("tdm-policy.json"))).object();
    QCOMPARE(offer.value(QStringLiteral("@type")).toString(), QStringLiteral("Offer"));
    QCOMPARE(offer.value(QStringLiteral("profile")).toString(), QStringLiteral("http://www.w3.org/ns/tdmrep"));
    QCOMPARE(offer.value(QStringLiteral("@context")).toArray().size(), 2);
    QVERIFY(!offer.contains(QStringLiteral("prohibition")) && !offer.contains(QStringLiteral("obligation")));
    QCOMPARE(offer.value(QStringLiteral("permission")).toArray().first().toObject().value(QStringLiteral("action")),
             QJsonValue(QStringLiteral("tdm:mine")));
    // The RSL file: RSL 1.0 namespace and tokens only.
    auto rsl = Rsl::read(files.value(QStringLiteral("license.xml")));
    RAKKAN_VERIFY_OK(rsl);
    QVERIFY2(rsl->problems.isEmpty(), qPrintable(rsl->problems.join(QLatin1Char(' '))));
    QVERIFY(rsl->trainingProhibited && rsl->trainingPermitted && rsl->trainingPaid);

    // robots.txt: each AI crawler reads the verdict meant for it; ordinary search crawlers are untouched, and the
    // user's own rules still apply.
    const RobotsTxt robots = RobotsTxt::parse(files.value(QStringLiteral("robots.txt")));
    QVERIFY(!robots.isAllowed(QStringLiteral("GPTBot"), QStringLiteral("/")));
    QVERIFY(!robots.isAllowed(QStringLiteral("gptbot"), QStringLiteral("/gallery/page.png")));
    QVERIFY(!robots.isAllowed(QStringLiteral("ChatGPT-User"), QStringLiteral("/"))); // AI input reserved
    QVERIFY(robots.isAllowed(QStringLiteral("OAI-SearchBot"), QStringLiteral("/"))); // search allowed
    QVERIFY(robots.isAllowed(QStringLiteral("Googlebot"), QStringLiteral("/gallery/")));
    QVERIFY(robots.isAllowed(QStringLiteral("Bingbot"), QStringLiteral("/gallery/")));
    QVERIFY(!robots.isAllowed(QStringLiteral("Bingbot"), QStringLiteral("/private/x")));
    QCOMPARE(robots.licenses(), QStringList{QStringLiteral("https://artist.example/license.xml")});
    QCOMPARE(robots.contentUsage(QStringLiteral("SomeNewAiBot"), QStringLiteral("/")).value(QStringLiteral("train-ai")),
             std::optional<bool>(false));
}

void TestReservations::robotsFollowsRfc9309()
{
    const RobotsTxt r = RobotsTxt::parse("Disallow: /before-any-group\n"
                                         "User-agent: ExampleBot\nUser-Agent: OtherBot\nDisallow: /a\nAllow: /a/b\n"
                                         "Disallow: /*.gif$\n\n"
                                         "user-agent: *\nDisallow: /\nAllow: /public/\n\n"
                                         "User-agent: examplebot\nDisallow: /c   # the same bot again: combined\n"
                                         "User-agent: TieBot\nDisallow: /x\nAllow: /x\nDisallow:\n");
    QCOMPARE(r.problems().size(), 1);                                                // the rule before any group
    QVERIFY(!r.isAllowed(QStringLiteral("EXAMPLEBOT"), QStringLiteral("/a/c")));     // case-insensitive token
    QVERIFY(r.isAllowed(QStringLiteral("ExampleBot"), QStringLiteral("/a/b/c")));    // longest match
    QVERIFY(!r.isAllowed(QStringLiteral("ExampleBot"), QStringLiteral("/c")));       // groups of one bot combined
    QVERIFY(r.isAllowed(QStringLiteral("ExampleBot"), QStringLiteral("/public/x"))); // never merged with '*'
    QVERIFY(!r.isAllowed(QStringLiteral("OtherBot"), QStringLiteral("/img/cat.gif")));
    QVERIFY(r.isAllowed(QStringLiteral("OtherBot"), QStringLiteral("/img/cat.gif?x=1"))); // '$' anchors
    QVERIFY(!r.isAllowed(QStringLiteral("Unlisted"), QStringLiteral("/secret")));
    QVERIFY(r.isAllowed(QStringLiteral("Unlisted"), QStringLiteral("/public/page")));
    QVERIFY(r.isAllowed(QStringLiteral("TieBot"), QStringLiteral("/x"))); // a tie goes to allow
    QVERIFY(r.isAllowed(QStringLiteral("Unlisted"), QStringLiteral("/robots.txt")));
    QVERIFY(RobotsTxt::matches(QStringLiteral("/*/art/*.png"), QStringLiteral("/2026/art/page1.png")));
    QVERIFY(!RobotsTxt::matches(QStringLiteral("/*/art/*.png$"), QStringLiteral("/2026/art/page1.png.html")));

    // Hostile input: larger than RFC 9309's 500 KiB, and not UTF-8; bounded, and said.
    QByteArray huge = "User-agent: GPTBot\nDisallow: /\n";
    huge += QByteArray(600 * 1024, '#');
    huge += "\nUser-agent: ClaudeBot\nDisallow: /\n";
    const RobotsTxt cut = RobotsTxt::parse(huge);
    QVERIFY(!cut.isAllowed(QStringLiteral("GPTBot"), QStringLiteral("/")));
    QVERIFY(cut.isAllowed(QStringLiteral("ClaudeBot"), QStringLiteral("/"))); // beyond the limit
    QCOMPARE(cut.problems().size(), 1);
    const RobotsTxt broken = RobotsTxt::parse("User-agent: GPTBot\nDisallow: /\xff\xfe\n");
    QVERIFY(broken.problems().join(QString()).contains(QStringLiteral("UTF-8")));
}

void TestReservations::mergeKeepsTheUsersRules()
{
    const QString block = RobotsTxt::block(samplePolicy(), QStringLiteral("https://artist.example/license.xml"));
    const QByteArray once = RobotsTxt::merge(kUsersRobots, block);
    QVERIFY(once.startsWith(kUsersRobots));
    QCOMPARE(once.count(RobotsTxt::kBeginMarker.toUtf8()), 1);
    // Exporting again replaces only Rakkan's block, whatever the user added after it.
    const QByteArray edited = once + "User-agent: MyFriendBot\nAllow: /\n";
    ReservationPolicy changed = samplePolicy();
    changed.reserveAiInput = false;
    const QByteArray again = RobotsTxt::merge(edited, RobotsTxt::block(changed, {}));
    QCOMPARE(again.count(RobotsTxt::kBeginMarker.toUtf8()), 1);
    QVERIFY(again.startsWith(kUsersRobots));
    QVERIFY(again.endsWith("User-agent: MyFriendBot\nAllow: /\n"));
    QVERIFY(!again.contains("ChatGPT-User"));
    QCOMPARE(RobotsTxt::merge(again, RobotsTxt::block(changed, {})), again); // idempotent
    // Windows line endings stay Windows line endings.
    const QByteArray crlf = RobotsTxt::merge("User-agent: *\r\nDisallow: /tmp/\r\n", block);
    QCOMPARE(crlf.count('\n'), crlf.count("\r\n"));
    // A block whose end marker the user deleted: nothing of theirs goes, one fresh block follows.
    QByteArray damaged = once;
    damaged.replace(RobotsTxt::kEndMarker.toUtf8(), "# (gone)");
    const QByteArray repaired = RobotsTxt::merge(damaged, block);
    QVERIFY(repaired.contains("# (gone)"));
    QCOMPARE(repaired.count(RobotsTxt::kBeginMarker.toUtf8()), 1);
    // The '*' group Rakkan adds carries no Allow: it cannot open what the user's '*' group closed.
    const RobotsTxt closed = RobotsTxt::parse(RobotsTxt::merge("User-agent: *\nDisallow: /\n", block));
    QVERIFY(!closed.isAllowed(QStringLiteral("Googlebot"), QStringLiteral("/")));
}

void TestReservations::contentUsageIsReadAsTheDraftSays()
{
    auto p = UsagePreferences::parseContentUsage(QStringLiteral("train-ai=n, search=y;exceptions=cc-cr, foo=y"));
    QCOMPARE(p.value(QStringLiteral("train-ai")), std::optional<bool>(false));
    QCOMPARE(p.value(QStringLiteral("search")), std::optional<bool>(true)); // parameters ignored
    QVERIFY(p.problems.isEmpty());
    for (const char *text : {"train-ai=\"n\"", "train-ai", "train-ai=?0", "Train-AI=n", "train-ai=no"})
        QVERIFY2(!UsagePreferences::parseContentUsage(QLatin1String(text)).value(QStringLiteral("train-ai")), text);
    QCOMPARE(
        UsagePreferences::parseContentUsage(QStringLiteral("train-ai=y, train-ai=n")).value(QStringLiteral("train-ai")),
        std::optional<bool>(false)); // the last one wins
    QCOMPARE(UsagePreferences::parseContentSignal(QStringLiteral("search=yes, ai-input=no, ai-train=no"))
                 .value(QStringLiteral("ai-train")),
             std::optional<bool>(false));

    const RobotsTxt r = RobotsTxt::parse("User-Agent: *\nAllow: /\nContent-Usage: train-ai=n\n"
                                         "Content-Usage: /press-kit/ train-ai=y\n"
                                         "Content-Usage: /mixed/ train-ai=y\nContent-Usage: /mixed/ train-ai=n\n");
    QCOMPARE(r.contentUsage(QStringLiteral("x"), QStringLiteral("/art/")).value(QStringLiteral("train-ai")),
             std::optional<bool>(false));
    QCOMPARE(r.contentUsage(QStringLiteral("x"), QStringLiteral("/press-kit/a.png")).value(QStringLiteral("train-ai")),
             std::optional<bool>(true)); // the longest path
    QCOMPARE(r.contentUsage(QStringLiteral("x"), QStringLiteral("/mixed/a")).value(QStringLiteral("train-ai")),
             std::optional<bool>(false)); // the most restrictive at one path
    QCOMPARE(judgeContentUsage(r, {}).verdict, Verdict::Reserved);
}

void TestReservations::tdmRepFirstMatchDecides()
{
    const QByteArray json = R"([{"location": "/art/free/", "tdm-reservation": 0},
                                {"location": "/art/", "tdm-reservation": 1},
                                {"location": "/odd/", "tdm-reservation": "1"}])";
    QCOMPARE(TdmRep::judge(json, QStringLiteral("/art/free/a.png"), {}).verdict, Verdict::Allowed);
    QCOMPARE(TdmRep::judge(json, QStringLiteral("/art/b.png"), {}).verdict, Verdict::Reserved);
    const Finding odd = TdmRep::judge(json, QStringLiteral("/odd/x"), {});
    QCOMPARE(odd.verdict, Verdict::Unknown); // a string is a protocol error: unset
    QCOMPARE(odd.notes.size(), 1);
    QCOMPARE(TdmRep::judge(json, QStringLiteral("/elsewhere"), {}).verdict, Verdict::Unknown);
    const Finding malformed = TdmRep::judge(R"({"location": "/"})", QStringLiteral("/"), {});
    QCOMPARE(malformed.verdict, Verdict::Unknown);
    QVERIFY(!malformed.notes.isEmpty());
    QCOMPARE(TdmRep::judge("[{\"location\": \"/\", ", QStringLiteral("/"), {}).verdict, Verdict::Unknown);
    QCOMPARE(TdmRep::judgeValue(QStringLiteral("1")), Verdict::Reserved);
    QCOMPARE(TdmRep::judgeValue(QStringLiteral("yes")), Verdict::Unknown);
}

void TestReservations::rslRefusesWhatIsNotRsl10()
{
    RAKKAN_VERIFY_ERROR(Rsl::read("this is not XML <"), ErrorCode::Corrupt);
    RAKKAN_VERIFY_ERROR(Rsl::read("<rsl xmlns=\"https://example.org/other\"><content url=\"/\"/></rsl>"),
                        ErrorCode::UnsupportedFormat);
    RAKKAN_VERIFY_ERROR(Rsl::read(QByteArray(Rsl::kMaxBytes + 1, ' ')), ErrorCode::TooLarge);
    RAKKAN_VERIFY_ERROR(Rsl::read(""), ErrorCode::Empty);
    const QByteArray draft = "<rsl xmlns=\"https://rslstandard.org/rsl\"><content url=\"/\"><license>"
                             "<prohibits type=\"usage\">train-ai,ai-input</prohibits>"
                             "<payment type=\"royalty\"/></license></content></rsl>";
    auto parsed = Rsl::read(draft);
    RAKKAN_VERIFY_OK(parsed);
    QCOMPARE(parsed->problems.size(), 3); // a comma list, the draft token train-ai, the draft payment royalty
    QCOMPARE(Rsl::judge(draft, {}).verdict, Verdict::Unknown);
    const QByteArray free = "<rsl xmlns=\"https://rslstandard.org/rsl\"><content url=\"/\"><license>"
                            "<permits type=\"usage\">ai-train</permits></license></content></rsl>";
    QCOMPARE(Rsl::judge(free, {}).verdict, Verdict::Allowed);
}

void TestReservations::gatewayPathsStayInsideTheSite()
{
    const ReservationPolicy p = samplePolicy();
    QCOMPARE(GatewayPages::sitePath(p, QStringLiteral("https://artist.example/optout/ISCC:MAIW")),
             std::optional<QString>(QStringLiteral("optout/ISCC:MAIW/index.html")));
    QCOMPARE(GatewayPages::sitePath(p, QStringLiteral("https://artist.example/optout/x.json")),
             std::optional<QString>(QStringLiteral("optout/x.json")));
    for (const char *bad : {"https://artist.example/../etc/passwd", "https://artist.example/a/%2e%2e/%2e%2e/x",
                            "https://other.example/optout/x", "https://artist.example.evil/x",
                            "https://artist.example/a b/x", "https://artist.example/a/..\\x"})
        QVERIFY2(!GatewayPages::sitePath(p, QLatin1String(bad)), bad);
    // The page escapes what it shows.
    const QList<GatewayPage> pages = sampleInput().gateways;
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages.first().html.contains("<h1>星の庭 &lt;第1話&gt;</h1>"));
    GatewayPages::Declared hostile = GatewayPages::Declared{QStringLiteral("ISCC:MAIWMFPN7AENMAAF"),
                                                            {},
                                                            QStringLiteral("</script><script>alert(1)</script>"),
                                                            {},
                                                            {},
                                                            {},
                                                            {}};
    const QByteArray html = GatewayPages::html(p, hostile);
    QCOMPARE(html.count("</script>"), 1); // the title cannot end the JSON-LD block early
    QVERIFY(html.contains("&lt;/script&gt;&lt;script&gt;"));
}

void TestReservations::kitIsWrittenAsFolderAndZip()
{
    QTemporaryDir dir;
    const QString kit = dir.filePath(QStringLiteral("kit"));
    auto report = SiteKit::write(kit, SiteKit::files(sampleInput()), true);
    RAKKAN_VERIFY_OK(report);
    QVERIFY(QFileInfo::exists(kit + QStringLiteral("/.well-known/tdmrep.json")));
    QVERIFY(QFileInfo::exists(kit + QStringLiteral("/optout/ISCC:MAIWMFPN7AENMAAF/index.html")));
    QuaZip zip(report->zip);
    QVERIFY(zip.open(QuaZip::mdUnzip));
    const QStringList entries = zip.getFileNameList();
    QVERIFY2(entries.contains(QStringLiteral(".well-known/tdmrep.json")), qPrintable(entries.join(QLatin1Char(' '))));
    QVERIFY(entries.contains(QStringLiteral("robots.txt")));
    for (const QString &e : entries)
        QVERIFY(!e.startsWith(QLatin1Char('/')) && !e.contains(QLatin1String("..")));
    // A path that would leave the folder is refused, and nothing is written for it.
    RAKKAN_VERIFY_ERROR(SiteKit::write(kit, {{QStringLiteral("../escape.txt"), "x"}}, false),
                        ErrorCode::InvalidArgument);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("escape.txt"))));
}

void TestReservations::policiesLiveInTheCatalogue()
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    PolicyStore store(**catalog);
    QCOMPARE(*store.policy(), ReservationPolicy::defaults()); // before anything is saved
    ReservationPolicy incomplete = ReservationPolicy::defaults();
    RAKKAN_VERIFY_ERROR(store.save(incomplete), ErrorCode::InvalidArgument); // no site yet
    QCOMPARE(*store.policy(), ReservationPolicy::defaults());
    RAKKAN_VERIFY_OK(store.save(samplePolicy()));
    QCOMPARE(*store.policy(), samplePolicy());
    ReservationPolicy press = samplePolicy();
    press.reserveTraining = press.reserveGenerativeTraining = press.reserveAiInput = false;
    RAKKAN_VERIFY_OK(store.save(press, QStringLiteral("press")));
    QCOMPARE(*store.names(), (QStringList{QStringLiteral("default"), QStringLiteral("press")}));
    auto work = (*catalog)->works().create(QStringLiteral("Press kit"), catalog::WorkKind::Illustration);
    RAKKAN_VERIFY_OK(work);
    RAKKAN_VERIFY_OK(store.assign({*work}, QStringLiteral("press")));
    QCOMPARE(store.assignments()->value(*work), QStringLiteral("press"));
    RAKKAN_VERIFY_ERROR(store.assign({*work}, QStringLiteral("nope")), ErrorCode::NotFound);
    RAKKAN_VERIFY_OK(store.assign({*work}, QString()));
    QVERIFY(store.assignments()->isEmpty());
}

QTEST_GUILESS_MAIN(TestReservations)
#include "tst_reservations.moc"
