// Content Credentials: the reader against the reference implementation's verdicts on real files, the writer's
// output read back (and tampered with), certificates of one's own, and hostile stores.

#include "common/CredentialFixtures.h"
#include "credentials/CborSpans.h"
#include "credentials/CredentialReader.h"
#include "credentials/CredentialWriter.h"
#include "credentials/Jumbf.h"
#include "credentials/ManifestStoreIo.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::credentials;

namespace {

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

ContentCredential readOrFail(QByteArrayView bytes, const TrustAnchors &anchors = {})
{
    auto result = CredentialReader::read(bytes, anchors);
    if (!result)
        qFatal("read failed: %s", qPrintable(result.error().message));
    return *result;
}

// A leaf certificate in the C2PA profile under a fresh root of our own, for `years` from `from`.
CredentialSigner ownSigner(const SigningKey &rootKey, Certificate *rootOut, const QDateTime &from, int years = 5)
{
    auto root = LocalAuthority::makeRoot(rootKey, QStringLiteral("Test artist's root"), from, 20);
    auto leafKey = SigningKey::generateP256();
    auto leaf = LocalAuthority::issueSigner(*root, rootKey, *leafKey, QStringLiteral("山田 花子"), from, years);
    if (!root || !leafKey || !leaf)
        qFatal("local authority failed");
    if (rootOut)
        *rootOut = *root;
    return {*leafKey, {*leaf}};
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLikeTheReferenceImplementation_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("failures");
        QTest::addColumn<QStringList>("training"); // QStringLiteral("key=use")
        QTest::addColumn<QString>("algorithm");

        QTest::newRow("CAWG training-mining, ES256, time-stamped")
            << QStringLiteral("C_with_CAWG_data.jpg") << QStringLiteral("valid")
            << QStringList{QStringLiteral("signingCredential.untrusted"),
                           QStringLiteral("cawg.x509.credential.untrusted")}
            << QStringList{QStringLiteral("cawg.ai_inference=notAllowed"),
                           QStringLiteral("cawg.ai_generative_training=notAllowed")}
            << QStringLiteral("ES256");
        QTest::newRow("claim v1, three APP11 segments, both labels, identity by DID")
            << QStringLiteral("adobe_connected_identities.jpg") << QStringLiteral("invalid")
            << QStringList{QStringLiteral("signingCredential.untrusted"), QStringLiteral("cawg.ica.did_unavailable")}
            << QStringList{QStringLiteral("cawg.ai_inference=allowed"),
                           QStringLiteral("cawg.ai_generative_training=allowed"),
                           QStringLiteral("c2pa.ai_inference=allowed"),
                           QStringLiteral("c2pa.ai_generative_training=allowed")}
            << QStringLiteral("PS256");
        QTest::newRow("claim v1") << QStringLiteral("C.jpg") << QStringLiteral("valid")
                                  << QStringList{QStringLiteral("signingCredential.untrusted")} << QStringList{}
                                  << QStringLiteral("PS256");
        QTest::newRow("with an ingredient")
            << QStringLiteral("CA.jpg") << QStringLiteral("valid")
            << QStringList{QStringLiteral("signingCredential.untrusted")} << QStringList{} << QStringLiteral("PS256");
        QTest::newRow("ingredient with its own manifest")
            << QStringLiteral("CIE-sig-CA.jpg") << QStringLiteral("valid")
            << QStringList{QStringLiteral("signingCredential.untrusted")} << QStringList{} << QStringLiteral("PS256");
        QTest::newRow("bad signature") << QStringLiteral("E-sig-CA.jpg") << QStringLiteral("invalid")
                                       << QStringList{QStringLiteral("claimSignature.mismatch")} << QStringList{}
                                       << QStringLiteral("PS256");
        QTest::newRow("picture changed") << QStringLiteral("XCA.jpg") << QStringLiteral("invalid")
                                         << QStringList{QStringLiteral("assertion.dataHash.mismatch")} << QStringList{}
                                         << QStringLiteral("PS256");
        QTest::newRow("no manifest, JPEG") << QStringLiteral("no_manifest.jpg") << QStringLiteral("none")
                                           << QStringList{} << QStringList{} << QStringLiteral("");
        QTest::newRow("no manifest, PNG") << QStringLiteral("libpng-test.png") << QStringLiteral("none")
                                          << QStringList{} << QStringList{} << QStringLiteral("");
    }

    void readsLikeTheReferenceImplementation()
    {
        QFETCH(QString, file);
        QFETCH(QString, state);
        QFETCH(QStringList, failures);
        QFETCH(QStringList, training);
        QFETCH(QString, algorithm);
        const ContentCredential c = readOrFail(test::c2paFixture(file));
        QCOMPARE(credentialStateKey(c.state), state);
        QCOMPARE(asSet(c.failures), asSet(failures));
        QStringList read;
        for (const TrainingMiningChoice &choice : c.trainingMining)
            read << choice.key + QLatin1Char('=') + choice.use;
        QCOMPARE(asSet(read), asSet(training));
        QCOMPARE(c.signatureAlgorithm, algorithm);
    }

    void readsTheDetailsOfTheCawgFile()
    {
        const ContentCredential c = readOrFail(test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg")));
        QCOMPARE(c.claimVersion, 2);
        QCOMPARE(c.signer, QStringLiteral("C2PA Signer"));
        QCOMPARE(c.issuer, QStringLiteral("Intermediate CA"));
        QVERIFY(c.timeStamped);
        QCOMPARE(c.signedAt, QDateTime(QDate(2025, 7, 29), QTime(23, 13, 49), Qt::UTC));
        QVERIFY(c.timeStampAuthority.contains(QLatin1String("DigiCert")));
        QCOMPARE(c.title, QStringLiteral("C_with_CAWG_data.jpg"));
        QVERIFY(c.reservesTraining());
        QCOMPARE(c.manifestCount, 1);
        // The same file under the test roots: the signer and the identity assertion's signer become trusted.
        const ContentCredential trusted =
            readOrFail(test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg")), test::c2paTestRoots());
        QCOMPARE(trusted.state, CredentialState::Trusted);
        QVERIFY(trusted.failures.isEmpty());
        QVERIFY(trusted.informational.contains(QLatin1String("signingCredential.trusted")));
        QCOMPARE(readOrFail(test::c2paFixture(QStringLiteral("C.jpg")), test::c2paTestRoots()).state,
                 CredentialState::Trusted);
    }

    void findsTheStoreAndItsExclusion()
    {
        auto one = ManifestStoreIo::find(test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg")));
        QVERIFY(one && *one);
        QCOMPARE((*one)->start, qsizetype(20));
        QCOMPARE((*one)->length, qsizetype(53110));
        auto three = ManifestStoreIo::find(test::c2paFixture(QStringLiteral("adobe_connected_identities.jpg")));
        QVERIFY(three && *three);
        QCOMPARE((*three)->start, qsizetype(9964));
        QCOMPARE((*three)->length, qsizetype(176380));
        QVERIFY((*three)->contiguous);
        // Removing the store gives back the picture as it was before signing: the data hash of the file is the
        // hash of what remains.
        auto stripped = ManifestStoreIo::remove(test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg")));
        QVERIFY(stripped);
        QCOMPARE(stripped->size(), test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg")).size() - 53110);
        QVERIFY(!ManifestStoreIo::find(*stripped)->has_value());
    }

    void writesJpegThatReadsBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("ES256") << QStringLiteral("es256") << QStringLiteral("ES256");
        QTest::newRow("PS256") << QStringLiteral("ps256") << QStringLiteral("PS256");
        QTest::newRow("Ed25519") << QStringLiteral("ed25519") << QStringLiteral("Ed25519");
    }

    void writesJpegThatReadsBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, algorithm);
        const QByteArray original = test::c2paFixture(QStringLiteral("no_manifest.jpg"));
        auto signedFile = CredentialWriter::embed(original, test::doNotTrainContent(), test::c2paTestSigner(key));
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        const ContentCredential c = readOrFail(*signedFile);
        QCOMPARE(c.state, CredentialState::Valid);
        QCOMPARE(c.failures, QStringList{QStringLiteral("signingCredential.untrusted")});
        QCOMPARE(c.signatureAlgorithm, algorithm);
        QCOMPARE(c.claimVersion, 2);
        QCOMPARE(c.title, test::doNotTrainContent().title);
        QCOMPARE(c.creators, test::doNotTrainContent().creators);
        QCOMPARE(c.rightsHolder, test::doNotTrainContent().rightsHolder);
        QCOMPARE(c.isccCode, test::doNotTrainContent().isccCode);
        QCOMPARE(c.trainingMining.size(), 4);
        for (const TrainingMiningChoice &choice : c.trainingMining) {
            QCOMPARE(choice.use, QStringLiteral("notAllowed"));
            QCOMPARE(choice.assertion, QStringLiteral("cawg.training-mining"));
        }
        QCOMPARE(readOrFail(*signedFile, test::c2paTestRoots()).state, CredentialState::Trusted);
        // Every byte of the picture is kept; only the store was added.
        auto stripped = ManifestStoreIo::remove(*signedFile);
        QVERIFY(stripped);
        QCOMPARE(*stripped, original);
    }

    void writesPngThatReadsBack()
    {
        const QByteArray original = test::c2paFixture(QStringLiteral("libpng-test.png"));
        auto signedFile =
            CredentialWriter::embed(original, test::doNotTrainContent(), test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        QCOMPARE(signedFile->mid(12, 4), QByteArray("IHDR"));
        QCOMPARE(signedFile->mid(33 + 4, 4), QByteArray("caBX")); // right after the header chunk
        QCOMPARE(readOrFail(*signedFile, test::c2paTestRoots()).state, CredentialState::Trusted);
        QImage decoded;
        QVERIFY(decoded.loadFromData(*signedFile, "PNG")); // still a PNG any decoder reads
        QCOMPARE(decoded, QImage::fromData(original, "PNG"));
    }

    void writesWebPThatReadsBack_data()
    {
        QTest::addColumn<int>("quality");
        QTest::newRow("lossy (VP8), made extended") << 80;
        QTest::newRow("lossless (VP8L), made extended") << 100;
    }

    void writesWebPThatReadsBack()
    {
        QFETCH(int, quality);
        QImage picture = test::testPattern(QSize(96, 64), 5);
        const QByteArray original = test::encodeImage(picture, "WEBP", quality);
        QCOMPARE(original.mid(12, 3), QByteArray("VP8")); // a simple WebP, which may hold nothing else
        auto signedFile =
            CredentialWriter::embed(original, test::doNotTrainContent(), test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        QCOMPARE(signedFile->mid(12, 4), QByteArray("VP8X"));
        QCOMPARE(qsizetype(quint8(signedFile->at(4)) | quint8(signedFile->at(5)) << 8 |
                           quint8(signedFile->at(6)) << 16 | quint8(signedFile->at(7)) << 24),
                 signedFile->size() - 8);
        QCOMPARE(readOrFail(*signedFile, test::c2paTestRoots()).state, CredentialState::Trusted);
        QImage decoded;
        QVERIFY(decoded.loadFromData(*signedFile, "WEBP"));
        QCOMPARE(decoded.size(), picture.size());
        // Signed again: one store, still valid; a changed byte of the picture is seen.
        auto again = CredentialWriter::embed(*signedFile, test::doNotTrainContent(),
                                             test::c2paTestSigner(QStringLiteral("ed25519")));
        QVERIFY(again);
        QCOMPARE((*ManifestStoreIo::find(*again))->storeCount, 1);
        QCOMPARE(readOrFail(*again).state, CredentialState::Valid);
        QByteArray changed = *again;
        changed[40] = char(changed[40] ^ 0x01);
        QVERIFY(readOrFail(changed).failures.contains(QLatin1String("assertion.dataHash.mismatch")));
    }

    void webpFilesAreSignedAndReadInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.webp"));
        // A last chunk of odd size without its pad byte, as some writers leave it.
        QByteArray webp = test::encodeImage(test::testPattern(QSize(64, 48), 9), "WEBP", 100);
        webp.append("XMP ", 4);
        webp.append(QByteArray::fromHex("05000000"));
        webp.append("<x/>!", 5);
        const quint32 riff = quint32(webp.size() - 8);
        for (int i = 0; i < 4; ++i)
            webp[4 + i] = char((riff >> (8 * i)) & 0xff);
        QVERIFY(test::writeFile(path, webp));
        auto embedded = CredentialWriter::embedInFile(path, test::doNotTrainContent(),
                                                      test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY2(embedded, qPrintable(embedded.error().message));
        QVERIFY(*embedded);
        const auto found = ManifestStoreIo::find(test::readFile(path));
        QVERIFY(found && *found);
        QCOMPARE((*found)->start % 2, qsizetype(0)); // on a chunk boundary, where libwebp and c2pa-rs look
        auto read = CredentialReader::readFile(path);
        QVERIFY2(read, qPrintable(read.error().message));
        QCOMPARE(read->state, CredentialState::Valid);
        QImage decoded;
        QVERIFY(decoded.load(path));
        QCOMPARE(decoded.size(), QSize(64, 48));
    }

    void aLargeStoreSpansSeveralSegments()
    {
        CredentialContent content = test::doNotTrainContent();
        // A long licence note makes the store larger than one APP11 segment can carry.
        content.trainingMining[2].use = QStringLiteral("constrained");
        content.trainingMining[2].constraintInfo = QString(150000, QLatin1Char('x'));
        auto signedFile = CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")), content,
                                                  test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        const auto found = ManifestStoreIo::find(*signedFile);
        QVERIFY(found && *found);
        QVERIFY((*found)->length > 150000);
        const ContentCredential c = readOrFail(*signedFile);
        QCOMPARE(c.state, CredentialState::Valid);
        const auto constrained =
            std::find_if(c.trainingMining.begin(), c.trainingMining.end(),
                         [](const TrainingMiningChoice &t) { return t.use == QLatin1String("constrained"); });
        QVERIFY(constrained != c.trainingMining.end());
        QCOMPARE(constrained->key, QStringLiteral("cawg.ai_generative_training"));
        QCOMPARE(constrained->constraintInfo.size(), 150000);
        QImage decoded;
        QVERIFY(decoded.loadFromData(*signedFile, "JPEG"));
    }

    void signingAgainReplacesTheManifest()
    {
        auto first = CredentialWriter::embed(test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg")),
                                             test::doNotTrainContent(), test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY2(first, qPrintable(first.error().message));
        auto second =
            CredentialWriter::embed(*first, test::doNotTrainContent(), test::c2paTestSigner(QStringLiteral("ed25519")));
        QVERIFY(second);
        const auto found = ManifestStoreIo::find(*second);
        QCOMPARE((*found)->storeCount, 1);
        const ContentCredential c = readOrFail(*second);
        QCOMPARE(c.state, CredentialState::Valid);
        QCOMPARE(c.signatureAlgorithm, QStringLiteral("Ed25519"));
        QCOMPARE(c.manifestCount, 1);
    }

    void tamperingIsNamed()
    {
        auto signedFile =
            CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")), test::doNotTrainContent(),
                                    test::c2paTestSigner(QStringLiteral("es256")));
        QVERIFY(signedFile);
        const auto found = **ManifestStoreIo::find(*signedFile);

        // A byte of the picture after the store.
        QByteArray pixels = *signedFile;
        pixels[pixels.size() - 100] = char(pixels[pixels.size() - 100] ^ 0x01);
        QCOMPARE(readOrFail(pixels).failures, QStringList{QStringLiteral("assertion.dataHash.mismatch")});

        // A statement: "notAllowed" made "allowed" would shorten the box; flip a letter's case instead.
        QByteArray statement = *signedFile;
        const qsizetype at = statement.indexOf("notAllowed");
        QVERIFY(at > found.start && at < found.start + found.length);
        statement[at] = 'N';
        QVERIFY(readOrFail(statement).failures.contains(QLatin1String("assertion.hashedURI.mismatch")));

        // The claim's title.
        QByteArray claim = *signedFile;
        const qsizetype title = claim.indexOf("Night harbour");
        QVERIFY(title > 0);
        claim[title] = 'n';
        QCOMPARE(readOrFail(claim).failures, QStringList{QStringLiteral("claimSignature.mismatch")});

        // The store moved: the exclusion no longer covers it.
        auto stripped = ManifestStoreIo::remove(*signedFile);
        const QByteArray segments = signedFile->mid(found.start, found.length);
        QByteArray moved = stripped->left(2) + QByteArray("\xff\xfe\x00\x04zz", 6) + stripped->mid(2);
        moved.insert(found.start + 6, segments);
        QCOMPARE(readOrFail(moved).failures, QStringList{QStringLiteral("assertion.dataHash.mismatch")});

        // A second store in the same file: neither counts.
        QByteArray twoStores = *signedFile;
        QByteArray copy = segments;
        copy[6] = char(0x7a); // another box instance number
        twoStores.insert(found.start + found.length, copy);
        const ContentCredential two = readOrFail(twoStores);
        QCOMPARE(two.state, CredentialState::Invalid);
        QCOMPARE(two.failures, QStringList{QStringLiteral("rakkan.manifestStore.multiple")});
    }

    void ownCertificatesAreValidButUntrusted()
    {
        auto rootKey = SigningKey::fromEd25519Seed(QByteArray(32, '\x07'));
        QVERIFY(rootKey);
        Certificate root;
        const CredentialSigner signer = ownSigner(*rootKey, &root, QDateTime::currentDateTimeUtc().addDays(-1));
        QVERIFY2(signer.chain.first().signerProfileProblems().isEmpty(),
                 qPrintable(signer.chain.first().signerProfileProblems().join(QLatin1String(", "))));
        QVERIFY(!root.signerProfileProblems().isEmpty()); // a CA never signs claims
        auto signedFile = CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")),
                                                  test::doNotTrainContent(), signer);
        QVERIFY2(signedFile, qPrintable(signedFile.error().message));
        const ContentCredential c = readOrFail(*signedFile);
        QCOMPARE(c.state, CredentialState::Valid);
        QCOMPARE(c.signer, QStringLiteral("山田 花子"));
        QCOMPARE(c.issuer, QStringLiteral("Test artist's root"));
        QCOMPARE(c.failures, QStringList{QStringLiteral("signingCredential.untrusted")});
        QVERIFY(CredentialWording::explanation(c).contains(QLatin1String("not on the C2PA trust list")));
        // A viewer who chooses to trust the artist's root sees the signer trusted; the test roots do not help.
        QCOMPARE(readOrFail(*signedFile, TrustAnchors{{root}}).state, CredentialState::Trusted);
        QCOMPARE(readOrFail(*signedFile, test::c2paTestRoots()).state, CredentialState::Valid);
    }

    void certificatesOutsideTheProfileAreRefused()
    {
        auto rootKey = SigningKey::generateP256();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto root = LocalAuthority::makeRoot(*rootKey, QStringLiteral("Root"), now.addDays(-1), 10);
        QVERIFY(root);
        // The root itself as the signer: a CA certificate.
        auto asCa = CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")),
                                            test::doNotTrainContent(), CredentialSigner{*rootKey, {*root}});
        QVERIFY(!asCa);
        QVERIFY(asCa.error().message.contains(QLatin1String("signingCredential.invalid")));
        // An expired signer: the credential is invalid, and says why.
        const CredentialSigner expired = ownSigner(*rootKey, nullptr, now.addYears(-3), 1);
        auto late = CredentialWriter::embed(test::c2paFixture(QStringLiteral("no_manifest.jpg")),
                                            test::doNotTrainContent(), expired);
        QVERIFY(!late);
        QVERIFY(late.error().message.contains(QLatin1String("claimSignature.outsideValidity")));
    }

    void cborSpansRefuseWhatIsNotThere()
    {
        // A byte string that claims 2^63 bytes, an array that claims more items than bytes, nesting past the bound.
        QVERIFY(!cborItemEnd(QByteArray::fromHex("5b7fffffffffffffff00"), 0));
        QVERIFY(!cborItemEnd(QByteArray::fromHex("9b00000000ffffffff01"), 0));
        QVERIFY(!cborItemEnd(QByteArray(QByteArray(100, char(0x81)) + QByteArray(1, char(0x01))), 0));
        QVERIFY(!decodeCbor(QByteArray::fromHex("a26161016161")));                    // map cut short
        QCOMPARE(*cborItemEnd(QByteArray::fromHex("bf6161a0ff00"), 0), qsizetype(5)); // indefinite map
        QVERIFY(!decodeCbor(QByteArray::fromHex("6263bb")));                          // text that is not UTF-8
        QVERIFY(!decodeCbor(QByteArray::fromHex("62eda080")));                        // a surrogate
        QVERIFY(!decodeCbor(QByteArray::fromHex("c11a514b67b0")));                    // tag 1, a time from a number
        QVERIFY(
            decodeCbor(QByteArray::fromHex("c074323032362d31322d30375431303a30303a30305a"))); // tag 0, a date as text
        const auto entries = cborMapEntries(QByteArray::fromHex("bf616101616282f6f6ff"));
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(1).key.toString(), QStringLiteral("b"));
        QCOMPARE(entries->at(1).value.begin, qsizetype(6));
        QCOMPARE(entries->at(1).value.end, qsizetype(9));
    }

    void hostileStoresAreVerdictsNotCrashes()
    {
        // Damage every region of a real store (lengths, labels, CBOR, certificates) and cut the file anywhere:
        // each read ends, bounded, in a verdict or an error, never anything worse.
        const QByteArray good = test::c2paFixture(QStringLiteral("C_with_CAWG_data.jpg"));
        QRandomGenerator random(20261207);
        int invalid = 0;
        for (int i = 0; i < 1500; ++i) {
            QByteArray bad = good;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f) {
                const qsizetype at = 20 + qsizetype(random.bounded(53110));
                bad[at] = char(random.bounded(256));
            }
            const auto read = CredentialReader::read(bad);
            if (read && read->state == CredentialState::Invalid)
                ++invalid;
        }
        QVERIFY2(invalid > 1000, qPrintable(QString::number(invalid)));
        for (qsizetype cut :
             {qsizetype(3), qsizetype(21), qsizetype(40), qsizetype(30000), qsizetype(53129), good.size() / 2}) {
            const auto read = CredentialReader::read(QByteArrayView(good).first(cut));
            QVERIFY(!read || read->state != CredentialState::Valid);
        }
        // A JUMBF box that claims to be larger than the store, and one nested far too deep.
        QByteArray huge = QByteArray::fromHex("7fffffff6a756d62");
        QVERIFY(!parseJumbf(huge));
        QByteArray deep = jumbfSuperbox(jumbfUuid("c2pa"), QStringLiteral("c2pa"), {});
        for (int i = 0; i < 40; ++i)
            deep = jumbfSuperbox(jumbfUuid("c2ma"), QStringLiteral("m"), {deep});
        QVERIFY(!parseJumbf(deep));
        QCOMPARE(CredentialReader::read(QByteArray("GIF89a")).error().code, ErrorCode::UnsupportedFormat);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
