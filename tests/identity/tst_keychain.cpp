// Identities whose keys live in a real Secret Service keychain (gnome-keyring on a private session bus; see
// with-keyring.sh, which CTest runs this test through).

#include "catalog/Catalog.h"
#include "common/TestSupport.h"
#include "identity/IdentityManager.h"
#include "identity/KeychainVault.h"
#include "iscc/IsccSignature.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::identity;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyLivesInTheKeychain();
};

void TestKeychain::keyLivesInTheKeychain()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    auto catalog = catalog::Catalog::open(dir.filePath(QStringLiteral("c.rakkan")));
    RAKKAN_VERIFY_OK(catalog);
    const QString service = QStringLiteral("RakkanTest");
    IdentityManager manager(**catalog, [service](KeyStorage) { return std::make_unique<KeychainVault>(service); });

    auto identity = manager.create(QStringLiteral("鈴木スタジオ"), KeyStorage::Keychain, QString());
    RAKKAN_VERIFY_OK(identity);
    // The key comes back from the keychain (no passphrase: the keychain guards it) and signs.
    auto key = manager.unlock(*identity, QString());
    RAKKAN_VERIFY_OK(key);
    QCOMPARE(key->multibasePublicKey(), identity->publicKey);
    auto signedDoc = iscc::IsccSignature::sign(QJsonObject{{QStringLiteral("n"), 1}}, *key);
    RAKKAN_VERIFY_OK(iscc::IsccSignature::verify(*signedDoc));
    // Nothing of the key went to the catalogue.
    const QByteArray catalogBytes = test::readFile(dir.filePath(QStringLiteral("c.rakkan")));
    QVERIFY(!catalogBytes.contains(key->seed()));

    // A backup restores it into the keychain of another catalogue.
    auto backup = manager.exportBackup(*identity, QString(), QStringLiteral("backup passphrase"), {12, 8, 1});
    RAKKAN_VERIFY_OK(backup);
    RAKKAN_VERIFY_OK(manager.remove(*identity));
    RAKKAN_VERIFY_ERROR(KeychainVault(service).load(*identity, QString()), ErrorCode::NotFound);
    auto other = catalog::Catalog::open(dir.filePath(QStringLiteral("other.rakkan")));
    IdentityManager there(**other, [service](KeyStorage) { return std::make_unique<KeychainVault>(service); });
    auto restored = there.importBackup(*backup, QStringLiteral("backup passphrase"), KeyStorage::Keychain, QString());
    RAKKAN_VERIFY_OK(restored);
    RAKKAN_VERIFY_OK(there.unlock(*restored, QString()));
    RAKKAN_VERIFY_OK(there.remove(*restored));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
