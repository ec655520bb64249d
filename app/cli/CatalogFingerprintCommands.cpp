#include "cataloguing/FilePreparer.h"
#include "cataloguing/Reidentifier.h"
#include "cli/Command.h"
#include "cli/Commands.h"
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

// What the CatalogFingerprintCommands actions share: their words (one translation context) and helpers.
class CatalogFingerprintCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CatalogFingerprintCommands)

protected:
};

class RehashCommand final : public CatalogFingerprintCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CatalogFingerprintCommands)

public:
    QString name() const override { return QStringLiteral("rehash"); }
    QString summary() const override { return tr("Fingerprint files catalogued before fingerprints existed"); }
    QString description() const override
    {
        return tr("Computes the fingerprints and the ISCC of catalogued files that lack them (catalogues made by an "
                  "older Rakkan), reading each original file again. A file that changed since it was catalogued is "
                  "reported and left as it was.");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOption(allOpt); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        cataloguing::Reidentifier reidentifier(**catalog);
        QJsonArray failures;
        reidentifier.setFailureCallback([&](const cataloguing::ReidentifyReport::Failure &f) {
            context.warn(makeError(f.error.code, tr("%1: %2").arg(f.file.originalPath, f.error.message)));
            failures.append(QJsonObject{{QStringLiteral("asset_id"), f.file.assetId},
                                        {QStringLiteral("path"), f.file.originalPath},
                                        {QStringLiteral("error"), CliContext::errorJson(f.error)}});
        });
        reidentifier.setProgressCallback([&](int processed, int total) {
            context.progress(tr("Fingerprinted %1 of %2 files...").arg(processed).arg(total));
        });
        auto report = reidentifier.run(parser.isSet(allOpt));
        if (!report.ok())
            return context.fail(report.error());
        const int done = report->updated;
        const int failed = int(report->failures.size());
        context.endProgress();
        if (context.json)
            context.printJson(
                QJsonObject{{QStringLiteral("fingerprinted"), done}, {QStringLiteral("failed"), failures}});
        else
            context.say(tr("Fingerprinted %1 files; %2 could not be.").arg(done).arg(failed));
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption allOpt{QStringLiteral("all"),
                                    tr("Recompute the fingerprints and ISCC of every catalogued file.")};
};

class DupesCommand final : public CatalogFingerprintCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CatalogFingerprintCommands)

public:
    QString name() const override { return QStringLiteral("dupes"); }
    QString summary() const override { return tr("List near duplicates inside the catalogue"); }
    QString description() const override
    {
        return tr("Lists groups of catalogued files that are copies of each other (re-exports, crops, turned scans, "
                  "the same page saved twice, a panel saved on its own), decided as match decides.");
    }
    void addOptions(QCommandLineParser &parser) const override { ThresholdOption::add(parser); }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        int threshold = 0;
        if (auto bad = ThresholdOption::read(call, &threshold))
            return *bad;
        int exitCode = ExitSuccess;
        auto loaded = loadMatcher(context, &exitCode);
        if (!loaded)
            return exitCode;
        auto &catalog = loaded->catalog;
        const CatalogMatcher &matcher = loaded->matcher;

        const auto groups = matching::NearDuplicates::groups(matcher, threshold, [&context](int done, int total) {
            context.progress(tr("Comparing pictures: %1 of %2...").arg(done).arg(total));
        });
        context.endProgress();
        QJsonArray json;
        int n = 0;
        for (const auto &group : groups) {
            ++n;
            QJsonArray members;
            if (!context.json)
                context.say(tr("Group %1:").arg(n));
            for (const auto &member : group) {
                auto work = catalog->works().get(member.workId);
                const QString title = work.ok() ? work->title : QString();
                members.append(QJsonObject{{QStringLiteral("asset_id"), member.assetId},
                                           {QStringLiteral("work_id"), member.workId},
                                           {QStringLiteral("title"), title}});
                context.say(tr("  work %1 \"%2\"").arg(member.workId).arg(title));
            }
            json.append(QJsonObject{{QStringLiteral("assets"), members}});
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("groups"), json}});
        else if (n == 0)
            context.say(tr("No near duplicates in the catalogue."));
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeRehashCommand()
{
    return std::make_unique<RehashCommand>();
}

std::unique_ptr<Command> makeDupesCommand()
{
    return std::make_unique<DupesCommand>();
}

} // namespace rakkan::cli
