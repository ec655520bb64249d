#include "HubScaleBench.h"

#include "BenchOutput.h"
#include "common/TestPki.h"
#include "common/TestPostgres.h"
#include "crypto/Ed25519.h"
#include "discovery/IsccNote.h"
#include "hub/HubService.h"
#include "hub/PostgresHubStore.h"
#include "imaging/ImageDecoder.h"
#include "iscc/IsccSignature.h"
#include "registry/HubClient.h"
#include "registry/HubFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <atomic>
#include <numeric>
#include <thread>

namespace rakkan::bench {

namespace {

// Resident memory of this process, from /proc (Linux; the benchmark runs there).
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}

// A signed note for a distinct small picture (its real ISCC-CODE) and 4 PDQ-like hashes.
QJsonObject makeNote(const crypto::Ed25519 &key, int hubId, int i)
{
    QRandomGenerator rng(quint32(i) * 2654435761u + 1);
    QByteArray bytes(2048, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    QImage picture(32, 24, QImage::Format_RGB32);
    for (int y = 0; y < picture.height(); ++y)
        for (int x = 0; x < picture.width(); ++x)
            picture.setPixel(x, y, rng.generate());
    imaging::DecodedImage decoded;
    decoded.image = picture;
    auto code = iscc::AssetIsccs::compute(bytes, decoded, QString(), QString());
    discovery::NoteContent content = discovery::NoteContent::fromAsset(*code, QString());
    for (int k = 0; k < 4; ++k) {
        QByteArray h(32, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(h.data()), 8);
        content.pdq << QString::fromLatin1(h.toHex());
    }
    return *iscc::IsccSignature::sign(discovery::IsccNotes::build(content, hubId, QDateTime::currentDateTimeUtc()),
                                      key);
}

} // namespace

int hubDeclare(const QList<int> &notes, const QList<int> &processes)
{
    QTemporaryDir dir;
    test::TestPostgres postgres;
    if (!postgres.start({QStringLiteral("max_connections=200")})) {
        say(QStringLiteral("hub-declare: ") + postgres.error());
        return 1;
    }
    test::TestPki pki(dir.path());
    if (!pki.makeCa(QStringLiteral("ca")) ||
        !pki.makeServer(QStringLiteral("hub"), QStringLiteral("ca"), QStringLiteral("IP:127.0.0.1"), 1)) {
        say(QStringLiteral("hub-declare: openssl is needed to make the test certificates"));
        return 1;
    }
    constexpr int kHubId = 31, kClients = 16;
    int run = 0;
    for (int n : notes) {
        for (int p : processes) {
            const QString database = QStringLiteral("declare%1").arg(++run);
            postgres.createDatabase(database);
            std::vector<std::unique_ptr<test::RunningHub>> hubs;
            for (int i = 0; i < p; ++i) {
                hubs.push_back(std::make_unique<test::RunningHub>());
                if (!hubs.back()->start(postgres.uri(database), kHubId, pki.path(QStringLiteral("hub.pem")),
                                        pki.path(QStringLiteral("hub.key")),
                                        {QStringLiteral("--rate"), QStringLiteral("100000000")})) {
                    say(QStringLiteral("hub-declare: ") + hubs.back()->error());
                    return 1;
                }
            }
            const QByteArray pinned = *crypto::Ed25519::publicKeyFromMultibase(hubs.front()->publicKey());
            // Notes are made (and signed) before the clock starts: the hub's work is what is measured.
            QElapsedTimer prep;
            prep.start();
            std::vector<crypto::Ed25519> keys;
            for (int c = 0; c < kClients; ++c)
                keys.push_back(*crypto::Ed25519::generate());
            QList<int> indexes(n);
            std::iota(indexes.begin(), indexes.end(), run * 10'000'000);
            const QList<QJsonObject> made = QtConcurrent::blockingMapped(
                indexes, [&](int i) { return makeNote(keys[size_t(i % kClients)], kHubId, i); });
            const double prepS = prep.nsecsElapsed() / 1e9;

            std::atomic<int> next{0}, declared{0}, failed{0};
            QElapsedTimer t;
            t.start();
            std::vector<std::thread> clients;
            for (int c = 0; c < kClients; ++c)
                clients.emplace_back([&, c] {
                    registry::HubClient client(registry::HubEndpoint{hubs[size_t(c) % hubs.size()]->url(), kHubId,
                                                                     pinned, pki.path(QStringLiteral("ca.pem")),
                                                                     60000});
                    for (int i = next++; i < n; i = next++)
                        (client.declare(made.at(i)).kind == registry::HubReply::Kind::Declared ? declared : failed)++;
                });
            for (auto &c : clients)
                c.join();
            const double seconds = t.nsecsElapsed() / 1e9;
            say(QStringLiteral("hub-declare: %1 notes through %2 hub process(es), %3 TLS clients: %4 declarations/s "
                               "(%5 s; %6 refused or failed; notes made in %7 s)")
                    .arg(n)
                    .arg(p)
                    .arg(kClients)
                    .arg(double(declared) / seconds, 0, 'f', 0)
                    .arg(seconds, 0, 'f', 1)
                    .arg(failed.load())
                    .arg(prepS, 0, 'f', 1));
        }
    }
    return 0;
}

int hubLookup(const QList<qint64> &sizes)
{
    test::TestPostgres postgres;
    if (!postgres.start({QStringLiteral("max_connections=50")})) {
        say(QStringLiteral("hub-lookup: ") + postgres.error());
        return 1;
    }
    for (qint64 n : sizes) {
        const QString database = QStringLiteral("lookup%1").arg(n);
        postgres.createDatabase(database);
        auto store = hub::PostgresHubStore::open(postgres.conninfo(database));
        if (!store.ok()) {
            say(store.error().message);
            return 1;
        }
        // The log, made by PostgreSQL itself (a hub of millions is not declared one TLS request at a time here).
        // 30 % of declarations are near-duplicates of 1 % of them (cluster centres, 4-24 bits away per hash: the
        // same picture re-encoded or resized by other declarers), the rest uniform. Four hashes a note.
        QElapsedTimer gen;
        gen.start();
        auto conn = pg::Connection::open(postgres.conninfo(database));
        const QString hex64 = QStringLiteral("md5(random()::text) || md5(random()::text)");
        const QString sql =
            QStringLiteral(
                "CREATE FUNCTION pdq_near(h text, bits int) RETURNS text LANGUAGE plpgsql AS $f$ "
                "DECLARE b bytea := decode(h, 'hex'); k int; BEGIN "
                "FOR i IN 1..bits LOOP k := floor(random() * 256)::int; "
                "b := set_bit(b, k, 1 - get_bit(b, k)); END LOOP; RETURN encode(b, 'hex'); END $f$; "
                "CREATE TEMP TABLE centres AS SELECT g AS c, %1 AS h0, %1 AS h1, %1 AS h2, %1 AS h3 "
                "FROM generate_series(0, %2) g; "
                "INSERT INTO declarations SELECT g, 'ISCC:BENCH' || g, 1700000000000000 + g, 'ISCC:BENCH', "
                "'1e20' || md5(g::text) || md5((g + 1)::text), md5(g::text), 'z6MkBench', "
                "CASE WHEN centres.c IS NOT NULL THEN json_build_object('pdq', json_build_array("
                "pdq_near(h0, 4 + g % 21), pdq_near(h1, 4 + g % 21), pdq_near(h2, 4 + g % 21), "
                "pdq_near(h3, 4 + g % 21))) "
                "ELSE json_build_object('pdq', json_build_array(%1, %1, %1, %1)) END, '{}' "
                "FROM generate_series(0, %3) g LEFT JOIN centres ON g % 10 < 3 AND centres.c = g % (%2 + 1); "
                "ANALYZE declarations;")
                .arg(hex64)
                .arg(std::max<qint64>(1, n / 100) - 1)
                .arg(n - 1);
        if (!conn.ok() || !(*conn)->script(sql).ok()) {
            say(QStringLiteral("hub-lookup: could not generate the log"));
            return 1;
        }
        const double genS = gen.nsecsElapsed() / 1e9;

        auto key = crypto::Ed25519::fromSeed(*(*store)->hubSeed());
        const qint64 before = residentBytes();
        hub::HubService service(**store, *key, hub::HubService::Options{31, QString(), 600, 100});
        QElapsedTimer load;
        load.start();
        if (auto loaded = service.loadIndex(); !loaded.ok()) {
            say(loaded.error().message);
            return 1;
        }
        const double loadS = load.nsecsElapsed() / 1e9;
        const qint64 memory = residentBytes() - before;

        // Queries: half near a stored hash (a copy found online), half unrelated (the usual "not declared").
        auto sample =
            (*conn)->exec(QStringLiteral("SELECT note->'pdq'->>0 FROM declarations TABLESAMPLE SYSTEM (1) LIMIT 200"));
        QList<QString> queries;
        QRandomGenerator rng(77);
        for (int i = 0; sample.ok() && i < sample->count(); ++i) {
            QByteArray h = QByteArray::fromHex(sample->text(i, 0).toLatin1());
            for (int b = 0; b < 12; ++b) {
                const int k = int(rng.bounded(256));
                h[k / 8] = char(h.at(k / 8) ^ (1 << (k % 8)));
            }
            queries << QString::fromLatin1(h.toHex());
            QByteArray r(32, Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32 *>(r.data()), 8);
            queries << QString::fromLatin1(r.toHex());
        }
        QList<double> times, nearTimes;
        int found = 0;
        for (int q = 0; q < queries.size(); ++q) {
            QElapsedTimer t;
            t.start();
            const hub::HubResponse r = service.lookupPdq(queries.at(q), 31);
            const double ms = t.nsecsElapsed() / 1e6;
            times << ms;
            if (q % 2 == 0) {
                nearTimes << ms;
                found += r.body.value(QStringLiteral("matches")).toArray().isEmpty() ? 0 : 1;
            }
        }
        say(QStringLiteral("hub-lookup: %1 declarations (%2 PDQ hashes; generated in %3 s): index read from "
                           "PostgreSQL in %4 s, %5 bytes/declaration resident; radius 31: median %6 ms, p95 %7 ms "
                           "(copies: median %8 ms, %9 of %10 found)")
                .arg(n)
                .arg(service.pdqHashCount())
                .arg(genS, 0, 'f', 0)
                .arg(loadS, 0, 'f', 1)
                .arg(double(memory) / double(n), 0, 'f', 0)
                .arg(percentile(times, 0.5), 0, 'f', 2)
                .arg(percentile(times, 0.95), 0, 'f', 2)
                .arg(percentile(nearTimes, 0.5), 0, 'f', 2)
                .arg(found)
                .arg(nearTimes.size()));
        (void)(*conn)->exec(QStringLiteral("SELECT 1"));
    }
    return 0;
}

} // namespace rakkan::bench
