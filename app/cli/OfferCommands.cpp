#include "cli/Command.h"
#include "cli/Commands.h"
#include "cli/OfferCommandsBase.h"
#include "cli/OfferTermOptions.h"
#include "licensing/OfferComparison.h"
#include "licensing/OfferTerms.h"

#include <QJsonArray>

namespace rakkan::cli {

namespace {

using licensing::Money;
using licensing::Offer;
using licensing::OfferStatusMachine;

class OffersList final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("The offers, with status, deadline and flags"); }
    QString description() const override
    {
        return tr("Lists the offers: status, deadline, and how many red flags each raises.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        const QCommandLineOption minimum = minimumOption();
        parser.addOption(minimum);
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;

        const QCommandLineOption minimum = minimumOption();
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto flags = flagContext(**catalog, parser.value(minimum));
        if (!flags.ok())
            return context.fail(flags.error());
        QJsonArray array;
        for (const Offer &o : std::as_const(flags->otherOffers)) {
            const auto raised = licensing::RedFlags::of(o, *flags);
            array.append(toJson(o, raised, *flags));
            context.say(
                QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(o.id)
                    .arg(OfferStatusMachine::label(o.status),
                         o.responseDeadline.isValid() ? o.responseDeadline.toString(Qt::ISODate) : QStringLiteral("-"),
                         tr("%n red flag(s)", nullptr, int(raised.size())), o.title));
        }
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("offers"), array}});
        return ExitSuccess;
    }
};

class OffersShow final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("One offer's terms and red flags"); }
    QString description() const override { return tr("Shows an offer's terms, its history and its red flags."); }
    void addOptions(QCommandLineParser &parser) const override
    {
        const QCommandLineOption minimum = minimumOption();
        parser.addOption(minimum);
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;

        const QCommandLineOption minimum = minimumOption();
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok)
            return context.usageError(tr("Give the offer's number."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        licensing::OfferStore store(**catalog);
        licensing::OfferHistory chain(**catalog);
        auto offer = store.offer(id);
        if (!offer.ok())
            return context.fail(offer.error());
        auto flags = flagContext(**catalog, parser.value(minimum));
        if (!flags.ok())
            return context.fail(flags.error());
        const auto raised = licensing::RedFlags::of(*offer, *flags);
        auto events = chain.events(id);
        if (!events.ok())
            return context.fail(events.error());
        if (context.json) {
            QJsonObject out = toJson(*offer, raised, *flags);
            QJsonArray history;
            for (const auto &e : *events)
                history.append(QJsonObject{{QStringLiteral("at"), e.at},
                                           {QStringLiteral("from"), nullIfEmpty(e.from)},
                                           {QStringLiteral("to"), e.to},
                                           {QStringLiteral("note"), e.note},
                                           {QStringLiteral("hash"), e.hash}});
            out.insert(QStringLiteral("history"), history);
            context.printJson(out);
            return ExitSuccess;
        }
        context.say(offer->intermediary.isEmpty()
                        ? tr("%1 (from %2): %3")
                              .arg(offer->title, offer->counterparty, OfferStatusMachine::label(offer->status))
                        : tr("%1 (from %2, through %3): %4")
                              .arg(offer->title, offer->counterparty, offer->intermediary,
                                   OfferStatusMachine::label(offer->status)));
        for (const auto &p : offer->payments)
            context.say(
                QStringLiteral("  ") + p.basis + QLatin1Char(' ') +
                (p.amount ? p.amount->format() : QString::number(p.shareBasisPoints / 100.0) + QLatin1Char('%')));
        if (const auto value = licensing::OfferValue::of(*offer, flags->portfolioWorks))
            context.say(QStringLiteral("  ") + value->text());
        for (const auto &f : raised)
            context.say(QStringLiteral("! %1 (%2)").arg(f.message, f.term));
        for (const auto &e : *events)
            context.say(QStringLiteral("  %1  %2 -> %3  %4").arg(e.at, e.from, e.to, e.note));
        return ExitSuccess;
    }
};

// offers add, edit and counter: the same terms, recorded as a new offer, corrected in place, or answered with a new
// version.
class OffersAdd final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    OffersAdd(QString name, QString summary, Mode mode)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_mode(mode)
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString description() const override
    {
        return m_mode == Mode::Counter ? tr("Counters an offer: a new version with the parent's terms and the changes "
                                            "given here.")
               : m_mode == Mode::Edit  ? tr("Corrects the terms of an offer still under negotiation; the history names "
                                             "what changed.")
                                       : tr("Records a licensing offer, as received (or as a draft).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        if (m_mode != Mode::Add)
            parser.addPositionalArgument(
                QStringLiteral("id"),
                m_mode == Mode::Counter ? tr("The offer to counter.") : tr("The offer to correct."), tr("ID"));
        m_terms.addTo(parser);
        parser.addOptions({m_flat, m_perWork, m_revenue, m_publisherSplit, m_agentSplit});
    }

    int run(const Call &call) const override
    {
        const CliContext &context = call.context;
        const bool counter = m_mode == Mode::Counter;
        if (auto bad = m_terms.conflict(call))
            return *bad;
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        licensing::OfferStore store(**catalog);
        Offer o;
        qint64 parentId = 0;
        if (m_mode != Mode::Add) {
            bool ok = false;
            parentId = call.arguments().value(0).toLongLong(&ok);
            if (!ok)
                return call.usageError(counter ? tr("Give the number of the offer to counter.")
                                               : tr("Give the number of the offer to correct."));
            auto parent = store.offer(parentId);
            if (!parent.ok())
                return context.fail(parent.error());
            o = *parent; // only what is given below changes
        } else {
            if (!call.isSet(m_terms.title) || !call.isSet(m_terms.from))
                return call.usageError(tr("Give --title and --from."));
            o.status = call.isSet(m_terms.draft) ? licensing::OfferStatus::Draft : licensing::OfferStatus::Received;
        }
        if (auto bad = m_terms.apply(call, o))
            return *bad;
        if (!counter && !o.receivedOn.isValid() && !call.isSet(m_terms.draft))
            o.receivedOn = QDate::currentDate();
        if (auto bad = applyPayments(call, o))
            return *bad;

        const QString note = call.value(m_terms.note);
        if (m_mode == Mode::Edit) {
            if (auto done = store.update(o, note); !done.ok())
                return context.fail(done.error());
            context.say(tr("Corrected offer %1.").arg(parentId));
            return ExitSuccess;
        }
        auto id = counter ? store.counter(parentId, o, note) : store.add(o, note);
        if (!id.ok())
            return context.fail(id.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            context.say(tr("Recorded offer %1. See its red flags with: rakkan-cli offers show %1").arg(*id));
        return ExitSuccess;
    }

private:
    // Payment terms given replace the parent's whole set: a counter states its price in full.
    std::optional<int> applyPayments(const Call &call, Offer &o) const
    {
        if (call.isSet(m_flat) || call.isSet(m_perWork) || call.isSet(m_revenue))
            o.payments.clear();
        for (const auto &[option, basis] : {std::pair{&m_flat, "flat"}, std::pair{&m_perWork, "per_work"}}) {
            if (!call.isSet(*option))
                continue;
            auto amount = Money::parseWithCurrency(call.value(*option));
            if (!amount.ok())
                return call.fail(amount.error(), ExitUsage);
            o.payments << licensing::PaymentComponent{QLatin1String(basis), *amount, 0, {}};
        }
        const QString percentError = tr("A percentage is a number from 0 to 100, e.g. 30 or 12.5.");
        if (call.isSet(m_revenue)) {
            const auto bp = licensing::OfferTerms::parsePercent(call.value(m_revenue));
            if (!bp)
                return call.usageError(percentError);
            o.payments << licensing::PaymentComponent{QStringLiteral("revenue_share"), std::nullopt, *bp, {}};
        }
        for (const auto &[option, field] :
             {std::pair{&m_publisherSplit, &licensing::PaymentComponent::splitPublisherBasisPoints},
              std::pair{&m_agentSplit, &licensing::PaymentComponent::splitAgentBasisPoints}}) {
            if (!call.isSet(*option))
                continue;
            const auto bp = licensing::OfferTerms::parsePercent(call.value(*option));
            if (!bp)
                return call.usageError(percentError);
            for (auto &p : o.payments)
                p.*field = *bp;
        }
        return std::nullopt;
    }

    QString m_name;
    QString m_summary;
    Mode m_mode;
    const OfferTermOptions m_terms;
    const QCommandLineOption m_flat{QStringLiteral("flat"), tr("A flat fee, e.g. \"500000 JPY\"."),
                                    tr("AMOUNT CURRENCY")};
    const QCommandLineOption m_perWork{QStringLiteral("per-work"), tr("A fee per work."), tr("AMOUNT CURRENCY")};
    const QCommandLineOption m_revenue{QStringLiteral("revenue-share"), tr("A share of revenue, in percent."),
                                       tr("PCT")};
    const QCommandLineOption m_publisherSplit{QStringLiteral("publisher-split"),
                                              tr("The publisher's part of each payment, in percent."), tr("PCT")};
    const QCommandLineOption m_agentSplit{QStringLiteral("agent-split"),
                                          tr("The agent's part of each payment, in percent."), tr("PCT")};
};

class OffersCompare final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override { return tr("Two to four offers side by side"); }
    QString description() const override
    {
        return tr("Compares two to four offers term by term; terms that differ are "
                  "marked with *.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        const QCommandLineOption minimum = minimumOption();
        parser.addOption(minimum);
        parser.addPositionalArgument(QStringLiteral("ids"), tr("The offers."), tr("ID ID [ID [ID]]"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;

        const QCommandLineOption minimum = minimumOption();
        QList<qint64> ids;
        for (const QString &arg : parser.positionalArguments()) {
            bool ok = false;
            ids << arg.toLongLong(&ok);
            if (!ok)
                return context.usageError(tr("Give the offers' numbers."), call.hint());
        }
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        licensing::OfferStore store(**catalog);
        QList<Offer> offers;
        for (qint64 id : ids) {
            auto o = store.offer(id);
            if (!o.ok())
                return context.fail(o.error());
            offers << *o;
        }
        auto flags = flagContext(**catalog, parser.value(minimum));
        if (!flags.ok())
            return context.fail(flags.error());
        auto terms = licensing::OfferComparison::compare(offers, *flags);
        if (!terms.ok())
            return context.fail(terms.error(), ExitUsage);
        if (context.json) {
            QJsonArray rows;
            for (const auto &t : *terms)
                rows.append(QJsonObject{{QStringLiteral("term"), t.key},
                                        {QStringLiteral("label"), t.label},
                                        {QStringLiteral("values"), QJsonArray::fromStringList(t.values)},
                                        {QStringLiteral("differs"), t.differs}});
            QJsonArray idArray;
            for (qint64 id : ids)
                idArray.append(id);
            context.printJson(QJsonObject{{QStringLiteral("offers"), idArray}, {QStringLiteral("terms"), rows}});
            return ExitSuccess;
        }
        QStringList header{QString()};
        for (const Offer &o : offers)
            header << QStringLiteral("#%1 %2").arg(o.id).arg(o.title);
        context.say(header.join(QLatin1Char('\t')));
        for (const auto &t : *terms) {
            QStringList line{(t.differs ? QStringLiteral("* ") : QStringLiteral("  ")) + t.label};
            for (const QString &v : t.values)
                line << QString(v).replace(QLatin1Char('\n'), QStringLiteral("; "));
            context.say(line.join(QLatin1Char('\t')));
        }
        return ExitSuccess;
    }
};

class OffersAttach final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    QString name() const override { return QStringLiteral("attach"); }
    QString summary() const override { return tr("Keep the contract with the offer"); }
    QString description() const override
    {
        return tr("Keeps a contract (a PDF) with an offer, in the catalogue, with its SHA-256; "
                  "the file itself is only read.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The PDF."), tr("FILE"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || parser.positionalArguments().size() != 2)
            return context.usageError(tr("Give the offer's number and the PDF."), call.hint());
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        auto doc = licensing::OfferDocuments(**catalog).attach(id, parser.positionalArguments().at(1));
        if (!doc.ok())
            return context.fail(doc.error());
        if (context.json)
            context.printJson(QJsonObject{{QStringLiteral("document"), doc->id},
                                          {QStringLiteral("sha256"), doc->sha256},
                                          {QStringLiteral("size"), doc->size}});
        else
            context.say(tr("Kept %1 with offer %2 (SHA-256 %3).").arg(doc->fileName).arg(id).arg(doc->sha256));
        return ExitSuccess;
    }
};

class OffersTransition final : public OfferCommandsBase
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    OffersTransition(QString name, QString summary, bool approve)
        : m_name(std::move(name)), m_summary(std::move(summary)), m_approve(approve)
    {}
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }
    QString description() const override
    {
        return m_approve ? tr("Records that a co-rights-holder approved the offer.")
                         : tr("Moves an offer to another status; refused moves say why.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        if (!m_approve)
            parser.addOption(note);
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
        parser.addPositionalArgument(m_approve ? QStringLiteral("name") : QStringLiteral("status"),
                                     m_approve ? tr("Who approved.") : tr("The new status."),
                                     m_approve ? tr("NAME") : tr("STATUS"));
    }

    int run(const Call &call) const override
    {
        const QCommandLineParser &parser = call.parser();
        const CliContext &context = call.context;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        const QString second = parser.positionalArguments().value(1);
        if (!ok || second.isEmpty())
            return call.usageError(m_approve ? tr("Give the offer's number and the name of who approved it.")
                                             : tr("Give the offer's number and its new status."));
        auto catalog = context.openCatalog();
        if (!catalog.ok())
            return context.fail(catalog.error());
        licensing::OfferStore store(**catalog);
        if (m_approve) {
            if (auto done = store.approve(id, second); !done.ok())
                return context.fail(done.error());
            context.say(tr("Recorded the approval of %1.").arg(second));
            return ExitSuccess;
        }
        const auto status = OfferStatusMachine::fromKey(second);
        if (!status) {
            QStringList keys;
            for (auto s : OfferStatusMachine::all())
                keys << OfferStatusMachine::key(s);
            return context.usageError(
                tr("Unknown status \"%1\"; statuses: %2.").arg(second, keys.join(QStringLiteral(", "))), call.hint());
        }
        if (auto done = store.transition(id, *status, parser.value(note)); !done.ok())
            return context.fail(done.error());
        context.say(tr("Offer %1 is now %2.").arg(id).arg(OfferStatusMachine::label(*status)));
        return ExitSuccess;
    }

private:
    const QCommandLineOption note{QStringLiteral("note"), tr("A note for the history."), tr("TEXT")};
    QString m_name;
    QString m_summary;
    bool m_approve;
};

} // namespace

std::unique_ptr<Command> makeOfferExportCommand();
std::unique_ptr<Command> makeOfferImportRslCommand();

std::unique_ptr<Command> makeOffersCommand()
{
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(std::make_unique<OffersList>());
    list.push_back(std::make_unique<OffersShow>());
    list.push_back(std::make_unique<OffersAdd>(QStringLiteral("add"), OfferCommandsBase::tr("Record an offer"),
                                               OfferCommandsBase::Mode::Add));
    list.push_back(std::make_unique<OffersAdd>(QStringLiteral("edit"),
                                               OfferCommandsBase::tr("Correct the terms of an offer still negotiated"),
                                               OfferCommandsBase::Mode::Edit));
    list.push_back(std::make_unique<OffersAdd>(QStringLiteral("counter"),
                                               OfferCommandsBase::tr("Answer with a new version of the terms"),
                                               OfferCommandsBase::Mode::Counter));
    list.push_back(std::make_unique<OffersCompare>());
    list.push_back(std::make_unique<OffersAttach>());
    list.push_back(std::make_unique<OffersTransition>(
        QStringLiteral("transition"), OfferCommandsBase::tr("Move an offer on (countered, accepted, ...)"), false));
    list.push_back(std::make_unique<OffersTransition>(
        QStringLiteral("approve"), OfferCommandsBase::tr("Record a co-rights-holder's approval"), true));
    list.push_back(makeOfferExportCommand());
    list.push_back(makeOfferImportRslCommand());
    return std::make_unique<CommandGroup>(
        QStringLiteral("offers"), OfferCommandsBase::tr("Licensing offers: record, review red flags, negotiate"),
        OfferCommandsBase::tr("Say what to do with offers."), std::move(list));
}

} // namespace rakkan::cli
