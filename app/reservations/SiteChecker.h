#pragma once

#include "reservations/ReservationPolicy.h"
#include "reservations/Verdict.h"

#include <QCoreApplication>

#include <atomic>
#include <memory>

namespace rakkan::reservations {

// "What does this file or site already say?": reads every reservation mechanism an AI developer may check and
// judges each (reserved, allowed, unknown, contradictory). A target is an image file (its XMP), a local copy of
// a site root (a folder), or a live URL (robots.txt, tdmrep.json, ai.txt, the RSL licence, and the page's own
// headers and head tags), fetched with verified TLS, bounded sizes, bounded redirects and timeouts.
class SiteChecker
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::reservations::SiteChecker)

public:
    struct Report
    {
        QString target;
        QList<Finding> findings;
        Verdict overall = Verdict::Unknown;
    };
    struct Options
    {
        QList<AiAgent> agents = AiAgents::shipped();
        QString caFile;                            // for a site with a private CA (tests); TLS is verified either way
        int timeoutMs = 15000;                     // per request
        std::shared_ptr<std::atomic<bool>> cancel; // abandons the requests in flight when set
    };

    static Result<Report> check(const QString &target, const Options &options);
    static Result<Report> checkFile(const QString &path);
    static Result<Report> checkFolder(const QString &folder, const Options &options);
    static Result<Report> checkUrl(const QString &url, const Options &options);

    // The <meta name=... content=...> pairs of an HTML document (names in lower case).
    static QList<QPair<QString, QString>> metaTags(const QByteArray &html);
    static QList<Finding> judgePage(const QList<QPair<QString, QString>> &meta, const QString &source);
    static QList<Finding> judgeHeaders(const QByteArray &xRobotsTag, const QByteArray &tdmReservation,
                                       const QByteArray &contentUsage, const QString &source);
};

} // namespace rakkan::reservations
