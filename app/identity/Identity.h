#pragma once

#include <QString>

#include <optional>

namespace rakkan::identity {

// Where an identity's private key lives. Never in the catalogue, never in settings.
enum class KeyStorage {
    Keychain, // the operating system's keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store)
    File,     // a key file encrypted with a passphrase, for systems without a keychain
};

QString keyStorageKey(KeyStorage storage);
std::optional<KeyStorage> keyStorageFromKey(const QString &key);

// A signing identity: one artist, or a studio. The public half, as the catalogue keeps it.
struct Identity
{
    qint64 id = 0;
    QString name;
    QString publicKey;  // multibase Ed25519, "z6Mk..."
    QString controller; // optional "did:web:..." the creator bound to the key
    KeyStorage storage = KeyStorage::Keychain;
    bool isDefault = false;
    QString createdAt;
    QString backedUpAt; // empty until a backup was exported

    // did:key names the key itself; anyone can check a signature against it without a lookup.
    QString didKey() const { return QStringLiteral("did:key:") + publicKey; }
};

} // namespace rakkan::identity
