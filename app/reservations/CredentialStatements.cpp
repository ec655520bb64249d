#include "reservations/CredentialStatements.h"

#include "reservations/PolicyStore.h"

namespace rakkan::reservations {

QList<credentials::TrainingMiningChoice> trainingMiningChoices(const ReservationPolicy &policy)
{
    // Licences offered make a reserved use "constrained": not without a licence, and where to get one.
    const QString terms = policy.termsUrl.isEmpty() ? policy.conditionText() : policy.termsUrl;
    auto choice = [&](const char *key, bool reserved) {
        credentials::TrainingMiningChoice c;
        c.key = QString::fromLatin1(key);
        c.assertion = QStringLiteral("cawg.training-mining");
        if (!reserved) {
            c.use = QStringLiteral("allowed");
        } else if (policy.offersLicences) {
            c.use = QStringLiteral("constrained");
            c.constraintInfo = terms;
        } else {
            c.use = QStringLiteral("notAllowed");
        }
        return c;
    };
    return {choice("cawg.data_mining", policy.reservesAnything()), choice("cawg.ai_inference", policy.reserveAiInput),
            choice("cawg.ai_generative_training", policy.trainingReserved()),
            choice("cawg.ai_training", policy.reserveTraining)};
}

credentials::CredentialContent credentialContent(const catalog::Work &work, const catalog::Asset &asset,
                                                 const ReservationPolicy &policy)
{
    credentials::CredentialContent content;
    content.title = work.title.isEmpty() ? work.titleLatin : work.title;
    content.trainingMining = trainingMiningChoices(policy);
    content.generatorVersion = QStringLiteral(RAKKAN_VERSION);
    if (asset.iscc)
        content.isccCode = asset.iscc->isccCode;
    for (const catalog::WorkHolder &holder : work.holders) {
        const bool creates = holder.role == catalog::HolderRole::Author || holder.role == catalog::HolderRole::Artist ||
                             holder.role == catalog::HolderRole::Writer;
        if (creates)
            content.creators.append(holder.name);
        else if (content.rightsHolder.isEmpty())
            content.rightsHolder = holder.name;
    }
    if (content.creators.isEmpty() && !policy.creator.isEmpty())
        content.creators.append(policy.creator);
    if (content.rightsHolder.isEmpty())
        content.rightsHolder = policy.rightsHolder.isEmpty() ? policy.creator : policy.rightsHolder;
    return content;
}

std::function<credentials::CredentialContent(const catalog::Work &, const catalog::Asset &)>
credentialContentByPolicy(catalog::Catalog &catalog)
{
    auto policies = std::make_shared<WorkPolicies>(catalog);
    return [policies](const catalog::Work &work, const catalog::Asset &asset) {
        auto policy = policies->of(work.id);
        return credentialContent(work, asset, policy.ok() ? *policy : ReservationPolicy::defaults());
    };
}

Finding CredentialVerdict::judge(const credentials::ContentCredential &c, const QString &source)
{
    using credentials::CredentialState;
    Finding finding{QStringLiteral("C2PA Content Credentials"), Verdict::Unknown, QString(), source, {}};
    if (c.state == CredentialState::None) {
        finding.detail = tr("No Content Credentials.");
        return finding;
    }
    if (c.state == CredentialState::Invalid) {
        finding.detail = tr("The Content Credentials do not hold (%1), so what they say is not counted.")
                             .arg(c.failures.join(QLatin1String(", ")));
        return finding;
    }
    const QString signer = c.state == CredentialState::Trusted
                               ? tr("signed by %1, a signer you trust").arg(c.signer)
                               : tr("signed by %1, not on the C2PA trust list").arg(c.signer);
    if (c.trainingMining.isEmpty()) {
        finding.detail = tr("Valid Content Credentials (%1) say nothing about AI training.").arg(signer);
        return finding;
    }
    QStringList uses;
    for (const credentials::TrainingMiningChoice &choice : c.trainingMining)
        uses << tr("%1: %2").arg(credentials::CredentialWording::trainingKey(choice.key),
                                 credentials::CredentialWording::use(choice.use));
    finding.verdict = c.reservesTraining() ? Verdict::Reserved : Verdict::Allowed;
    finding.detail = tr("%1 (%2).").arg(uses.join(QLatin1String("; ")), signer);
    return finding;
}

} // namespace rakkan::reservations
