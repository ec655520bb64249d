#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace rakkan::crypto {

// JSON Canonicalization Scheme (RFC 8785): the exact bytes that ISCC-SIG signs. Object members sorted by their
// names' UTF-16 code units, numbers written as ECMAScript writes IEEE doubles, strings escaped minimally, no
// whitespace.
class Jcs
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::crypto::Jcs)

public:
    static Result<QByteArray> canonicalize(const QByteArray &json);
    static Result<QByteArray> canonicalize(const QJsonValue &value);
    // ECMAScript Number.prototype.toString for a finite double ("1e+30", "0.002", "333333333.3333333").
    static Result<QByteArray> number(double value);
};

} // namespace rakkan::crypto
