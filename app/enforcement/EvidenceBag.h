#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "crypto/Ed25519.h"
#include "enforcement/BagIt.h"
#include "enforcement/Case.h"
#include "enforcement/CopyFinder.h"

#include <QCoreApplication>

namespace rakkan::enforcement {

// Who seals a bag: the creator's signing identity.
struct BagSigner
{
    QString name;
    QString did; // did:key of the key
    crypto::Ed25519 key;
};

struct EvidenceOptions
{
    bool includeOriginals = false; // the works' own files, or only their hashes and fingerprints
    QString tsaUrl;                // an RFC 3161 authority; empty: the bag is signed but not time-stamped
    QString tsaCaFile;             // extra trust for the authority's TLS (a private one)
    QString crawlerReport;         // a crawler-log audit to include (text), or empty
};

struct EvidenceResult
{
    QString path;
    QString tagManifestSha256;
    QDateTime stampedAt; // invalid without a time-stamp
    QString authority;
    int payloadFiles = 0;
};

// An evidence bag a lawyer, a platform or a court can check without trusting Rakkan (docs/EVIDENCE.md): BagIt 1.0
// holding the page as captured (HTML, every exchange's headers and final address, the TLS chain, the pictures), the
// match report (side by side, difference, distances, regions), the works (their files or only hashes), their
// fingerprints, ISCC-CODEs, declarations and receipts, the reservation in force, the licensing history with that
// party, the case's custody log and a one-page summary in Japanese and English. The tag manifest is signed with the
// creator's Ed25519 key (rakkan-signature.bin, rakkan-signer.pem) and time-stamped by the authority the user chose
// (rakkan-timestamp.tsr, rakkan-tsa-chain.pem).
class EvidenceBag
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::EvidenceBag)

public:
    static constexpr const char *kSignature = "rakkan-signature.bin";
    static constexpr const char *kSignerKey = "rakkan-signer.pem";
    static constexpr const char *kSignerInfo = "rakkan-signer.json";
    static constexpr const char *kTimeStamp = "rakkan-timestamp.tsr";
    static constexpr const char *kTsaChain = "rakkan-tsa-chain.pem";

    static Result<EvidenceResult> create(catalog::Catalog &catalog, const Case &theCase, const PageCapture &capture,
                                         const QList<FoundCopy> &found, const BagSigner &signer,
                                         const EvidenceOptions &options, const QString &zipPath);
};

// What `evidence verify` found: each check named, passed or failed with its reason.
struct EvidenceCheck
{
    QString what;
    bool passed = false;
    QString detail;
};

struct EvidenceReport
{
    QList<EvidenceCheck> checks;
    QString signer;     // the did:key whose signature verifies (empty: none does)
    QString signerName; // the name the bag gives for it, unproved
    QDateTime stampedAt;
    QString authority;
    bool valid() const
    {
        for (const EvidenceCheck &c : checks)
            if (!c.passed)
                return false;
        return !checks.isEmpty();
    }
};

class EvidenceVerifier
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::EvidenceVerifier)

public:
    // Offline: the bag's hashes, the signature over its tag manifest, and its time-stamp against `tsaAnchorsPem`
    // (the authority's certificate or its CA). Without anchors the time-stamp is reported as not checked, which
    // fails the bag: a time nobody can check proves nothing.
    // The name in the bag is the signer's own claim: only the key is proved. `expectedSigner` (a did:key, when
    // given) is the key the bag must be signed with.
    static Result<EvidenceReport> verify(const QString &zipPath, const QByteArray &tsaAnchorsPem,
                                         const QString &expectedSigner = {});
};

} // namespace rakkan::enforcement
