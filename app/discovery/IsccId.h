#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rakkan::discovery {

// ISCC-ID v1: the identifier a hub gives a declaration. 64 bits: the hub's clock in microseconds since 1970
// (52 bits) and the hub's id (12 bits), under the header ID / realm / v1 / 64 bits.
struct IsccId
{
    quint64 timestampUs = 0;
    int hubId = 0;
    int realm = 0;

    QString toString() const;
    static Result<IsccId> parse(const QString &text);
};

} // namespace rakkan::discovery
