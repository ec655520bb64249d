#include "cli/CliRunner.h"
#include "common/TestSupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace rakkan;
using rakkan::test::CliResult;
using rakkan::test::CliRunner;

// Checks the exit code of a run, printing all it said when it is not the expected one.
#define VERIFY_EXIT(result, code)                                                                                      \
    QVERIFY2((result).finished && (result).exitCode == (code), (result).describe().constData())

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void version();
    void help_data();
    void help();
    void noCommandIsAUsageError();
    void usageErrors_data();
    void usageErrors();
    void usageErrorsAsJson();
    void importAllGood();
    void importWithOneBadFile();
    void importJson();
    void worksListAndShowJson();
    void worksEdit();
    void worksEditErrors_data();
    void worksEditErrors();
    void worksRemove();
    void catalogueFromEnvironment();
    void unusableCatalogue_data();
    void unusableCatalogue();
    void permissionDeniedFile();
    void namedPolicies();
    void backupsDamageAndRestore();

private:
    QString path(const QString &relative) const { return m_dir->filePath(relative); }
    QString catalog() const { return path(QStringLiteral("catalogue/catalog.rakkan")); }
    // Runs the CLI on this test's catalogue.
    CliResult cli(const QStringList &arguments) const
    {
        return m_runner->run(QStringList{QStringLiteral("--catalog"), catalog()} + arguments);
    }
    qint64 importOne(const QString &relative, int seed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_runner;
};

void TestCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(CliRunner::builtProgram()).isExecutable(), RAKKAN_CLI_PATH);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("home"))));
    m_runner = std::make_unique<CliRunner>(path(QStringLiteral("home")));
}

void TestCli::cleanup()
{
    m_runner.reset();
    m_dir.reset();
}

qint64 TestCli::importOne(const QString &relative, int seed)
{
    if (!test::writeFile(path(relative), test::pngBytes(seed)))
        return 0;
    const CliResult result = cli({QStringLiteral("--json"), QStringLiteral("import"), path(relative)});
    const QJsonArray items = result.json().object().value(QStringLiteral("items")).toArray();
    if (result.exitCode != 0 || items.size() != 1) {
        QTest::qFail(result.describe().constData(), __FILE__, __LINE__);
        return 0;
    }
    return items.first().toObject().value(QStringLiteral("work_id")).toInteger();
}

void TestCli::version()
{
    const CliResult result = m_runner->run({QStringLiteral("--version")});
    VERIFY_EXIT(result, 0);
    QCOMPARE(result.outText(), QStringLiteral("rakkan-cli " RAKKAN_VERSION "\n"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("import"), QStringLiteral("works"),
                                           QStringLiteral("--catalog"), QStringLiteral("--json")};
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringList{QStringLiteral("import")};
    QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
                                   << QStringList{QStringLiteral("--folder-per-work"), QStringLiteral("--threads")};
    QTest::newRow("works --help") << QStringList{QStringLiteral("works"), QStringLiteral("--help")}
                                  << QStringList{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("edit"),
                                                 QStringLiteral("remove")};
    QTest::newRow("works edit --help") << QStringList{QStringLiteral("works"), QStringLiteral("edit"),
                                                      QStringLiteral("--help")}
                                       << QStringList{QStringLiteral("--title"), QStringLiteral("--holder"),
                                                      QStringLiteral("--publication"), QStringLiteral("artist")};
    // Commands with one action list it like any other.
    QTest::newRow("hub --help") << QStringList{QStringLiteral("hub"), QStringLiteral("--help")}
                                << QStringList{QStringLiteral("serve")};
    QTest::newRow("sitekit export --help")
        << QStringList{QStringLiteral("sitekit"), QStringLiteral("export"), QStringLiteral("--help")}
        << QStringList{QStringLiteral("--merge-robots"), QStringLiteral("--zip")};
    QTest::newRow("policy edit --help") << QStringList{QStringLiteral("policy"), QStringLiteral("edit"),
                                                       QStringLiteral("--help")}
                                        << QStringList{QStringLiteral("--name"), QStringLiteral("--reserve-training"),
                                                       QStringLiteral("--creator")};
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const CliResult result = m_runner->run(arguments);
    VERIFY_EXIT(result, 0);
    for (const QString &word : mentions)
        QVERIFY2(result.outText().contains(word), qPrintable(word + QStringLiteral(" in:\n") + result.outText()));
    QVERIFY(result.err.isEmpty());
    // Help never creates the default catalogue.
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("home/.local/share/Rakkan/catalog.rakkan"))));
}

void TestCli::noCommandIsAUsageError()
{
    const CliResult result = m_runner->run({});
    VERIFY_EXIT(result, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.errText().contains(QStringLiteral("import")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mention");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("unknown import option")
        << QStringList{QStringLiteral("import"), QStringLiteral("--bogus"), QStringLiteral("x.png")}
        << QStringLiteral("bogus");
    QTest::newRow("import without paths") << QStringList{QStringLiteral("import")} << QStringLiteral("import");
    QTest::newRow("threads out of range") << QStringList{QStringLiteral("import"), QStringLiteral("--threads"),
                                                         QStringLiteral("0"), QStringLiteral("x.png")}
                                          << QStringLiteral("--threads");
    QTest::newRow("unknown works action")
        << QStringList{QStringLiteral("works"), QStringLiteral("fly")} << QStringLiteral("fly");
    QTest::newRow("works without action") << QStringList{QStringLiteral("works")} << QStringLiteral("list");
    QTest::newRow("show without id") << QStringList{QStringLiteral("works"), QStringLiteral("show")}
                                     << QStringLiteral("works show");
    QTest::newRow("show with a word for id")
        << QStringList{QStringLiteral("works"), QStringLiteral("show"), QStringLiteral("abc")}
        << QStringLiteral("works show");
    QTest::newRow("remove id 0") << QStringList{QStringLiteral("works"), QStringLiteral("remove"), QStringLiteral("0")}
                                 << QStringLiteral("\"0\"");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mention);
    const CliResult result = cli(arguments);
    VERIFY_EXIT(result, 2);
    QVERIFY2(result.errText().contains(mention), result.describe().constData());
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    // A usage error is found before the catalogue is touched.
    QVERIFY(!QFileInfo::exists(catalog()));
}

void TestCli::usageErrorsAsJson()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("--json"), QStringLiteral("frobnicate")},
                                         QStringList{QStringLiteral("--json"), QStringLiteral("--bogus")},
                                         QStringList{QStringLiteral("works"), QStringLiteral("show"),
                                                     QStringLiteral("--json"), QStringLiteral("--bogus")}}) {
        const CliResult result = cli(arguments);
        VERIFY_EXIT(result, 2);
        const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_argument"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!result.err.isEmpty());
    }
}

void TestCli::importAllGood()
{
    QVERIFY(test::writeFile(path(QStringLiteral("art/a.png")), test::pngBytes(1)));
    QVERIFY(test::writeFile(path(QStringLiteral("art/sub/b.png")), test::pngBytes(2)));
    QVERIFY(test::writeFile(path(QStringLiteral("art/notes.txt")), "notes"));
    const CliResult result = cli({QStringLiteral("import"), path(QStringLiteral("art"))});
    VERIFY_EXIT(result, 0);
    // The human summary's wording belongs to its translators; --json (tested below) is the contract for counts.
    QVERIFY2(!result.outText().contains(QStringLiteral("Failed")), result.describe().constData());
    QVERIFY2(result.outText().contains(QStringLiteral("2")), result.describe().constData());
    QVERIFY(result.err.isEmpty());
    QVERIFY(QFileInfo::exists(catalog()));
    const CliResult list = cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(list, 0);
    QCOMPARE(list.json().object().value(QStringLiteral("works")).toArray().size(), qsizetype(2));

    const CliResult again = cli({QStringLiteral("import"), path(QStringLiteral("art/a.png"))});
    VERIFY_EXIT(again, 0);
    QVERIFY2(again.outText().contains(QStringLiteral("Already catalogued (work 1, \"a\")")),
             again.describe().constData());
}

void TestCli::importWithOneBadFile()
{
    QVERIFY(test::writeFile(path(QStringLiteral("art/good.png")), test::pngBytes(1)));
    QVERIFY(test::writeFile(path(QStringLiteral("art/bad.png")), test::pngBytes(2).left(30)));
    const CliResult result = cli({QStringLiteral("import"), path(QStringLiteral("art"))});
    VERIFY_EXIT(result, 1);
    // The failure is listed with its path and the reason.
    QVERIFY2(result.outText().contains(QStringLiteral("Failed: ") + path(QStringLiteral("art/bad.png"))),
             result.describe().constData());
    QVERIFY2(result.outText().contains(QStringLiteral("cut off")), result.describe().constData());
    QVERIFY2(!result.outText().contains(path(QStringLiteral("art/good.png"))), result.describe().constData());
}

void TestCli::importJson()
{
    QVERIFY(test::writeFile(path(QStringLiteral("art/good.png")), test::pngBytes(1, QSize(30, 20))));
    QVERIFY(test::writeFile(path(QStringLiteral("art/bad.png")), test::pngBytes(2).left(30)));
    QVERIFY(test::writeFile(path(QStringLiteral("art/readme.md")), "#"));
    const CliResult result = cli({QStringLiteral("--json"), QStringLiteral("import"), path(QStringLiteral("art"))});
    VERIFY_EXIT(result, 1);
    QJsonParseError parseError{};
    const QJsonObject report = QJsonDocument::fromJson(result.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, result.describe().constData());
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("already_catalogued")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("skipped_not_images")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("cancelled")).toBool(true), false);
    QVERIFY(report.value(QStringLiteral("elapsed_ms")).isDouble());

    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), qsizetype(2));
    QJsonObject good;
    QJsonObject bad;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        (item.value(QStringLiteral("outcome")).toString() == QLatin1String("added") ? good : bad) = item;
    }
    QCOMPARE(good.value(QStringLiteral("path")).toString(), path(QStringLiteral("art/good.png")));
    QVERIFY(good.value(QStringLiteral("work_id")).toInteger() > 0);
    QVERIFY(good.value(QStringLiteral("asset_id")).toInteger() > 0);
    QCOMPARE(good.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(good.value(QStringLiteral("format")).toString(), QStringLiteral("png"));
    QCOMPARE(good.value(QStringLiteral("width")).toInt(), 30);
    QCOMPARE(good.value(QStringLiteral("height")).toInt(), 20);
    const QByteArray sha =
        QCryptographicHash::hash(test::readFile(path(QStringLiteral("art/good.png"))), QCryptographicHash::Sha256)
            .toHex();
    QCOMPARE(good.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(sha));
    QVERIFY(!good.contains(QStringLiteral("error")));

    QCOMPARE(bad.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(bad.value(QStringLiteral("path")).toString(), path(QStringLiteral("art/bad.png")));
    const QJsonObject error = bad.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("truncated"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!bad.contains(QStringLiteral("work_id")));

    const CliResult again =
        cli({QStringLiteral("--json"), QStringLiteral("import"), path(QStringLiteral("art/good.png"))});
    VERIFY_EXIT(again, 0);
    const QJsonObject second = again.json().object();
    QCOMPARE(second.value(QStringLiteral("already_catalogued")).toInt(), 1);
    const QJsonObject held = second.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(held.value(QStringLiteral("outcome")).toString(), QStringLiteral("already_catalogued"));
    QCOMPARE(held.value(QStringLiteral("work_id")).toInteger(), good.value(QStringLiteral("work_id")).toInteger());
}

void TestCli::worksListAndShowJson()
{
    const qint64 first = importOne(QStringLiteral("art/夜明け.png"), 1);
    const qint64 second = importOne(QStringLiteral("art/dusk.png"), 2);
    QVERIFY(first > 0 && second > first);

    const CliResult list = cli({QStringLiteral("works"), QStringLiteral("list"), QStringLiteral("--json")});
    VERIFY_EXIT(list, 0);
    const QJsonArray works = list.json().object().value(QStringLiteral("works")).toArray();
    QCOMPARE(works.size(), qsizetype(2));
    const QJsonObject w = works.first().toObject();
    QCOMPARE(w.value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(w.value(QStringLiteral("title")).toString(), QStringLiteral("夜明け"));
    QCOMPARE(w.value(QStringLiteral("kind")).toString(), QStringLiteral("illustration"));
    QCOMPARE(w.value(QStringLiteral("pages")).toInt(), 1);
    QVERIFY(w.value(QStringLiteral("series")).isNull());
    QVERIFY(w.value(QStringLiteral("tags")).isArray());

    const CliResult human = cli({QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(human, 0);
    QVERIFY2(human.outText().contains(QStringLiteral("夜明け")), human.describe().constData());
    QVERIFY2(human.outText().contains(QStringLiteral("2 works.")), human.describe().constData());

    const CliResult show =
        cli({QStringLiteral("works"), QStringLiteral("show"), QString::number(first), QStringLiteral("--json")});
    VERIFY_EXIT(show, 0);
    const QJsonObject work = show.json().object();
    QCOMPARE(work.value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(work.value(QStringLiteral("title")).toString(), QStringLiteral("夜明け"));
    for (const char *key : {"title_latin", "kind", "series", "volume", "chapter", "notes", "tags", "holders",
                            "publications", "assets", "created_at", "updated_at"})
        QVERIFY2(work.contains(QLatin1String(key)), key);
    const QJsonArray assets = work.value(QStringLiteral("assets")).toArray();
    QCOMPARE(assets.size(), qsizetype(1));
    const QJsonObject asset = assets.first().toObject();
    QCOMPARE(asset.value(QStringLiteral("original_path")).toString(), path(QStringLiteral("art/夜明け.png")));
    QCOMPARE(asset.value(QStringLiteral("format")).toString(), QStringLiteral("png"));
    QCOMPARE(asset.value(QStringLiteral("page")).toInt(), 1);
    QCOMPARE(asset.value(QStringLiteral("sha256")).toString().size(), qsizetype(64));

    const CliResult text = cli({QStringLiteral("works"), QStringLiteral("show"), QString::number(first)});
    VERIFY_EXIT(text, 0);
    QVERIFY2(text.outText().contains(QStringLiteral("Title: 夜明け")), text.describe().constData());
    QVERIFY2(text.outText().contains(QStringLiteral("Page 1: 24 x 16 PNG")), text.describe().constData());
}

void TestCli::worksEdit()
{
    const qint64 id = importOne(QStringLiteral("art/draft.png"), 1);
    QVERIFY(id > 0);
    const CliResult edit = cli({QStringLiteral("works"),
                                QStringLiteral("edit"),
                                QString::number(id),
                                QStringLiteral("--title"),
                                QStringLiteral("星の欠片"),
                                QStringLiteral("--title-latin"),
                                QStringLiteral("Hoshi no Kakera"),
                                QStringLiteral("--kind"),
                                QStringLiteral("manga_chapter"),
                                QStringLiteral("--series"),
                                QStringLiteral("銀河"),
                                QStringLiteral("--volume"),
                                QStringLiteral("2"),
                                QStringLiteral("--chapter"),
                                QStringLiteral("12.5"),
                                QStringLiteral("--tag"),
                                QStringLiteral("カラー"),
                                QStringLiteral("--tag"),
                                QStringLiteral("ink"),
                                QStringLiteral("--holder"),
                                QStringLiteral("山田花子:artist"),
                                QStringLiteral("--holder"),
                                QStringLiteral("Studio Kumo"),
                                QStringLiteral("--publication"),
                                QStringLiteral("https://www.pixiv.net/artworks/118000000,pixiv,2024-05-31")});
    VERIFY_EXIT(edit, 0);
    QVERIFY2(edit.outText().contains(QStringLiteral("Title: 星の欠片")), edit.describe().constData());

    const CliResult show =
        cli({QStringLiteral("works"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
    VERIFY_EXIT(show, 0);
    const QJsonObject work = show.json().object();
    QCOMPARE(work.value(QStringLiteral("title")).toString(), QStringLiteral("星の欠片"));
    QCOMPARE(work.value(QStringLiteral("title_latin")).toString(), QStringLiteral("Hoshi no Kakera"));
    QCOMPARE(work.value(QStringLiteral("kind")).toString(), QStringLiteral("manga_chapter"));
    QCOMPARE(work.value(QStringLiteral("series")).toString(), QStringLiteral("銀河"));
    QCOMPARE(work.value(QStringLiteral("volume")).toInt(), 2);
    QCOMPARE(work.value(QStringLiteral("chapter")).toString(), QStringLiteral("12.5"));
    QCOMPARE(work.value(QStringLiteral("tags")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("ink"), QStringLiteral("カラー")}));
    const QJsonArray holders = work.value(QStringLiteral("holders")).toArray();
    QCOMPARE(holders.size(), qsizetype(2));
    QCOMPARE(holders[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Studio Kumo"));
    QCOMPARE(holders[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("author"));
    QCOMPARE(holders[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("山田花子"));
    QCOMPARE(holders[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("artist"));
    const QJsonArray publications = work.value(QStringLiteral("publications")).toArray();
    QCOMPARE(publications.size(), qsizetype(1));
    const QJsonObject publication = publications.first().toObject();
    QCOMPARE(publication.value(QStringLiteral("url")).toString(),
             QStringLiteral("https://www.pixiv.net/artworks/118000000"));
    QCOMPARE(publication.value(QStringLiteral("platform")).toString(), QStringLiteral("pixiv"));
    QCOMPARE(publication.value(QStringLiteral("published_on")).toString(), QStringLiteral("2024-05-31"));

    // Removing undoes adding; options not given leave the rest alone.
    const CliResult undo =
        cli({QStringLiteral("works"), QStringLiteral("edit"), QString::number(id), QStringLiteral("--untag"),
             QStringLiteral("ink"), QStringLiteral("--remove-holder"), QStringLiteral("Studio Kumo"),
             QStringLiteral("--series"), QString(), QStringLiteral("--json")});
    VERIFY_EXIT(undo, 0);
    const QJsonObject after = undo.json().object();
    QCOMPARE(after.value(QStringLiteral("tags")).toArray().toVariantList(), QVariantList{QStringLiteral("カラー")});
    QCOMPARE(after.value(QStringLiteral("holders")).toArray().size(), qsizetype(1));
    QVERIFY(after.value(QStringLiteral("series")).isNull());
    QCOMPARE(after.value(QStringLiteral("title")).toString(), QStringLiteral("星の欠片"));
}

void TestCli::worksEditErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("code");
    QTest::newRow("nothing to change") << QStringList() << 2 << QStringLiteral("invalid_argument");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("poster")} << 2
                                  << QStringLiteral("invalid_argument");
    QTest::newRow("unknown role") << QStringList{QStringLiteral("--holder"), QStringLiteral("Yamada:painter")} << 2
                                  << QStringLiteral("invalid_argument");
    QTest::newRow("bad date") << QStringList{QStringLiteral("--publication"),
                                             QStringLiteral("https://example.com/1,web,31/05/2024")}
                              << 2 << QStringLiteral("invalid_argument");
    QTest::newRow("negative volume") << QStringList{QStringLiteral("--volume"), QStringLiteral("-1")} << 2
                                     << QStringLiteral("invalid_argument");
    // Well-formed on the command line, refused by the catalogue.
    QTest::newRow("not a web address") << QStringList{QStringLiteral("--publication"), QStringLiteral("ftp://x/y")} << 1
                                       << QStringLiteral("invalid_argument");
}

void TestCli::worksEditErrors()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, code);
    const qint64 id = importOne(QStringLiteral("art/x.png"), 1);
    QVERIFY(id > 0);
    const CliResult result = cli(
        QStringList{QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("edit"), QString::number(id)} +
        options);
    VERIFY_EXIT(result, exitCode);
    const QJsonObject error = result.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!result.err.isEmpty());

    const CliResult show =
        cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("show"), QString::number(id)});
    VERIFY_EXIT(show, 0);
    QCOMPARE(show.json().object().value(QStringLiteral("title")).toString(), QStringLiteral("x"));
    QVERIFY(show.json().object().value(QStringLiteral("publications")).toArray().isEmpty());
}

void TestCli::worksRemove()
{
    const qint64 id = importOne(QStringLiteral("art/gone.png"), 1);
    const qint64 kept = importOne(QStringLiteral("art/kept.png"), 2);
    QVERIFY(id > 0 && kept > id);

    const CliResult remove = cli({QStringLiteral("works"), QStringLiteral("remove"), QString::number(id)});
    VERIFY_EXIT(remove, 0);
    QVERIFY2(remove.outText().contains(QStringLiteral("\"gone\"")), remove.describe().constData());
    QVERIFY(QFileInfo::exists(path(QStringLiteral("art/gone.png")))); // the file itself stays

    const CliResult show = cli({QStringLiteral("works"), QStringLiteral("show"), QString::number(id)});
    VERIFY_EXIT(show, 1);
    QVERIFY(!show.err.isEmpty());
    const CliResult showJson =
        cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("show"), QString::number(id)});
    VERIFY_EXIT(showJson, 1);
    const QJsonObject error = showJson.json().object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

    // Removing several: what exists goes, what does not is reported, and the exit code says so.
    const CliResult mixed = cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("remove"),
                                 QString::number(kept), QString::number(id)});
    VERIFY_EXIT(mixed, 1);
    const QJsonObject report = mixed.json().object();
    QCOMPARE(report.value(QStringLiteral("removed")).toArray().size(), qsizetype(1));
    QCOMPARE(
        report.value(QStringLiteral("removed")).toArray().first().toObject().value(QStringLiteral("id")).toInteger(),
        kept);
    const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
    QCOMPARE(failed.size(), qsizetype(1));
    QCOMPARE(
        failed.first().toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("not_found"));

    const CliResult list = cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(list, 0);
    QVERIFY(list.json().object().value(QStringLiteral("works")).toArray().isEmpty());
}

void TestCli::catalogueFromEnvironment()
{
    const QString fromEnv = path(QStringLiteral("env/studio.rakkan"));
    m_runner->setEnvironment(QStringLiteral("RAKKAN_CATALOG"), fromEnv);
    QVERIFY(test::writeFile(path(QStringLiteral("art/a.png")), test::pngBytes(1)));

    const CliResult import = m_runner->run({QStringLiteral("import"), path(QStringLiteral("art/a.png"))});
    VERIFY_EXIT(import, 0);
    QVERIFY(QFileInfo::exists(fromEnv));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("home/.local/share/Rakkan/catalog.rakkan"))));
    const CliResult list = m_runner->run({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(list, 0);
    QCOMPARE(list.json().object().value(QStringLiteral("works")).toArray().size(), qsizetype(1));

    // --catalog wins over the environment, before or after the command.
    const CliResult other = m_runner->run({QStringLiteral("works"), QStringLiteral("list"), QStringLiteral("--json"),
                                           QStringLiteral("--catalog"), catalog()});
    VERIFY_EXIT(other, 0);
    QVERIFY(other.json().object().value(QStringLiteral("works")).toArray().isEmpty());
    QVERIFY(QFileInfo::exists(catalog()));

    // The help names the catalogue that would be used (wrapped to the terminal's width, hence no spaces).
    m_runner->unsetEnvironment(QStringLiteral("RAKKAN_CATALOG"));
    const CliResult help = m_runner->run({QStringLiteral("--help")});
    VERIFY_EXIT(help, 0);
    const QString unwrapped = help.outText().remove(QRegularExpression(QStringLiteral("\\s+")));
    QVERIFY2(unwrapped.contains(path(QStringLiteral("home/.local/share/Rakkan/catalog.rakkan"))),
             help.describe().constData());
}

void TestCli::unusableCatalogue_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("isFolder");
    QTest::addColumn<QString>("code");
    QTest::newRow("a folder") << QByteArray() << true << QStringLiteral("invalid_argument");
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << false << QStringLiteral("not_a_catalog");
}

void TestCli::unusableCatalogue()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, isFolder);
    QFETCH(QString, code);
    if (isFolder)
        QVERIFY(QDir().mkpath(catalog()));
    else
        QVERIFY(test::writeFile(catalog(), content));
    const CliResult result = cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(result, 1);
    QCOMPARE(result.json().object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             code);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::permissionDeniedFile()
{
    // The file must be unreadable to the CLI. Root reads anything, so as root the CLI runs as nobody instead, with
    // the catalogue and the pictures in a folder anyone may write to.
    const auto kEveryone = QFileDevice::Permissions(0x7777); // read, write and enter for owner, group and others
    QStringList wrapper;
    if (geteuid() == 0) {
        wrapper = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                              QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
        QVERIFY(QFile::setPermissions(m_dir->path(), kEveryone));
        // The build tree may lie where nobody may not go (root's home): nobody runs a copy kept in the test folder.
        const QString copy = path(QStringLiteral("rakkan-cli"));
        QVERIFY(QFile::copy(CliRunner::builtProgram(), copy));
        QVERIFY(QFile::setPermissions(copy, kEveryone));
        m_runner->setProgram(copy);
    }
    QVERIFY(test::writeFile(path(QStringLiteral("shared/ok.png")), test::pngBytes(1)));
    QVERIFY(test::writeFile(path(QStringLiteral("shared/secret.png")), test::pngBytes(2)));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("shared")), kEveryone));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("shared/secret.png")), QFileDevice::Permissions()));

    const QString sharedCatalog = path(QStringLiteral("shared/catalog.rakkan"));
    if (!wrapper.isEmpty()) {
        // A temporary folder inside one private to root (TMPDIR=/root/tmp) is out of nobody's reach: then this
        // check cannot be made here, which is not a fault of the CLI.
        const CliResult probe = m_runner->run(
            {QStringLiteral("--catalog"), sharedCatalog, QStringLiteral("works"), QStringLiteral("list")}, wrapper);
        if (!probe.finished || probe.exitCode != 0)
            QSKIP(QByteArray("nobody cannot use the temporary folder " + QFile::encodeName(m_dir->path()) + ":\n" +
                             probe.describe())
                      .constData());
    }
    const CliResult result =
        m_runner->run({QStringLiteral("--catalog"), sharedCatalog, QStringLiteral("--json"), QStringLiteral("import"),
                       path(QStringLiteral("shared/ok.png")), path(QStringLiteral("shared/secret.png"))},
                      wrapper);
    VERIFY_EXIT(result, 1);
    const QJsonObject report = result.json().object();
    QCOMPARE(report.value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 1);
    bool found = false;
    for (const QJsonValue &value : report.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(QStringLiteral("path")).toString() != path(QStringLiteral("shared/secret.png")))
            continue;
        found = true;
        const QJsonObject error = item.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("permission_denied"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }
    QVERIFY2(found, result.describe().constData());
}

// A studio's routine with backups: one made by hand, damage found by the check and by any command, the newest
// sound backup restored with the damaged file kept, and the works back.
void TestCli::backupsDamageAndRestore()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(importOne(QStringLiteral("art/%1.png").arg(i), i + 1) > 0);
    const CliResult made = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create")});
    VERIFY_EXIT(made, 0);
    const QString backupPath = made.json().object().value(QStringLiteral("path")).toString();
    QVERIFY2(QFileInfo::exists(backupPath), made.describe().constData());
    QCOMPARE(made.json().object().value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));

    const CliResult listed = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    VERIFY_EXIT(listed, 0);
    const QJsonArray backups = listed.json().object().value(QStringLiteral("backups")).toArray();
    QVERIFY2(!backups.isEmpty(), listed.describe().constData());
    QCOMPARE(backups.first().toObject().value(QStringLiteral("path")).toString(), backupPath);
    VERIFY_EXIT(cli({QStringLiteral("backup"), QStringLiteral("check")}), 0);

    QVERIFY(test::overwriteTablePage(catalog(), QStringLiteral("works")));
    const CliResult check = cli({QStringLiteral("backup"), QStringLiteral("check")});
    VERIFY_EXIT(check, 1);
    QVERIFY2(check.errText().contains(QStringLiteral("damaged")), check.describe().constData());
    // Any command finds the damage at open and says what to do; none creates a new catalogue in its place.
    const CliResult works = cli({QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(works, 1);
    QVERIFY2(works.errText().contains(QStringLiteral("damaged")), works.describe().constData());

    const CliResult restored = cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore")});
    VERIFY_EXIT(restored, 0);
    const QString kept = restored.json().object().value(QStringLiteral("replaced_kept_as")).toString();
    QVERIFY2(QFileInfo::exists(kept), restored.describe().constData());
    const CliResult after = cli({QStringLiteral("--json"), QStringLiteral("works"), QStringLiteral("list")});
    VERIFY_EXIT(after, 0);
    QCOMPARE(after.json().object().value(QStringLiteral("works")).toArray().size(), qsizetype(3));

    VERIFY_EXIT(cli({QStringLiteral("backup"), QStringLiteral("restore"), path(QStringLiteral("nothing.rakkan"))}), 1);
    VERIFY_EXIT(cli({QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("many")}), 2);
    const CliResult keep =
        cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("4")});
    VERIFY_EXIT(keep, 0);
    QCOMPARE(keep.json().object().value(QStringLiteral("keep")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::namedPolicies()
{
    auto edited = cli({QStringLiteral("policy"), QStringLiteral("edit"), QStringLiteral("--name"),
                       QStringLiteral("magazine"), QStringLiteral("--creator"), QStringLiteral("山田花子"),
                       QStringLiteral("--site"), QStringLiteral("https://example.org")});
    VERIFY_EXIT(edited, 0);
    auto shown = cli({QStringLiteral("--json"), QStringLiteral("policy"), QStringLiteral("show"),
                      QStringLiteral("--name"), QStringLiteral("magazine")});
    VERIFY_EXIT(shown, 0);
    QCOMPARE(shown.json().object().value(QStringLiteral("creator")).toString(), QStringLiteral("山田花子"));
    // The default policy is another one, untouched.
    auto other = cli({QStringLiteral("--json"), QStringLiteral("policy"), QStringLiteral("show")});
    VERIFY_EXIT(other, 0);
    QVERIFY(other.json().object().value(QStringLiteral("creator")).toString() != QStringLiteral("山田花子"));
    auto unnamed =
        cli({QStringLiteral("policy"), QStringLiteral("assign"), QStringLiteral("--work"), QStringLiteral("1")});
    VERIFY_EXIT(unnamed, 2);
    QVERIFY2(unnamed.errText().contains(QStringLiteral("--name")), unnamed.describe().constData());
}
