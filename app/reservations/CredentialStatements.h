#pragma once

#include "catalog/Catalog.h"
#include "catalog/WorkTypes.h"
#include "credentials/ContentCredential.h"
#include "credentials/CredentialWriter.h"
#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

#include <QCoreApplication>

#include <functional>

namespace rakkan::reservations {

// The reservation policy as a C2PA manifest says it: the four CAWG training-and-data-mining uses, each not
// allowed where the policy reserves it, or "constrained" with the licence terms where the creator offers licences.
QList<credentials::TrainingMiningChoice> trainingMiningChoices(const ReservationPolicy &policy);

// What the manifest of an exported copy of `asset` says: the work's title, its creators and rights holder, the
// policy's choices, and the original's ISCC-CODE as a soft binding (so that a copy stripped of its manifest can
// still be traced to the work's declarations).
credentials::CredentialContent credentialContent(const catalog::Work &work, const catalog::Asset &asset,
                                                 const ReservationPolicy &policy);

// The same for copies of any work of `catalog`, each under its own policy (the default reservation of every use
// when its policy cannot be read). The catalogue must outlive the function.
std::function<credentials::CredentialContent(const catalog::Work &, const catalog::Asset &)>
credentialContentByPolicy(catalog::Catalog &catalog);

// The checker's row for a file's Content Credentials: what a valid manifest's training-and-data-mining assertion
// says (reserved, allowed); an invalid manifest is reported and not counted, since anyone could have altered it.
class CredentialVerdict
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::CredentialVerdict)

public:
    static Finding judge(const credentials::ContentCredential &credential, const QString &source);
};

} // namespace rakkan::reservations
