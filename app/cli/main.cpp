#include "catalog/Catalog.h"
#include "cli/CliContext.h"
#include "cli/Command.h"
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
        const CommandRegistry &commands = CommandRegistry::commands();
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Rakkan catalogues your artworks on your own computer and helps you say how AI may use them.") +
            QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + commands.overview() +
            QStringLiteral("\n\n") +
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
        parser.addPositionalArgument(QStringLiteral("command"), commands.names(), tr("COMMAND [options]"));

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

        const QString name = rest.first();
        const Command *command = commands.find(name);
        if (!command)
            return context.usageError(tr("Unknown command \"%1\".").arg(name), hint);
        return CommandRegistry::run(*command, context,
                                    QStringList{context.program + QLatin1Char(' ') + name} + rest.mid(1));
    }
};

} // namespace rakkan::cli

int main(int argc, char **argv)
{
    // Drawing a watermark or laying out a PDF needs fonts, which Qt loads only for a GUI application; every other
    // command stays a console program that needs no display.
    bool needsFonts = false;
    for (int i = 1; i < argc; ++i)
        needsFonts = needsFonts || std::strncmp(argv[i], "--watermark", 11) == 0 ||
                     std::strcmp(argv[i], "--pdf") == 0 ||
                     // An evidence bag holds a one-page PDF summary; a notice may be written as a PDF.
                     std::strcmp(argv[i], "evidence") == 0 || std::strcmp(argv[i], "pdf") == 0;
    if (needsFonts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        needsFonts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    rakkan::setApplicationIdentity();
    rakkan::installTranslations();
    return rakkan::cli::Main::run(QCoreApplication::arguments());
}
