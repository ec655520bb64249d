#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/OfferCommandsBase.h"
#include "core/AtomicFile.h"
#include "licensing/OfferExchange.h"
#include "licensing/OfferSummary.h"
#include "reservations/PolicyStore.h"
#include "reservations/Rsl.h"

#include <QFile>
#include <QJsonDocument>

namespace rakkan::cli {

namespace {

using licensing::Offer;

class OffersExport final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("The terms as an RSL licence, an ODRL policy or a one-page bilingual summary");
    }
    QString description() const override
    {
        return tr("Writes an offer's terms as an RSL 1.0 licence or an ODRL 2.2 policy (an "
                  "Offer, or an Agreement once accepted).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({rsl, odrl, pdf, url, minimumOption()});
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || (!parser.isSet(rsl) && !parser.isSet(odrl) && !parser.isSet(pdf)))
            return context.usageError(tr("Give the offer's number and --rsl, --odrl or --pdf."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto offer = licensing::OfferStore(**catalog).offer(id);
        if (!offer.ok())
            return context.fail(offer.error());
        auto policy = reservations::PolicyStore(**catalog).policy();
        const QString site = policy.ok() ? policy->siteRoot() : QString();
        if (parser.isSet(rsl)) {
            const QString covered = parser.isSet(url) ? parser.value(url) : site;
            if (auto written = writeFileAtomically(parser.value(rsl), licensing::OfferExchange::toRsl(*offer, covered));
                !written.ok())
                return context.fail(written.error());
        }
        if (parser.isSet(odrl)) {
            const QString assigner = policy.ok() ? policy->licensor() : QString();
            const QByteArray json =
                QJsonDocument(licensing::OfferExchange::toOdrl(*offer, assigner)).toJson(QJsonDocument::Indented);
            if (auto written = writeFileAtomically(parser.value(odrl), json); !written.ok())
                return context.fail(written.error());
        }
        if (parser.isSet(pdf)) {
            licensing::OfferStore store(**catalog);
            licensing::OfferDocuments kept(**catalog);
            auto flags = flagContext(**catalog, parser.value(minimumOption().names().first()));
            if (!flags.ok())
                return context.fail(flags.error());
            auto documents = kept.list(id);
            if (!documents.ok())
                return context.fail(documents.error());
            auto bytes = licensing::OfferSummary::pdf(*offer, *flags, *documents);
            if (!bytes.ok())
                return context.fail(bytes.error());
            if (auto written = writeFileAtomically(parser.value(pdf), *bytes); !written.ok())
                return context.fail(written.error());
        }
        context.say(tr("Wrote the terms of offer %1.").arg(id));
        return ExitSuccess;
    }

private:
    const QCommandLineOption rsl{QStringLiteral("rsl"), tr("Write the RSL licence to FILE."), tr("FILE")};
    const QCommandLineOption odrl{QStringLiteral("odrl"), tr("Write the ODRL policy to FILE."), tr("FILE")};
    const QCommandLineOption pdf{QStringLiteral("pdf"),
                                 tr("Write a one-page summary in English and Japanese, with the red flags, to FILE."),
                                 tr("FILE")};
    const QCommandLineOption url{QStringLiteral("url"), tr("What the licence covers (default: your site)."), tr("URL")};
};

class OffersImportrsl final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("import-rsl"); }
    QString summary() const override { return tr("An RSL licence as a new draft offer"); }
    QString description() const override { return tr("Records an RSL licence someone sent as a new draft offer."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({title, from});
        parser.addPositionalArgument(QStringLiteral("file"), tr("The RSL licence."), tr("FILE"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        if (parser.positionalArguments().size() != 1 || !parser.isSet(title) || !parser.isSet(from))
            return context.usageError(tr("Give the licence file, --title and --from."), call.hint());
        QFile file(parser.positionalArguments().first());
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(makeError(ErrorCode::NotFound,
                                          tr("%1 could not be read: %2").arg(file.fileName(), file.errorString())));
        auto offer = licensing::OfferExchange::fromRsl(file.read(reservations::Rsl::kMaxBytes + 1));
        if (!offer.ok())
            return context.fail(offer.error());
        offer->title = parser.value(title);
        offer->counterparty = parser.value(from);
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto id = licensing::OfferStore(**catalog).add(*offer, tr("Imported from %1").arg(file.fileName()));
        if (!id.ok())
            return context.fail(id.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            context.say(tr("Recorded the licence as draft offer %1.").arg(*id));
        return ExitSuccess;
    }

private:
    const QCommandLineOption title{QStringLiteral("title"), tr("A name for the offer."), tr("TEXT")};
    const QCommandLineOption from{QStringLiteral("from"), tr("Who makes the offer."), tr("NAME")};
};

} // namespace

std::unique_ptr<Command> makeOfferExportCommand()
{
    return std::make_unique<OffersExport>();
}

std::unique_ptr<Command> makeOfferImportRslCommand()
{
    return std::make_unique<OffersImportrsl>();
}

} // namespace rakkan::cli
