// The ISCC Discovery Protocol end to end: notes, receipts and ISCC-IDs; the hub's rules in process; then the
// real rakkan-hub over TLS with a CA this test makes, the outbox sending to it, TLS refusals, and kill -9 of
// the submitting process at many moments without a declaration ever being made twice.

#include "catalog/Catalog.h"
#include "cataloguing/Importer.h"
#include "common/CrashHarness.h"
#include "common/TestSupport.h"
#include "discovery/DataIntegrity.h"
#include "discovery/IsccId.h"
#include "discovery/IsccNote.h"
#include "hub/DeclarationIndex.h"
#include "hub/HubService.h"
#include "hub/SqliteHubStore.h"
#include "identity/FileVault.h"
#include "identity/IdentityManager.h"
#include "imaging/ImageDecoder.h"
#include "iscc/IsccSignature.h"
#include "registry/HubClient.h"
#include "registry/HubFixture.h"
#include "registry/HubNotes.h"
#include "registry/Outbox.h"
#include "registry/Registries.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <httplib.h>

#include <csignal>
#include <thread>

using namespace rakkan;
using namespace rakkan::registry;
using namespace rakkan::discovery;
using test::json;
using test::sampleIscc;
using test::signedNote;

namespace {

constexpr crypto::ScryptCost kFast{12, 8, 1};
const QString kPass = QStringLiteral("test passphrase!");

// A random 256-bit hash, and one `bits` away from it.
fingerprint::Hash256 randomHash(QRandomGenerator &rng)
{
    QByteArray bytes(32, '\0');
    for (char &b : bytes)
        b = char(rng.bounded(256));
    return *fingerprint::Hash256::fromBytes(bytes);
}

fingerprint::Hash256 flipBits(const fingerprint::Hash256 &hash, int bits)
{
    QByteArray bytes = hash.toBytes();
    for (int i = 0; i < bits; ++i) {
        const int k = i * (256 / bits); // distinct bits, spread over the hash
        bytes[k / 8] = char(bytes.at(k / 8) ^ (1 << (k % 8)));
    }
    return *fingerprint::Hash256::fromBytes(bytes);
}

} // namespace

class TestHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void isccIdRoundTrip();
    void notesAreBuiltAndCheckedAsTheHubDoes();
    void gatewayTemplatesAreFilled();
    void receiptsVerifyOnlyWithThePinnedKey();
    void hubRulesInProcess();
    void lookupByPdq();
    void declarationIndexAgreesWithAScan();
    void declaresOverTlsEndToEnd();
    void tlsIsAlwaysVerified();
    void hostileAnswersAreHandled();
    void crashAtAnyMomentDeclaresExactlyOnce();

private:
    std::unique_ptr<catalog::Catalog> catalogWithWorks(const QString &name, int works);
    identity::IdentityManager::VaultFactory vaults() const
    {
        const QString dir = m_dir.filePath(QStringLiteral("keys"));
        return [dir](identity::KeyStorage) -> std::unique_ptr<identity::KeyVault> {
            return std::make_unique<identity::FileVault>(dir, kFast);
        };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPki> m_pki;
};

void TestHub::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<test::TestPki>(m_dir.path());
    QVERIFY(m_pki->makeCa(QStringLiteral("ca")));
    QVERIFY(m_pki->makeCa(QStringLiteral("other-ca")));
    QVERIFY(m_pki->makeServer(QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"), 1));
    QVERIFY(m_pki->makeServer(QStringLiteral("wrong-host"), QStringLiteral("ca"), QStringLiteral("DNS:hub.example.org"),
                              1));
    QVERIFY(m_pki->makeServer(QStringLiteral("expired"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"), -1));
}

std::unique_ptr<catalog::Catalog> TestHub::catalogWithWorks(const QString &name, int works)
{
    const QString art = m_dir.filePath(name + QStringLiteral("-art"));
    QDir().mkpath(art);
    for (int i = 0; i < works; ++i)
        test::writeFile(art + QStringLiteral("/w%1.png").arg(i, 3, 10, QLatin1Char('0')),
                        test::encodeImage(test::blockPattern(QSize(64, 48), 1000 + i), "PNG"));
    auto catalog = catalog::Catalog::open(m_dir.filePath(name + QStringLiteral(".rakkan")));
    if (!catalog.ok())
        return nullptr;
    cataloguing::Importer(**catalog, cataloguing::ImportOptions{}).run({art});
    return std::move(catalog).value();
}

void TestHub::isccIdRoundTrip()
{
    const IsccId id{1'764'000'000'123'456ULL, 4095, 0};
    const QString text = id.toString();
    QVERIFY(text.startsWith(QLatin1String("ISCC:MAI")));
    QCOMPARE(text.size(), 21);
    auto back = IsccId::parse(text);
    RAKKAN_VERIFY_OK(back);
    QCOMPARE(back->timestampUs, id.timestampUs);
    QCOMPARE(back->hubId, 4095);
    QVERIFY(!IsccId::parse(QStringLiteral("ISCC:KACYPXW445FTYNJ3CYSXHAFJMA2HUWULUNRFE3BLHRSCXYH2M5AEGQY")).ok());
}

void TestHub::notesAreBuiltAndCheckedAsTheHubDoes()
{
    auto key = crypto::Ed25519::generate();
    const iscc::AssetIscc code = sampleIscc(1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject note = signedNote(*key, 42, code);
    QCOMPARE(note.value(QStringLiteral("nonce")).toString().left(3).toInt(nullptr, 16), 42);
    QVERIFY(note.value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(note.value(QStringLiteral("units")).toArray().size(), 3); // meta, image, data: not the instance
    QVERIFY(!IsccNotes::check(note, 42, now));

    QCOMPARE(IsccNotes::check(note, 7, now)->code, QStringLiteral("nonce_mismatch"));
    QCOMPARE(IsccNotes::check(note, 42, now + 11 * 60 * 1000)->code, QStringLiteral("timestamp_out_of_range"));
    QJsonObject tampered = note;
    tampered.insert(QStringLiteral("datahash"), QString(QStringLiteral("1e20") + QString(64, QLatin1Char('0'))));
    QVERIFY(IsccNotes::check(tampered, 42, now)); // units no longer add up, or the signature fails
    QJsonObject unsignedNote = note;
    unsignedNote.remove(QStringLiteral("signature"));
    QCOMPARE(IsccNotes::check(unsignedNote, 42, now)->status, 400);
    // Units that do not make the declared code are refused before the signature is even checked.
    QJsonObject otherUnits =
        IsccNotes::build(NoteContent::fromAsset(code, QString()), 42, QDateTime::currentDateTimeUtc());
    otherUnits.insert(QStringLiteral("units"), QJsonArray{sampleIscc(2).contentUnit});
    QCOMPARE(IsccNotes::check(*iscc::IsccSignature::sign(otherUnits, *key), 42, now)->code,
             QStringLiteral("validation_failed"));
    QJsonObject empty = note;
    empty.insert(QStringLiteral("gateway"), QString());
    QCOMPARE(IsccNotes::check(empty, 42, now)->field, QStringLiteral("gateway"));
}

// A declaration's reservation page, as a lookup shows it: the note schema's variables filled, unknown ones kept.
void TestHub::gatewayTemplatesAreFilled()
{
    const discovery::GatewayValues values{QStringLiteral("ISCC:MAIWIDONMPAVUUAA"), QStringLiteral("ISCC:KAC"),
                                          QStringLiteral("z6Mk"), QStringLiteral("1e20ab"), QString()};
    QCOMPARE(discovery::expandGateway(QStringLiteral("https://artist.example/optout/{iscc_id}"), values),
             QStringLiteral("https://artist.example/optout/ISCC:MAIWIDONMPAVUUAA"));
    QCOMPARE(discovery::expandGateway(QStringLiteral("https://a.example/{datahash}/{pubkey}?c={iscc_code}"), values),
             QStringLiteral("https://a.example/1e20ab/z6Mk?c=ISCC:KAC"));
    QCOMPARE(discovery::expandGateway(QStringLiteral("https://a.example/{controller}"), values),
             QStringLiteral("https://a.example/{controller}"));
    QCOMPARE(discovery::expandGateway(QStringLiteral("https://a.example/static"), values),
             QStringLiteral("https://a.example/static"));
}

void TestHub::receiptsVerifyOnlyWithThePinnedKey()
{
    auto hubKey = crypto::Ed25519::generate();
    auto other = crypto::Ed25519::generate();
    const QJsonObject credential{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("issuer"), QStringLiteral("did:web:hub.example.org")},
        {QStringLiteral("n"), 1}};
    auto signedCredential = DataIntegrity::sign(credential, *hubKey, QStringLiteral("did:web:hub.example.org#k"));
    RAKKAN_VERIFY_OK(signedCredential);
    RAKKAN_VERIFY_OK(DataIntegrity::verify(*signedCredential, hubKey->publicKey()));
    RAKKAN_VERIFY_ERROR(DataIntegrity::verify(*signedCredential, other->publicKey()), ErrorCode::Corrupt);
    QJsonObject changed = *signedCredential;
    changed.insert(QStringLiteral("n"), 2);
    RAKKAN_VERIFY_ERROR(DataIntegrity::verify(changed, hubKey->publicKey()), ErrorCode::Corrupt);
}

void TestHub::hubRulesInProcess()
{
    auto store = hub::SqliteHubStore::open(m_dir.filePath(QStringLiteral("inprocess-hub.db")));
    RAKKAN_VERIFY_OK(store);
    auto hubKey = crypto::Ed25519::fromSeed(*(*store)->hubSeed());
    qint64 clock = QDateTime::currentMSecsSinceEpoch();
    hub::HubService service(**store, *hubKey, hub::HubService::Options{9, QString(), 4}, [&clock] { return clock; });
    auto creator = crypto::Ed25519::generate();
    const iscc::AssetIscc code = sampleIscc(3);

    const QJsonObject note = signedNote(*creator, 9, code);
    const hub::HubResponse first = service.declare(json(note), false);
    QCOMPARE(first.status, 201);
    auto id = HubClient::verifyReceipt(first.body, hubKey->publicKey(), 9, note);
    RAKKAN_VERIFY_OK(id);
    QCOMPARE(first.body.value(QStringLiteral("credentialSubject")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("did:key:") + creator->multibasePublicKey());

    // The same content again: 409 naming the first declaration and its author.
    const hub::HubResponse again = service.declare(json(signedNote(*creator, 9, code)), false);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("existing_iscc_id")).toString(),
             *id);
    // Forced: a second ISCC-ID, later than the first even within the same millisecond.
    const hub::HubResponse forced = service.declare(json(signedNote(*creator, 9, code)), true);
    QCOMPARE(forced.status, 201);
    const QString secondId = forced.body.value(QStringLiteral("credentialSubject"))
                                 .toObject()
                                 .value(QStringLiteral("declaration"))
                                 .toObject()
                                 .value(QStringLiteral("iscc_id"))
                                 .toString();
    QVERIFY(IsccId::parse(secondId)->timestampUs > IsccId::parse(*id)->timestampUs);
    // A replayed note (same nonce) is refused even when forced.
    QCOMPARE(service.declare(json(note), true).status, 422);
    // Per-key rate limit: 4 requests a minute in this service (refused ones count); the next says when to come back.
    const hub::HubResponse limited = service.declare(json(signedNote(*creator, 9, sampleIscc(4))), false);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfterSeconds > 0);
    clock += 61'000;
    QCOMPARE(service
                 .declare(json(signedNote(*creator, 9, sampleIscc(4),
                                          QDateTime::fromMSecsSinceEpoch(clock, QTimeZone::utc()))),
                          false)
                 .status,
             201);
    QCOMPARE(service.declare("not json", false).status, 400);

    // The log, in pages, gapless from 0.
    const hub::HubResponse page = service.log(0, 2);
    QCOMPARE(page.body.value(QStringLiteral("declarations")).toArray().size(), 2);
    QCOMPARE(page.body.value(QStringLiteral("next")).toInt(), 2);
    QCOMPARE(service.log(2, 10)
                 .body.value(QStringLiteral("declarations"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("seq"))
                 .toInt(),
             2);
    // "Is this image declared?": by its Image-Code, within a distance.
    const hub::HubResponse found = service.lookup(code.contentUnit, 0);
    QCOMPARE(found.body.value(QStringLiteral("matches")).toArray().size(), 2);
    QCOMPARE(service.lookup(sampleIscc(77).contentUnit, 0).body.value(QStringLiteral("matches")).toArray().size(), 0);
    // Append-only: the store refuses to rewrite history.
    auto db = sql::Database::open(m_dir.filePath(QStringLiteral("inprocess-hub.db")), sql::Database::Mode::ReadWrite);
    QVERIFY(!(*db)->exec(QStringLiteral("DELETE FROM declarations")).ok());
}

void TestHub::lookupByPdq()
{
    auto store = hub::SqliteHubStore::open(m_dir.filePath(QStringLiteral("pdq-hub.db")));
    RAKKAN_VERIFY_OK(store);
    auto hubKey = crypto::Ed25519::fromSeed(*(*store)->hubSeed());
    auto creator = crypto::Ed25519::generate();
    QRandomGenerator rng(7);
    const fingerprint::Hash256 page = randomHash(rng), panel = randomHash(rng), other = randomHash(rng);
    QString pageId;
    {
        hub::HubService service(**store, *hubKey, hub::HubService::Options{9, QString(), 100});
        QVERIFY(service.info()
                    .body.value(QStringLiteral("extensions"))
                    .toArray()
                    .contains(QLatin1String(IsccNotes::kPdqExtension)));
        const hub::HubResponse declared =
            service.declare(json(signedNote(*creator, 9, sampleIscc(20), QDateTime::currentDateTimeUtc(),
                                            {page.toHex(), panel.toHex()})),
                            false);
        QCOMPARE(declared.status, 201);
        pageId = declared.body.value(QStringLiteral("credentialSubject"))
                     .toObject()
                     .value(QStringLiteral("declaration"))
                     .toObject()
                     .value(QStringLiteral("iscc_id"))
                     .toString();
        QCOMPARE(service
                     .declare(json(signedNote(*creator, 9, sampleIscc(21), QDateTime::currentDateTimeUtc(),
                                              {other.toHex()})),
                              false)
                     .status,
                 201);
        // A recompressed copy of the page (a few bits off) and the lifted panel both find the page's declaration.
        const QJsonArray near =
            service.lookupPdq(flipBits(page, 9).toHex(), 31).body.value(QStringLiteral("matches")).toArray();
        QCOMPARE(near.size(), 1);
        QCOMPARE(near.first().toObject().value(QStringLiteral("iscc_id")).toString(), pageId);
        QCOMPARE(near.first().toObject().value(QStringLiteral("distance")).toInt(), 9);
        QCOMPARE(service.lookupPdq(panel.toHex(), 31)
                     .body.value(QStringLiteral("matches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("distance"))
                     .toInt(),
                 0);
        // Beyond the distance asked for, or an unrelated picture: not declared.
        QCOMPARE(service.lookupPdq(flipBits(page, 9).toHex(), 8).body.value(QStringLiteral("matches")).toArray().size(),
                 0);
        QCOMPARE(service.lookupPdq(randomHash(rng).toHex(), 31).body.value(QStringLiteral("matches")).toArray().size(),
                 0);
        QCOMPARE(service.lookupPdq(QStringLiteral("not a hash"), 31).status, 400);
    }
    // A restarted hub reads its index back from the store.
    hub::HubService restarted(**store, *hubKey, hub::HubService::Options{9, QString(), 100});
    RAKKAN_VERIFY_OK(restarted.loadIndex());
    QCOMPARE(restarted.lookupPdq(page.toHex(), 0)
                 .body.value(QStringLiteral("matches"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("iscc_id"))
                 .toString(),
             pageId);

    // The hub refuses malformed PDQ lists with a reason, as the client does before sending.
    const auto problem = [&](const QStringList &pdq) {
        return IsccNotes::check(signedNote(*creator, 9, sampleIscc(22), QDateTime::currentDateTimeUtc(), pdq), 9,
                                QDateTime::currentMSecsSinceEpoch());
    };
    QVERIFY(!problem({page.toHex()}));
    QVERIFY(problem({page.toHex().toUpper()}));
    QVERIFY(problem({QStringLiteral("12ab")}));
    QStringList tooMany;
    for (int i = 0; i <= IsccNotes::kMaxPdq; ++i)
        tooMany << randomHash(rng).toHex();
    NoteContent many = NoteContent::fromAsset(sampleIscc(22), QString());
    many.pdq = tooMany;
    QCOMPARE(IsccNotes::build(many, 9, QDateTime::currentDateTimeUtc()).value(QStringLiteral("pdq")).toArray().size(),
             IsccNotes::kMaxPdq); // the builder keeps to the limit
}

void TestHub::declarationIndexAgreesWithAScan()
{
    // Enough declarations that the index folds its pending hashes into the tables several times.
    hub::DeclarationIndex index;
    QRandomGenerator rng(11);
    std::vector<std::pair<qint64, fingerprint::Hash256>> all;
    for (qint64 seq = 0; seq < 3000; ++seq) {
        hub::IndexTerms terms;
        terms.seq = seq;
        for (int r = 0; r < 2; ++r) {
            const auto h = seq % 10 == 0 && r == 1 ? flipBits(all.back().second, 20) : randomHash(rng);
            terms.pdq << h.toHex();
            all.emplace_back(seq, h);
        }
        index.add(terms);
    }
    QCOMPARE(index.pdqCount(), qsizetype(6000));
    for (int q = 0; q < 50; ++q) {
        const auto &[seq, hash] = all[size_t(rng.bounded(int(all.size())))];
        const auto query = flipBits(hash, q % 25);
        std::map<qint64, int> expected;
        for (const auto &[s, h] : all) {
            const int d = query.distance(h);
            if (d <= 31 && (!expected.count(s) || expected[s] > d))
                expected[s] = d;
        }
        const auto found = index.byPdq(query, 31);
        QCOMPARE(found.size(), qsizetype(expected.size()));
        for (const auto &m : found)
            QCOMPARE(m.distance, expected.at(m.seq));
        QCOMPARE(found.first().seq, seq);
    }
}

void TestHub::declaresOverTlsEndToEnd()
{
    test::RunningHub hub;
    QVERIFY2(hub.start(m_dir.filePath(QStringLiteral("tls-hub.db")), 17, m_pki->path(QStringLiteral("hub.pem")),
                       m_pki->path(QStringLiteral("hub.key"))),
             qPrintable(hub.error()));
    QVERIFY(hub.url().startsWith(QLatin1String("https://")));
    auto catalog = catalogWithWorks(QStringLiteral("tls"), 5);
    QVERIFY(catalog);
    identity::IdentityManager identities(*catalog, vaults());
    RAKKAN_VERIFY_OK(identities.create(QStringLiteral("Studio"), identity::KeyStorage::File, kPass,
                                       QStringLiteral("did:web:studio.example")));

    // Adding the registry: the hub describes itself over verified TLS; its key is pinned.
    HubClient probe(HubEndpoint{hub.url(), 0, {}, m_pki->path(QStringLiteral("ca.pem")), 5000});
    auto info = probe.info();
    RAKKAN_VERIFY_OK(info);
    QCOMPARE(info->value(QStringLiteral("public_key")).toString(), hub.publicKey());
    Registry r =
        Registries::fromHubInfo(*info, QStringLiteral("association"), hub.url(), m_pki->path(QStringLiteral("ca.pem")),
                                QStringLiteral("https://studio.example/optout/{iscc_id}"));
    QCOMPARE(r.hubId, 17);
    QCOMPARE(r.extensions, QStringList{QStringLiteral("pdq")});
    auto registryId = Registries(*catalog).add(r);
    RAKKAN_VERIFY_OK(registryId);
    r.id = *registryId;

    Outbox outbox(*catalog);
    auto preview = outbox.enqueue(r, {}, true);
    RAKKAN_VERIFY_OK(preview);
    QCOMPARE(preview->preview.size(), 5);
    QVERIFY(!preview->preview.first().contains(QStringLiteral("signature"))); // a dry run signs nothing
    QCOMPARE(outbox.counts()->value(QStringLiteral("queued")), 0);
    auto queued = outbox.enqueue(r, {}, false);
    QCOMPARE(queued->queued, 5);
    QCOMPARE(outbox.enqueue(r, {}, false)->alreadyQueued, 5);

    Outbox::Options options;
    options.vaults = vaults();
    options.passphrase = [](const identity::Identity &) { return std::optional<QString>(kPass); };
    auto sent = outbox.send(r, options);
    RAKKAN_VERIFY_OK(sent);
    QCOMPARE(sent->declared, 5);
    auto declared = outbox.list(QStringLiteral("declared"));
    QCOMPARE(declared->size(), 5);
    for (const Submission &s : *declared) {
        // The receipt kept is the hub's, for exactly the note sent, signed with the pinned key.
        const QJsonObject receipt = QJsonDocument::fromJson(s.receipt.toUtf8()).object();
        const QJsonObject note = QJsonDocument::fromJson(s.request.toUtf8()).object();
        auto id =
            HubClient::verifyReceipt(receipt, *crypto::Ed25519::publicKeyFromMultibase(hub.publicKey()), 17, note);
        RAKKAN_VERIFY_OK(id);
        QCOMPARE(*id, s.isccId);
        QCOMPARE(note.value(QStringLiteral("signature")).toObject().value(QStringLiteral("controller")).toString(),
                 QStringLiteral("did:web:studio.example"));
        QCOMPARE(note.value(QStringLiteral("gateway")).toString(), r.gateway);
        // The hub offers the PDQ extension: the note carries the picture's hashes, the whole picture first.
        auto stored = catalog->database().prepare(
            QStringLiteral("SELECT hash FROM fingerprints WHERE asset_id = ?1 AND region = 'full'"));
        QString full;
        RAKKAN_VERIFY_OK(stored->bind(1, s.assetId).forEachRow([&](const sql::Statement &row) {
            full = QString::fromLatin1(row.blob(0).toHex());
        }));
        QCOMPARE(note.value(QStringLiteral("pdq")).toArray().first().toString(), full);
        // ...so anyone can ask the hub whether this picture is declared, and by whom.
        auto found = probe.lookupPdq(full, 0);
        RAKKAN_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().isccId, s.isccId);
        QCOMPARE(found->first().pubkey,
                 note.value(QStringLiteral("signature")).toObject().value(QStringLiteral("pubkey")).toString());
    }
    QVERIFY(!probe.lookupPdq(QStringLiteral("xyz"), 31).ok()); // the hub's refusal, as an error
    // Nothing left to send; a second run sends nothing.
    QCOMPARE(outbox.send(r, options)->declared, 0);
}

void TestHub::tlsIsAlwaysVerified()
{
    const QJsonObject note = signedNote(*crypto::Ed25519::generate(), 1, sampleIscc(5));
    struct Case
    {
        const char *cert;
        const char *ca;
    };
    for (const Case c : {Case{"hub", "other-ca"}, Case{"hub", ""}, Case{"wrong-host", "ca"}, Case{"expired", "ca"}}) {
        test::RunningHub hub;
        QVERIFY2(
            hub.start(m_dir.filePath(QStringLiteral("tls-%1-%2.db").arg(QLatin1String(c.cert), QLatin1String(c.ca))), 1,
                      m_pki->path(QLatin1String(c.cert) + QStringLiteral(".pem")),
                      m_pki->path(QLatin1String(c.cert) + QStringLiteral(".key"))),
            qPrintable(hub.error()));
        const QString ca = *c.ca ? m_pki->path(QLatin1String(c.ca) + QStringLiteral(".pem")) : QString();
        HubClient client(
            HubEndpoint{hub.url(), 1, *crypto::Ed25519::publicKeyFromMultibase(hub.publicKey()), ca, 5000});
        const HubReply reply = client.declare(note);
        QVERIFY2(reply.kind == HubReply::Kind::Failed && reply.code == QLatin1String("tls"),
                 qPrintable(QStringLiteral("%1/%2: %3 %4")
                                .arg(QLatin1String(c.cert), QLatin1String(c.ca), reply.code, reply.message)));
        QVERIFY(reply.message.contains(QStringLiteral("Nothing was sent")));
    }
}

// A server that misbehaves on purpose, one way per path, to see each answer handled as the protocol says.
void TestHub::hostileAnswersAreHandled()
{
    auto hubKey = crypto::Ed25519::generate();
    auto forger = crypto::Ed25519::generate();
    auto creator = crypto::Ed25519::generate();
    const QJsonObject note = signedNote(*creator, 3, sampleIscc(6));
    httplib::Server server;
    auto json = [](httplib::Response &res, int status, const QJsonObject &body) {
        res.status = status;
        res.set_content(QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
    };
    server.Post("/busy/declaration", [&](const httplib::Request &, httplib::Response &res) {
        res.set_header("Retry-After", "7");
        json(res, 429,
             QJsonObject{
                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("slow down")}}}});
    });
    server.Post("/down/declaration", [&](const httplib::Request &, httplib::Response &res) { res.status = 503; });
    server.Post("/garbage/declaration", [&](const httplib::Request &, httplib::Response &res) {
        res.status = 201;
        res.set_content("<html>hello</html>", "text/html");
    });
    server.Post("/huge/declaration", [&](const httplib::Request &, httplib::Response &res) {
        res.status = 201;
        res.set_content(std::string(3 << 20, 'x'), "application/json");
    });
    server.Post("/forged/declaration", [&](const httplib::Request &req, httplib::Response &res) {
        // A well-formed receipt, signed with a key that is not the one pinned.
        const QJsonObject sent = QJsonDocument::fromJson(QByteArray::fromStdString(req.body)).object();
        QJsonObject credential{
            {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
            {QStringLiteral("credentialSubject"),
             QJsonObject{
                 {QStringLiteral("declaration"), QJsonObject{{QStringLiteral("seq"), 0},
                                                             {QStringLiteral("iscc_id"), IsccId{1, 3, 0}.toString()},
                                                             {QStringLiteral("iscc_note"), sent}}}}}};
        json(res, 201, *DataIntegrity::sign(credential, *forger, QStringLiteral("did:key:x#y")));
    });
    server.Post("/refuses/declaration", [&](const httplib::Request &, httplib::Response &res) {
        json(
            res, 422,
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("message"), QStringLiteral("Timestamp must be within 10 minutes")},
                                     {QStringLiteral("code"), QStringLiteral("timestamp_out_of_range")},
                                     {QStringLiteral("field"), QStringLiteral("timestamp")}}}});
    });
    server.Get("/garbage/lookup", [&](const httplib::Request &, httplib::Response &res) {
        res.set_content("<html>hello</html>", "text/html");
    });
    server.Get("/forged/lookup", [&](const httplib::Request &, httplib::Response &res) {
        json(res, 200,
             QJsonObject{{QStringLiteral("matches"),
                          QJsonArray{QJsonObject{{QStringLiteral("iscc_id"), QStringLiteral("ISCC:nonsense")},
                                                 {QStringLiteral("distance"), 3}}}}});
    });
    server.Post("/slow/declaration", [&](const httplib::Request &, httplib::Response &res) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        res.status = 201;
    });
    const int port = server.bind_to_any_port("127.0.0.1");
    QVERIFY(port > 0);
    std::thread serving([&server] { server.listen_after_bind(); });
    auto reply = [&](const char *path, int timeoutMs = 5000) {
        HubClient client(HubEndpoint{QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(path)), 3,
                                     hubKey->publicKey(), QString(), timeoutMs});
        return client.declare(note);
    };
    const HubReply busy = reply("busy");
    QCOMPARE(int(busy.kind), int(HubReply::Kind::Retry));
    QCOMPARE(busy.retryAfterSeconds, 7);
    QCOMPARE(int(reply("down").kind), int(HubReply::Kind::Retry));
    const HubReply garbage = reply("garbage");
    QCOMPARE(int(garbage.kind), int(HubReply::Kind::Failed));
    QCOMPARE(garbage.code, QStringLiteral("garbled_answer"));
    QCOMPARE(reply("huge").code, QStringLiteral("oversized_answer"));
    const HubReply forged = reply("forged");
    QCOMPARE(forged.code, QStringLiteral("bad_receipt"));
    QVERIFY(forged.message.contains(QStringLiteral("pinned")));
    const HubReply refused = reply("refuses");
    QCOMPARE(int(refused.kind), int(HubReply::Kind::Rejected));
    QCOMPARE(refused.message, QStringLiteral("Timestamp must be within 10 minutes")); // the hub's own reason
    QCOMPARE(refused.field, QStringLiteral("timestamp"));
    for (const char *path : {"garbage", "forged", "down"}) {
        HubClient client(HubEndpoint{QStringLiteral("http://127.0.0.1:%1/%2").arg(port).arg(QLatin1String(path)), 3,
                                     hubKey->publicKey(), QString(), 5000});
        const auto looked = client.lookupPdq(QString(64, QLatin1Char('0')), 31);
        QVERIFY2(!looked.ok(), path);
        QVERIFY(!looked.error().message.isEmpty());
    }
    const HubReply slow = reply("slow", 500);
    QCOMPARE(int(slow.kind), int(HubReply::Kind::Retry));
    QCOMPARE(slow.code, QStringLiteral("timeout"));
    server.stop();
    serving.join();
    // Nobody listening any more: the connection is refused, and that is worth a retry, not a failure.
    QCOMPARE(int(reply("busy").kind), int(HubReply::Kind::Retry));
}

void TestHub::crashAtAnyMomentDeclaresExactlyOnce()
{
    test::RunningHub hub;
    QVERIFY2(hub.start(m_dir.filePath(QStringLiteral("crash-hub.db")), 5, m_pki->path(QStringLiteral("hub.pem")),
                       m_pki->path(QStringLiteral("hub.key"))),
             qPrintable(hub.error()));
    // RAKKAN_CRASH_KILLS, docs/RELIABILITY.md.
    const int wanted = test::CrashHarness::killsWanted(8);
    int works = 60;
    const QString catalogPath = m_dir.filePath(QStringLiteral("crash.rakkan"));
    {
        auto catalog = catalogWithWorks(QStringLiteral("crash"), works);
        QVERIFY(catalog);
    }
    // The CLI, as a studio would run it, in an environment of its own (key files under its home).
    const QString home = m_dir.filePath(QStringLiteral("crash-home"));
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + home + QStringLiteral("/no-bus"));
    env.insert(QStringLiteral("RAKKAN_LANG"), QStringLiteral("en"));
    const QString passFile = home + QStringLiteral("/pass");
    test::writeFile(passFile, kPass.toUtf8() + '\n');
    auto cli = [&](const QStringList &args, int killAfterMs = -1) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RAKKAN_CLI_PATH), QStringList{QStringLiteral("--catalog"), catalogPath} + args);
        p.waitForStarted();
        if (killAfterMs >= 0) {
            QTest::qWait(killAfterMs);
            // As a crash or a power cut would. A run that already ended has no pid: kill(0) would take the whole
            // process group, this test and whatever ran it included.
            if (const qint64 pid = p.processId(); pid > 0)
                ::kill(pid_t(pid), SIGKILL);
        }
        p.waitForFinished(60000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9;
    };
    QCOMPARE(cli({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("Studio"),
                  QStringLiteral("--storage"), QStringLiteral("file"), QStringLiteral("--passphrase-file"), passFile}),
             0);
    QCOMPARE(cli({QStringLiteral("registry"), QStringLiteral("add"), QStringLiteral("hub"), QStringLiteral("--url"),
                  hub.url(), QStringLiteral("--ca-file"), m_pki->path(QStringLiteral("ca.pem"))}),
             0);
    const QStringList submit{QStringLiteral("optout"),
                             QStringLiteral("submit"),
                             QStringLiteral("--registry"),
                             QStringLiteral("hub"),
                             QStringLiteral("--all"),
                             QStringLiteral("--passphrase-file"),
                             passFile,
                             QStringLiteral("--batch"),
                             QStringLiteral("4"),
                             QStringLiteral("--concurrency"),
                             QStringLiteral("2")};
    // Killed at seeded random moments, drawn from a window that follows this machine's pace: it grows whenever a
    // run was killed before a note got through, and becomes the time a whole run took whenever one finished. A
    // batch declared whole is followed by a new one (more works imported), until the kills wanted have landed.
    test::CrashHarness harness(QStringLiteral(RAKKAN_CLI_PATH), env);
    const QStringList submitHere = QStringList{QStringLiteral("--catalog"), catalogPath} + submit;
    auto declaredCount = [&]() -> int {
        auto opened = catalog::Catalog::open(catalogPath, catalog::Catalog::Access::ReadOnly);
        return opened.ok() ? Outbox(**opened).counts()->value(QStringLiteral("declared")) : -1;
    };
    int kills = 0;
    int batches = 1;
    qint64 window = 300;
    while (kills < wanted) {
        if (declaredCount() >= works) {
            const QString art = m_dir.filePath(QStringLiteral("crash-batch-%1").arg(batches));
            QDir().mkpath(art);
            for (int i = 0; i < 40; ++i)
                QVERIFY(test::writeFile(
                    art + QStringLiteral("/b%1-%2.png").arg(batches).arg(i),
                    test::encodeImage(test::blockPattern(QSize(64, 48), 5000 + batches * 100 + i), "PNG")));
            auto opened = catalog::Catalog::open(catalogPath);
            RAKKAN_VERIFY_OK(opened);
            QCOMPARE(cataloguing::Importer(**opened, cataloguing::ImportOptions{})
                         .run({art})
                         .count(cataloguing::ImportItem::Outcome::Added),
                     40);
            works += 40;
            ++batches;
        }
        const int before = declaredCount();
        const auto run = harness.runAndKill(submitHere, window);
        QVERIFY2(run.killed || run.exitCode == 0, run.err.constData());
        const int declared = declaredCount();
        QVERIFY(declared >= before); // nothing declared is ever taken back
        if (!run.killed)
            window = run.elapsedMs;
        else if (declared == before)
            window += window / 2;
        kills += run.killed ? 1 : 0;
    }
    qInfo("hub batches: %d kills over %d batches of works, %d of %d declared before the last run", kills, batches,
          declaredCount(), works);
    QCOMPARE(cli(submit), 0); // the last run finishes what the killed ones left

    // Every file declared, and exactly once at the hub.
    auto catalog = catalog::Catalog::open(catalogPath);
    Outbox outbox(**catalog);
    QCOMPARE(outbox.counts()->value(QStringLiteral("declared")), works);
    HubClient reader(HubEndpoint{hub.url(), 5, {}, m_pki->path(QStringLiteral("ca.pem")), 5000});
    auto store = hub::SqliteHubStore::open(m_dir.filePath(QStringLiteral("crash-hub.db")));
    QSet<QString> datahashes;
    int logged = 0;
    auto log = (*store)->page(0, 100000);
    RAKKAN_VERIFY_OK(log);
    for (const hub::Declaration &d : *log) {
        ++logged;
        datahashes.insert(d.datahash);
    }
    QCOMPARE(logged, works);
    QCOMPARE(datahashes.size(), works);

    // Then anyone can ask whether a picture is declared: a mirrored re-upload of one work is found by its PDQ
    // (computed locally in every orientation), an unrelated picture is not.
    QString expectedCode;
    const auto declaredNow = outbox.list(QStringLiteral("declared"));
    for (const Submission &sub : *declaredNow)
        if (sub.workTitle == QLatin1String("w007"))
            expectedCode = sub.isccCode;
    QVERIFY(!expectedCode.isEmpty());
    const QString mirrored = m_dir.filePath(QStringLiteral("reupload.png"));
    QVERIFY(test::blockPattern(QSize(64, 48), 1007).mirrored(true, false).save(mirrored));
    const QString unrelated = m_dir.filePath(QStringLiteral("unrelated.png"));
    QVERIFY(test::blockPattern(QSize(64, 48), 555).save(unrelated));
    auto lookup = [&](const QString &file) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RAKKAN_CLI_PATH),
                {QStringLiteral("--catalog"), catalogPath, QStringLiteral("registry"), QStringLiteral("lookup"),
                 QStringLiteral("hub"), file, QStringLiteral("--json")});
        p.waitForFinished(30000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("matches")).toArray();
    };
    const QJsonArray found = lookup(mirrored);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().toObject().value(QStringLiteral("iscc_code")).toString(), expectedCode);
    // (12 bits here: a 64 x 48 picture is tiny for PDQ; unrelated pictures are around 128 apart.)
    QVERIFY(found.first().toObject().value(QStringLiteral("distance")).toInt() <= 31);
    QCOMPARE(lookup(unrelated).size(), 0);
}

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
