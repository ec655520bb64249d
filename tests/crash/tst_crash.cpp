// The crash harness: rakkan-cli killed with SIGKILL at seeded random moments while it imports a folder, keeps an
// offer's negotiation, and writes a site kit; after every kill, what it left is checked. (The batch declaration to
// a real rakkan-hub is killed the same way in tst_hub, which has the hub and its certificates.)
//
// In CI each scenario is killed a few times; RAKKAN_CRASH_KILLS=50 (or more) runs the large version, and
// RAKKAN_CRASH_SEED replays a run. docs/RELIABILITY.md has the figures.

#include "catalog/Catalog.h"
#include "common/CrashHarness.h"
#include "common/TestSupport.h"
#include "licensing/OfferHistory.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using test::CrashHarness;

namespace {

constexpr int kCiKills = 12;

// Kills are drawn from a quarter more than a whole run takes, so that some land after the last write (at exit) and
// some runs finish: both must leave a consistent state.
qint64 windowFor(qint64 wholeMs)
{
    return wholeMs + wholeMs / 4 + 1;
}

// Row counts of every table: two states are the same as far as whole-or-nothing goes when these are.
using Signature = QMap<QString, qint64>;

Signature signatureOf(const QString &catalogPath)
{
    Signature signature;
    auto db = sql::Database::open(catalogPath, sql::Database::Mode::ReadOnly);
    if (!db.ok())
        return signature;
    QStringList tables;
    auto stmt = (*db)->prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!stmt.ok() || !stmt->forEachRow([&](sql::Statement &row) { tables << row.text(0); }).ok())
        return signature;
    for (const QString &table : tables)
        signature.insert(table, test::scalar(**db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
    return signature;
}

Signature plus(Signature base, const Signature &before, const Signature &after)
{
    for (auto it = after.begin(); it != after.end(); ++it)
        base[it.key()] += it.value() - before.value(it.key());
    return base;
}

QString integrityOf(const QString &catalogPath)
{
    auto db = sql::Database::open(catalogPath, sql::Database::Mode::ReadOnly);
    if (!db.ok())
        return db.error().message;
    auto findings = (*db)->check(sql::Database::CheckDepth::Full);
    if (!findings.ok())
        return findings.error().message;
    return findings->isEmpty() ? QStringLiteral("ok") : findings->join(QStringLiteral("; "));
}

void removeCatalogue(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir(path + QStringLiteral(".backups")).removeRecursively();
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importKilledAtAnyMoment();
    void offerSessionKilledAtAnyMoment();
    void siteKitExportKilledAtAnyMoment();

private:
    QProcessEnvironment environment() const;
    QStringList onCatalog(const QString &catalog, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--catalog"), catalog} + arguments;
    }

    QTemporaryDir m_dir;
};

void TestCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(RAKKAN_CLI_PATH)).isExecutable());
}

QProcessEnvironment TestCrash::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("RAKKAN_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("RAKKAN_CATALOG"));
    return env;
}

// An import killed anywhere leaves no work half-imported (an asset without its fingerprints, ISCC or thumbnail),
// and the next run finishes it: every file once.
void TestCrash::importKilledAtAnyMoment()
{
    const int files = 120;
    const QString art = m_dir.filePath(QStringLiteral("import-art"));
    QDir().mkpath(art);
    for (int i = 0; i < files; ++i)
        QVERIFY(test::writeFile(art + QStringLiteral("/page-%1.png").arg(i, 3, 10, QLatin1Char('0')),
                                test::encodeImage(test::testPattern(QSize(320, 240), 500 + i), "PNG")));
    CrashHarness harness(QStringLiteral(RAKKAN_CLI_PATH), environment());

    // How long a whole import takes here: the window the kills are drawn from.
    const QString calibration = m_dir.filePath(QStringLiteral("import-calibration.rakkan"));
    const auto whole = harness.runWhole(onCatalog(calibration, {QStringLiteral("import"), art}));
    QVERIFY2(!whole.killed && whole.exitCode == 0, whole.err.constData());

    const QString catalog = m_dir.filePath(QStringLiteral("import-crash.rakkan"));
    const int wanted = CrashHarness::killsWanted(kCiKills);
    int kills = 0;
    int attempts = 0;
    int resets = 0;
    while (kills < wanted && attempts++ < wanted * 4) {
        const auto run =
            harness.runAndKill(onCatalog(catalog, {QStringLiteral("import"), art}), windowFor(whole.elapsedMs));
        QVERIFY2(run.killed || run.exitCode == 0, run.err.constData());
        if (!run.killed) {
            // It finished before its kill: start again from nothing, so that kills keep landing in real work.
            removeCatalogue(catalog);
            ++resets;
            continue;
        }
        ++kills;
        if (!QFileInfo::exists(catalog))
            continue; // killed before the catalogue was created
        QCOMPARE(integrityOf(catalog), QStringLiteral("ok"));
        auto db = sql::Database::open(catalog, sql::Database::Mode::ReadOnly);
        RAKKAN_VERIFY_OK(db);
        // Killed while the new catalogue was being made: each migration is its own transaction, so the file holds
        // the steps that committed and the next run carries on (checked below, once the kills are done).
        if (test::scalar(**db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assets'")) == 0)
            continue;
        for (const char *table : {"fingerprints", "asset_iscc", "thumbnails"}) {
            const qint64 lacking = test::scalar(
                **db, QStringLiteral("SELECT count(*) FROM assets a WHERE NOT EXISTS (SELECT 1 FROM %1 t WHERE "
                                     "t.asset_id = a.id)")
                          .arg(QLatin1String(table)));
            QVERIFY2(lacking == 0, qPrintable(QStringLiteral("%1 assets without %2 after kill %3")
                                                  .arg(lacking)
                                                  .arg(QLatin1String(table))
                                                  .arg(kills)));
        }
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM works WHERE NOT EXISTS (SELECT 1 FROM "
                                                   "assets WHERE assets.work_id = works.id)")),
                 qint64(0));
    }
    QCOMPARE(kills, wanted);
    qInfo("import: %d kills, %d runs that ended first, whole run %lld ms", kills, resets, whole.elapsedMs);

    // The next run finishes what the killed ones left: every file once.
    const auto last = harness.runWhole(onCatalog(catalog, {QStringLiteral("import"), art}));
    QVERIFY2(!last.killed && last.exitCode == 0, last.err.constData());
    auto db = sql::Database::open(catalog, sql::Database::Mode::ReadOnly);
    RAKKAN_VERIFY_OK(db);
    QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM works")), qint64(files));
    QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(*) FROM assets")), qint64(files));
    QCOMPARE(test::scalar(**db, QStringLiteral("SELECT count(DISTINCT original_path) FROM assets")), qint64(files));
}

// A negotiation kept step by step: each command is whole or absent after a kill, the offers' hash-chained history
// still verifies, and retrying a step that did not land never records it twice.
void TestCrash::offerSessionKilledAtAnyMoment()
{
    const QList<QStringList> steps = {
        {QStringLiteral("offers"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Training set"),
         QStringLiteral("--from"), QStringLiteral("Example AI"), QStringLiteral("--received"),
         QStringLiteral("2026-11-23"), QStringLiteral("--deadline"), QStringLiteral("2026-12-27"),
         QStringLiteral("--flat"), QStringLiteral("5,000 USD"), QStringLiteral("--permits"),
         QStringLiteral("ai-train")},
        {QStringLiteral("offers"), QStringLiteral("transition"), QStringLiteral("1"), QStringLiteral("under_review"),
         QStringLiteral("--note"), QStringLiteral("reading the terms")},
        {QStringLiteral("offers"), QStringLiteral("counter"), QStringLiteral("1"), QStringLiteral("--flat"),
         QStringLiteral("8,000 USD"), QStringLiteral("--takedown-days"), QStringLiteral("14")},
        {QStringLiteral("payments"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("5000"),
         QStringLiteral("USD"), QStringLiteral("--date"), QStringLiteral("2027-01-10")},
    };
    CrashHarness harness(QStringLiteral(RAKKAN_CLI_PATH), environment());

    // Each step's effect and time on a catalogue of its own.
    const QString calibration = m_dir.filePath(QStringLiteral("offers-calibration.rakkan"));
    QVERIFY(harness.runWhole(onCatalog(calibration, {QStringLiteral("works"), QStringLiteral("list")})).exitCode == 0);
    QList<Signature> before;
    QList<Signature> after;
    QList<qint64> took;
    for (const QStringList &step : steps) {
        before << signatureOf(calibration);
        const auto run = harness.runWhole(onCatalog(calibration, step));
        QVERIFY2(!run.killed && run.exitCode == 0, run.err.constData());
        after << signatureOf(calibration);
        took << run.elapsedMs;
    }

    const QString catalog = m_dir.filePath(QStringLiteral("offers-crash.rakkan"));
    const int wanted = CrashHarness::killsWanted(kCiKills);
    int kills = 0;
    int attempts = 0;
    int landed = 0;
    qsizetype next = 0;
    while (kills < wanted && attempts++ < wanted * 6) {
        if (next == steps.size() || !QFileInfo::exists(catalog)) {
            removeCatalogue(catalog);
            QVERIFY(harness.runWhole(onCatalog(catalog, {QStringLiteral("works"), QStringLiteral("list")})).exitCode ==
                    0);
            next = 0;
        }
        const Signature pre = signatureOf(catalog);
        const auto run = harness.runAndKill(onCatalog(catalog, steps[next]), windowFor(took[next]));
        QVERIFY2(run.killed || run.exitCode == 0, run.err.constData());
        kills += run.killed ? 1 : 0;
        const Signature post = signatureOf(catalog);
        const Signature whole = plus(pre, before[next], after[next]);
        QVERIFY2(post == pre || post == whole,
                 qPrintable(QStringLiteral("step %1 left part of itself after kill %2").arg(next).arg(kills)));
        QCOMPARE(integrityOf(catalog), QStringLiteral("ok"));
        {
            auto opened = catalog::Catalog::open(catalog, catalog::Catalog::Access::ReadOnly);
            RAKKAN_VERIFY_OK(opened);
            auto broken = licensing::OfferHistory(**opened).verifyChain();
            RAKKAN_VERIFY_OK(broken);
            QVERIFY(!broken->has_value());
        }
        if (post == whole) {
            ++next; // landed: the user moves on; otherwise the same step is tried again
            ++landed;
        }
    }
    QCOMPARE(kills, wanted);
    qInfo("offers: %d kills over %d runs, %d steps landed", kills, attempts, landed);
}

// A site kit written again and again while being killed: what is under a final name is always a whole file (the
// one a finished run writes), never a part of one; the next run completes it.
void TestCrash::siteKitExportKilledAtAnyMoment()
{
    CrashHarness harness(QStringLiteral(RAKKAN_CLI_PATH), environment());
    const QString catalog = m_dir.filePath(QStringLiteral("sitekit.rakkan"));
    const auto policy = harness.runWhole(
        onCatalog(catalog, {QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("--site"),
                            QStringLiteral("https://artist.example"), QStringLiteral("--creator"),
                            QStringLiteral("山田花子"), QStringLiteral("--email"),
                            QStringLiteral("rights@artist.example"), QStringLiteral("--reserve-training"),
                            QStringLiteral("yes"), QStringLiteral("--offer-licences"), QStringLiteral("yes")}));
    QVERIFY2(!policy.killed && policy.exitCode == 0, policy.err.constData());
    const QString reference = m_dir.filePath(QStringLiteral("sitekit-reference"));
    const auto whole = harness.runWhole(
        onCatalog(catalog, {QStringLiteral("sitekit"), QStringLiteral("export"), reference, QStringLiteral("--zip")}));
    QVERIFY2(!whole.killed && whole.exitCode == 0, whole.err.constData());
    QMap<QString, QByteArray> expected;
    for (QDirIterator it(reference, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        expected.insert(QDir(reference).relativeFilePath(file), test::readFile(file));
    }
    QVERIFY(expected.size() >= 4);
    QVERIFY(QFileInfo::exists(reference + QStringLiteral(".zip")));

    const QString target = m_dir.filePath(QStringLiteral("sitekit-crash"));
    const int wanted = CrashHarness::killsWanted(kCiKills);
    int kills = 0;
    int attempts = 0;
    while (kills < wanted && attempts++ < wanted * 4) {
        const auto run = harness.runAndKill(
            onCatalog(catalog, {QStringLiteral("sitekit"), QStringLiteral("export"), target, QStringLiteral("--zip")}),
            windowFor(whole.elapsedMs));
        QVERIFY2(run.killed || run.exitCode == 0, run.err.constData());
        if (!run.killed) {
            QDir(target).removeRecursively();
            QFile::remove(target + QStringLiteral(".zip"));
            continue;
        }
        ++kills;
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const QString file = QDir(target).filePath(it.key());
            if (QFileInfo::exists(file))
                QVERIFY2(test::readFile(file) == it.value(),
                         qPrintable(QStringLiteral("%1 is not whole after kill %2").arg(it.key()).arg(kills)));
        }
        // The archive, when there, is the finished one (QSaveFile renames it into place whole).
        if (QFileInfo::exists(target + QStringLiteral(".zip")))
            QCOMPARE(QFileInfo(target + QStringLiteral(".zip")).size(),
                     QFileInfo(reference + QStringLiteral(".zip")).size());
    }
    QCOMPARE(kills, wanted);
    qInfo("site kit: %d kills over %d runs, %lld files and the zip checked after each", kills, attempts,
          qint64(expected.size()));

    const auto last = harness.runWhole(
        onCatalog(catalog, {QStringLiteral("sitekit"), QStringLiteral("export"), target, QStringLiteral("--zip")}));
    QVERIFY2(!last.killed && last.exitCode == 0, last.err.constData());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(test::readFile(QDir(target).filePath(it.key())), it.value());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
