#include "cataloguing/FilePreparer.h"
#include "cataloguing/Reidentifier.h"
#include "cli/CliContext.h"
#include "cli/MatchingOptions.h"
#include "core/Batches.h"
#include "crypto/Sha256.h"
#include "imaging/ImageDecoder.h"
#include "matching/CatalogMatcher.h"
#include "matching/FingerprintInput.h"
#include "matching/NearDuplicates.h"

#include <QJsonArray>

#include <numeric>

namespace rakkan::cli {

namespace {

using matching::CatalogMatcher;

class CatalogFingerprintCommands
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CatalogFingerprintCommands)

public:
    static int rehash(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Computes the fingerprints and the ISCC of catalogued files that lack them (catalogues made by an "
               "older Rakkan), reading each original file again. A file that changed since it was catalogued is "
               "reported and left as it was."));
        const QCommandLineOption allOpt(QStringLiteral("all"),
                                        tr("Recompute the fingerprints and ISCC of every catalogued file."));
        parser.addOption(allOpt);
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        cataloguing::Reidentifier reidentifier(**catalog);
        QJsonArray failures;
        reidentifier.setFailureCallback([&](const cataloguing::ReidentifyReport::Failure &f) {
            context->warn(makeError(f.error.code, tr("%1: %2").arg(f.file.originalPath, f.error.message)));
            failures.append(QJsonObject{{QStringLiteral("asset_id"), f.file.assetId},
                                        {QStringLiteral("path"), f.file.originalPath},
                                        {QStringLiteral("error"), CliContext::errorJson(f.error)}});
        });
        reidentifier.setProgressCallback([&](int processed, int total) {
            context->progress(tr("Fingerprinted %1 of %2 files...").arg(processed).arg(total));
        });
        auto report = reidentifier.run(parser.isSet(allOpt));
        if (!report.ok())
            return context->fail(report.error());
        const int done = report->updated;
        const int failed = int(report->failures.size());
        context->endProgress();
        if (context->json)
            context->printJson(
                QJsonObject{{QStringLiteral("fingerprinted"), done}, {QStringLiteral("failed"), failures}});
        else
            context->say(tr("Fingerprinted %1 files; %2 could not be.").arg(done).arg(failed));
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

    static int dupes(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Lists groups of catalogued files that are near copies of each other (re-exports, crops, the same "
               "page saved twice)."));
        ThresholdOption::add(parser);
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        int threshold = 0;
        if (auto bad =
                ThresholdOption::read(*context, parser, &threshold, tr("Try \"%1 --help\".").arg(arguments.value(0))))
            return *bad;
        auto loaded = loadMatcher(*context, &exitCode);
        if (!loaded)
            return exitCode;
        auto &catalog = loaded->catalog;
        const CatalogMatcher &matcher = loaded->matcher;

        const auto groups = matching::nearDuplicateGroups(matcher.index(), threshold);
        QJsonArray json;
        int n = 0;
        for (const auto &group : groups) {
            ++n;
            QJsonArray members;
            if (!context->json)
                context->say(tr("Group %1:").arg(n));
            for (const auto &member : group) {
                auto work = catalog->work(member.workId);
                const QString title = work.ok() ? work->title : QString();
                members.append(QJsonObject{{QStringLiteral("asset_id"), member.assetId},
                                           {QStringLiteral("work_id"), member.workId},
                                           {QStringLiteral("title"), title}});
                context->say(tr("  work %1 \"%2\"").arg(member.workId).arg(title));
            }
            json.append(QJsonObject{{QStringLiteral("assets"), members}});
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("groups"), json}});
        else if (n == 0)
            context->say(tr("No near duplicates in the catalogue."));
        return ExitSuccess;
    }
};

} // namespace

int runRehash(const CliContext &context, const QStringList &arguments)
{
    return CatalogFingerprintCommands::rehash(context, arguments);
}

int runDupes(const CliContext &context, const QStringList &arguments)
{
    return CatalogFingerprintCommands::dupes(context, arguments);
}

} // namespace rakkan::cli
