#include "identity/FileVault.h"

#include "core/AtomicFile.h"
#include "identity/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rakkan::identity {

FileVault::FileVault(QString directory, crypto::ScryptCost cost) : m_directory(std::move(directory)), m_cost(cost) {}

QString FileVault::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/keys");
}

QString FileVault::pathFor(const Identity &identity) const
{
    return m_directory + QLatin1Char('/') + identity.publicKey + QStringLiteral(".rakkankey");
}

Result<void> FileVault::store(const Identity &identity, const crypto::Ed25519 &key, const QString &passphrase)
{
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Io, tr("The key folder %1 could not be created.").arg(m_directory));
    QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    RAKKAN_TRY(auto json,
               KeyFile::write(KeyFileHeader{identity.name, identity.publicKey, identity.controller, identity.createdAt},
                              key, passphrase, m_cost));
    const QString path = pathFor(identity);
    RAKKAN_TRY(writeFileAtomically(path, json));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Result<crypto::Ed25519> FileVault::load(const Identity &identity, const QString &passphrase)
{
    QFile file(pathFor(identity));
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         tr("The key file of \"%1\" is missing (%2). Import the key's backup file to use this "
                            "identity here.")
                             .arg(identity.name, file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The key file could not be read: %1").arg(file.errorString()));
    return KeyFile::open(file.readAll(), passphrase);
}

Result<void> FileVault::remove(const Identity &identity)
{
    const QString path = pathFor(identity);
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(ErrorCode::Io, tr("The key file %1 could not be removed.").arg(path));
    return {};
}

} // namespace rakkan::identity
