// A full disk, for real: rakkan-cli runs inside a private mount namespace (unshare) where the test mounts a small
// tmpfs, and writes its catalogue, a backup, a site kit or exported copies there until the space runs out. Each
// must fail with a message that says the disk is full, and leave what was there before intact.

#include "catalog/Catalog.h"
#include "cli/CliRunner.h"
#include "common/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using test::CliResult;
using test::CliRunner;

namespace {
// Noise: it compresses to nothing, so a handful of pictures fills a small disk.
QByteArray noisePng(QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = 0xff000000u | (random.generate() & 0xffffffu);
    }
    return test::encodeImage(image, "PNG");
}
} // namespace

class TestCliFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importOntoAFullDisk();
    void backupOntoAFullDisk();
    void siteKitOntoAFullDisk();
    void copiesOntoAFullDisk();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    // Runs `script` (bash) in a new mount namespace with a tmpfs of `kib` KiB mounted at $DISK; $CLI is rakkan-cli
    // and $OUT a folder outside the tmpfs where the script leaves what the test reads.
    CliResult runOnSmallDisk(int kib, const QString &script);
    QString out(const QString &name) const
    {
        return QString::fromUtf8(test::readFile(path(QStringLiteral("out/") + name))).trimmed();
    }
    void makeCatalogue(const QString &file, int works);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_runner;
};

void TestCliFullDisk::initTestCase()
{
    // Mounting needs a namespace of our own; where the kernel refuses one, there is no full disk to make.
    QProcess probe;
    probe.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"),
                                            QStringLiteral("mount -t tmpfs -o size=64k tmpfs /mnt")});
    if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("This machine does not let a test mount a small tmpfs (unshare -rm): ") +
                         QString::fromUtf8(probe.readAllStandardError())));
}

void TestCliFullDisk::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char *sub : {"home", "disk", "out"})
        QVERIFY(QDir().mkpath(path(QLatin1String(sub))));
    m_runner = std::make_unique<CliRunner>(path(QStringLiteral("home")));
    m_runner->setEnvironment(QStringLiteral("DISK"), path(QStringLiteral("disk")));
    m_runner->setEnvironment(QStringLiteral("OUT"), path(QStringLiteral("out")));
}

CliResult TestCliFullDisk::runOnSmallDisk(int kib, const QString &script)
{
    const QString file = path(QStringLiteral("scenario.sh"));
    test::writeFile(
        file, (QStringLiteral("set -u\nCLI=\"$1\"\nmount -t tmpfs -o size=%1k tmpfs \"$DISK\" || exit 97\n").arg(kib) +
               script)
                  .toUtf8());
    return m_runner->run({}, {QStringLiteral("unshare"), QStringLiteral("-rm"), QStringLiteral("bash"), file});
}

void TestCliFullDisk::makeCatalogue(const QString &file, int works)
{
    auto catalog = catalog::Catalog::open(file);
    RAKKAN_VERIFY_OK(catalog);
    for (int i = 0; i < works; ++i)
        RAKKAN_VERIFY_OK((*catalog)->works().create(QStringLiteral("作品 %1").arg(i), catalog::WorkKind::Illustration));
}

// The catalogue's own disk fills during an import: the file that did not fit is said to have failed because the
// disk is full, the catalogue stays sound with every work it had, and nothing is half-imported.
void TestCliFullDisk::importOntoAFullDisk()
{
    makeCatalogue(path(QStringLiteral("template.rakkan")), 5);
    QDir().mkpath(path(QStringLiteral("art")));
    for (int i = 0; i < 30; ++i)
        QVERIFY(test::writeFile(path(QStringLiteral("art/%1.png").arg(i)), noisePng(QSize(640, 480), 900 + i)));
    m_runner->setEnvironment(QStringLiteral("TEMPLATE"), path(QStringLiteral("template.rakkan")));
    m_runner->setEnvironment(QStringLiteral("ART"), path(QStringLiteral("art")));
    const CliResult run = runOnSmallDisk(2048, QStringLiteral(R"(
cp "$TEMPLATE" "$DISK/c.rakkan"
"$CLI" --catalog "$DISK/c.rakkan" import "$ART" >"$OUT/import.out" 2>"$OUT/import.err"; echo $? >"$OUT/import.rc"
"$CLI" --catalog "$DISK/c.rakkan" backup check >"$OUT/check.out" 2>&1; echo $? >"$OUT/check.rc"
"$CLI" --catalog "$DISK/c.rakkan" --json works list >"$OUT/works.json" 2>"$OUT/works.err"
)"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(out(QStringLiteral("import.rc")) == QStringLiteral("1"),
             qPrintable(out(QStringLiteral("import.out")) + out(QStringLiteral("import.err"))));
    const QString said = out(QStringLiteral("import.out")) + QLatin1Char('\n') + out(QStringLiteral("import.err"));
    QVERIFY2(said.contains(QStringLiteral("disk holding the catalogue is full")), qPrintable(said));
    QCOMPARE(out(QStringLiteral("check.rc")), QStringLiteral("0"));
    const QJsonArray works = QJsonDocument::fromJson(test::readFile(path(QStringLiteral("out/works.json"))))
                                 .object()
                                 .value(QStringLiteral("works"))
                                 .toArray();
    // The works it had, and those whose files fitted before the disk filled: each whole.
    QVERIFY2(works.size() > 5 && works.size() < 35, qPrintable(out(QStringLiteral("works.err"))));
}

// No room for a backup: said, and no half copy is left in the backups folder to be mistaken for a whole one.
void TestCliFullDisk::backupOntoAFullDisk()
{
    makeCatalogue(path(QStringLiteral("template.rakkan")), 400);
    const qint64 size = QFileInfo(path(QStringLiteral("template.rakkan"))).size();
    m_runner->setEnvironment(QStringLiteral("TEMPLATE"), path(QStringLiteral("template.rakkan")));
    const CliResult run = runOnSmallDisk(int(size / 1024) + 48, QStringLiteral(R"(
cp "$TEMPLATE" "$DISK/c.rakkan"
"$CLI" --catalog "$DISK/c.rakkan" backup create >"$OUT/backup.out" 2>"$OUT/backup.err"; echo $? >"$OUT/backup.rc"
ls -A "$DISK/c.rakkan.backups" >"$OUT/backups.ls" 2>/dev/null
"$CLI" --catalog "$DISK/c.rakkan" backup check >"$OUT/check.out" 2>&1; echo $? >"$OUT/check.rc"
)"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(out(QStringLiteral("backup.rc")), QStringLiteral("1"));
    QVERIFY2(out(QStringLiteral("backup.err")).contains(QStringLiteral("full")),
             qPrintable(out(QStringLiteral("backup.err"))));
    QCOMPARE(out(QStringLiteral("backups.ls")), QString());
    QCOMPARE(out(QStringLiteral("check.rc")), QStringLiteral("0"));
}

// A site kit written again onto a disk that filled since: said, and the kit written before is left whole.
void TestCliFullDisk::siteKitOntoAFullDisk()
{
    const QString catalog = path(QStringLiteral("kit.rakkan"));
    auto policy = [&](const QString &creator) {
        return m_runner->run({QStringLiteral("--catalog"), catalog, QStringLiteral("policy"), QStringLiteral("edit"),
                              QStringLiteral("--site"), QStringLiteral("https://artist.example"),
                              QStringLiteral("--creator"), creator, QStringLiteral("--reserve-training"),
                              QStringLiteral("yes")});
    };
    QCOMPARE(policy(QStringLiteral("山田花子")).exitCode, 0);
    m_runner->setEnvironment(QStringLiteral("CATALOG"), catalog);
    const CliResult run = runOnSmallDisk(256, QStringLiteral(R"(
"$CLI" --catalog "$CATALOG" sitekit export "$DISK/kit" >"$OUT/first.out" 2>&1; echo $? >"$OUT/first.rc"
cp -a "$DISK/kit" "$OUT/kit-before"
dd if=/dev/zero of="$DISK/filler" bs=4k count=100000 2>/dev/null
"$CLI" --catalog "$CATALOG" policy edit --creator "Yamada Hanako" >/dev/null 2>&1
"$CLI" --catalog "$CATALOG" sitekit export "$DISK/kit" >"$OUT/second.out" 2>"$OUT/second.err"; echo $? >"$OUT/second.rc"
diff -r "$OUT/kit-before" "$DISK/kit" >"$OUT/diff.out" 2>&1; echo $? >"$OUT/diff.rc"
)"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(out(QStringLiteral("first.rc")), QStringLiteral("0"));
    QCOMPARE(out(QStringLiteral("second.rc")), QStringLiteral("1"));
    QVERIFY2(out(QStringLiteral("second.err")).contains(QStringLiteral("full")),
             qPrintable(out(QStringLiteral("second.err"))));
    // Nothing of the earlier kit was changed: no file of the new one replaced it half-way.
    QVERIFY2(out(QStringLiteral("diff.rc")) == QStringLiteral("0") ||
                 !out(QStringLiteral("diff.out")).contains(QStringLiteral("differ")),
             qPrintable(out(QStringLiteral("diff.out"))));
}

// Exported copies onto a full disk: the copies that did not fit are said to have failed for want of space.
void TestCliFullDisk::copiesOntoAFullDisk()
{
    const QString catalog = path(QStringLiteral("copies.rakkan"));
    QDir().mkpath(path(QStringLiteral("art")));
    for (int i = 0; i < 6; ++i)
        QVERIFY(test::writeFile(path(QStringLiteral("art/%1.png").arg(i)), noisePng(QSize(800, 600), 300 + i)));
    QCOMPARE(
        m_runner->run({QStringLiteral("--catalog"), catalog, QStringLiteral("import"), path(QStringLiteral("art"))})
            .exitCode,
        0);
    QCOMPARE(m_runner
                 ->run({QStringLiteral("--catalog"), catalog, QStringLiteral("policy"), QStringLiteral("edit"),
                        QStringLiteral("--site"), QStringLiteral("https://artist.example"), QStringLiteral("--creator"),
                        QStringLiteral("山田花子"), QStringLiteral("--reserve-training"), QStringLiteral("yes")})
                 .exitCode,
             0);
    m_runner->setEnvironment(QStringLiteral("CATALOG"), catalog);
    const CliResult run = runOnSmallDisk(512, QStringLiteral(R"(
"$CLI" --catalog "$CATALOG" export-copies --all "$DISK/copies" >"$OUT/copies.out" 2>"$OUT/copies.err"; echo $? >"$OUT/copies.rc"
)"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(out(QStringLiteral("copies.rc")), QStringLiteral("1"));
    QVERIFY2(out(QStringLiteral("copies.err")).contains(QStringLiteral("full")),
             qPrintable(out(QStringLiteral("copies.err"))));
}

QTEST_GUILESS_MAIN(TestCliFullDisk)
#include "tst_cli_fulldisk.moc"
