// Rakkan's Content Credentials checked by another implementation: c2pa-rs, the reference (npm
// @contentauth/c2pa-wasm, run under Node; see oracle/SOURCE.md). What Rakkan writes must read as the reference
// reads it, and where both read the same file they must agree.

#include "common/CredentialFixtures.h"
#include "credentials/CredentialReader.h"
#include "credentials/CredentialWriter.h"
#include "credentials/ManifestStoreIo.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::credentials;

namespace {} // namespace

class TestC2paOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!m_node.isEmpty() && !npm.isEmpty(), "node and npm are needed (packaging/debian-packages.txt)");
        QVERIFY(m_dir.isValid());
        // packaging/install-deps.sh installs the pinned package beside the script; a tree set up before it did is
        // brought up to date here the same way.
        m_oracle = QStringLiteral(RAKKAN_ORACLE_DIR);
        if (!QFile::exists(m_oracle + QStringLiteral("/node_modules/@contentauth/c2pa-wasm/c2pa.wasm"))) {
            QProcess install;
            install.setWorkingDirectory(m_oracle);
            install.start(npm, {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                                QStringLiteral("--loglevel=error")});
            QVERIFY(install.waitForFinished(300000));
            QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
        }
    }

    void referenceFilesReadAlike_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"C_with_CAWG_data.jpg", "adobe_connected_identities.jpg", "C.jpg", "CA.jpg",
                              "CIE-sig-CA.jpg", "E-sig-CA.jpg", "XCA.jpg", "no_manifest.jpg", "libpng-test.png"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void referenceFilesReadAlike()
    {
        QFETCH(QString, file);
        const QString path = test::testData(QStringLiteral("c2pa/") + file);
        const QJsonObject theirs = verdict(path);
        const auto ours = CredentialReader::readFile(path);
        QVERIFY(ours);
        compare(*ours, theirs);
    }

    void whatRakkanWritesValidates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("JPEG, ES256") << QStringLiteral("no_manifest.jpg") << QStringLiteral("es256");
        QTest::newRow("JPEG, PS256") << QStringLiteral("no_manifest.jpg") << QStringLiteral("ps256");
        QTest::newRow("JPEG, Ed25519") << QStringLiteral("no_manifest.jpg") << QStringLiteral("ed25519");
        QTest::newRow("PNG, ES256") << QStringLiteral("libpng-test.png") << QStringLiteral("es256");
        QTest::newRow("JPEG that had a manifest") << QStringLiteral("C_with_CAWG_data.jpg") << QStringLiteral("es256");
    }

    void whatRakkanWritesValidates()
    {
        QFETCH(QString, input);
        QFETCH(QString, key);
        auto signedFile =
            CredentialWriter::embed(test::c2paFixture(input), test::doNotTrainContent(), test::c2paTestSigner(key));
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        const QString path = write(input, *signedFile);
        const QJsonObject theirs = verdict(path);
        QCOMPARE(theirs.value(QLatin1String("state")).toString(), QStringLiteral("Valid"));
        QCOMPARE(theirs.value(QLatin1String("failures")).toArray(),
                 QJsonArray{QStringLiteral("signingCredential.untrusted")});
        const QJsonObject training = theirs.value(QLatin1String("trainingMining"))
                                         .toObject()
                                         .value(QLatin1String("cawg.training-mining"))
                                         .toObject();
        QCOMPARE(training.size(), 4);
        for (const QJsonValue &use : training)
            QCOMPARE(use.toString(), QStringLiteral("notAllowed"));
        QCOMPARE(verdict(path, test::testData(QStringLiteral("c2pa/test_cert_root_bundle.pem")))
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("Trusted"));
        compare(*CredentialReader::read(*signedFile), theirs);
    }

    void webpValidates()
    {
        for (int quality : {80, 100}) {
            const QByteArray original = test::encodeImage(test::testPattern(QSize(96, 64), quality), "WEBP", quality);
            auto signedFile = CredentialWriter::embed(original, test::doNotTrainContent(),
                                                      test::c2paTestSigner(QStringLiteral("es256")));
            QVERIFY2(signedFile, qPrintable(signedFile.error().message));
            const QJsonObject theirs = verdict(write(QStringLiteral("copy.webp"), *signedFile));
            QVERIFY2(theirs.value(QLatin1String("state")).toString() == QLatin1String("Valid"),
                     QJsonDocument(theirs).toJson().constData());
            compare(*CredentialReader::read(*signedFile), theirs);
        }
    }

    void anArtistsOwnCertificateValidates()
    {
        // The local authority's root (Ed25519, as an identity's) and its P-256 signer in the C2PA profile: the
        // reference must find the certificate acceptable (Valid, only untrusted) and trust it under that root.
        auto rootKey = SigningKey::fromEd25519Seed(QByteArray(32, '\x05'));
        auto leafKey = SigningKey::generateP256();
        const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
        auto root = LocalAuthority::makeRoot(*rootKey, QStringLiteral("山田 花子 (Rakkan)"), from, 20);
        auto leaf = LocalAuthority::issueSigner(*root, *rootKey, *leafKey, QStringLiteral("山田 花子"), from, 5);
        QVERIFY(root && leaf);
        auto signedFile = CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")),
                                                  test::doNotTrainContent(), CredentialSigner{*leafKey, {*leaf}});
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        const QString path = write(QStringLiteral("own.jpg"), *signedFile);
        const QJsonObject theirs = verdict(path);
        QVERIFY2(theirs.value(QLatin1String("state")).toString() == QLatin1String("Valid"),
                 QJsonDocument(theirs).toJson().constData());
        QCOMPARE(theirs.value(QLatin1String("failures")).toArray(),
                 QJsonArray{QStringLiteral("signingCredential.untrusted")});
        const QString anchor = m_dir.filePath(QStringLiteral("root.pem"));
        QVERIFY(test::writeFile(anchor, root->pem()));
        QCOMPARE(verdict(path, anchor).value(QLatin1String("state")).toString(), QStringLiteral("Trusted"));
    }

    void aLargeStoreAcrossSegmentsValidates()
    {
        CredentialContent content = test::doNotTrainContent();
        content.trainingMining[2].use = QStringLiteral("constrained");
        content.trainingMining[2].constraintInfo = QString(150000, QLatin1Char('x'));
        auto signedFile = CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")), content,
                                                  test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY(signedFile);
        const QJsonObject theirs = verdict(write(QStringLiteral("large.jpg"), *signedFile));
        QCOMPARE(theirs.value(QLatin1String("state")).toString(), QStringLiteral("Valid"));
    }

    void tamperingIsSeenByBoth()
    {
        auto signedFile =
            CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")), test::doNotTrainContent(),
                                    test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY(signedFile);
        QByteArray changed = *signedFile;
        changed[changed.size() - 100] = char(changed[changed.size() - 100] ^ 0x01);
        const QJsonObject theirs = verdict(write(QStringLiteral("changed.jpg"), changed));
        QCOMPARE(theirs.value(QLatin1String("state")).toString(), QStringLiteral("Invalid"));
        QVERIFY(
            theirs.value(QLatin1String("failures")).toArray().contains(QStringLiteral("assertion.dataHash.mismatch")));
        compare(*CredentialReader::read(changed), theirs);
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::number(++m_files) + QLatin1Char('-') + name);
        if (!test::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QJsonObject verdict(const QString &path, const QString &anchors = {})
    {
        QStringList args{m_oracle + QStringLiteral("/c2pa-verdict.mjs"), path};
        if (!anchors.isEmpty())
            args << QStringLiteral("--trust-anchors") << anchors;
        QProcess node;
        node.start(m_node, args);
        if (!node.waitForFinished(60000) || node.exitCode() != 0)
            qFatal("the reference validator failed on %s: %s", qPrintable(path),
                   node.readAllStandardError().constData());
        return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    }

    // The same state; our failure codes are among theirs (the reference also lists the signer as untrusted on a
    // manifest that is already invalid, and repeats codes for ingredients).
    static void compare(const ContentCredential &ours, const QJsonObject &theirs)
    {
        const QString state = theirs.value(QLatin1String("state")).toString();
        const QString expected = ours.state == CredentialState::None      ? QStringLiteral("none")
                                 : ours.state == CredentialState::Invalid ? QStringLiteral("Invalid")
                                 : ours.state == CredentialState::Trusted ? QStringLiteral("Trusted")
                                                                          : QStringLiteral("Valid");
        QCOMPARE(expected, state);
        const QJsonArray failures = theirs.value(QLatin1String("failures")).toArray();
        for (const QString &code : ours.failures)
            QVERIFY2(failures.contains(code), qPrintable(code));
    }

    QTemporaryDir m_dir;
    QString m_node;
    QString m_oracle;
    int m_files = 0;
};

QTEST_GUILESS_MAIN(TestC2paOracle)
#include "tst_c2pa_oracle.moc"
