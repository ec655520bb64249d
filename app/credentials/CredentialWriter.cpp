#include "credentials/CredentialWriter.h"

#include "core/AtomicFile.h"
#include "credentials/CredentialReader.h"
#include "credentials/Jumbf.h"
#include "credentials/ManifestStoreIo.h"
#include "crypto/Sha256.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace rakkan::credentials {
namespace {

// Core deterministic encoding (RFC 8949 §4.2.1), which C2PA asks of claims and assertions: Qt writes definite
// lengths and shortest integers; map keys are sorted here by their encoded bytes, at every level.
QCborValue deterministic(const QCborValue &value)
{
    if (value.isArray()) {
        QCborArray out;
        for (const QCborValue &item : value.toArray())
            out.append(deterministic(item));
        return out;
    }
    if (!value.isMap())
        return value;
    const QCborMap in = value.toMap();
    QList<QPair<QByteArray, QCborValue>> keys;
    for (auto it = in.constBegin(); it != in.constEnd(); ++it)
        keys.append({it.key().toCbor(), it.key()});
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
    });
    QCborMap out;
    for (const auto &key : keys)
        out.insert(key.second, deterministic(in.value(key.second)));
    return out;
}

QByteArray encode(const QCborMap &map)
{
    return deterministic(map).toCbor();
}

void appendHead(QByteArray &out, int major, quint64 value)
{
    const char type = char(major << 5);
    if (value < 24) {
        out.append(char(type | char(value)));
    } else if (value <= 0xff) {
        out.append(char(type | 24));
        out.append(char(value));
    } else if (value <= 0xffff) {
        out.append(char(type | 25));
        out.append(char(value >> 8));
        out.append(char(value & 0xff));
    } else {
        out.append(char(type | 26));
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(char((value >> shift) & 0xff));
    }
}

void appendText(QByteArray &out, const char *text)
{
    const QByteArray utf8(text);
    appendHead(out, 3, quint64(utf8.size()));
    out.append(utf8);
}

// c2pa.hash.data with its exclusion as 32-bit integers whatever their value (the exception C2PA 2.2 §18.5.2
// makes to shortest encoding), so the assertion keeps its size when the final offsets are filled in.
QByteArray dataHashAssertion(const QByteArray &hash, quint32 start, quint32 length)
{
    QByteArray out;
    appendHead(out, 5, 5);
    appendText(out, "alg");
    appendText(out, "sha256");
    appendText(out, "pad");
    appendHead(out, 2, 0);
    appendText(out, "hash");
    appendHead(out, 2, quint64(hash.size()));
    out.append(hash);
    appendText(out, "name");
    appendText(out, "jumbf manifest");
    appendText(out, "exclusions");
    appendHead(out, 4, 1);
    appendHead(out, 5, 2);
    appendText(out, "start");
    out.append(char(0x1a));
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((start >> shift) & 0xff));
    appendText(out, "length");
    out.append(char(0x1a));
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((length >> shift) & 0xff));
    return out;
}

struct Assertion
{
    QString label;
    QByteArray box; // the whole superbox
};

Assertion cborAssertion(const QString &label, const QByteArray &cbor)
{
    return {label, jumbfSuperbox(jumbfUuid("cbor"), label, {jumbfBox("cbor", cbor)})};
}

QCborMap hashedUri(const QString &url, const QByteArray &superbox)
{
    // A hashed URI covers the superbox's payload: everything after its own 8-byte header (C2PA 2.2 §8.4.2.3).
    return QCborMap{{QStringLiteral("url"), url},
                    {QStringLiteral("hash"), crypto::sha256(QByteArrayView(superbox).sliced(8))}};
}

QList<Assertion> contentAssertions(const CredentialContent &content)
{
    QList<Assertion> assertions;
    const QCborMap agent{{QStringLiteral("name"), QStringLiteral("Rakkan")},
                         {QStringLiteral("version"), content.generatorVersion}};
    const QCborMap created{{QStringLiteral("action"), QStringLiteral("c2pa.created")},
                           {QStringLiteral("digitalSourceType"), content.digitalSourceType},
                           {QStringLiteral("softwareAgent"), agent}};
    assertions.append(cborAssertion(QStringLiteral("c2pa.actions.v2"),
                                    encode(QCborMap{{QStringLiteral("actions"), QCborArray{created}}})));
    if (!content.trainingMining.isEmpty()) {
        QCborMap entries;
        for (const TrainingMiningChoice &choice : content.trainingMining) {
            QCborMap entry{{QStringLiteral("use"), choice.use}};
            if (!choice.constraintInfo.isEmpty())
                entry.insert(QStringLiteral("constraint_info"), choice.constraintInfo);
            entries.insert(choice.key, entry);
        }
        assertions.append(cborAssertion(QStringLiteral("cawg.training-mining"),
                                        encode(QCborMap{{QStringLiteral("entries"), entries}})));
    }
    if (!content.isccCode.isEmpty()) {
        const QCborMap block{{QStringLiteral("scope"), QCborMap()}, {QStringLiteral("value"), content.isccCode}};
        assertions.append(cborAssertion(QStringLiteral("c2pa.soft-binding"),
                                        encode(QCborMap{{QStringLiteral("alg"), QStringLiteral("io.iscc.v0")},
                                                        {QStringLiteral("blocks"), QCborArray{block}}})));
    }
    if (!content.creators.isEmpty() || !content.rightsHolder.isEmpty()) {
        QJsonObject metadata{
            {QStringLiteral("@context"),
             QJsonObject{{QStringLiteral("dc"), QStringLiteral("http://purl.org/dc/elements/1.1/")},
                         {QStringLiteral("xmpRights"), QStringLiteral("http://ns.adobe.com/xap/1.0/rights/")}}}};
        if (!content.creators.isEmpty())
            metadata.insert(QStringLiteral("dc:creator"), QJsonArray::fromStringList(content.creators));
        if (!content.rightsHolder.isEmpty())
            metadata.insert(QStringLiteral("xmpRights:Owner"), QJsonArray{content.rightsHolder});
        const QByteArray json = QJsonDocument(metadata).toJson(QJsonDocument::Compact);
        assertions.append(
            {QStringLiteral("cawg.metadata"),
             jumbfSuperbox(jumbfUuid("json"), QStringLiteral("cawg.metadata"), {jumbfBox("json", json)})});
    }
    return assertions;
}

// The whole store for a data hash over `hash` that leaves out [start, start + length).
Result<QByteArray> buildStore(const QList<Assertion> &contentBoxes, const CredentialContent &content,
                              const CredentialSigner &signer, const QString &manifestLabel, const QString &instanceId,
                              const QByteArray &hash, quint32 start, quint32 length)
{
    QList<Assertion> assertions = contentBoxes;
    assertions.append(cborAssertion(QStringLiteral("c2pa.hash.data"), dataHashAssertion(hash, start, length)));

    QCborArray created;
    QList<QByteArray> boxes;
    for (const Assertion &a : assertions) {
        created.append(hashedUri(QStringLiteral("self#jumbf=c2pa.assertions/") + a.label, a.box));
        boxes.append(a.box);
    }
    const QByteArray assertionStore = jumbfSuperbox(jumbfUuid("c2as"), QStringLiteral("c2pa.assertions"), boxes);

    QCborMap claim{
        {QStringLiteral("instanceID"), instanceId},
        {QStringLiteral("claim_generator_info"), QCborMap{{QStringLiteral("name"), QStringLiteral("Rakkan")},
                                                          {QStringLiteral("version"), content.generatorVersion}}},
        {QStringLiteral("signature"), QStringLiteral("self#jumbf=/c2pa/%1/c2pa.signature").arg(manifestLabel)},
        {QStringLiteral("created_assertions"), created},
        {QStringLiteral("alg"), QStringLiteral("sha256")}};
    if (!content.title.isEmpty())
        claim.insert(QStringLiteral("dc:title"), content.title);
    const QByteArray claimBytes = encode(claim);

    QCborArray chain;
    for (const Certificate &c : signer.chain)
        chain.append(c.der());
    const QCborMap protectedHeader{{1, signer.key.algorithm()},
                                   {33, chain.size() == 1 ? QCborValue(chain.first()) : QCborValue(chain)}};
    const QByteArray protectedBytes = encode(protectedHeader);
    RAKKAN_TRY(const QByteArray signature, signCose(signer.key, coseSigStructure(protectedBytes, claimBytes)));
    const QByteArray signatureBytes = encodeCoseSign1(protectedBytes, QCborMap(), signature);

    const QByteArray manifest = jumbfSuperbox(
        jumbfUuid("c2ma"), manifestLabel,
        {assertionStore,
         jumbfSuperbox(jumbfUuid("c2cl"), QStringLiteral("c2pa.claim.v2"), {jumbfBox("cbor", claimBytes)}),
         jumbfSuperbox(jumbfUuid("c2cs"), QStringLiteral("c2pa.signature"), {jumbfBox("cbor", signatureBytes)})});
    return jumbfSuperbox(jumbfUuid("c2pa"), QStringLiteral("c2pa"), {manifest});
}

} // namespace

Result<QByteArray> CredentialWriter::embed(QByteArrayView file, const CredentialContent &content,
                                           const CredentialSigner &signer)
{
    if (signer.chain.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A Content Credential needs a signing certificate."));
    RAKKAN_TRY(const ManifestStoreIo::Container container, ManifestStoreIo::containerOf(file));
    RAKKAN_TRY(const QByteArray stripped, ManifestStoreIo::remove(file));
    RAKKAN_TRY(const QByteArray prepared, ManifestStoreIo::prepare(stripped));
    RAKKAN_TRY(const qsizetype offset, ManifestStoreIo::insertionOffset(prepared));
    if (prepared.size() > qsizetype(0xffffffffLL) - 16 * 1024 * 1024)
        return makeError(ErrorCode::TooLarge, tr("The file is too large for Content Credentials."));

    // The exclusion leaves out exactly the bytes inserted, and only its length depends on the store, written at a
    // fixed width: a provisional build gives the length; the hard binding is then the hash of the file as it will
    // be around the store (for a JPEG or PNG the file as it is now; a WebP's RIFF size changes with the store).
    const QString manifestLabel = QStringLiteral("urn:c2pa:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString instanceId = QStringLiteral("xmp:iid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QList<Assertion> assertions = contentAssertions(content);
    RAKKAN_TRY(const QByteArray provisional, buildStore(assertions, content, signer, manifestLabel, instanceId,
                                                        QByteArray(32, '\0'), quint32(offset), 0));
    const quint32 length = quint32(ManifestStoreIo::wrap(container, provisional).size());
    const QByteArray around =
        ManifestStoreIo::assemble(container, prepared, offset, QByteArray(qsizetype(length), '\0'));
    QByteArray outside = around.first(offset);
    outside.append(QByteArrayView(around).sliced(offset + length));
    const QByteArray hash = crypto::sha256(outside);
    RAKKAN_TRY(const QByteArray store,
               buildStore(assertions, content, signer, manifestLabel, instanceId, hash, quint32(offset), length));
    const QByteArray wrapped = ManifestStoreIo::wrap(container, store);
    if (quint32(wrapped.size()) != length)
        return makeError(ErrorCode::Io, tr("The Content Credential changed size while it was signed; nothing was "
                                           "written."));
    const QByteArray out = ManifestStoreIo::assemble(container, prepared, offset, wrapped);

    // Read back as any validator would before anyone relies on it.
    RAKKAN_TRY(const ContentCredential check, CredentialReader::read(out));
    if (check.state != CredentialState::Valid && check.state != CredentialState::Trusted)
        return makeError(ErrorCode::Io, tr("The Content Credential written does not validate (%1); nothing was "
                                           "written.")
                                            .arg(check.failures.join(QLatin1String(", "))));
    return out;
}

Result<bool> CredentialWriter::embedInFile(const QString &path, const CredentialContent &content,
                                           const CredentialSigner &signer)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("%1 could not be read back: %2").arg(path, file.errorString()));
    if (!ManifestStoreIo::containerOf(file.peek(12)).ok())
        return false;
    const QByteArray bytes = file.readAll();
    file.close();
    RAKKAN_TRY(const QByteArray signedBytes, embed(bytes, content, signer));
    RAKKAN_TRY(writeFileAtomically(path, signedBytes));
    return true;
}

} // namespace rakkan::credentials
