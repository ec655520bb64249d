#include "iscc/IsccCode.h"

#include "iscc/DataCode.h"
#include "iscc/ImageCode.h"
#include "iscc/InstanceCode.h"
#include "iscc/IsccHeader.h"
#include "iscc/MetaCode.h"

#include <algorithm>

namespace rakkan::iscc {

namespace {
constexpr int kSubTypeSum = 5;  // Data + Instance only
constexpr int kSubTypeNone = 6; // Meta + Data + Instance, no content
} // namespace

Result<QString> IsccComposite::combine(const QStringList &codes)
{
    if (codes.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         tr("An ISCC-CODE needs at least a Data-Code and an Instance-Code."));
    QList<IsccUnit> units;
    for (const QString &code : codes) {
        RAKKAN_TRY(auto unit, IsccCodec::decode(code));
        if (unit.body.size() < 8)
            return makeError(ErrorCode::InvalidArgument,
                             tr("\"%1\" is shorter than 64 bits and cannot be part of an ISCC-CODE.").arg(code));
        if (int(unit.mainType) > int(MainType::Instance))
            return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is not an ISCC unit.").arg(code));
        units.append(unit);
    }
    std::stable_sort(units.begin(), units.end(),
                     [](const IsccUnit &a, const IsccUnit &b) { return int(a.mainType) < int(b.mainType); });
    const qsizetype n = units.size();
    if (units[n - 2].mainType != MainType::Data || units[n - 1].mainType != MainType::Instance)
        return makeError(ErrorCode::InvalidArgument,
                         tr("An ISCC-CODE needs at least a Data-Code and an Instance-Code."));

    int subType = -1;
    int optional = 0;
    bool hasMeta = false;
    for (qsizetype i = 0; i < n - 2; ++i) {
        switch (units[i].mainType) {
        case MainType::Meta:
            optional |= 4;
            hasMeta = true;
            break;
        case MainType::Semantic:
        case MainType::Content:
            optional |= units[i].mainType == MainType::Semantic ? 2 : 1;
            if (subType >= 0 && subType != units[i].subType)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("The Semantic-Code and the Content-Code are of different media types."));
            subType = units[i].subType;
            break;
        default:
            return makeError(ErrorCode::InvalidArgument, tr("An ISCC-CODE takes one unit of each type."));
        }
    }
    if (subType < 0)
        subType = hasMeta ? kSubTypeNone : kSubTypeSum;
    QByteArray body;
    for (const IsccUnit &unit : units)
        body += unit.body.left(8);
    return QString(QStringLiteral("ISCC:") +
                   IsccCodec::base32(IsccCodec::encodeHeader(int(MainType::Iscc), subType, 0, optional) + body));
}

Result<AssetIscc> AssetIsccs::withTitle(AssetIscc iscc, const QString &title, const QString &description)
{
    iscc.metaUnit.clear();
    iscc.metahash.clear();
    if (!title.trimmed().isEmpty()) {
        auto meta = MetaCodes::fromText(title, description, kUnitBits);
        if (meta.ok()) {
            iscc.metaUnit = meta->iscc;
            iscc.metahash = meta->metahash;
        }
    }
    QStringList units{iscc.contentUnit, iscc.dataUnit, iscc.instanceUnit};
    if (!iscc.metaUnit.isEmpty())
        units.prepend(iscc.metaUnit);
    units.removeAll(QString());
    RAKKAN_TRY(auto code, IsccComposite::combine(units));
    iscc.isccCode = code;
    return iscc;
}

Result<AssetIscc> AssetIsccs::compute(const QByteArray &bytes, const imaging::DecodedImage &decoded,
                                      const QString &title, const QString &description)
{
    AssetIscc iscc;
    if (!decoded.image.isNull())
        iscc.contentUnit = imageCode(decoded, kUnitBits);
    iscc.dataUnit = dataCode(bytes, kUnitBits);
    const InstanceCode instance = instanceCode(bytes, 64);
    iscc.instanceUnit = instance.iscc;
    iscc.datahash = instance.datahash;
    iscc.filesize = instance.filesize;
    return withTitle(iscc, title, description);
}

} // namespace rakkan::iscc
