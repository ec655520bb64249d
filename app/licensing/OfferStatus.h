#pragma once

#include "core/Localization.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rakkan::licensing {

// Where a licensing offer stands, as licensing.md section 6 lays it out.
enum class OfferStatus {
    Draft,
    Received,
    UnderReview,
    InfoRequested,
    Countered,
    CounterReceived,
    Accepted,
    AwaitingCosigners,
    Active,
    Suspended,
    Expired,
    Terminated,
    Renewed,
    PostTerm,
    Rejected,
    Lapsed,
    Withdrawn,
};

// The allowed moves between statuses, each refusal with its reason in the user's language.
class OfferStatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferStatusMachine)

public:
    struct Context
    {
        int cosignersRequired = 0;
        int cosignersApproved = 0;
    };

    static QString key(OfferStatus status); // stable: "under_review", ...
    static std::optional<OfferStatus> fromKey(const QString &key);
    static QString label(OfferStatus status); // translated
    static QString label(OfferStatus status, const Translate &translate);
    static QList<OfferStatus> all();

    static QList<OfferStatus> next(OfferStatus from);
    static bool isTerminal(OfferStatus status);
    // Still being negotiated: the counterparty may withdraw it, a deadline may lapse it.
    static bool isOpen(OfferStatus status);
    // Open and not yet agreed: the creator (or the counterparty) still has to answer, so its deadline matters.
    static bool awaitsAnswer(OfferStatus status);
    static Result<void> check(OfferStatus from, OfferStatus to, const Context &context);
};

} // namespace rakkan::licensing
