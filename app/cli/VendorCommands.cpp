#include "cli/CliContext.h"
#include "cli/JsonViews.h"
#include "registry/VendorForms.h"

#include <QDateTime>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

class VendorCommands
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::VendorCommands)

public:
    static int run(const CliContext &base, const QStringList &arguments)
    {
        const QString help =
            tr("Usage: %1 vendor list|packet|mark|status").arg(QStringLiteral("rakkan-cli")) +
            QStringLiteral("\n  list                                   ") + tr("Vendors with an opt-out form") +
            QStringLiteral("\n  packet --vendor V (--all | --work ID...) DIR  ") +
            tr("Copies, descriptions and the form's checklist") +
            QStringLiteral("\n  mark --vendor V --state S (--all | --work ID...)  ") + tr("Record what you did") +
            QStringLiteral("\n  status                                 ") + tr("What was prepared and submitted");
        return CliContext::dispatch(
            base, arguments,
            {{"list", [](const CliContext &b, const QStringList &a) { return list(b, a); }},
             {"packet", [](const CliContext &b, const QStringList &a) { return packetOrMark(b, a, true); }},
             {"mark", [](const CliContext &b, const QStringList &a) { return packetOrMark(b, a, false); }},
             {"status", [](const CliContext &b, const QStringList &a) { return status(b, a); }}},
            help, tr("Say what to do."));
    }

private:
    static int list(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the vendors whose opt-out goes through a web form."));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        QJsonArray array;
        for (const auto &v : registry::VendorForms::vendors()) {
            array.append(QJsonObject{{QStringLiteral("key"), v.key},
                                     {QStringLiteral("name"), v.name},
                                     {QStringLiteral("form"), nullIfEmpty(v.formUrl)},
                                     {QStringLiteral("checklist"), QJsonArray::fromStringList(v.checklist)}});
            context->say(QStringLiteral("%1\t%2").arg(v.key, v.name));
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("vendors"), array}});
        return ExitSuccess;
    }

    static int packetOrMark(const CliContext &base, const QStringList &arguments, bool packet)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            packet ? tr("Writes a packet for a vendor's opt-out form: copies of the works' files (the originals are "
                        "only read), descriptions.csv and CHECKLIST.md; records the works as prepared.")
                   : tr("Records what you did with a vendor's form: prepared, submitted (Rakkan reminds you to check "
                        "again) or confirmed."));
        const QCommandLineOption vendorOpt(QStringLiteral("vendor"), tr("The vendor (see \"vendor list\")."),
                                           tr("KEY"));
        const QCommandLineOption state(QStringLiteral("state"), tr("prepared, submitted or confirmed."), tr("STATE"));
        const QCommandLineOption all(QStringLiteral("all"), tr("Every work of the catalogue."));
        const QCommandLineOption work = CliContext::workOption();
        parser.addOptions({vendorOpt, all, work});
        if (!packet)
            parser.addOption(state);
        else
            parser.addPositionalArgument(QStringLiteral("dir"), tr("Where to write the packet."), tr("DIR"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        const QString hint = CliContext::commandHint(arguments);
        auto vendor = registry::VendorForms::vendor(parser.value(vendorOpt));
        if (!vendor.ok())
            return context->usageError(vendor.error().message, hint);
        if (packet && parser.positionalArguments().size() != 1)
            return context->usageError(tr("Name the folder to write the packet to."), hint);
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        const auto chosen = context->chooseWorks(**catalog, parser.isSet(all), parser.values(work), hint, &exitCode);
        if (!chosen)
            return exitCode;
        const QList<qint64> &works = *chosen;
        if (packet) {
            auto folder =
                registry::VendorForms::writePacket(**catalog, *vendor, works, parser.positionalArguments().first());
            if (!folder.ok())
                return context->fail(folder.error());
            if (context->json)
                context->printJson(
                    QJsonObject{{QStringLiteral("packet"), *folder}, {QStringLiteral("works"), int(works.size())}});
            else
                context->say(tr("Packet for %1 written to %2 (%3 works). Follow CHECKLIST.md there.")
                                 .arg(vendor->name, *folder)
                                 .arg(works.size()));
            return ExitSuccess;
        }
        if (auto done = registry::VendorForms::mark(**catalog, vendor->key, works, parser.value(state)); !done.ok())
            return context->fail(done.error());
        context->say(tr("Recorded %1 works as %2 for %3.").arg(works.size()).arg(parser.value(state), vendor->name));
        return ExitSuccess;
    }

    static int status(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the works prepared or submitted through vendors' forms, and which "
                                            "are due for a check."));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto rows = registry::VendorForms::list(**catalog);
        if (!rows.ok())
            return context->fail(rows.error());
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QJsonArray array;
        for (const auto &r : *rows) {
            const bool due = r.isDue(now);
            array.append(QJsonObject{{QStringLiteral("work_id"), r.workId},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("vendor"), r.vendor},
                                     {QStringLiteral("state"), r.state},
                                     {QStringLiteral("remind_at"), nullIfEmpty(r.remindAt)},
                                     {QStringLiteral("check_due"), due}});
            context->say(QStringLiteral("%1\t%2\t%3\t%4%5")
                             .arg(r.vendor)
                             .arg(r.workId)
                             .arg(r.title, r.state, due ? QStringLiteral("\t") + tr("check again now") : QString()));
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("submissions"), array}});
        return ExitSuccess;
    }
};

} // namespace

int runVendor(const CliContext &context, const QStringList &arguments)
{
    return VendorCommands::run(context, arguments);
}

} // namespace rakkan::cli
