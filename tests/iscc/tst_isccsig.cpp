#include "crypto/Base58.h"
#include "crypto/Ed25519.h"
#include "iscc/IsccSignature.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rakkan;

namespace {
QJsonObject vectors()
{
    QFile file(QStringLiteral(RAKKAN_TEST_DATA "/iscc-sig/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestIsccSig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signingExampleGivesTheExactProof();
    void publishedNotesVerify();
    void tamperingIsDetected();
    void unknownVersionAndBadKeysAreRefused();
    void roundTripWithANewKey();
    void base58RoundTrip();
};

void TestIsccSig::signingExampleGivesTheExactProof()
{
    const QJsonObject example = vectors().value(QStringLiteral("sign")).toArray().first().toObject();
    auto key = crypto::Ed25519::fromMultibaseSecret(example.value(QStringLiteral("secret_key")).toString());
    QVERIFY(key.ok());
    QCOMPARE(key->multibasePublicKey(), example.value(QStringLiteral("public_key")).toString());
    QCOMPARE(key->multibaseSecretKey(), example.value(QStringLiteral("secret_key")).toString());
    auto signedDoc = iscc::IsccSignature::sign(example.value(QStringLiteral("unsigned")).toObject(), *key);
    QVERIFY(signedDoc.ok());
    QCOMPARE(signedDoc->value(QStringLiteral("signature")).toObject().value(QStringLiteral("proof")).toString(),
             example.value(QStringLiteral("expected_proof")).toString());
    QVERIFY(iscc::IsccSignature::verify(*signedDoc).ok());
}

void TestIsccSig::publishedNotesVerify()
{
    const QJsonArray notes = vectors().value(QStringLiteral("verify")).toArray();
    QCOMPARE(notes.size(), 2);
    for (const auto &note : notes) {
        const auto result = iscc::IsccSignature::verify(note.toObject().value(QStringLiteral("signed")).toObject());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    }
}

void TestIsccSig::tamperingIsDetected()
{
    QJsonObject note = vectors()
                           .value(QStringLiteral("verify"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("signed"))
                           .toObject();
    note.insert(QStringLiteral("timestamp"), QStringLiteral("2025-01-15T12:00:00.001Z"));
    const auto result = iscc::IsccSignature::verify(note);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Corrupt);
}

void TestIsccSig::unknownVersionAndBadKeysAreRefused()
{
    QJsonObject note = vectors()
                           .value(QStringLiteral("verify"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("signed"))
                           .toObject();
    QJsonObject signature = note.value(QStringLiteral("signature")).toObject();
    QJsonObject other = note;
    signature.insert(QStringLiteral("version"), QStringLiteral("ISCC-SIG v9"));
    other.insert(QStringLiteral("signature"), signature);
    QVERIFY(!iscc::IsccSignature::verify(other).ok());
    QVERIFY(!iscc::IsccSignature::verify(QJsonObject{{QStringLiteral("a"), 1}}).ok());
    QVERIFY(
        !crypto::Ed25519::fromMultibaseSecret(QStringLiteral("z6MkpFpVngrAUTSY6PagXa1x27qZqgdmmy3ZNWSBgyFSvBSx")).ok());
    QVERIFY(!crypto::Ed25519::publicKeyFromMultibase(QStringLiteral("not-a-key")).ok());
}

void TestIsccSig::roundTripWithANewKey()
{
    auto key = crypto::Ed25519::generate();
    QVERIFY(key.ok());
    QVERIFY(key->multibasePublicKey().startsWith(QStringLiteral("z6Mk")));
    const QJsonObject doc{{QStringLiteral("title"), QStringLiteral("星の庭")}, {QStringLiteral("n"), 4.5}};
    auto signedDoc = iscc::IsccSignature::sign(doc, *key, QStringLiteral("did:web:example.jp"));
    QVERIFY(signedDoc.ok());
    QVERIFY(iscc::IsccSignature::verify(*signedDoc).ok());
}

void TestIsccSig::base58RoundTrip()
{
    for (const QByteArray &bytes :
         {QByteArray(), QByteArray(3, '\0'), QByteArray("\x00\x01\xff", 3), QByteArray("hello")}) {
        const auto back = crypto::base58Decode(crypto::base58Encode(bytes));
        QVERIFY(back);
        QCOMPARE(*back, bytes);
    }
    QCOMPARE(crypto::base58Encode(QByteArray("hello world")), QStringLiteral("StV1DL6CwTryKyV"));
    QVERIFY(!crypto::base58Decode(QStringLiteral("0OIl")));
}

QTEST_GUILESS_MAIN(TestIsccSig)
#include "tst_isccsig.moc"
