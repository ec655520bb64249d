#pragma once

#include "enforcement/Case.h"

#include <QCoreApplication>

#include <optional>

namespace rakkan::enforcement {

struct Deadline
{
    QDateTime at; // UTC
    QString reason;
};

// The dates that follow a step of a case, by the law it is under (../shared/docs/enforcement.md): what the
// reminders in the status bar, the tray and `case list --due` are about.
class CaseDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::CaseDeadlines)

public:
    // How long to wait for any answer to a notice before calling it unanswered.
    static constexpr int kAnswerDays = 14;
    // After a removal, when to look again that the copy has not come back.
    static constexpr int kRecheckDays = 30;

    // The deadline a case reaching `status` at `at` gets, or none (the case waits on nobody).
    // `largeJapanesePlatform`: one of the platforms designated under Art. 20(1) of Japan's Act, which must decide
    // within about 7 days.
    static std::optional<Deadline> after(CaseStatus status, Regime regime, bool largeJapanesePlatform,
                                         const QDateTime &at);
    // Monday to Friday; public holidays are not known here, so the date is the earliest the period can end.
    static QDate addBusinessDays(QDate from, int days);
};

} // namespace rakkan::enforcement
