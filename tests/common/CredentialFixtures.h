#pragma once

// What the Content Credentials tests share: the c2pa-rs fixtures, their publicly known test keys, and a manifest
// that reserves every AI use.

#include "common/TestSupport.h"
#include "credentials/CredentialWriter.h"

namespace rakkan::test {

inline QByteArray c2paFixture(const QString &name)
{
    return readFile(testData(QStringLiteral("c2pa/") + name));
}

// "es256", "ps256", "ed25519": a test key and its chain (leaf, intermediate).
inline credentials::CredentialSigner c2paTestSigner(const QString &name)
{
    auto key = credentials::SigningKey::fromPem(c2paFixture(name + QStringLiteral(".pem")));
    auto chain = credentials::Certificate::listFromPem(c2paFixture(name + QStringLiteral(".pub")));
    if (!key || !chain)
        qFatal("test key %s does not load", qPrintable(name));
    return {*key, *chain};
}

inline credentials::TrustAnchors c2paTestRoots()
{
    return credentials::TrustAnchors{
        *credentials::Certificate::listFromPem(c2paFixture(QStringLiteral("test_cert_root_bundle.pem")))};
}

inline credentials::CredentialContent doNotTrainContent()
{
    credentials::CredentialContent content;
    content.title = QStringLiteral("夜の港 / Night harbour");
    content.generatorVersion = QStringLiteral("test");
    for (const char *key : {"cawg.data_mining", "cawg.ai_inference", "cawg.ai_generative_training", "cawg.ai_training"})
        content.trainingMining.append({QString::fromLatin1(key), QStringLiteral("notAllowed"), {}, {}});
    content.creators = {QStringLiteral("山田 花子")};
    content.rightsHolder = QStringLiteral("Studio Minato");
    content.isccCode = QStringLiteral("ISCC:KECYCMZIOY36XXGZ7S6QJQ2AEEXPOVEHZYPK6GMSFLU3WF54UPZMTPY");
    return content;
}

} // namespace rakkan::test
