#include "reservations/CopyExporter.h"

#include "catalog/AssetCopies.h"
#include "core/AtomicFile.h"
#include "reservations/CredentialStatements.h"
#include "reservations/PolicyStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rakkan::reservations {

Result<CopyExporter::Report> CopyExporter::run(catalog::Catalog &catalog, const QList<qint64> &workIds,
                                               const QString &folder, const Options &options)
{
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, tr("The folder %1 could not be created.").arg(folder));
    WorkPolicies policies(catalog);
    Report report;
    int done = 0;
    for (qint64 id : workIds) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        RAKKAN_TRY(auto work, catalog.works().get(id));
        RAKKAN_TRY(const ReservationPolicy policy, policies.of(id));
        for (const catalog::Asset &asset : work.assets) {
            const bool web = options.web.maxSide > 0 || !options.web.watermark.trimmed().isEmpty();
            QString target = QDir(folder).filePath(catalog::AssetCopies::fileName(work, asset));
            Result<void> copied = Result<void>();
            QString partial;
            if (!web) {
                partial = target + QStringLiteral(".rakkan-partial");
                copied = catalog::AssetCopies::copy(asset, partial);
            } else {
                QFile original(asset.originalPath);
                auto encoded =
                    original.open(QIODevice::ReadOnly)
                        ? WebCopy::make(original.readAll(), options.web)
                        : Result<WebCopy::Encoded>(makeError(
                              ErrorCode::NotFound,
                              tr("%1 could not be read: %2").arg(asset.originalPath, original.errorString())));
                if (encoded.ok()) {
                    target = QFileInfo(target).path() + QLatin1Char('/') + QFileInfo(target).completeBaseName() +
                             QLatin1Char('.') + encoded->suffix;
                    partial = target + QStringLiteral(".rakkan-partial");
                    copied = writeFileAtomically(partial, encoded->bytes);
                } else {
                    copied =
                        makeError(encoded.error().code, tr("%1: %2").arg(asset.originalPath, encoded.error().message));
                }
            }
            Result<void> tagged =
                copied.ok() ? XmpRights::write(partial, policy, {options.embedRsl, work.title}) : copied;
            // The credential comes last: its hash covers every other byte, the XMP included.
            if (tagged.ok() && options.contentCredentials) {
                auto embedded = credentials::CredentialWriter::embedInFile(
                    partial, credentialContent(work, asset, policy), *options.contentCredentials);
                if (!embedded.ok())
                    tagged = makeError(embedded.error().code,
                                       tr("%1: %2").arg(QFileInfo(target).fileName(), embedded.error().message));
                else if (!*embedded)
                    report.withoutCredentials << target;
            }
            if (tagged.ok()) {
                QFile::remove(target);
                if (!QFile::rename(partial, target))
                    tagged = makeError(ErrorCode::Io, tr("%1 could not be put in place.").arg(target));
            }
            if (!tagged.ok()) {
                if (!partial.isEmpty())
                    QFile::remove(partial);
                report.failed << tagged.error().message;
            } else {
                report.written << target;
            }
        }
        if (options.progress)
            options.progress(++done, int(workIds.size()));
    }
    return report;
}

} // namespace rakkan::reservations
