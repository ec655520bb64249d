#pragma once

// Signed IsccNotes for the hub tests: real ISCC-CODEs of generated pictures, signed by a creator's key.

#include "common/TestSupport.h"
#include "discovery/IsccNote.h"
#include "imaging/ImageDecoder.h"
#include "iscc/IsccSignature.h"

#include <QDateTime>
#include <QJsonDocument>

namespace rakkan::test {

inline iscc::AssetIscc sampleIscc(int seed)
{
    QByteArray bytes = test::pngBytes(seed, QSize(64, 48));
    auto decoded = imaging::ImageDecoder::decode(bytes, imaging::DecodeLimits{});
    return *iscc::AssetIsccs::compute(bytes, *decoded, QStringLiteral("作品 %1").arg(seed), QString());
}

inline QJsonObject signedNote(const crypto::Ed25519 &key, int hubId, const iscc::AssetIscc &code,
                              const QDateTime &when = QDateTime::currentDateTimeUtc(), const QStringList &pdq = {})
{
    discovery::NoteContent content = discovery::NoteContent::fromAsset(code, QString());
    content.pdq = pdq;
    return *iscc::IsccSignature::sign(discovery::IsccNotes::build(content, hubId, when), key);
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace rakkan::test
