// rakkan-cli's enforcement, run as a user would against real servers on 127.0.0.1: a site whose page carries a
// cropped, re-encoded copy of a catalogued work and an unrelated picture, and a time-stamping authority. case open
// proposes the right work and only it; evidence create seals a bag that evidence verify accepts (and refuses once
// changed); notice draft writes every law's notice; case recheck sees the copy removed; logs audit reads a log.

#include "cli/CliRunner.h"
#include "common/TestServer.h"
#include "common/TestSupport.h"
#include "common/ZipRewrite.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace rakkan;
using test::CliRunner;

class TestCliCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openProposesTheCopiedWorkOnly();
    void evidenceIsSealedAndVerified();
    void noticesAreDrafted();
    void statusMachineAndDeadlines();
    void recheckSeesTheCopyRemoved();
    void licensedUsesAndLogs();
    void japanese();
    void oneNoticeForSeveralCases();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliResult cli(QStringList arguments) const
    {
        return m_cli->run(QStringList{QStringLiteral("--catalog"), m_catalog} + arguments);
    }
    QJsonObject json(const QStringList &arguments) const
    {
        const auto result = cli(QStringList{QStringLiteral("--json")} + arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.describe().constData());
        return result.json().object();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_catalog;
    QString m_pass;
    QByteArray m_copy;
    QByteArray m_unrelated;
    std::atomic<bool> m_removed{false};
    httplib::Server m_site;
    std::unique_ptr<test::Serving> m_serving;
    std::unique_ptr<test::TestTsa> m_tsa;
    qint64 m_copiedWork = 0;
    QString m_page;
};

void TestCliCase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path());
    m_cli->setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=") + path(QStringLiteral("no-bus")));
    m_catalog = path(QStringLiteral("c.rakkan"));
    m_pass = path(QStringLiteral("pass"));
    QVERIFY(test::writeFile(m_pass, "a long enough passphrase\n"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("art"))));
    for (const char *name : {"lineart-0000.png", "clipart-0001.png"})
        QVERIFY(QFile::copy(test::testData(QStringLiteral("matching/works/") + QLatin1String(name)),
                            path(QStringLiteral("art/") + QLatin1String(name))));
    QVERIFY(cli({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("山田 葵"),
                 QStringLiteral("--storage"), QStringLiteral("file"), QStringLiteral("--passphrase-file"), m_pass})
                .exitCode == 0);
    const QJsonObject imported = json({QStringLiteral("import"), path(QStringLiteral("art"))});
    for (const QJsonValue &item : imported.value(QLatin1String("items")).toArray())
        if (item.toObject().value(QLatin1String("path")).toString().endsWith(QLatin1String("lineart-0000.png")))
            m_copiedWork = item.toObject().value(QLatin1String("work_id")).toInteger();
    QVERIFY(m_copiedWork > 0);

    const QImage work(test::testData(QStringLiteral("matching/works/lineart-0000.png")));
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    work.copy(work.rect().adjusted(work.width() / 8, work.height() / 8, -work.width() / 8, -work.height() / 8))
        .scaledToWidth(work.width() / 2, Qt::SmoothTransformation)
        .save(&buffer, "JPEG", 70);
    m_copy = jpeg;
    m_unrelated = test::readFile(test::testData(QStringLiteral("matching/unrelated/clipart-0003.png")));
    m_site.Get("/post/1", [this](const httplib::Request &, httplib::Response &res) {
        if (m_removed) {
            res.status = 410;
            return;
        }
        res.set_content("<html><title>post</title><img src=\"/i/a.jpg\"><img src=\"/i/b.png\"></html>", "text/html");
    });
    m_site.Get("/i/a.jpg", [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(std::string(m_copy.constData(), size_t(m_copy.size())), "image/jpeg");
    });
    m_site.Get("/i/b.png", [this](const httplib::Request &, httplib::Response &res) {
        res.set_content(std::string(m_unrelated.constData(), size_t(m_unrelated.size())), "image/png");
    });
    m_site.Get("/other/2", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("<html><img src=\"/i/a.jpg\"></html>", "text/html");
    });
    m_site.Get("/clean", [](const httplib::Request &, httplib::Response &res) {
        res.set_content("<img src=\"/i/b.png\">", "text/html");
    });
    m_serving = std::make_unique<test::Serving>(m_site);
    m_page = m_serving->url(QStringLiteral("/post/1"));
    m_tsa = std::make_unique<test::TestTsa>();
    QVERIFY(m_tsa->ready());
}

void TestCliCase::openProposesTheCopiedWorkOnly()
{
    // A page with nothing of ours: no case.
    const QJsonObject clean =
        json({QStringLiteral("case"), QStringLiteral("open"), m_serving->url(QStringLiteral("/clean"))});
    QCOMPARE(clean.value(QLatin1String("opened")).toBool(true), false);

    const QJsonObject opened = json({QStringLiteral("case"), QStringLiteral("open"), m_page,
                                     QStringLiteral("--account"), QStringLiteral("uploader9")});
    QVERIFY(opened.value(QLatin1String("opened")).toBool());
    QCOMPARE(opened.value(QLatin1String("works")).toArray(), QJsonArray{m_copiedWork});
    QCOMPARE(opened.value(QLatin1String("pictures")).toArray().size(), 2);
    QCOMPARE(opened.value(QLatin1String("case_id")).toInteger(), 1);

    const QJsonObject shown = json({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")});
    QCOMPARE(shown.value(QLatin1String("status")).toString(), QStringLiteral("found"));
    QCOMPARE(shown.value(QLatin1String("account")).toString(), QStringLiteral("uploader9"));
    QCOMPARE(shown.value(QLatin1String("copies")).toArray().size(), 1);
    QVERIFY(shown.value(QLatin1String("history_intact")).toBool());
    QCOMPARE(shown.value(QLatin1String("files")).toArray().first().toObject().value(QLatin1String("kind")).toString(),
             QStringLiteral("capture"));

    // Text output for a person, and usage errors that say what to do.
    const auto text = cli({QStringLiteral("case"), QStringLiteral("list")});
    QVERIFY2(text.exitCode == 0 && text.outText().contains(QLatin1String("Case 1")), text.describe());
    const auto bad = cli({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("file:///etc/passwd")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.errText().contains(QLatin1String("http")));
}

void TestCliCase::evidenceIsSealedAndVerified()
{
    const QJsonObject bag = json({QStringLiteral("evidence"), QStringLiteral("create"), QStringLiteral("1"),
                                  QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--tsa"), m_tsa->url()});
    const QString zip = bag.value(QLatin1String("path")).toString();
    QVERIFY2(QFile::exists(zip), qPrintable(zip));
    QVERIFY(!bag.value(QLatin1String("time_stamped_at")).isNull());
    QCOMPARE(json({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")})
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("evidence_frozen"));

    const auto verified = m_cli->run(
        {QStringLiteral("evidence"), QStringLiteral("verify"), zip, QStringLiteral("--tsa-cert"), m_tsa->caPem()});
    QVERIFY2(verified.exitCode == 0, verified.describe());
    QVERIFY(verified.outText().contains(QLatin1String("The bag holds.")));

    // One byte changed: refused, and the file named.
    const QString changed = path(QStringLiteral("changed.zip"));
    QVERIFY(test::rewriteZip(zip, changed, [](const QString &name, QByteArray bytes) {
        if (name.endsWith(QLatin1String("data/case.json")))
            bytes.replace("uploader9", "uploader8");
        return bytes;
    }));
    const auto refused = m_cli->run({QStringLiteral("--json"), QStringLiteral("evidence"), QStringLiteral("verify"),
                                     changed, QStringLiteral("--tsa-cert"), m_tsa->caPem()});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.json().object().value(QLatin1String("valid")).toBool(true), false);
    QVERIFY(QString::fromUtf8(refused.out).contains(QLatin1String("data/case.json")));
    // Not a bag at all.
    QVERIFY(test::writeFile(path(QStringLiteral("nothing.zip")), "PK\x03\x04 broken"));
    const auto broken =
        m_cli->run({QStringLiteral("evidence"), QStringLiteral("verify"), path(QStringLiteral("nothing.zip"))});
    QVERIFY(broken.exitCode != 0);
    QVERIFY(!broken.errText().trimmed().isEmpty());
}

void TestCliCase::noticesAreDrafted()
{
    QVERIFY(
        cli({QStringLiteral("notice"), QStringLiteral("complainant"), QStringLiteral("--name"),
             QStringLiteral("山田 葵"), QStringLiteral("--name-latin"), QStringLiteral("Aoi Yamada"),
             QStringLiteral("--address"), QStringLiteral("1-2-3 Jingumae, Shibuya, Tokyo"), QStringLiteral("--phone"),
             QStringLiteral("+81-3-0000-0000"), QStringLiteral("--email"), QStringLiteral("aoi@example.jp")})
            .exitCode == 0);
    const auto badMail = cli({QStringLiteral("notice"), QStringLiteral("complainant"), QStringLiteral("--email"),
                              QStringLiteral("no at sign")});
    QCOMPARE(badMail.exitCode, 2);

    for (const QString &regime : {QStringLiteral("dmca"), QStringLiteral("dsa"), QStringLiteral("jp")}) {
        const QJsonObject notice = json({QStringLiteral("notice"), QStringLiteral("draft"), QStringLiteral("1"),
                                         QStringLiteral("--regime"), regime});
        QCOMPARE(notice.value(QLatin1String("regime")).toString(), regime);
        QVERIFY(notice.value(QLatin1String("missing")).toArray().isEmpty());
        const QString body = notice.value(QLatin1String("body")).toString();
        QVERIFY2(body.contains(m_page) && body.contains(QLatin1String("/i/a.jpg")), qPrintable(body));
        QVERIFY2(!body.contains(QLatin1String("/i/b.png")), qPrintable(body)); // only the copy
        QVERIFY(QFile::exists(notice.value(QLatin1String("path")).toString()));
    }
    const QJsonObject jp =
        json({QStringLiteral("notice"), QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--regime"),
              QStringLiteral("jp"), QStringLiteral("--out"), QStringLiteral("-")});
    QCOMPARE(jp.value(QLatin1String("language")).toString(), QStringLiteral("ja"));
    QVERIFY(jp.value(QLatin1String("body")).toString().contains(QStringLiteral("御中")));

    const QString eml = path(QStringLiteral("notice.eml"));
    QVERIFY(cli({QStringLiteral("notice"), QStringLiteral("draft"), QStringLiteral("1"), QStringLiteral("--format"),
                 QStringLiteral("eml"), QStringLiteral("--to"), QStringLiteral("abuse@host.example"),
                 QStringLiteral("--out"), eml})
                .exitCode == 0);
    const QByteArray message = test::readFile(eml);
    QVERIFY(message.contains("To: <abuse@host.example>\r\n"));
    QVERIFY(message.contains("From: =?UTF-8?B?"));
    const QString pdf = path(QStringLiteral("notice.pdf"));
    const auto printed = cli({QStringLiteral("notice"), QStringLiteral("draft"), QStringLiteral("1"),
                              QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--language"),
                              QStringLiteral("both"), QStringLiteral("--out"), pdf});
    QVERIFY2(printed.exitCode == 0, printed.describe());
    QVERIFY(test::readFile(pdf).startsWith("%PDF-"));
    QCOMPARE(json({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")})
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("notice_drafted"));
}

void TestCliCase::statusMachineAndDeadlines()
{
    const auto skipped =
        cli({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("removed")});
    QVERIFY(skipped.exitCode == 0); // a drafted notice's copy may vanish before it is sent
    const auto wrong =
        cli({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("counter_notice")});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.errText().contains(QLatin1String("can become")), wrong.describe());
    QVERIFY(
        cli({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("found")}).exitCode ==
        0);
    // Evidence and a notice are made, not declared: their states follow from the bag and the notice.
    QCOMPARE(
        cli({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("evidence_frozen")})
            .exitCode,
        2);
    QVERIFY(cli({QStringLiteral("evidence"), QStringLiteral("create"), QStringLiteral("1"),
                 QStringLiteral("--passphrase-file"), m_pass})
                .exitCode == 0); // the authority given before is remembered
    QVERIFY(cli({QStringLiteral("notice"), QStringLiteral("draft"), QStringLiteral("1")}).exitCode == 0);
    QVERIFY(
        cli({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("sent")}).exitCode ==
        0);
    QVERIFY(cli({QStringLiteral("case"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--regime"),
                 QStringLiteral("dmca")})
                .exitCode == 0);
    const QJsonObject counter =
        json({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("counter_notice"),
              QStringLiteral("--note"), QStringLiteral("poster objected")});
    QVERIFY(counter.value(QLatin1String("deadline_reason")).toString().contains(QLatin1String("512(g)")));
    const QJsonArray due =
        json({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("30")})
            .value(QLatin1String("cases"))
            .toArray();
    QCOMPARE(due.size(), 1);
    QVERIFY(json({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--due"), QStringLiteral("0")})
                .value(QLatin1String("cases"))
                .toArray()
                .isEmpty());
}

void TestCliCase::recheckSeesTheCopyRemoved()
{
    const QJsonObject present = json({QStringLiteral("case"), QStringLiteral("recheck"), QStringLiteral("1")});
    QCOMPARE(present.value(QLatin1String("state")).toString(), QStringLiteral("present"));
    m_removed = true;
    const QJsonObject gone = json({QStringLiteral("case"), QStringLiteral("recheck"), QStringLiteral("1")});
    QCOMPARE(gone.value(QLatin1String("state")).toString(), QStringLiteral("removed"));
    QCOMPARE(gone.value(QLatin1String("status")).toString(), QStringLiteral("removed"));
    m_removed = false;
    const QJsonObject back = json({QStringLiteral("case"), QStringLiteral("recheck"), QStringLiteral("1")});
    QCOMPARE(back.value(QLatin1String("status")).toString(), QStringLiteral("found")); // it came back
    const QJsonArray history = json({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")})
                                   .value(QLatin1String("history"))
                                   .toArray();
    QVERIFY(history.size() > 10);
}

void TestCliCase::licensedUsesAndLogs()
{
    QVERIFY(cli({QStringLiteral("case"), QStringLiteral("allow"), QStringLiteral("127.0.0.1"), QStringLiteral("--path"),
                 QStringLiteral("/post/"), QStringLiteral("--note"), QStringLiteral("fan club")})
                .exitCode == 0);
    const auto refused = cli({QStringLiteral("case"), QStringLiteral("open"), m_page});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errText().contains(QLatin1String("licensed use")), refused.describe());
    QCOMPARE(json({QStringLiteral("case"), QStringLiteral("allowed")})
                 .value(QLatin1String("licensed_uses"))
                 .toArray()
                 .size(),
             1);

    QVERIFY(cli({QStringLiteral("works"), QStringLiteral("edit"), QString::number(m_copiedWork),
                 QStringLiteral("--publication"), QStringLiteral("https://artist.example/works/sea.html")})
                .exitCode == 0);
    QVERIFY(
        test::writeFile(path(QStringLiteral("access.log")),
                        "203.0.113.5 - - [02/Jan/2030:10:00:00 +0000] \"GET /works/sea.html HTTP/1.1\" 200 512 \"-\" "
                        "\"Mozilla/5.0 (compatible; GPTBot/1.2; +https://openai.com/gptbot)\"\n"
                        "198.51.100.1 - - [02/Jan/2030:10:00:01 +0000] \"GET /works/sea.html HTTP/1.1\" 200 512 \"-\" "
                        "\"Mozilla/5.0 Firefox/140\"\n"));
    const QJsonObject audit = json({QStringLiteral("logs"), QStringLiteral("audit"), path(QStringLiteral("access.log")),
                                    QStringLiteral("--since"), QStringLiteral("2029-01-01")});
    const QJsonArray crawlers = audit.value(QLatin1String("crawlers")).toArray();
    QCOMPARE(crawlers.size(), 1);
    QCOMPARE(crawlers.first().toObject().value(QLatin1String("crawler")).toString(), QStringLiteral("GPTBot"));
    QCOMPARE(crawlers.first().toObject().value(QLatin1String("works_fetched")).toInteger(), 1);
    // Without a policy, "after the reservation" needs its date.
    const auto undated = cli({QStringLiteral("logs"), QStringLiteral("audit"), path(QStringLiteral("access.log"))});
    QCOMPARE(undated.exitCode, 2);
    QVERIFY(undated.errText().contains(QLatin1String("--since")));
    const auto missing = cli({QStringLiteral("logs"), QStringLiteral("audit"), path(QStringLiteral("none.log")),
                              QStringLiteral("--since"), QStringLiteral("2029-01-01")});
    QCOMPARE(missing.exitCode, 1);
}

void TestCliCase::japanese()
{
    m_cli->setEnvironment(QStringLiteral("RAKKAN_LANG"), QStringLiteral("ja"));
    const auto list = cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")});
    const auto help = cli({QStringLiteral("case"), QStringLiteral("--help")});
    const auto wrong =
        cli({QStringLiteral("case"), QStringLiteral("mark"), QStringLiteral("1"), QStringLiteral("sent")});
    m_cli->setEnvironment(QStringLiteral("RAKKAN_LANG"), QStringLiteral("en"));
    QVERIFY2(list.exitCode == 0 && list.outText().contains(QStringLiteral("案件")), list.describe());
    QVERIFY2(help.outText().contains(QStringLiteral("証拠")), help.describe());
    QVERIFY2(wrong.exitCode != 0 && wrong.errText().contains(QStringLiteral("案件")), wrong.describe());
}

void TestCliCase::oneNoticeForSeveralCases()
{
    const QString second = m_serving->url(QStringLiteral("/other/2"));
    const QJsonObject opened = json({QStringLiteral("case"), QStringLiteral("open"), second});
    const qint64 id = opened.value(QLatin1String("case_id")).toInteger();
    QVERIFY(id > 1);
    const QJsonObject both = json({QStringLiteral("notice"), QStringLiteral("draft"), QStringLiteral("1"),
                                   QString::number(id), QStringLiteral("--regime"), QStringLiteral("dsa")});
    const QString body = both.value(QLatin1String("body")).toString();
    QVERIFY2(body.contains(m_page) && body.contains(second), qPrintable(body));
    QCOMPARE(both.value(QLatin1String("case_ids")).toArray().size(), 2);
    // The same page under another host name is another site: one notice goes to one host.
    const QString elsewhere = QStringLiteral("http://localhost:%1/other/2").arg(m_serving->port());
    const qint64 third =
        json({QStringLiteral("case"), QStringLiteral("open"), elsewhere}).value(QLatin1String("case_id")).toInteger();
    QVERIFY(third > id);
    const auto mixed =
        cli({QStringLiteral("notice"), QStringLiteral("draft"), QString::number(id), QString::number(third)});
    QCOMPARE(mixed.exitCode, 1);
    QVERIFY2(mixed.errText().contains(QLatin1String("one host")), mixed.describe());
}

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
