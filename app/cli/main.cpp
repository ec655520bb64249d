#include "catalog/Catalog.h"
#include "cli/CliContext.h"
#include "core/AppIdentity.h"
#include "core/Localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace rakkan::cli {

class Main
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::Main)

public:
    static int run(const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Rakkan catalogues your artworks on your own computer and helps you say how AI may use them.") +
            QStringLiteral("\n\n") + tr("Commands:") + QStringLiteral("\n  import    ") +
            tr("Add image files and folders to the catalogue") + QStringLiteral("\n  works     ") +
            tr("List, show, edit or remove catalogued works") + QStringLiteral("\n  hash      ") +
            tr("Print the PDQ fingerprint of image files") + QStringLiteral("\n  match     ") +
            tr("Say which of your works an image comes from") + QStringLiteral("\n  scan      ") +
            tr("Audit a folder for copies of your works") + QStringLiteral("\n  dupes     ") +
            tr("List near duplicates inside the catalogue") + QStringLiteral("\n  rehash    ") +
            tr("Fingerprint files catalogued before fingerprints existed") + QStringLiteral("\n  iscc      ") +
            tr("Print the ISCC-CODE (ISO 24138) of image files") + QStringLiteral("\n  identity  ") +
            tr("Create, list, back up or restore your signing keys") + QStringLiteral("\n  sign      ") +
            tr("Sign a JSON document (ISCC-SIG)") + QStringLiteral("\n  verify    ") +
            tr("Check the signature of a signed JSON document") + QStringLiteral("\n  registry  ") +
            tr("Add, list or remove the hubs you declare to") + QStringLiteral("\n  optout    ") +
            tr("Declare works to a registry, follow and retry") + QStringLiteral("\n  hub       ") +
            tr("Run an ISCC hub (hub serve)") + QStringLiteral("\n  spawning  ") +
            tr("Check Spawning's Do Not Train registry, hand off to Have I Been Trained") +
            QStringLiteral("\n  vendor    ") + tr("Packets for vendors' opt-out forms, and what you submitted") +
            QStringLiteral("\n  policy    ") + tr("What you reserve against AI, and who to ask for a licence") +
            QStringLiteral("\n  sitekit   ") +
            tr("Write robots.txt, tdmrep.json, ai.txt, RSL and headers for your site") +
            QStringLiteral("\n  export-copies ") + tr("Copies of works carrying the reservation in their XMP") +
            QStringLiteral("\n  check     ") + tr("What a file or site says about AI use") +
            QStringLiteral("\n  offers    ") + tr("Licensing offers: record, review red flags, negotiate") +
            QStringLiteral("\n  payments  ") + tr("Money received under licences") + QStringLiteral("\n\n") +
            tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(QStringLiteral("rakkan-cli")));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
        const QCommandLineOption catalogOption(
            QStringList{QStringLiteral("catalog"), QStringLiteral("c")},
            tr("The catalogue file to use (default: $RAKKAN_CATALOG, else %1).").arg(catalog::defaultCatalogPath()),
            tr("FILE"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print results as JSON for scripts."));
        parser.addOption(catalogOption);
        parser.addOption(jsonOption);
        const QCommandLineOption helpOption = CliContext::addHelpOption(parser);
        const QCommandLineOption versionOption = parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("command"),
                                     tr("import, works, hash, match, scan, dupes, rehash, iscc, identity, sign, "
                                        "verify, registry, optout, hub, spawning, vendor, policy, sitekit, "
                                        "export-copies, check, offers or payments"),
                                     tr("COMMAND [options]"));

        CliContext context;
        context.program = QStringLiteral("rakkan-cli");
        const QString hint = tr("Try \"%1 --help\".").arg(context.program);
        if (!parser.parse(arguments)) {
            context.json = arguments.contains(QStringLiteral("--json"));
            return context.usageError(parser.errorText(), hint);
        }
        if (parser.isSet(versionOption)) {
            std::printf("rakkan-cli %s\n", qPrintable(QCoreApplication::applicationVersion()));
            return ExitSuccess;
        }
        const QStringList rest = parser.positionalArguments();
        if (parser.isSet(helpOption) || rest.isEmpty()) {
            std::fputs(parser.helpText().toUtf8().constData(), parser.isSet(helpOption) ? stdout : stderr);
            return parser.isSet(helpOption) ? ExitSuccess : ExitUsage;
        }
        context.json = parser.isSet(jsonOption);
        context.catalogPath = parser.isSet(catalogOption) ? parser.value(catalogOption) : catalog::defaultCatalogPath();

        const QString command = rest.first();
        const QStringList commandArguments = QStringList{context.program + QLatin1Char(' ') + command} + rest.mid(1);
        if (command == QLatin1String("import"))
            return runImport(context, commandArguments);
        if (command == QLatin1String("works"))
            return runWorks(context, commandArguments);
        if (command == QLatin1String("hash"))
            return runHash(context, commandArguments);
        if (command == QLatin1String("match"))
            return runMatch(context, commandArguments);
        if (command == QLatin1String("scan"))
            return runScan(context, commandArguments);
        if (command == QLatin1String("dupes"))
            return runDupes(context, commandArguments);
        if (command == QLatin1String("rehash"))
            return runRehash(context, commandArguments);
        if (command == QLatin1String("iscc"))
            return runIscc(context, commandArguments);
        if (command == QLatin1String("identity"))
            return runIdentity(context, commandArguments);
        if (command == QLatin1String("sign"))
            return runSign(context, commandArguments);
        if (command == QLatin1String("verify"))
            return runVerify(context, commandArguments);
        if (command == QLatin1String("registry"))
            return runRegistry(context, commandArguments);
        if (command == QLatin1String("optout"))
            return runOptout(context, commandArguments);
        if (command == QLatin1String("hub"))
            return runHubCommand(context, commandArguments);
        if (command == QLatin1String("spawning"))
            return runSpawning(context, commandArguments);
        if (command == QLatin1String("vendor"))
            return runVendor(context, commandArguments);
        if (command == QLatin1String("policy"))
            return runPolicy(context, commandArguments);
        if (command == QLatin1String("sitekit"))
            return runSiteKit(context, commandArguments);
        if (command == QLatin1String("export-copies"))
            return runExportCopies(context, commandArguments);
        if (command == QLatin1String("check"))
            return runCheck(context, commandArguments);
        if (command == QLatin1String("offers"))
            return runOffers(context, commandArguments);
        if (command == QLatin1String("payments"))
            return runPayments(context, commandArguments);
        return context.usageError(tr("Unknown command \"%1\".").arg(command), hint);
    }
};

} // namespace rakkan::cli

int main(int argc, char **argv)
{
    // Drawing a watermark or laying out a PDF needs fonts, which Qt loads only for a GUI application; every other
    // command stays a console program that needs no display.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || std::strncmp(argv[i], "--watermark", 11) == 0 || std::strcmp(argv[i], "--pdf") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    rakkan::setApplicationIdentity();
    rakkan::installTranslations();
    return rakkan::cli::Main::run(QCoreApplication::arguments());
}
