#pragma once

#include "catalog/Catalog.h"
#include "cli/Command.h"
#include "credentials/CredentialWriter.h"

#include <QCoreApplication>

namespace rakkan::cli {

// --c2pa [--identity ID] [--passphrase-file FILE] for the commands that write copies: whether to sign Content
// Credentials into them, and the signer (the identity unlocked, its certificate made or renewed when needed).
class CredentialOptions
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CredentialOptions)

public:
    CredentialOptions();
    void addTo(QCommandLineParser &parser) const;
    bool requested(const Call &call) const { return call.isSet(m_c2pa); }
    Result<credentials::CredentialSigner> signer(const Call &call, catalog::Catalog &catalog) const;

private:
    QCommandLineOption m_c2pa;
    QCommandLineOption m_identity;
    QCommandLineOption m_passFile;
};

} // namespace rakkan::cli
