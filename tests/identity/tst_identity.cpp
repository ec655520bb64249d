#include "catalog/Catalog.h"
#include "cataloguing/WorkEditor.h"
#include "common/TestSupport.h"
#include "crypto/PassphraseBox.h"
#include "identity/DidWeb.h"
#include "identity/FileVault.h"
#include "identity/IdentityManager.h"
#include "identity/KeyFile.h"
#include "identity/KeychainVault.h"
#include "iscc/IsccSignature.h"

#include <QDir>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rakkan;
using namespace rakkan::identity;

namespace {
// Cheap scrypt for tests that run it many times; one test keeps the default cost to prove it works.
constexpr crypto::ScryptCost kFast{12, 8, 1};
const QString kPass = QStringLiteral("correct horse battery");
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void boxRoundTripAndRefusals();
    void keyFileRoundTripAtDefaultCost();
    void keyFileErrorsAreClearAndNeverLeakTheKey();
    void createListAndFind();
    void perWorkSigner();
    void controllerMustBeDidWeb();
    void backupAndRestoreOnAnotherCatalogue();
    void wrongPassphraseAndMissingKeyFile();
    void removeDeletesTheKey();
    void didWebDocumentAndBinding();
    void missingKeychainIsAClearError();

private:
    IdentityManager::VaultFactory fileVaults(const QString &dir) const
    {
        return [dir](KeyStorage storage) -> std::unique_ptr<KeyVault> {
            if (storage == KeyStorage::File)
                return std::make_unique<FileVault>(dir, kFast);
            return std::make_unique<KeychainVault>(QStringLiteral("RakkanTest"));
        };
    }
    std::unique_ptr<catalog::Catalog> openCatalog(const QString &name) const
    {
        auto c = catalog::Catalog::open(m_dir->filePath(name));
        return c.ok() ? std::move(c).value() : nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<IdentityManager> m_manager;
};

void TestIdentity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestIdentity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = openCatalog(QStringLiteral("c.rakkan"));
    QVERIFY(m_catalog);
    m_manager = std::make_unique<IdentityManager>(*m_catalog, fileVaults(m_dir->filePath(QStringLiteral("keys"))));
}

void TestIdentity::cleanup()
{
    m_manager.reset();
    m_catalog.reset();
    m_dir.reset();
}

void TestIdentity::boxRoundTripAndRefusals()
{
    const QByteArray secret("thirty-two bytes of secret seed!");
    auto box = crypto::PassphraseBox::seal(secret, kPass, "header", kFast);
    RAKKAN_VERIFY_OK(box);
    QVERIFY(!box->ciphertext.contains(secret));
    auto opened = crypto::PassphraseBox::open(*box, kPass, "header");
    RAKKAN_VERIFY_OK(opened);
    QCOMPARE(*opened, secret);
    RAKKAN_VERIFY_ERROR(crypto::PassphraseBox::open(*box, QStringLiteral("wrong horse battery"), "header"),
                        ErrorCode::WrongPassphrase);
    // The associated data is authenticated: a changed header fails like a wrong passphrase.
    RAKKAN_VERIFY_ERROR(crypto::PassphraseBox::open(*box, kPass, "HEADER"), ErrorCode::WrongPassphrase);
    crypto::SealedBox flipped = *box;
    flipped.ciphertext[0] = char(flipped.ciphertext.at(0) ^ 1);
    RAKKAN_VERIFY_ERROR(crypto::PassphraseBox::open(flipped, kPass, "header"), ErrorCode::WrongPassphrase);
    RAKKAN_VERIFY_ERROR(crypto::PassphraseBox::seal(secret, QStringLiteral("short"), {}, kFast),
                        ErrorCode::InvalidArgument);
    // A crafted file cannot make Rakkan spend gigabytes on the key derivation.
    crypto::SealedBox greedy = *box;
    greedy.cost.log2N = 40;
    RAKKAN_VERIFY_ERROR(crypto::PassphraseBox::open(greedy, kPass, "header"), ErrorCode::Corrupt);
}

void TestIdentity::keyFileRoundTripAtDefaultCost()
{
    auto key = crypto::Ed25519::generate();
    auto json =
        KeyFile::write(KeyFileHeader{QStringLiteral("山田 花子"), QString(), QString(), QString()}, *key, kPass);
    RAKKAN_VERIFY_OK(json);
    const QJsonObject o = QJsonDocument::fromJson(*json).object();
    QCOMPARE(o.value(QStringLiteral("kdf")).toObject().value(QStringLiteral("log2_n")).toInt(), 17);
    auto header = KeyFile::peek(*json);
    RAKKAN_VERIFY_OK(header);
    QCOMPARE(header->name, QStringLiteral("山田 花子"));
    QCOMPARE(header->publicKey, key->multibasePublicKey());
    auto opened = KeyFile::open(*json, kPass);
    RAKKAN_VERIFY_OK(opened);
    QCOMPARE(opened->seed(), key->seed());
}

void TestIdentity::keyFileErrorsAreClearAndNeverLeakTheKey()
{
    auto key = crypto::Ed25519::generate();
    auto json = KeyFile::write(KeyFileHeader{QStringLiteral("A"), QString(), QString(), QString()}, *key, kPass, kFast);
    RAKKAN_VERIFY_OK(json);
    // The secret is in no readable form in the file.
    for (const QByteArray &form :
         {key->seed(), key->seed().toHex(), key->seed().toBase64(), key->multibaseSecretKey().toLatin1()})
        QVERIFY(!json->contains(form));

    auto wrong = KeyFile::open(*json, QStringLiteral("not the passphrase"));
    RAKKAN_VERIFY_ERROR(wrong, ErrorCode::WrongPassphrase);
    QVERIFY(!wrong.error().message.contains(key->multibaseSecretKey()));

    RAKKAN_VERIFY_ERROR(KeyFile::open("{not json", kPass), ErrorCode::Corrupt);
    RAKKAN_VERIFY_ERROR(KeyFile::open(json->left(json->size() / 2), kPass), ErrorCode::Corrupt);
    QJsonObject o = QJsonDocument::fromJson(*json).object();
    QJsonObject future = o;
    future.insert(QStringLiteral("version"), 2);
    RAKKAN_VERIFY_ERROR(KeyFile::open(QJsonDocument(future).toJson(), kPass), ErrorCode::UnsupportedFormat);
    // Another public key swapped in: the authenticated header no longer matches.
    QJsonObject swapped = o;
    swapped.insert(QStringLiteral("public_key"), crypto::Ed25519::generate()->multibasePublicKey());
    RAKKAN_VERIFY_ERROR(KeyFile::open(QJsonDocument(swapped).toJson(), kPass), ErrorCode::WrongPassphrase);
    QJsonObject renamed = o;
    renamed.insert(QStringLiteral("name"), QStringLiteral("B"));
    RAKKAN_VERIFY_ERROR(KeyFile::open(QJsonDocument(renamed).toJson(), kPass), ErrorCode::WrongPassphrase);
}

void TestIdentity::createListAndFind()
{
    RAKKAN_VERIFY_ERROR(m_manager->store().defaultIdentity(), ErrorCode::NotFound);
    auto studio = m_manager->create(QStringLiteral("Studio Kumo"), KeyStorage::File, kPass);
    RAKKAN_VERIFY_OK(studio);
    QVERIFY(studio->isDefault);
    QVERIFY(studio->publicKey.startsWith(QLatin1String("z6Mk")));
    QCOMPARE(studio->didKey(), QStringLiteral("did:key:") + studio->publicKey);
    auto artist = m_manager->create(QStringLiteral("佐藤"), KeyStorage::File, kPass);
    RAKKAN_VERIFY_OK(artist);
    QVERIFY(!artist->isDefault);
    auto all = m_manager->store().list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().id, studio->id); // the default first
    QCOMPARE(m_manager->store().find(QStringLiteral("佐藤"))->id, artist->id);
    QCOMPARE(m_manager->store().find(QString::number(artist->id))->id, artist->id);
    QCOMPARE(m_manager->store().find(artist->publicKey)->id, artist->id);
    QCOMPARE(m_manager->store().find(QString())->id, studio->id);
    RAKKAN_VERIFY_ERROR(m_manager->store().find(QStringLiteral("nobody")), ErrorCode::NotFound);
    RAKKAN_VERIFY_OK(m_manager->store().setDefault(artist->id));
    QCOMPARE(m_manager->store().defaultIdentity()->id, artist->id);
    RAKKAN_VERIFY_ERROR(m_manager->create(QStringLiteral(" "), KeyStorage::File, kPass), ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(m_manager->create(QStringLiteral("X"), KeyStorage::File, QStringLiteral("short")),
                        ErrorCode::InvalidArgument);
    // A failed create leaves no key file behind.
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("keys"))).entryList(QDir::Files).size(), 2);

    // The key signs: ISCC-SIG with it verifies.
    auto key = m_manager->unlock(*artist, kPass);
    RAKKAN_VERIFY_OK(key);
    auto signedDoc = iscc::IsccSignature::sign(QJsonObject{{QStringLiteral("a"), 1}}, *key);
    RAKKAN_VERIFY_OK(iscc::IsccSignature::verify(*signedDoc));
}

void TestIdentity::perWorkSigner()
{
    auto studio = m_manager->create(QStringLiteral("Studio"), KeyStorage::File, kPass);
    auto artist = m_manager->create(QStringLiteral("Artist"), KeyStorage::File, kPass);
    auto work = m_catalog->works().create(QStringLiteral("Page"), catalog::WorkKind::MangaPage);
    RAKKAN_VERIFY_OK(work);
    QCOMPARE(m_manager->store().signerFor(*work)->id, studio->id);
    RAKKAN_VERIFY_OK(m_manager->store().setSigner(*work, artist->id));
    QCOMPARE(m_manager->store().signerFor(*work)->id, artist->id);
    RAKKAN_VERIFY_ERROR(m_manager->store().setSigner(*work, 999), ErrorCode::NotFound);
    RAKKAN_VERIFY_ERROR(m_manager->store().setSigner(999, artist->id), ErrorCode::NotFound);
    // The work editor's way: part of the work, kept by remove and undo.
    QCOMPARE(m_catalog->works().get(*work)->signingIdentityId, artist->id);
    catalog::WorkEdit toStudio;
    toStudio.signingIdentityId = studio->id;
    RAKKAN_VERIFY_OK(cataloguing::WorkEditor(*m_catalog).update(*work, toStudio));
    QCOMPARE(m_catalog->works().get(*work)->signingIdentityId, studio->id);
    catalog::WorkEdit nobody;
    nobody.signingIdentityId = 4242;
    RAKKAN_VERIFY_ERROR(cataloguing::WorkEditor(*m_catalog).update(*work, nobody), ErrorCode::NotFound);
    auto snapshot = m_catalog->works().remove(*work);
    RAKKAN_VERIFY_OK(snapshot);
    RAKKAN_VERIFY_OK(m_catalog->works().restore(*snapshot));
    QCOMPARE(m_catalog->works().get(*work)->signingIdentityId, studio->id);
    RAKKAN_VERIFY_OK(m_manager->store().setSigner(*work, artist->id));
    // Removing the artist's identity hands the work back to the default.
    RAKKAN_VERIFY_OK(m_manager->remove(*artist));
    QCOMPARE(m_manager->store().signerFor(*work)->id, studio->id);
    RAKKAN_VERIFY_OK(m_manager->store().setSigner(*work, 0));
}

void TestIdentity::controllerMustBeDidWeb()
{
    auto id = m_manager->create(QStringLiteral("A"), KeyStorage::File, kPass);
    RAKKAN_VERIFY_ERROR(m_manager->store().setController(id->id, QStringLiteral("https://example.com")),
                        ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(m_manager->store().setController(id->id, QStringLiteral("did:web:")),
                        ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_OK(m_manager->store().setController(id->id, QStringLiteral("did:web:Kumo.Example.JP")));
    QCOMPARE(m_manager->store().byId(id->id)->controller, QStringLiteral("did:web:kumo.example.jp"));
    RAKKAN_VERIFY_OK(m_manager->store().setController(id->id, QString()));
    QVERIFY(m_manager->store().byId(id->id)->controller.isEmpty());
}

void TestIdentity::backupAndRestoreOnAnotherCatalogue()
{
    auto original =
        m_manager->create(QStringLiteral("花子"), KeyStorage::File, kPass, QStringLiteral("did:web:hanako.example"));
    RAKKAN_VERIFY_OK(original);
    QVERIFY(original->backedUpAt.isEmpty());
    const QString backupPass = QStringLiteral("another long passphrase");
    auto backup = m_manager->exportBackup(*original, kPass, backupPass, kFast);
    RAKKAN_VERIFY_OK(backup);
    QVERIFY(!m_manager->store().byId(original->id)->backedUpAt.isEmpty());

    // Another computer: another catalogue, another key folder.
    auto other = openCatalog(QStringLiteral("other.rakkan"));
    IdentityManager there(*other, fileVaults(m_dir->filePath(QStringLiteral("other-keys"))));
    RAKKAN_VERIFY_ERROR(there.importBackup(*backup, kPass, KeyStorage::File, kPass), ErrorCode::WrongPassphrase);
    auto restored = there.importBackup(*backup, backupPass, KeyStorage::File, QStringLiteral("a new passphrase"));
    RAKKAN_VERIFY_OK(restored);
    QCOMPARE(restored->publicKey, original->publicKey);
    QCOMPARE(restored->name, QStringLiteral("花子"));
    QCOMPARE(restored->controller, QStringLiteral("did:web:hanako.example"));
    auto key = there.unlock(*restored, QStringLiteral("a new passphrase"));
    RAKKAN_VERIFY_OK(key);
    QCOMPARE(key->multibasePublicKey(), original->publicKey);
    // Importing again gives the same identity its key back rather than a duplicate.
    auto again = there.importBackup(*backup, backupPass, KeyStorage::File, QStringLiteral("a new passphrase"));
    RAKKAN_VERIFY_OK(again);
    QCOMPARE(again->id, restored->id);
    QCOMPARE(there.store().list()->size(), 1);
    RAKKAN_VERIFY_ERROR(there.importBackup("garbage", backupPass, KeyStorage::File, kPass), ErrorCode::Corrupt);
}

void TestIdentity::wrongPassphraseAndMissingKeyFile()
{
    auto id = m_manager->create(QStringLiteral("A"), KeyStorage::File, kPass);
    RAKKAN_VERIFY_ERROR(m_manager->unlock(*id, QStringLiteral("wrong passphrase")), ErrorCode::WrongPassphrase);
    RAKKAN_VERIFY_ERROR(m_manager->exportBackup(*id, QStringLiteral("wrong passphrase"), kPass, kFast),
                        ErrorCode::WrongPassphrase);
    const QString path = FileVault(m_dir->filePath(QStringLiteral("keys"))).pathFor(*id);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // A damaged key file says so.
    QVERIFY(test::writeFile(path, "{\"format\": \"rakkan-identity-key\", \"version\": 1, \"public_key\": \"zz\"}"));
    RAKKAN_VERIFY_ERROR(m_manager->unlock(*id, kPass), ErrorCode::Corrupt);
    QVERIFY(QFile::remove(path));
    RAKKAN_VERIFY_ERROR(m_manager->unlock(*id, kPass), ErrorCode::NotFound);
}

void TestIdentity::removeDeletesTheKey()
{
    auto id = m_manager->create(QStringLiteral("A"), KeyStorage::File, kPass);
    auto second = m_manager->create(QStringLiteral("B"), KeyStorage::File, kPass);
    const QString path = FileVault(m_dir->filePath(QStringLiteral("keys"))).pathFor(*id);
    QVERIFY(QFile::exists(path));
    RAKKAN_VERIFY_OK(m_manager->remove(*id));
    QVERIFY(!QFile::exists(path));
    RAKKAN_VERIFY_ERROR(m_manager->store().byId(id->id), ErrorCode::NotFound);
    // The default moved to the remaining identity.
    QCOMPARE(m_manager->store().defaultIdentity()->id, second->id);
}

void TestIdentity::didWebDocumentAndBinding()
{
    QCOMPARE(DidWeb::documentUrl(QStringLiteral("did:web:example.com"))->toString(),
             QStringLiteral("https://example.com/.well-known/did.json"));
    QCOMPARE(DidWeb::documentUrl(QStringLiteral("did:web:example.com:artists:hanako"))->toString(),
             QStringLiteral("https://example.com/artists/hanako/did.json"));
    QCOMPARE(DidWeb::documentUrl(QStringLiteral("did:web:localhost.example%3A8443"))->toString(),
             QStringLiteral("https://localhost.example:8443/.well-known/did.json"));
    for (const char *bad :
         {"did:key:z6Mk", "did:web:", "did:web:no_dots", "did:web:example.com::x", "did:web:example.com:a/b"})
        QVERIFY2(!DidWeb::normalize(QLatin1String(bad)).ok(), bad);

    auto key = crypto::Ed25519::generate();
    const QString did = QStringLiteral("did:web:hanako.example");
    const QJsonObject doc = DidWeb::document(did, key->multibasePublicKey());
    RAKKAN_VERIFY_OK(DidWeb::verifyBinding(doc, did, key->multibasePublicKey()));
    RAKKAN_VERIFY_OK(DidWeb::verifyBinding(doc, did, key->multibasePublicKey(), QStringLiteral("key-1")));
    RAKKAN_VERIFY_ERROR(DidWeb::verifyBinding(doc, did, crypto::Ed25519::generate()->multibasePublicKey()),
                        ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(DidWeb::verifyBinding(doc, QStringLiteral("did:web:other.example"), key->multibasePublicKey()),
                        ErrorCode::InvalidArgument);
    RAKKAN_VERIFY_ERROR(DidWeb::verifyBinding(doc, did, key->multibasePublicKey(), QStringLiteral("key-2")),
                        ErrorCode::InvalidArgument);
}

void TestIdentity::missingKeychainIsAClearError()
{
    // No session bus at all: qtkeychain cannot reach a keychain. Rakkan must say so, never fall back to plain text.
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir->filePath(QStringLiteral("no-bus")).toUtf8());
    auto created = m_manager->create(QStringLiteral("K"), KeyStorage::Keychain, QString());
    if (saved.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    RAKKAN_VERIFY_ERROR(created, ErrorCode::Unavailable);
    QVERIFY(created.error().message.contains(QStringLiteral("keychain")));
    // Nothing was recorded for an identity whose key could not be kept.
    QCOMPARE(m_manager->store().list()->size(), 0);
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                .entryList({QStringLiteral("*.conf"), QStringLiteral("*.ini")}, QDir::Files)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
