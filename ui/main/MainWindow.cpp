#include "ui/main/MainWindow.h"

#include "cataloguing/ImportSummary.h"
#include "ui/catalogue/CatalogueJobs.h"
#include "ui/catalogue/ImportSummaryDialog.h"
#include "ui/catalogue/WorkDetailPanel.h"
#include "ui/catalogue/WorksBrowser.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dialogs.h"
#include "ui/common/HoldsEdits.h"
#include "ui/common/Job.h"
#include "ui/common/JobStatusWidget.h"
#include "ui/main/InterruptedImportBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace rakkan::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_dialogs(std::make_unique<Dialogs>()), m_session(new CatalogSession(this)),
      m_browser(new WorksBrowser(m_session, m_dialogs.get(), this)),
      m_reminders(new ReminderService(
          m_session, [] { return QDateTime::currentDateTimeUtc(); }, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_browser);
    m_identityPrompt = createIdentityPrompt();
    m_browser->setBanner(m_identityPrompt);
    m_interruptedImport = new InterruptedImportBar;
    m_browser->setBanner(m_interruptedImport);
    connect(m_interruptedImport, &InterruptedImportBar::importAgainRequested, this,
            [this](const QStringList &paths, cataloguing::ImportOptions::Grouping grouping) {
                importPaths(paths, grouping);
            });
    connect(m_interruptedImport, &InterruptedImportBar::dismissed, this, [this] {
        m_session->submit<Result<void>>(
            this, [](catalog::Catalog &catalog) { return cataloguing::ImportJournal(catalog).end(); },
            [this](const Result<void> &done) {
                if (!done.ok())
                    statusBar()->showMessage(done.error().message, 6000);
            });
    });

    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_session, &CatalogSession::opened, this, &MainWindow::catalogOpened);
    connect(m_session, &CatalogSession::openFailed, this, &MainWindow::catalogOpenFailed);
    connect(m_session, &CatalogSession::dailyBackupDue, this, &MainWindow::makeDailyBackup);
    connect(m_session, &CatalogSession::restored, this, [this](const QString &, const QString &keptAs) {
        statusBar()->showMessage(keptAs.isEmpty() ? tr("Restored the catalogue from its backup.")
                                                  : tr("Restored the catalogue from its backup. The file it replaced "
                                                       "is kept as %1.")
                                                        .arg(QDir::toNativeSeparators(keptAs)),
                                 30000);
    });
    connect(m_session, &CatalogSession::unavailable, this,
            [this](const Error &error) { statusBar()->showMessage(error.message, 6000); });

    connect(m_browser, &WorksBrowser::loaded, this, [this](int count) { Q_EMIT catalogLoaded(catalogPath(), count); });
    connect(m_browser, &WorksBrowser::countChanged, m_count, &QLabel::setText);
    connect(m_browser, &WorksBrowser::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_browser, &WorksBrowser::workSaved, this, &MainWindow::workSaved);
    connect(m_browser, &WorksBrowser::worksRemovedOrRestored, this, [this] {
        invalidateMatcher();
        Q_EMIT worksRemovedOrRestored();
    });
    connect(m_reminders, &ReminderService::checked, this, &MainWindow::showReminders);

    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    if (!QSettings().contains(QStringLiteral("window/geometry")))
        resize(1200, 780);
}

MainWindow::~MainWindow()
{
    // Jobs are children and go with the window without waiting; the session waits for its queued queries.
    for (Job *job : findChildren<Job *>())
        job->cancel();
}

void MainWindow::setDialogs(std::unique_ptr<Dialogs> dialogs)
{
    m_dialogs = std::move(dialogs);
    m_browser->setDialogs(m_dialogs.get());
}

void MainWindow::setClock(ReminderService::Clock clock)
{
    m_reminders->setClock(std::move(clock));
}

WorkListModel *MainWindow::workModel() const
{
    return m_browser->model();
}

WorkFilterModel *MainWindow::filterModel() const
{
    return m_browser->filterModel();
}

QListView *MainWindow::gridView() const
{
    return m_browser->gridView();
}

QTableView *MainWindow::listView() const
{
    return m_browser->listView();
}

WorkDetailPanel *MainWindow::detailPanel() const
{
    return m_browser->detailPanel();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_browser->undoStack();
}

void MainWindow::selectWork(qint64 workId)
{
    m_browser->selectWork(workId);
}

void MainWindow::removeSelectedWorks()
{
    m_browser->removeSelectedWorks();
}

void MainWindow::createStatusBar()
{
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("workCount"));
    statusBar()->addWidget(m_count, 1);
    // Vendor forms send no receipt: when the date to check one again comes, it says so here until it is done.
    m_reminderLabel = new QLabel;
    m_reminderLabel->setObjectName(QStringLiteral("reminderLabel"));
    m_reminderLabel->setTextFormat(Qt::RichText);
    m_reminderLabel->hide();
    connect(m_reminderLabel, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("#cases"))
            openCasesDialog();
        else if (link == QLatin1String("#offers"))
            openOffersDialog();
        else
            openOptOutFormsDialog();
    });
    m_jobs = new JobStatusWidget;
    statusBar()->addPermanentWidget(m_reminderLabel);
    statusBar()->addPermanentWidget(m_jobs);
}

QString MainWindow::catalogPath() const
{
    return m_session->path();
}

bool MainWindow::settleAllEdits()
{
    if (!m_browser->settleEdits())
        return false;
    for (QObject *child : children())
        if (auto *holder = dynamic_cast<HoldsEdits *>(child); holder && !holder->settleEdits())
            return false;
    return true;
}

bool MainWindow::settleJobs(const QString &question)
{
    QList<Job *> running;
    for (Job *job : findChildren<Job *>())
        if (job->isRunning() && !job->catalogPath().isEmpty())
            running << job;
    if (running.isEmpty())
        return true;
    QStringList titles;
    for (const Job *job : std::as_const(running))
        titles << job->title();
    if (!m_dialogs->confirm(this, tr("Work in progress"),
                            tr("%1\n\nStill running: %2. What is already done is kept.")
                                .arg(question, titles.join(QStringLiteral(", ")))))
        return false;
    for (Job *job : std::as_const(running)) {
        job->cancel();
        // Its result belongs to the catalogue being closed: it is dropped, and nothing waits for it.
        job->deleteLater();
    }
    return true;
}

void MainWindow::closeCatalogWindows()
{
    for (QWidget *window : findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (!window->isWindow())
            continue;
        window->hide();
        // Deleted once the session has run what the window queued (a save it was asked to make): the session
        // runs tasks in order, so this task's answer comes after theirs, and their errors can still be shown.
        m_session->submit<bool>(
            window, [](catalog::Catalog &) { return true; }, [window](bool) { window->deleteLater(); });
    }
}

bool MainWindow::leaveCatalog(const QString &question)
{
    if (m_session->path().isEmpty())
        return true;
    if (!settleAllEdits())
        return false;
    if (!settleJobs(question))
        return false;
    closeCatalogWindows();
    // An import of the old catalogue may have been dropped: importing is possible again.
    for (auto *action : {m_importFiles, m_importFolder, m_importChapters})
        action->setEnabled(true);
    return true;
}

bool MainWindow::openCatalog(const QString &path)
{
    if (!leaveCatalog(tr("Open another catalogue?")))
        return false;
    m_restoreOfferedFor.clear();
    showOpening(path);
    m_session->open(path);
    return true;
}

void MainWindow::showOpening(const QString &path)
{
    m_browser->clear();
    m_reminders->reset();
    m_reminderLabel->hide();
    invalidateMatcher();
    setWindowTitle(tr("%1 – Rakkan").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(path);
    m_count->setText(tr("Opening %1...").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::catalogOpened(const QString &path)
{
    QSettings().setValue(QStringLiteral("catalog/lastPath"), path);
    m_browser->load(path);
    loadIdentities();
    checkInterruptedImport();
    m_reminders->check();
}

void MainWindow::checkInterruptedImport()
{
    m_interruptedImport->hide();
    using Unfinished = Result<std::optional<cataloguing::UnfinishedImport>>;
    m_session->submit<Unfinished>(
        this, [](catalog::Catalog &catalog) { return cataloguing::ImportJournal(catalog).unfinished(); },
        [this](const Unfinished &unfinished) {
            // An import this window started since is not "interrupted".
            if (unfinished.ok() && *unfinished && !isImporting())
                m_interruptedImport->show(**unfinished);
        });
}

bool MainWindow::isImporting() const
{
    return m_import && m_import->isRunning();
}

bool MainWindow::isReidentifying() const
{
    return m_reidentify && m_reidentify->isRunning();
}

void MainWindow::cancelImport()
{
    if (m_import)
        m_import->cancel();
}

void MainWindow::track(Job *job)
{
    m_jobs->track(job);
}

void MainWindow::importPaths(const QStringList &paths, cataloguing::ImportOptions::Grouping grouping)
{
    if (paths.isEmpty())
        return;
    if (isImporting()) {
        m_dialogs->showError(this, tr("Import in progress"),
                             tr("An import is already running. Wait for it to finish, or cancel it first."));
        return;
    }
    cataloguing::ImportOptions options;
    options.grouping = grouping;
    delete m_import;
    m_import = startImport(
        this, catalogPath(), paths, options,
        [this](const QList<catalog::WorkSummary> &works) { m_browser->upsertWorks(works); },
        [this](const cataloguing::ImportReport &report) { importFinishedInternal(report); });
    for (auto *action : {m_importFiles, m_importFolder, m_importChapters})
        action->setEnabled(false);
    m_interruptedImport->hide();
    // The job's progress in the status bar says what is happening; no second message beside it.
    statusBar()->clearMessage();
    track(m_import);
}

void MainWindow::importFinishedInternal(const cataloguing::ImportReport &report)
{
    for (auto *action : {m_importFiles, m_importFolder, m_importChapters})
        action->setEnabled(true);
    statusBar()->showMessage(cataloguing::ImportSummary::line(report), 10000);
    QApplication::alert(this);
    m_browser->refreshCompletions();
    invalidateMatcher();

    using Outcome = cataloguing::ImportItem::Outcome;
    if (report.count(Outcome::Failed) > 0 || report.count(Outcome::AlreadyCatalogued) > 0) {
        auto *dialog = new ImportSummaryDialog(report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportSummaryDialog::showWorkRequested, this, &MainWindow::selectWork);
        dialog->show();
    }
    Q_EMIT importFinished(report);
}

void MainWindow::computeMissingIdentification()
{
    if (isReidentifying())
        return;
    delete m_reidentify;
    m_reidentify = startReidentify(this, catalogPath(), [this](const Result<cataloguing::ReidentifyReport> &report) {
        reidentifyFinished(report);
    });
    statusBar()->showMessage(tr("Reading catalogued files again for their fingerprints and ISCC..."));
    track(m_reidentify);
}

void MainWindow::reidentifyFinished(const Result<cataloguing::ReidentifyReport> &report)
{
    if (!report.ok()) {
        m_dialogs->showError(this, tr("Compute missing fingerprints and ISCC"), report.error().message);
        return;
    }
    invalidateMatcher();
    const int failed = int(report->failures.size());
    if (failed > 0) {
        QStringList lines;
        for (const auto &f : report->failures.mid(0, 10))
            lines << tr("%1: %2").arg(QDir::toNativeSeparators(f.file.originalPath), f.error.message);
        m_dialogs->showError(this, tr("Compute missing fingerprints and ISCC"),
                             tr("%n file(s) updated; %1 could not be read:", nullptr, report->updated).arg(failed) +
                                 QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
    } else {
        statusBar()->showMessage(report->cancelled ? tr("Stopped after updating %n file(s).", nullptr, report->updated)
                                                   : tr("%n file(s) updated.", nullptr, report->updated),
                                 8000);
    }
    // New fingerprints and ISCC show in the panel; what the user is typing there stays.
    m_browser->refreshShownFiles();
    Q_EMIT missingIdentificationComputed(report->updated, failed);
}

void MainWindow::invalidateMatcher()
{
    // Before any catalogue is open nothing can be using the matcher, and the session would refuse the task (and
    // say "No catalogue is open" in the status bar at every start).
    if (m_session->path().isEmpty()) {
        m_matcherCache->reset();
        return;
    }
    auto cache = m_matcherCache;
    m_session->submit<bool>(this,
                            [cache](catalog::Catalog &) {
                                cache->reset();
                                return true;
                            },
                            {});
}

bool MainWindow::isIdentityPromptVisible() const
{
    return m_identityPrompt && !m_identityPrompt->isHidden();
}

void MainWindow::loadIdentities()
{
    auto vaults = m_vaults;
    m_session->submit<Result<QList<identity::Identity>>>(
        this, [vaults](catalog::Catalog &catalog) { return identity::IdentityManager(catalog, vaults).store().list(); },
        [this](const Result<QList<identity::Identity>> &list) {
            if (!list.ok()) {
                statusBar()->showMessage(list.error().message, 6000);
                return;
            }
            m_browser->setIdentities(*list);
            const bool dismissed = QSettings().value(QStringLiteral("identity/promptDismissed"), false).toBool();
            m_identityPrompt->setVisible(list->isEmpty() && !dismissed);
            Q_EMIT identitiesLoaded(int(list->size()));
        });
}

void MainWindow::showReminders(const ReminderService::Due &due, bool news)
{
    QStringList links, messages, tips;
    if (due.forms > 0) {
        messages << tr("%n vendor opt-out(s) to check again", nullptr, due.forms);
        links << QStringLiteral("<a href=\"#forms\">%1</a>").arg(messages.last().toHtmlEscaped());
        tips << tr("Vendors' forms send no receipt. Check that the opt-out still stands, then mark it confirmed or "
                   "submitted again.");
    }
    if (due.offers > 0) {
        messages << tr("%n licensing offer(s) to answer within a week", nullptr, due.offers);
        links << QStringLiteral("<a href=\"#offers\">%1</a>").arg(messages.last().toHtmlEscaped());
        tips << tr("Offers whose answer is due within seven days, or already overdue.");
    }
    if (due.cases > 0) {
        messages << tr("%n case(s) with a deadline within a week", nullptr, due.cases);
        links << QStringLiteral("<a href=\"#cases\">%1</a>").arg(messages.last().toHtmlEscaped());
        tips << tr("Takedown cases waiting for an answer, a counter-notice's end or a check that a copy stayed down.");
    }
    m_reminderLabel->setVisible(!links.isEmpty());
    m_reminderLabel->setText(links.join(QStringLiteral(" · ")));
    m_reminderLabel->setToolTip(tips.join(QLatin1Char('\n')));
    // On the desktop as well, where it has a notification area, when something new came due.
    if (news && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_reminders->due().cases > 0)
                    openCasesDialog();
                else if (offersDue() > 0)
                    openOffersDialog();
                else
                    openOptOutFormsDialog();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Rakkan"), messages.join(QLatin1Char('\n')));
    }
    Q_EMIT remindersChecked(due.forms);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!settleAllEdits() || !settleJobs(tr("Quit Rakkan?"))) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace rakkan::ui
