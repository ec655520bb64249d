#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace rakkan::credentials {

// How far a credential holds, in C2PA's terms (C2PA 2.2 §14.3, §15). "Valid" means intact and signed by the
// certificate it names; only "Trusted" says that certificate chains to an anchor the reader trusts. A credential an
// artist issued to themselves is at best Valid: the wording never says "verified".
enum class CredentialState {
    None,       // no manifest store in the file
    Invalid,    // something checked failed: see the failure codes
    WellFormed, // structure intact, but a part could not be checked by this version (a hard binding kind, ...)
    Valid,
    Trusted,
};

QString credentialStateKey(CredentialState state); // "none", "invalid", "well-formed", "valid", "trusted"

// One entry of a training-and-data-mining assertion: "cawg.ai_generative_training" → "notAllowed", ...
struct TrainingMiningChoice
{
    QString key;
    QString use; // "allowed", "notAllowed", "constrained" (constrained counts as not allowed)
    QString constraintInfo;
    QString assertion; // "cawg.training-mining" or the older "c2pa.training-mining"
};

// What a file's Content Credentials say and how far they hold. Failure codes are C2PA's status codes
// (C2PA 2.2 §15.10: "claimSignature.mismatch", "assertion.dataHash.mismatch", "signingCredential.untrusted", ...),
// or "rakkan.*" for what the specification has no code for.
struct ContentCredential
{
    CredentialState state = CredentialState::None;
    QStringList failures;
    QStringList informational;

    QString manifestLabel;
    int claimVersion = 0;
    QString claimGenerator;
    QString title;
    QString signatureAlgorithm; // "ES256", "Ed25519", ...
    QString signer;             // the signing certificate's subject
    QString signerOrganization;
    QString issuer;
    QByteArray signerCertificateDer; // the leaf, to recognise one's own credentials
    QDateTime certificateNotAfter;
    QDateTime signedAt; // from a time-stamp authority whose signature holds (timeStamped); else not known
    bool timeStamped = false;
    QString timeStampAuthority;
    QList<TrainingMiningChoice> trainingMining;
    QString isccCode; // the soft binding by ISCC, when the manifest has one
    QStringList creators;
    QString rightsHolder;
    int manifestCount = 0;

    // Whether the manifest reserves AI training (any of the training or mining uses not allowed).
    bool reservesTraining() const;
    bool hasTrainingMining() const { return !trainingMining.isEmpty(); }
};

// Wording for people, in the user's language.
class CredentialWording
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::credentials::CredentialWording)

public:
    static QString state(CredentialState state);
    // One sentence on what the state means for this credential (untrusted signer, invalid because ...).
    static QString explanation(const ContentCredential &credential);
    // The state, what it means, and the training-and-data-mining choices when the credential holds: one paragraph.
    static QString summary(const ContentCredential &credential);
    static QString use(const QString &use);
    static QString trainingKey(const QString &key);
};

} // namespace rakkan::credentials
