#include "cataloguing/ImportSummary.h"
#include "cataloguing/Importer.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/JsonViews.h"

#include <QDir>

namespace rakkan::cli {

namespace {

class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Add image files and folders to the catalogue"); }
    QString description() const override
    {
        return tr("Adds image files and folders (searched recursively) to the catalogue. Original files are only "
                  "read, never changed or moved. A file already in the catalogue is reported with the work that "
                  "holds it.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOption(m_folder);
        parser.addOption(m_threads);
        parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders to import."), tr("PATH..."));
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        const QStringList paths = call.arguments();
        if (paths.isEmpty())
            return call.usageError(tr("Name at least one file or folder to import."));

        cataloguing::ImportOptions options;
        if (call.isSet(m_folder))
            options.grouping = cataloguing::ImportOptions::Grouping::FolderPerWork;
        if (call.isSet(m_threads)) {
            bool ok = false;
            options.threads = call.value(m_threads).toInt(&ok);
            if (!ok || options.threads < 1 || options.threads > 256)
                return call.usageError(tr("--threads takes a number from 1 to 256."));
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
                    context.say(tr("Already catalogued (work %1, \"%2\"): %3")
                                    .arg(item.workId)
                                    .arg(item.workTitle, QDir::toNativeSeparators(item.path)));
                else if (item.outcome == O::Failed)
                    context.say(
                        tr("Failed: %1\n    %2")
                            .arg(QDir::toNativeSeparators(item.path), item.error ? item.error->message : QString()));
            }
            context.say(cataloguing::ImportSummary::line(report));
        }
        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption m_folder{
        QStringLiteral("folder-per-work"),
        tr("Make each folder one work whose files are its pages in name order (a manga chapter).")};
    const QCommandLineOption m_threads{QStringLiteral("threads"), tr("Decode on N threads (default: one per core)."),
                                       tr("N")};
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace rakkan::cli
