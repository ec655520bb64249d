#pragma once

#include "core/Result.h"
#include "crypto/Ed25519.h"
#include "identity/IdentityManager.h"

#include <QCoreApplication>
#include <QString>

namespace rakkan::cli {

// Passphrases come from a file (--passphrase-file, its first line) or are typed at a terminal with echo off;
// never from the command line, where other users and the shell history would see them.
class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::PassphraseInput)

public:
    // `confirm`: ask twice at a terminal (a new passphrase). Without a file and without a terminal: an error.
    static Result<QString> read(const QString &file, const QString &prompt, bool confirm = false);
    // The identity's private key: its passphrase is asked for (from `file`, else typed) only when the key is kept
    // in a key file.
    static Result<crypto::Ed25519> unlock(identity::IdentityManager &manager, const identity::Identity &identity,
                                          const QString &file);
};

} // namespace rakkan::cli
