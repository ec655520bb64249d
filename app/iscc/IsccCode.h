#pragma once

#include "core/Result.h"
#include "imaging/DecodedImage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rakkan::iscc {

// The composite ISCC-CODE (ISO 24138): the units sorted by MainType, each cut to 64 bits, under one header.
// Needs a Data-Code and an Instance-Code; Meta and Content (or Semantic) units are optional.
class IsccComposite
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::iscc::IsccComposite)

public:
    static Result<QString> combine(const QStringList &units);
};

// Everything ISCC says about one catalogued file. The similarity units are kept at 256 bits (what hub
// declarations send as `units`); the ISCC-CODE carries their first 64.
struct AssetIscc
{
    QString isccCode;
    QString metaUnit; // empty when the work has no title
    QString contentUnit;
    QString dataUnit;
    QString instanceUnit;
    QString datahash; // "1e20" + BLAKE3 of the bytes
    QString metahash; // of the title and description seed; empty without a Meta-Code
    qint64 filesize = 0;
};

class AssetIsccs
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::iscc::AssetIsccs)

public:
    static constexpr int kUnitBits = 256;

    // The file-derived units (content, data, instance) and, from the title, the Meta-Code; then the composite.
    static Result<AssetIscc> compute(const QByteArray &bytes, const imaging::DecodedImage &decoded,
                                     const QString &title, const QString &description);
    // Replaces the Meta-Code (after a title edit) and recomputes the composite.
    static Result<AssetIscc> withTitle(AssetIscc iscc, const QString &title, const QString &description);
};

} // namespace rakkan::iscc
