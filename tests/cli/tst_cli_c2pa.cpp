// rakkan-cli's Content Credentials, run as a user would: the identity's certificate (made by Rakkan, renewed,
// imported from another CA), copies exported with --c2pa, and c2pa show on what they wrote and on real files.

#include "cli/CliRunner.h"
#include "common/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using test::CliRunner;

class TestCliC2pa : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void certificateIsMadeOnFirstUse();
    void exportedCopiesCarryValidCredentials();
    void vendorPacketCopiesAreSignedToo();
    void importedCertificateSignsInstead();
    void showExplainsInTextAndJson();
    void errorsAreClear();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    test::CliResult cli(QStringList arguments) const
    {
        return m_cli->run(QStringList{QStringLiteral("--catalog"), m_catalog} + arguments);
    }
    QJsonObject show(const QString &file, const QString &anchors = {}) const
    {
        QStringList args{QStringLiteral("--json"), QStringLiteral("c2pa"), QStringLiteral("show"), file};
        if (!anchors.isEmpty())
            args << QStringLiteral("--trust-anchors") << anchors;
        const auto result = cli(args);
        if (result.exitCode != 0)
            qWarning("%s", result.describe().constData());
        return result.json().object().value(QLatin1String("results")).toArray().first().toObject();
    }
    QStringList exportCopies(const QString &folder, const QStringList &extra = {}) const
    {
        const auto result =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("export-copies"), QStringLiteral("--all"),
                            QStringLiteral("--c2pa"), QStringLiteral("--passphrase-file"), m_pass, path(folder)} +
                extra);
        if (result.exitCode != 0)
            qWarning("%s", result.describe().constData());
        QStringList written;
        for (const QJsonValue &v : result.json().object().value(QLatin1String("written")).toArray())
            written << v.toString();
        written.sort();
        return written;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_catalog;
    QString m_pass;
};

void TestCliC2pa::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cli = std::make_unique<CliRunner>(m_dir.path());
    m_cli->setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=") + path(QStringLiteral("no-bus")));
    m_catalog = path(QStringLiteral("c.rakkan"));
    m_pass = path(QStringLiteral("pass"));
    QVERIFY(test::writeFile(m_pass, "a long enough passphrase\n"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("art"))));
    QVERIFY(test::writeFile(path(QStringLiteral("art/harbour.png")),
                            test::encodeImage(test::testPattern(QSize(160, 120), 1), "PNG")));
    QVERIFY(test::writeFile(path(QStringLiteral("art/street.jpg")),
                            test::encodeImage(test::testPattern(QSize(160, 120), 2), "JPEG", 90)));
    const auto created = cli({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("山田 花子"),
                              QStringLiteral("--passphrase-file"), m_pass});
    QVERIFY2(created.exitCode == 0, created.describe());
    const auto imported = cli({QStringLiteral("import"), path(QStringLiteral("art"))});
    QVERIFY2(imported.exitCode == 0, imported.describe());
}

void TestCliC2pa::certificateIsMadeOnFirstUse()
{
    // Without the passphrase there is nothing to sign with yet.
    const auto locked = cli({QStringLiteral("identity"), QStringLiteral("certificate"), QStringLiteral("1"),
                             QStringLiteral("--passphrase-file"), path(QStringLiteral("missing"))});
    QVERIFY(locked.exitCode != 0);
    const auto made =
        cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("certificate"),
             QStringLiteral("--passphrase-file"), m_pass, QStringLiteral("--root"), path(QStringLiteral("root.pem"))});
    QVERIFY2(made.exitCode == 0, made.describe());
    const QJsonObject first = made.json().object();
    QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("local"));
    QCOMPARE(first.value(QLatin1String("subject")).toString(), QStringLiteral("山田 花子"));
    QCOMPARE(first.value(QLatin1String("on_c2pa_trust_list")).toBool(true), false);
    QVERIFY(test::readFile(path(QStringLiteral("root.pem"))).startsWith("-----BEGIN CERTIFICATE-----"));
    // Shown again without unlocking: it is kept.
    const auto again = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("certificate")});
    QVERIFY2(again.exitCode == 0, again.describe());
    QCOMPARE(again.json().object().value(QLatin1String("chain_pem")), first.value(QLatin1String("chain_pem")));
    // Renewed: a new leaf under the same root, so whoever trusted the root still does.
    const auto renewed = cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("certificate"),
                              QStringLiteral("--renew"), QStringLiteral("--passphrase-file"), m_pass});
    QVERIFY2(renewed.exitCode == 0, renewed.describe());
    QVERIFY(renewed.json().object().value(QLatin1String("chain_pem")) != first.value(QLatin1String("chain_pem")));
    QCOMPARE(renewed.json().object().value(QLatin1String("root_pem")), first.value(QLatin1String("root_pem")));
}

void TestCliC2pa::exportedCopiesCarryValidCredentials()
{
    const QStringList written = exportCopies(QStringLiteral("copies"));
    QCOMPARE(written.size(), 2);
    for (const QString &file : written) {
        const QJsonObject o = show(file);
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
        QCOMPARE(o.value(QLatin1String("failures")).toArray(),
                 QJsonArray{QStringLiteral("signingCredential.untrusted")});
        QCOMPARE(o.value(QLatin1String("signer_trusted")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("signer")).toString(), QStringLiteral("山田 花子"));
        QCOMPARE(o.value(QLatin1String("signature_algorithm")).toString(), QStringLiteral("Ed25519"));
        QVERIFY(o.value(QLatin1String("iscc")).toString().startsWith(QLatin1String("ISCC:")));
        const QJsonArray training = o.value(QLatin1String("training_mining")).toArray();
        QCOMPARE(training.size(), 4);
        for (const QJsonValue &t : training)
            QCOMPARE(t.toObject().value(QLatin1String("use")).toString(), QStringLiteral("notAllowed"));
        // A viewer who trusts the artist's root sees the signer trusted.
        QCOMPARE(show(file, path(QStringLiteral("root.pem"))).value(QLatin1String("state")).toString(),
                 QStringLiteral("trusted"));
        // The original is untouched.
        const QString original = path(file.endsWith(QLatin1String(".png")) ? QStringLiteral("art/harbour.png")
                                                                           : QStringLiteral("art/street.jpg"));
        QCOMPARE(show(original).value(QLatin1String("state")).toString(), QStringLiteral("none"));
    }
}

void TestCliC2pa::vendorPacketCopiesAreSignedToo()
{
    const auto packet =
        cli({QStringLiteral("--json"), QStringLiteral("vendor"), QStringLiteral("packet"), QStringLiteral("--vendor"),
             QStringLiteral("openai-images"), QStringLiteral("--all"), QStringLiteral("--c2pa"),
             QStringLiteral("--passphrase-file"), m_pass, path(QStringLiteral("packet"))});
    QVERIFY2(packet.exitCode == 0, packet.describe());
    const QDir files(path(QStringLiteral("packet/openai-images/files")));
    const QStringList names = files.entryList(QDir::Files);
    QCOMPARE(names.size(), 2); // no partial file left beside them
    for (const QString &name : names) {
        const QJsonObject o = show(files.filePath(name));
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("valid"));
        QCOMPARE(o.value(QLatin1String("training_mining")).toArray().size(), 4);
    }
    // Without --c2pa the packet's copies are the originals' bytes.
    const auto plain = cli({QStringLiteral("vendor"), QStringLiteral("packet"), QStringLiteral("--vendor"),
                            QStringLiteral("openai-images"), QStringLiteral("--all"), path(QStringLiteral("plain"))});
    QVERIFY2(plain.exitCode == 0, plain.describe());
    for (const QString &name : QDir(path(QStringLiteral("plain/openai-images/files"))).entryList(QDir::Files))
        QCOMPARE(
            show(path(QStringLiteral("plain/openai-images/files/")) + name).value(QLatin1String("state")).toString(),
            QStringLiteral("none"));
}

void TestCliC2pa::importedCertificateSignsInstead()
{
    const QString data = test::testData(QStringLiteral("c2pa/"));
    // A key that is not the certificate's is refused, and the identity keeps its own certificate.
    const auto mismatched = cli({QStringLiteral("identity"), QStringLiteral("certificate"), QStringLiteral("--import"),
                                 data + QStringLiteral("es256.pub"), QStringLiteral("--passphrase-file"), m_pass,
                                 QStringLiteral("1"), data + QStringLiteral("ps256.pem")});
    QCOMPARE(mismatched.exitCode, 1);
    QVERIFY2(mismatched.errText().contains(QLatin1String("does not belong")), mismatched.describe());
    const auto imported =
        cli({QStringLiteral("--json"), QStringLiteral("identity"), QStringLiteral("certificate"),
             QStringLiteral("--import"), data + QStringLiteral("es256.pub"), QStringLiteral("--passphrase-file"),
             m_pass, QStringLiteral("1"), data + QStringLiteral("es256.pem")});
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.json().object().value(QLatin1String("source")).toString(), QStringLiteral("imported"));
    // The key is kept sealed in the catalogue, never as it was given.
    QVERIFY(!test::readFile(m_catalog).contains("BEGIN PRIVATE KEY"));
    const QStringList written = exportCopies(QStringLiteral("imported"));
    QCOMPARE(written.size(), 2);
    const QJsonObject o = show(written.first(), data + QStringLiteral("test_cert_root_bundle.pem"));
    QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("trusted"));
    QCOMPARE(o.value(QLatin1String("signature_algorithm")).toString(), QStringLiteral("ES256"));
    QCOMPARE(o.value(QLatin1String("signer")).toString(), QStringLiteral("C2PA Signer"));
    // Back to Rakkan's own certificate.
    QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("certificate"), QStringLiteral("--renew"),
                  QStringLiteral("--passphrase-file"), m_pass})
                 .exitCode,
             0);
    QCOMPARE(show(exportCopies(QStringLiteral("own-again")).first()).value(QLatin1String("signer")).toString(),
             QStringLiteral("山田 花子"));
}

void TestCliC2pa::showExplainsInTextAndJson()
{
    const QString cawg = test::testData(QStringLiteral("c2pa/C_with_CAWG_data.jpg"));
    const auto text = cli({QStringLiteral("c2pa"), QStringLiteral("show"), cawg});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.outText().contains(QLatin1String("not on the C2PA trust list")));
    QVERIFY(text.outText().contains(QLatin1String("Training generative AI")));
    QVERIFY(text.outText().contains(QLatin1String("not allowed")));
    QVERIFY(!text.outText().contains(QLatin1String("verified"), Qt::CaseInsensitive));
    const QJsonObject changed = show(test::testData(QStringLiteral("c2pa/XCA.jpg")));
    QCOMPARE(changed.value(QLatin1String("state")).toString(), QStringLiteral("invalid"));
    QCOMPARE(changed.value(QLatin1String("failures")).toArray(),
             QJsonArray{QStringLiteral("assertion.dataHash.mismatch")});
    QVERIFY(cli({QStringLiteral("c2pa"), QStringLiteral("show"), test::testData(QStringLiteral("c2pa/XCA.jpg"))})
                .outText()
                .contains(QLatin1String("changed after it was signed")));
}

void TestCliC2pa::errorsAreClear()
{
    QVERIFY(test::writeFile(path(QStringLiteral("notes.txt")), "hello"));
    const auto notImage = cli({QStringLiteral("c2pa"), QStringLiteral("show"), path(QStringLiteral("notes.txt")),
                               test::testData(QStringLiteral("c2pa/C.jpg"))});
    QCOMPARE(notImage.exitCode, 1);
    QVERIFY(notImage.errText().contains(QLatin1String("JPEG, PNG and WebP files only")));
    QVERIFY(notImage.outText().contains(QLatin1String("C.jpg"))); // the other file is still read
    const auto missing = cli({QStringLiteral("c2pa"), QStringLiteral("show")});
    QCOMPARE(missing.exitCode, 2);
    const auto badAnchors = cli({QStringLiteral("c2pa"), QStringLiteral("show"), QStringLiteral("--trust-anchors"),
                                 path(QStringLiteral("notes.txt")), test::testData(QStringLiteral("c2pa/C.jpg"))});
    QCOMPARE(badAnchors.exitCode, 2);
    QVERIFY(badAnchors.errText().contains(QLatin1String("no certificate")));
    // In Japanese too.
    m_cli->setEnvironment(QStringLiteral("RAKKAN_LANG"), QStringLiteral("ja"));
    const auto ja = cli({QStringLiteral("c2pa"), QStringLiteral("show"), path(QStringLiteral("notes.txt"))});
    m_cli->setEnvironment(QStringLiteral("RAKKAN_LANG"), QStringLiteral("en"));
    QVERIFY2(ja.errText().contains(QStringLiteral("JPEG、PNG、WebP")), ja.describe());
}

QTEST_GUILESS_MAIN(TestCliC2pa)
#include "tst_cli_c2pa.moc"
