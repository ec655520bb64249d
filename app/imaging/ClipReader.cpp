#include "imaging/ClipReader.h"

#include "core/ByteReader.h"
#include "imaging/ImageDecoder.h"
#include "sqlite/Sqlite.h"

#include <cmath>

namespace rakkan::imaging {

namespace {

constexpr int kCanvasUnitPixels = 0;

QByteArray findSqliteChunk(const QByteArray &bytes, bool *truncated)
{
    ByteReader in(bytes);
    in.skip(8); // "CSFCHUNK"
    // A file shorter than it says was cut (an interrupted copy), even where the canvas chunk came through whole.
    const quint64 declaredSize = in.u64();
    const quint64 firstChunk = in.u64();
    if (!in.ok() || declaredSize > quint64(bytes.size()) || firstChunk > quint64(bytes.size())) {
        *truncated = true;
        return {};
    }
    in.seek(qsizetype(firstChunk));
    while (in.remaining() >= 16) {
        const QByteArrayView id = in.take(8);
        const quint64 length = in.u64();
        if (length > quint64(in.remaining())) {
            *truncated = true;
            return {};
        }
        const QByteArrayView body = in.take(qsizetype(length));
        if (id == QByteArrayView("CHNKSQLi"))
            return body.toByteArray();
        if (id == QByteArrayView("CHNKFoot"))
            break;
    }
    return {};
}

} // namespace

Result<DecodedImage> ClipReader::read(const QByteArray &bytes, const DecodeLimits &limits)
{
    bool truncated = false;
    const QByteArray database = findSqliteChunk(bytes, &truncated);
    if (truncated)
        return makeError(ErrorCode::Truncated,
                         tr("The CLIP Studio file is cut off before its end (an interrupted download or copy?)."));
    if (database.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("The CLIP Studio file is damaged: its canvas information is missing."));
    if (database.size() > limits.maxEmbeddedBytes)
        return makeError(ErrorCode::TooLarge, tr("The CLIP Studio file's canvas information is unreasonably large."));

    auto db = sql::Database::openForeign(database, sql::ForeignLimits{limits.maxEmbeddedBytes, 5000});
    if (!db.ok())
        return makeError(ErrorCode::Corrupt,
                         tr("The CLIP Studio file is damaged: its canvas information cannot be read."));

    auto preview = (*db)->prepare(
        QStringLiteral("SELECT ImageData FROM CanvasPreview ORDER BY ImageWidth * ImageHeight DESC LIMIT 1"));
    if (!preview.ok())
        return makeError(ErrorCode::Corrupt,
                         tr("The CLIP Studio file is damaged: its canvas information cannot be read."));
    auto row = preview->step();
    if (!row.ok() || !*row || preview->blob(0).isEmpty())
        return makeError(ErrorCode::NoComposite,
                         tr("This CLIP Studio file has no canvas preview, so Rakkan cannot see the picture. Open it "
                            "in CLIP Studio Paint and save it again."));
    const QByteArray png = preview->blob(0);

    auto decoded = ImageDecoder::decodeWithQt(png, sniffFormat(png), limits);
    if (!decoded.ok())
        return makeError(
            decoded.error().code,
            tr("The canvas preview inside the CLIP Studio file cannot be read: %1").arg(decoded.error().message));

    // The canvas may be larger than its stored preview; the catalogue records the canvas.
    QSize canvas;
    auto canvasQuery = (*db)->prepare(QStringLiteral("SELECT CanvasUnit, CanvasWidth, CanvasHeight FROM Canvas"));
    if (canvasQuery.ok()) {
        auto canvasRow = canvasQuery->step();
        if (canvasRow.ok() && *canvasRow && canvasQuery->int64(0) == kCanvasUnitPixels)
            canvas = QSize(int(std::lround(canvasQuery->real(1))), int(std::lround(canvasQuery->real(2))));
    }
    DecodedImage result = std::move(decoded).value();
    result.format = ImageFormat::Clip;
    if (canvas.isValid() && limits.pixelsAllowed(canvas))
        result.originalSize = canvas;
    return result;
}

} // namespace rakkan::imaging
