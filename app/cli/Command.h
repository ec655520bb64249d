#pragma once

#include "cli/CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>
#include <vector>

namespace rakkan::cli {

// One run of a command: the context (the global options with the command's own --catalog and --json applied), its
// parsed arguments, and usage errors that point at this very command's --help.
class Call
{
public:
    Call(const CliContext &withOptions, const QCommandLineParser &parser, QString commandLine)
        : context(withOptions), m_parser(parser), m_commandLine(std::move(commandLine))
    {}

    const CliContext &context;

    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QCommandLineOption &option) const { return m_parser.values(option); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList arguments() const { return m_parser.positionalArguments(); }
    const QCommandLineParser &parser() const { return m_parser; }
    // "rakkan-cli works edit", for messages that name the command.
    const QString &commandLine() const { return m_commandLine; }
    // Try "rakkan-cli works edit --help".
    QString hint() const;
    int usageError(const QString &message) const { return context.usageError(message, hint()); }
    int fail(const Error &error, int exitCode = ExitSomeFailed) const { return context.fail(error, exitCode); }

private:
    const QCommandLineParser &m_parser;
    QString m_commandLine;
};

// A command of rakkan-cli, or an action of one ("works list"): its name, one line for the list of commands, its
// options and what it does. The runner adds what every command takes (--catalog, --json, --help), parses, prints
// the help and the usage errors, so a command is only what is its own.
class Command
{
public:
    virtual ~Command() = default;
    Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // The word typed after rakkan-cli (or after the command, for an action).
    virtual QString name() const = 0;
    // One line, in the list of commands and at the head of --help.
    virtual QString summary() const = 0;
    // What --help says before the options; the summary unless there is more to say.
    virtual QString description() const { return summary(); }
    // The command's own positional arguments and options.
    virtual void addOptions(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    virtual int run(const Call &call) const = 0;

    // A command made of actions ("works list|show|edit|remove") has them here; run() is then not called.
    virtual const std::vector<std::unique_ptr<Command>> &actions() const;
    // What to say when no action was named.
    virtual QString missingAction() const { return QString(); }
};

// A command made of actions, with nothing of its own but its name and words.
class CommandGroup final : public Command
{
public:
    CommandGroup(QString name, QString summary, QString missing, std::vector<std::unique_ptr<Command>> actions)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_missing(std::move(missing)),
          m_actions(std::move(actions))
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString missingAction() const override { return m_missing; }
    const std::vector<std::unique_ptr<Command>> &actions() const override { return m_actions; }
    int run(const Call &) const override { return ExitUsage; }

private:
    QString m_name;
    QString m_summary;
    QString m_missing;
    std::vector<std::unique_ptr<Command>> m_actions;
};

// Builds the actions of a group: actions<ListAction, ShowAction>().
template <typename... A> std::vector<std::unique_ptr<Command>> actions()
{
    std::vector<std::unique_ptr<Command>> list;
    (list.push_back(std::make_unique<A>()), ...);
    return list;
}

// The commands, their help and their usage, in the user's language: the list in `rakkan-cli --help` and in each
// command's help is generated from here, aligned whatever the length of the names.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CommandRegistry)

public:
    // Every command of rakkan-cli, in the order the help lists them.
    static const CommandRegistry &commands();

    const std::vector<std::unique_ptr<Command>> &all() const { return m_commands; }
    const Command *find(const QString &name) const;
    // "import, works, hash, ..." for the usage line.
    QString names() const;
    // The aligned two-column list of the commands, for --help.
    QString overview() const;

    // Runs `command` with `arguments` (the first is the command line so far, "rakkan-cli works"): an action is
    // chosen from the next word, then the command's options are parsed; help and usage errors are printed here.
    static int run(const Command &command, const CliContext &base, const QStringList &arguments);
    // "  name    summary" lines, the names padded to the longest.
    static QString table(const std::vector<std::unique_ptr<Command>> &commands, int indent = 2);

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

// Yes/no terms that an edit can switch on and off: --exclusive and --no-exclusive.
class SwitchOption
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::SwitchOption)

public:
    SwitchOption(const QString &name, const QString &onHelp, const QString &offHelp);
    void addTo(QCommandLineParser &parser) const;
    // Both given is a usage error: the exit code to stop with, said to the user; nullopt when all is well.
    std::optional<int> conflict(const Call &call) const;
    // Unset, on or off.
    std::optional<bool> value(const Call &call) const;
    const QCommandLineOption &on() const { return m_on; }
    const QCommandLineOption &off() const { return m_off; }

private:
    QCommandLineOption m_on;
    QCommandLineOption m_off;
};

// --all | --work ID... for the commands that act on works.
class WorkSelection
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::WorkSelection)

public:
    WorkSelection();
    void addTo(QCommandLineParser &parser) const;
    bool isGiven(const Call &call) const { return call.isSet(m_all) || call.isSet(m_work); }
    // The works chosen: the whole catalogue or the numbers given. On a usage problem or an error it says so and
    // returns nullopt with *exitCode set.
    std::optional<QList<qint64>> read(const Call &call, catalog::Catalog &catalog, int *exitCode) const;
    // Only --work: the numbers given (empty when none), or nullopt on a bad number (said, with *exitCode).
    std::optional<QList<qint64>> readIds(const Call &call, int *exitCode) const;

private:
    QCommandLineOption m_all;
    QCommandLineOption m_work;
};

} // namespace rakkan::cli
