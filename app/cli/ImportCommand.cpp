#include "cataloguing/ImportSummary.h"
#include "cataloguing/Importer.h"
#include "cli/CliContext.h"
#include "cli/JsonViews.h"

#include <QDir>

namespace rakkan::cli {

namespace {

class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ImportCommand)

public:
    static int run(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Adds image files and folders (searched recursively) to the catalogue. Original files are only read, "
               "never changed or moved. A file already in the catalogue is reported with the work that holds it."));
        const QCommandLineOption folderOption(
            QStringLiteral("folder-per-work"),
            tr("Make each folder one work whose files are its pages in name order (a manga chapter)."));
        const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                               tr("Decode on N threads (default: one per core)."), tr("N"));
        parser.addOption(folderOption);
        parser.addOption(threadsOption);
        CliContext::addCommonOptions(parser);
        parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders to import."), tr("PATH..."));

        int exitCode = ExitSuccess;
        auto parsed = base.parseCommand(parser, arguments, &exitCode);
        if (!parsed)
            return exitCode;
        const CliContext &context = *parsed;
        const QString hint = CliContext::commandHint(arguments);
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty())
            return context.usageError(tr("Name at least one file or folder to import."), hint);

        cataloguing::ImportOptions options;
        if (parser.isSet(folderOption))
            options.grouping = cataloguing::ImportOptions::Grouping::FolderPerWork;
        if (parser.isSet(threadsOption)) {
            bool ok = false;
            options.threads = parser.value(threadsOption).toInt(&ok);
            if (!ok || options.threads < 1 || options.threads > 256)
                return context.usageError(tr("--threads takes a number from 1 to 256."), hint);
        }

        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());

        cataloguing::Importer importer(**catalog, options);
        importer.setProgressCallback([&context](const cataloguing::ImportProgress &p) {
            context.progress(tr("Importing %1 of %2 files...").arg(p.done).arg(p.total));
        });
        const cataloguing::ImportReport report = importer.run(paths);
        context.endProgress();

        using O = cataloguing::ImportItem::Outcome;
        const int failed = report.count(O::Failed);
        if (context.json) {
            context.printJson(toJson(report));
        } else {
            for (const auto &item : report.items) {
                if (item.outcome == O::AlreadyCatalogued)
                    context.say(tr("Already catalogued (work %1): %2")
                                    .arg(item.workId)
                                    .arg(QDir::toNativeSeparators(item.path)));
                else if (item.outcome == O::Failed)
                    context.say(
                        tr("Failed: %1\n    %2")
                            .arg(QDir::toNativeSeparators(item.path), item.error ? item.error->message : QString()));
            }
            context.say(cataloguing::ImportSummary::line(report));
        }
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }
};

} // namespace

int runImport(const CliContext &context, const QStringList &arguments)
{
    return ImportCommand::run(context, arguments);
}

} // namespace rakkan::cli
