#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "credentials/CredentialWriter.h"
#include "credentials/SigningCertificate.h"
#include "crypto/Ed25519.h"
#include "identity/Identity.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace rakkan::credentials {

// Each identity's certificate for signing Content Credentials, kept in the catalogue.
//
// By default Rakkan is the identity's own certificate authority: the leaf certificate holds the identity's Ed25519
// key (so a credential and a hub declaration are signed by the same key), and the root's key is derived from the
// identity's secret, so nothing further has to be kept secret and the same root can renew the leaf. Viewers see
// such a signer as valid but untrusted unless they import the root (rootPem). A creator with a certificate from
// a CA on the C2PA trust list imports it with its key; the key is kept sealed under a key derived from the
// identity's secret, so it is usable exactly when the identity is unlocked.
class SignerCertificates
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::SignerCertificates)

public:
    struct Entry
    {
        qint64 identityId = 0;
        bool imported = false;
        QList<Certificate> chain; // leaf first
        std::optional<Certificate> root;
        QDateTime notAfter;
        QString createdAt;
    };

    // A local leaf is renewed this long before it expires.
    static constexpr int RenewDaysBefore = 30;
    static constexpr int LeafYears = 5;
    static constexpr int RootYears = 30;

    explicit SignerCertificates(catalog::Catalog &catalog) : m_catalog(catalog) {}

    Result<std::optional<Entry>> find(qint64 identityId);
    // What signs for `identity`, whose unlocked key is `key`: its imported certificate, else its own authority's
    // (made on first use and renewed when close to expiry).
    Result<CredentialSigner> signerFor(const identity::Identity &identity, const crypto::Ed25519 &key);
    // A new leaf from the identity's own authority, replacing an imported certificate if there was one.
    Result<Entry> issueLocal(const identity::Identity &identity, const crypto::Ed25519 &key);
    // A certificate chain (PEM, leaf first) and its private key (PEM) from another CA. The key must match the
    // leaf, and the leaf must be fit to sign claims (the C2PA certificate profile).
    Result<Entry> importCertificate(const identity::Identity &identity, const crypto::Ed25519 &key,
                                    const QByteArray &chainPem, const QByteArray &keyPem);

    // Which of this catalogue's identities signed a credential whose leaf certificate is `leafDer`: one whose own
    // key the certificate holds (any leaf Rakkan issued it, renewed or not), or whose imported certificate it is.
    Result<std::optional<identity::Identity>> ownerOf(const QByteArray &leafDer);

private:
    Result<void> save(const Entry &entry, const QByteArray &sealedKey);
    static Result<SigningKey> rootKeyFor(const crypto::Ed25519 &key);

    catalog::Catalog &m_catalog;
};

} // namespace rakkan::credentials
