#include "enforcement/CaseWorkflow.h"

#include "catalog/WorkStore.h"
#include "core/AtomicFile.h"
#include "enforcement/CaseStatus.h"
#include "enforcement/CaseStore.h"
#include "enforcement/PlatformDirectory.h"
#include "imaging/HtmlPdf.h"

#include <QCryptographicHash>
#include <QDir>

#include <algorithm>

namespace rakkan::enforcement {

namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// A path kept with the case: relative inside the case folders, absolute elsewhere.
QString storedPath(const CaseFolders &folders, const QString &path)
{
    const QString absolute = QDir(path).absolutePath();
    return absolute.startsWith(folders.root() + QLatin1Char('/')) ? folders.relative(absolute) : absolute;
}

} // namespace

Result<PageCapture> CaseWorkflow::fetch(const QString &catalogPath, const QUrl &url, const CaptureLimits &limits)
{
    const QString folder = CaseFolders(catalogPath).newCapture(url);
    auto captured = PageCapturer::capture(url, folder, limits);
    if (!captured.ok())
        QDir(folder).removeRecursively();
    return captured;
}

Result<CaseWorkflow::Opened> CaseWorkflow::record(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                                  const PageCapture &capture, const OpenOptions &options)
{
    Opened opened;
    opened.capture = capture;
    opened.found = CopyFinder::find(capture, matcher, options.threshold);
    Case fresh;
    fresh.copies = CopyFinder::copiesOf(opened.found);
    opened.copies = int(fresh.copies.size());
    if (fresh.copies.isEmpty() || options.dryRun) {
        QDir(capture.folder).removeRecursively();
        return opened;
    }
    fresh.pageUrl = capture.pageUrl.toString(QUrl::FullyEncoded);
    fresh.account = options.account.trimmed();
    fresh.regime = options.regime;
    fresh.platform = options.platform.trimmed();
    if (fresh.platform.isEmpty())
        if (const auto platform = PlatformDirectory::shipped().forHost(capture.pageUrl.host()))
            fresh.platform = platform->name;
    CaseStore cases(catalog);
    const CaseFolders folders(catalog.path());
    // CaseStore::open refuses a page licensed while it was being fetched.
    // The case and its capture together, or neither: a case without its capture could never be frozen.
    sql::Transaction tx(catalog.database());
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(opened.caseId, cases.open(fresh, tr("opened from %1").arg(capture.pageUrl.toString())));
    RAKKAN_TRY(cases.addFile(opened.caseId, QStringLiteral("capture"), folders.relative(capture.folder),
                             capture.pageSha256, capture.capturedAt));
    RAKKAN_TRY(tx.commit());
    return opened;
}

Result<CaseWorkflow::Opened> CaseWorkflow::open(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                                const QUrl &url, const OpenOptions &options)
{
    RAKKAN_TRY(CaseStore(catalog).refuseLicensed(url, options.account));
    RAKKAN_TRY(auto capture, fetch(catalog.path(), url, options.limits));
    return record(catalog, matcher, capture, options);
}

Result<CaseWorkflow::Rechecked> CaseWorkflow::recheck(catalog::Catalog &catalog,
                                                      const matching::CatalogMatcher &matcher, qint64 caseId,
                                                      int threshold, const CaptureLimits &limits)
{
    RAKKAN_TRY(auto c, CaseStore(catalog).get(caseId));
    return recordRecheck(catalog, matcher, caseId, fetch(catalog.path(), QUrl(c.pageUrl), limits), threshold);
}

Result<CaseWorkflow::Rechecked> CaseWorkflow::recordRecheck(catalog::Catalog &catalog,
                                                            const matching::CatalogMatcher &matcher, qint64 caseId,
                                                            const Result<PageCapture> &capture, int threshold)
{
    CaseStore cases(catalog);
    sql::Transaction tx(catalog.database());
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(auto c, cases.get(caseId));
    RAKKAN_TRY(auto previous, cases.files(caseId, QStringLiteral("capture")));
    const CaseFolders folders(catalog.path());
    Rechecked result;
    if (!capture.ok()) {
        if (capture.error().code == ErrorCode::Cancelled)
            return capture.error();
        result.state = QStringLiteral("unreachable");
        result.error = capture.error().message;
    } else {
        const QList<FoundCopy> found = CopyFinder::find(*capture, matcher, threshold);
        const QList<CaseCopy> copies = CopyFinder::copiesOf(found);
        const QString before = previous.isEmpty() ? QString() : previous.last().sha256;
        bool everyPictureRead = true;
        for (const FoundCopy &f : found)
            everyPictureRead = everyPictureRead && f.error.isEmpty();
        const bool answered = capture->status >= 200 && capture->status < 300;
        // Removed only when the server says so (404, 410) or shows a page whose every picture was read and none
        // copies a work: a server error, a challenge page (403, 429) or a picture that failed to load says nothing.
        if (capture->gone() || (answered && copies.isEmpty() && everyPictureRead))
            result.state = QStringLiteral("removed");
        else if (!copies.isEmpty())
            result.state = capture->pageSha256 != before ? QStringLiteral("changed") : QStringLiteral("present");
        else {
            result.state = QStringLiteral("unreachable");
            result.error = answered ? tr("Some pictures of the page could not be read, and none of the others copies "
                                         "your work.")
                                    : tr("The server answered %1.").arg(capture->status);
        }
        if (!copies.isEmpty())
            RAKKAN_TRY(cases.addCopies(caseId, copies));
        RAKKAN_TRY(cases.addFile(caseId, QStringLiteral("capture"), folders.relative(capture->folder),
                                 capture->pageSha256, capture->capturedAt));
    }
    RAKKAN_TRY(cases.recordCheck(caseId, result.state));
    result.status = c.status;
    // Removal ends a notice's wait; copies back on a page where they were removed open the case again.
    if (result.state == QLatin1String("removed") && CaseStatusMachine::allowed(c.status, CaseStatus::Removed))
        result.status = CaseStatus::Removed;
    else if ((result.state == QLatin1String("present") || result.state == QLatin1String("changed")) &&
             c.status == CaseStatus::Removed)
        result.status = CaseStatus::Found;
    if (result.status != c.status)
        RAKKAN_TRY(cases.transition(caseId, result.status, tr("re-check: %1").arg(result.state)));
    RAKKAN_TRY(tx.commit());
    return result;
}

Result<PageCapture> CaseWorkflow::latestCapture(catalog::Catalog &catalog, qint64 caseId)
{
    RAKKAN_TRY(auto captures, CaseStore(catalog).files(caseId, QStringLiteral("capture")));
    if (captures.isEmpty())
        return makeError(ErrorCode::NotFound, tr("Case %1 has no capture of its page.").arg(caseId));
    const QString folder = CaseFolders(catalog.path()).resolve(captures.last().path);
    if (folder.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("The capture of case %1 is not where it should be.").arg(caseId));
    return PageCapturer::load(folder);
}

Result<CaseWorkflow::Matched> CaseWorkflow::matchLatest(catalog::Catalog &catalog,
                                                        const matching::CatalogMatcher &matcher, qint64 caseId,
                                                        int threshold)
{
    Matched matched;
    RAKKAN_TRY(matched.theCase, CaseStore(catalog).get(caseId));
    RAKKAN_TRY(matched.capture, latestCapture(catalog, caseId));
    matched.found = CopyFinder::find(matched.capture, matcher, threshold);
    return matched;
}

Result<EvidenceResult> CaseWorkflow::seal(catalog::Catalog &catalog, const Matched &matched, const BagSigner &signer,
                                          const EvidenceOptions &options, QString zipPath)
{
    const qint64 caseId = matched.theCase.id;
    const CaseFolders folders(catalog.path());
    if (zipPath.isEmpty()) {
        if (!QDir().mkpath(folders.evidenceFolder()))
            return makeError(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(folders.evidenceFolder()));
        zipPath = folders.evidenceFolder() + QStringLiteral("/case-%1-%2.zip").arg(caseId).arg(stamp());
    }
    RAKKAN_TRY(auto bag,
               EvidenceBag::create(catalog, matched.theCase, matched.capture, matched.found, signer, options, zipPath));
    CaseStore cases(catalog);
    sql::Transaction tx(catalog.database());
    RAKKAN_TRY(tx.begin());
    RAKKAN_TRY(cases.addFile(caseId, QStringLiteral("evidence"), storedPath(folders, zipPath), bag.tagManifestSha256,
                             bag.stampedAt.isValid() ? bag.stampedAt.toString(Qt::ISODate) : QString()));
    // The case as it is now: it may have moved on while the bag was being sealed.
    RAKKAN_TRY(auto now, cases.get(caseId));
    if (CaseStatusMachine::allowed(now.status, CaseStatus::EvidenceFrozen))
        RAKKAN_TRY(cases.transition(caseId, CaseStatus::EvidenceFrozen, QDir(zipPath).dirName()));
    RAKKAN_TRY(tx.commit());
    return bag;
}

Result<EvidenceResult> CaseWorkflow::freeze(catalog::Catalog &catalog, const matching::CatalogMatcher &matcher,
                                            qint64 caseId, const BagSigner &signer, const EvidenceOptions &options,
                                            QString zipPath, int threshold)
{
    RAKKAN_TRY(auto matched, matchLatest(catalog, matcher, caseId, threshold));
    return seal(catalog, matched, signer, options, std::move(zipPath));
}

Regime CaseWorkflow::regimeFor(const Case &c)
{
    if (c.regime != Regime::Unset)
        return c.regime;
    const auto platform = PlatformDirectory::shipped().forHost(c.host);
    return c.host.endsWith(QLatin1String(".jp")) || (platform && platform->laws == QStringList{QStringLiteral("jp")})
               ? Regime::Jp
               : Regime::Dmca;
}

Result<CaseWorkflow::Drafted> CaseWorkflow::draftNotice(catalog::Catalog &catalog, qint64 caseId,
                                                        const NoticeRequest &request)
{
    return draftNotice(catalog, QList<qint64>{caseId}, request);
}

Result<CaseWorkflow::Drafted> CaseWorkflow::draftNotice(catalog::Catalog &catalog, const QList<qint64> &caseIds,
                                                        const NoticeRequest &request)
{
    if (!QStringList{QStringLiteral("text"), QStringLiteral("eml"), QStringLiteral("pdf")}.contains(request.format))
        return makeError(ErrorCode::InvalidArgument, tr("A notice is written as text, eml or pdf."));
    if (caseIds.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A notice is drafted for at least one case."));
    CaseStore cases(catalog);
    NoticeInput input;
    for (qint64 id : caseIds) {
        RAKKAN_TRY(auto c, cases.get(id));
        // One notice goes to one host: copies elsewhere need their own.
        if (!input.cases.isEmpty() && c.host != input.cases.first().host)
            return makeError(ErrorCode::InvalidArgument, tr("Cases %1 and %2 are on different sites (%3, %4): one "
                                                            "notice goes to one host.")
                                                             .arg(input.cases.first().id)
                                                             .arg(id)
                                                             .arg(input.cases.first().host, c.host));
        if (!std::any_of(input.cases.cbegin(), input.cases.cend(), [id](const Case &k) { return k.id == id; }))
            input.cases << c;
    }
    const Case &first = input.cases.first();
    input.regime = request.regime == Regime::Unset ? regimeFor(first) : request.regime;
    input.language = request.language;
    const auto platform = PlatformDirectory::shipped().forHost(first.host);
    input.recipient = first.platform.isEmpty() ? first.host : first.platform;
    input.recipientEmail = request.recipientEmail.isEmpty() && platform ? platform->email : request.recipientEmail;
    input.searchEngine = request.searchEngine || (platform && platform->searchEngine);
    input.consentToForward = request.consentToForward;
    input.consentToDiscloseName = request.consentToDiscloseName;
    RAKKAN_TRY(input.complainant, cases.complainant());
    catalog::WorkStore works(catalog.database());
    QList<qint64> ids;
    QStringList bagsKept;
    for (const Case &c : std::as_const(input.cases)) {
        for (const CaseCopy &copy : c.copies)
            if (copy.workId && !ids.contains(copy.workId))
                ids << copy.workId;
        RAKKAN_TRY(auto bags, cases.files(c.id, QStringLiteral("evidence")));
        if (!bags.isEmpty())
            bagsKept << QStringLiteral("%1, SHA-256 %2").arg(QDir(bags.last().path).dirName(), bags.last().sha256);
    }
    for (qint64 id : ids) {
        RAKKAN_TRY(auto work, works.get(id));
        input.works << work;
    }
    input.evidence = bagsKept.join(QStringLiteral("; "));

    Drafted drafted;
    drafted.notice = NoticeDrafter::draft(input);
    if (request.format == QLatin1String("eml")) {
        drafted.bytes = NoticeDrafter::eml(drafted.notice, input.complainant);
    } else if (request.format == QLatin1String("pdf")) {
        RAKKAN_TRY(drafted.bytes,
                   imaging::HtmlPdf::render(
                       QStringLiteral("<h3>%1</h3><pre style=\"white-space:pre-wrap\">%2</pre>")
                           .arg(drafted.notice.subject.toHtmlEscaped(), drafted.notice.body.toHtmlEscaped()),
                       drafted.notice.subject));
    } else {
        drafted.bytes = (drafted.notice.subject + QStringLiteral("\n\n") + drafted.notice.body).toUtf8();
    }
    if (request.outPath == QLatin1String("-"))
        return drafted;
    const CaseFolders folders(catalog.path());
    drafted.path = request.outPath;
    if (drafted.path.isEmpty()) {
        if (!QDir().mkpath(folders.noticeFolder()))
            return makeError(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(folders.noticeFolder()));
        drafted.path = folders.noticeFolder() +
                       QStringLiteral("/case-%1-%2-%3-%4.%5")
                           .arg(first.id)
                           .arg(regimeKey(input.regime), drafted.notice.language, stamp(),
                                request.format == QLatin1String("text") ? QStringLiteral("txt") : request.format);
    }
    RAKKAN_TRY(writeFileAtomically(drafted.path, drafted.bytes));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(drafted.bytes, QCryptographicHash::Sha256).toHex());
    // The notice is kept with every case it covers, and each moves on, together or not at all.
    sql::Transaction tx(catalog.database());
    RAKKAN_TRY(tx.begin());
    for (const Case &c : std::as_const(input.cases)) {
        RAKKAN_TRY(cases.addFile(c.id, QStringLiteral("notice"), storedPath(folders, drafted.path), sha,
                                 regimeKey(input.regime)));
        RAKKAN_TRY(auto now, cases.get(c.id));
        if (CaseStatusMachine::allowed(now.status, CaseStatus::NoticeDrafted))
            RAKKAN_TRY(cases.transition(c.id, CaseStatus::NoticeDrafted, regimeKey(input.regime)));
    }
    RAKKAN_TRY(tx.commit());
    return drafted;
}

} // namespace rakkan::enforcement
