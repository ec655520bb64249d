// rakkan-cli vendor and spawning, run as a user would: packets for vendors' forms (copies only, names that
// cannot escape the folder, descriptions defused against formulas) and the record of what was submitted.

#include "cli/CliRunner.h"
#include "common/TestSupport.h"
#include "crypto/Sha256.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using test::CliRunner;

class TestCliRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vendorPacketCopiesAndDefuses();
    void vendorStatesAndReminders();
    void spawningNeedsKeyAndUrls();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliResult cli(const QStringList &arguments) const
    {
        return m_cli->run(QStringList{QStringLiteral("--catalog"), m_catalog} + arguments);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_catalog;
    QByteArray m_originalHash;
};

void TestCliRegistry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path());
    m_cli->setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=") + path(QStringLiteral("nobus")));
    m_catalog = path(QStringLiteral("c.rakkan"));
    QDir().mkpath(path(QStringLiteral("art")));
    QVERIFY(test::writeFile(path(QStringLiteral("art/a.png")), test::pngBytes(1, QSize(40, 30))));
    QVERIFY(test::writeFile(path(QStringLiteral("art/b.png")), test::pngBytes(2, QSize(40, 30))));
    m_originalHash = crypto::sha256(test::readFile(path(QStringLiteral("art/a.png"))));
    QCOMPARE(cli({QStringLiteral("import"), path(QStringLiteral("art"))}).exitCode, 0);
    // Hostile titles: a formula, and a path that climbs out.
    QCOMPARE(cli({QStringLiteral("works"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--title"),
                  QStringLiteral("=HYPERLINK(\"http://evil.example\")")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("works"), QStringLiteral("edit"), QStringLiteral("2"), QStringLiteral("--title"),
                  QStringLiteral("../../escape")})
                 .exitCode,
             0);
}

void TestCliRegistry::vendorPacketCopiesAndDefuses()
{
    const auto r = cli({QStringLiteral("vendor"), QStringLiteral("packet"), QStringLiteral("--vendor"),
                        QStringLiteral("openai-images"), QStringLiteral("--all"), path(QStringLiteral("out"))});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QDir files(path(QStringLiteral("out/openai-images/files")));
    const QStringList names = files.entryList(QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 2);
    for (const QString &name : names)
        QVERIFY2(!name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.')), qPrintable(name));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("escape.png"))));
    // Copies equal the originals, and the originals are untouched.
    QCOMPARE(crypto::sha256(test::readFile(files.filePath(names.first()))), m_originalHash);
    QCOMPARE(crypto::sha256(test::readFile(path(QStringLiteral("art/a.png")))), m_originalHash);
    const QString csv = QString::fromUtf8(test::readFile(path(QStringLiteral("out/openai-images/descriptions.csv"))));
    QVERIFY2(csv.contains(QStringLiteral("'=HYPERLINK")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("ISCC:K")));
    QVERIFY(test::readFile(path(QStringLiteral("out/openai-images/CHECKLIST.md"))).contains("- [ ] "));
    QCOMPARE(cli({QStringLiteral("vendor"), QStringLiteral("packet"), QStringLiteral("--vendor"),
                  QStringLiteral("nobody"), QStringLiteral("--all"), path(QStringLiteral("out"))})
                 .exitCode,
             2);
}

void TestCliRegistry::vendorStatesAndReminders()
{
    QCOMPARE(cli({QStringLiteral("vendor"), QStringLiteral("mark"), QStringLiteral("--vendor"),
                  QStringLiteral("openai-images"), QStringLiteral("--state"), QStringLiteral("submitted"),
                  QStringLiteral("--work"), QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("vendor"), QStringLiteral("mark"), QStringLiteral("--vendor"),
                  QStringLiteral("openai-images"), QStringLiteral("--state"), QStringLiteral("lost"),
                  QStringLiteral("--work"), QStringLiteral("1")})
                 .exitCode,
             1);
    const auto status = cli({QStringLiteral("--json"), QStringLiteral("vendor"), QStringLiteral("status")});
    const QJsonArray rows = status.json().object().value(QStringLiteral("submissions")).toArray();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("work_id")).toInt() == 1) {
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("submitted"));
            QVERIFY(o.value(QStringLiteral("remind_at")).isString()); // check again later
            QVERIFY(!o.value(QStringLiteral("check_due")).toBool());
        } else {
            QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("prepared"));
        }
    }
}

void TestCliRegistry::spawningNeedsKeyAndUrls()
{
    // No publication recorded: nothing to check, and it says what to do.
    const auto none = cli({QStringLiteral("spawning"), QStringLiteral("check"), QStringLiteral("--all")});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.errText().contains(QStringLiteral("public URL")), none.describe());
    QCOMPARE(cli({QStringLiteral("works"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--publication"),
                  QStringLiteral("https://art.example/a.png")})
                 .exitCode,
             0);
    // No key in a keychain (there is none here) and none given: a clear error, nothing sent.
    const auto noKey = cli({QStringLiteral("spawning"), QStringLiteral("check"), QStringLiteral("--all")});
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.errText().contains(QStringLiteral("API key")), noKey.describe());
    QCOMPARE(cli({QStringLiteral("spawning"), QStringLiteral("check")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cli_registry.moc"
