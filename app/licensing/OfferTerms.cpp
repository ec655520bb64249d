#include "licensing/OfferTerms.h"

#include "licensing/OfferValue.h"

#include <QRegularExpression>

namespace rakkan::licensing {

namespace {

constexpr const char *kContext = "rakkan::licensing::OfferTerms";

struct Word
{
    const char *key;
    const char *source;
};

// The vocabularies with the words a person reads for them, in the order forms list them.
const Word kScopes[] = {
    {"ai-train", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "AI training")},
    {"ai-train-generative", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Training generative AI")},
    {"fine-tune", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Fine-tuning")},
    {"ai-input", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Input to AI answers (RAG)")},
    {"inference-reference", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Reference at generation time")},
    {"ai-index", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "AI indexing")},
    {"style-imitation", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Imitating the style")},
    {"character-reproduction", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Reproducing characters")},
    {"derivative", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Derivative works")},
    {"search", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Search")},
};
const Word kBases[] = {
    {"flat", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Flat fee")},
    {"per_work", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Per work")},
    {"pool_pro_rata", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Share of a pool")},
    {"revenue_share", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Revenue share")},
    {"per_use", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Per use")},
    {"per_token", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Per token")},
    {"subscription", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Subscription")},
    {"bonus", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Bonus")},
    {"attribution_only", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Attribution only (no money)")},
};
const Word kChannels[] = {
    {"email", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "E-mail")},
    {"platform", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Platform or marketplace")},
    {"publisher", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Through the publisher")},
    {"collective", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Collective licensing")},
    {"settlement", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Settlement")},
    {"other", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Other")},
};
const Word kModelScopes[] = {
    {"unspecified", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Not stated")},
    {"named_model", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "One named model")},
    {"successors", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "A model and its successors")},
    {"any_model", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Any model")},
};
const Word kUserClasses[] = {
    {"commercial", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Companies")},
    {"non-commercial", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Non-commercial")},
    {"education", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Education")},
    {"government", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Government")},
    {"personal", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Individuals")},
};
const Word kPostTerm[] = {
    {"unspecified", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Not stated")},
    {"none", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Models may no longer be used")},
    {"delete_data_only", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Data deleted, models kept")},
    {"models_survive", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Models stay in use")},
    {"retrain_required", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Models retrained without the works")},
};
const Word kTakedownMechanisms[] = {
    {"unspecified", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Not stated")},
    {"none", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "No takedown")},
    {"delete", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Delete the works")},
    {"suppress", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Suppress similar outputs")},
    {"retrain", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Retrain without the works")},
};
const Word kTakedownCosts[] = {
    {"unspecified", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Not stated")},
    {"licensee", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Paid by the licensee")},
    {"creator", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Paid by you")},
    {"shared", QT_TRANSLATE_NOOP("rakkan::licensing::OfferTerms", "Shared")},
};

template <std::size_t N> QStringList keysOf(const Word (&words)[N])
{
    QStringList out;
    for (const Word &w : words)
        out << QLatin1String(w.key);
    return out;
}

template <std::size_t N> QString labelOf(const Word (&words)[N], const QString &key, const Translate &t)
{
    for (const Word &w : words)
        if (key == QLatin1String(w.key))
            return t(kContext, w.source, -1);
    return key; // a value from a newer Rakkan: shown as stored rather than hidden
}

} // namespace

namespace vocabulary {
const QStringList &scopeTokens()
{
    static const QStringList list = keysOf(kScopes);
    return list;
}
const QStringList &paymentBases()
{
    static const QStringList list = keysOf(kBases);
    return list;
}
const QStringList &channels()
{
    static const QStringList list = keysOf(kChannels);
    return list;
}
const QStringList &modelScopes()
{
    static const QStringList list = keysOf(kModelScopes);
    return list;
}
const QStringList &userClasses()
{
    static const QStringList list = keysOf(kUserClasses);
    return list;
}
const QStringList &takedownMechanisms()
{
    static const QStringList list = keysOf(kTakedownMechanisms);
    return list;
}
const QStringList &takedownCosts()
{
    static const QStringList list = keysOf(kTakedownCosts);
    return list;
}
} // namespace vocabulary

std::optional<int> OfferTerms::parsePercent(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%?$"));
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int bp = m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
    if (bp > 10000)
        return std::nullopt;
    return bp;
}

QString OfferTerms::percentText(int basisPoints, const QLocale &locale)
{
    const int decimals = basisPoints % 100 == 0 ? 0 : (basisPoints % 10 == 0 ? 1 : 2);
    return locale.toString(basisPoints / 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString OfferTerms::scopeLabel(const QString &token, const Translate &t)
{
    return labelOf(kScopes, token, t);
}
QString OfferTerms::basisLabel(const QString &basis, const Translate &t)
{
    return labelOf(kBases, basis, t);
}
QString OfferTerms::channelLabel(const QString &channel, const Translate &t)
{
    return labelOf(kChannels, channel, t);
}
QString OfferTerms::modelScopeLabel(const QString &scope, const Translate &t)
{
    return labelOf(kModelScopes, scope, t);
}
QString OfferTerms::userClassLabel(const QString &token, const Translate &t)
{
    return labelOf(kUserClasses, token, t);
}
QString OfferTerms::postTermLabel(PostTermModels value, const Translate &t)
{
    return labelOf(kPostTerm, postTermKey(value), t);
}
QString OfferTerms::takedownMechanismLabel(const QString &mechanism, const Translate &t)
{
    return labelOf(kTakedownMechanisms, mechanism, t);
}
QString OfferTerms::takedownCostLabel(const QString &cost, const Translate &t)
{
    return labelOf(kTakedownCosts, cost, t);
}

QString OfferTerms::describePayment(const PaymentComponent &p, const Translate &t, const QLocale &locale)
{
    const auto T = [&t](const char *source) { return t(kContext, source, -1); };
    QString text = basisLabel(p.basis, t);
    if (p.amount)
        text += QLatin1Char(' ') + p.amount->format(locale);
    if (p.shareBasisPoints > 0)
        text += QLatin1Char(' ') + percentText(p.shareBasisPoints, locale);
    QStringList details;
    if (p.floor)
        details << T(QT_TR_NOOP("at least %1")).arg(p.floor->format(locale));
    if (p.cap)
        details << T(QT_TR_NOOP("at most %1")).arg(p.cap->format(locale));
    if (!p.schedule.isEmpty())
        details << p.schedule;
    if (p.splitPublisherBasisPoints)
        details << T(QT_TR_NOOP("publisher %1")).arg(percentText(p.splitPublisherBasisPoints, locale));
    if (p.splitAgentBasisPoints)
        details << T(QT_TR_NOOP("agent %1")).arg(percentText(p.splitAgentBasisPoints, locale));
    if (p.splitPlatformBasisPoints)
        details << T(QT_TR_NOOP("platform %1")).arg(percentText(p.splitPlatformBasisPoints, locale));
    if (p.splitCreatorBasisPoints() != 10000)
        details << T(QT_TR_NOOP("you %1")).arg(percentText(p.splitCreatorBasisPoints(), locale));
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + QLatin1Char(')');
    return text;
}

QList<TermRow> OfferTerms::rows(const Offer &o, const Translate &t, const QLocale &locale, qint64 portfolioWorks)
{
    const auto T = [&t](const char *source) { return t(kContext, source, -1); };
    const QString notStated = T(QT_TR_NOOP("Not stated"));
    const QString yes = T(QT_TR_NOOP("Yes"));
    const QString no = T(QT_TR_NOOP("No"));
    const auto orNot = [&notStated](const QString &v) { return v.trimmed().isEmpty() ? notStated : v; };
    // ISO dates: a contract's dates must not be read as 12 June in one country and 6 December in another.
    const auto date = [&](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : notStated; };
    const auto words = [&](const QStringList &tokens, QString (*label)(const QString &, const Translate &)) {
        QStringList out;
        for (const QString &token : tokens)
            out << label(token, t);
        return out.join(QStringLiteral(", "));
    };

    QList<TermRow> rows;
    QString section = T(QT_TR_NOOP("Parties"));
    const auto add = [&](const char *key, const QString &label, const QString &value) {
        rows << TermRow{QLatin1String(key), section, label, value};
    };
    add("counterparty", T(QT_TR_NOOP("Offered by")), o.counterparty);
    add("intermediary", T(QT_TR_NOOP("Through")),
        o.intermediary.isEmpty() ? T(QT_TR_NOOP("Directly")) : o.intermediary);
    add("intermediary_share", T(QT_TR_NOOP("Intermediary share")),
        o.intermediary.isEmpty() && !o.intermediaryShareBasisPoints
            ? notStated
            : percentText(o.intermediaryShareBasisPoints, locale));
    add("licensee", T(QT_TR_NOOP("Ultimate licensee")),
        !o.licenseeDisclosed ? T(QT_TR_NOOP("Not disclosed"))
                             : (o.licenseeName.isEmpty() ? o.counterparty : o.licenseeName));
    add("channel", T(QT_TR_NOOP("How it came")), channelLabel(o.channel, t));

    section = T(QT_TR_NOOP("Works"));
    add("works", T(QT_TR_NOOP("Works covered")),
        o.workIds.isEmpty() ? T(QT_TR_NOOP("The whole portfolio"))
                            : t(kContext, QT_TR_N_NOOP("%n work(s)"), int(o.workIds.size())));
    add("cosigners", T(QT_TR_NOOP("Co-rights-holders who must approve")),
        o.cosigners.isEmpty() ? T(QT_TR_NOOP("None")) : o.cosigners.join(QStringLiteral(", ")));

    section = T(QT_TR_NOOP("Uses"));
    add("permits", T(QT_TR_NOOP("Permitted uses")), orNot(words(o.permits, &OfferTerms::scopeLabel)));
    add("prohibits", T(QT_TR_NOOP("Prohibited uses")), orNot(words(o.prohibits, &OfferTerms::scopeLabel)));
    add("model_scope", T(QT_TR_NOOP("Models covered")),
        o.modelName.isEmpty() ? modelScopeLabel(o.modelScope, t)
                              : QStringLiteral("%1 (%2)").arg(modelScopeLabel(o.modelScope, t), o.modelName));
    add("user_class", T(QT_TR_NOOP("Who may use the models")),
        o.userClass.isEmpty() ? T(QT_TR_NOOP("Anyone")) : words(o.userClass, &OfferTerms::userClassLabel));
    add("territory", T(QT_TR_NOOP("Territory")),
        o.territory.isEmpty() ? T(QT_TR_NOOP("Worldwide")) : o.territory.join(QStringLiteral(", ")));

    section = T(QT_TR_NOOP("Term"));
    add("response_deadline", T(QT_TR_NOOP("Answer due")), date(o.responseDeadline));
    add("term", T(QT_TR_NOOP("Licence term")),
        o.termStart.isValid() || o.termEnd.isValid() ? QStringLiteral("%1 – %2").arg(date(o.termStart), date(o.termEnd))
                                                     : notStated);
    add("auto_renew", T(QT_TR_NOOP("Renews by itself")), o.autoRenew ? yes : no);
    add("post_term_models", T(QT_TR_NOOP("Trained models after the term")), postTermLabel(o.postTermModels, t));

    section = T(QT_TR_NOOP("Rights granted"));
    add("exclusive", T(QT_TR_NOOP("Exclusive")), o.exclusive ? yes : no);
    add("sublicensable", T(QT_TR_NOOP("May sublicense")),
        !o.sublicensable ? no : (o.sublicenseTo.isEmpty() ? yes : QStringLiteral("%1 (%2)").arg(yes, o.sublicenseTo)));
    add("blanket_future", T(QT_TR_NOOP("Covers future deals")), o.blanketFuture ? yes : no);

    section = T(QT_TR_NOOP("Money"));
    QStringList payments;
    for (const PaymentComponent &p : o.payments)
        payments << describePayment(p, t, locale);
    add("payments", T(QT_TR_NOOP("Payment")), orNot(payments.join(QStringLiteral("\n"))));
    const auto value = OfferValue::of(o, portfolioWorks);
    add("value_per_work_year", T(QT_TR_NOOP("Fixed money per work")),
        value ? value->text(t, locale) : T(QT_TR_NOOP("Cannot be worked out")));

    section = T(QT_TR_NOOP("Protections"));
    add("attribution", T(QT_TR_NOOP("Attribution")), orNot(o.attribution));
    add("output_safeguards", T(QT_TR_NOOP("Output safeguards")), orNot(o.outputSafeguards));
    add("provenance_warranty", T(QT_TR_NOOP("Warrants its other data is lawful")), o.provenanceWarranty ? yes : no);
    add("audit", T(QT_TR_NOOP("Audit and reporting")),
        (o.auditRights ? T(QT_TR_NOOP("You may audit")) : T(QT_TR_NOOP("No audit right"))) +
            (o.reporting.isEmpty() ? QString() : QStringLiteral("; ") + o.reporting));
    QString takedown = takedownMechanismLabel(o.takedownMechanism, t);
    if (o.takedownNoticeDays)
        takedown += QStringLiteral("; ") + t(kContext, QT_TR_N_NOOP("within %n day(s)"), *o.takedownNoticeDays);
    if (o.takedownCost != QLatin1String("unspecified"))
        takedown += QStringLiteral("; ") + takedownCostLabel(o.takedownCost, t);
    add("takedown", T(QT_TR_NOOP("Takedown and unlearning")), takedown);
    add("confidentiality", T(QT_TR_NOOP("Confidentiality")), orNot(o.confidentiality));
    add("governing_law", T(QT_TR_NOOP("Governing law")), orNot(o.governingLaw));
    return rows;
}

QStringList OfferTerms::changed(const Offer &before, const Offer &after)
{
    const auto a = rows(before);
    const auto b = rows(after);
    QStringList out;
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        if (a[i].value != b[i].value && a[i].key != QLatin1String("value_per_work_year")) // derived, not a term
            out << b[i].label;
    if (before.title != after.title)
        out.prepend(tr("Title"));
    if (before.notes != after.notes)
        out << tr("Notes");
    if (before.workIds != after.workIds && !out.contains(tr("Works covered")))
        out << tr("Works covered");
    return out;
}

Result<void> OfferTerms::validate(const Offer &o)
{
    const auto refuse = [](const QString &message) { return makeError(ErrorCode::InvalidArgument, message); };
    if (o.title.trimmed().isEmpty() || o.counterparty.trimmed().isEmpty())
        return refuse(tr("An offer needs a title and who makes it."));
    for (const QStringList *list : {&o.permits, &o.prohibits})
        for (const QString &token : *list)
            if (!vocabulary::scopeTokens().contains(token))
                return refuse(tr("\"%1\" is not a use Rakkan knows; uses: %2.")
                                  .arg(token, vocabulary::scopeTokens().join(QStringLiteral(", "))));
    for (const QString &token : o.permits)
        if (o.prohibits.contains(token))
            return refuse(tr("\"%1\" cannot be both permitted and prohibited.").arg(scopeLabel(token)));
    for (const QString &token : o.userClass)
        if (!vocabulary::userClasses().contains(token))
            return refuse(tr("\"%1\" is not a class of users Rakkan knows; classes: %2.")
                              .arg(token, vocabulary::userClasses().join(QStringLiteral(", "))));
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    for (const QString &code : o.territory)
        if (!country.match(code).hasMatch())
            return refuse(tr("\"%1\" is not a country code (ISO 3166, two letters) or EU.").arg(code));
    const struct
    {
        const QString &value;
        const QStringList &allowed;
    } closed[] = {{o.channel, vocabulary::channels()},
                  {o.modelScope, vocabulary::modelScopes()},
                  {o.takedownMechanism, vocabulary::takedownMechanisms()},
                  {o.takedownCost, vocabulary::takedownCosts()}};
    for (const auto &c : closed)
        if (!c.allowed.contains(c.value))
            return refuse(tr("\"%1\" is not one of: %2.").arg(c.value, c.allowed.join(QStringLiteral(", "))));
    if (o.intermediaryShareBasisPoints < 0 || o.intermediaryShareBasisPoints > 10000)
        return refuse(tr("A share is between 0 and 100 %."));
    if (o.takedownNoticeDays && (*o.takedownNoticeDays < 0 || *o.takedownNoticeDays > 3650))
        return refuse(tr("A takedown period is between 0 and 3650 days."));
    if (o.termStart.isValid() && o.termEnd.isValid() && o.termEnd < o.termStart)
        return refuse(tr("The licence cannot end before it starts."));
    for (const PaymentComponent &p : o.payments) {
        if (!vocabulary::paymentBases().contains(p.basis))
            return refuse(tr("Unknown payment basis \"%1\".").arg(p.basis));
        for (int bp :
             {p.shareBasisPoints, p.splitPublisherBasisPoints, p.splitAgentBasisPoints, p.splitPlatformBasisPoints})
            if (bp < 0 || bp > 10000)
                return refuse(tr("A share is between 0 and 100 %."));
        if (p.splitCreatorBasisPoints() < 0)
            return refuse(tr("The publisher's, agent's and platform's shares add up to more than 100 %."));
        for (const auto *bound : {&p.cap, &p.floor})
            if (*bound && p.amount && (*bound)->currency() != p.amount->currency())
                return refuse(tr("A cap or floor is in the currency of its payment (%1).").arg(p.amount->currency()));
        if (p.cap && p.floor && p.cap->currency() == p.floor->currency() && p.cap->minorUnits() < p.floor->minorUnits())
            return refuse(tr("A payment's cap is below its floor."));
    }
    return {};
}

} // namespace rakkan::licensing
