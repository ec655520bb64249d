#include "identity/KeychainVault.h"

#include "crypto/PassphraseBox.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace rakkan::identity {

namespace {

QString entryName(const Identity &identity)
{
    return QStringLiteral("identity:") + identity.publicKey;
}

// Runs a qtkeychain job to its end.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never write the key in plain text when no keychain answers (qtkeychain's "insecure fallback").
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error jobError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::Unavailable,
                         KeychainVault::tr("No system keychain is available on this computer (%1). Keep the key in a "
                                           "passphrase-protected key file instead.")
                             .arg(job.errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::PermissionDenied,
                         KeychainVault::tr("The system keychain refused access: %1").arg(job.errorString()));
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         KeychainVault::tr("The private key is not in this computer's keychain. Import the key's "
                                           "backup file to use this identity here."));
    default:
        // Without a running keychain service qtkeychain reports "OtherError" with D-Bus's message.
        return makeError(ErrorCode::Unavailable,
                         KeychainVault::tr("The system keychain could not be used (%1). Keep the key in a "
                                           "passphrase-protected key file instead.")
                             .arg(job.errorString()));
    }
}

} // namespace

KeychainVault::KeychainVault(QString service) : m_service(std::move(service)) {}

Result<void> KeychainVault::store(const Identity &identity, const crypto::Ed25519 &key, const QString &)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryName(identity));
    job.setBinaryData(key.seed());
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    return {};
}

Result<crypto::Ed25519> KeychainVault::load(const Identity &identity, const QString &)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryName(identity));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    QByteArray seed = job.binaryData();
    auto key = crypto::Ed25519::fromSeed(seed);
    crypto::PassphraseBox::wipe(seed);
    if (!key.ok() || key->multibasePublicKey() != identity.publicKey)
        return makeError(ErrorCode::Corrupt,
                         tr("The keychain holds a different or damaged key for \"%1\".").arg(identity.name));
    return key;
}

Result<void> KeychainVault::remove(const Identity &identity)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(identity));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return jobError(job);
    return {};
}

Result<void> KeychainVault::checkAvailable()
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("availability-probe"));
    runJob(job);
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return {};
    return jobError(job);
}

} // namespace rakkan::identity
