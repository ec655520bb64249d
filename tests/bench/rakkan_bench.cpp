// Benchmarks behind docs/PERFORMANCE.md.
//
//   rakkan-bench import [--files N] [--size WxH] [--threads T]   import throughput on generated JPEG/PNG files
//   rakkan-bench open [--works N]                                 open an N-work catalogue to a filled first page
//   rakkan-bench hash [--files N] [--size WxH]                    PDQ per core against decoding alone
//   rakkan-bench index [--sizes 100000,1000000,10000000]          query latency of the match index vs a scan
//   rakkan-bench fastexact DIR...                                 Hamming distance of the fast path to the exact
//   rakkan-bench jpeghash DIR... [--files N]                      PDQ of large JPEGs: exact, reduced, first scans
//   rakkan-bench match [--works N] [--queries Q] [--keep DIR]    "is this mine?" at N works: latency, recall
//   rakkan-bench eval-set OUT [--works N] [--unrelated N]        real artwork from Debian packages, per kind
//   rakkan-bench eval OUT                                         recall per copy and false matches, vs plain PDQ
//   rakkan-bench transform IN KEY OUT                             one copy of eval's, to look at
//   rakkan-bench iscc [--files N] [--size WxH]                    ISCC-CODE per image, with PDQ from the same decode
//   rakkan-bench declare [--works N]                              N works declared to a local hub over TLS
//   rakkan-bench hub-declare [--notes N,..] [--processes P,..]    declarations/s, P hubs on one PostgreSQL
//   rakkan-bench hub-lookup [--sizes N,..]                        PDQ lookups over N declarations in PostgreSQL
//   rakkan-bench psdlayers FILE...                                a PSD drawn from its layers vs its stored composite
//
// Each run makes its own data in a temporary folder, prints what it measured and removes the data again (match
// --keep keeps its catalogue for the next run).

#include "BenchArtwork.h"
#include "BenchOutput.h"
#include "CredentialsBench.h"
#include "EnforcementBench.h"
#include "EvaluationBench.h"
#include "HubScaleBench.h"
#include "JpegHashBench.h"
#include "MatchBench.h"
#include "catalog/Catalog.h"
#include "cataloguing/FilePreparer.h"
#include "cataloguing/Importer.h"
#include "cataloguing/WorkEditor.h"
#include "crypto/Sha256.h"
#include "fingerprint/Fingerprinter.h"
#include "fingerprint/MatchIndex.h"
#include "fingerprint/Pdq.h"
#include "hub/HubServer.h"
#include "hub/SqliteHubStore.h"
#include "identity/FileVault.h"
#include "identity/IdentityManager.h"
#include "imaging/FileScanner.h"
#include "imaging/ImageDecoder.h"
#include "imaging/PsdReader.h"
#include "imaging/Thumbnail.h"
#include "iscc/DataCode.h"
#include "iscc/ImageCode.h"
#include "iscc/InstanceCode.h"
#include "iscc/IsccCode.h"
#include "iscc/MetaCode.h"
#include "licensing/Ledger.h"
#include "licensing/OfferComparison.h"
#include "licensing/OfferHistory.h"
#include "licensing/OfferStore.h"
#include "licensing/OfferSummary.h"
#include "licensing/PaymentsReceived.h"
#include "licensing/RedFlags.h"
#include "matching/FingerprintInput.h"
#include "matching/Transforms.h"
#include "registry/Outbox.h"
#include "registry/Registries.h"
#include "reservations/RobotsTxt.h"
#include "reservations/SiteChecker.h"
#include "reservations/SiteKit.h"
#include "reservations/XmpRights.h"
#include "sqlite/Sqlite.h"

#ifdef RAKKAN_BENCH_GUI
#include "ui/catalogue/ThumbnailLoader.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#else
#include <QCoreApplication>
#endif

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <numeric>
#include <thread>

using namespace rakkan;
using bench::makeArtwork;
using bench::say;

namespace {

int benchImport(int files, QSize size, int threads)
{
    QTemporaryDir dir;
    const QString images = dir.filePath(QStringLiteral("images"));
    QDir().mkpath(images);
    say(QStringLiteral("generating %1 images of %2x%3 (90% JPEG q90, 10% PNG)...")
            .arg(files)
            .arg(size.width())
            .arg(size.height()));
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        const QImage image = makeArtwork(size, quint32(i + 1));
        const bool png = i % 10 == 9;
        const QString path = images + QStringLiteral("/img%1.%2")
                                          .arg(i, 5, 10, QLatin1Char('0'))
                                          .arg(png ? QStringLiteral("png") : QStringLiteral("jpg"));
        image.save(path, png ? "PNG" : "JPEG", png ? -1 : 90);
        bytes += QFileInfo(path).size();
    }

    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("bench.rakkan")));
    if (!catalog.ok()) {
        say(catalog.error().message);
        return 1;
    }
    cataloguing::ImportOptions options;
    options.threads = threads;
    cataloguing::Importer importer(**catalog, options);
    QElapsedTimer timer;
    timer.start();
    const auto report = importer.run({images});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const int added = report.count(cataloguing::ImportItem::Outcome::Added);
    say(QStringLiteral("import: %1 files (%2 MB) in %3 s with %4 thread(s): %5 files/s, %6 MB/s; added %7, failed %8")
            .arg(files)
            .arg(double(bytes) / 1e6, 0, 'f', 1)
            .arg(seconds, 0, 'f', 2)
            .arg(threads > 0 ? threads : QThread::idealThreadCount())
            .arg(files / seconds, 0, 'f', 1)
            .arg(double(bytes) / 1e6 / seconds, 0, 'f', 1)
            .arg(added)
            .arg(report.count(cataloguing::ImportItem::Outcome::Failed)));
    return added == files ? 0 : 1;
}

// Writes N works with one asset and one small thumbnail each, as fast as SQLite allows (one transaction).
bool generateCatalogue(const QString &path, int works)
{
    auto catalog = catalog::Catalog::open(path);
    if (!catalog.ok()) {
        say(catalog.error().message);
        return false;
    }
    QList<QByteArray> thumbnails;
    for (int i = 0; i < 64; ++i)
        thumbnails << imaging::makeThumbnailJpeg(makeArtwork(QSize(240, 320), quint32(i + 7)));
    sql::Transaction tx((*catalog)->database());
    if (!tx.begin().ok())
        return false;
    for (int i = 0; i < works; ++i) {
        auto id = (*catalog)->works().create(QStringLiteral("作品 %1 Work").arg(i), catalog::WorkKind::Illustration);
        if (!id.ok())
            return false;
        catalog::NewAsset asset;
        asset.sha256 = QByteArray::number(i).leftJustified(32, '#');
        asset.fileSize = 1'000'000;
        asset.pixelSize = QSize(2480, 3508);
        asset.format = QStringLiteral("jpeg");
        asset.originalPath = QStringLiteral("/art/%1.jpg").arg(i);
        asset.thumbnailJpeg = thumbnails[i % thumbnails.size()];
        if (!cataloguing::WorkEditor(*(*catalog)).addAsset(*id, 1, asset).ok())
            return false;
        if (i % 10 == 0) {
            catalog::WorkEdit edit;
            edit.series = QStringLiteral("シリーズ %1").arg(i % 97);
            edit.addTags = {QStringLiteral("tag%1").arg(i % 13)};
            if (!cataloguing::WorkEditor(*(*catalog)).update(*id, edit).ok())
                return false;
        }
    }
    return tx.commit().ok();
}

int benchOpen(int works)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.rakkan"));
    say(QStringLiteral("generating a catalogue of %1 works...").arg(works));
    QElapsedTimer timer;
    timer.start();
    if (!generateCatalogue(path, works))
        return 1;
    say(QStringLiteral("generated in %1 s, %2 MB")
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(QFileInfo(path).size() / 1e6, 0, 'f', 1));

    timer.restart();
    auto catalog = catalog::Catalog::open(path);
    const qint64 openMs = timer.elapsed();
    auto summaries = (*catalog)->works().summaries();
    say(QStringLiteral("core: open %1 ms, list %2 works %3 ms")
            .arg(openMs)
            .arg(summaries.ok() ? summaries->size() : -1)
            .arg(timer.elapsed() - openMs));
    catalog->reset();

#ifdef RAKKAN_BENCH_GUI
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    auto *loader = window.findChild<ui::ThumbnailLoader *>();
    QSignalSpy loaded(loader, &ui::ThumbnailLoader::loaded);
    QSignalSpy ready(&window, &ui::MainWindow::catalogLoaded);
    timer.restart();
    window.openCatalog(path);
    if (!ready.wait(120000))
        return 1;
    const qint64 listedMs = timer.elapsed();
    QListView *grid = window.gridView();
    // The first page is every cell visible in the viewport.
    const QSize cell = grid->gridSize();
    const int visible =
        (grid->viewport()->width() / cell.width()) * ((grid->viewport()->height() + cell.height() - 1) / cell.height());
    while (loaded.size() < visible && timer.elapsed() < 60000)
        loaded.wait(1000);
    say(QStringLiteral("gui: %1 works listed in %2 ms; first page (%3 thumbnails) filled at %4 ms")
            .arg(works)
            .arg(listedMs)
            .arg(visible)
            .arg(timer.elapsed()));
#endif
    return 0;
}

// Hashing throughput on one core, and what decoding alone costs at the same reduced scale: the difference is
// PDQ's own share (luma, Jarosz filter, DCT, the regions Rakkan adds).
int benchHash(int files, QSize size)
{
    QTemporaryDir dir;
    QList<QByteArray> jpegs;
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        jpegs << [&] {
            QByteArray data;
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            makeArtwork(size, quint32(i + 11)).save(&buffer, "JPEG", 90);
            return data;
        }();
        bytes += jpegs.last().size();
    }
    const imaging::DecodeLimits limits;
    const QSize fit = fingerprint::Fingerprinter::kDecodeSize;
    auto time = [&](auto &&fn) {
        QElapsedTimer t;
        t.start();
        for (const QByteArray &jpeg : std::as_const(jpegs))
            fn(jpeg);
        return double(t.nsecsElapsed()) / 1e9;
    };
    const double decodeOnly =
        time([&](const QByteArray &jpeg) { (void)imaging::ImageDecoder::decode(jpeg, limits, fit); });
    const double pdqOnly = time([&](const QByteArray &jpeg) {
        auto d = imaging::ImageDecoder::decode(jpeg, limits, fit);
        (void)fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(d->image));
    });
    const double allRegions = time([&](const QByteArray &jpeg) {
        auto d = imaging::ImageDecoder::decode(jpeg, limits, fit);
        (void)fingerprint::Fingerprinter::forCatalogue(d->image);
    });
    const double exact = time([&](const QByteArray &jpeg) {
        auto d = imaging::ImageDecoder::decode(jpeg, limits);
        (void)fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(d->image));
    });
    say(QStringLiteral("hash: %1 JPEGs %2x%3 (%4 MB in memory), one thread")
            .arg(files)
            .arg(size.width())
            .arg(size.height())
            .arg(bytes / 1e6, 0, 'f', 1));
    say(QStringLiteral("  decode only (reduced scale):    %1 img/s").arg(files / decodeOnly, 0, 'f', 1));
    say(QStringLiteral("  decode + PDQ (fast path):       %1 img/s  = %2 of decode-only")
            .arg(files / pdqOnly, 0, 'f', 1)
            .arg(decodeOnly / pdqOnly, 0, 'f', 2));
    say(QStringLiteral("  decode + all catalogue regions: %1 img/s  = %2 of decode-only")
            .arg(files / allRegions, 0, 'f', 1)
            .arg(decodeOnly / allRegions, 0, 'f', 2));
    say(QStringLiteral("  full decode + PDQ (exact path): %1 img/s").arg(files / exact, 0, 'f', 1));
    return 0;
}

// The ISCC-CODE of each image on one thread: the whole import identification (one full decode, then PDQ for every
// catalogue region and every ISCC unit), against decoding alone, with each unit timed on its own.
int benchIscc(int files, QSize size)
{
    QList<QByteArray> jpegs;
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        makeArtwork(size, quint32(i + 101)).save(&buffer, "JPEG", 90);
        bytes += data.size();
        jpegs << data;
    }
    const imaging::DecodeLimits limits;
    QList<imaging::DecodedImage> decoded;
    for (const QByteArray &jpeg : std::as_const(jpegs))
        decoded << *imaging::ImageDecoder::decode(jpeg, limits);
    auto seconds = [&](auto &&fn) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < files; ++i)
            fn(i);
        return double(t.nsecsElapsed()) / 1e9;
    };
    const double decodeOnly = seconds([&](int i) { (void)imaging::ImageDecoder::decode(jpegs[i], limits); });
    const double identify = seconds([&](int i) {
        auto d = imaging::ImageDecoder::decode(jpegs[i], limits);
        (void)cataloguing::FilePreparer::identify(jpegs[i], *d);
    });
    const double isccOnly = seconds([&](int i) {
        (void)iscc::AssetIsccs::compute(jpegs[i], decoded[i], QStringLiteral("星の海 第3話"), QString());
    });
    const double imageCode = seconds([&](int i) { (void)iscc::imageCode(decoded[i], 256); });
    const double dataCode = seconds([&](int i) { (void)iscc::dataCode(jpegs[i], 256); });
    const double instanceCode = seconds([&](int i) { (void)iscc::instanceCode(jpegs[i]); });
    const double metaCode =
        seconds([&](int) { (void)iscc::MetaCodes::fromText(QStringLiteral("星の海 第3話"), QString(), 256); });
    const double reduce =
        seconds([&](int i) { (void)fingerprint::Fingerprinter::reducedForHashing(decoded[i].image); });
    const double pdq = seconds([&](int i) {
        (void)fingerprint::Fingerprinter::forCatalogue(fingerprint::Fingerprinter::reducedForHashing(decoded[i].image));
    });

    auto ms = [files](double s) { return s * 1000.0 / files; };
    say(QStringLiteral("iscc: %1 JPEGs %2x%3 (%4 MB), one thread")
            .arg(files)
            .arg(size.width())
            .arg(size.height())
            .arg(bytes / 1e6, 0, 'f', 1));
    say(QStringLiteral("  full decode only:                   %1 ms/img  %2 img/s")
            .arg(ms(decodeOnly), 0, 'f', 2)
            .arg(files / decodeOnly, 0, 'f', 1));
    say(QStringLiteral("  decode + PDQ regions + ISCC-CODE:   %1 ms/img  %2 img/s  = %3 of decode-only")
            .arg(ms(identify), 0, 'f', 2)
            .arg(files / identify, 0, 'f', 1)
            .arg(decodeOnly / identify, 0, 'f', 2));
    say(QStringLiteral("  ISCC-CODE, all units (no decode):   %1 ms/img").arg(ms(isccOnly), 0, 'f', 2));
    say(QStringLiteral("    Image-Code (normalise + DCT):     %1 ms/img").arg(ms(imageCode), 0, 'f', 2));
    say(QStringLiteral("    Data-Code (CDC + xxHash + MinHash): %1 ms/img  %2 MB/s")
            .arg(ms(dataCode), 0, 'f', 2)
            .arg(bytes / 1e6 / dataCode, 0, 'f', 0));
    say(QStringLiteral("    Instance-Code (BLAKE3):           %1 ms/img  %2 MB/s")
            .arg(ms(instanceCode), 0, 'f', 2)
            .arg(bytes / 1e6 / instanceCode, 0, 'f', 0));
    say(QStringLiteral("    Meta-Code (title):                %1 ms").arg(ms(metaCode), 0, 'f', 3));
    say(QStringLiteral("  reduce to PDQ size (area average):  %1 ms/img").arg(ms(reduce), 0, 'f', 2));
    say(QStringLiteral("  reduce + PDQ, every catalogue region: %1 ms/img").arg(ms(pdq), 0, 'f', 2));
    return 0;
}

bool runOpenssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

// 10,000 works declared by the outbox to a rakkan-hub (in this process, its own threads) over TLS: signing,
// HTTPS with kept-alive connections, the hub's checks, receipts, fsync'd writes on both sides.
int benchDeclare(int works)
{
    QTemporaryDir dir;
    const QString d = dir.path() + QLatin1Char('/');
    if (!runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), d + QStringLiteral("ca.key"), QStringLiteral("-out"),
                     d + QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=bench CA")}) ||
        !runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                     d + QStringLiteral("hub.key"), QStringLiteral("-out"), d + QStringLiteral("hub.csr"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")})) {
        say(QStringLiteral("declare: openssl is needed to make the test certificates"));
        return 1;
    }
    {
        QFile ext(d + QStringLiteral("ext"));
        if (ext.open(QIODevice::WriteOnly))
            ext.write("subjectAltName=IP:127.0.0.1\n");
    }
    runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), d + QStringLiteral("hub.csr"),
                QStringLiteral("-CA"), d + QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                d + QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                d + QStringLiteral("hub.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-extfile"),
                d + QStringLiteral("ext")});

    auto store = hub::SqliteHubStore::open(d + QStringLiteral("hub.db"));
    auto hubKey = crypto::Ed25519::fromSeed(*(*store)->hubSeed());
    hub::HubService service(**store, *hubKey, hub::HubService::Options{7, QString(), 1'000'000});
    hub::HubServer server(service, hub::ServerOptions{QStringLiteral("127.0.0.1"), 0, d + QStringLiteral("hub.pem"),
                                                      d + QStringLiteral("hub.key"), 64 * 1024});
    auto port = server.bind();
    if (!port.ok()) {
        say(port.error().message);
        return 1;
    }
    std::thread serving([&server] { server.run(); });

    // The catalogue: works whose files have real ISCC codes (small generated pictures and bytes).
    auto catalog = catalog::Catalog::open(d + QStringLiteral("c.rakkan"));
    QElapsedTimer prep;
    prep.start();
    {
        sql::Transaction tx((*catalog)->database());
        (void)tx.begin();
        QRandomGenerator rng(5);
        for (int i = 0; i < works; ++i) {
            QByteArray bytes(4096, Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            imaging::DecodedImage picture;
            picture.image = makeArtwork(QSize(64, 48), quint32(i));
            auto code = iscc::AssetIsccs::compute(bytes, picture, QString(), QString());
            auto work = (*catalog)->works().create(QStringLiteral("作品 %1").arg(i), catalog::WorkKind::Illustration);
            catalog::NewAsset asset;
            asset.sha256 = crypto::sha256(bytes);
            asset.fileSize = bytes.size();
            asset.pixelSize = QSize(64, 48);
            asset.format = QStringLiteral("png");
            asset.originalPath = QStringLiteral("/bench/%1.png").arg(i);
            asset.iscc = *code;
            for (const auto &f : fingerprint::Fingerprinter::forCatalogue(picture.image))
                asset.fingerprints << catalog::StoredFingerprint{f.region, f.pdq.hash.toBytes(), f.pdq.quality};
            (void)cataloguing::WorkEditor(*(*catalog)).addAsset(*work, 1, asset);
        }
        (void)tx.commit();
    }
    const QString keys = d + QStringLiteral("keys");
    auto vaults = [keys](identity::KeyStorage) -> std::unique_ptr<identity::KeyVault> {
        return std::make_unique<identity::FileVault>(keys, crypto::ScryptCost{12, 8, 1});
    };
    identity::IdentityManager manager(**catalog, vaults);
    if (auto made =
            manager.create(QStringLiteral("Studio"), identity::KeyStorage::File, QStringLiteral("bench passphrase"));
        !made.ok()) {
        say(made.error().message);
        return 1;
    }
    // As `registry add` makes it: the hub's own description, so its extensions (PDQ in each note) count too.
    registry::Registry r = registry::Registries::fromHubInfo(service.info().body, QStringLiteral("bench"),
                                                             QStringLiteral("https://127.0.0.1:%1").arg(*port),
                                                             d + QStringLiteral("ca.pem"), QString());
    r.id = *registry::Registries(**catalog).add(r);
    registry::Outbox outbox(**catalog);
    say(QStringLiteral("declare: %1 works prepared in %2 s").arg(works).arg(prep.elapsed() / 1000.0, 0, 'f', 1));

    QElapsedTimer t;
    t.start();
    auto queued = outbox.enqueue(r, {}, false);
    const double enqueueS = t.nsecsElapsed() / 1e9;
    registry::Outbox::Options options;
    options.vaults = vaults;
    options.passphrase = [](const identity::Identity &) {
        return std::optional<QString>(QStringLiteral("bench passphrase"));
    };
    options.concurrency = 4;
    auto sent = outbox.send(r, options);
    const double totalS = t.nsecsElapsed() / 1e9;

    // "Is this picture declared?": lookups by PDQ over the same TLS connection, half for declared pictures (a few
    // bits off, as a re-encoded copy would be) and half for pictures that are not.
    registry::HubClient asker(registry::HubEndpoint{r.url, r.hubId, {}, r.caFile, 20000});
    QRandomGenerator lookRng(9);
    QList<double> lookupMs;
    int found = 0;
    for (int q = 0; q < 400; ++q) {
        fingerprint::Hash256 query;
        if (q % 2 == 0) {
            const auto prints =
                fingerprint::Fingerprinter::forCatalogue(makeArtwork(QSize(64, 48), quint32(lookRng.bounded(works))));
            QByteArray bytes = prints.first().pdq.hash.toBytes();
            bytes[3] = char(bytes.at(3) ^ 0x11);
            query = *fingerprint::Hash256::fromBytes(bytes);
        } else {
            QByteArray bytes(32, Qt::Uninitialized);
            lookRng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
            query = *fingerprint::Hash256::fromBytes(bytes);
        }
        QElapsedTimer qt;
        qt.start();
        auto matches = asker.lookupPdq(query.toHex(), 31);
        lookupMs << double(qt.nsecsElapsed()) / 1e6;
        if (matches.ok() && !matches->isEmpty())
            ++found;
    }
    std::sort(lookupMs.begin(), lookupMs.end());
    server.stop();
    serving.join();
    if (!sent.ok()) {
        say(sent.error().message);
        return 1;
    }
    say(QStringLiteral("declare: %1 queued in %2 s; %3 declared (%4 failed) in %5 s total over TLS: %6 declarations/s")
            .arg(queued->queued)
            .arg(enqueueS, 0, 'f', 2)
            .arg(sent->declared)
            .arg(sent->failed)
            .arg(totalS, 0, 'f', 1)
            .arg(sent->declared / totalS, 0, 'f', 0));
    say(QStringLiteral("declare: PDQ lookups at a hub of %1 declarations (%2 hashes): median %3 ms, 95th %4 ms; "
                       "%5 of 200 declared pictures found")
            .arg(sent->declared)
            .arg(service.pdqHashCount())
            .arg(lookupMs[lookupMs.size() / 2], 0, 'f', 2)
            .arg(lookupMs[lookupMs.size() * 95 / 100], 0, 'f', 2)
            .arg(found));
    return sent->declared == works ? 0 : 1;
}

// The reservations: the site kit for a studio's whole catalogue (a gateway page per declaration), RFC 9309
// parsing of a robots.txt at the 500 KiB limit, XMP written into copies, and checking a kit folder.
int benchReservations(int works, QSize size)
{
    QTemporaryDir dir;
    reservations::ReservationPolicy policy = reservations::ReservationPolicy::defaults();
    policy.siteUrl = QStringLiteral("https://artist.example");
    policy.creator = QStringLiteral("山田 花子");
    policy.termsUrl = QStringLiteral("https://artist.example/ai-licensing");
    policy.offersLicences = true;
    QList<reservations::GatewayPages::Declared> declared;
    for (int i = 0; i < works; ++i)
        declared << reservations::GatewayPages::Declared{QStringLiteral("ISCC:MAIW%1").arg(i, 12, 10, QLatin1Char('0')),
                                                         QStringLiteral("ISCC:KEC%1").arg(i),
                                                         QStringLiteral("作品 %1").arg(i),
                                                         QStringLiteral("https://artist.example/optout/{iscc_id}"),
                                                         {},
                                                         {},
                                                         {}};
    QElapsedTimer t;
    t.start();
    reservations::SiteKit::Input input;
    input.policy = policy;
    input.gateways = reservations::GatewayPages::pages(policy, declared);
    const auto files = reservations::SiteKit::files(input);
    const double generateS = t.nsecsElapsed() / 1e9;
    t.restart();
    auto written = reservations::SiteKit::write(dir.filePath(QStringLiteral("kit")), files, true);
    const double writeS = t.nsecsElapsed() / 1e9;
    if (!written.ok()) {
        say(written.error().message);
        return 1;
    }
    say(QStringLiteral("reservations: site kit for %1 declared works: generated in %2 s, written with its zip in %3 s "
                       "(%4 files)")
            .arg(works)
            .arg(generateS, 0, 'f', 2)
            .arg(writeS, 0, 'f', 2)
            .arg(files.size()));

    // robots.txt at the 500 KiB limit: 12,000 groups of agents and rules.
    QByteArray robots;
    for (int g = 0; robots.size() < reservations::RobotsTxt::kParseLimit; ++g)
        robots +=
            QStringLiteral("User-agent: Bot%1\nDisallow: /private/%1/\nAllow: /private/%1/public/\n\n").arg(g).toUtf8();
    robots += files.value(QStringLiteral("robots.txt"));
    t.restart();
    int parses = 0;
    while (t.elapsed() < 2000) {
        volatile auto groups = reservations::RobotsTxt::parse(robots).groups().size();
        (void)groups;
        ++parses;
    }
    const double parseMs = double(t.elapsed()) / parses;
    const auto parsed = reservations::RobotsTxt::parse(robots);
    t.restart();
    int queries = 0;
    while (t.elapsed() < 1000) {
        volatile bool allowed = parsed.isAllowed(QStringLiteral("GPTBot"), QStringLiteral("/gallery/page.png"));
        (void)allowed;
        ++queries;
    }
    say(QStringLiteral("reservations: robots.txt of %1 KiB: parsed in %2 ms; %3 verdicts/s for one crawler")
            .arg(robots.size() / 1024)
            .arg(parseMs, 0, 'f', 1)
            .arg(queries));

    // XMP into copies of JPEGs of `size`.
    const QString copies = dir.filePath(QStringLiteral("copies"));
    QDir().mkpath(copies);
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        makeArtwork(size, 7).save(&buffer, "JPEG", 90);
    }
    const int count = 50;
    t.restart();
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(copies).filePath(QStringLiteral("%1.jpg").arg(i));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(jpeg) != jpeg.size())
            return 1;
        out.close();
        if (auto done = reservations::XmpRights::write(path, policy, {true, QStringLiteral("作品")}); !done.ok()) {
            say(done.error().message);
            return 1;
        }
    }
    say(QStringLiteral("reservations: XMP written into %1 copies of %2x%3 JPEGs (%4 KiB): %5 ms a copy, read back "
                       "and checked")
            .arg(count)
            .arg(size.width())
            .arg(size.height())
            .arg(jpeg.size() / 1024)
            .arg(double(t.elapsed()) / count, 0, 'f', 1));

    t.restart();
    auto report = reservations::SiteChecker::checkFolder(dir.filePath(QStringLiteral("kit")), {});
    say(QStringLiteral("reservations: checking the kit folder: %1 ms, overall %2")
            .arg(t.nsecsElapsed() / 1e6, 0, 'f', 2)
            .arg(report.ok() ? reservations::verdictName(report->overall) : report.error().message));
    return 0;
}

// Licensing: recording offers and their history, verifying the whole hash chain, and red flags for an inbox.
int benchOffers(int offers)
{
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    if (!catalog.ok()) {
        say(catalog.error().message);
        return 1;
    }
    licensing::OfferStore store(**catalog);
    licensing::OfferHistory history(**catalog);
    licensing::PaymentsReceived payments(**catalog);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < offers; ++i) {
        licensing::Offer o;
        o.title = QStringLiteral("Offer %1").arg(i);
        o.counterparty = QStringLiteral("Company %1").arg(i % 50);
        o.status = licensing::OfferStatus::Received;
        o.receivedOn = QDate(2026, 11, 1);
        o.responseDeadline = QDate(2026, 11, 10);
        o.payments = {licensing::PaymentComponent{
            QStringLiteral("flat"), *licensing::Money::fromMinorUnits(100000 + i, QStringLiteral("JPY")), 0, {}}};
        auto id = store.add(o);
        if (!id.ok()) {
            say(id.error().message);
            return 1;
        }
        for (auto s : {licensing::OfferStatus::UnderReview, licensing::OfferStatus::Countered,
                       licensing::OfferStatus::CounterReceived, licensing::OfferStatus::UnderReview})
            (void)store.transition(*id, s);
    }
    const double recordS = t.nsecsElapsed() / 1e9;
    t.restart();
    auto broken = history.verifyChain();
    const double verifyMs = t.nsecsElapsed() / 1e6;
    t.restart();
    auto all = store.list();
    const double listMs = t.nsecsElapsed() / 1e6;
    t.restart();
    int flags = 0;
    licensing::RedFlags::Context context;
    context.otherOffers = *all;
    for (const auto &o : *all)
        flags += int(licensing::RedFlags::of(o, context).size());
    const double flagsMs = t.nsecsElapsed() / 1e6;
    // The ledger: two payments an offer, over two years, totalled per year and per licensee.
    for (const auto &o : *all)
        for (int year : {2026, 2027})
            (void)payments.add(o.id, *licensing::Money::fromMinorUnits(50000, QStringLiteral("JPY")), QDate(year, 3, 1),
                               {});
    t.restart();
    auto received = payments.list();
    const licensing::Ledger ledger(received.ok() ? *received : QList<licensing::PaymentReceived>(), *all);
    const auto byYear = ledger.byYear();
    const auto byLicensee = ledger.byLicensee();
    const double ledgerMs = t.nsecsElapsed() / 1e6;
    // Four offers side by side, as the comparison window builds them.
    t.restart();
    const int comparisons = 100;
    for (int i = 0; i < comparisons; ++i)
        (void)licensing::OfferComparison::compare(all->mid((i * 4) % std::max<qsizetype>(1, all->size() - 4), 4),
                                                  context);
    const double compareMs = t.nsecsElapsed() / 1e6 / comparisons;
    say(QStringLiteral("offers: ledger of %1 payments totalled per year (%2 rows) and per licensee (%3 rows) in %4 "
                       "ms; four offers compared in %5 ms")
            .arg(received.ok() ? received->size() : 0)
            .arg(byYear.ok() ? byYear->size() : 0)
            .arg(byLicensee.ok() ? byLicensee->size() : 0)
            .arg(ledgerMs, 0, 'f', 1)
            .arg(compareMs, 0, 'f', 2));
#ifdef RAKKAN_BENCH_GUI
    // The one-page bilingual summary: layout in two languages and a PDF, as the export writes it.
    t.restart();
    const int summaries = 20;
    qint64 bytes = 0;
    for (int i = 0; i < summaries; ++i)
        if (auto pdf = licensing::OfferSummary::pdf(all->at(i % all->size()), context); pdf.ok())
            bytes += pdf->size();
    say(QStringLiteral("offers: one-page bilingual PDF summary in %1 ms (%2 KiB)")
            .arg(t.nsecsElapsed() / 1e6 / summaries, 0, 'f', 1)
            .arg(bytes / summaries / 1024));
#endif
    say(QStringLiteral("offers: %1 offers with %2 events recorded in %3 s (each step its own transaction); chain "
                       "verified in %4 ms (%5); listed in %6 ms; red flags for all in %7 ms (%8 flags)")
            .arg(offers)
            .arg(offers * 5)
            .arg(recordS, 0, 'f', 1)
            .arg(verifyMs, 0, 'f', 1)
            .arg(broken.ok() && !*broken ? QStringLiteral("intact") : QStringLiteral("BROKEN"))
            .arg(listMs, 0, 'f', 1)
            .arg(flagsMs, 0, 'f', 1)
            .arg(flags));
    return 0;
}

int benchIndex(const QList<qint64> &sizes)
{
    QRandomGenerator rng(2024);
    auto randomHash = [&] {
        QByteArray b(32, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(b.data()), 8);
        return *fingerprint::Hash256::fromBytes(b);
    };
    for (qint64 n : sizes) {
        fingerprint::MatchIndex index;
        for (qint64 i = 0; i < n; ++i)
            index.add(randomHash(), fingerprint::MatchIndex::Entry{i, i, 0, 100});
        QElapsedTimer t;
        t.start();
        index.build();
        const qint64 buildMs = t.elapsed();
        // Queries near a stored code (a real lookup finds its original) and far from all (the common "no").
        QList<fingerprint::Hash256> queries;
        for (int q = 0; q < 200; ++q)
            queries << (q % 2 ? randomHash() : index.hashAt(quint32(rng.bounded(quint32(n)))));
        auto medianMicros = [&](auto &&fn, int count) {
            QList<double> times;
            for (int q = 0; q < count; ++q) {
                QElapsedTimer qt;
                qt.start();
                volatile auto found = fn(queries[q]).size();
                (void)found;
                times << double(qt.nsecsElapsed()) / 1000.0;
            }
            std::sort(times.begin(), times.end());
            return times[times.size() / 2];
        };
        const double mih = medianMicros([&](const fingerprint::Hash256 &h) { return index.query(h, 31); }, 200);
        const double scan = medianMicros([&](const fingerprint::Hash256 &h) { return index.linearScan(h, 31); }, 20);
        say(QStringLiteral("index: %1 codes, build %2 ms, %3 bytes/code; threshold 31: median %4 us "
                           "(linear scan %5 us, %6x)")
                .arg(n)
                .arg(buildMs)
                .arg(double(index.memoryBytes()) / double(n), 0, 'f', 0)
                .arg(mih, 0, 'f', 1)
                .arg(scan, 0, 'f', 0)
                .arg(scan / mih, 0, 'f', 0));
    }
    return 0;
}

// How far the production (fast) path's hash lies from the exact one, on real files.
// What drawing a Photoshop file from its layers costs next to reading the composite it stores: the price a file
// saved without "Maximize Compatibility" pays at import. Best of three runs each.
int benchPsdLayers(const QStringList &paths)
{
    const auto best = [](const std::function<bool()> &run) {
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!run())
                return qint64(-1);
            fastest = std::min(fastest, timer.nsecsElapsed());
        }
        return fastest;
    };
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Cannot read %s", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        QSize size;
        const qint64 stored = best([&] { return imaging::PsdReader::read(bytes, {}).ok(); });
        const qint64 drawn = best([&] {
            auto decoded = imaging::PsdReader::composeLayers(bytes, {});
            if (decoded.ok())
                size = decoded->image.size();
            return decoded.ok();
        });
        std::printf("%-48s %5dx%-5d stored composite %8.1f ms   from layers %8.1f ms\n",
                    qPrintable(QFileInfo(path).fileName()), size.width(), size.height(), stored / 1e6, drawn / 1e6);
    }
    return 0;
}

int benchFastExact(const QStringList &paths)
{
    imaging::FileScanner scanner;
    const auto scanned = scanner.scan(paths);
    QList<int> distances;
    QList<int> reducedDistances; // the import's path: full decode, area-averaged to PDQ size
    for (const auto &file : scanned.files) {
        const imaging::DecodeLimits limits;
        auto fast = matching::decodeForFingerprint(file.path, limits, matching::DecodeMode::Fast);
        auto exact = matching::decodeForFingerprint(file.path, limits, matching::DecodeMode::Exact);
        if (!fast.ok() || !exact.ok())
            continue;
        const auto a = fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(fast->image));
        const auto b = fingerprint::Pdq::hash(fingerprint::Pdq::referenceLuma(exact->image));
        const auto c = fingerprint::Pdq::hash(
            fingerprint::Pdq::referenceLuma(fingerprint::Fingerprinter::reducedForHashing(exact->image)));
        if (b.quality >= 80) {
            distances << a.hash.distance(b.hash);
            reducedDistances << c.hash.distance(b.hash);
        }
    }
    if (!reducedDistances.isEmpty())
        say(QStringLiteral("reduced (import path): mean %1 bits, max %2 bits")
                .arg(std::accumulate(reducedDistances.cbegin(), reducedDistances.cend(), 0.0) / reducedDistances.size(),
                     0, 'f', 2)
                .arg(*std::max_element(reducedDistances.cbegin(), reducedDistances.cend())));
    if (distances.isEmpty()) {
        say(QStringLiteral("fastexact: no image of quality >= 80 found"));
        return 1;
    }
    const double mean = std::accumulate(distances.cbegin(), distances.cend(), 0.0) / distances.size();
    const int exactOnes = int(std::count(distances.cbegin(), distances.cend(), 0));
    say(QStringLiteral("fastexact: %1 images of quality >= 80: mean %2 bits, max %3 bits, identical %4")
            .arg(distances.size())
            .arg(mean, 0, 'f', 2)
            .arg(*std::max_element(distances.cbegin(), distances.cend()))
            .arg(exactOnes));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef RAKKAN_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("bench"),
                                 QStringLiteral("import | open | hash | index | fastexact | jpeghash | match | "
                                                "eval-set | eval | iscc | declare | reservations | "
                                                "offers | psdlayers | credentials | enforcement | hub-declare | "
                                                "hub-lookup"));
    parser.addOption(
        {QStringLiteral("files"), QStringLiteral("Images to import."), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption(
        {QStringLiteral("size"), QStringLiteral("Image size."), QStringLiteral("WxH"), QStringLiteral("1600x1200")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Import threads (0: one per core)."),
                      QStringLiteral("T"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("works"), QStringLiteral("Works in the catalogue."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Index sizes."), QStringLiteral("N,N,..."),
                      QStringLiteral("100000,1000000,10000000")});
    parser.addOption(
        {QStringLiteral("queries"), QStringLiteral("Suspect images to answer (match)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Keep the generated catalogue in this folder, or reuse it (match)."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("unrelated"), QStringLiteral("Unrelated pictures per kind (eval-set)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("megabytes"), QStringLiteral("Size of the generated access log (enforcement)."),
                      QStringLiteral("MB")});
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Notes declared per run (hub-declare)."),
                      QStringLiteral("N,N,..."), QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("processes"), QStringLiteral("Hub processes on one database (hub-declare)."),
                      QStringLiteral("N,N,..."), QStringLiteral("1,2,4")});
    parser.process(app);
    auto numbers = [&](const QString &option) {
        QList<qint64> out;
        for (const QString &s : parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
            out << s.toLongLong();
        return out;
    };

    const QString bench = parser.positionalArguments().value(0);
    if (bench == QLatin1String("import")) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        return benchImport(parser.value(QStringLiteral("files")).toInt(),
                           QSize(wh.value(0).toInt(), wh.value(1).toInt()),
                           parser.value(QStringLiteral("threads")).toInt());
    }
    if (bench == QLatin1String("open"))
        return benchOpen(parser.value(QStringLiteral("works")).toInt());
    if (bench == QLatin1String("hash")) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        return benchHash(parser.isSet(QStringLiteral("files")) ? parser.value(QStringLiteral("files")).toInt() : 200,
                         QSize(wh.value(0).toInt(), wh.value(1).toInt()));
    }
    if (bench == QLatin1String("index"))
        return benchIndex(numbers(QStringLiteral("sizes")));
    if (bench == QLatin1String("hub-lookup"))
        return bench::hubLookup(parser.isSet(QStringLiteral("sizes")) ? numbers(QStringLiteral("sizes"))
                                                                      : QList<qint64>{1'000'000, 10'000'000});
    if (bench == QLatin1String("hub-declare")) {
        QList<int> notes, processes;
        for (qint64 n : numbers(QStringLiteral("notes")))
            notes << int(n);
        for (qint64 n : numbers(QStringLiteral("processes")))
            processes << int(n);
        return bench::hubDeclare(notes, processes);
    }
    if (bench == QLatin1String("match"))
        return bench::matchAtScale(
            parser.isSet(QStringLiteral("works")) ? parser.value(QStringLiteral("works")).toInt() : 10000,
            parser.isSet(QStringLiteral("queries")) ? parser.value(QStringLiteral("queries")).toInt() : 200,
            parser.value(QStringLiteral("keep")));
    if (bench == QLatin1String("eval"))
        return bench::eval(parser.positionalArguments().value(1));
    if (bench == QLatin1String("transform"))
        return bench::transform(parser.positionalArguments().value(1), parser.positionalArguments().value(2),
                                parser.positionalArguments().value(3));
    if (bench == QLatin1String("eval-set"))
        return bench::evalSet(
            parser.positionalArguments().value(1),
            parser.isSet(QStringLiteral("works")) ? parser.value(QStringLiteral("works")).toInt() : 50,
            parser.isSet(QStringLiteral("unrelated")) ? parser.value(QStringLiteral("unrelated")).toInt() : 250);
    if (bench == QLatin1String("fastexact"))
        return benchFastExact(parser.positionalArguments().mid(1));
    if (bench == QLatin1String("jpeghash"))
        return bench::jpegHash(parser.positionalArguments().mid(1), parser.isSet(QStringLiteral("files"))
                                                                        ? parser.value(QStringLiteral("files")).toInt()
                                                                        : 0);
    if (bench == QLatin1String("psdlayers"))
        return benchPsdLayers(parser.positionalArguments().mid(1));
    if (bench == QLatin1String("declare"))
        return benchDeclare(parser.isSet(QStringLiteral("works")) ? parser.value(QStringLiteral("works")).toInt()
                                                                  : 10000);
    if (bench == QLatin1String("offers"))
        return benchOffers(parser.isSet(QStringLiteral("works")) ? parser.value(QStringLiteral("works")).toInt()
                                                                 : 1000);
    if (bench == QLatin1String("reservations")) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        return benchReservations(parser.isSet(QStringLiteral("works")) ? parser.value(QStringLiteral("works")).toInt()
                                                                       : 10000,
                                 QSize(wh.value(0).toInt(), wh.value(1).toInt()));
    }
    if (bench == QLatin1String("iscc")) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        return benchIscc(parser.isSet(QStringLiteral("files")) ? parser.value(QStringLiteral("files")).toInt() : 100,
                         QSize(wh.value(0).toInt(), wh.value(1).toInt()));
    }
    if (bench == QLatin1String("credentials")) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
        return bench::credentials(parser.isSet(QStringLiteral("files")) ? parser.value(QStringLiteral("files")).toInt()
                                                                        : 200,
                                  QSize(wh.value(0).toInt(), wh.value(1).toInt()));
    }
    if (bench == QLatin1String("enforcement"))
        return bench::enforcement(
            parser.isSet(QStringLiteral("megabytes")) ? parser.value(QStringLiteral("megabytes")).toInt() : 1024,
            parser.isSet(QStringLiteral("files")) ? parser.value(QStringLiteral("files")).toInt() : 40);
    parser.showHelp(2);
}
