#include "identity/KeyFile.h"

#include "crypto/Jcs.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rakkan::identity {

namespace {

const QString kCiphertext = QStringLiteral("ciphertext");

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Everything but the box itself is authenticated. The salt and nonce need not be: changing either gives another
// key or keystream, and the tag then fails exactly as with a wrong passphrase.
Result<QByteArray> associatedData(QJsonObject object)
{
    object.remove(kCiphertext);
    object.remove(QStringLiteral("salt"));
    object.remove(QStringLiteral("nonce"));
    return crypto::Jcs::canonicalize(QJsonValue(object));
}

struct Parsed
{
    QJsonObject object;
    KeyFileHeader header;
};

Result<Parsed> parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject o = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        o.value(QStringLiteral("format")).toString() != QLatin1String(KeyFile::kFormat))
        return makeError(ErrorCode::Corrupt, KeyFile::tr("This is not a Rakkan key file, or it is damaged."));
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version != KeyFile::kVersion)
        return makeError(ErrorCode::UnsupportedFormat,
                         KeyFile::tr("This key file is of version %1; this Rakkan reads version %2. Update Rakkan.")
                             .arg(version)
                             .arg(KeyFile::kVersion));
    Parsed p;
    p.object = o;
    p.header.name = o.value(QStringLiteral("name")).toString();
    p.header.publicKey = o.value(QStringLiteral("public_key")).toString();
    p.header.controller = o.value(QStringLiteral("controller")).toString();
    p.header.createdAt = o.value(QStringLiteral("created_at")).toString();
    if (!crypto::Ed25519::publicKeyFromMultibase(p.header.publicKey).ok())
        return makeError(ErrorCode::Corrupt, KeyFile::tr("The key file's public key is damaged."));
    return p;
}

} // namespace

Result<QByteArray> KeyFile::write(const KeyFileHeader &header, const crypto::Ed25519 &key, const QString &passphrase,
                                  crypto::ScryptCost cost)
{
    QJsonObject o{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("name"), header.name},
        {QStringLiteral("public_key"), key.multibasePublicKey()},
        {QStringLiteral("created_at"), header.createdAt},
        {QStringLiteral("about"),
         QStringLiteral("A Rakkan signing key, encrypted with a passphrase. Keep this file and its passphrase safe: "
                        "without them, declarations signed with this key can no longer be updated or withdrawn.")},
    };
    if (!header.controller.isEmpty())
        o.insert(QStringLiteral("controller"), header.controller);
    // The KDF parameters go in the clear (they are needed to open the box) and are authenticated by it.
    QJsonObject kdf{{QStringLiteral("name"), QStringLiteral("scrypt")},
                    {QStringLiteral("log2_n"), cost.log2N},
                    {QStringLiteral("r"), cost.r},
                    {QStringLiteral("p"), cost.p}};
    o.insert(QStringLiteral("kdf"), kdf);
    o.insert(QStringLiteral("cipher"), QStringLiteral("chacha20-poly1305"));
    RAKKAN_TRY(auto aad, associatedData(o));
    RAKKAN_TRY(auto box, crypto::PassphraseBox::seal(key.seed(), passphrase, aad, cost));
    o.insert(QStringLiteral("salt"), b64(box.salt));
    o.insert(QStringLiteral("nonce"), b64(box.nonce));
    o.insert(kCiphertext, b64(box.ciphertext));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<KeyFileHeader> KeyFile::peek(const QByteArray &json)
{
    RAKKAN_TRY(auto parsed, parse(json));
    return parsed.header;
}

Result<crypto::Ed25519> KeyFile::open(const QByteArray &json, const QString &passphrase)
{
    RAKKAN_TRY(auto parsed, parse(json));
    const QJsonObject &o = parsed.object;
    const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("name")).toString() != QLatin1String("scrypt") ||
        o.value(QStringLiteral("cipher")).toString() != QLatin1String("chacha20-poly1305"))
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("The key file is encrypted in a way this Rakkan does not know."));
    crypto::SealedBox box;
    box.cost.log2N = kdf.value(QStringLiteral("log2_n")).toInt();
    box.cost.r = kdf.value(QStringLiteral("r")).toInt();
    box.cost.p = kdf.value(QStringLiteral("p")).toInt();
    box.salt = QByteArray::fromBase64(o.value(QStringLiteral("salt")).toString().toLatin1());
    box.nonce = QByteArray::fromBase64(o.value(QStringLiteral("nonce")).toString().toLatin1());
    box.ciphertext = QByteArray::fromBase64(o.value(kCiphertext).toString().toLatin1());
    RAKKAN_TRY(auto aad, associatedData(o));
    RAKKAN_TRY(auto seed, crypto::PassphraseBox::open(box, passphrase, aad));
    auto key = crypto::Ed25519::fromSeed(seed);
    crypto::PassphraseBox::wipe(seed);
    if (!key.ok())
        return makeError(ErrorCode::Corrupt, tr("The key inside the file is damaged."));
    if (key->multibasePublicKey() != parsed.header.publicKey)
        return makeError(ErrorCode::Corrupt, tr("The key inside the file does not belong to the public key it names."));
    return key;
}

} // namespace rakkan::identity
