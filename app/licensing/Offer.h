#pragma once

#include "licensing/Money.h"
#include "licensing/OfferStatus.h"

#include <QDate>
#include <QStringList>

namespace rakkan::licensing {

// What happens to models trained under the licence when it ends.
enum class PostTermModels { Unspecified, None, DeleteDataOnly, ModelsSurvive, RetrainRequired };

struct PaymentComponent
{
    // The common case in one line; caps, floors and splits are set on the result.
    PaymentComponent(QString basis_ = {}, std::optional<Money> amount_ = {}, int shareBasisPoints_ = 0,
                     QString schedule_ = {})
        : basis(std::move(basis_)), amount(std::move(amount_)), shareBasisPoints(shareBasisPoints_),
          schedule(std::move(schedule_))
    {}

    QString basis; // flat, per_work, pool_pro_rata, revenue_share, per_use, per_token, subscription, bonus,
                   // attribution_only
    std::optional<Money> amount;
    int shareBasisPoints = 0; // for revenue_share and pools: 1 % = 100
    QString schedule;
    std::optional<Money> cap;   // at most this much in all (same currency as the amount)
    std::optional<Money> floor; // at least this much
    // Who gets what of this component, in basis points; the rest of 100 % after the others goes to the creator.
    int splitPublisherBasisPoints = 0;
    int splitAgentBasisPoints = 0;
    int splitPlatformBasisPoints = 0;

    int splitCreatorBasisPoints() const
    {
        return 10000 - splitPublisherBasisPoints - splitAgentBasisPoints - splitPlatformBasisPoints;
    }
    bool operator==(const PaymentComponent &) const = default;
};

// Documents kept with an offer (the contract as sent, the signed copy): stored in the catalogue by content.
struct OfferDocument
{
    qint64 id = 0;
    qint64 offerId = 0;
    QString fileName;
    QString sha256; // hex
    qint64 size = 0;
    QString addedAt;
};

// A licensing offer as a person reads a contract: who, for what works, which uses, for how long, what after, for
// how much, with which protections.
struct Offer
{
    qint64 id = 0;
    qint64 parentId = 0;
    int version = 1;
    QString title;
    QString counterparty;
    QString intermediary; // publisher, agent, marketplace; empty: direct
    bool licenseeDisclosed = true;
    QString licenseeName;
    OfferStatus status = OfferStatus::Draft;
    QDate receivedOn;
    QDate responseDeadline;
    QDate termStart;
    QDate termEnd;
    PostTermModels postTermModels = PostTermModels::Unspecified;
    QStringList permits; // ai-train, ai-train-generative, fine-tune, ai-input, ai-index, style-imitation, ...
    QStringList prohibits;
    QStringList territory; // ISO 3166 + EU; empty: worldwide
    bool exclusive = false;
    bool sublicensable = false;
    bool blanketFuture = false;
    bool auditRights = false;
    bool provenanceWarranty = false;
    int intermediaryShareBasisPoints = 0;
    QString governingLaw;
    QString notes;

    QString channel = QStringLiteral("email"); // email, platform, publisher, collective, settlement, other
    bool autoRenew = false;
    QString modelScope = QStringLiteral("unspecified"); // unspecified, named_model, successors, any_model
    QString modelName;
    QStringList userClass; // RSL user tokens: commercial, non-commercial, education, government, personal
    QString sublicenseTo;
    QString attribution;
    QString outputSafeguards;
    QString reporting;
    std::optional<int> takedownNoticeDays;
    QString takedownMechanism = QStringLiteral("unspecified"); // unspecified, none, delete, suppress, retrain
    QString takedownCost = QStringLiteral("unspecified");      // unspecified, licensee, creator, shared
    QString confidentiality;
    QList<PaymentComponent> payments;
    QList<qint64> workIds;
    QStringList cosigners;         // co-rights-holders who must approve
    QStringList cosignersApproved; // of those, who has

    // Still to be answered and due within `days` of `today` (or overdue): what reminders are about.
    bool answerDueWithin(const QDate &today, int days) const
    {
        return OfferStatusMachine::awaitsAnswer(status) && responseDeadline.isValid() &&
               today.daysTo(responseDeadline) <= days;
    }
};

QString postTermKey(PostTermModels value);
std::optional<PostTermModels> postTermFromKey(const QString &key);

// The closed vocabularies of an offer's terms, as stored; the catalogue refuses anything else.
namespace vocabulary {
const QStringList &scopeTokens(); // ai-train, ai-train-generative, fine-tune, ai-input, ...
const QStringList &paymentBases();
const QStringList &channels();
const QStringList &modelScopes();
const QStringList &userClasses();
const QStringList &takedownMechanisms();
const QStringList &takedownCosts();
} // namespace vocabulary

} // namespace rakkan::licensing
