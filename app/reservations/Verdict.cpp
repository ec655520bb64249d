#include "reservations/Verdict.h"

#include <QCoreApplication>

namespace rakkan::reservations {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Reserved:
        return QStringLiteral("reserved");
    case Verdict::Allowed:
        return QStringLiteral("allowed");
    case Verdict::Contradictory:
        return QStringLiteral("contradictory");
    case Verdict::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Reserved:
        return QCoreApplication::translate("rakkan::reservations::Verdict", "Reserved");
    case Verdict::Allowed:
        return QCoreApplication::translate("rakkan::reservations::Verdict", "Allowed");
    case Verdict::Contradictory:
        return QCoreApplication::translate("rakkan::reservations::Verdict", "Contradictory");
    case Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("rakkan::reservations::Verdict", "Not said");
}

Verdict combine(Verdict a, Verdict b)
{
    if (a == Verdict::Unknown)
        return b;
    if (b == Verdict::Unknown || a == b)
        return a;
    return Verdict::Contradictory;
}

Verdict combine(const QList<Finding> &findings)
{
    Verdict out = Verdict::Unknown;
    for (const Finding &f : findings)
        out = combine(out, f.verdict);
    return out;
}

} // namespace rakkan::reservations
