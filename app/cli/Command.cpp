#include "cli/Command.h"

#include "cli/Commands.h"

#include <cstdio>

namespace rakkan::cli {

namespace {
void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}
} // namespace

QString Call::hint() const
{
    return CliContext::commandHint({m_commandLine});
}

const std::vector<std::unique_ptr<Command>> &Command::actions() const
{
    static const std::vector<std::unique_ptr<Command>> none;
    return none;
}

const CommandRegistry &CommandRegistry::commands()
{
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        for (auto make :
             {makeImportCommand, makeWorksCommand,    makeHashCommand,     makeMatchCommand,        makeScanCommand,
              makeDupesCommand,  makeRehashCommand,   makeIsccCommand,     makeIdentityCommand,     makeSignCommand,
              makeVerifyCommand, makeRegistryCommand, makeOptoutCommand,   makeHubCommand,          makeSpawningCommand,
              makeVendorCommand, makePolicyCommand,   makeSiteKitCommand,  makeExportCopiesCommand, makeCheckCommand,
              makeC2paCommand,   makeOffersCommand,   makePaymentsCommand, makeCaseCommand,         makeEvidenceCommand,
              makeNoticeCommand, makeLogsCommand,     makeBackupCommand})
            r.m_commands.push_back(make());
        return r;
    }();
    return registry;
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString CommandRegistry::names() const
{
    QStringList list;
    for (const auto &command : m_commands)
        list << command->name();
    return list.join(QStringLiteral(", "));
}

QString CommandRegistry::overview() const
{
    return table(m_commands);
}

QString CommandRegistry::table(const std::vector<std::unique_ptr<Command>> &commands, int indent)
{
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    QStringList lines;
    for (const auto &command : commands)
        lines << QString(indent, QLatin1Char(' ')) + command->name().leftJustified(width + 2) + command->summary();
    return lines.join(QLatin1Char('\n'));
}

int CommandRegistry::run(const Command &command, const CliContext &base, const QStringList &arguments)
{
    const QString commandLine = arguments.value(0);
    if (!command.actions().empty()) {
        const QString action = arguments.value(1);
        for (const auto &candidate : command.actions())
            if (candidate->name() == action)
                return run(*candidate, base, QStringList{commandLine + QLatin1Char(' ') + action} + arguments.mid(2));
        const QString help = tr("Usage: %1 ACTION [options]").arg(commandLine) + QStringLiteral("\n\n") +
                             command.description() + QStringLiteral("\n\n") + tr("Actions:") + QLatin1Char('\n') +
                             table(command.actions()) + QStringLiteral("\n\n") +
                             tr("Run \"%1 ACTION --help\" for the options of an action.").arg(commandLine);
        if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
            writeOut(help + QLatin1Char('\n'));
            return ExitSuccess;
        }
        CliContext context = base;
        context.json = context.json || arguments.contains(QStringLiteral("--json"));
        return context.usageError(action.isEmpty() ? command.missingAction() : tr("Unknown action \"%1\".").arg(action),
                                  help);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    command.addOptions(parser);
    CliContext::addCommonOptions(parser);
    int exitCode = ExitSuccess;
    const auto context = base.parseCommand(parser, arguments, &exitCode);
    if (!context)
        return exitCode;
    return command.run(Call(*context, parser, commandLine));
}

SwitchOption::SwitchOption(const QString &name, const QString &onHelp, const QString &offHelp)
    : m_on(name, onHelp), m_off(QStringLiteral("no-") + name, offHelp)
{}

void SwitchOption::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_on);
    parser.addOption(m_off);
}

std::optional<int> SwitchOption::conflict(const Call &call) const
{
    if (!call.isSet(m_on) || !call.isSet(m_off))
        return std::nullopt;
    return call.usageError(
        tr("--%1 and --%2 contradict each other: give one of them.").arg(m_on.names().first(), m_off.names().first()));
}

std::optional<bool> SwitchOption::value(const Call &call) const
{
    if (call.isSet(m_on))
        return true;
    if (call.isSet(m_off))
        return false;
    return std::nullopt;
}

WorkSelection::WorkSelection()
    : m_all(QStringLiteral("all"), tr("Every work of the catalogue.")), m_work(CliContext::workOption())
{}

void WorkSelection::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_all);
    parser.addOption(m_work);
}

std::optional<QList<qint64>> WorkSelection::readIds(const Call &call, int *exitCode) const
{
    const auto ids = CliContext::workIds(call.values(m_work));
    if (!ids)
        *exitCode = call.usageError(CliContext::workIdError());
    return ids;
}

std::optional<QList<qint64>> WorkSelection::read(const Call &call, catalog::Catalog &catalog, int *exitCode) const
{
    return call.context.chooseWorks(catalog, call.isSet(m_all), call.values(m_work), call.hint(), exitCode);
}

} // namespace rakkan::cli
