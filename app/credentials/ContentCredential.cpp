#include "credentials/ContentCredential.h"

namespace rakkan::credentials {

QString credentialStateKey(CredentialState state)
{
    switch (state) {
    case CredentialState::None:
        return QStringLiteral("none");
    case CredentialState::Invalid:
        return QStringLiteral("invalid");
    case CredentialState::WellFormed:
        return QStringLiteral("well-formed");
    case CredentialState::Valid:
        return QStringLiteral("valid");
    case CredentialState::Trusted:
        return QStringLiteral("trusted");
    }
    return {};
}

bool ContentCredential::reservesTraining() const
{
    for (const TrainingMiningChoice &choice : trainingMining)
        if (choice.use != QLatin1String("allowed"))
            return true;
    return false;
}

QString CredentialWording::state(CredentialState state)
{
    switch (state) {
    case CredentialState::None:
        return tr("No Content Credentials");
    case CredentialState::Invalid:
        return tr("Invalid");
    case CredentialState::WellFormed:
        return tr("Well-formed, not fully checked");
    case CredentialState::Valid:
        return tr("Valid");
    case CredentialState::Trusted:
        return tr("Valid, signer trusted");
    }
    return {};
}

QString CredentialWording::explanation(const ContentCredential &c)
{
    switch (c.state) {
    case CredentialState::None:
        return tr("The file carries no C2PA manifest.");
    case CredentialState::Invalid:
        if (c.failures.contains(QLatin1String("assertion.dataHash.mismatch")))
            return tr("The picture was changed after it was signed: its bytes no longer match the credential.");
        if (c.failures.contains(QLatin1String("claimSignature.mismatch")))
            return tr("The signature does not match the manifest: it was altered or damaged.");
        if (c.failures.contains(QLatin1String("assertion.hashedURI.mismatch")))
            return tr("A statement in the manifest was changed after it was signed.");
        return tr("The credential does not hold: %1.").arg(c.failures.join(QLatin1String(", ")));
    case CredentialState::WellFormed:
        return tr("The manifest is intact and signed, but this version of Rakkan cannot check how it is bound to "
                  "the picture.");
    case CredentialState::Valid:
        return tr("Intact and signed by \"%1\", whose certificate is not on a list you trust (not on the C2PA "
                  "trust list). Anyone can issue such a certificate in any name.")
            .arg(c.signer);
    case CredentialState::Trusted:
        return tr("Intact and signed by \"%1\", whose certificate chains to an authority you trust.").arg(c.signer);
    }
    return {};
}

QString CredentialWording::summary(const ContentCredential &c)
{
    QString text =
        tr("Content Credentials: %1. %2", "the state, then what it means").arg(state(c.state), explanation(c));
    if (c.state != CredentialState::Invalid && c.hasTrainingMining()) {
        QStringList uses;
        for (const TrainingMiningChoice &choice : c.trainingMining)
            uses << tr("%1: %2").arg(trainingKey(choice.key), use(choice.use));
        text = tr("%1 %2", "two sentences in a row")
                   .arg(text, tr("AI training and data mining — %1.").arg(uses.join(QLatin1String("; "))));
    }
    return text;
}

QString CredentialWording::use(const QString &use)
{
    if (use == QLatin1String("allowed"))
        return tr("allowed");
    if (use == QLatin1String("notAllowed"))
        return tr("not allowed");
    if (use == QLatin1String("constrained"))
        return tr("only under a licence");
    return use;
}

QString CredentialWording::trainingKey(const QString &key)
{
    const QString name = key.section(QLatin1Char('.'), 1);
    if (name == QLatin1String("data_mining"))
        return tr("Data mining");
    if (name == QLatin1String("ai_inference"))
        return tr("AI inference (as input to a model)");
    if (name == QLatin1String("ai_generative_training"))
        return tr("Training generative AI");
    if (name == QLatin1String("ai_training"))
        return tr("Training other AI");
    return key;
}

} // namespace rakkan::credentials
