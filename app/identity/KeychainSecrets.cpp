#include "identity/KeychainSecrets.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace rakkan::identity {

namespace {

void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    // Never write a secret in plain text when no keychain answers (qtkeychain's "insecure fallback").
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error jobError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::PermissionDenied,
                         KeychainSecrets::tr("The system keychain refused access: %1").arg(job.errorString()));
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, KeychainSecrets::tr("The system keychain has no such entry."));
    default:
        // No backend, or (without a running keychain service) "OtherError" with D-Bus's message.
        return makeError(
            ErrorCode::Unavailable,
            KeychainSecrets::tr("No system keychain is available on this computer (%1).").arg(job.errorString()));
    }
}

} // namespace

Result<void> KeychainSecrets::store(const QString &name, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(name);
    job.setBinaryData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    return {};
}

Result<QByteArray> KeychainSecrets::load(const QString &name)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return jobError(job);
    return job.binaryData();
}

Result<void> KeychainSecrets::remove(const QString &name)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(name);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return jobError(job);
    return {};
}

Result<void> KeychainSecrets::checkAvailable()
{
    auto probe = load(QStringLiteral("availability-probe"));
    if (probe.ok() || probe.error().code == ErrorCode::NotFound)
        return {};
    return probe.error();
}

} // namespace rakkan::identity
