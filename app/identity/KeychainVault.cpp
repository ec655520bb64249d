#include "identity/KeychainVault.h"

#include "crypto/PassphraseBox.h"
#include "identity/KeychainSecrets.h"

namespace rakkan::identity {

namespace {

QString entryName(const Identity &identity)
{
    return QStringLiteral("identity:") + identity.publicKey;
}

// The keychain's errors, said for a private key.
Error forKey(const Error &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return makeError(ErrorCode::NotFound,
                         KeychainVault::tr("The private key is not in this computer's keychain. Import the key's "
                                           "backup file to use this identity here."));
    case ErrorCode::Unavailable:
        return makeError(
            ErrorCode::Unavailable,
            KeychainVault::tr("%1 Keep the key in a passphrase-protected key file instead.").arg(error.message));
    default:
        return error;
    }
}

} // namespace

KeychainVault::KeychainVault(QString service) : m_service(std::move(service)) {}

Result<void> KeychainVault::store(const Identity &identity, const crypto::Ed25519 &key, const QString &)
{
    auto done = KeychainSecrets(m_service).store(entryName(identity), key.seed());
    if (!done.ok())
        return forKey(done.error());
    return {};
}

Result<crypto::Ed25519> KeychainVault::load(const Identity &identity, const QString &)
{
    auto seed = KeychainSecrets(m_service).load(entryName(identity));
    if (!seed.ok())
        return forKey(seed.error());
    auto key = crypto::Ed25519::fromSeed(*seed);
    crypto::PassphraseBox::wipe(*seed);
    if (!key.ok() || key->multibasePublicKey() != identity.publicKey)
        return makeError(ErrorCode::Corrupt,
                         tr("The keychain holds a different or damaged key for \"%1\".").arg(identity.name));
    return key;
}

Result<void> KeychainVault::remove(const Identity &identity)
{
    auto done = KeychainSecrets(m_service).remove(entryName(identity));
    if (!done.ok())
        return forKey(done.error());
    return {};
}

Result<void> KeychainVault::checkAvailable()
{
    auto done = KeychainSecrets(m_service).checkAvailable();
    if (!done.ok())
        return forKey(done.error());
    return {};
}

} // namespace rakkan::identity
