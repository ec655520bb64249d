#pragma once

#include "core/Result.h"
#include "credentials/ContentCredential.h"
#include "credentials/Cose.h"
#include "credentials/SigningCertificate.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rakkan::credentials {

// What a manifest Rakkan writes says about a work.
struct CredentialContent
{
    QString title;
    // IPTC digital source type of the work: human-made digital art unless the work says otherwise.
    QString digitalSourceType = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation");
    QList<TrainingMiningChoice> trainingMining; // cawg.* keys; written as cawg.training-mining
    QStringList creators;
    QString rightsHolder;
    QString isccCode; // a soft binding, so that a copy stripped of its manifest can be found again by its ISCC
    QString generatorVersion;
};

// Who signs: a key and its certificate chain, leaf first, without the root.
struct CredentialSigner
{
    SigningKey key;
    QList<Certificate> chain;
};

// Embeds a signed C2PA manifest store in a JPEG, PNG or WebP: claim v2 listing c2pa.actions.v2 (created), the
// cawg.training-mining choices, an ISCC soft binding, the creators and rights holder (cawg.metadata) and the
// c2pa.hash.data hard binding over every byte but the store's own. Any manifest the file had is replaced (it is
// not chained as an ingredient). The result is read back with CredentialReader before it is returned.
class CredentialWriter
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::CredentialWriter)

public:
    static Result<QByteArray> embed(QByteArrayView file, const CredentialContent &content,
                                    const CredentialSigner &signer);
    // The file at `path` signed in place, atomically (a copy being made, never an original): false, and the file
    // untouched, when its format cannot carry a manifest (not JPEG, PNG or WebP).
    static Result<bool> embedInFile(const QString &path, const CredentialContent &content,
                                    const CredentialSigner &signer);
};

} // namespace rakkan::credentials
