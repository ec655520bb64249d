#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace rakkan::enforcement {

// What the audit looks for: the crawlers (robots.txt tokens, matched in the user agent) and the works' addresses on
// the creator's site (paths, as the log records them).
struct AuditTargets
{
    QStringList crawlers;            // "GPTBot", "ClaudeBot", ...
    QMap<QString, qint64> workPaths; // "/works/123.html" -> work id (pages and pictures)
    QDateTime reservedSince;         // UTC: requests from then on count as after the reservation

    // From the catalogue: the policy's crawler list (unless `crawlers` are given), the paths of the works'
    // publications (on `site` only, when given) and when the reservation policy was first saved (invalid when
    // there is none: the caller must then ask for the date).
    static Result<AuditTargets> fromCatalogue(catalog::Catalog &catalog, const QStringList &crawlers = {},
                                              const QString &site = {});
};

// One crawler's visits.
struct CrawlerVisits
{
    QString crawler;
    qint64 requests = 0;         // every request it made
    qint64 afterReservation = 0; // of those, at or after reservedSince
    qint64 worksFetched = 0;     // requests for a work's page or picture after the reservation (2xx and 304)
    QDateTime first;
    QDateTime last;
    struct Work
    {
        qint64 workId = 0;
        qint64 count = 0;
        QDateTime first;
        QDateTime last;
        QStringList paths;
    };
    QMap<qint64, Work> works;
    QStringList addresses; // the client addresses it came from (the first few)
};

struct AuditReport
{
    qint64 lines = 0;
    qint64 unreadLines = 0; // not in the combined format
    qint64 bytes = 0;
    QStringList files;
    QMap<QString, CrawlerVisits> crawlers; // by token
    QStringList errors;                    // files that could not be read, in the user's language

    QString text(const std::function<QString(qint64)> &workTitle) const;
};

// Reads web-server access logs (nginx/Apache "combined" format, plain or gzip) line by line in bounded memory and
// reports, per AI crawler, which of the creator's works it fetched after the reservation was published: evidence a
// court can weigh (../shared/docs/enforcement.md).
class AccessLogAudit
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::AccessLogAudit)

public:
    static constexpr int kMaxLine = 16 * 1024;

    explicit AccessLogAudit(AuditTargets targets);
    // Adds one log file; an unreadable file is noted and the audit goes on.
    void read(const QString &path, const std::shared_ptr<std::atomic<bool>> &cancel = {});
    void readLine(const char *line, qsizetype length);
    const AuditReport &report() const { return m_report; }

private:
    AuditTargets m_targets;
    QList<QByteArray> m_lowerCrawlers;
    AuditReport m_report;
};

} // namespace rakkan::enforcement
