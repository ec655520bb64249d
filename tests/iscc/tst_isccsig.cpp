#include "common/TestSupport.h"
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
    void threeSignatureModes();
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
    iscc::SigningOptions options;
    options.mode = iscc::SignatureMode::IdentityBound;
    options.controller = QStringLiteral("did:web:example.jp");
    auto signedDoc = iscc::IsccSignature::sign(doc, *key, options);
    QVERIFY(signedDoc.ok());
    QVERIFY(iscc::IsccSignature::verify(*signedDoc).ok());
    // Signing twice is refused rather than stacking proofs.
    QVERIFY(!iscc::IsccSignature::sign(*signedDoc, *key).ok());
}

void TestIsccSig::threeSignatureModes()
{
    auto key = crypto::Ed25519::generate();
    auto other = crypto::Ed25519::generate();
    const QJsonObject doc{{QStringLiteral("iscc_code"), QStringLiteral("ISCC:KACYPXW445FTYNJ3")}};
    const QString sig = QStringLiteral("signature");

    iscc::SigningOptions proofOnly;
    proofOnly.mode = iscc::SignatureMode::ProofOnly;
    auto p = iscc::IsccSignature::sign(doc, *key, proofOnly);
    RAKKAN_VERIFY_OK(p);
    QCOMPARE(p->value(sig).toObject().keys(), (QStringList{QStringLiteral("proof"), QStringLiteral("version")}));
    // Needs the key from elsewhere; the wrong key fails.
    RAKKAN_VERIFY_ERROR(iscc::IsccSignature::verify(*p), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_OK(iscc::IsccSignature::verify(*p, key->publicKey()));
    RAKKAN_VERIFY_ERROR(iscc::IsccSignature::verify(*p, other->publicKey()), ErrorCode::Corrupt);

    auto s = iscc::IsccSignature::sign(doc, *key);
    RAKKAN_VERIFY_OK(s);
    QCOMPARE(s->value(sig).toObject().value(QStringLiteral("pubkey")).toString(), key->multibasePublicKey());
    QVERIFY(!s->value(sig).toObject().contains(QStringLiteral("controller")));
    RAKKAN_VERIFY_OK(iscc::IsccSignature::verify(*s));
    // An expected key that is not the embedded one is a failure, not a pass.
    RAKKAN_VERIFY_ERROR(iscc::IsccSignature::verify(*s, other->publicKey()), ErrorCode::Corrupt);

    iscc::SigningOptions bound;
    bound.mode = iscc::SignatureMode::IdentityBound;
    RAKKAN_VERIFY_ERROR(iscc::IsccSignature::sign(doc, *key, bound), ErrorCode::InvalidArgument);
    bound.controller = QStringLiteral("did:web:studio.example");
    bound.keyId = QStringLiteral("key-1");
    auto b = iscc::IsccSignature::sign(doc, *key, bound);
    RAKKAN_VERIFY_OK(b);
    QCOMPARE(b->value(sig).toObject().value(QStringLiteral("controller")).toString(), bound.controller);
    QCOMPARE(b->value(sig).toObject().value(QStringLiteral("keyid")).toString(), QStringLiteral("key-1"));
    RAKKAN_VERIFY_OK(iscc::IsccSignature::verify(*b));
    // Changing the controller after signing breaks the proof.
    QJsonObject moved = *b;
    QJsonObject movedSig = moved.value(sig).toObject();
    movedSig.insert(QStringLiteral("controller"), QStringLiteral("did:web:impostor.example"));
    moved.insert(sig, movedSig);
    RAKKAN_VERIFY_ERROR(iscc::IsccSignature::verify(moved), ErrorCode::Corrupt);

    QCOMPARE(iscc::signatureModeFromKey(QStringLiteral("identity-bound")), iscc::SignatureMode::IdentityBound);
    QVERIFY(!iscc::signatureModeFromKey(QStringLiteral("auto")));
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
