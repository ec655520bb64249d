#pragma once

#include "catalog/Catalog.h"
#include "reservations/GatewayPages.h"
#include "reservations/ReservationPolicy.h"
#include "reservations/TdmRep.h"

#include <QCoreApplication>
#include <QMap>

namespace rakkan::reservations {

// The "site kit": every file an artist uploads to their site root so that each AI developer's mechanism reads
// the same reservation (tdmrep.json and its TDM policy, robots.txt merged with their own, ai.txt, the RSL licence,
// head tags and server headers, the pages hub declarations point to), as a folder and a zip.
class SiteKit
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::SiteKit)

public:
    struct Input
    {
        ReservationPolicy policy;
        QByteArray existingRobots; // the site's robots.txt: its rules are kept
        QList<GatewayPage> gateways;
        QList<TdmRep::Rule> narrowerRules; // works published under other terms
    };
    struct Report
    {
        QString folder;
        QString zip;
        QStringList files;
        QStringList skippedGateways; // declarations whose gateway is not on this site
    };

    // Relative path -> contents: what export writes, and what the GUI previews.
    static QMap<QString, QByteArray> files(const Input &input);
    // Writes the files under `folder` (created if needed; existing kit files replaced atomically) and, with
    // `zip`, `folder`.zip beside it.
    static Result<Report> write(const QString &folder, const QMap<QString, QByteArray> &files, bool zip);

    // Everything from the catalogue: the default policy, gateways for its declarations, narrower TDMRep rules for
    // works that follow another policy and are published on the site.
    static Result<Input> fromCatalog(catalog::Catalog &catalog, const QByteArray &existingRobots,
                                     QStringList *skippedGateways = nullptr);

    static QString readme(const ReservationPolicy &policy);
    // The site's current robots.txt to merge with: `path` if it exists (empty when it does not), bounded in size.
    static Result<QByteArray> existingRobots(const QString &path);
};

} // namespace rakkan::reservations
