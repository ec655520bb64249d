#pragma once

#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rakkan::reservations {

// RSL 1.0 (Really Simple Licensing, application/rsl+xml): a licence file saying which AI uses are prohibited
// and, when the creator offers licences, on what payment terms. Reading accepts only RSL 1.0: its namespace and
// its space-separated tokens (earlier drafts' comma lists and tokens such as train-ai are refused).
class Rsl
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::Rsl)

public:
    static constexpr const char *kNamespace = "https://rslstandard.org/rsl";
    static constexpr const char *kMediaType = "application/rsl+xml";
    static constexpr const char *kPath = "/license.xml";
    static constexpr qsizetype kMaxBytes = 1 << 20;

    static QByteArray write(const ReservationPolicy &policy);

    struct Parsed
    {
        bool trainingProhibited = false;
        bool inputProhibited = false;
        bool trainingPermitted = false;
        bool trainingPaid = false; // permitted only with a payment other than free
        QStringList problems;
    };
    static Result<Parsed> read(const QByteArray &xml);
    static Finding judge(const QByteArray &xml, const QString &source);
};

} // namespace rakkan::reservations
