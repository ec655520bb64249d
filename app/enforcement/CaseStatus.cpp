#include "enforcement/CaseStatus.h"

#include <QHash>

namespace rakkan::enforcement {

namespace {

using S = CaseStatus;

const QHash<S, QList<S>> &transitions()
{
    // Every state may end as closed (given up, or settled) or licensed (a retroactive licence), but a licence ends
    // the case for good; a closed case may be reopened when the copy comes back.
    static const QHash<S, QList<S>> table = {
        {S::Found, {S::EvidenceFrozen, S::Closed, S::Licensed}},
        {S::EvidenceFrozen, {S::NoticeDrafted, S::Removed, S::Closed, S::Licensed}},
        {S::NoticeDrafted, {S::Sent, S::Removed, S::Closed, S::Licensed}},
        {S::Sent, {S::Acknowledged, S::Removed, S::Refused, S::CounterNotice, S::NoAnswer, S::Closed, S::Licensed}},
        {S::Acknowledged, {S::Removed, S::Refused, S::CounterNotice, S::NoAnswer, S::Closed, S::Licensed}},
        {S::Removed, {S::Found, S::Closed, S::Licensed}},
        {S::Refused, {S::Escalated, S::Closed, S::Licensed}},
        {S::CounterNotice, {S::Escalated, S::Removed, S::Closed, S::Licensed}},
        {S::NoAnswer, {S::Escalated, S::Sent, S::Removed, S::Closed, S::Licensed}},
        {S::Escalated, {S::NoticeDrafted, S::Sent, S::Removed, S::Refused, S::Closed, S::Licensed}},
        {S::Closed, {S::Found}},
        {S::Licensed, {}},
    };
    return table;
}

struct Named
{
    S status;
    const char *key;
};

constexpr Named kKeys[] = {
    {S::Found, "found"},
    {S::EvidenceFrozen, "evidence_frozen"},
    {S::NoticeDrafted, "notice_drafted"},
    {S::Sent, "sent"},
    {S::Acknowledged, "acknowledged"},
    {S::Removed, "removed"},
    {S::Refused, "refused"},
    {S::CounterNotice, "counter_notice"},
    {S::NoAnswer, "no_answer"},
    {S::Escalated, "escalated"},
    {S::Closed, "closed"},
    {S::Licensed, "licensed"},
};

} // namespace

bool CaseStatusMachine::allowed(CaseStatus from, CaseStatus to)
{
    return transitions().value(from).contains(to);
}

QList<CaseStatus> CaseStatusMachine::next(CaseStatus from)
{
    return transitions().value(from);
}

QList<CaseStatus> CaseStatusMachine::all()
{
    QList<CaseStatus> out;
    for (const Named &n : kKeys)
        out << n.status;
    return out;
}

bool CaseStatusMachine::markable(CaseStatus status)
{
    return status != S::EvidenceFrozen && status != S::NoticeDrafted && status != S::Licensed;
}

bool CaseStatusMachine::isOpen(CaseStatus status)
{
    return status != S::Closed && status != S::Licensed && status != S::Removed;
}

QString CaseStatusMachine::key(CaseStatus status)
{
    for (const Named &n : kKeys)
        if (n.status == status)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<CaseStatus> CaseStatusMachine::fromKey(const QString &key)
{
    for (const Named &n : kKeys)
        if (key == QLatin1String(n.key))
            return n.status;
    return std::nullopt;
}

QString CaseStatusMachine::label(CaseStatus status)
{
    switch (status) {
    case S::Found:
        return tr("Found");
    case S::EvidenceFrozen:
        return tr("Evidence frozen");
    case S::NoticeDrafted:
        return tr("Notice drafted");
    case S::Sent:
        return tr("Notice sent");
    case S::Acknowledged:
        return tr("Acknowledged");
    case S::Removed:
        return tr("Removed");
    case S::Refused:
        return tr("Refused");
    case S::CounterNotice:
        return tr("Counter-notice");
    case S::NoAnswer:
        return tr("No answer");
    case S::Escalated:
        return tr("Escalated");
    case S::Closed:
        return tr("Closed");
    case S::Licensed:
        return tr("Licensed");
    }
    return {};
}

QString regimeKey(Regime regime)
{
    switch (regime) {
    case Regime::Dmca:
        return QStringLiteral("dmca");
    case Regime::Dsa:
        return QStringLiteral("dsa");
    case Regime::Jp:
        return QStringLiteral("jp");
    case Regime::Unset:
        break;
    }
    return {};
}

std::optional<Regime> regimeFromKey(const QString &key)
{
    for (Regime r : {Regime::Unset, Regime::Dmca, Regime::Dsa, Regime::Jp})
        if (regimeKey(r) == key.trimmed().toLower())
            return r;
    return std::nullopt;
}

QString regimeLabel(Regime regime)
{
    switch (regime) {
    case Regime::Dmca:
        return CaseStatusMachine::tr("US DMCA §512");
    case Regime::Dsa:
        return CaseStatusMachine::tr("EU Digital Services Act, Art. 16");
    case Regime::Jp:
        return CaseStatusMachine::tr("Japan: Information Distribution Platform Act (送信防止措置依頼)");
    case Regime::Unset:
        break;
    }
    return CaseStatusMachine::tr("Not chosen");
}

} // namespace rakkan::enforcement
