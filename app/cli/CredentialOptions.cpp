#include "cli/CredentialOptions.h"

#include "cli/PassphraseInput.h"
#include "credentials/SignerCertificates.h"
#include "identity/IdentityManager.h"

namespace rakkan::cli {

CredentialOptions::CredentialOptions()
    : m_c2pa(QStringLiteral("c2pa"),
             tr("Also sign Content Credentials (C2PA) into JPEG, PNG and WebP copies, with the AI "
                "training and data-mining choices of each work's policy.")),
      m_identity(QStringLiteral("identity"),
                 tr("The identity that signs the Content Credentials (default: the default identity)."), tr("ID")),
      m_passFile(QStringLiteral("passphrase-file"),
                 tr("Read the identity key's passphrase from the first line of FILE."), tr("FILE"))
{}

void CredentialOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_c2pa, m_identity, m_passFile});
}

Result<credentials::CredentialSigner> CredentialOptions::signer(const Call &call, catalog::Catalog &catalog) const
{
    identity::IdentityManager manager(catalog);
    RAKKAN_TRY(const identity::Identity signer, manager.store().find(call.value(m_identity)));
    RAKKAN_TRY(const crypto::Ed25519 key, PassphraseInput::unlock(manager, signer, call.value(m_passFile)));
    return credentials::SignerCertificates(catalog).signerFor(signer, key);
}

} // namespace rakkan::cli
