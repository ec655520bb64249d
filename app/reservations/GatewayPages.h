#pragma once

#include "catalog/Catalog.h"
#include "reservations/ReservationPolicy.h"

#include <QCoreApplication>

namespace rakkan::reservations {

// The documents hub declarations point to (the IsccNote's gateway URL template, expanded for each declaration):
// a page per declared file on the creator's site saying what it is, who holds the rights and what is reserved,
// in English and Japanese, with the same facts as JSON-LD for machines.
struct GatewayPage
{
    QString path; // relative to the site root, safe to write under the kit's folder
    QByteArray html;
};

class GatewayPages
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::GatewayPages)

public:
    struct Declared
    {
        QString isccId;
        QString isccCode;
        QString title;
        QString gateway; // the template as sent
        QString pubkey;
        QString controller;
        QString datahash;
    };

    static Result<QList<Declared>> declared(catalog::Catalog &catalog);
    // The pages for declarations whose gateway lies on the policy's site; others are not the kit's to write.
    static QList<GatewayPage> pages(const ReservationPolicy &policy, const QList<Declared> &declared,
                                    QStringList *skipped = nullptr);
    // A site path from an expanded gateway URL: segments of safe characters only, never "." or "..".
    static std::optional<QString> sitePath(const ReservationPolicy &policy, const QString &url);
    static QByteArray html(const ReservationPolicy &policy, const Declared &d);
    static QStringList statements(const ReservationPolicy &policy); // English, then Japanese, per jurisdiction
};

} // namespace rakkan::reservations
