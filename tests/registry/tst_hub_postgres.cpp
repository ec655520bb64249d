// rakkan-hub on PostgreSQL: the hub's rules against both stores, a real PostgreSQL 15 started by the test; two
// rakkan-hub processes on one database (declarations through one, lookups through the other); kill -9 of a hub
// process in the middle of a batch; moving a SQLite hub into PostgreSQL with its ISCC-IDs and receipts.

#include "common/TestPki.h"
#include "common/TestPostgres.h"
#include "common/TestSupport.h"
#include "discovery/IsccId.h"
#include "hub/HubService.h"
#include "hub/HubStores.h"
#include "hub/PostgresHubStore.h"
#include "hub/SqliteHubStore.h"
#include "registry/HubClient.h"
#include "registry/HubFixture.h"
#include "registry/HubNotes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <signal.h>

#include <atomic>
#include <thread>

using namespace rakkan;
using test::json;
using test::sampleIscc;
using test::signedNote;

namespace {

QString isccIdOf(const QJsonObject &receipt)
{
    return receipt.value(QStringLiteral("credentialSubject"))
        .toObject()
        .value(QStringLiteral("declaration"))
        .toObject()
        .value(QStringLiteral("iscc_id"))
        .toString();
}

QString randomPdq(QRandomGenerator &rng)
{
    QByteArray bytes(32, '\0');
    for (char &b : bytes)
        b = char(rng.bounded(256));
    return QString::fromLatin1(bytes.toHex());
}

// The log's invariants: seqs gapless from 0, ISCC-ID times strictly increasing with them, each nonce once.
void checkLog(hub::HubStore &store, qint64 expected)
{
    auto all = store.page(0, 1000000);
    RAKKAN_VERIFY_OK(all);
    QCOMPARE(qint64(all->size()), expected);
    QSet<QString> nonces;
    quint64 lastUs = 0;
    for (qsizetype i = 0; i < all->size(); ++i) {
        const hub::Declaration &d = all->at(i);
        QCOMPARE(d.seq, qint64(i));
        QVERIFY(d.timestampUs > lastUs);
        lastUs = d.timestampUs;
        QCOMPARE(discovery::IsccId::parse(d.isccId)->timestampUs, d.timestampUs);
        QVERIFY(!nonces.contains(d.nonce));
        nonces.insert(d.nonce);
    }
}

} // namespace

class TestHubPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hubRules_data();
    void hubRules();
    void concurrentDeclarationsShareCommits_data();
    void concurrentDeclarationsShareCommits();
    void logIsAppendOnlyInTheDatabase();
    void twoProcessesServeOneDatabase();
    void killNineMidBatchLosesAndDuplicatesNothing();
    void migrateKeepsIdsAndReceipts();
    void unreachableDatabaseIsSaidClearly();
    void survivesADatabaseRestart();

private:
    std::unique_ptr<hub::HubStore> store(const QString &kind, const QString &name);
    QString freshDatabase(const QString &name);

    QTemporaryDir m_dir;
    test::TestPostgres m_postgres;
    std::unique_ptr<test::TestPki> m_pki;
};

void TestHubPostgres::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // fsync off: these tests kill hub processes, never the database server.
    QVERIFY2(m_postgres.start({QStringLiteral("fsync=off"), QStringLiteral("max_connections=200")}),
             qPrintable(m_postgres.error()));
    m_pki = std::make_unique<test::TestPki>(m_dir.path());
    QVERIFY(m_pki->makeCa(QStringLiteral("ca")));
    QVERIFY(m_pki->makeServer(QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"), 1));
}

QString TestHubPostgres::freshDatabase(const QString &name)
{
    if (!m_postgres.createDatabase(name))
        return {};
    return m_postgres.uri(name);
}

std::unique_ptr<hub::HubStore> TestHubPostgres::store(const QString &kind, const QString &name)
{
    auto opened = kind == QLatin1String("sqlite") ? hub::HubStores::open(m_dir.filePath(name + QStringLiteral(".db")))
                                                  : hub::HubStores::open(freshDatabase(name));
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.error().message));
    return opened.ok() ? std::move(opened).value() : nullptr;
}

void TestHubPostgres::hubRules_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

void TestHubPostgres::hubRules()
{
    QFETCH(QString, kind);
    auto hubStore = store(kind, QStringLiteral("rules_") + kind);
    QVERIFY(hubStore);
    auto hubKey = crypto::Ed25519::fromSeed(*hubStore->hubSeed());
    QCOMPARE(hubStore->hubSeed()->toHex(), hubStore->hubSeed()->toHex()); // made once, then kept
    qint64 clock = QDateTime::currentMSecsSinceEpoch();
    hub::HubService service(*hubStore, *hubKey, hub::HubService::Options{9, QString(), 5, 100},
                            [&clock] { return clock; });
    auto creator = crypto::Ed25519::generate();
    const iscc::AssetIscc code = sampleIscc(3);
    QRandomGenerator rng(5);
    const QString pdq = randomPdq(rng);

    const QJsonObject note = signedNote(*creator, 9, code, QDateTime::currentDateTimeUtc(), {pdq});
    const hub::HubResponse first = service.declare(json(note), false);
    QCOMPARE(first.status, 201);
    auto id = registry::HubClient::verifyReceipt(first.body, hubKey->publicKey(), 9, note);
    RAKKAN_VERIFY_OK(id);
    // The same content: 409 naming the first; forced: a later ISCC-ID in the same millisecond; a replay: 422.
    const hub::HubResponse again = service.declare(json(signedNote(*creator, 9, code)), false);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("existing_iscc_id")).toString(),
             *id);
    const hub::HubResponse forced = service.declare(json(signedNote(*creator, 9, code)), true);
    QCOMPARE(forced.status, 201);
    QVERIFY(discovery::IsccId::parse(isccIdOf(forced.body))->timestampUs > discovery::IsccId::parse(*id)->timestampUs);
    QCOMPARE(service.declare(json(note), true).status, 422);
    // The receipt again, by ISCC-ID; the log in pages; lookups by unit and by PDQ.
    QCOMPARE(service.declaration(*id).body, first.body);
    QCOMPARE(service.declaration(QStringLiteral("ISCC:MAIQAAAAAAAAAAAA")).status, 404);
    const hub::HubResponse page = service.log(0, 1);
    QCOMPARE(page.body.value(QStringLiteral("declarations")).toArray().size(), 1);
    QCOMPARE(page.body.value(QStringLiteral("next")).toInt(), 1);
    QCOMPARE(service.lookup(code.contentUnit, 0).body.value(QStringLiteral("matches")).toArray().size(), 2);
    // Matches in pages: the total, and where the next page starts.
    const hub::HubResponse firstPage = service.lookup(code.contentUnit, 0, {0, 1});
    QCOMPARE(firstPage.body.value(QStringLiteral("matches")).toArray().size(), 1);
    QCOMPARE(firstPage.body.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(firstPage.body.value(QStringLiteral("next")).toInt(), 1);
    const hub::HubResponse lastPage = service.lookup(code.contentUnit, 0, {1, 1});
    QCOMPARE(lastPage.body.value(QStringLiteral("matches")).toArray().size(), 1);
    QVERIFY(!lastPage.body.contains(QStringLiteral("next")));
    QVERIFY(lastPage.body.value(QStringLiteral("matches")).toArray().first() !=
            firstPage.body.value(QStringLiteral("matches")).toArray().first());
    const QJsonArray byPdq = service.lookupPdq(pdq, 0).body.value(QStringLiteral("matches")).toArray();
    QCOMPARE(byPdq.size(), 1);
    QCOMPARE(byPdq.first().toObject().value(QStringLiteral("iscc_id")).toString(), *id);
    // A declaration after the index was read is found at once by this process.
    const iscc::AssetIscc later = sampleIscc(4);
    QCOMPARE(service.declare(json(signedNote(*creator, 9, later)), false).status, 201);
    QCOMPARE(service.lookup(later.contentUnit, 0).body.value(QStringLiteral("matches")).toArray().size(), 1);
    QCOMPARE(service.readiness().status, 200);
    // The per-key rate limit (5 a minute here, refused ones included).
    QCOMPARE(service.declare(json(signedNote(*creator, 9, sampleIscc(5))), false).status, 429);
    checkLog(*hubStore, 3);

    // A restarted hub reads its index back from the log, in pages.
    hub::HubService restarted(*hubStore, *hubKey, hub::HubService::Options{9, QString(), 5, 100});
    RAKKAN_VERIFY_OK(restarted.loadIndex());
    QCOMPARE(restarted.indexedUpTo(), qint64(3));
    QCOMPARE(restarted.lookupPdq(pdq, 0).body.value(QStringLiteral("matches")).toArray().size(), 1);
}

void TestHubPostgres::concurrentDeclarationsShareCommits_data()
{
    hubRules_data();
}

void TestHubPostgres::concurrentDeclarationsShareCommits()
{
    QFETCH(QString, kind);
    auto hubStore = store(kind, QStringLiteral("group_") + kind);
    QVERIFY(hubStore);
    auto hubKey = crypto::Ed25519::fromSeed(*hubStore->hubSeed());
    hub::HubService service(*hubStore, *hubKey, hub::HubService::Options{9, QString(), 100000, 100});
    // Eight studios at once, 40 notes each; three of them send one of their notes twice (a
    // replay: the earlier declaration is named, 409).
    constexpr int kThreads = 8, kEach = 40;
    std::vector<QList<QByteArray>> bodies(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        auto creator = crypto::Ed25519::generate();
        for (int i = 0; i < kEach; ++i)
            bodies[size_t(t)] << json(signedNote(*creator, 9, sampleIscc(1000 + t * kEach + i)));
        if (t < 3)
            bodies[size_t(t)] << bodies[size_t(t)].first();
    }
    std::atomic<int> created{0}, replays{0}, other{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            for (const QByteArray &body : bodies[size_t(t)]) {
                const int status = service.declare(body, false).status;
                (status == 201 ? created : status == 409 ? replays : other)++;
            }
        });
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(created.load(), kThreads * kEach);
    QCOMPARE(replays.load(), 3);
    QCOMPARE(other.load(), 0);
    checkLog(*hubStore, kThreads * kEach);
    // Fewer transactions than declarations: the threads' notes went in together.
    qInfo("%s: %d declarations in %lld batches", qPrintable(kind), kThreads * kEach + 3,
          static_cast<long long>(service.batchesWritten()));
    QVERIFY(service.batchesWritten() <= kThreads * kEach + 3);
}

void TestHubPostgres::logIsAppendOnlyInTheDatabase()
{
    const QString address = freshDatabase(QStringLiteral("appendonly"));
    auto hubStore = hub::PostgresHubStore::open(address);
    RAKKAN_VERIFY_OK(hubStore);
    auto hubKey = crypto::Ed25519::fromSeed(*(*hubStore)->hubSeed());
    hub::HubService service(**hubStore, *hubKey, hub::HubService::Options{9, QString(), 100, 100});
    auto creator = crypto::Ed25519::generate();
    QCOMPARE(service.declare(json(signedNote(*creator, 9, sampleIscc(8))), false).status, 201);
    auto admin = pg::Connection::open(address);
    RAKKAN_VERIFY_OK(admin);
    for (const char *rewrite :
         {"DELETE FROM declarations", "UPDATE declarations SET pubkey = 'someone else'", "TRUNCATE declarations"}) {
        auto refused = (*admin)->exec(QString::fromLatin1(rewrite));
        QVERIFY2(!refused.ok(), rewrite);
        QVERIFY(refused.error().message.contains(QLatin1String("append-only")));
    }
    // A second store on the same database (another process) sees the same key and the same log.
    auto second = hub::PostgresHubStore::open(address);
    RAKKAN_VERIFY_OK(second);
    QCOMPARE(*(*second)->hubSeed(), *(*hubStore)->hubSeed());
    QCOMPARE(*(*second)->count(), qint64(1));
    // Another hub's key is refused.
    QVERIFY(!(*second)->adoptHubSeed(QByteArray(32, 'x')).ok());

    // A hub whose role may only read and insert (docs/HUB.md) starts, declares, and cannot rewrite even with the
    // triggers gone.
    RAKKAN_VERIFY_OK((*admin)->script(QStringLiteral(
        "CREATE ROLE hub_restricted LOGIN; GRANT SELECT, INSERT ON declarations, hub_key TO hub_restricted;")));
    const QString restricted = m_postgres.uri(QStringLiteral("appendonly"), QStringLiteral("hub_restricted"));
    auto limited = hub::PostgresHubStore::open(restricted);
    RAKKAN_VERIFY_OK(limited);
    hub::HubService limitedService(**limited, *hubKey, hub::HubService::Options{9, QString(), 100, 100});
    QCOMPARE(limitedService.declare(json(signedNote(*creator, 9, sampleIscc(9))), false).status, 201);
    auto asHub = pg::Connection::open(restricted);
    RAKKAN_VERIFY_OK(asHub);
    RAKKAN_VERIFY_OK((*admin)->script(QStringLiteral("ALTER TABLE declarations DISABLE TRIGGER USER")));
    QVERIFY(!(*asHub)->exec(QStringLiteral("DELETE FROM declarations")).ok());
    QCOMPARE((*asHub)->lastState(), QStringLiteral("42501")); // insufficient privilege
    RAKKAN_VERIFY_OK((*admin)->script(QStringLiteral("ALTER TABLE declarations ENABLE TRIGGER USER")));
    QCOMPARE(*(*limited)->count(), qint64(2));
}

void TestHubPostgres::twoProcessesServeOneDatabase()
{
    const QString address = freshDatabase(QStringLiteral("twoprocesses"));
    QVERIFY(!address.isEmpty());
    const QString cert = m_pki->path(QStringLiteral("hub.pem")), key = m_pki->path(QStringLiteral("hub.key"));
    test::RunningHub a, b;
    b.keepLog();
    QVERIFY2(a.start(address, 21, cert, key), qPrintable(a.error()));
    QVERIFY2(b.start(address, 21, cert, key), qPrintable(b.error()));
    // One hub behind two processes: the same key, made once in the database.
    QCOMPARE(a.publicKey(), b.publicKey());
    const QByteArray pinned = *crypto::Ed25519::publicKeyFromMultibase(a.publicKey());
    const QString ca = m_pki->path(QStringLiteral("ca.pem"));
    registry::HubClient throughA(registry::HubEndpoint{a.url(), 21, pinned, ca, 10000});
    registry::HubClient throughB(registry::HubEndpoint{b.url(), 21, pinned, ca, 10000});

    // Declared through A, found through B within the catch-up bound (100 ms; a second allowed here).
    auto creator = crypto::Ed25519::generate();
    QRandomGenerator rng(9);
    const QString pdq = randomPdq(rng);
    const QJsonObject note = signedNote(*creator, 21, sampleIscc(30), QDateTime::currentDateTimeUtc(), {pdq});
    QVERIFY(throughB.lookupPdq(pdq, 0)->isEmpty()); // B's index is loaded and empty
    const registry::HubReply declared = throughA.declare(note);
    QCOMPARE(int(declared.kind), int(registry::HubReply::Kind::Declared));
    QList<registry::HubMatch> found;
    QElapsedTimer waited;
    waited.start();
    while (found.isEmpty() && waited.elapsed() < 1000) {
        auto r = throughB.lookupPdq(pdq, 0);
        RAKKAN_VERIFY_OK(r);
        found = *r;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().isccId, declared.isccId);
    // The receipt, again from B, verifies with the one key; the same note again through B is a duplicate.
    QCOMPARE(int(throughB.receipt(declared.isccId, note).kind), int(registry::HubReply::Kind::Declared));
    QCOMPARE(int(throughB.declare(note).kind), int(registry::HubReply::Kind::Duplicate));

    // Both at once, from several threads each: one gapless log, strictly increasing ISCC-IDs, no nonce twice.
    constexpr int kThreads = 4, kEach = 15;
    std::atomic<int> declaredCount{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            auto key2 = crypto::Ed25519::generate();
            registry::HubClient client(registry::HubEndpoint{t % 2 ? a.url() : b.url(), 21, pinned, ca, 20000});
            for (int i = 0; i < kEach; ++i)
                if (client.declare(signedNote(*key2, 21, sampleIscc(2000 + t * kEach + i))).kind ==
                    registry::HubReply::Kind::Declared)
                    ++declaredCount;
        });
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(declaredCount.load(), kThreads * kEach);
    auto reader = hub::PostgresHubStore::open(address);
    RAKKAN_VERIFY_OK(reader);
    checkLog(**reader, 1 + kThreads * kEach);

    // Health: alive, and ready once the database answers and the index is in.
    for (const test::RunningHub *h : {&a, &b}) {
        auto info = registry::HubClient(registry::HubEndpoint{h->url(), 21, pinned, ca, 5000}).info();
        RAKKAN_VERIFY_OK(info);
    }
    QProcess curl;
    for (const QString &path : {QStringLiteral("/healthz"), QStringLiteral("/readyz")}) {
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("--cacert"), ca, QStringLiteral("-o"),
                    QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"), b.url() + path});
        QVERIFY(curl.waitForFinished(10000));
        QCOMPARE(curl.readAllStandardOutput(), QByteArray("200"));
    }
    // The request log: a JSON object a line, paths without their query (a lookup's hash is someone's picture).
    QTest::qWait(100);
    const QByteArray log = b.takeLog();
    int lookups = 0;
    for (const QByteArray &line : log.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        QVERIFY2(!entry.isEmpty(), line.constData());
        QVERIFY(entry.contains(QStringLiteral("status")) && entry.contains(QStringLiteral("time")));
        lookups += entry.value(QStringLiteral("path")).toString() == QLatin1String("/lookup");
    }
    QVERIFY(lookups >= 2);
    QVERIFY(!log.contains(pdq.toLatin1()));
    QVERIFY(!log.contains("pdq="));
}

void TestHubPostgres::killNineMidBatchLosesAndDuplicatesNothing()
{
    const QString address = freshDatabase(QStringLiteral("killnine"));
    QVERIFY(!address.isEmpty());
    const QString cert = m_pki->path(QStringLiteral("hub.pem")), key = m_pki->path(QStringLiteral("hub.key"));
    const QString ca = m_pki->path(QStringLiteral("ca.pem"));
    auto survivor = std::make_unique<test::RunningHub>();
    QVERIFY2(survivor->start(address, 22, cert, key), qPrintable(survivor->error()));
    const QByteArray pinned = *crypto::Ed25519::publicKeyFromMultibase(survivor->publicKey());

    // The notes studios will send, each kept until a receipt (or a duplicate/replay answer) says it is in.
    constexpr int kThreads = 4, kEach = 60;
    std::vector<QList<QJsonObject>> notes(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        auto creator = crypto::Ed25519::generate();
        for (int i = 0; i < kEach; ++i)
            notes[size_t(t)] << signedNote(*creator, 22, sampleIscc(3000 + t * kEach + i));
    }
    const int kills = 3;
    std::vector<QSet<int>> settled(kThreads); // each thread writes its own; read after the threads are joined
    std::atomic<int> settledCount{0};
    for (int round = 0; round < kills; ++round) {
        auto victim = std::make_unique<test::RunningHub>();
        QVERIFY2(victim->start(address, 22, cert, key), qPrintable(victim->error()));
        std::atomic<bool> stop{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                registry::HubClient client(registry::HubEndpoint{victim->url(), 22, pinned, ca, 5000});
                for (int i = 0; i < kEach && !stop; ++i) {
                    if (settled[size_t(t)].contains(i))
                        continue;
                    const auto reply = client.declare(notes[size_t(t)].at(i));
                    if (reply.kind == registry::HubReply::Kind::Declared ||
                        reply.kind == registry::HubReply::Kind::Duplicate) {
                        settled[size_t(t)].insert(i);
                        ++settledCount;
                    }
                }
            });
        // Mid-batch: while four threads are sending, once a share of the notes that grows with each round is in.
        const int target = (round + 1) * kThreads * kEach / (kills + 1);
        QElapsedTimer waited;
        waited.start();
        while (settledCount < target && waited.elapsed() < 60000)
            QThread::usleep(200);
        victim->killNow();
        stop = true;
        for (auto &thread : threads)
            thread.join();
    }
    // Whatever was not answered is sent again to the process that lived: a note the dead process stored
    // comes back as already declared (its nonce), never as a second declaration.
    registry::HubClient client(registry::HubEndpoint{survivor->url(), 22, pinned, ca, 10000});
    int again = 0, storedByTheDead = 0;
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kEach; ++i)
            if (!settled[size_t(t)].contains(i)) {
                const auto reply = client.declare(notes[size_t(t)].at(i));
                QVERIFY2(reply.kind == registry::HubReply::Kind::Declared ||
                             reply.kind == registry::HubReply::Kind::Duplicate,
                         qPrintable(reply.message));
                ++again;
                storedByTheDead += reply.kind == registry::HubReply::Kind::Duplicate;
            }
    qInfo("%d notes sent again after %d kills; %d of them had been stored by a killed process", again, kills,
          storedByTheDead);
    QVERIFY(again > 0);
    auto reader = hub::PostgresHubStore::open(address);
    RAKKAN_VERIFY_OK(reader);
    checkLog(**reader, kThreads * kEach);
    QSet<QString> datahashes;
    auto log = (*reader)->page(0, 1000);
    RAKKAN_VERIFY_OK(log);
    for (const hub::Declaration &d : *log)
        datahashes.insert(d.datahash);
    QCOMPARE(datahashes.size(), kThreads * kEach);
}

void TestHubPostgres::migrateKeepsIdsAndReceipts()
{
    // A SQLite hub with some history, including a forced second declaration of one content.
    const QString file = m_dir.filePath(QStringLiteral("moving.db"));
    QList<QJsonObject> receipts;
    QByteArray hubPublic;
    {
        auto source = hub::SqliteHubStore::open(file);
        RAKKAN_VERIFY_OK(source);
        auto hubKey = crypto::Ed25519::fromSeed(*(*source)->hubSeed());
        hubPublic = hubKey->publicKey();
        hub::HubService service(**source, *hubKey, hub::HubService::Options{23, QString(), 1000, 100});
        auto creator = crypto::Ed25519::generate();
        for (int i = 0; i < 12; ++i) {
            const hub::HubResponse r =
                service.declare(json(signedNote(*creator, 23, sampleIscc(4000 + i % 10))), i >= 10);
            QCOMPARE(r.status, 201);
            receipts << r.body;
        }
    }
    const QString address = freshDatabase(QStringLiteral("moved"));
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(RAKKAN_HUB_PATH), args);
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
    };
    auto moved = run({QStringLiteral("migrate"), file, address});
    QVERIFY2(moved.first == 0, qPrintable(moved.second));
    QVERIFY(moved.second.contains(QLatin1String("12 declarations copied")));
    // Run again: nothing to copy, nothing doubled.
    auto again = run({QStringLiteral("migrate"), file, address});
    QVERIFY2(again.first == 0, qPrintable(again.second));
    QVERIFY(again.second.contains(QLatin1String("0 declarations copied, 12")));

    auto target = hub::PostgresHubStore::open(address);
    RAKKAN_VERIFY_OK(target);
    checkLog(**target, 12);
    QCOMPARE(crypto::Ed25519::fromSeed(*(*target)->hubSeed())->publicKey(), hubPublic);
    for (const QJsonObject &receipt : receipts) {
        auto d = (*target)->byIsccId(isccIdOf(receipt));
        RAKKAN_VERIFY_OK(d);
        QVERIFY(d->has_value());
        QCOMPARE((*d)->receipt, receipt);
    }
    // The moved hub serves the same receipts under the key its members pinned.
    test::RunningHub served;
    QVERIFY2(served.start(address, 23, m_pki->path(QStringLiteral("hub.pem")), m_pki->path(QStringLiteral("hub.key"))),
             qPrintable(served.error()));
    registry::HubClient client(
        registry::HubEndpoint{served.url(), 23, hubPublic, m_pki->path(QStringLiteral("ca.pem")), 10000});
    QCOMPARE(int(client.receipt(isccIdOf(receipts.last())).kind), int(registry::HubReply::Kind::Declared));

    // Into a database that is another hub's: refused, and that hub is left as it was.
    const QString other = freshDatabase(QStringLiteral("otherhub"));
    {
        auto otherStore = hub::PostgresHubStore::open(other);
        RAKKAN_VERIFY_OK(otherStore);
        RAKKAN_VERIFY_OK((*otherStore)->hubSeed());
    }
    auto refused = run({QStringLiteral("migrate"), file, other});
    QCOMPARE(refused.first, 1);
    QVERIFY(refused.second.contains(QLatin1String("another hub's key")));
}

void TestHubPostgres::unreachableDatabaseIsSaidClearly()
{
    QProcess hubProcess;
    QElapsedTimer timer;
    timer.start();
    hubProcess.start(QStringLiteral(RAKKAN_HUB_PATH),
                     {QStringLiteral("--db"),
                      QStringLiteral("postgresql:///hub?host=") + m_dir.filePath(QStringLiteral("nowhere")),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(hubProcess.waitForFinished(30000));
    QCOMPARE(hubProcess.exitCode(), 1);
    QVERIFY(
        QString::fromUtf8(hubProcess.readAllStandardError()).contains(QLatin1String("Cannot connect to PostgreSQL")));
    QVERIFY(timer.elapsed() < 30000);
}

void TestHubPostgres::survivesADatabaseRestart()
{
    const QString address = freshDatabase(QStringLiteral("restarted"));
    auto hubStore = hub::PostgresHubStore::open(address);
    RAKKAN_VERIFY_OK(hubStore);
    auto hubKey = crypto::Ed25519::fromSeed(*(*hubStore)->hubSeed());
    hub::HubService service(**hubStore, *hubKey, hub::HubService::Options{9, QString(), 100, 0});
    auto creator = crypto::Ed25519::generate();
    QCOMPARE(service.declare(json(signedNote(*creator, 9, sampleIscc(60))), false).status, 201);
    // Every pooled connection is cut by the restart; the next requests are answered on new ones.
    QVERIFY2(m_postgres.restart(), qPrintable(m_postgres.error()));
    QCOMPARE(service.declare(json(signedNote(*creator, 9, sampleIscc(61))), false).status, 201);
    QCOMPARE(service.lookup(sampleIscc(61).contentUnit, 0).status, 200);
    QCOMPARE(service.log(0, 10).body.value(QStringLiteral("declarations")).toArray().size(), 2);
    QCOMPARE(service.readiness().status, 200);
    // While the database is away the hub says so at once, and is itself again when it is back.
    m_postgres.stop();
    QElapsedTimer away;
    away.start();
    QCOMPARE(service.readiness().status, 503);
    const hub::HubResponse refused = service.declare(json(signedNote(*creator, 9, sampleIscc(62))), false);
    QCOMPARE(refused.status, 500);
    QVERIFY(refused.body.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("PostgreSQL")));
    QVERIFY(away.elapsed() < 10000);
    QVERIFY2(m_postgres.restart(), qPrintable(m_postgres.error()));
    QCOMPARE(service.declare(json(signedNote(*creator, 9, sampleIscc(62))), false).status, 201);
    QCOMPARE(service.readiness().status, 200);
}

QTEST_GUILESS_MAIN(TestHubPostgres)
#include "tst_hub_postgres.moc"
