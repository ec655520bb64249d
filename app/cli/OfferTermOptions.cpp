#include "cli/OfferTermOptions.h"

#include "licensing/OfferTerms.h"

namespace rakkan::cli {

namespace {

using licensing::Offer;
using Error = std::optional<QString>;

QStringList commaList(const QString &value)
{
    QStringList out;
    for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << item.trimmed();
    return out;
}

} // namespace

OfferTermOptions::OfferTermOptions()
    : title(QStringLiteral("title"), tr("A name for the offer."), tr("TEXT")),
      from(QStringLiteral("from"), tr("Who makes the offer."), tr("NAME")),
      draft(QStringLiteral("draft"), tr("Record it as a draft (not yet received).")),
      note(QStringLiteral("note"), tr("A note for the history."), tr("TEXT"))
{
    auto text = [this](const char *name, const QString &help, const QString &value, QString Offer::*field) {
        m_terms.push_back(
            {QCommandLineOption(QLatin1String(name), help, value), [field](const QStringList &v, Offer &o) -> Error {
                 o.*field = v.last();
                 return std::nullopt;
             }});
    };
    text("title", tr("A name for the offer."), tr("TEXT"), &Offer::title);
    text("from", tr("Who makes the offer."), tr("NAME"), &Offer::counterparty);
    text("via", tr("The intermediary (publisher, agent, marketplace)."), tr("NAME"), &Offer::intermediary);
    text("buyer", tr("The ultimate licensee, when it is someone else."), tr("NAME"), &Offer::licenseeName);
    text("law", tr("Governing law."), tr("TEXT"), &Offer::governingLaw);
    text("channel", tr("How it came: email, platform, publisher, collective, settlement, other."), tr("WHAT"),
         &Offer::channel);
    text("model-scope", tr("Models covered: named_model, successors, any_model."), tr("WHAT"), &Offer::modelScope);
    text("model-name", tr("The model named in the offer."), tr("NAME"), &Offer::modelName);
    text("sublicense-to", tr("To whom the buyer may sublicense."), tr("TEXT"), &Offer::sublicenseTo);
    text("attribution", tr("How you are credited."), tr("TEXT"), &Offer::attribution);
    text("safeguards", tr("What stops outputs copying your works."), tr("TEXT"), &Offer::outputSafeguards);
    text("reporting", tr("What is reported to you, and how often."), tr("TEXT"), &Offer::reporting);
    text("takedown", tr("What a takedown does: none, delete, suppress, retrain."), tr("WHAT"),
         &Offer::takedownMechanism);
    text("takedown-cost", tr("Who pays for it: licensee, creator, shared."), tr("WHO"), &Offer::takedownCost);
    text("confidentiality", tr("What must be kept confidential."), tr("TEXT"), &Offer::confidentiality);

    auto date = [this](const char *name, const QString &help, QDate Offer::*field) {
        m_terms.push_back({QCommandLineOption(QLatin1String(name), help, tr("YYYY-MM-DD")),
                           [field, name](const QStringList &v, Offer &o) -> Error {
                               o.*field = QDate::fromString(v.last(), Qt::ISODate);
                               if (!(o.*field).isValid())
                                   return tr("--%1 takes a date as YYYY-MM-DD.").arg(QLatin1String(name));
                               return std::nullopt;
                           }});
    };
    date("received", tr("When it arrived."), &Offer::receivedOn);
    date("deadline", tr("The date an answer is due."), &Offer::responseDeadline);
    date("term-start", tr("Start of the licence."), &Offer::termStart);
    date("term-end", tr("End of the licence."), &Offer::termEnd);

    auto list = [this](const char *name, const QString &help, QStringList Offer::*field) {
        m_terms.push_back({QCommandLineOption(QLatin1String(name), help, tr("LIST")),
                           [field](const QStringList &v, Offer &o) -> Error {
                               o.*field = commaList(v.last());
                               return std::nullopt;
                           }});
    };
    list("permits", tr("Permitted uses (comma-separated: ai-train, fine-tune, ai-input, ...)."), &Offer::permits);
    list("prohibits", tr("Prohibited uses (style-imitation, character-reproduction, ...)."), &Offer::prohibits);
    list("territory", tr("Countries (ISO 3166) or EU, comma-separated."), &Offer::territory);
    list("users", tr("Who may use the models (commercial, non-commercial, education, government, personal)."),
         &Offer::userClass);

    m_terms.push_back({QCommandLineOption(QStringLiteral("models"),
                                          tr("Trained models after the term: none, delete_data_only, models_survive, "
                                             "retrain_required."),
                                          tr("WHAT")),
                       [](const QStringList &v, Offer &o) -> Error {
                           const auto m = licensing::postTermFromKey(v.last());
                           if (!m)
                               return tr("--models takes none, delete_data_only, models_survive or retrain_required.");
                           o.postTermModels = *m;
                           return std::nullopt;
                       }});
    m_terms.push_back({QCommandLineOption(QStringLiteral("takedown-days"),
                                          tr("Days the buyer has to act on a takedown."), tr("DAYS")),
                       [](const QStringList &v, Offer &o) -> Error {
                           bool ok = false;
                           const int days = v.last().toInt(&ok);
                           if (!ok || days < 0)
                               return tr("--takedown-days takes a number of days.");
                           o.takedownNoticeDays = days;
                           return std::nullopt;
                       }});
    m_terms.push_back({QCommandLineOption(QStringLiteral("cosigner"),
                                          tr("A co-rights-holder who must approve (repeat)."), tr("NAME")),
                       [](const QStringList &v, Offer &o) -> Error {
                           o.cosigners = v;
                           return std::nullopt;
                       }});
    m_terms.push_back({CliContext::workOption(), [](const QStringList &v, Offer &o) -> Error {
                           const auto works = CliContext::workIds(v);
                           if (!works)
                               return CliContext::workIdError();
                           o.workIds = *works;
                           return std::nullopt;
                       }});
    m_terms.push_back({QCommandLineOption(QStringLiteral("intermediary-share"),
                                          tr("What the intermediary keeps, in percent."), tr("PCT")),
                       [](const QStringList &v, Offer &o) -> Error {
                           const auto bp = licensing::OfferTerms::parsePercent(v.last());
                           if (!bp)
                               return tr("A percentage is a number from 0 to 100, e.g. 30 or 12.5.");
                           o.intermediaryShareBasisPoints = *bp;
                           return std::nullopt;
                       }});

    auto flag = [this](const char *name, const QString &on, const QString &off, bool Offer::*field) {
        m_switches.push_back(
            {SwitchOption(QLatin1String(name), on, off), [field](bool yes, Offer &o) { o.*field = yes; }});
    };
    flag("exclusive", tr("The licence is exclusive."), tr("The licence is not exclusive."), &Offer::exclusive);
    flag("sublicensable", tr("The buyer may sublicense."), tr("The buyer may not sublicense."), &Offer::sublicensable);
    flag("blanket-future", tr("It covers future deals too."), tr("It does not cover future deals."),
         &Offer::blanketFuture);
    flag("audit", tr("You may audit use and reports."), tr("You have no right to audit."), &Offer::auditRights);
    flag("provenance-warranty", tr("The buyer warrants its other data is lawful."),
         tr("The buyer gives no warranty about its other data."), &Offer::provenanceWarranty);
    flag("auto-renew", tr("The licence renews by itself."), tr("The licence does not renew by itself."),
         &Offer::autoRenew);
    m_switches.push_back({SwitchOption(QStringLiteral("buyer-undisclosed"), tr("The ultimate licensee is not named."),
                                       tr("The ultimate licensee is named.")),
                          [](bool yes, Offer &o) { o.licenseeDisclosed = !yes; }});
}

void OfferTermOptions::addTo(QCommandLineParser &parser) const
{
    for (const Term &term : m_terms)
        parser.addOption(term.option);
    for (const Switch &s : m_switches)
        s.option.addTo(parser);
    parser.addOption(draft);
    parser.addOption(note);
}

std::optional<int> OfferTermOptions::conflict(const Call &call) const
{
    for (const Switch &s : m_switches)
        if (auto bad = s.option.conflict(call))
            return bad;
    return std::nullopt;
}

std::optional<int> OfferTermOptions::apply(const Call &call, licensing::Offer &offer) const
{
    if (auto bad = conflict(call))
        return bad;
    for (const Term &term : m_terms) {
        if (!call.isSet(term.option))
            continue;
        if (const Error why = term.apply(call.values(term.option), offer))
            return call.usageError(*why);
    }
    for (const Switch &s : m_switches)
        if (const auto on = s.option.value(call))
            s.apply(*on, offer);
    return std::nullopt;
}

} // namespace rakkan::cli
