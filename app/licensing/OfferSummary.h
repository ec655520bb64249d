#pragma once

#include "licensing/RedFlags.h"

#include <QCoreApplication>

namespace rakkan::licensing {

// The one-page summary of an offer for an agent, a lawyer or a union: every term in contract order and every red
// flag, in English and Japanese side by side (whoever reads it, and the creator, read the same page).
class OfferSummary
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::licensing::OfferSummary)

public:
    static QString html(const Offer &offer, const RedFlags::Context &context,
                        const QList<OfferDocument> &documents = {}, const QDate &today = QDate::currentDate());
    // An A4 PDF of html(): the type shrinks (down to 6 pt) until it fits one page. Laying out text needs fonts,
    // that is a QGuiApplication (offscreen will do).
    static Result<QByteArray> pdf(const Offer &offer, const RedFlags::Context &context,
                                  const QList<OfferDocument> &documents = {});
};

} // namespace rakkan::licensing
