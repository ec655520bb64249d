// The settings file checked at start: one that reads whole is kept as the last good copy; one cut short is put
// aside and the last good one restored, so QSettings never reads half a file.

#include "common/TestSupport.h"
#include "core/SettingsFile.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;

class TestSettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileCutInHalfLoadsTheLastGoodOne();
    void noGoodCopyIsSaid();
    void wholeFilesAreRecognised_data();
    void wholeFilesAreRecognised();
};

void TestSettingsFile::aFileCutInHalfLoadsTheLastGoodOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Rakkan.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("ui/language"), QStringLiteral("ja"));
        settings.setValue(QStringLiteral("catalog/lastPath"), QStringLiteral("/home/hanako/作品.rakkan"));
        settings.setValue(QStringLiteral("window/geometry"), QByteArray(300, '\x07'));
    }
    auto first = SettingsFile::checkAndRecover(path);
    RAKKAN_VERIFY_OK(first);
    QVERIFY(!*first);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".good")));

    // Cut in half, in the middle of a line, as a power cut during a copy would leave it.
    const QByteArray whole = test::readFile(path);
    QVERIFY(test::writeFile(path, whole.left(whole.size() / 2)));
    auto recovered = SettingsFile::checkAndRecover(path);
    RAKKAN_VERIFY_OK(recovered);
    QVERIFY(*recovered);
    QCOMPARE(test::readFile(path), whole);
    QCOMPARE(test::readFile(path + QStringLiteral(".damaged")), whole.left(whole.size() / 2));
    QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("catalog/lastPath")).toString(), QStringLiteral("/home/hanako/作品.rakkan"));
    QCOMPARE(settings.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray(300, '\x07'));
}

void TestSettingsFile::noGoodCopyIsSaid()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Rakkan.conf"));
    QVERIFY(test::writeFile(path, "[ui]\nlanguage=ja\n[catal"));
    RAKKAN_VERIFY_ERROR(SettingsFile::checkAndRecover(path), ErrorCode::Corrupt);
    // No file at all is the first start, not damage.
    auto none = SettingsFile::checkAndRecover(dir.filePath(QStringLiteral("missing.conf")));
    RAKKAN_VERIFY_OK(none);
    QVERIFY(!*none);
}

void TestSettingsFile::wholeFilesAreRecognised_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<bool>("whole");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("groups and keys") << QByteArray("[ui]\nlanguage=ja\n\n[window]\ngrid=true\n") << true;
    QTest::newRow("no final newline") << QByteArray("[ui]\nlanguage=ja") << false;
    QTest::newRow("cut inside a group name") << QByteArray("[ui]\nlanguage=ja\n[win\n") << false;
    QTest::newRow("a line without a key") << QByteArray("[ui]\nlanguage\n") << false;
    QTest::newRow("zeros left by a crash") << QByteArray("[ui]\nlanguage=ja\n") + QByteArray(64, '\0') + '\n' << false;
}

void TestSettingsFile::wholeFilesAreRecognised()
{
    QFETCH(QByteArray, ini);
    QFETCH(bool, whole);
    QCOMPARE(SettingsFile::readsWhole(ini), whole);
}

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
