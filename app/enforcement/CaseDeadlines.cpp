#include "enforcement/CaseDeadlines.h"

namespace rakkan::enforcement {

QDate CaseDeadlines::addBusinessDays(QDate from, int days)
{
    QDate d = from;
    while (days > 0) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            --days;
    }
    return d;
}

std::optional<Deadline> CaseDeadlines::after(CaseStatus status, Regime regime, bool largeJapanesePlatform,
                                             const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    switch (status) {
    case CaseStatus::Sent:
        if (regime == Regime::Jp && largeJapanesePlatform)
            return Deadline{utc.addDays(7),
                            tr("A large platform designated under Japan's Information Distribution Platform Act "
                               "should tell you its decision within about 7 days.")};
        return Deadline{
            utc.addDays(kAnswerDays),
            tr("No answer %1 days after the notice: mark the case as unanswered and escalate.").arg(kAnswerDays)};
    case CaseStatus::Acknowledged:
        return Deadline{utc.addDays(kAnswerDays),
                        tr("The host acknowledged the notice but has not decided: ask again or escalate.")};
    case CaseStatus::CounterNotice:
        if (regime == Regime::Dmca)
            return Deadline{QDateTime(addBusinessDays(utc.date(), 10), utc.time(), Qt::UTC),
                            tr("Under DMCA §512(g), the host may restore the material 10 to 14 business days after "
                               "the counter-notice unless you tell it you have filed a court action.")};
        if (regime == Regime::Jp)
            return Deadline{utc.addDays(7),
                            tr("The poster objected: the platform weighs both sides; answer its questions "
                               "promptly.")};
        return Deadline{utc.addDays(kAnswerDays), tr("The poster disputes the notice: decide whether to escalate.")};
    case CaseStatus::Refused:
        if (regime == Regime::Dsa)
            return Deadline{utc.addMonths(6),
                            tr("Under DSA Art. 20, you may complain through the platform's internal complaint "
                               "system for six months after its decision.")};
        return Deadline{utc.addDays(kAnswerDays), tr("The notice was refused: decide whether to escalate or close.")};
    case CaseStatus::Removed:
        return Deadline{utc.addDays(kRecheckDays), tr("Check again that the copy has not come back.")};
    case CaseStatus::NoAnswer:
        return Deadline{utc.addDays(kAnswerDays), tr("Still no answer: escalate to the host behind the site or "
                                                     "its network's abuse contact.")};
    case CaseStatus::Found:
    case CaseStatus::EvidenceFrozen:
    case CaseStatus::NoticeDrafted:
    case CaseStatus::Escalated:
    case CaseStatus::Closed:
    case CaseStatus::Licensed:
        break;
    }
    return std::nullopt;
}

} // namespace rakkan::enforcement
