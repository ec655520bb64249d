#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rakkan::iscc {

// ISO 24138 MainTypes.
enum class MainType { Meta = 0, Semantic = 1, Content = 2, Data = 3, Instance = 4, Iscc = 5, Id = 6, Flake = 7 };

struct IsccUnit
{
    MainType mainType = MainType::Instance;
    int subType = 0;
    int version = 0;
    int lengthCode = 0; // for single units: bits / 32 - 1
    QByteArray body;
};

// The ISCC header (MainType, SubType, Version, Length as "varnibbles") and the "ISCC:" + base32 text form.
class IsccCodec
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::iscc::IsccCodec)

public:
    static QByteArray encodeHeader(int mainType, int subType, int version, int length);
    static QString encode(const IsccUnit &unit); // "ISCC:..."
    static Result<IsccUnit> decode(const QString &iscc);

    // RFC 4648 base32, upper case, without padding (as ISCC writes it).
    static QString base32(const QByteArray &bytes);
    static std::optional<QByteArray> fromBase32(const QString &text);
};

} // namespace rakkan::iscc
