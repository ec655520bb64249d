#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::identity {

// Named secrets in the operating system's keychain through qtkeychain (private keys, API keys). Blocks on a
// local event loop: call it off the GUI thread. Never falls back to storing anything in plain text.
class KeychainSecrets
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::KeychainSecrets)

public:
    explicit KeychainSecrets(QString service = QStringLiteral("Rakkan")) : m_service(std::move(service)) {}

    Result<void> store(const QString &name, const QByteArray &secret);
    Result<QByteArray> load(const QString &name); // ErrorCode::NotFound when there is none
    Result<void> remove(const QString &name);     // absent already is fine
    Result<void> checkAvailable();

private:
    QString m_service;
};

} // namespace rakkan::identity
