#include "cli/CliRunner.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rakkan::test::CliResult;
using rakkan::test::CliRunner;

namespace {

bool hasJapanese(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff)) // kana, common kanji
            return true;
    }
    return false;
}

// The first line of the description rakkan-cli --help prints, in English (the source language).
const QString kDescription = QStringLiteral("Rakkan catalogues your artworks");

} // namespace

// Kept apart from tst_cli: it depends on translations/rakkan_ja.ts being filled in, not on the CLI's behaviour.
class TestCliTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void englishHelpIsEnglish();
    void japaneseHelpIsJapanese();

private:
    QTemporaryDir m_home;
};

void TestCliTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
}

void TestCliTranslations::englishHelpIsEnglish()
{
    CliRunner runner(m_home.path());
    runner.setEnvironment(QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")); // RAKKAN_LANG wins over LANG
    const CliResult result = runner.run({QStringLiteral("--help")});
    QVERIFY2(result.finished && result.exitCode == 0, result.describe().constData());
    QVERIFY(result.outText().contains(kDescription));
    QVERIFY2(!hasJapanese(result.outText()), result.out.constData());
}

void TestCliTranslations::japaneseHelpIsJapanese()
{
    CliRunner runner(m_home.path());
    runner.setEnvironment(QStringLiteral("RAKKAN_LANG"), QStringLiteral("ja"));
    const CliResult result = runner.run({QStringLiteral("--help")});
    QVERIFY2(result.finished && result.exitCode == 0, result.describe().constData());
    // Qt's own words ("Usage:", "Options:") come translated from qtbase_ja.qm whatever Rakkan ships; Rakkan's
    // description must be in Japanese too, not left in English.
    QVERIFY2(hasJapanese(result.outText()), result.out.constData());
    QVERIFY2(!result.outText().contains(kDescription), result.out.constData());
}

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
