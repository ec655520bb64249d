#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

#include <cstdio>

namespace rakkan::cli {

namespace {
void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

Result<std::unique_ptr<catalog::Catalog>> CliContext::openCatalog(catalog::Catalog::Upkeep upkeep) const
{
    // A command starts a session of its own: the catalogue is checked, and backed up once a day.
    auto catalog = catalog::Catalog::open(catalogPath, catalog::Catalog::Access::ReadWrite, upkeep);
    if (catalog.ok() && !(*catalog)->upkeepWarning().isEmpty())
        warn(makeError(ErrorCode::Io, (*catalog)->upkeepWarning()));
    return catalog;
}

void CliContext::say(const QString &text) const
{
    if (!json)
        writeTo(stdout, text + QLatin1Char('\n'));
}

QCommandLineOption CliContext::workOption()
{
    return QCommandLineOption({QStringLiteral("work"), QStringLiteral("works")},
                              tr("A work, or several separated by commas (the option may repeat)."), tr("ID"));
}

std::optional<QList<qint64>> CliContext::workIds(const QStringList &values)
{
    QList<qint64> ids;
    for (const QString &value : values.join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        ids << id;
    }
    return ids;
}

QString CliContext::commandHint(const QStringList &arguments)
{
    return tr("Try \"%1 --help\".").arg(arguments.value(0));
}

QJsonObject CliContext::errorJson(const Error &error)
{
    return QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)}, {QStringLiteral("message"), error.message}};
}

int CliContext::fail(const Error &error, int exitCode) const
{
    endProgress();
    writeTo(stderr, tr("%1: %2").arg(program, error.message) + QLatin1Char('\n'));
    if (json)
        printJson(QJsonObject{{QStringLiteral("error"), errorJson(error)}});
    return exitCode;
}

void CliContext::warn(const Error &error) const
{
    endProgress();
    writeTo(stderr, tr("%1: %2").arg(program, error.message) + QLatin1Char('\n'));
}

int CliContext::usageError(const QString &message, const QString &helpHint) const
{
    writeTo(stderr, tr("%1: %2").arg(program, message) + QLatin1Char('\n') + helpHint + QLatin1Char('\n'));
    if (json)
        printJson(QJsonObject{{QStringLiteral("error"), errorJson(makeError(ErrorCode::InvalidArgument, message))}});
    return ExitUsage;
}

void CliContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    writeTo(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void CliContext::progress(const QString &text) const
{
    if (isatty(STDERR_FILENO))
        writeTo(stderr, QStringLiteral("\r\x1b[K") + text);
}

void CliContext::endProgress() const
{
    if (isatty(STDERR_FILENO))
        writeTo(stderr, QStringLiteral("\r\x1b[K"));
}

void CliContext::addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("catalog"), QStringLiteral("c")},
                                        tr("The catalogue file to use."), tr("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print results as JSON for scripts.")));
    addHelpOption(parser);
}

QCommandLineOption CliContext::addHelpOption(QCommandLineParser &parser)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    return help;
}

std::optional<CliContext> CliContext::parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                                   int *exitCode) const
{
    CliContext context = *this;
    const QString hint = commandHint(arguments);
    if (!parser.parse(arguments)) {
        context.json = context.json || arguments.contains(QStringLiteral("--json"));
        *exitCode = context.usageError(parser.errorText(), hint);
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeTo(stdout, parser.helpText());
        *exitCode = ExitSuccess;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("json")))
        context.json = true;
    if (parser.isSet(QStringLiteral("catalog")))
        context.catalogPath = parser.value(QStringLiteral("catalog"));
    return context;
}

std::optional<QList<qint64>> CliContext::chooseWorks(catalog::Catalog &catalog, bool all, const QStringList &workValues,
                                                     const QString &hint, int *exitCode) const
{
    if (all == !workValues.isEmpty()) {
        *exitCode = usageError(tr("Choose the works: --all or --work."), hint);
        return std::nullopt;
    }
    if (!all) {
        const auto given = workIds(workValues);
        if (!given)
            *exitCode = usageError(workIdError(), hint);
        return given;
    }
    auto summaries = catalog.works().summaries();
    if (!summaries.ok()) {
        *exitCode = fail(summaries.error());
        return std::nullopt;
    }
    QList<qint64> works;
    for (const auto &s : *summaries)
        works << s.id;
    return works;
}

} // namespace rakkan::cli
