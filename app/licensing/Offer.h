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
    QString basis; // flat, per_work, pool_pro_rata, revenue_share, per_use, per_token, subscription, bonus,
                   // attribution_only
    std::optional<Money> amount;
    int shareBasisPoints = 0; // for revenue_share and pools: 1 % = 100
    QString schedule;
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
    QList<PaymentComponent> payments;
    QList<qint64> workIds;
    QStringList cosigners;         // co-rights-holders who must approve
    QStringList cosignersApproved; // of those, who has
};

QString postTermKey(PostTermModels value);
std::optional<PostTermModels> postTermFromKey(const QString &key);

} // namespace rakkan::licensing
