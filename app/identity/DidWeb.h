#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace rakkan::identity {

// did:web binds a key to a web domain the creator controls: a DID document published at a well-known address on
// their site lists the key. A signature whose controller is the did:web, checked against that document, says
// "whoever runs this site made this declaration".
class DidWeb
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::identity::DidWeb)

public:
    // Checks the form (did:web:host[%3Aport][:path...]) and returns it normalised (host in lower case).
    static Result<QString> normalize(const QString &did);
    // Where the document must be published: https://host/.well-known/did.json, or https://host/path/did.json.
    static Result<QUrl> documentUrl(const QString &did);
    // The DID document that lists `publicKey` (multibase) as the did's key for assertions (signing).
    static QJsonObject document(const QString &did, const QString &publicKey);
    // Whether `didDocument` lists `publicKey` as a key of `controller` (and, when given, under `keyId`).
    static Result<void> verifyBinding(const QJsonObject &didDocument, const QString &controller,
                                      const QString &publicKey, const QString &keyId = {});
};

} // namespace rakkan::identity
