#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "enforcement/Case.h"
#include "enforcement/CopyFinder.h"
#include "enforcement/EvidenceBag.h"
#include "enforcement/Notice.h"
#include "matching/CatalogMatcher.h"

#include <QCoreApplication>

namespace rakkan::enforcement {

// The steps of a case as the CLI and the GUI both take them, each from the catalogue and a loaded matcher: opening
// one from a page, fetching it again, freezing its evidence and drafting its notice. Each keeps its files beside
// the catalogue (CaseFolders), records them with the case and moves the case on when its state allows.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::enforcement::CaseWorkflow)

public:
    struct OpenOptions
    {
        QString account;
        QString platform; // empty: from the platform list
        Regime regime = Regime::Unset;
        int threshold = matching::CatalogMatcher::kDefaultThreshold;
        bool dryRun = false; // only propose
        CaptureLimits limits;
    };
    struct Opened
    {
        PageCapture capture;
        QList<FoundCopy> found;
        qint64 caseId = 0; // 0: none opened (nothing matched, or a dry run)
        int copies = 0;
    };
    // Refused for a licensed use before anything is fetched. A page where nothing matches opens no case, and its
    // capture is not kept. Its two steps, for the GUI, which fetches on a job and writes on the catalogue's thread
    // (CaseStore::refuseLicensed is asked first):
    static Result<Opened> open(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher, const QUrl &url,
                               const OpenOptions &options);
    // Network only: into a new capture folder beside the catalogue at `catalogPath`.
    static Result<PageCapture> fetch(const QString &catalogPath, const QUrl &url, const CaptureLimits &limits);
    static Result<Opened> record(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                 const PageCapture &capture, const OpenOptions &options);

    struct Rechecked
    {
        QString state;                         // present, changed, removed, unreachable
        QString error;                         // why unreachable
        CaseStatus status = CaseStatus::Found; // after the re-check
    };
    static Result<Rechecked> recheck(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher, qint64 caseId,
                                     int threshold, const CaptureLimits &limits);
    // Its two halves: what the page's new capture (or the error that prevented it) means for the case.
    static Result<Rechecked> recordRecheck(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                           qint64 caseId, const Result<PageCapture> &capture, int threshold);

    // Seals the latest capture of the case. `zipPath` empty: in the catalogue's evidence folder.
    static Result<EvidenceResult> freeze(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                         qint64 caseId, const BagSigner &signer, const EvidenceOptions &options,
                                         QString zipPath = {},
                                         int threshold = matching::CatalogMatcher::kDefaultThreshold);
    // Its two halves: the latest capture matched again (on the catalogue's thread, with its matcher), then the bag
    // sealed (on a job: the time-stamp is a network request) through a connection of the job's own.
    struct Matched
    {
        Case theCase;
        PageCapture capture;
        QList<FoundCopy> found;
    };
    static Result<Matched> matchLatest(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                       qint64 caseId, int threshold = matching::CatalogMatcher::kDefaultThreshold);
    static Result<EvidenceResult> seal(catalog::Catalog &catalog, const Matched &matched, const BagSigner &signer,
                                       const EvidenceOptions &options, QString zipPath = {});
    // The latest capture of a case, for the host lookup.
    static Result<PageCapture> latestCapture(catalog::Catalog &catalog, qint64 caseId);

    struct NoticeRequest
    {
        Regime regime = Regime::Unset;           // Unset: the case's, else from the host
        QString language;                        // en, ja, both; empty: the recipient's
        QString format = QStringLiteral("text"); // text, eml, pdf
        QString recipientEmail;
        bool searchEngine = false;
        bool consentToForward = true;
        bool consentToDiscloseName = false;
        QString outPath; // empty: in the catalogue's notice folder; "-": not written
    };
    struct Drafted
    {
        Notice notice;
        QByteArray bytes; // as written
        QString path;     // empty when not written
    };
    static Result<Drafted> draftNotice(catalog::Catalog &catalog, qint64 caseId, const NoticeRequest &request);
    // One notice for several cases on one host (a notice may list many copies); refused across hosts.
    static Result<Drafted> draftNotice(catalog::Catalog &catalog, const QList<qint64> &caseIds,
                                       const NoticeRequest &request);
    // The law a notice goes under when nobody chose one: the case's, else Japan's for a .jp host or a platform only
    // Japan's law names, else the DMCA.
    static Regime regimeFor(const Case &c);
};

} // namespace rakkan::enforcement
