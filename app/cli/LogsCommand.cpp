#include "catalog/WorkStore.h"
#include "cli/Command.h"
#include "cli/Commands.h"
#include "enforcement/AccessLogAudit.h"
#include "enforcement/CaseStore.h"

#include <QFile>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

using namespace enforcement;

class LogsAudit final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::LogsCommand)

public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override { return tr("Which AI crawlers fetched your works after the reservation"); }
    QString description() const override
    {
        return tr("Reads your web server's access logs (nginx or Apache \"combined\" format, .gz too), line by line "
                  "in bounded memory, and reports for each AI crawler of your policy's list (or --crawler) its "
                  "requests, and which works' pages and pictures it fetched after the reservation was published "
                  "(--since; by default when the policy was last saved in Rakkan). A work's addresses are its "
                  "publications' (works edit --publication). --out keeps the report for an evidence bag.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("files"), tr("Access log files."), tr("FILE..."));
        parser.addOptions({sinceOpt, crawlerOpt, siteOpt, outOpt});
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        if (call.arguments().isEmpty())
            return call.usageError(tr("Name at least one log file."));
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto found = AuditTargets::fromCatalogue(**catalog, call.values(crawlerOpt), call.value(siteOpt));
        if (!found.ok())
            return context.fail(found.error());
        AuditTargets targets = *found;
        if (call.isSet(sinceOpt)) {
            targets.reservedSince = QDateTime::fromString(call.value(sinceOpt), Qt::ISODate);
            if (!targets.reservedSince.isValid())
                return call.usageError(
                    tr("--since takes a date or a date and time (2025-04-01 or 2025-04-01T09:00:00Z)."));
            targets.reservedSince = targets.reservedSince.toUTC();
        } else if (!targets.reservedSince.isValid()) {
            return call.usageError(tr("This catalogue has no reservation policy yet: give --since, the date you "
                                      "published your reservation."));
        }
        catalog::WorkStore works((*catalog)->database());
        auto all = works.summaries();
        if (!all.ok())
            return context.fail(all.error());
        QHash<qint64, QString> titles;
        for (const auto &summary : *all)
            titles.insert(summary.id, summary.title);
        AccessLogAudit audit(targets);
        for (const QString &file : call.arguments()) {
            context.progress(tr("Reading %1 …").arg(file));
            audit.read(file);
        }
        context.endProgress();
        const AuditReport &report = audit.report();
        for (const QString &e : report.errors)
            context.warn(makeError(ErrorCode::Io, e));
        const QString text = report.text([&titles](qint64 id) { return titles.value(id); });
        if (call.isSet(outOpt)) {
            QFile out(call.value(outOpt));
            if (!out.open(QIODevice::WriteOnly) || out.write(text.toUtf8()) < 0)
                return context.fail(makeError(ErrorCode::Io, tr("%1 cannot be written.").arg(out.fileName())));
        }
        if (context.json) {
            QJsonArray crawlers;
            for (const CrawlerVisits &v : report.crawlers) {
                QJsonArray fetched;
                for (const auto &w : v.works)
                    fetched.append(QJsonObject{{QStringLiteral("work_id"), w.workId},
                                               {QStringLiteral("count"), w.count},
                                               {QStringLiteral("first"), w.first.toString(Qt::ISODate)},
                                               {QStringLiteral("last"), w.last.toString(Qt::ISODate)},
                                               {QStringLiteral("paths"), QJsonArray::fromStringList(w.paths)}});
                crawlers.append(QJsonObject{{QStringLiteral("crawler"), v.crawler},
                                            {QStringLiteral("requests"), v.requests},
                                            {QStringLiteral("after_reservation"), v.afterReservation},
                                            {QStringLiteral("works_fetched"), v.worksFetched},
                                            {QStringLiteral("first"), v.first.toString(Qt::ISODate)},
                                            {QStringLiteral("last"), v.last.toString(Qt::ISODate)},
                                            {QStringLiteral("addresses"), QJsonArray::fromStringList(v.addresses)},
                                            {QStringLiteral("works"), fetched}});
            }
            context.printJson(
                QJsonObject{{QStringLiteral("lines"), report.lines},
                            {QStringLiteral("unread_lines"), report.unreadLines},
                            {QStringLiteral("reserved_since"), targets.reservedSince.toString(Qt::ISODate)},
                            {QStringLiteral("crawlers"), crawlers},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)}});
        } else {
            context.say(tr("Reservation in force since %1 (UTC).").arg(targets.reservedSince.toString(Qt::ISODate)));
            context.say(text.trimmed());
        }
        return report.files.isEmpty() ? ExitSomeFailed : ExitSuccess;
    }

private:
    const QCommandLineOption sinceOpt{QStringLiteral("since"), tr("When the reservation was published."), tr("DATE")};
    const QCommandLineOption crawlerOpt{QStringLiteral("crawler"),
                                        tr("A crawler's robots.txt token to look for (repeatable; default: your "
                                           "policy's list)."),
                                        tr("TOKEN")};
    const QCommandLineOption siteOpt{QStringLiteral("site"), tr("Only your publications on this host."), tr("HOST")};
    const QCommandLineOption outOpt{QStringLiteral("out"),
                                    tr("Also write the report to FILE (for \"evidence create --crawler-report\")."),
                                    tr("FILE")};
};

} // namespace

std::unique_ptr<Command> makeLogsCommand()
{
    std::vector<std::unique_ptr<Command>> actions;
    actions.push_back(std::make_unique<LogsAudit>());
    return std::make_unique<CommandGroup>(QStringLiteral("logs"), LogsAudit::tr("Your web server's logs as evidence"),
                                          LogsAudit::tr("Name an action: audit."), std::move(actions));
}

} // namespace rakkan::cli
