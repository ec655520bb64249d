#pragma once

#include "catalog/Catalog.h"
#include "credentials/CredentialWriter.h"
#include "reservations/WebCopy.h"
#include "reservations/XmpRights.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rakkan::reservations {

// Copies of works for publishing, each carrying the reservation in its XMP. Originals are only read; each copy is
// written under a temporary name, given its metadata, and only then takes its final name, so a failure or a crash
// never leaves a copy that looks finished but says nothing. Each work follows its own policy (PolicyStore).
class CopyExporter
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::CopyExporter)

public:
    struct Options
    {
        bool embedRsl = false;
        WebCopy::Options web; // scaled or watermarked copies for publishing; default: the file as it is
        std::function<void(int done, int total)> progress;
        std::shared_ptr<std::atomic<bool>> cancel;
        // When set, each JPEG, PNG and WebP copy also carries signed Content Credentials (C2PA) with the policy's
        // training-and-data-mining choices; copies in other formats are written without and are listed in the report.
        std::optional<credentials::CredentialSigner> contentCredentials;
    };
    struct Report
    {
        QStringList written;
        QStringList failed;             // "file: reason", in the user's language
        QStringList withoutCredentials; // copies written without Content Credentials: not JPEG, PNG or WebP
        bool cancelled = false;
    };

    static Result<Report> run(catalog::Catalog &catalog, const QList<qint64> &workIds, const QString &folder,
                              const Options &options);
};

} // namespace rakkan::reservations
