#include "credentials/SignerCertificates.h"

#include "identity/IdentityStore.h"
#include "sqlite/Sqlite.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace rakkan::credentials {
namespace {

constexpr char RootInfo[] = "rakkan c2pa root v1";
constexpr char SealInfo[] = "rakkan c2pa imported key v1";

// HKDF-SHA256 of the identity's secret seed: independent keys for independent uses, none of them stored.
QByteArray derive(const QByteArray &seed, const char *info)
{
    QByteArray out(32, '\0');
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    size_t length = size_t(out.size());
    const bool ok =
        ctx && EVP_PKEY_derive_init(ctx) > 0 && EVP_PKEY_CTX_set_hkdf_md(ctx, EVP_sha256()) > 0 &&
        EVP_PKEY_CTX_set1_hkdf_key(ctx, reinterpret_cast<const unsigned char *>(seed.constData()), int(seed.size())) >
            0 &&
        EVP_PKEY_CTX_add1_hkdf_info(ctx, reinterpret_cast<const unsigned char *>(info), int(qstrlen(info))) > 0 &&
        EVP_PKEY_derive(ctx, reinterpret_cast<unsigned char *>(out.data()), &length) > 0;
    EVP_PKEY_CTX_free(ctx);
    return ok ? out : QByteArray();
}

// ChaCha20-Poly1305 under a derived key: nonce ‖ ciphertext ‖ tag. The identity id is bound in as associated
// data, so a sealed key copied to another identity's row does not open.
QByteArray seal(const QByteArray &key, const QByteArray &plain, const QByteArray &associated)
{
    QByteArray nonce(12, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), 12) != 1)
        return {};
    QByteArray out = nonce;
    QByteArray cipher(plain.size(), '\0');
    QByteArray tag(16, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    bool ok = ctx &&
              EVP_EncryptInit_ex(ctx, EVP_chacha20_poly1305(), nullptr,
                                 reinterpret_cast<const unsigned char *>(key.constData()),
                                 reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
              EVP_EncryptUpdate(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(associated.constData()),
                                int(associated.size())) == 1 &&
              EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(cipher.data()), &length,
                                reinterpret_cast<const unsigned char *>(plain.constData()), int(plain.size())) == 1 &&
              EVP_EncryptFinal_ex(ctx, nullptr, &length) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, 16, tag.data()) == 1;
    EVP_CIPHER_CTX_free(ctx);
    return ok ? out + cipher + tag : QByteArray();
}

std::optional<QByteArray> unseal(const QByteArray &key, const QByteArray &sealed, const QByteArray &associated)
{
    if (sealed.size() < 28)
        return std::nullopt;
    const QByteArray nonce = sealed.left(12);
    const QByteArray cipher = sealed.mid(12, sealed.size() - 28);
    QByteArray tag = sealed.right(16);
    QByteArray plain(cipher.size(), '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int length = 0;
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx, EVP_chacha20_poly1305(), nullptr,
                           reinterpret_cast<const unsigned char *>(key.constData()),
                           reinterpret_cast<const unsigned char *>(nonce.constData())) == 1 &&
        EVP_DecryptUpdate(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(associated.constData()),
                          int(associated.size())) == 1 &&
        EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &length,
                          reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, 16, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx, nullptr, &length) == 1;
    EVP_CIPHER_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    return plain;
}

QByteArray chainPem(const QList<Certificate> &chain)
{
    QByteArray pem;
    for (const Certificate &c : chain)
        pem += c.pem();
    return pem;
}

QByteArray associatedData(qint64 identityId)
{
    return QByteArray("rakkan signing key of identity ") + QByteArray::number(identityId);
}

} // namespace

Result<SigningKey> SignerCertificates::rootKeyFor(const crypto::Ed25519 &key)
{
    const QByteArray seed = derive(key.seed(), RootInfo);
    if (seed.isEmpty())
        return makeError(ErrorCode::Io, tr("The key of the certificate authority could not be derived."));
    return SigningKey::fromEd25519Seed(seed);
}

Result<std::optional<SignerCertificates::Entry>> SignerCertificates::find(qint64 identityId)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral(
                              "SELECT source, chain_pem, root_pem, not_after, created_at FROM signing_certificates "
                              "WHERE identity_id = ?1")));
    stmt.bind(1, identityId);
    RAKKAN_TRY(const bool row, stmt.step());
    if (!row)
        return std::optional<Entry>();
    Entry entry;
    entry.identityId = identityId;
    entry.imported = stmt.text(0) == QLatin1String("imported");
    RAKKAN_TRY(entry.chain, Certificate::listFromPem(stmt.text(1).toUtf8()));
    if (!stmt.text(2).isEmpty()) {
        RAKKAN_TRY(const QList<Certificate> root, Certificate::listFromPem(stmt.text(2).toUtf8()));
        entry.root = root.first();
    }
    entry.notAfter = QDateTime::fromString(stmt.text(3), Qt::ISODate);
    entry.createdAt = stmt.text(4);
    return std::optional<Entry>(entry);
}

Result<void> SignerCertificates::save(const Entry &entry, const QByteArray &sealedKey)
{
    RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral(
                              "INSERT OR REPLACE INTO signing_certificates (identity_id, source, chain_pem, root_pem, "
                              "sealed_key, not_after) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")));
    stmt.bind(1, entry.identityId)
        .bind(2, entry.imported ? QStringLiteral("imported") : QStringLiteral("local"))
        .bind(3, QString::fromUtf8(chainPem(entry.chain)))
        .bindTextOrNull(4, entry.root ? QString::fromUtf8(entry.root->pem()) : QString());
    if (sealedKey.isEmpty())
        stmt.bindNull(5);
    else
        stmt.bind(5, sealedKey);
    return stmt.bind(6, entry.notAfter.toString(Qt::ISODate)).exec();
}

Result<SignerCertificates::Entry> SignerCertificates::issueLocal(const identity::Identity &identity,
                                                                 const crypto::Ed25519 &key)
{
    RAKKAN_TRY(const SigningKey rootKey, rootKeyFor(key));
    RAKKAN_TRY(const SigningKey leafKey, SigningKey::fromEd25519Seed(key.seed()));
    RAKKAN_TRY(const std::optional<Entry> existing, find(identity.id));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Entry entry;
    entry.identityId = identity.id;
    // The root is kept once made, so that whoever chose to trust it keeps trusting the renewed leaf.
    if (existing && existing->root && existing->root->notAfter() > now.addYears(LeafYears)) {
        entry.root = existing->root;
    } else {
        RAKKAN_TRY(const Certificate root,
                   LocalAuthority::makeRoot(rootKey, tr("%1 (Rakkan certificate authority)").arg(identity.name),
                                            now.addSecs(-3600), RootYears));
        entry.root = root;
    }
    // Backdated by an hour, so that a viewer whose clock is a little behind does not see a certificate from the
    // future.
    RAKKAN_TRY(const Certificate leaf, LocalAuthority::issueSigner(*entry.root, rootKey, leafKey, identity.name,
                                                                   now.addSecs(-3600), LeafYears));
    entry.chain = {leaf};
    entry.notAfter = leaf.notAfter();
    RAKKAN_TRY(save(entry, {}));
    return entry;
}

Result<SignerCertificates::Entry> SignerCertificates::importCertificate(const identity::Identity &identity,
                                                                        const crypto::Ed25519 &key,
                                                                        const QByteArray &chainPemBytes,
                                                                        const QByteArray &keyPem)
{
    RAKKAN_TRY(const QList<Certificate> chain, Certificate::listFromPem(chainPemBytes));
    RAKKAN_TRY(const SigningKey signingKey, SigningKey::fromPem(keyPem));
    if (EVP_PKEY_eq(chain.first().publicKey(), signingKey.get()) != 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The private key does not belong to the first certificate of the chain."));
    const QStringList problems = chain.first().signerProfileProblems();
    if (!problems.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("This certificate cannot sign Content Credentials: %1.").arg(problems.join(QLatin1String("; "))));
    if (chain.first().notAfter() < QDateTime::currentDateTimeUtc())
        return makeError(ErrorCode::InvalidArgument, tr("This certificate has expired."));
    Entry entry;
    entry.identityId = identity.id;
    entry.imported = true;
    // A root in the file is the CA's, not something to hand out as the artist's: only the chain is kept.
    for (const Certificate &c : chain)
        if (!c.isSelfIssued())
            entry.chain.append(c);
    entry.notAfter = chain.first().notAfter();
    const QByteArray sealingKey = derive(key.seed(), SealInfo);
    const QByteArray sealed = sealingKey.size() == 32
                                  ? seal(sealingKey, signingKey.privateKeyPem(), associatedData(identity.id))
                                  : QByteArray();
    if (sealed.isEmpty())
        return makeError(ErrorCode::Io, tr("The private key could not be sealed."));
    RAKKAN_TRY(save(entry, sealed));
    return entry;
}

Result<CredentialSigner> SignerCertificates::signerFor(const identity::Identity &identity, const crypto::Ed25519 &key)
{
    RAKKAN_TRY(std::optional<Entry> entry, find(identity.id));
    if (entry && entry->imported) {
        RAKKAN_TRY(auto stmt, m_catalog.database().prepare(QStringLiteral(
                                  "SELECT sealed_key FROM signing_certificates WHERE identity_id = ?1")));
        stmt.bind(1, identity.id);
        RAKKAN_TRY(stmt.step());
        const QByteArray sealingKey = derive(key.seed(), SealInfo);
        const auto pem =
            sealingKey.size() == 32 ? unseal(sealingKey, stmt.blob(0), associatedData(identity.id)) : std::nullopt;
        if (!pem)
            return makeError(ErrorCode::Corrupt,
                             tr("The imported certificate's key does not open with this identity's key."));
        if (entry->notAfter < QDateTime::currentDateTimeUtc())
            return makeError(ErrorCode::InvalidArgument,
                             tr("The imported certificate of %1 expired on %2; import a new one, or go back to "
                                "Rakkan's own certificate.")
                                 .arg(identity.name, entry->notAfter.toString(Qt::ISODate)));
        RAKKAN_TRY(const SigningKey signingKey, SigningKey::fromPem(*pem));
        if (EVP_PKEY_eq(entry->chain.first().publicKey(), signingKey.get()) != 1)
            return makeError(ErrorCode::Corrupt, tr("The stored certificate does not hold this identity's key."));
        return CredentialSigner{signingKey, entry->chain};
    }
    if (!entry || entry->notAfter < QDateTime::currentDateTimeUtc().addDays(RenewDaysBefore)) {
        RAKKAN_TRY(const Entry issued, issueLocal(identity, key));
        entry = issued;
    }
    RAKKAN_TRY(const SigningKey signingKey, SigningKey::fromEd25519Seed(key.seed()));
    // The certificate must hold this very key: a catalogue edited to pair one identity with another's certificate
    // would otherwise produce credentials that do not verify.
    if (EVP_PKEY_eq(entry->chain.first().publicKey(), signingKey.get()) != 1)
        return makeError(ErrorCode::Corrupt, tr("The stored certificate does not hold this identity's key."));
    return CredentialSigner{signingKey, entry->chain};
}

Result<std::optional<identity::Identity>> SignerCertificates::ownerOf(const QByteArray &leafDer)
{
    auto leaf = Certificate::fromDer(leafDer);
    if (!leaf.ok())
        return std::optional<identity::Identity>();
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    const bool ed25519 =
        EVP_PKEY_get_base_id(leaf->publicKey()) == EVP_PKEY_ED25519 &&
        EVP_PKEY_get_raw_public_key(leaf->publicKey(), reinterpret_cast<unsigned char *>(raw.data()), &length) == 1;
    RAKKAN_TRY(const QList<identity::Identity> identities, identity::IdentityStore(m_catalog).list());
    for (const identity::Identity &candidate : identities) {
        if (ed25519) {
            if (auto key = crypto::Ed25519::publicKeyFromMultibase(candidate.publicKey); key.ok() && *key == raw)
                return std::optional<identity::Identity>(candidate);
        }
        RAKKAN_TRY(const std::optional<Entry> entry, find(candidate.id));
        if (entry && entry->imported && entry->chain.first().der() == leafDer)
            return std::optional<identity::Identity>(candidate);
    }
    return std::optional<identity::Identity>();
}

} // namespace rakkan::credentials
