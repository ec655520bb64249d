#pragma once

#include "enforcement/Case.h"

#include <QCoreApplication>

#include <optional>

namespace rakkan::enforcement {

// The transitions a case may take, the words for each state, and the keys the catalogue stores.
class CaseStatusMachine
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::CaseStatusMachine)

public:
    static bool allowed(CaseStatus from, CaseStatus to);
    static QList<CaseStatus> next(CaseStatus from);
    static QList<CaseStatus> all();
    // What a person records by hand: what the other side did, or that the copy came back. Evidence frozen and
    // notice drafted follow from the bag and the notice themselves; licensed from the offer.
    static bool markable(CaseStatus status);
    // Still needs the creator's attention (not closed, licensed or removed).
    static bool isOpen(CaseStatus status);

    static QString key(CaseStatus status); // "evidence_frozen"
    static std::optional<CaseStatus> fromKey(const QString &key);
    static QString label(CaseStatus status); // "Evidence frozen", in the user's language
};

QString regimeKey(Regime regime); // "", "dmca", "dsa", "jp"
std::optional<Regime> regimeFromKey(const QString &key);
QString regimeLabel(Regime regime);

} // namespace rakkan::enforcement
