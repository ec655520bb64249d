// rakkan-cli identity, sign and verify, run as a user would. There is no keychain in this environment (the session
// bus points nowhere), so keys go to passphrase-protected key files; tst_keychain covers a real keychain.

#include "cli/CliRunner.h"
#include "common/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using test::CliRunner;

class TestCliIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createListShow();
    void signAndVerifyInEveryMode();
    void backupRestoresOnAnotherCatalogue();
    void errorsAreClearAndKeepSecretsOut();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliResult cli(QStringList arguments) const
    {
        return m_cli->run(QStringList{QStringLiteral("--catalog"), m_catalog} + arguments);
    }
    QString writeText(const QString &name, const QByteArray &text) const
    {
        test::writeFile(path(name), text);
        return path(name);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_catalog;
    QString m_pass;
};

void TestCliIdentity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path());
    m_cli->setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=") + path(QStringLiteral("no-bus")));
    m_catalog = path(QStringLiteral("c.rakkan"));
    m_pass = writeText(QStringLiteral("pass"), "a long enough passphrase\n");
}

void TestCliIdentity::createListShow()
{
    const auto created = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("create"),
                              QStringLiteral("スタジオ雲"), QStringLiteral("--passphrase-file"), m_pass});
    QVERIFY2(created.exitCode == 0, created.describe());
    const QJsonObject identity = created.json().object();
    QCOMPARE(identity.value(QStringLiteral("storage")).toString(), QStringLiteral("file")); // auto: no keychain here
    QVERIFY(identity.value(QStringLiteral("public_key")).toString().startsWith(QLatin1String("z6Mk")));
    QVERIFY(identity.value(QStringLiteral("default")).toBool());

    const auto list = cli({QStringLiteral("identity"), QStringLiteral("list")});
    QVERIFY(list.outText().contains(QStringLiteral("スタジオ雲")));
    QVERIFY(list.outText().contains(QStringLiteral("(no backup yet)")));

    QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("controller"), QStringLiteral("1"),
                  QStringLiteral("https://kumo.example")})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("controller"), QStringLiteral("1"),
                  QStringLiteral("did:web:kumo.example")})
                 .exitCode,
             0);
    const auto shown = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("show")});
    const QJsonObject o = shown.json().object();
    QCOMPARE(o.value(QStringLiteral("did_document_url")).toString(),
             QStringLiteral("https://kumo.example/.well-known/did.json"));
    QCOMPARE(o.value(QStringLiteral("did_key")).toString(),
             QStringLiteral("did:key:") + identity.value(QStringLiteral("public_key")).toString());
    QVERIFY(test::writeFile(path(QStringLiteral("did.json")),
                            QJsonDocument(o.value(QStringLiteral("did_document")).toObject()).toJson()));
}

void TestCliIdentity::signAndVerifyInEveryMode()
{
    const QString doc = writeText(QStringLiteral("note.json"),
                                  R"({"iscc_code": "ISCC:KACYPXW445FTYNJ3", "name": "星の海", "n": 1.50})");
    // Default mode for an identity with a controller: identity-bound.
    const auto bound = cli({QStringLiteral("sign"), doc, QStringLiteral("--passphrase-file"), m_pass,
                            QStringLiteral("-o"), path(QStringLiteral("bound.json"))});
    QVERIFY2(bound.exitCode == 0, bound.describe());
    const auto ok = cli({QStringLiteral("verify"), path(QStringLiteral("bound.json")), QStringLiteral("--did-document"),
                         path(QStringLiteral("did.json"))});
    QVERIFY2(ok.exitCode == 0, ok.describe());
    QVERIFY(ok.outText().contains(QStringLiteral("did:web:kumo.example")));

    // Canonicalisation: the same document re-serialised with other key order and spacing still verifies.
    const QJsonObject signedObject =
        QJsonDocument::fromJson(test::readFile(path(QStringLiteral("bound.json")))).object();
    QVERIFY(test::writeFile(path(QStringLiteral("compact.json")),
                            QJsonDocument(signedObject).toJson(QJsonDocument::Compact)));
    QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("compact.json"))}).exitCode, 0);

    // Tampering is caught, and said so.
    QByteArray tampered = test::readFile(path(QStringLiteral("bound.json")));
    tampered.replace("星の海", "月の海");
    QVERIFY(test::writeFile(path(QStringLiteral("tampered.json")), tampered));
    const auto bad = cli({QStringLiteral("verify"), path(QStringLiteral("tampered.json"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.errText().contains(QStringLiteral("changed after it was signed")), bad.describe());

    // Proof-only: verification needs the key from elsewhere.
    const auto proofOnly = cli({QStringLiteral("sign"), doc, QStringLiteral("--mode"), QStringLiteral("proof-only"),
                                QStringLiteral("--passphrase-file"), m_pass});
    QCOMPARE(proofOnly.exitCode, 0);
    QVERIFY(test::writeFile(path(QStringLiteral("proof-only.json")), proofOnly.out));
    QVERIFY(!proofOnly.outText().contains(QStringLiteral("pubkey")));
    QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("proof-only.json"))}).exitCode, 1);
    const QString publicKey = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("show")})
                                  .json()
                                  .object()
                                  .value(QStringLiteral("public_key"))
                                  .toString();
    QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("proof-only.json")), QStringLiteral("--public-key"),
                  publicKey})
                 .exitCode,
             0);

    // Self-verifying: no controller in the signature, so no DID document can vouch for it.
    const auto self =
        cli({QStringLiteral("sign"), doc, QStringLiteral("--mode"), QStringLiteral("self-verifying"),
             QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("-o"), path(QStringLiteral("self.json"))});
    QCOMPARE(self.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("self.json"))}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("verify"), path(QStringLiteral("self.json")), QStringLiteral("--did-document"),
                  path(QStringLiteral("did.json"))})
                 .exitCode,
             1);
    // Signing a signed document again is refused.
    QCOMPARE(
        cli({QStringLiteral("sign"), path(QStringLiteral("self.json")), QStringLiteral("--passphrase-file"), m_pass})
            .exitCode,
        1);
}

void TestCliIdentity::backupRestoresOnAnotherCatalogue()
{
    const QString backupPass = writeText(QStringLiteral("backup-pass"), "the backup passphrase\n");
    const auto exported = cli({QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("-o"),
                               path(QStringLiteral("backup.rakkankey")), QStringLiteral("--passphrase-file"), m_pass,
                               QStringLiteral("--backup-passphrase-file"), backupPass});
    QVERIFY2(exported.exitCode == 0, exported.describe());
    QVERIFY(exported.outText().contains(QStringLiteral("can no longer be updated")));
    QCOMPARE(QFile::permissions(path(QStringLiteral("backup.rakkankey"))) & QFileDevice::ReadOther,
             QFileDevice::Permissions());

    const QString other = path(QStringLiteral("other.rakkan"));
    const QString newPass = writeText(QStringLiteral("new-pass"), "another machine's passphrase\n");
    const auto restored =
        m_cli->run({QStringLiteral("--catalog"), other, QStringLiteral("--json"), QStringLiteral("identity"),
                    QStringLiteral("import"), path(QStringLiteral("backup.rakkankey")), QStringLiteral("--storage"),
                    QStringLiteral("file"), QStringLiteral("--backup-passphrase-file"), backupPass,
                    QStringLiteral("--passphrase-file"), newPass});
    QVERIFY2(restored.exitCode == 0, restored.describe());
    QCOMPARE(restored.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("スタジオ雲"));
    // The restored key signs on the other catalogue.
    const auto signedThere =
        m_cli->run({QStringLiteral("--catalog"), other, QStringLiteral("sign"), path(QStringLiteral("note.json")),
                    QStringLiteral("--passphrase-file"), newPass});
    QVERIFY2(signedThere.exitCode == 0, signedThere.describe());
}

void TestCliIdentity::errorsAreClearAndKeepSecretsOut()
{
    const QString wrong = writeText(QStringLiteral("wrong"), "not the passphrase\n");
    const auto denied =
        cli({QStringLiteral("sign"), path(QStringLiteral("note.json")), QStringLiteral("--passphrase-file"), wrong});
    QCOMPARE(denied.exitCode, 1);
    QVERIFY(denied.errText().contains(QStringLiteral("passphrase is wrong")));
    QVERIFY(!denied.errText().contains(QStringLiteral("not the passphrase")));

    const auto keychain = cli({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("K"),
                               QStringLiteral("--storage"), QStringLiteral("keychain")});
    QCOMPARE(keychain.exitCode, 1);
    QVERIFY2(keychain.errText().contains(QStringLiteral("keychain")), keychain.describe());

    // Without a terminal and without a passphrase file there is nothing to read a passphrase from.
    const auto noPass = cli({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("P"),
                             QStringLiteral("--storage"), QStringLiteral("file")});
    QCOMPARE(noPass.exitCode, 1);
    QVERIFY(noPass.errText().contains(QStringLiteral("--passphrase-file")));

    QCOMPARE(cli({QStringLiteral("verify"), writeText(QStringLiteral("broken.json"), "{\"a\": ")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("verify"), writeText(QStringLiteral("array.json"), "[1, 2]")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("sign"), path(QStringLiteral("note.json")), QStringLiteral("--mode"),
                  QStringLiteral("auto")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("remove"), QStringLiteral("1")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("frobnicate")}).exitCode, 2);

    // No secret ever reaches the catalogue or the settings.
    const QByteArray catalogue = test::readFile(m_catalog);
    QVERIFY(!catalogue.contains("a long enough passphrase"));
    QDir config(path(QStringLiteral(".config")));
    for (const QString &file : config.entryList(QDir::Files))
        QVERIFY(!test::readFile(config.filePath(file)).contains("passphrase"));

    const auto removed =
        cli({QStringLiteral("identity"), QStringLiteral("remove"), QStringLiteral("1"), QStringLiteral("--yes")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(cli({QStringLiteral("sign"), path(QStringLiteral("note.json"))}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliIdentity)
#include "tst_cli_identity.moc"
