#pragma once

#include "core/Result.h"
#include "credentials/Cose.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct x509_st;

namespace rakkan::credentials {

// An X.509 certificate as C2PA uses it: the signer's credential, an intermediate, or a trust anchor.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::Certificate)

public:
    static Result<Certificate> fromDer(const QByteArray &der);
    // Every certificate in a PEM file, in order.
    static Result<QList<Certificate>> listFromPem(const QByteArray &pem);

    QByteArray der() const;
    QByteArray pem() const;
    QString subjectName() const; // the common name, else the organisation
    QString subjectOrganization() const;
    QString issuerName() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool isSelfIssued() const;
    evp_pkey_st *publicKey() const; // owned by the certificate
    x509_st *get() const { return m_cert.get(); }

    // What keeps this certificate from signing a claim under the C2PA certificate profile (C2PA 2.2 §14.5.1,
    // with the stricter rules common validators apply: an authority key identifier, an allowed EKU); empty if
    // nothing does. Each problem is a short English phrase for logs and --json.
    QStringList signerProfileProblems() const;

private:
    std::shared_ptr<x509_st> m_cert;
};

// The anchors a signer's chain is checked against: none by default (then every signer is "untrusted", which is
// what a self-issued credential honestly is), or the certificates a user chose to trust.
struct TrustAnchors
{
    QList<Certificate> certificates;
    static Result<TrustAnchors> fromPemFile(const QString &path);
};

enum class ChainTrust { Trusted, Untrusted };
// Whether `leaf` chains through `intermediates` to one of `anchors` at `when`.
ChainTrust checkChain(const Certificate &leaf, const QList<Certificate> &intermediates, const TrustAnchors &anchors,
                      const QDateTime &when);

// A certificate authority of one's own: a self-signed root that signs leaf certificates in the C2PA profile (CA
// false, digitalSignature, EKUs c2pa-kp-claimSigning, documentSigning and emailProtection, key identifiers). Viewers
// report such a signer as valid but untrusted until they choose to trust the root.
class LocalAuthority
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::LocalAuthority)

public:
    static Result<Certificate> makeRoot(const SigningKey &rootKey, const QString &name, const QDateTime &from,
                                        int years);
    static Result<Certificate> issueSigner(const Certificate &root, const SigningKey &rootKey,
                                           const SigningKey &signerKey, const QString &name, const QDateTime &from,
                                           int years);
};

} // namespace rakkan::credentials
