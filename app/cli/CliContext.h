#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace rakkan::cli {

enum ExitCode { ExitSuccess = 0, ExitSomeFailed = 1, ExitUsage = 2 };

// What every command gets: the global options, and one way to print results and errors.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::CliContext)

public:
    QString catalogPath;
    bool json = false;
    QString program; // "rakkan-cli", for usage lines

    // `upkeep`: a command that makes a backup itself opens with CheckOnly, so the day's first run does not copy the
    // catalogue twice.
    Result<std::unique_ptr<catalog::Catalog>>
    openCatalog(catalog::Catalog::Upkeep upkeep = catalog::Catalog::Upkeep::AtStart) const;

    // Human output to stdout (only without --json).
    void say(const QString &text) const;
    // Errors always go to stderr; with --json they are also the JSON result on stdout.
    int fail(const Error &error, int exitCode = ExitSomeFailed) const;
    // An error about one item of many: stderr only, the command goes on.
    void warn(const Error &error) const;
    int usageError(const QString &message, const QString &helpHint) const;
    void printJson(const QJsonValue &value) const;
    void progress(const QString &text) const; // stderr, only on a terminal
    void endProgress() const;

    static QJsonObject errorJson(const Error &error);
    // The numbers given with --work (repeatable); nullopt when one is not a work number.
    // --work ID (or --works 1,2,3; repeatable): read with workIds().
    static QCommandLineOption workOption();
    static std::optional<QList<qint64>> workIds(const QStringList &values);
    static QString workIdError() { return tr("--work takes a work number."); }
    // The works a command acts on, from --all or --work ID...: the whole catalogue or the numbers given. On a
    // usage problem or an error it says so and returns nullopt with *exitCode set.
    std::optional<QList<qint64>> chooseWorks(catalog::Catalog &catalog, bool all, const QStringList &workValues,
                                             const QString &hint, int *exitCode) const;
    // "Try "rakkan-cli COMMAND --help"." for a command's usage errors.
    static QString commandHint(const QStringList &arguments);
    // --help/-h with a description in the user's language (Qt's own is not translated into every language).
    static QCommandLineOption addHelpOption(QCommandLineParser &parser);

    // Every command also takes --catalog and --json after its name, and --help.
    static void addCommonOptions(QCommandLineParser &parser);
    // Parses a command's arguments: nullopt and a filled exitCode when the command must stop (help, usage error).
    std::optional<CliContext> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                           int *exitCode) const;
};

} // namespace rakkan::cli
