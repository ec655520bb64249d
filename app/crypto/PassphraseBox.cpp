#include "crypto/PassphraseBox.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace rakkan::crypto {

namespace {

constexpr int kKeyBytes = 32;
constexpr int kTagBytes = 16;

struct CipherDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter>;

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool costIsSane(const ScryptCost &cost)
{
    // Bounds on what a file may ask for: enough to refuse a crafted file that would take hours or gigabytes.
    return cost.log2N >= 10 && cost.log2N <= 22 && cost.r >= 1 && cost.r <= 32 && cost.p >= 1 && cost.p <= 16;
}

Result<QByteArray> deriveKey(const QString &passphrase, const QByteArray &salt, const ScryptCost &cost)
{
    if (!costIsSane(cost))
        return makeError(ErrorCode::Corrupt,
                         PassphraseBox::tr("The key file asks for an unreasonable key-derivation cost; it is damaged "
                                           "or was not made by Rakkan."));
    QByteArray pass = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const quint64 n = quint64(1) << cost.log2N;
    const quint64 maxMemory = 256 * n * quint64(cost.r) + (quint64(64) << 20);
    const int ok = EVP_PBE_scrypt(pass.constData(), size_t(pass.size()), bytes(salt), size_t(salt.size()), n,
                                  quint64(cost.r), quint64(cost.p), maxMemory, bytes(key), size_t(key.size()));
    PassphraseBox::wipe(pass);
    if (ok != 1)
        return makeError(ErrorCode::Io, PassphraseBox::tr("The key could not be derived from the passphrase (out of "
                                                          "memory?)."));
    return key;
}

} // namespace

void PassphraseBox::wipe(QByteArray &b)
{
    if (!b.isEmpty())
        OPENSSL_cleanse(b.data(), size_t(b.size()));
    b.clear();
}

Result<SealedBox> PassphraseBox::seal(const QByteArray &secret, const QString &passphrase, const QByteArray &associated,
                                      ScryptCost cost)
{
    if (passphrase.size() < kMinPassphraseLength)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The passphrase must be at least %1 characters long.").arg(kMinPassphraseLength));
    SealedBox box;
    box.cost = cost;
    box.salt = QByteArray(16, Qt::Uninitialized);
    box.nonce = QByteArray(12, Qt::Uninitialized);
    if (RAND_bytes(bytes(box.salt), 16) != 1 || RAND_bytes(bytes(box.nonce), 12) != 1)
        return makeError(ErrorCode::Io, tr("The system could not provide random numbers."));
    RAKKAN_TRY(auto key, deriveKey(passphrase, box.salt, cost));

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    box.ciphertext = QByteArray(secret.size() + kTagBytes, Qt::Uninitialized);
    int length = 0;
    int total = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(box.nonce)) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(associated), int(associated.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), bytes(box.ciphertext), &length, bytes(secret), int(secret.size())) == 1 &&
        (total = length, EVP_EncryptFinal_ex(ctx.get(), bytes(box.ciphertext) + total, &length) == 1) &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kTagBytes, bytes(box.ciphertext) + secret.size()) == 1;
    wipe(key);
    if (!ok)
        return makeError(ErrorCode::Io, tr("Encryption failed."));
    return box;
}

Result<QByteArray> PassphraseBox::open(const SealedBox &box, const QString &passphrase, const QByteArray &associated)
{
    if (box.salt.size() != 16 || box.nonce.size() != 12 || box.ciphertext.size() < kTagBytes)
        return makeError(ErrorCode::Corrupt, tr("The encrypted key is damaged (wrong sizes)."));
    RAKKAN_TRY(auto key, deriveKey(passphrase, box.salt, box.cost));
    const qsizetype plainSize = box.ciphertext.size() - kTagBytes;
    QByteArray plain(plainSize, Qt::Uninitialized);
    QByteArray tag = box.ciphertext.right(kTagBytes);
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    const bool ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_chacha20_poly1305(), nullptr, bytes(key), bytes(box.nonce)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(associated), int(associated.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, bytes(box.ciphertext), int(plainSize)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &length) == 1;
    wipe(key);
    if (!ok) {
        wipe(plain);
        return makeError(ErrorCode::WrongPassphrase,
                         tr("The passphrase is wrong, or the key file was changed since it was written."));
    }
    return plain;
}

} // namespace rakkan::crypto
