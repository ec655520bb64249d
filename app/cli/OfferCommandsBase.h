#pragma once

// What the offers and payments commands share: one translation context, the red-flag context and the JSON view of
// an offer.

#include "catalog/WorkStore.h"
#include "cli/Command.h"
#include "cli/JsonViews.h"
#include "licensing/Money.h"
#include "licensing/OfferDocuments.h"
#include "licensing/OfferHistory.h"
#include "licensing/OfferStore.h"
#include "licensing/OfferValue.h"
#include "licensing/PaymentsReceived.h"
#include "licensing/RedFlags.h"
#include "reservations/PolicyStore.h"

#include <QJsonArray>

namespace rakkan::cli {

class OfferCommandsBase : public Command
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::cli::OfferCommands)

public:
    enum class Mode { Add, Edit, Counter };

protected:
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
        RAKKAN_TRY(auto works, catalog::WorkStore(catalog.database()).count());
        c.portfolioWorks = works;
        // The creator's published reservation, once they have set one up.
        if (auto policy = reservations::PolicyStore(catalog).policy(); policy.ok())
            c.reservationRefusesLicensing = policy->refusesLicensing();
        if (!minimum.isEmpty()) {
            RAKKAN_TRY(auto m, licensing::Money::parseWithCurrency(minimum));
            c.minimumPerWorkPerYear = m;
        }
        return c;
    }
    static QJsonObject toJson(const licensing::Offer &o, const QList<licensing::RedFlag> &flags,
                              const licensing::RedFlags::Context &context)
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
        const auto worth = licensing::OfferValue::of(o, context.portfolioWorks);
        const auto money = [](const std::optional<licensing::Money> &m) {
            return m ? QJsonValue(QString(m->toPlainString() + QLatin1Char(' ') + m->currency())) : QJsonValue();
        };
        return QJsonObject{
            {QStringLiteral("id"), o.id},
            {QStringLiteral("version"), o.version},
            {QStringLiteral("parent"), o.parentId ? QJsonValue(o.parentId) : QJsonValue()},
            {QStringLiteral("title"), o.title},
            {QStringLiteral("from"), o.counterparty},
            {QStringLiteral("via"), nullIfEmpty(o.intermediary)},
            {QStringLiteral("buyer_disclosed"), o.licenseeDisclosed},
            {QStringLiteral("status"), licensing::OfferStatusMachine::key(o.status)},
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
            {QStringLiteral("value_per_work_per_year"), money(worth ? worth->perWorkPerYear() : std::nullopt)},
            {QStringLiteral("value_per_work"), money(worth ? worth->perWork() : std::nullopt)},
            {QStringLiteral("value_total"), money(worth ? worth->total() : std::nullopt)},
            {QStringLiteral("value_text"), worth ? QJsonValue(worth->text()) : QJsonValue()},
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
};

} // namespace rakkan::cli
