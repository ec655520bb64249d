// The Cases window's actions: each reads or writes on the catalogue's thread, and fetches or seals on a job.

#include "enforcement/CaseStatus.h"
#include "enforcement/CaseWorkflow.h"
#include "enforcement/HostFinder.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"
#include "ui/enforcement/CaseSettingsDialog.h"
#include "ui/enforcement/CasesDialog.h"
#include "ui/enforcement/CrawlerLogsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>

namespace rakkan::ui {

using namespace enforcement;

template <typename R>
void CasesDialog::withMatcher(std::function<R(catalog::Catalog &, const matching::CatalogMatcher &)> work,
                              std::function<void(R)> done)
{
    auto cache = m_matcher;
    m_catalog.submit<R>(
        this,
        [cache, work](catalog::Catalog &catalog) -> R {
            if (!*cache) {
                auto matcher = std::make_unique<matching::CatalogMatcher>();
                if (auto loaded = matcher->load(catalog); !loaded.ok())
                    return loaded.error();
                *cache = std::move(matcher);
            }
            return work(catalog, **cache);
        },
        std::move(done));
}

void CasesDialog::caseChanged(qint64 id)
{
    reload();
    if (id == m_current)
        loadDetails(id);
    Q_EMIT casesChanged();
}

void CasesDialog::askToOpen()
{
    const auto url =
        m_dialogs->askText(this, tr("Open a Case"), tr("The address of the page where you found a copy of your work:"));
    if (!url || url->trimmed().isEmpty())
        return;
    openFromUrl(url->trimmed());
}

void CasesDialog::openFromUrl(const QString &address, const QString &account)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        fail(tr("Open a Case"), tr("\"%1\" is not the address of a web page (http or https).").arg(address));
        return;
    }
    m_status->setText(tr("Checking %1...").arg(url.toString()));
    const QString catalogPath = m_catalog.path();
    m_catalog.submit<Result<void>>(
        this, [url, account](catalog::Catalog &c) { return CaseStore(c).refuseLicensed(url, account); },
        [this, url, account, catalogPath](const Result<void> &allowed) {
            if (!allowed.ok()) {
                fail(tr("Open a Case"), allowed.error().message);
                Q_EMIT caseOpened(0, 0, allowed.error().message);
                return;
            }
            m_job = new Job(tr("Fetching %1").arg(url.host()), catalogPath, this);
            Q_EMIT jobStarted(m_job);
            updateActions();
            m_job->start<Result<PageCapture>>(
                [url, catalogPath](JobContext &job) {
                    CaptureLimits limits;
                    limits.cancel = job.cancelFlag();
                    return CaseWorkflow::fetch(catalogPath, url, limits);
                },
                [this, account](const Result<PageCapture> &capture) {
                    updateActions();
                    if (!capture.ok()) {
                        fail(tr("Open a Case"), capture.error().message);
                        Q_EMIT caseOpened(0, 0, capture.error().message);
                        return;
                    }
                    CaseWorkflow::OpenOptions options;
                    options.account = account;
                    const PageCapture fetched = *capture;
                    withMatcher<Result<CaseWorkflow::Opened>>(
                        [fetched, options](catalog::Catalog &c, const matching::CatalogMatcher &m) {
                            return CaseWorkflow::record(c, m, fetched, options);
                        },
                        [this](const Result<CaseWorkflow::Opened> &opened) {
                            if (!opened.ok()) {
                                fail(tr("Open a Case"), opened.error().message);
                                Q_EMIT caseOpened(0, 0, opened.error().message);
                                return;
                            }
                            QString message;
                            if (opened->caseId == 0) {
                                message = tr("None of the %n picture(s) on the page copies one of your works: no "
                                             "case was opened.",
                                             "", int(opened->found.size()));
                                m_dialogs->showInformation(this, tr("Open a Case"), message);
                            } else {
                                message = tr("Case %1: %n copy(ies) of your works found on the page. Freeze the "
                                             "evidence next, before anyone is told.",
                                             "", opened->copies)
                                              .arg(opened->caseId);
                                m_current = 0;
                                reload();
                                loadDetails(opened->caseId);
                                Q_EMIT casesChanged();
                            }
                            m_status->setText(message);
                            Q_EMIT caseOpened(opened->caseId, opened->copies, message);
                        });
                });
        });
}

void CasesDialog::recheck()
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->theCase.id;
    const QUrl url(m_shown->theCase.pageUrl);
    const QString catalogPath = m_catalog.path();
    m_job = new Job(tr("Checking case %1 again").arg(id), catalogPath, this);
    Q_EMIT jobStarted(m_job);
    updateActions();
    m_job->start<Result<PageCapture>>(
        [url, catalogPath](JobContext &job) {
            CaptureLimits limits;
            limits.cancel = job.cancelFlag();
            return CaseWorkflow::fetch(catalogPath, url, limits);
        },
        [this, id](const Result<PageCapture> &capture) {
            updateActions();
            withMatcher<Result<CaseWorkflow::Rechecked>>(
                [id, capture](catalog::Catalog &c, const matching::CatalogMatcher &m) {
                    return CaseWorkflow::recordRecheck(c, m, id, capture, matching::CatalogMatcher::kDefaultThreshold);
                },
                [this, id](const Result<CaseWorkflow::Rechecked> &checked) {
                    if (!checked.ok()) {
                        fail(tr("Check Again"), checked.error().message);
                        return;
                    }
                    const QString &state = checked->state;
                    m_status->setText(
                        state == QLatin1String("removed") ? tr("Case %1: the copies are gone.").arg(id)
                        : state == QLatin1String("changed")
                            ? tr("Case %1: the page changed but still copies your work.").arg(id)
                        : state == QLatin1String("present")
                            ? tr("Case %1: the copies are still there.").arg(id)
                            : tr("Case %1: the page could not be reached: %2").arg(id).arg(checked->error));
                    caseChanged(id);
                    Q_EMIT rechecked(id, state);
                });
        });
}

void CasesDialog::freezeEvidence()
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->theCase.id;
    const QString tsa = m_tsa->text().trimmed();
    const bool originals = m_originals->isChecked();
    const QString catalogPath = m_catalog.path();
    auto vaults = m_vaults;
    // First the identity and its passphrase (on this thread, before any work starts), the authority remembered and
    // the copies matched again; then the bag sealed on a job, which asks the authority over the network.
    m_catalog.submit<Result<identity::Identity>>(
        this,
        [vaults, tsa](catalog::Catalog &c) -> Result<identity::Identity> {
            RAKKAN_TRY(CaseStore(c).setTimeStampAuthority(tsa));
            return identity::IdentityManager(c, vaults).store().defaultIdentity();
        },
        [=, this](const Result<identity::Identity> &who) {
            if (!who.ok()) {
                fail(tr("Freeze Evidence"), who.error().message);
                Q_EMIT evidenceFrozen(false, who.error().message);
                return;
            }
            QString passphrase;
            if (who->storage == identity::KeyStorage::File) {
                const auto typed = m_dialogs->askPassphrase(
                    this, tr("Freeze Evidence"), tr("The passphrase of \"%1\", who seals the evidence:").arg(who->name),
                    false, 1);
                if (!typed)
                    return;
                passphrase = *typed;
            }
            const identity::Identity signer = *who;
            withMatcher<Result<CaseWorkflow::Matched>>(
                [id](catalog::Catalog &c, const matching::CatalogMatcher &m) {
                    return CaseWorkflow::matchLatest(c, m, id);
                },
                [=, this](const Result<CaseWorkflow::Matched> &matched) {
                    if (!matched.ok()) {
                        fail(tr("Freeze Evidence"), matched.error().message);
                        Q_EMIT evidenceFrozen(false, matched.error().message);
                        return;
                    }
                    const CaseWorkflow::Matched found = *matched;
                    m_job = new Job(tr("Sealing the evidence of case %1").arg(id), catalogPath, this);
                    Q_EMIT jobStarted(m_job);
                    updateActions();
                    m_job->start<Result<EvidenceResult>>(
                        [=](JobContext &job) -> Result<EvidenceResult> {
                            RAKKAN_TRY(auto catalog, catalog::Catalog::open(job.catalogPath()));
                            RAKKAN_TRY(auto key,
                                       identity::IdentityManager(*catalog, vaults).unlock(signer, passphrase));
                            EvidenceOptions options;
                            options.tsaUrl = tsa;
                            options.includeOriginals = originals;
                            return CaseWorkflow::seal(*catalog, found, BagSigner{signer.name, signer.didKey(), key},
                                                      options);
                        },
                        [this, id](const Result<EvidenceResult> &bag) {
                            updateActions();
                            if (!bag.ok()) {
                                fail(tr("Freeze Evidence"), bag.error().message);
                                Q_EMIT evidenceFrozen(false, bag.error().message);
                                return;
                            }
                            const QString message =
                                bag->stampedAt.isValid()
                                    ? tr("The evidence of case %1 is sealed in %2, time-stamped %3 by %4.")
                                          .arg(id)
                                          .arg(QFileInfo(bag->path).fileName(), bag->stampedAt.toString(Qt::ISODate),
                                               bag->authority)
                                    : tr("The evidence of case %1 is sealed in %2. It has no time-stamp: give a "
                                         "time-stamping authority to prove when it was sealed.")
                                          .arg(id)
                                          .arg(QFileInfo(bag->path).fileName());
                            m_status->setText(message);
                            reload();
                            if (id == m_current)
                                loadDetails(id);
                            Q_EMIT evidenceFrozen(true, message);
                        });
                });
        });
}

void CasesDialog::draftNotice()
{
    if (!m_shown)
        return;
    if (!settleEdits())
        return;
    const qint64 id = m_shown->theCase.id;
    CaseWorkflow::NoticeRequest request;
    request.language = m_noticeLanguage->currentData().toString();
    request.format = m_noticeFormat->currentData().toString();
    request.consentToForward = m_forward->isChecked();
    request.consentToDiscloseName = m_disclose->isChecked();
    const bool evidenceFirst = m_shown->theCase.status == CaseStatus::Found;
    // One notice may list every copy on one host.
    QList<qint64> ids{id};
    if (m_sameSite->isChecked())
        for (const Case &c : std::as_const(m_cases))
            if (c.id != id && c.host == m_shown->theCase.host && CaseStatusMachine::isOpen(c.status))
                ids << c.id;
    m_catalog.submit<Result<CaseWorkflow::Drafted>>(
        this, [ids, request](catalog::Catalog &c) { return CaseWorkflow::draftNotice(c, ids, request); },
        [this, id, evidenceFirst](const Result<CaseWorkflow::Drafted> &drafted) {
            if (!drafted.ok()) {
                fail(tr("Draft Notice"), drafted.error().message);
                Q_EMIT noticeDrafted(false, {});
                return;
            }
            m_noticeText->setPlainText(drafted->notice.subject + QStringLiteral("\n\n") + drafted->notice.body);
            QStringList words{
                tr("The notice is in %1. Review it, then send it yourself.").arg(QFileInfo(drafted->path).fileName())};
            if (!drafted->notice.missing.isEmpty())
                words << tr("It still needs %1: fill them in under Licensed Uses and Contact before sending, or the "
                            "notice may not count.")
                             .arg(drafted->notice.missing.join(QStringLiteral(", ")));
            if (evidenceFirst)
                words << tr("Freeze the evidence before sending: once the poster is told, the page can change.");
            m_status->setText(words.join(QLatin1Char(' ')));
            if (id == m_current)
                loadDetails(id);
            reload();
            Q_EMIT noticeDrafted(true, drafted->path);
        });
}

void CasesDialog::moveTo(CaseStatus status)
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->theCase.id;
    const auto note =
        m_dialogs->askText(this, CaseStatusMachine::label(status), tr("A note for the case's history (optional):"));
    if (!note)
        return;
    m_catalog.submit<Result<void>>(
        this, [id, status, note](catalog::Catalog &c) { return CaseStore(c).transition(id, status, *note); },
        [this, id](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("Cases"), done.error().message);
                return;
            }
            caseChanged(id);
        });
}

void CasesDialog::closeCase()
{
    if (!m_shown)
        return;
    if (!m_dialogs->confirm(
            this, tr("Close Case"),
            tr("Close case %1? It can be opened again if the copy comes back.").arg(m_shown->theCase.id)))
        return;
    const qint64 id = m_shown->theCase.id;
    m_catalog.submit<Result<void>>(
        this, [id](catalog::Catalog &c) { return CaseStore(c).transition(id, CaseStatus::Closed); },
        [this, id](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("Close Case"), done.error().message);
                return;
            }
            caseChanged(id);
        });
}

void CasesDialog::license()
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->theCase.id;
    if (!m_dialogs->confirm(this, tr("License Instead"),
                            tr("Offer a licence for this use instead of a takedown? A draft offer to the same party "
                               "is added to your licensing offers, and the case ends as licensed.")))
        return;
    m_catalog.submit<Result<qint64>>(
        this, [id](catalog::Catalog &c) { return CaseStore(c).license(id); },
        [this, id](const Result<qint64> &offer) {
            if (!offer.ok()) {
                fail(tr("License Instead"), offer.error().message);
                return;
            }
            m_status->setText(tr("Offer %1 is drafted in Licensing Offers.").arg(*offer));
            caseChanged(id);
        });
}

void CasesDialog::lookUpHosts()
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->theCase.id;
    m_hosts->setPlainText(tr("Looking up..."));
    m_catalog.submit<Result<PageCapture>>(
        this, [id](catalog::Catalog &c) { return CaseWorkflow::latestCapture(c, id); },
        [this](const Result<PageCapture> &capture) {
            if (!capture.ok()) {
                m_hosts->setPlainText(capture.error().message);
                return;
            }
            const PageCapture page = *capture;
            m_job = new Job(tr("Looking up who hosts %1").arg(page.finalUrl.host()), QString(), this);
            Q_EMIT jobStarted(m_job);
            updateActions();
            m_job->start<HostReport>([page](JobContext &) { return HostFinder::find(page, HostFinder::Options{}); },
                                     [this](const HostReport &r) {
                                         updateActions();
                                         m_hosts->setPlainText(HostFinder::describe(r).trimmed());
                                         Q_EMIT hostsLookedUp();
                                     });
        });
}

void CasesDialog::editLicensedUses()
{
    auto *dialog = new CaseSettingsDialog(m_catalog, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CasesDialog::openCrawlerLogs()
{
    auto *dialog = new CrawlerLogsDialog(m_catalog, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CrawlerLogsDialog::jobStarted, this, &CasesDialog::jobStarted);
    dialog->show();
}

} // namespace rakkan::ui
