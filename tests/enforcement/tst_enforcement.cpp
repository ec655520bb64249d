// Enforcement without a network: the status machine and its deadlines, the case store (its history chain, licensed
// uses, repeat infringers, a case licensed into an offer), finding a page's pictures in hostile HTML, BagIt bags
// written and refused when tampered with, notices with every element their law requires, and crawler-log audits.

#include "catalog/WorkStore.h"
#include "common/TestSupport.h"
#include "common/ZipRewrite.h"
#include "enforcement/AccessLogAudit.h"
#include "enforcement/BagIt.h"
#include "enforcement/CaseDeadlines.h"
#include "enforcement/CaseStatus.h"
#include "enforcement/CaseStore.h"
#include "enforcement/HostFinder.h"
#include "enforcement/HtmlImages.h"
#include "enforcement/Notice.h"
#include "enforcement/PlatformDirectory.h"
#include "licensing/OfferStore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <zlib.h>

using namespace rakkan;
using namespace rakkan::enforcement;

namespace {

Case caseAt(const QString &url, qint64 workId, const QString &account = {})
{
    Case c;
    c.pageUrl = url;
    c.account = account;
    CaseCopy copy;
    copy.imageUrl = url + QStringLiteral("/copy.jpg");
    copy.workId = workId;
    copy.confidence = QStringLiteral("very_likely");
    c.copies << copy;
    return c;
}

} // namespace

class TestEnforcement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusMachine()
    {
        using S = CaseStatus;
        QVERIFY(CaseStatusMachine::allowed(S::Found, S::EvidenceFrozen));
        QVERIFY(!CaseStatusMachine::allowed(S::Found, S::Sent)); // evidence first
        QVERIFY(!CaseStatusMachine::allowed(S::Found, S::NoticeDrafted));
        QVERIFY(CaseStatusMachine::allowed(S::Sent, S::CounterNotice));
        QVERIFY(CaseStatusMachine::allowed(S::Refused, S::Escalated));
        QVERIFY(CaseStatusMachine::allowed(S::Closed, S::Found)); // the copy came back
        QVERIFY(CaseStatusMachine::next(S::Licensed).isEmpty());
        for (S s : CaseStatusMachine::all()) {
            QCOMPARE(CaseStatusMachine::fromKey(CaseStatusMachine::key(s)), s);
            QVERIFY(!CaseStatusMachine::label(s).isEmpty());
            if (s != S::Licensed)
                QVERIFY2(CaseStatusMachine::allowed(s, S::Closed) || s == S::Closed,
                         qPrintable(CaseStatusMachine::key(s)));
        }
        QVERIFY(!CaseStatusMachine::fromKey(QStringLiteral("gone")));
        QCOMPARE(regimeFromKey(QStringLiteral("DSA")), Regime::Dsa);
        QVERIFY(!regimeFromKey(QStringLiteral("gdpr")));
    }

    void deadlines()
    {
        // Friday 2026-12-04 + 10 business days = Friday 2026-12-18.
        QCOMPARE(CaseDeadlines::addBusinessDays(QDate(2026, 12, 4), 10), QDate(2026, 12, 18));
        QCOMPARE(CaseDeadlines::addBusinessDays(QDate(2026, 12, 5), 1), QDate(2026, 12, 7)); // Saturday -> Monday
        const QDateTime at(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        const auto counter = CaseDeadlines::after(CaseStatus::CounterNotice, Regime::Dmca, false, at);
        QVERIFY(counter);
        QCOMPARE(counter->at.date(), QDate(2026, 12, 18));
        QVERIFY(counter->reason.contains(QLatin1String("512(g)")));
        const auto large = CaseDeadlines::after(CaseStatus::Sent, Regime::Jp, true, at);
        QCOMPARE(large->at, at.addDays(7));
        const auto other = CaseDeadlines::after(CaseStatus::Sent, Regime::Jp, false, at);
        QCOMPARE(other->at, at.addDays(CaseDeadlines::kAnswerDays));
        const auto dsa = CaseDeadlines::after(CaseStatus::Refused, Regime::Dsa, false, at);
        QCOMPARE(dsa->at, at.addMonths(6));
        QVERIFY(!CaseDeadlines::after(CaseStatus::Closed, Regime::Dmca, false, at));
    }

    void caseStore()
    {
        QTemporaryDir dir;
        auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
        RAKKAN_VERIFY_OK(catalog);
        catalog::WorkStore works((*catalog)->database());
        auto work = works.create(QStringLiteral("夜の海"), catalog::WorkKind::Illustration);
        RAKKAN_VERIFY_OK(work);
        CaseStore cases(**catalog);

        RAKKAN_VERIFY_ERROR(cases.open(caseAt(QStringLiteral("ftp://example.com/x"), *work)),
                            ErrorCode::InvalidArgument);
        auto id =
            cases.open(caseAt(QStringLiteral("https://www.Example.com/page"), *work, QStringLiteral("uploader1")));
        RAKKAN_VERIFY_OK(id);
        auto c = cases.get(*id);
        RAKKAN_VERIFY_OK(c);
        QCOMPARE(c->host, QStringLiteral("example.com"));
        QCOMPARE(c->status, CaseStatus::Found);
        QCOMPARE(c->copies.size(), 1);
        // Finding the same page again adds to its open case.
        Case again = caseAt(QStringLiteral("https://www.Example.com/page"), *work);
        again.copies.first().imageUrl = QStringLiteral("https://www.example.com/other.jpg");
        QCOMPARE(*cases.open(again), *id);
        QCOMPARE(cases.get(*id)->copies.size(), 2);

        // The status machine is enforced and every step is chained.
        RAKKAN_VERIFY_ERROR(cases.transition(*id, CaseStatus::Sent), ErrorCode::InvalidArgument);
        RAKKAN_VERIFY_OK(
            cases.setDetails(*id, QStringLiteral("Example"), QStringLiteral("uploader1"), Regime::Dmca, {}));
        RAKKAN_VERIFY_OK(cases.transition(*id, CaseStatus::EvidenceFrozen));
        RAKKAN_VERIFY_OK(cases.transition(*id, CaseStatus::NoticeDrafted));
        const QDateTime sent(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC);
        RAKKAN_VERIFY_OK(cases.transition(*id, CaseStatus::Sent, QStringLiteral("by e-mail"), sent));
        c = cases.get(*id);
        QCOMPARE(c->deadline, sent.addDays(CaseDeadlines::kAnswerDays));
        QVERIFY(!c->sentAt.isEmpty());
        RAKKAN_VERIFY_OK(cases.transition(*id, CaseStatus::CounterNotice, {}, sent.addDays(2)));
        QCOMPARE(cases.get(*id)->deadline.date(), QDate(2026, 12, 18)); // Sunday 6th + 10 business days
        auto due = cases.due(QDateTime(QDate(2026, 12, 21), QTime(), Qt::UTC));
        RAKKAN_VERIFY_OK(due);
        QCOMPARE(due->size(), 1);
        QVERIFY(cases.due(QDateTime(QDate(2026, 12, 18), QTime(), Qt::UTC))->isEmpty());

        auto history = cases.history(*id);
        RAKKAN_VERIFY_OK(history);
        QCOMPARE(history->size(), 6); // found, details, frozen, drafted, sent, counter-notice
        QVERIFY(!cases.verifyHistory()->has_value());
        // The table refuses edits, and an edit behind SQLite's back breaks the chain.
        QVERIFY(!(*catalog)->database().exec(QStringLiteral("UPDATE case_events SET note = 'x' WHERE seq = 1")).ok());
        RAKKAN_VERIFY_OK((*catalog)->database().exec(QStringLiteral("DROP TRIGGER case_events_append_only_update")));
        RAKKAN_VERIFY_OK(
            (*catalog)->database().exec(QStringLiteral("UPDATE case_events SET note = 'x' WHERE seq = 2")));
        QCOMPARE(cases.verifyHistory()->value_or(0), qint64(2));

        // Repeat infringers: the account and the host.
        auto second =
            cases.open(caseAt(QStringLiteral("https://example.com/other"), *work, QStringLiteral("uploader1")));
        RAKKAN_VERIFY_OK(second);
        RAKKAN_VERIFY_OK(cases.setDetails(*second, {}, QStringLiteral("uploader1"), Regime::Unset, {}));
        auto repeat = cases.repeatInfringers();
        RAKKAN_VERIFY_OK(repeat);
        QCOMPARE(repeat->size(), 2);
        QCOMPARE(repeat->first().cases, 2);

        // A retroactive licence: an offer draft with the same counterparty and the works, and the case licensed.
        auto offer = cases.license(*second);
        RAKKAN_VERIFY_OK(offer);
        auto drafted = licensing::OfferStore(**catalog).offer(*offer);
        RAKKAN_VERIFY_OK(drafted);
        QVERIFY(drafted->counterparty.contains(QLatin1String("uploader1")));
        QCOMPARE(drafted->workIds, QList<qint64>{*work});
        QCOMPARE(cases.get(*second)->status, CaseStatus::Licensed);
        QCOMPARE(cases.get(*second)->offerId, *offer);
        RAKKAN_VERIFY_ERROR(cases.transition(*second, CaseStatus::Closed), ErrorCode::InvalidArgument);

        // A licensed use never opens a case.
        LicensedUse use;
        use.host = QStringLiteral("https://www.partner.example/");
        use.pathPrefix = QStringLiteral("/gallery/");
        use.offerId = *offer;
        RAKKAN_VERIFY_OK(cases.addLicensedUse(use));
        RAKKAN_VERIFY_ERROR(cases.open(caseAt(QStringLiteral("https://cdn.partner.example/gallery/1"), *work)),
                            ErrorCode::InvalidArgument);
        RAKKAN_VERIFY_OK(cases.open(caseAt(QStringLiteral("https://partner.example/blog/1"), *work)));
        LicensedUse bad;
        bad.host = QStringLiteral("not a host/");
        RAKKAN_VERIFY_ERROR(cases.addLicensedUse(bad), ErrorCode::InvalidArgument);

        Complainant who{QStringLiteral("山田 葵"), QStringLiteral("Aoi Yamada"),     QStringLiteral("Tokyo"),
                        QStringLiteral("+81"),     QStringLiteral("aoi@example.jp"), {}};
        RAKKAN_VERIFY_OK(cases.setComplainant(who));
        QCOMPARE(cases.complainant()->nameLatin, QStringLiteral("Aoi Yamada"));
    }

    void htmlImages()
    {
        const QByteArray html =
            "<html><head><base href=\"https://cdn.example.com/base/\">\n"
            "            <meta property=\"og:image\" content=\"https://example.com/og.jpg\">\n"
            "            <meta name=\"twitter:image\" content=\"/tw.png\">\n"
            "            <link rel=\"icon image_src\" href=\"linked.webp\">\n"
            "            <style>.hero { background: url('/hero.jpg') } "
            ".x{background-image:url(data:image/png;base64,AAAA)}</style>\n"
            "            </head><body>\n"
            "            <!-- <img src=\"commented.jpg\"> -->\n"
            "            <img src=\"small.jpg\" srcset=\"small.jpg 320w, big.jpg 1280w, mid.jpg 640w\" alt=\"x\">\n"
            "            <img data-src=\"lazy.jpg\" src=\"placeholder.gif\">\n"
            "            <picture><source srcset=\"a.avif 2x, b.avif 1x\"></picture>\n"
            "            <a href=\"full/page-1.png?x=1&amp;y=2\">full</a><a href=\"/about.html\">about</a>\n"
            "            <div style=\"background-image: url(&quot;div.jpg&quot;)\"></div>\n"
            "            <img src=\"javascript:alert(1)\"><img src=\"ftp://x/y.jpg\"><img src='og.jpg'>\n"
            "            </body></html>";
        const QList<QUrl> found = HtmlImages::find(html, QUrl(QStringLiteral("https://example.com/page")));
        QStringList urls;
        for (const QUrl &u : found)
            urls << u.toString();
        QCOMPARE(urls.first(), QStringLiteral("https://example.com/og.jpg"));
        for (const char *expected :
             {"https://cdn.example.com/tw.png", "https://cdn.example.com/base/linked.webp",
              "https://cdn.example.com/hero.jpg", "https://cdn.example.com/base/big.jpg",
              "https://cdn.example.com/base/lazy.jpg", "https://cdn.example.com/base/a.avif",
              "https://cdn.example.com/base/full/page-1.png?x=1&y=2", "https://cdn.example.com/base/div.jpg"})
            QVERIFY2(urls.contains(QString::fromLatin1(expected)), qPrintable(urls.join(QLatin1Char('\n'))));
        // The largest srcset candidate comes before the smaller ones.
        QVERIFY(urls.indexOf(QStringLiteral("https://cdn.example.com/base/big.jpg")) <
                urls.indexOf(QStringLiteral("https://cdn.example.com/base/small.jpg")));
        for (const QString &u : urls) {
            QVERIFY2(!u.contains(QLatin1String("commented")), qPrintable(u));
            QVERIFY2(u.startsWith(QLatin1String("https://")), qPrintable(u));
            QVERIFY(!u.contains(QLatin1String("about.html")));
        }
        QCOMPARE(HtmlImages::title("<title> Fan &amp; uploads </title>"), QStringLiteral("Fan & uploads"));
    }

    void hostileHtmlIsReadInBoundedTime()
    {
        // Unclosed comments, tags and attributes, and a flood of images: linear work, a bounded answer.
        QElapsedTimer timer;
        timer.start();
        QByteArray flood;
        for (int i = 0; i < 100000; ++i)
            flood += "<img src=\"/i" + QByteArray::number(i) + ".jpg\">";
        QCOMPARE(HtmlImages::find(flood, QUrl(QStringLiteral("https://e.com/"))).size(), HtmlImages::kMaxImages);
        const QList<QByteArray> hostile{
            QByteArray(4 << 20, '<'), QByteArray(QByteArray("<!--") + QByteArray(4 << 20, 'a')),
            QByteArray(QByteArray("<img src=\"") + QByteArray(4 << 20, 'a')), QByteArray(2 << 20, '\0'),
            QByteArray(QByteArray("<style>") + QByteArray(4 << 20, '(')),
            // Long runs a backtracking parser would scan again from every position.
            QByteArray(QByteArray("<img ") + QByteArray(4 << 20, 'a') + "\"=x>"),
            QByteArray(QByteArray("<style>") + QByteArray("url(").repeated(1 << 20)),
            QByteArray("<title>").repeated(150000), QByteArray("<img src=").repeated(400000)};
        for (const QByteArray &page : hostile) {
            QVERIFY(HtmlImages::find(page, QUrl(QStringLiteral("https://e.com/"))).size() <= HtmlImages::kMaxImages);
            (void)HtmlImages::title(page);
        }
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void bagItRoundTripAndTampering()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("big.bin"));
        QVERIFY(test::writeFile(source, QByteArray(300000, 'z')));
        const QList<BagFile> payload{{QStringLiteral("data/a.txt"), QByteArrayLiteral("alpha"), {}},
                                     {QStringLiteral("data/b.txt"), QByteArrayLiteral("bravo"), {}},
                                     {QStringLiteral("data/sub/%odd\nname.bin"), QByteArrayLiteral("x"), {}},
                                     {QStringLiteral("data/big.bin"), {}, source}};
        const QString bag = dir.filePath(QStringLiteral("bag.zip"));
        QByteArray sealedManifest;
        RAKKAN_VERIFY_OK(BagItWriter::write(
            bag, QStringLiteral("bag"), payload, {{QStringLiteral("Contact-Name"), QStringLiteral("Aoi")}},
            [&](const QByteArray &tags) -> Result<QMap<QString, QByteArray>> {
                sealedManifest = tags;
                return QMap<QString, QByteArray>{{QStringLiteral("rakkan-seal.bin"), "seal"}};
            }));
        QVERIFY(!QFile::exists(bag + QStringLiteral(".part")));
        auto report = BagItReader::check(bag);
        RAKKAN_VERIFY_OK(report);
        QVERIFY2(report->valid(), qPrintable(report->failures.join(QLatin1Char('\n'))));
        QCOMPARE(report->payloadFiles, 4);
        QCOMPARE(report->tagFiles.value(QStringLiteral("tagmanifest-sha256.txt")), sealedManifest);
        QCOMPARE(report->tagFiles.value(QStringLiteral("rakkan-seal.bin")), QByteArray("seal"));
        QVERIFY(report->tagFiles.value(QStringLiteral("manifest-sha256.txt")).contains("data/sub/%25odd%0Aname.bin"));

        const auto tampered = [&](const std::function<QByteArray(const QString &, QByteArray)> &change) {
            const QString copy = dir.filePath(QStringLiteral("t.zip"));
            QFile::remove(copy);
            if (!test::rewriteZip(bag, copy, change))
                return QStringList{QStringLiteral("rewrite failed")};
            auto r = BagItReader::check(copy);
            return r.ok() ? r->failures : QStringList{r.error().message};
        };
        // One byte changed.
        QStringList failures = tampered([](const QString &name, QByteArray b) {
            if (name.endsWith(QLatin1String("big.bin")))
                b[1000] = 'y';
            return b;
        });
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().contains(QLatin1String("data/big.bin")));
        // Two files swapped.
        failures = tampered([](const QString &name, QByteArray b) {
            if (name.endsWith(QLatin1String("a.txt")))
                return QByteArrayLiteral("bravo");
            if (name.endsWith(QLatin1String("b.txt")))
                return QByteArrayLiteral("alpha");
            return b;
        });
        QCOMPARE(failures.size(), 2);
        // A file removed, a file added, the manifest edited to match a change (the tag manifest catches it).
        failures = tampered(
            [](const QString &name, QByteArray b) { return name.endsWith(QLatin1String("a.txt")) ? QByteArray() : b; });
        QVERIFY(failures.join(QLatin1Char(' ')).contains(QLatin1String("data/a.txt")));
        failures = tampered([](const QString &name, QByteArray b) {
            // Same length, so that Payload-Oxum still agrees: only the tag manifest can tell.
            if (name.endsWith(QLatin1String("b.txt")))
                return QByteArrayLiteral("BRAVO");
            if (name.endsWith(QLatin1String("/manifest-sha256.txt"))) {
                const QByteArray old = QCryptographicHash::hash("bravo", QCryptographicHash::Sha256).toHex();
                b.replace(old, QCryptographicHash::hash("BRAVO", QCryptographicHash::Sha256).toHex());
            }
            return b;
        });
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().contains(QLatin1String("manifest-sha256.txt")));
        // Rewritten as it was, it still holds.
        failures = tampered([](const QString &, QByteArray b) { return b; });
        QVERIFY(failures.isEmpty());

        // Not a zip, and a zip bomb's worth of claims, are clear errors.
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("no.zip")), "not a zip"));
        RAKKAN_VERIFY_ERROR(BagItReader::check(dir.filePath(QStringLiteral("no.zip"))), ErrorCode::Corrupt);
        RAKKAN_VERIFY_ERROR(BagItWriter::write(dir.filePath(QStringLiteral("x.zip")), QStringLiteral("x"),
                                               {{QStringLiteral("../evil"), "x", {}}}, {}, {}),
                            ErrorCode::InvalidArgument);
    }

    void bagWithHostileNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("evil.zip"));
        {
            QuaZip zip(path);
            QVERIFY(zip.open(QuaZip::mdCreate));
            for (const char *name : {"bag/bagit.txt", "bag/../../etc/passwd", "/abs/data/x", "other/data/y"}) {
                QuaZipFile f(&zip);
                QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))));
                f.write("BagIt-Version: 1.0\n");
                f.close();
            }
            zip.close();
        }
        auto report = BagItReader::check(path);
        RAKKAN_VERIFY_OK(report);
        QVERIFY(!report->valid());
        const QString all = report->failures.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("passwd")) && all.contains(QLatin1String("/abs")), qPrintable(all));
    }

    void noticesHoldTheirElements_data()
    {
        QTest::addColumn<int>("regime");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("elements");
        QTest::newRow("dmca") << int(Regime::Dmca) << QStringLiteral("en")
                              << QStringList{QStringLiteral("512(c)(3)"),
                                             QStringLiteral("good faith belief"),
                                             QStringLiteral("penalty of perjury"),
                                             QStringLiteral("Address: 1-2-3"),
                                             QStringLiteral("Telephone: +81"),
                                             QStringLiteral("/Aoi Yamada/"),
                                             QStringLiteral("https://pirate.example/p/1"),
                                             QStringLiteral("https://artist.example/works/sea")};
        QTest::newRow("dsa") << int(Regime::Dsa) << QStringLiteral("en")
                             << QStringList{QStringLiteral("(a)"),
                                            QStringLiteral("(b)"),
                                            QStringLiteral("(c)"),
                                            QStringLiteral("(d)"),
                                            QStringLiteral("bona fide"),
                                            QStringLiteral("aoi@example.jp"),
                                            QStringLiteral("https://pirate.example/p/1")};
        QTest::newRow("jp") << int(Regime::Jp) << QStringLiteral("ja")
                            << QStringList{QStringLiteral("御中"),
                                           QStringLiteral("公衆送信権"),
                                           QStringLiteral("第23条"),
                                           QStringLiteral("1-2-3"),
                                           QStringLiteral("事実に相違ない"),
                                           QStringLiteral("夜の海"),
                                           QStringLiteral("https://pirate.example/p/1")};
    }

    void noticesHoldTheirElements()
    {
        QFETCH(int, regime);
        QFETCH(QString, language);
        QFETCH(QStringList, elements);
        NoticeInput in;
        in.regime = Regime(regime);
        in.language = language;
        in.complainant = Complainant{QStringLiteral("山田 葵"),        QStringLiteral("Aoi Yamada"),
                                     QStringLiteral("1-2-3 Shibuya"),  QStringLiteral("+81-3-0000-0000"),
                                     QStringLiteral("aoi@example.jp"), {}};
        in.recipient = QStringLiteral("Pirate Host");
        catalog::Work w;
        w.id = 7;
        w.title = QStringLiteral("夜の海");
        w.titleLatin = QStringLiteral("Night Sea");
        catalog::Publication p;
        p.url = QStringLiteral("https://artist.example/works/sea");
        p.publishedOn = QDate(2024, 5, 1);
        w.publications << p;
        in.works << w;
        Case c = caseAt(QStringLiteral("https://pirate.example/p/1"), 7);
        in.cases << c;
        const Notice notice = NoticeDrafter::draft(in);
        QVERIFY(notice.missing.isEmpty());
        for (const QString &e : elements)
            QVERIFY2(QString(notice.subject + notice.body).contains(e),
                     qPrintable(e + QStringLiteral(" missing from:\n") + notice.body));
        QVERIFY(!notice.subject.isEmpty());

        // Without contact details the notice says what it lacks.
        in.complainant = {};
        const Notice bare = NoticeDrafter::draft(in);
        QVERIFY(!bare.missing.isEmpty());
        QVERIFY(bare.missing.size() == (Regime(regime) == Regime::Dsa ? 2 : 4));
    }

    void bothLanguagesAndEml()
    {
        NoticeInput in;
        in.regime = Regime::Jp;
        in.language = QStringLiteral("both");
        in.complainant = Complainant{QStringLiteral("山田"),
                                     QStringLiteral("Yamada"),
                                     QStringLiteral("a"),
                                     QStringLiteral("p"),
                                     QStringLiteral("aoi@example.jp\r\nBcc: victim@example.com"),
                                     {}};
        in.cases << caseAt(QStringLiteral("https://pirate.example/p/1"), 1);
        in.recipientEmail = QStringLiteral("abuse@pirate.example");
        const Notice notice = NoticeDrafter::draft(in);
        QVERIFY(notice.body.indexOf(QStringLiteral("御中")) < notice.body.indexOf(QStringLiteral("Addressed to")));
        const QByteArray eml = NoticeDrafter::eml(notice, in.complainant);
        QVERIFY(eml.contains("To: <abuse@pirate.example>\r\n"));
        QVERIFY(eml.contains("Content-Transfer-Encoding: quoted-printable"));
        const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n") + 2);
        QVERIFY(!headers.contains("\r\nBcc:")); // a header cannot be smuggled in through a field
        for (const QByteArray &line : eml.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());
    }

    void accessLogAudit()
    {
        QTemporaryDir dir;
        const QByteArray lines =
            "203.0.113.5 - - [01/Mar/2025:10:00:00 +0000] \"GET /works/sea.html HTTP/1.1\" 200 512 \"-\" \"Mozilla/5.0 "
            "(compatible; GPTBot/1.2; +https://openai.com/gptbot)\"\n"
            "203.0.113.5 - - [02/Apr/2025:10:00:00 +0900] \"GET /works/sea.html?x=1 HTTP/1.1\" 200 512 \"-\" "
            "\"Mozilla/5.0 (compatible; GPTBot/1.2)\"\n"
            "203.0.113.5 - - [03/Apr/2025:10:00:00 +0000] \"GET /img/sea.jpg HTTP/1.1\" 304 0 \"-\" \"gptbot\"\n"
            "203.0.113.6 - - [03/Apr/2025:11:00:00 +0000] \"GET /img/sea.jpg HTTP/1.1\" 404 0 \"-\" \"ClaudeBot/1.0\"\n"
            "198.51.100.1 - - [03/Apr/2025:12:00:00 +0000] \"GET /img/sea.jpg HTTP/1.1\" 200 9 \"-\" \"Mozilla/5.0 "
            "Firefox\"\n"
            "garbage line\n"
            "1.2.3.4 - - [99/Xyz/2025:10:00:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"GPTBot\"\n";
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("access.log")), lines));
        // The same, gzipped, and a line far longer than any log line.
        gzFile gz = gzopen(dir.filePath(QStringLiteral("access.log.1.gz")).toLocal8Bit().constData(), "wb");
        QVERIFY(gz);
        const QByteArray huge = "x" + QByteArray(100000, 'a') + "\n";
        gzwrite(gz, huge.constData(), unsigned(huge.size()));
        gzwrite(gz, lines.constData(), unsigned(lines.size()));
        gzclose(gz);

        AuditTargets targets;
        targets.crawlers = {QStringLiteral("GPTBot"), QStringLiteral("ClaudeBot"), QStringLiteral("CCBot")};
        targets.workPaths = {{QStringLiteral("/works/sea.html"), 7}, {QStringLiteral("/img/sea.jpg"), 7}};
        targets.reservedSince = QDateTime(QDate(2025, 4, 1), QTime(), Qt::UTC);
        AccessLogAudit audit(targets);
        audit.read(dir.filePath(QStringLiteral("access.log")));
        audit.read(dir.filePath(QStringLiteral("access.log.1.gz")));
        audit.read(dir.filePath(QStringLiteral("missing.log")));
        const AuditReport &r = audit.report();
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.lines, qint64(15));
        QCOMPARE(r.unreadLines, qint64(5)); // garbage and bad dates twice, and the long line
        const CrawlerVisits gpt = r.crawlers.value(QStringLiteral("GPTBot"));
        QCOMPARE(gpt.requests, qint64(6));
        QCOMPARE(gpt.afterReservation, qint64(4));
        QCOMPARE(gpt.worksFetched, qint64(4));
        QCOMPARE(gpt.works.value(7).count, qint64(4));
        QCOMPARE(gpt.works.value(7).first, QDateTime(QDate(2025, 4, 2), QTime(1, 0), Qt::UTC)); // +0900 to UTC
        const CrawlerVisits claude = r.crawlers.value(QStringLiteral("ClaudeBot"));
        QCOMPARE(claude.requests, qint64(2));
        QCOMPARE(claude.worksFetched, qint64(0)); // a 404 fetched nothing
        QVERIFY(!r.crawlers.contains(QStringLiteral("CCBot")));
        QVERIFY(r.text({}).contains(QLatin1String("GPTBot")));
    }

    void platformsAndCdns()
    {
        const auto youtube = PlatformDirectory::shipped().forHost(QStringLiteral("m.youtube.com"));
        QVERIFY(youtube);
        QVERIFY(youtube->designatedInJapan);
        QVERIFY(youtube->form.startsWith(QLatin1String("https://")));
        QVERIFY(!PlatformDirectory::shipped().forHost(QStringLiteral("notyoutube.com")));
        RAKKAN_VERIFY_ERROR(PlatformDirectory::parse("{\"platforms\": [{\"id\": \"x\", \"name\": \"X\", \"form\": "
                                                     "\"http://insecure\"}]}"),
                            ErrorCode::Corrupt);
        RAKKAN_VERIFY_ERROR(PlatformDirectory::parse("[1,2"), ErrorCode::Corrupt);

        QStringList clues;
        QCOMPARE(HostFinder::cdnOf(QStringLiteral("104.16.1.1"), {}, &clues), QStringLiteral("Cloudflare"));
        QCOMPARE(HostFinder::cdnOf(QStringLiteral("2606:4700::1"), {}), QStringLiteral("Cloudflare"));
        QCOMPARE(HostFinder::cdnOf(QStringLiteral("127.0.0.1"), {{"server", "cloudflare"}, {"cf-ray", "abc"}}),
                 QStringLiteral("Cloudflare"));
        QCOMPARE(HostFinder::cdnOf(QStringLiteral("127.0.0.1"), {{"x-amz-cf-id", "abc"}}),
                 QStringLiteral("Amazon CloudFront"));
        QVERIFY(HostFinder::cdnOf(QStringLiteral("192.0.2.1"), {{"server", "nginx"}}).isEmpty());
        QCOMPARE(HostFinder::registrableDomain(QStringLiteral("img.shop.example.co.jp")),
                 QStringLiteral("example.co.jp"));
        QCOMPARE(HostFinder::registrableDomain(QStringLiteral("www.example.com")), QStringLiteral("example.com"));

        const RdapRecord broken = HostFinder::parse("{\"entities\": [{\"roles\": [\"abuse\"], \"vcardArray\": 5}]}");
        QVERIFY(broken.error.isEmpty());
        QVERIFY(!HostFinder::parse("not json").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnforcement)
#include "tst_enforcement.moc"
