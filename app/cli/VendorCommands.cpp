#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/CredentialOptions.h"
#include "cli/JsonViews.h"
#include "registry/VendorForms.h"
#include "reservations/CredentialStatements.h"

#include <QDateTime>
#include <QJsonArray>

namespace rakkan::cli {

namespace {

// What the VendorCommands actions share: their words (one translation context) and helpers.
class VendorCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::VendorCommands)

protected:
};

class VendorList final : public VendorCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::VendorCommands)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("Vendors with an opt-out form"); }
    QString description() const override { return tr("Lists the vendors whose opt-out goes through a web form."); }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        QJsonArray array;
        for (const auto &v : registry::VendorForms::vendors()) {
            array.append(QJsonObject{{QStringLiteral("key"), v.key},
                                     {QStringLiteral("name"), v.name},
                                     {QStringLiteral("form"), nullIfEmpty(v.formUrl)},
                                     {QStringLiteral("checklist"), QJsonArray::fromStringList(v.checklist)}});
            context.say(QStringLiteral("%1\t%2").arg(v.key, v.name));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("vendors"), array}});
        return ExitSuccess;
    }
};

class VendorPacketOrMark final : public VendorCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::VendorCommands)

public:
    VendorPacketOrMark(QString name, QString summary, bool packet)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_packet(packet)
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString description() const override
    {
        return m_packet
                   ? tr("Writes a packet for a vendor's opt-out form: copies of the works' files (the originals are "
                        "only read), descriptions.csv and CHECKLIST.md; records the works as prepared.")
                   : tr("Records what you did with a vendor's form: prepared, submitted (Rakkan reminds you to check "
                        "again) or confirmed.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        if (!m_packet)
            parser.addOption(state);
        else
            parser.addPositionalArgument(QStringLiteral("dir"), tr("Where to write the packet."), tr("DIR"));
        if (m_packet)
            m_credentials.addTo(parser);
        parser.addOption(vendorOpt);
        m_works.addTo(parser);
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QString hint = call.hint();
        auto vendor = registry::VendorForms::vendor(parser.value(vendorOpt));
        if (!vendor.ok())
            return context.usageError(vendor.error().message, hint);
        if (m_packet && parser.positionalArguments().size() != 1)
            return context.usageError(tr("Name the folder to write the packet to."), hint);
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        int exitCode = ExitSuccess;
        const auto chosen = m_works.read(call, **catalog, &exitCode);
        if (!chosen)
            return exitCode;
        const QList<qint64> &works = *chosen;
        if (m_packet) {
            std::optional<registry::VendorForms::PacketCredentials> credentials;
            if (m_credentials.requested(call)) {
                auto signer = m_credentials.signer(call, **catalog);
                if (!signer.ok())
                    return context.fail(signer.error());
                credentials = registry::VendorForms::PacketCredentials{
                    *signer, reservations::credentialContentByPolicy(**catalog)};
            }
            auto folder = registry::VendorForms::writePacket(**catalog, *vendor, works,
                                                             parser.positionalArguments().first(), credentials);
            if (!folder.ok())
                return context.fail(folder.error());
            if (context.json)
                context.printJson(
                    QJsonObject{{QStringLiteral("packet"), *folder}, {QStringLiteral("works"), int(works.size())}});
            else
                context.say(tr("Packet for %1 written to %2 (%3 works). Follow CHECKLIST.md there.")
                                .arg(vendor->name, *folder)
                                .arg(works.size()));
            return ExitSuccess;
        }
        if (auto done = registry::VendorForms::mark(**catalog, vendor->key, works, parser.value(state)); !done.ok())
            return context.fail(done.error());
        context.say(tr("Recorded %1 works as %2 for %3.").arg(works.size()).arg(parser.value(state), vendor->name));
        return ExitSuccess;
    }

private:
    const QCommandLineOption vendorOpt{QStringLiteral("vendor"), tr("The vendor (see \"vendor list\")."), tr("KEY")};
    const QCommandLineOption state{QStringLiteral("state"), tr("prepared, submitted or confirmed."), tr("STATE")};
    const WorkSelection m_works;
    const CredentialOptions m_credentials;
    QString m_name;
    QString m_summary;
    bool m_packet;
};

class VendorStatus final : public VendorCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::VendorCommands)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override { return tr("What was prepared and submitted"); }
    QString description() const override
    {
        return tr("Lists the works prepared or submitted through vendors' forms, and which "
                  "are due for a check.");
    }
    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto rows = registry::VendorForms::list(**catalog);
        if (!rows.ok())
            return context.fail(rows.error());
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
            context.say(QStringLiteral("%1\t%2\t%3\t%4%5")
                            .arg(r.vendor)
                            .arg(r.workId)
                            .arg(r.title, r.state, due ? QStringLiteral("\t") + tr("check again now") : QString()));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("submissions"), array}});
        return ExitSuccess;
    }
};

} // namespace

std::unique_ptr<Command> makeVendorCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<VendorList>());
    list.push_back(std::make_unique<VendorPacketOrMark>(
        QStringLiteral("packet"), VendorCommandsBase::tr("Copies, descriptions and the form's checklist"), true));
    list.push_back(std::make_unique<VendorPacketOrMark>(QStringLiteral("mark"),
                                                        VendorCommandsBase::tr("Record what you did"), false));
    list.push_back(std::make_unique<VendorStatus>());
    return std::make_unique<CommandGroup>(
        QStringLiteral("vendor"), VendorCommandsBase::tr("Packets for vendors' opt-out forms, and what you submitted"),
        VendorCommandsBase::tr("Say what to do."), std::move(list));
}

} // namespace rakkan::cli
