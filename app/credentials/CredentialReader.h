#pragma once

#include "core/Result.h"
#include "credentials/ContentCredential.h"
#include "credentials/SigningCertificate.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace rakkan::credentials {

// Reads a picture's Content Credentials and validates them offline: the active manifest's claim, its signature and
// certificate chain, every hashed assertion, the hard binding over the file's bytes, an RFC 3161 time-stamp, and
// CAWG identity assertions signed with X.509. Everything is parsed defensively (lengths checked before use,
// nesting bounded); a damaged credential is a verdict with its codes, not an error.
class CredentialReader
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::CredentialReader)

public:
    // Larger files are refused before they are read: pictures that carry credentials are far smaller.
    static constexpr qint64 MaxFileBytes = 1024LL * 1024 * 1024;

    // An error only when the file is not JPEG, PNG or WebP or cannot be read; "no credentials" is the state None.
    static Result<ContentCredential> read(QByteArrayView file, const TrustAnchors &anchors = {});
    static Result<ContentCredential> readFile(const QString &path, const TrustAnchors &anchors = {});
};

} // namespace rakkan::credentials
