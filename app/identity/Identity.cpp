#include "identity/Identity.h"

namespace rakkan::identity {

QString keyStorageKey(KeyStorage storage)
{
    return storage == KeyStorage::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
}

std::optional<KeyStorage> keyStorageFromKey(const QString &key)
{
    if (key == QLatin1String("keychain"))
        return KeyStorage::Keychain;
    if (key == QLatin1String("file"))
        return KeyStorage::File;
    return std::nullopt;
}

} // namespace rakkan::identity
