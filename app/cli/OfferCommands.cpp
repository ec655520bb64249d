#include "cli/CliContext.h"
#include "cli/JsonViews.h"
#include "core/AtomicFile.h"
#include "core/Csv.h"
#include "licensing/Ledger.h"
#include "licensing/OfferComparison.h"
#include "licensing/OfferExchange.h"
#include "licensing/OfferStore.h"
#include "licensing/OfferSummary.h"
#include "licensing/OfferTerms.h"
#include "licensing/RedFlags.h"
#include "reservations/PolicyStore.h"
#include "reservations/Rsl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rakkan::cli {

namespace {

using licensing::Money;
using licensing::Offer;
using licensing::OfferStatusMachine;

class OfferCommands
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    static int offers(const CliContext &base, const QStringList &arguments)
    {
        const QString help =
            tr("Usage: %1 offers list|show|add|edit|counter|transition|approve|compare|attach|export|import-rsl")
                .arg(QStringLiteral("rakkan-cli")) +
            QStringLiteral("\n  list                    ") + tr("The offers, with status, deadline and flags") +
            QStringLiteral("\n  show ID                 ") + tr("One offer's terms and red flags") +
            QStringLiteral("\n  add --title T --from WHO ...  ") + tr("Record an offer") +
            QStringLiteral("\n  edit ID [--flat ...]    ") + tr("Correct the terms of an offer still negotiated") +
            QStringLiteral("\n  counter ID [--flat ...] ") + tr("Answer with a new version of the terms") +
            QStringLiteral("\n  transition ID STATUS    ") + tr("Move an offer on (countered, accepted, ...)") +
            QStringLiteral("\n  approve ID NAME         ") + tr("Record a co-rights-holder's approval") +
            QStringLiteral("\n  compare ID ID [ID [ID]]  ") + tr("Two to four offers side by side") +
            QStringLiteral("\n  attach ID FILE.pdf      ") + tr("Keep the contract with the offer") +
            QStringLiteral("\n  export ID --rsl F | --odrl F | --pdf F  ") +
            tr("The terms as an RSL licence, an ODRL policy or a one-page bilingual summary") +
            QStringLiteral("\n  import-rsl FILE --title T --from WHO  ") + tr("An RSL licence as a new draft offer");
        return CliContext::dispatch(
            base, arguments,
            {{"list", [](const CliContext &b, const QStringList &a) { return list(b, a); }},
             {"show", [](const CliContext &b, const QStringList &a) { return show(b, a); }},
             {"add", [](const CliContext &b, const QStringList &a) { return add(b, a, Mode::Add); }},
             {"edit", [](const CliContext &b, const QStringList &a) { return add(b, a, Mode::Edit); }},
             {"counter", [](const CliContext &b, const QStringList &a) { return add(b, a, Mode::Counter); }},
             {"compare", [](const CliContext &b, const QStringList &a) { return compare(b, a); }},
             {"attach", [](const CliContext &b, const QStringList &a) { return attach(b, a); }},
             {"transition", [](const CliContext &b, const QStringList &a) { return transition(b, a, false); }},
             {"approve", [](const CliContext &b, const QStringList &a) { return transition(b, a, true); }},
             {"export", [](const CliContext &b, const QStringList &a) { return exportOffer(b, a); }},
             {"import-rsl", [](const CliContext &b, const QStringList &a) { return importRsl(b, a); }}},
            help, tr("Say what to do with offers."));
    }

    static int payments(const CliContext &base, const QStringList &arguments)
    {
        const QString help = tr("Usage: %1 payments add|list").arg(QStringLiteral("rakkan-cli")) +
                             QStringLiteral("\n  add OFFER AMOUNT CURRENCY --date YYYY-MM-DD  ") +
                             tr("Record money received") + QStringLiteral("\n  list [--offer ID] [--csv]  ") +
                             tr("The ledger, with totals");
        return CliContext::dispatch(
            base, arguments,
            {{"add", [](const CliContext &b, const QStringList &a) { return addPayment(b, a); }},
             {"list", [](const CliContext &b, const QStringList &a) { return listPayments(b, a); }}},
            help, tr("Say what to do with payments."));
    }

private:
    enum class Mode { Add, Edit, Counter };

    static QCommandLineOption minimumOption()
    {
        return QCommandLineOption(QStringLiteral("min-per-work-year"),
                                  tr("Flag offers paying less per work per year, e.g. \"20000 JPY\"."),
                                  tr("AMOUNT CURRENCY"));
    }

    static Result<licensing::RedFlags::Context> flagContext(catalog::Catalog &catalog, const QString &minimum)
    {
        licensing::RedFlags::Context c;
        RAKKAN_TRY(auto all, licensing::OfferStore(catalog).list());
        c.otherOffers = all;
        // The creator's published reservation, once they have set one up.
        if (auto policy = reservations::PolicyStore(catalog).policy(); policy.ok())
            c.reservationRefusesLicensing = policy->refusesLicensing();
        if (!minimum.isEmpty()) {
            RAKKAN_TRY(auto m, Money::parseWithCurrency(minimum));
            c.minimumPerWorkPerYear = m;
        }
        return c;
    }

    static QJsonObject toJson(const Offer &o, const QList<licensing::RedFlag> &flags)
    {
        QJsonArray payments, flagArray;
        for (const auto &p : o.payments)
            payments.append(
                QJsonObject{{QStringLiteral("basis"), p.basis},
                            {QStringLiteral("amount"), p.amount ? QJsonValue(p.amount->toPlainString()) : QJsonValue()},
                            {QStringLiteral("currency"), p.amount ? QJsonValue(p.amount->currency()) : QJsonValue()},
                            {QStringLiteral("share_percent"), p.shareBasisPoints / 100.0}});
        for (const auto &f : flags)
            flagArray.append(QJsonObject{{QStringLiteral("flag"), f.key},
                                         {QStringLiteral("message"), f.message},
                                         {QStringLiteral("term"), f.term}});
        const auto value = licensing::RedFlags::valuePerWorkPerYear(o);
        return QJsonObject{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("version"), o.version},
            {QStringLiteral("parent"), o.parentId ? QJsonValue(o.parentId) : QJsonValue()},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("from"), o.counterparty},
            {QStringLiteral("via"), nullIfEmpty(o.intermediary)},
            {QStringLiteral("buyer_disclosed"), o.licenseeDisclosed},
            {QStringLiteral("status"), OfferStatusMachine::key(o.status)},
            {QStringLiteral("response_deadline"), nullIfEmpty(o.responseDeadline.toString(Qt::ISODate))},
            {QStringLiteral("term_start"), nullIfEmpty(o.termStart.toString(Qt::ISODate))},
            {QStringLiteral("term_end"), nullIfEmpty(o.termEnd.toString(Qt::ISODate))},
            {QStringLiteral("models_after_term"), licensing::postTermKey(o.postTermModels)},
            {QStringLiteral("permits"), QJsonArray::fromStringList(o.permits)},
            {QStringLiteral("prohibits"), QJsonArray::fromStringList(o.prohibits)},
            {QStringLiteral("works"), QJsonArray::fromVariantList(QVariantList(o.workIds.begin(), o.workIds.end()))},
            {QStringLiteral("cosigners"), QJsonArray::fromStringList(o.cosigners)},
            {QStringLiteral("cosigners_approved"), QJsonArray::fromStringList(o.cosignersApproved)},
            {QStringLiteral("payments"), payments},
            {QStringLiteral("value_per_work_per_year"),
             value ? QJsonValue(QString(value->toPlainString() + QLatin1Char(' ') + value->currency())) : QJsonValue()},
            {QStringLiteral("red_flags"), flagArray},
            {QStringLiteral("channel"), o.channel},
            {QStringLiteral("auto_renew"), o.autoRenew},
            {QStringLiteral("model_scope"), o.modelScope},
            {QStringLiteral("model_name"), nullIfEmpty(o.modelName)},
            {QStringLiteral("users"), QJsonArray::fromStringList(o.userClass)},
            {QStringLiteral("territory"), QJsonArray::fromStringList(o.territory)},
            {QStringLiteral("exclusive"), o.exclusive},
            {QStringLiteral("sublicensable"), o.sublicensable},
            {QStringLiteral("sublicense_to"), nullIfEmpty(o.sublicenseTo)},
            {QStringLiteral("blanket_future"), o.blanketFuture},
            {QStringLiteral("audit"), o.auditRights},
            {QStringLiteral("reporting"), nullIfEmpty(o.reporting)},
            {QStringLiteral("provenance_warranty"), o.provenanceWarranty},
            {QStringLiteral("attribution"), nullIfEmpty(o.attribution)},
            {QStringLiteral("output_safeguards"), nullIfEmpty(o.outputSafeguards)},
            {QStringLiteral("takedown"),
             QJsonObject{
                 {QStringLiteral("days"), o.takedownNoticeDays ? QJsonValue(*o.takedownNoticeDays) : QJsonValue()},
                 {QStringLiteral("mechanism"), o.takedownMechanism},
                 {QStringLiteral("cost"), o.takedownCost}}},
            {QStringLiteral("confidentiality"), nullIfEmpty(o.confidentiality)},
            {QStringLiteral("governing_law"), nullIfEmpty(o.governingLaw)},
        };
    }

    static int list(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Lists the offers: status, deadline, and how many red flags each raises."));
        const QCommandLineOption minimum = minimumOption();
        parser.addOption(minimum);
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto flags = flagContext(**catalog, parser.value(minimum));
        if (!flags.ok())
            return context->fail(flags.error());
        QJsonArray array;
        for (const Offer &o : std::as_const(flags->otherOffers)) {
            const auto raised = licensing::RedFlags::of(o, *flags);
            array.append(toJson(o, raised));
            context->say(
                QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(o.id)
                    .arg(OfferStatusMachine::label(o.status),
                         o.responseDeadline.isValid() ? o.responseDeadline.toString(Qt::ISODate) : QStringLiteral("-"),
                         tr("%n red flag(s)", nullptr, int(raised.size())), o.title));
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("offers"), array}});
        return ExitSuccess;
    }

    static int show(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Shows an offer's terms, its history and its red flags."));
        const QCommandLineOption minimum = minimumOption();
        parser.addOption(minimum);
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok)
            return context->usageError(tr("Give the offer's number."), CliContext::commandHint(arguments));
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        licensing::OfferStore store(**catalog);
        auto offer = store.offer(id);
        if (!offer.ok())
            return context->fail(offer.error());
        auto flags = flagContext(**catalog, parser.value(minimum));
        if (!flags.ok())
            return context->fail(flags.error());
        const auto raised = licensing::RedFlags::of(*offer, *flags);
        auto events = store.events(id);
        if (!events.ok())
            return context->fail(events.error());
        if (context->json) {
            QJsonObject out = toJson(*offer, raised);
            QJsonArray history;
            for (const auto &e : *events)
                history.append(QJsonObject{{QStringLiteral("at"), e.at},
                                           {QStringLiteral("from"), nullIfEmpty(e.from)},
                                           {QStringLiteral("to"), e.to},
                                           {QStringLiteral("note"), e.note},
                                           {QStringLiteral("hash"), e.hash}});
            out.insert(QStringLiteral("history"), history);
            context->printJson(out);
            return ExitSuccess;
        }
        context->say(tr("%1 (from %2%3): %4")
                         .arg(offer->title, offer->counterparty,
                              offer->intermediary.isEmpty() ? QString() : tr(", through %1").arg(offer->intermediary),
                              OfferStatusMachine::label(offer->status)));
        for (const auto &p : offer->payments)
            context->say(
                QStringLiteral("  ") + p.basis + QLatin1Char(' ') +
                (p.amount ? p.amount->format() : QString::number(p.shareBasisPoints / 100.0) + QLatin1Char('%')));
        if (const auto value = licensing::RedFlags::valuePerWorkPerYear(*offer))
            context->say(tr("  %1 per work per year").arg(value->format()));
        for (const auto &f : raised)
            context->say(QStringLiteral("! %1 (%2)").arg(f.message, f.term));
        for (const auto &e : *events)
            context->say(QStringLiteral("  %1  %2 -> %3  %4").arg(e.at, e.from, e.to, e.note));
        return ExitSuccess;
    }

    static int add(const CliContext &base, const QStringList &arguments, Mode mode)
    {
        const bool counter = mode == Mode::Counter;
        QCommandLineParser parser;
        parser.setApplicationDescription(
            mode == Mode::Counter ? tr("Counters an offer: a new version with the parent's terms and the changes "
                                       "given here.")
            : mode == Mode::Edit  ? tr("Corrects the terms of an offer still under negotiation; the history names "
                                        "what changed.")
                                  : tr("Records a licensing offer, as received (or as a draft)."));
        auto opt = [](const char *name, const QString &help, const QString &value = {}) {
            return value.isEmpty() ? QCommandLineOption(QLatin1String(name), help)
                                   : QCommandLineOption(QLatin1String(name), help, value);
        };
        const auto title = opt("title", tr("A name for the offer."), tr("TEXT"));
        const auto from = opt("from", tr("Who makes the offer."), tr("NAME"));
        const auto via = opt("via", tr("The intermediary (publisher, agent, marketplace)."), tr("NAME"));
        const auto buyer = opt("buyer", tr("The ultimate licensee, when it is someone else."), tr("NAME"));
        const auto undisclosed = opt("buyer-undisclosed", tr("The ultimate licensee is not named."));
        const auto received = opt("received", tr("When it arrived."), tr("YYYY-MM-DD"));
        const auto deadline = opt("deadline", tr("The date an answer is due."), tr("YYYY-MM-DD"));
        const auto start = opt("term-start", tr("Start of the licence."), tr("YYYY-MM-DD"));
        const auto end = opt("term-end", tr("End of the licence."), tr("YYYY-MM-DD"));
        const auto models = opt("models",
                                tr("Trained models after the term: none, delete_data_only, models_survive, "
                                   "retrain_required."),
                                tr("WHAT"));
        const auto permits =
            opt("permits", tr("Permitted uses (comma-separated: ai-train, fine-tune, ai-input, ...)."), tr("LIST"));
        const auto prohibits =
            opt("prohibits", tr("Prohibited uses (style-imitation, character-reproduction, ...)."), tr("LIST"));
        const auto territory = opt("territory", tr("Countries (ISO 3166) or EU, comma-separated."), tr("LIST"));
        const auto exclusive = opt("exclusive", tr("The licence is exclusive."));
        const auto sublicense = opt("sublicensable", tr("The buyer may sublicense."));
        const auto blanket = opt("blanket-future", tr("It covers future deals too."));
        const auto audit = opt("audit", tr("You may audit use and reports."));
        const auto warranty = opt("provenance-warranty", tr("The buyer warrants its other data is lawful."));
        const auto share = opt("intermediary-share", tr("What the intermediary keeps, in percent."), tr("PCT"));
        const auto flat = opt("flat", tr("A flat fee, e.g. \"500000 JPY\"."), tr("AMOUNT CURRENCY"));
        const auto perWork = opt("per-work", tr("A fee per work."), tr("AMOUNT CURRENCY"));
        const auto revenue = opt("revenue-share", tr("A share of revenue, in percent."), tr("PCT"));
        const auto cosigner = opt("cosigner", tr("A co-rights-holder who must approve (repeat)."), tr("NAME"));
        const auto law = opt("law", tr("Governing law."), tr("TEXT"));
        const auto draft = opt("draft", tr("Record it as a draft (not yet received)."));
        const auto note = opt("note", tr("A note for the history."), tr("TEXT"));
        const auto channel =
            opt("channel", tr("How it came: email, platform, publisher, collective, settlement, other."), tr("WHAT"));
        const auto autoRenew = opt("auto-renew", tr("The licence renews by itself."));
        const auto modelScope =
            opt("model-scope", tr("Models covered: named_model, successors, any_model."), tr("WHAT"));
        const auto modelName = opt("model-name", tr("The model named in the offer."), tr("NAME"));
        const auto users =
            opt("users", tr("Who may use the models (commercial, non-commercial, education, government, personal)."),
                tr("LIST"));
        const auto sublicenseTo = opt("sublicense-to", tr("To whom the buyer may sublicense."), tr("TEXT"));
        const auto attribution = opt("attribution", tr("How you are credited."), tr("TEXT"));
        const auto safeguards = opt("safeguards", tr("What stops outputs copying your works."), tr("TEXT"));
        const auto reporting = opt("reporting", tr("What is reported to you, and how often."), tr("TEXT"));
        const auto takedownDays = opt("takedown-days", tr("Days the buyer has to act on a takedown."), tr("DAYS"));
        const auto takedown = opt("takedown", tr("What a takedown does: none, delete, suppress, retrain."), tr("WHAT"));
        const auto takedownCost = opt("takedown-cost", tr("Who pays for it: licensee, creator, shared."), tr("WHO"));
        const auto confidentiality = opt("confidentiality", tr("What must be kept confidential."), tr("TEXT"));
        const auto publisherSplit =
            opt("publisher-split", tr("The publisher's part of each payment, in percent."), tr("PCT"));
        const auto agentSplit = opt("agent-split", tr("The agent's part of each payment, in percent."), tr("PCT"));
        const QCommandLineOption work = CliContext::workOption();
        parser.addOptions({title,  from,    via,       buyer,     undisclosed, received,   deadline, start, end,
                           models, permits, prohibits, territory, exclusive,   sublicense, blanket,  audit, warranty,
                           share,  flat,    perWork,   revenue,   cosigner,    law,        draft,    note,  work});
        parser.addOptions({channel, autoRenew, modelScope, modelName, users, sublicenseTo, attribution, safeguards,
                           reporting, takedownDays, takedown, takedownCost, confidentiality, publisherSplit,
                           agentSplit});
        if (mode != Mode::Add)
            parser.addPositionalArgument(QStringLiteral("id"),
                                         counter ? tr("The offer to counter.") : tr("The offer to correct."), tr("ID"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        const QString hint = CliContext::commandHint(arguments);
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        licensing::OfferStore store(**catalog);
        Offer o;
        qint64 parentId = 0;
        if (mode != Mode::Add) {
            bool ok = false;
            parentId = parser.positionalArguments().value(0).toLongLong(&ok);
            if (!ok)
                return context->usageError(counter ? tr("Give the number of the offer to counter.")
                                                   : tr("Give the number of the offer to correct."),
                                           hint);
            auto parent = store.offer(parentId);
            if (!parent.ok())
                return context->fail(parent.error());
            o = *parent; // only what is given below changes
        } else {
            if (!parser.isSet(title) || !parser.isSet(from))
                return context->usageError(tr("Give --title and --from."), hint);
            o.status = parser.isSet(draft) ? licensing::OfferStatus::Draft : licensing::OfferStatus::Received;
        }
        auto text = [&](const QCommandLineOption &option, QString &field) {
            if (parser.isSet(option))
                field = parser.value(option);
        };
        text(title, o.title);
        text(from, o.counterparty);
        text(via, o.intermediary);
        text(buyer, o.licenseeName);
        text(law, o.governingLaw);
        text(channel, o.channel);
        text(modelScope, o.modelScope);
        text(modelName, o.modelName);
        text(sublicenseTo, o.sublicenseTo);
        text(attribution, o.attribution);
        text(safeguards, o.outputSafeguards);
        text(reporting, o.reporting);
        text(takedown, o.takedownMechanism);
        text(takedownCost, o.takedownCost);
        text(confidentiality, o.confidentiality);
        if (parser.isSet(autoRenew))
            o.autoRenew = true;
        if (parser.isSet(takedownDays)) {
            bool ok = false;
            const int days = parser.value(takedownDays).toInt(&ok);
            if (!ok)
                return context->usageError(tr("--takedown-days takes a number of days."), hint);
            o.takedownNoticeDays = days;
        }
        if (parser.isSet(undisclosed))
            o.licenseeDisclosed = false;
        for (const auto &[option, field] :
             {std::pair{&received, &o.receivedOn}, std::pair{&deadline, &o.responseDeadline},
              std::pair{&start, &o.termStart}, std::pair{&end, &o.termEnd}}) {
            if (!parser.isSet(*option))
                continue;
            *field = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!field->isValid())
                return context->usageError(tr("--%1 takes a date as YYYY-MM-DD.").arg(option->names().first()), hint);
        }
        if (!counter && !o.receivedOn.isValid() && !parser.isSet(draft))
            o.receivedOn = QDate::currentDate();
        if (parser.isSet(models)) {
            const auto m = licensing::postTermFromKey(parser.value(models));
            if (!m)
                return context->usageError(tr("--models takes none, delete_data_only, models_survive or "
                                              "retrain_required."),
                                           hint);
            o.postTermModels = *m;
        }
        auto list = [&](const QCommandLineOption &option) {
            QStringList out;
            for (const QString &item : parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
                out << item.trimmed();
            return out;
        };
        for (const auto &[option, field] : {std::pair{&permits, &o.permits}, std::pair{&prohibits, &o.prohibits},
                                            std::pair{&territory, &o.territory}, std::pair{&users, &o.userClass}})
            if (parser.isSet(*option))
                *field = list(*option);
        for (const auto &[option, field] :
             {std::pair{&exclusive, &o.exclusive}, std::pair{&sublicense, &o.sublicensable},
              std::pair{&blanket, &o.blanketFuture}, std::pair{&audit, &o.auditRights},
              std::pair{&warranty, &o.provenanceWarranty}})
            if (parser.isSet(*option))
                *field = true;
        if (parser.isSet(cosigner))
            o.cosigners = parser.values(cosigner);
        if (parser.isSet(share)) {
            const auto bp = licensing::OfferTerms::parsePercent(parser.value(share));
            if (!bp)
                return context->usageError(tr("A percentage is a number from 0 to 100, e.g. 30 or 12.5."), hint);
            o.intermediaryShareBasisPoints = *bp;
        }
        // Payment terms given here replace the parent's whole set: a counter states its price in full.
        if (parser.isSet(flat) || parser.isSet(perWork) || parser.isSet(revenue))
            o.payments.clear();
        for (const auto &[option, basis] : {std::pair{&flat, "flat"}, std::pair{&perWork, "per_work"}}) {
            if (!parser.isSet(*option))
                continue;
            auto amount = Money::parseWithCurrency(parser.value(*option));
            if (!amount.ok())
                return context->fail(amount.error(), ExitUsage);
            o.payments << licensing::PaymentComponent{QLatin1String(basis), *amount, 0, {}};
        }
        if (parser.isSet(revenue)) {
            const auto bp = licensing::OfferTerms::parsePercent(parser.value(revenue));
            if (!bp)
                return context->usageError(tr("A percentage is a number from 0 to 100, e.g. 30 or 12.5."), hint);
            o.payments << licensing::PaymentComponent{QStringLiteral("revenue_share"), std::nullopt, *bp, {}};
        }
        for (const auto &[option, field] :
             {std::pair{&publisherSplit, &licensing::PaymentComponent::splitPublisherBasisPoints},
              std::pair{&agentSplit, &licensing::PaymentComponent::splitAgentBasisPoints}}) {
            if (!parser.isSet(*option))
                continue;
            const auto bp = licensing::OfferTerms::parsePercent(parser.value(*option));
            if (!bp)
                return context->usageError(tr("A percentage is a number from 0 to 100, e.g. 30 or 12.5."), hint);
            for (auto &p : o.payments)
                p.*field = *bp;
        }
        if (parser.isSet(work)) {
            const auto works = CliContext::workIds(parser.values(work));
            if (!works)
                return context->usageError(CliContext::workIdError(), hint);
            o.workIds = *works;
        }
        if (mode == Mode::Edit) {
            if (auto done = store.update(o, parser.value(note)); !done.ok())
                return context->fail(done.error());
            context->say(tr("Corrected offer %1.").arg(parentId));
            return ExitSuccess;
        }
        auto id = counter ? store.counter(parentId, o, parser.value(note)) : store.add(o, parser.value(note));
        if (!id.ok())
            return context->fail(id.error());
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            context->say(tr("Recorded offer %1. See its red flags with: rakkan-cli offers show %1").arg(*id));
        return ExitSuccess;
    }

    static int transition(const CliContext &base, const QStringList &arguments, bool approve)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(approve ? tr("Records that a co-rights-holder approved the offer.")
                                                 : tr("Moves an offer to another status; refused moves say why."));
        const QCommandLineOption note(QStringLiteral("note"), tr("A note for the history."), tr("TEXT"));
        if (!approve)
            parser.addOption(note);
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
        parser.addPositionalArgument(approve ? QStringLiteral("name") : QStringLiteral("status"),
                                     approve ? tr("Who approved.") : tr("The new status."),
                                     approve ? tr("NAME") : tr("STATUS"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        const QString second = parser.positionalArguments().value(1);
        if (!ok || second.isEmpty())
            return context->usageError(
                tr("Give the offer's number and %1.").arg(approve ? tr("a name") : tr("a status")),
                CliContext::commandHint(arguments));
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        licensing::OfferStore store(**catalog);
        if (approve) {
            if (auto done = store.approve(id, second); !done.ok())
                return context->fail(done.error());
            context->say(tr("Recorded the approval of %1.").arg(second));
            return ExitSuccess;
        }
        const auto status = OfferStatusMachine::fromKey(second);
        if (!status) {
            QStringList keys;
            for (auto s : OfferStatusMachine::all())
                keys << OfferStatusMachine::key(s);
            return context->usageError(
                tr("Unknown status \"%1\"; statuses: %2.").arg(second, keys.join(QStringLiteral(", "))),
                CliContext::commandHint(arguments));
        }
        if (auto done = store.transition(id, *status, parser.value(note)); !done.ok())
            return context->fail(done.error());
        context->say(tr("Offer %1 is now %2.").arg(id).arg(OfferStatusMachine::label(*status)));
        return ExitSuccess;
    }

    static int exportOffer(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Writes an offer's terms as an RSL 1.0 licence or an ODRL 2.2 policy (an "
                                            "Offer, or an Agreement once accepted)."));
        const QCommandLineOption rsl(QStringLiteral("rsl"), tr("Write the RSL licence to FILE."), tr("FILE"));
        const QCommandLineOption odrl(QStringLiteral("odrl"), tr("Write the ODRL policy to FILE."), tr("FILE"));
        const QCommandLineOption pdf(
            QStringLiteral("pdf"), tr("Write a one-page summary in English and Japanese, with the red flags, to FILE."),
            tr("FILE"));
        const QCommandLineOption url(QStringLiteral("url"), tr("What the licence covers (default: your site)."),
                                     tr("URL"));
        parser.addOptions({rsl, odrl, pdf, url, minimumOption()});
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || (!parser.isSet(rsl) && !parser.isSet(odrl) && !parser.isSet(pdf)))
            return context->usageError(tr("Give the offer's number and --rsl, --odrl or --pdf."),
                                       CliContext::commandHint(arguments));
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto offer = licensing::OfferStore(**catalog).offer(id);
        if (!offer.ok())
            return context->fail(offer.error());
        auto policy = reservations::PolicyStore(**catalog).policy();
        const QString site = policy.ok() ? policy->siteRoot() : QString();
        if (parser.isSet(rsl)) {
            const QString covered = parser.isSet(url) ? parser.value(url) : site;
            if (auto written = writeFileAtomically(parser.value(rsl), licensing::OfferExchange::toRsl(*offer, covered));
                !written.ok())
                return context->fail(written.error());
        }
        if (parser.isSet(odrl)) {
            const QString assigner = policy.ok() ? policy->licensor() : QString();
            const QByteArray json =
                QJsonDocument(licensing::OfferExchange::toOdrl(*offer, assigner)).toJson(QJsonDocument::Indented);
            if (auto written = writeFileAtomically(parser.value(odrl), json); !written.ok())
                return context->fail(written.error());
        }
        if (parser.isSet(pdf)) {
            licensing::OfferStore store(**catalog);
            auto flags = flagContext(**catalog, parser.value(minimumOption().names().first()));
            if (!flags.ok())
                return context->fail(flags.error());
            auto documents = store.documents(id);
            if (!documents.ok())
                return context->fail(documents.error());
            auto bytes = licensing::OfferSummary::pdf(*offer, *flags, *documents);
            if (!bytes.ok())
                return context->fail(bytes.error());
            if (auto written = writeFileAtomically(parser.value(pdf), *bytes); !written.ok())
                return context->fail(written.error());
        }
        context->say(tr("Wrote the terms of offer %1.").arg(id));
        return ExitSuccess;
    }

    static int compare(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Compares two to four offers term by term; terms that differ are "
                                            "marked with *."));
        const QCommandLineOption minimum = minimumOption();
        parser.addOption(minimum);
        parser.addPositionalArgument(QStringLiteral("ids"), tr("The offers."), tr("ID ID [ID [ID]]"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        QList<qint64> ids;
        for (const QString &arg : parser.positionalArguments()) {
            bool ok = false;
            ids << arg.toLongLong(&ok);
            if (!ok)
                return context->usageError(tr("Give the offers' numbers."), CliContext::commandHint(arguments));
        }
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        licensing::OfferStore store(**catalog);
        QList<Offer> offers;
        for (qint64 id : ids) {
            auto o = store.offer(id);
            if (!o.ok())
                return context->fail(o.error());
            offers << *o;
        }
        auto flags = flagContext(**catalog, parser.value(minimum));
        if (!flags.ok())
            return context->fail(flags.error());
        auto terms = licensing::OfferComparison::compare(offers, *flags);
        if (!terms.ok())
            return context->fail(terms.error(), ExitUsage);
        if (context->json) {
            QJsonArray rows;
            for (const auto &t : *terms)
                rows.append(QJsonObject{{QStringLiteral("term"), t.key},
                                        {QStringLiteral("label"), t.label},
                                        {QStringLiteral("values"), QJsonArray::fromStringList(t.values)},
                                        {QStringLiteral("differs"), t.differs}});
            QJsonArray idArray;
            for (qint64 id : ids)
                idArray.append(id);
            context->printJson(QJsonObject{{QStringLiteral("offers"), idArray}, {QStringLiteral("terms"), rows}});
            return ExitSuccess;
        }
        QStringList header{QString()};
        for (const Offer &o : offers)
            header << QStringLiteral("#%1 %2").arg(o.id).arg(o.title);
        context->say(header.join(QLatin1Char('\t')));
        for (const auto &t : *terms) {
            QStringList line{(t.differs ? QStringLiteral("* ") : QStringLiteral("  ")) + t.label};
            for (const QString &v : t.values)
                line << QString(v).replace(QLatin1Char('\n'), QStringLiteral("; "));
            context->say(line.join(QLatin1Char('\t')));
        }
        return ExitSuccess;
    }

    static int attach(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("Keeps a contract (a PDF) with an offer, in the catalogue, with its SHA-256; "
               "the file itself is only read."));
        parser.addPositionalArgument(QStringLiteral("id"), tr("The offer."), tr("ID"));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The PDF."), tr("FILE"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        bool ok = false;
        const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (!ok || parser.positionalArguments().size() != 2)
            return context->usageError(tr("Give the offer's number and the PDF."), CliContext::commandHint(arguments));
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto doc = licensing::OfferStore(**catalog).attachDocument(id, parser.positionalArguments().at(1));
        if (!doc.ok())
            return context->fail(doc.error());
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("document"), doc->id},
                                           {QStringLiteral("sha256"), doc->sha256},
                                           {QStringLiteral("size"), doc->size}});
        else
            context->say(tr("Kept %1 with offer %2 (SHA-256 %3).").arg(doc->fileName).arg(id).arg(doc->sha256));
        return ExitSuccess;
    }

    static int importRsl(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Records an RSL licence someone sent as a new draft offer."));
        const QCommandLineOption title(QStringLiteral("title"), tr("A name for the offer."), tr("TEXT"));
        const QCommandLineOption from(QStringLiteral("from"), tr("Who makes the offer."), tr("NAME"));
        parser.addOptions({title, from});
        parser.addPositionalArgument(QStringLiteral("file"), tr("The RSL licence."), tr("FILE"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        if (parser.positionalArguments().size() != 1 || !parser.isSet(title) || !parser.isSet(from))
            return context->usageError(tr("Give the licence file, --title and --from."),
                                       CliContext::commandHint(arguments));
        QFile file(parser.positionalArguments().first());
        if (!file.open(QIODevice::ReadOnly))
            return context->fail(makeError(ErrorCode::NotFound,
                                           tr("%1 could not be read: %2").arg(file.fileName(), file.errorString())));
        auto offer = licensing::OfferExchange::fromRsl(file.read(reservations::Rsl::kMaxBytes + 1));
        if (!offer.ok())
            return context->fail(offer.error());
        offer->title = parser.value(title);
        offer->counterparty = parser.value(from);
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto id = licensing::OfferStore(**catalog).add(*offer, tr("Imported from %1").arg(file.fileName()));
        if (!id.ok())
            return context->fail(id.error());
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("id"), *id}});
        else
            context->say(tr("Recorded the licence as draft offer %1.").arg(*id));
        return ExitSuccess;
    }

    static int addPayment(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Records money received under an offer."));
        const QCommandLineOption date(QStringLiteral("date"), tr("When it arrived."), tr("YYYY-MM-DD"));
        const QCommandLineOption note(QStringLiteral("note"), tr("What it was for."), tr("TEXT"));
        parser.addOptions({date, note});
        parser.addPositionalArgument(QStringLiteral("offer"), tr("The offer."), tr("ID"));
        parser.addPositionalArgument(QStringLiteral("amount"), tr("The amount."), tr("AMOUNT"));
        parser.addPositionalArgument(QStringLiteral("currency"), tr("ISO 4217 code."), tr("CURRENCY"));
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        const QStringList args = parser.positionalArguments();
        bool ok = false;
        const qint64 offer = args.value(0).toLongLong(&ok);
        const QDate when =
            parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : QDate::currentDate();
        if (!ok || args.size() != 3 || !when.isValid())
            return context->usageError(tr("Give the offer, the amount and its currency, and --date YYYY-MM-DD."),
                                       CliContext::commandHint(arguments));
        auto amount = Money::parse(args[1], args[2].toUpper());
        if (!amount.ok())
            return context->fail(amount.error(), ExitUsage);
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        auto id = licensing::OfferStore(**catalog).addPayment(offer, *amount, when, parser.value(note));
        if (!id.ok())
            return context->fail(id.error());
        context->say(
            tr("Recorded %1 received on %2.").arg(amount->format(), QLocale().toString(when, QLocale::ShortFormat)));
        return ExitSuccess;
    }

    static int listPayments(const CliContext &base, const QStringList &arguments)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("The ledger of payments received, with totals per currency and year."));
        const QCommandLineOption offer(QStringLiteral("offer"), tr("Only this offer's payments."), tr("ID"));
        const QCommandLineOption csv(QStringLiteral("csv"), tr("As CSV (safe to open in a spreadsheet)."));
        parser.addOptions({offer, csv});
        CliContext::addCommonOptions(parser);
        int exitCode = ExitSuccess;
        auto context = base.parseCommand(parser, arguments, &exitCode);
        if (!context)
            return exitCode;
        auto catalog = context->openCatalog();
        if (!catalog.ok())
            return context->fail(catalog.error());
        licensing::OfferStore store(**catalog);
        auto rows = store.payments(parser.value(offer).toLongLong());
        if (!rows.ok())
            return context->fail(rows.error());
        auto offers = store.list();
        if (!offers.ok())
            return context->fail(offers.error());
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
            context->say(QStringLiteral("%1\t%2\t%3\t%4")
                             .arg(QLocale().toString(p.receivedOn, QLocale::ShortFormat), p.amount.format(),
                                  ledger.licenseeOf(p), ledger.offerTitleOf(p)));
        }
        auto byYear = ledger.byYear();
        auto byLicensee = ledger.byLicensee();
        if (!byYear.ok())
            return context->fail(byYear.error());
        if (!byLicensee.ok())
            return context->fail(byLicensee.error());
        QJsonObject totalJson; // "2027 JPY": "1500000", as before
        QJsonArray licenseeJson;
        for (const auto &t : *byYear) {
            totalJson.insert(t.group + QLatin1Char(' ') + t.amount.currency(), t.amount.toPlainString());
            context->say(tr("Total %1: %2").arg(t.group, t.amount.format()));
        }
        for (const auto &t : *byLicensee) {
            licenseeJson.append(QJsonObject{{QStringLiteral("licensee"), t.group},
                                            {QStringLiteral("amount"), t.amount.toPlainString()},
                                            {QStringLiteral("currency"), t.amount.currency()},
                                            {QStringLiteral("payments"), t.payments}});
            context->say(tr("From %1: %2").arg(t.group, t.amount.format()));
        }
        if (context->json)
            context->printJson(QJsonObject{{QStringLiteral("payments"), array},
                                           {QStringLiteral("totals"), totalJson},
                                           {QStringLiteral("by_licensee"), licenseeJson}});
        return ExitSuccess;
    }
};

} // namespace

int runOffers(const CliContext &context, const QStringList &arguments)
{
    return OfferCommands::offers(context, arguments);
}

int runPayments(const CliContext &context, const QStringList &arguments)
{
    return OfferCommands::payments(context, arguments);
}

} // namespace rakkan::cli
