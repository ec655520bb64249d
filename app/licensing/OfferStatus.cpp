#include "licensing/OfferStatus.h"

#include <QMap>

namespace rakkan::licensing {

namespace {

using S = OfferStatus;

const QMap<S, QList<S>> &moves()
{
    static const QMap<S, QList<S>> table{
        {S::Draft, {S::Received}},
        // Reviewing is not a required step: a creator may answer an offer at once with a counter or a refusal.
        {S::Received, {S::UnderReview, S::Countered, S::Rejected, S::Lapsed}},
        {S::UnderReview, {S::InfoRequested, S::Countered, S::Rejected, S::Lapsed, S::Accepted}},
        {S::InfoRequested, {S::UnderReview, S::Lapsed}},
        {S::Countered, {S::CounterReceived}},
        {S::CounterReceived, {S::UnderReview, S::Lapsed}},
        {S::Accepted, {S::AwaitingCosigners, S::Active}},
        {S::AwaitingCosigners, {S::Active}},
        {S::Active, {S::Suspended, S::Expired, S::Terminated, S::Renewed}},
        {S::Suspended, {S::Active}},
        {S::Expired, {S::PostTerm}},
        {S::Terminated, {S::PostTerm}},
    };
    return table;
}

} // namespace

QList<OfferStatus> OfferStatusMachine::all()
{
    return {S::Draft,    S::Received,          S::UnderReview, S::InfoRequested, S::Countered, S::CounterReceived,
            S::Accepted, S::AwaitingCosigners, S::Active,      S::Suspended,     S::Expired,   S::Terminated,
            S::Renewed,  S::PostTerm,          S::Rejected,    S::Lapsed,        S::Withdrawn};
}

QString OfferStatusMachine::key(OfferStatus s)
{
    switch (s) {
    case S::Draft:
        return QStringLiteral("draft");
    case S::Received:
        return QStringLiteral("received");
    case S::UnderReview:
        return QStringLiteral("under_review");
    case S::InfoRequested:
        return QStringLiteral("info_requested");
    case S::Countered:
        return QStringLiteral("countered");
    case S::CounterReceived:
        return QStringLiteral("counter_received");
    case S::Accepted:
        return QStringLiteral("accepted");
    case S::AwaitingCosigners:
        return QStringLiteral("awaiting_cosigners");
    case S::Active:
        return QStringLiteral("active");
    case S::Suspended:
        return QStringLiteral("suspended");
    case S::Expired:
        return QStringLiteral("expired");
    case S::Terminated:
        return QStringLiteral("terminated");
    case S::Renewed:
        return QStringLiteral("renewed");
    case S::PostTerm:
        return QStringLiteral("post_term");
    case S::Rejected:
        return QStringLiteral("rejected");
    case S::Lapsed:
        return QStringLiteral("lapsed");
    case S::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<OfferStatus> OfferStatusMachine::fromKey(const QString &k)
{
    for (OfferStatus s : all())
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString OfferStatusMachine::label(OfferStatus s)
{
    return label(s, currentLanguage());
}

QString OfferStatusMachine::label(OfferStatus s, const Translate &translate)
{
    const auto T = [&translate](const char *source) {
        return translate("rakkan::licensing::OfferStatusMachine", source, -1);
    };
    switch (s) {
    case S::Draft:
        return T(QT_TR_NOOP("Draft"));
    case S::Received:
        return T(QT_TR_NOOP("Received"));
    case S::UnderReview:
        return T(QT_TR_NOOP("Under review"));
    case S::InfoRequested:
        return T(QT_TR_NOOP("Information requested"));
    case S::Countered:
        return T(QT_TR_NOOP("Countered"));
    case S::CounterReceived:
        return T(QT_TR_NOOP("Counter-offer received"));
    case S::Accepted:
        return T(QT_TR_NOOP("Accepted"));
    case S::AwaitingCosigners:
        return T(QT_TR_NOOP("Awaiting co-signers"));
    case S::Active:
        return T(QT_TR_NOOP("Active"));
    case S::Suspended:
        return T(QT_TR_NOOP("Suspended"));
    case S::Expired:
        return T(QT_TR_NOOP("Expired"));
    case S::Terminated:
        return T(QT_TR_NOOP("Terminated"));
    case S::Renewed:
        return T(QT_TR_NOOP("Renewed"));
    case S::PostTerm:
        return T(QT_TR_NOOP("After the term"));
    case S::Rejected:
        return T(QT_TR_NOOP("Rejected"));
    case S::Lapsed:
        return T(QT_TR_NOOP("Lapsed"));
    case S::Withdrawn:
        return T(QT_TR_NOOP("Withdrawn"));
    }
    return {};
}

bool OfferStatusMachine::isOpen(OfferStatus s)
{
    return s == S::Draft || s == S::Received || s == S::UnderReview || s == S::InfoRequested || s == S::Countered ||
           s == S::CounterReceived || s == S::Accepted || s == S::AwaitingCosigners;
}

bool OfferStatusMachine::awaitsAnswer(OfferStatus s)
{
    return isOpen(s) && s != S::Accepted && s != S::AwaitingCosigners;
}

bool OfferStatusMachine::isTerminal(OfferStatus s)
{
    return s == S::Rejected || s == S::Lapsed || s == S::Withdrawn || s == S::Renewed || s == S::PostTerm;
}

QList<OfferStatus> OfferStatusMachine::next(OfferStatus from)
{
    QList<OfferStatus> out = moves().value(from);
    if (isOpen(from))
        out << S::Withdrawn; // the counterparty may pull any offer still under negotiation
    return out;
}

Result<void> OfferStatusMachine::check(OfferStatus from, OfferStatus to, const Context &context)
{
    if (!next(from).contains(to)) {
        if (isTerminal(from))
            return makeError(ErrorCode::InvalidArgument,
                             tr("The offer is %1: that is final, nothing follows it.").arg(label(from)));
        QStringList allowed;
        for (OfferStatus s : next(from))
            allowed << label(s);
        return makeError(ErrorCode::InvalidArgument,
                         tr("An offer that is %1 cannot become %2; it can become: %3.")
                             .arg(label(from), label(to), allowed.join(QStringLiteral(", "))));
    }
    if (to == S::Active && context.cosignersApproved < context.cosignersRequired)
        return makeError(ErrorCode::InvalidArgument,
                         tr("%1 of %2 required co-rights-holders have approved: the licence cannot become active "
                            "before all have.")
                             .arg(context.cosignersApproved)
                             .arg(context.cosignersRequired));
    return {};
}

} // namespace rakkan::licensing
