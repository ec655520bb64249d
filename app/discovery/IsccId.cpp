#include "discovery/IsccId.h"

#include "iscc/IsccHeader.h"

namespace rakkan::discovery {

namespace {
constexpr int kIdMainType = 6;
constexpr int kVersion1 = 1;
} // namespace

QString IsccId::toString() const
{
    const quint64 body = (timestampUs << 12) | quint64(hubId & 0xfff);
    QByteArray bytes(8, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[i] = char((body >> (56 - 8 * i)) & 0xff);
    iscc::IsccUnit unit;
    unit.mainType = iscc::MainType(kIdMainType);
    unit.subType = realm;
    unit.version = kVersion1;
    unit.lengthCode = 1;
    unit.body = bytes;
    return iscc::IsccCodec::encode(unit);
}

Result<IsccId> IsccId::parse(const QString &text)
{
    RAKKAN_TRY(auto unit, iscc::IsccCodec::decode(text));
    if (int(unit.mainType) != kIdMainType || unit.version != kVersion1 || unit.body.size() != 8)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("rakkan::discovery::IsccId", "\"%1\" is not an ISCC-ID v1.").arg(text));
    quint64 body = 0;
    for (int i = 0; i < 8; ++i)
        body = (body << 8) | quint8(unit.body.at(i));
    return IsccId{body >> 12, int(body & 0xfff), unit.subType};
}

} // namespace rakkan::discovery
