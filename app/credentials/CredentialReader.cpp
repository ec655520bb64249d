#include "credentials/CredentialReader.h"

#include "credentials/CborSpans.h"
#include "credentials/Cose.h"
#include "credentials/Jumbf.h"
#include "credentials/ManifestStatements.h"
#include "credentials/ManifestStoreIo.h"
#include "crypto/TimeStampToken.h"

#include <QCborArray>
#include <QCborMap>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QVariant>

#include <openssl/evp.h>

#include <algorithm>

namespace rakkan::credentials {
namespace {

const QString SelfJumbf = QStringLiteral("self#jumbf=");
// Far above what real manifests hold (tens), far below what would make a hostile one expensive to check.
constexpr qsizetype MaxAssertions = 4096;

// Codes that leave a credential Valid: the signer is simply not one the reader was told to trust.
bool isTrustOnly(const QString &code)
{
    return code == QLatin1String("signingCredential.untrusted") ||
           code == QLatin1String("cawg.x509.credential.untrusted");
}

void addOnce(QStringList &list, const QString &code)
{
    if (!list.contains(code))
        list.append(code);
}

// An assertion label without the "__2" that tells repeated instances apart.
QString baseLabel(const QString &label)
{
    static const QRegularExpression instance(QStringLiteral("__\\d+$"));
    QString base = label;
    base.remove(instance);
    return base;
}

// The hashes C2PA allows (C2PA 2.2 §13.1); null for any other name.
const EVP_MD *digestNamed(const QString &algorithm)
{
    return algorithm == QLatin1String("sha256")   ? EVP_sha256()
           : algorithm == QLatin1String("sha384") ? EVP_sha384()
           : algorithm == QLatin1String("sha512") ? EVP_sha512()
                                                  : nullptr;
}

std::optional<QByteArray> hashWith(const QString &algorithm, QByteArrayView data)
{
    const EVP_MD *md = digestNamed(algorithm);
    if (!md)
        return std::nullopt;
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &length, md, nullptr) != 1)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

class ManifestValidator
{
public:
    ManifestValidator(QByteArrayView file, const ManifestStoreIo::Found &found, const JumbfSuperbox &manifest,
                      const TrustAnchors &anchors, ContentCredential &out)
        : m_file(file), m_found(found), m_manifest(manifest), m_anchors(anchors), m_out(out)
    {}

    void run()
    {
        m_out.manifestLabel = m_manifest.label;
        if (!readClaim() || !checkSignature())
            return finish();
        readTimeStamp();
        checkAssertionHashes();
        checkHardBinding();
        if (m_out.failures.isEmpty())
            checkTrust();
        readTrainingMining();
        readSoftBinding();
        readMetadata();
        checkIdentityAssertions();
        finish();
    }

private:
    void fail(const QString &code) { addOnce(m_out.failures, code); }

    bool readClaim()
    {
        const JumbfSuperbox *box = m_manifest.child(QStringLiteral("c2pa.claim.v2"));
        m_out.claimVersion = 2;
        if (!box) {
            box = m_manifest.child(QStringLiteral("c2pa.claim"));
            m_out.claimVersion = 1;
        }
        const auto bytes = box ? box->content("cbor") : std::nullopt;
        if (!bytes) {
            m_out.claimVersion = 0;
            fail(QStringLiteral("claim.missing"));
            return false;
        }
        m_claimBytes = *bytes;
        const auto claim = decodeCbor(m_claimBytes);
        if (!claim || !claim->isMap()) {
            fail(QStringLiteral("claim.cbor.invalid"));
            return false;
        }
        m_claim = claim->toMap();
        auto has = [&](const char *key) { return m_claim.contains(QLatin1String(key)); };
        if (m_out.claimVersion == 2) {
            const QCborMap generator = m_claim.value(QLatin1String("claim_generator_info")).toMap();
            if (!has("instanceID") || !has("signature") || !has("created_assertions") ||
                !generator.value(QLatin1String("name")).isString()) {
                fail(QStringLiteral("claim.malformed"));
                return false;
            }
            const QString generatorName = generator.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                                          generator.value(QLatin1String("version")).toString();
            m_out.claimGenerator = generatorName.trimmed();
        } else {
            if (!has("signature") || !has("assertions")) {
                fail(QStringLiteral("claim.malformed"));
                return false;
            }
            m_out.claimGenerator = m_claim.value(QLatin1String("claim_generator")).toString();
        }
        m_out.title = m_claim.value(QLatin1String("dc:title")).toString();
        m_claimAlgorithm = m_claim.value(QLatin1String("alg")).toString();
        return true;
    }

    bool checkSignature()
    {
        const JumbfSuperbox *box = m_manifest.child(QStringLiteral("c2pa.signature"));
        const auto bytes = box ? box->content("cbor") : std::nullopt;
        if (!bytes) {
            fail(QStringLiteral("claimSignature.missing"));
            return false;
        }
        // The claim names its signature box; one elsewhere (or a manifest relabelled) is not this claim's.
        bool outside = false;
        if (resolve(m_claim.value(QLatin1String("signature")).toString(), outside) != box) {
            fail(QStringLiteral("claimSignature.missing"));
            return false;
        }
        const auto sign1 = parseCoseSign1(*bytes);
        if (!sign1) {
            fail(QStringLiteral("claimSignature.mismatch"));
            return false;
        }
        m_sign1 = *sign1;
        if (m_sign1.x5chain.isEmpty() || m_sign1.credentialAmbiguous) {
            fail(QStringLiteral("signingCredential.invalid"));
            return false;
        }
        for (const QByteArray &der : m_sign1.x5chain) {
            auto cert = Certificate::fromDer(der);
            if (!cert) {
                fail(QStringLiteral("signingCredential.invalid"));
                return false;
            }
            m_chain.append(*cert);
        }
        const Certificate &leaf = m_chain.first();
        m_out.signer = leaf.subjectName();
        m_out.signerOrganization = leaf.subjectOrganization();
        m_out.issuer = leaf.issuerName();
        m_out.signerCertificateDer = m_sign1.x5chain.first();
        m_out.certificateNotAfter = leaf.notAfter();
        if (!m_sign1.algorithm || coseAlgorithmName(*m_sign1.algorithm).isEmpty()) {
            fail(QStringLiteral("algorithm.unsupported"));
            return false;
        }
        m_out.signatureAlgorithm = coseAlgorithmName(*m_sign1.algorithm);
        switch (verifyCoseSignature(leaf.publicKey(), *m_sign1.algorithm,
                                    coseSigStructure(m_sign1.protectedBytes, m_claimBytes), m_sign1.signature)) {
        case SignatureCheck::Valid:
            return true;
        case SignatureCheck::UnsupportedAlgorithm:
            fail(QStringLiteral("algorithm.unsupported"));
            return false;
        case SignatureCheck::KeyNotForAlgorithm:
            fail(QStringLiteral("signingCredential.invalid"));
            return false;
        case SignatureCheck::Mismatch:
            break;
        }
        fail(QStringLiteral("claimSignature.mismatch"));
        return false;
    }

    void readTimeStamp()
    {
        // v2 stamps the signature (C2PA 2.2 §10.3.2.5); v1 stamped the claim and stored a whole response.
        struct Candidate
        {
            QByteArray der;
            bool isResponse;
            QByteArray stamped;
        };
        QList<Candidate> candidates;
        auto firstToken = [&](const char *label) {
            const QCborArray tokens = m_sign1.unprotectedHeader.value(QLatin1String(label))
                                          .toMap()
                                          .value(QLatin1String("tstTokens"))
                                          .toArray();
            return tokens.isEmpty() ? QByteArray() : tokens.first().toMap().value(QLatin1String("val")).toByteArray();
        };
        if (const QByteArray v2 = firstToken("sigTst2"); !v2.isEmpty())
            candidates.append({v2, false, coseCounterSignatureData(m_sign1.protectedBytes, m_sign1.signature)});
        else if (const QByteArray v1 = firstToken("sigTst"); !v1.isEmpty())
            candidates.append({v1, true, coseCounterSignatureDataV1(m_sign1.protectedBytes, m_claimBytes)});
        if (candidates.isEmpty())
            return;
        const Candidate &c = candidates.first();
        auto token =
            c.isResponse ? crypto::TimeStampToken::fromResponse(c.der) : crypto::TimeStampToken::fromToken(c.der);
        bool isResponse = c.isResponse;
        if (!token && c.isResponse) {
            token = crypto::TimeStampToken::fromToken(c.der);
            isResponse = false;
        }
        if (!token) {
            fail(QStringLiteral("timeStamp.malformed"));
            return;
        }
        if (token->hashWithImprintAlgorithm(c.stamped) != token->imprint) {
            fail(QStringLiteral("timeStamp.mismatch"));
            return;
        }
        // Only a stamp whose authority's signature holds may stand for the time of signing: the header it sits in is
        // not signed, so anyone could put a made-up one there to make an expired certificate look current.
        if (!crypto::TimeStampToken::signatureVerifies(c.der, isResponse)) {
            addOnce(m_out.informational, QStringLiteral("timeStamp.untrusted"));
            return;
        }
        m_out.timeStamped = true;
        m_out.signedAt = token->time;
        m_out.timeStampAuthority = token->authority;
        addOnce(m_out.informational, QStringLiteral("timeStamp.trusted"));
    }

    // The box a hashed URI names, if it lies in this manifest.
    const JumbfSuperbox *resolve(const QString &url, bool &outside) const
    {
        outside = false;
        if (!url.startsWith(SelfJumbf))
            return nullptr;
        QString path = url.mid(SelfJumbf.size());
        if (path.contains(QLatin1String(".."))) {
            outside = true;
            return nullptr;
        }
        const JumbfSuperbox *at = &m_manifest;
        if (path.startsWith(QLatin1Char('/'))) {
            const QStringList parts = path.mid(1).split(QLatin1Char('/'));
            if (parts.size() < 3 || parts[0] != QLatin1String("c2pa"))
                return nullptr;
            if (parts[1] != m_manifest.label) {
                outside = true;
                return nullptr;
            }
            path = parts.mid(2).join(QLatin1Char('/'));
        }
        for (const QString &part : path.split(QLatin1Char('/'))) {
            at = at->child(part);
            if (!at)
                return nullptr;
        }
        return at;
    }

    void checkAssertionHashes()
    {
        QCborArray uris;
        if (m_out.claimVersion == 2) {
            for (const char *key : {"created_assertions", "gathered_assertions"})
                for (const QCborValue &v : m_claim.value(QLatin1String(key)).toArray())
                    uris.append(v);
        } else {
            uris = m_claim.value(QLatin1String("assertions")).toArray();
        }
        // Each box is hashed once: a claim that names one large assertion a hundred thousand times must not cost a
        // hundred thousand hashes of it.
        if (uris.size() > MaxAssertions) {
            fail(QStringLiteral("claim.malformed"));
            return;
        }
        QSet<const JumbfSuperbox *> referenced;
        QSet<QString> urls;
        for (const QCborValue &value : uris) {
            const QCborMap uri = value.toMap();
            const QString url = uri.value(QLatin1String("url")).toString();
            if (urls.contains(url)) {
                fail(QStringLiteral("claim.malformed"));
                continue;
            }
            urls.insert(url);
            const QString algorithm = uri.value(QLatin1String("alg")).toString(m_claimAlgorithm);
            bool outside = false;
            const JumbfSuperbox *box = resolve(url, outside);
            if (outside) {
                fail(QStringLiteral("assertion.outsideManifest"));
                continue;
            }
            if (!box) {
                fail(QStringLiteral("assertion.missing"));
                continue;
            }
            referenced.insert(box);
            const auto hash = hashOf(box, algorithm);
            if (!hash)
                fail(QStringLiteral("algorithm.unsupported"));
            else if (*hash != uri.value(QLatin1String("hash")).toByteArray())
                fail(QStringLiteral("assertion.hashedURI.mismatch"));
        }
        if (const JumbfSuperbox *assertions = m_manifest.child(QStringLiteral("c2pa.assertions"))) {
            if (assertions->children.size() > MaxAssertions)
                fail(QStringLiteral("claim.malformed"));
            for (const JumbfSuperbox &assertion : assertions->children)
                if (!referenced.contains(&assertion))
                    fail(QStringLiteral("assertion.undeclared"));
        }
    }

    QList<const JumbfSuperbox *> assertionsLabelled(const QStringList &labels) const
    {
        QList<const JumbfSuperbox *> found;
        if (const JumbfSuperbox *assertions = m_manifest.child(QStringLiteral("c2pa.assertions")))
            for (const JumbfSuperbox &assertion : assertions->children)
                if (labels.contains(baseLabel(assertion.label)))
                    found.append(&assertion);
        return found;
    }

    std::optional<QCborMap> cborAssertion(const JumbfSuperbox &box) const
    {
        const auto bytes = box.content("cbor");
        const auto value = bytes ? decodeCbor(*bytes) : std::nullopt;
        if (!value || !value->isMap())
            return std::nullopt;
        return value->toMap();
    }

    void checkHardBinding()
    {
        const QStringList kinds = {QStringLiteral("c2pa.hash.data"),    QStringLiteral("c2pa.hash.boxes"),
                                   QStringLiteral("c2pa.hash.bmff"),    QStringLiteral("c2pa.hash.bmff.v2"),
                                   QStringLiteral("c2pa.hash.bmff.v3"), QStringLiteral("c2pa.hash.collection.data")};
        const auto bindings = assertionsLabelled(kinds);
        if (bindings.isEmpty()) {
            fail(QStringLiteral("claim.hardBindings.missing"));
            return;
        }
        if (bindings.size() > 1) {
            fail(QStringLiteral("assertion.multipleHardBindings"));
            return;
        }
        m_hardBinding = bindings.first();
        if (baseLabel(bindings.first()->label) != QLatin1String("c2pa.hash.data")) {
            m_unchecked = true;
            addOnce(m_out.informational, QStringLiteral("rakkan.hardBinding.notChecked"));
            return;
        }
        const auto binding = cborAssertion(*bindings.first());
        if (!binding) {
            fail(QStringLiteral("assertion.cbor.invalid"));
            return;
        }
        struct Range
        {
            qint64 start;
            qint64 length;
        };
        QList<Range> ranges;
        for (const QCborValue &v : binding->value(QLatin1String("exclusions")).toArray()) {
            const QCborMap m = v.toMap();
            // Integers only: a float (infinite, NaN, 20.0) is no byte offset.
            const QCborValue startValue = m.value(QLatin1String("start"));
            const QCborValue lengthValue = m.value(QLatin1String("length"));
            const qint64 start = startValue.isInteger() ? startValue.toInteger() : -1;
            const qint64 length = lengthValue.isInteger() ? lengthValue.toInteger() : -1;
            if (start < 0 || length < 0 || start > m_file.size() || length > m_file.size() - start) {
                fail(QStringLiteral("assertion.dataHash.mismatch"));
                return;
            }
            ranges.append({start, length});
        }
        std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start < b.start; });
        // Only the manifest store may be left out of the hash (C2PA 2.2 §15.12.1): exactly its bytes.
        const bool coversStore = m_found.contiguous && std::any_of(ranges.begin(), ranges.end(), [&](const Range &r) {
                                     return r.start == m_found.start && r.length == m_found.length;
                                 });
        if (!coversStore) {
            fail(QStringLiteral("assertion.dataHash.mismatch"));
            return;
        }
        // Other bytes left out of the hash could be changed unseen (only classic metadata may be, and which bytes
        // those are is not checked here): such a binding is reported, and the credential is not called valid.
        if (ranges.size() > 1) {
            addOnce(m_out.informational, QStringLiteral("assertion.dataHash.additionalExclusionsPresent"));
            m_unchecked = true;
        }
        const QString algorithm = binding->value(QLatin1String("alg")).toString(m_claimAlgorithm);
        const EVP_MD *md = digestNamed(algorithm);
        if (!md) {
            fail(QStringLiteral("algorithm.unsupported"));
            return;
        }
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        bool ok = ctx && EVP_DigestInit_ex(ctx, md, nullptr) == 1;
        qint64 at = 0;
        for (const Range &r : ranges) {
            if (r.start < at) { // overlapping ranges
                ok = false;
                break;
            }
            ok = ok && EVP_DigestUpdate(ctx, m_file.data() + at, size_t(r.start - at)) == 1;
            at = r.start + r.length;
        }
        ok = ok && EVP_DigestUpdate(ctx, m_file.data() + at, size_t(m_file.size() - at)) == 1;
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        ok = ok && EVP_DigestFinal_ex(ctx, out, &length) == 1;
        EVP_MD_CTX_free(ctx);
        if (!ok || QByteArray(reinterpret_cast<const char *>(out), int(length)) !=
                       binding->value(QLatin1String("hash")).toByteArray())
            fail(QStringLiteral("assertion.dataHash.mismatch"));
    }

    void checkTrust()
    {
        const Certificate &leaf = m_chain.first();
        const QStringList problems = leaf.signerProfileProblems();
        if (!problems.isEmpty()) {
            fail(QStringLiteral("signingCredential.invalid"));
            for (const QString &p : problems)
                addOnce(m_out.informational, QStringLiteral("rakkan.certificate: ") + p);
            return;
        }
        const QDateTime when = m_out.timeStamped ? m_out.signedAt : QDateTime::currentDateTimeUtc();
        if (when < leaf.notBefore() || when > leaf.notAfter()) {
            fail(QStringLiteral("claimSignature.outsideValidity"));
            return;
        }
        if (checkChain(leaf, m_chain.mid(1), m_anchors, when) == ChainTrust::Trusted) {
            m_trusted = true;
            addOnce(m_out.informational, QStringLiteral("signingCredential.trusted"));
        } else {
            fail(QStringLiteral("signingCredential.untrusted"));
        }
    }

    void readTrainingMining()
    {
        for (const JumbfSuperbox *box :
             assertionsLabelled({QStringLiteral("cawg.training-mining"), QStringLiteral("c2pa.training-mining")}))
            if (const auto body = cborAssertion(*box))
                m_out.trainingMining += trainingMiningIn(*body, baseLabel(box->label));
    }

    void readSoftBinding()
    {
        for (const JumbfSuperbox *box : assertionsLabelled({QStringLiteral("c2pa.soft-binding")})) {
            const auto body = cborAssertion(*box);
            const QString code = body ? isccSoftBindingIn(*body) : QString();
            if (!code.isEmpty())
                m_out.isccCode = code;
        }
    }

    void readMetadata()
    {
        for (const JumbfSuperbox *box : assertionsLabelled({QStringLiteral("cawg.metadata")}))
            if (const auto json = box->content("json"))
                readCawgMetadata(*json, m_out.creators, m_out.rightsHolder);
    }

    void checkIdentityAssertions()
    {
        if (m_out.failures.contains(QLatin1String("claimSignature.mismatch")))
            return;
        for (const JumbfSuperbox *box : assertionsLabelled({QStringLiteral("cawg.identity")})) {
            const auto bytes = box->content("cbor");
            const auto entries = bytes ? cborMapEntries(*bytes) : std::nullopt;
            if (!entries) {
                fail(QStringLiteral("cawg.identity.cbor.invalid"));
                continue;
            }
            QByteArrayView signerPayload;
            QByteArray signature;
            for (const CborMapEntry &e : *entries) {
                if (e.key.toString() == QLatin1String("signer_payload"))
                    signerPayload = e.value.of(*bytes);
                else if (e.key.toString() == QLatin1String("signature"))
                    signature = decodeCbor(e.value.of(*bytes)).value_or(QCborValue()).toByteArray();
            }
            const auto payload = decodeCbor(signerPayload);
            if (!payload || !payload->isMap()) {
                fail(QStringLiteral("cawg.identity.cbor.invalid"));
                continue;
            }
            const QString sigType = payload->toMap().value(QLatin1String("sig_type")).toString();
            if (sigType == QLatin1String("cawg.identity_claims_aggregation")) {
                // The issuer is named by a DID; resolving it would mean asking the network, and reading stays offline.
                fail(QStringLiteral("cawg.ica.did_unavailable"));
                continue;
            }
            // Bound to this manifest: it must name this file's hard binding, and every assertion it names must be
            // as stored here. Otherwise an identity lifted from another file would vouch for this one.
            // Read as owning copies: nothing of what is checked points back into the decoded value.
            const QVariantMap payloadFields = payload->toVariant().toMap();
            if (!identityIsBoundHere(payloadFields.value(QStringLiteral("referenced_assertions")).toList())) {
                fail(QStringLiteral("cawg.identity.hard_binding_missing"));
                continue;
            }
            if (sigType != QLatin1String("cawg.x509.cose")) {
                addOnce(m_out.informational, QStringLiteral("rakkan.identity.notChecked"));
                continue;
            }
            const auto sign1 = parseCoseSign1(signature);
            if (!sign1 || sign1->x5chain.isEmpty() || !sign1->algorithm) {
                fail(QStringLiteral("cawg.identity.signature.mismatch"));
                continue;
            }
            QList<Certificate> chain;
            for (const QByteArray &der : sign1->x5chain)
                if (auto c = Certificate::fromDer(der))
                    chain.append(*c);
            if (chain.size() != sign1->x5chain.size() ||
                verifyCoseSignature(chain.first().publicKey(), *sign1->algorithm,
                                    coseSigStructure(sign1->protectedBytes, signerPayload),
                                    sign1->signature) != SignatureCheck::Valid) {
                fail(QStringLiteral("cawg.identity.signature.mismatch"));
                continue;
            }
            const QDateTime when = m_out.timeStamped ? m_out.signedAt : QDateTime::currentDateTimeUtc();
            if (checkChain(chain.first(), chain.mid(1), m_anchors, when) == ChainTrust::Trusted)
                addOnce(m_out.informational, QStringLiteral("cawg.x509.credential.trusted"));
            else
                fail(QStringLiteral("cawg.x509.credential.untrusted"));
        }
    }

    // A box's hash, computed once however often it is named.
    std::optional<QByteArray> hashOf(const JumbfSuperbox *box, const QString &algorithm) const
    {
        const auto key = qMakePair(box, algorithm);
        if (const auto it = m_hashes.constFind(key); it != m_hashes.constEnd())
            return *it;
        const auto hash = hashWith(algorithm, box->payload);
        if (hash)
            m_hashes.insert(key, *hash);
        return hash;
    }

    bool identityIsBoundHere(const QVariantList &referenced) const
    {
        if (!m_hardBinding || referenced.isEmpty() || referenced.size() > MaxAssertions)
            return false;
        bool namesHardBinding = false;
        for (const QVariant &value : referenced) {
            const QVariantMap uri = value.toMap();
            const QVariant algorithm = uri.value(QStringLiteral("alg"));
            const QVariant expected = uri.value(QStringLiteral("hash"));
            if (expected.typeId() != QMetaType::QByteArray)
                return false;
            bool outside = false;
            const JumbfSuperbox *box = resolve(uri.value(QStringLiteral("url")).toString(), outside);
            const auto hash =
                box ? hashOf(box, algorithm.isValid() ? algorithm.toString() : m_claimAlgorithm) : std::nullopt;
            if (!hash || *hash != expected.toByteArray())
                return false;
            namesHardBinding = namesHardBinding || box == m_hardBinding;
        }
        return namesHardBinding;
    }

    void finish()
    {
        const bool onlyTrust = std::all_of(m_out.failures.begin(), m_out.failures.end(), isTrustOnly);
        if (!onlyTrust)
            m_out.state = CredentialState::Invalid;
        else if (m_unchecked)
            m_out.state = CredentialState::WellFormed;
        else
            m_out.state = m_trusted ? CredentialState::Trusted : CredentialState::Valid;
    }

    QByteArrayView m_file;
    const ManifestStoreIo::Found &m_found;
    const JumbfSuperbox &m_manifest;
    const TrustAnchors &m_anchors;
    ContentCredential &m_out;

    QByteArrayView m_claimBytes;
    QCborMap m_claim;
    QString m_claimAlgorithm;
    CoseSign1 m_sign1;
    QList<Certificate> m_chain;
    bool m_trusted = false;
    bool m_unchecked = false;
    const JumbfSuperbox *m_hardBinding = nullptr;
    mutable QHash<QPair<const JumbfSuperbox *, QString>, QByteArray> m_hashes;
};

bool isManifest(const JumbfSuperbox &box)
{
    const QByteArray kind = jumbfKind(box);
    return kind == "c2ma" || kind == "c2md" || kind == "c2um";
}

} // namespace

Result<ContentCredential> CredentialReader::read(QByteArrayView file, const TrustAnchors &anchors)
{
    RAKKAN_TRY(const std::optional<ManifestStoreIo::Found> found, ManifestStoreIo::find(file));
    ContentCredential credential;
    if (!found)
        return credential;
    credential.state = CredentialState::Invalid;
    if (found->storeCount > 1) {
        credential.failures << QStringLiteral("rakkan.manifestStore.multiple");
        return credential;
    }
    const auto store = parseJumbf(found->store);
    if (!store || jumbfKind(*store) != "c2pa") {
        credential.failures << QStringLiteral("rakkan.jumbf.malformed");
        return credential;
    }
    const JumbfSuperbox *active = nullptr;
    for (const JumbfSuperbox &child : store->children) {
        if (isManifest(child)) {
            active = &child; // the active manifest is the last one (C2PA 2.2 §15.5.1)
            ++credential.manifestCount;
        } else if (jumbfKind(child) == "c2cm") {
            ++credential.manifestCount;
            active = nullptr;
        }
    }
    if (!active) {
        credential.failures << (credential.manifestCount > 0 ? QStringLiteral("rakkan.manifest.compressed")
                                                             : QStringLiteral("claim.missing"));
        return credential;
    }
    ManifestValidator(file, *found, *active, anchors, credential).run();
    return credential;
}

Result<ContentCredential> CredentialReader::readFile(const QString &path, const TrustAnchors &anchors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(file.error() == QFileDevice::PermissionsError ? ErrorCode::PermissionDenied
                                                                       : ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    // The container is known from the first bytes: a PSD or a video is not read through to find that out.
    RAKKAN_TRY(ManifestStoreIo::containerOf(file.peek(12)));
    if (file.size() > MaxFileBytes)
        return makeError(ErrorCode::TooLarge,
                         tr("%1 is larger than 1 GiB; its Content Credentials are not read.").arg(path));
    return read(file.readAll(), anchors);
}

} // namespace rakkan::credentials
