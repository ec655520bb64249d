#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/OfferCommandsBase.h"
#include "core/Csv.h"
#include "licensing/Ledger.h"

#include <QJsonArray>

namespace rakkan::cli {

namespace {

using licensing::Money;

class PaymentsAdd final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override { return tr("Record money received"); }
    QString description() const override { return tr("Records money received under an offer."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addOptions({date, note});
        parser.addPositionalArgument(QStringLiteral("offer"), tr("The offer."), tr("ID"));
        parser.addPositionalArgument(QStringLiteral("amount"), tr("The amount."), tr("AMOUNT"));
        parser.addPositionalArgument(QStringLiteral("currency"), tr("ISO 4217 code."), tr("CURRENCY"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        const QStringList args = parser.positionalArguments();
        bool ok = false;
        const qint64 offer = args.value(0).toLongLong(&ok);
        const QDate when =
            parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
        if (!ok || args.size() != 3 || !when.isValid())
            return context.usageError(tr("Give the offer, the amount and its currency, and --date YYYY-MM-DD."),
                                      call.hint());
        auto amount = Money::parse(args[1], args[2].toUpper());
        if (!amount.ok())
            return context.fail(amount.error(), ExitUsage);
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto id = licensing::PaymentsReceived(**catalog).add(offer, *amount, when, parser.value(note));
        if (!id.ok())
            return context.fail(id.error());
        context.say(
            tr("Recorded %1 received on %2.").arg(amount->format(), QLocale().toString(when, QLocale::ShortFormat)));
        return ExitSuccess;
    }

private:
    const QCommandLineOption date{QStringLiteral("date"), tr("When it arrived."), tr("YYYY-MM-DD")};
    const QCommandLineOption note{QStringLiteral("note"), tr("What it was for."), tr("TEXT")};
};

class PaymentsList final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("The ledger, with totals"); }
    QString description() const override
    {
        return tr("The ledger of payments received, with totals per currency and year.");
    }
    void addOptions(QCommandLineParser &parser) const override { parser.addOptions({offer, csv}); }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        licensing::OfferStore store(**catalog);
        licensing::PaymentsReceived received(**catalog);
        auto rows = received.list(parser.value(offer).toLongLong());
        if (!rows.ok())
            return context.fail(rows.error());
        auto offers = store.list();
        if (!offers.ok())
            return context.fail(offers.error());
        const licensing::Ledger ledger(*rows, *offers);
        if (parser.isSet(csv)) {
            const QByteArray bytes = ledger.toCsv();
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return ExitSuccess;
        }
        QJsonArray array;
        for (const auto &p : ledger.payments()) {
            array.append(QJsonObject{{QStringLiteral("date"), p.receivedOn.toString(Qt::ISODate)},
                                     {QStringLiteral("offer"), p.offerId},
                                     {QStringLiteral("licensee"), ledger.licenseeOf(p)},
                                     {QStringLiteral("amount"), p.amount.toPlainString()},
                                     {QStringLiteral("currency"), p.amount.currency()},
                                     {QStringLiteral("note"), p.note}});
            context.say(QStringLiteral("%1\t%2\t%3\t%4")
                            .arg(QLocale().toString(p.receivedOn, QLocale::ShortFormat), p.amount.format(),
                                 ledger.licenseeOf(p), ledger.offerTitleOf(p)));
        }
        auto byYear = ledger.byYear();
        auto byLicensee = ledger.byLicensee();
        if (!byYear.ok())
            return context.fail(byYear.error());
        if (!byLicensee.ok())
            return context.fail(byLicensee.error());
        QJsonObject totalJson; // "2027 JPY": "1500000", as before
        QJsonArray licenseeJson;
        for (const auto &t : *byYear) {
            totalJson.insert(t.group + QLatin1Char(' ') + t.amount.currency(), t.amount.toPlainString());
            context.say(tr("Total %1: %2").arg(t.group, t.amount.format()));
        }
        for (const auto &t : *byLicensee) {
            licenseeJson.append(QJsonObject{{QStringLiteral("licensee"), t.group},
                                            {QStringLiteral("amount"), t.amount.toPlainString()},
                                            {QStringLiteral("currency"), t.amount.currency()},
                                            {QStringLiteral("payments"), t.payments}});
            context.say(tr("From %1: %2").arg(t.group, t.amount.format()));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("payments"), array},
                                          {QStringLiteral("totals"), totalJson},
                                          {QStringLiteral("by_licensee"), licenseeJson}});
        return ExitSuccess;
    }

private:
    const QCommandLineOption offer{QStringLiteral("offer"), tr("Only this offer's payments."), tr("ID")};
    const QCommandLineOption csv{QStringLiteral("csv"), tr("As CSV (safe to open in a spreadsheet).")};
};

} // namespace

std::unique_ptr<Command> makePaymentsCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<PaymentsAdd>());
    list.push_back(std::make_unique<PaymentsList>());
    return std::make_unique<CommandGroup>(QStringLiteral("payments"),
                                          OfferCommandsBase::tr("Money received under licences"),
                                          OfferCommandsBase::tr("Say what to do with payments."), std::move(list));
}

} // namespace rakkan::cli
