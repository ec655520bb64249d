#pragma once

#include "catalog/CatalogBackups.h"
#include "cataloguing/Importer.h"
#include "cataloguing/Reidentifier.h"
#include "identity/IdentityManager.h"
#include "matching/CatalogMatcher.h"
#include "ui/main/ReminderService.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QListView;
class QSystemTrayIcon;
class QTableView;
class QUndoStack;

namespace rakkan::ui {

class BackupsDialog;
class CatalogSession;
class CheckImageDialog;
class DeclarationsDialog;
class Dialogs;
class IdentitiesDialog;
class InterruptedImportBar;
class Job;
class JobStatusWidget;
class NearDuplicatesDialog;
class OffersDialog;
class CasesDialog;
class OptOutFormsDialog;
class ReservationsDialog;
class ScanFolderDialog;
class WorkDetailPanel;
class WorkFilterModel;
class WorkListModel;
class WorksBrowser;

// Composes the features: the works of the open catalogue, the feature windows (one of each, bound to that
// catalogue), the jobs in the status bar and the reminders. Opening another catalogue first settles unsaved edits,
// then closes every window and drops every job of the old one, so nothing can write to the wrong file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setDialogs(std::unique_ptr<Dialogs> dialogs);
    // Where identities keep their private keys (the system's by default; tests use a temporary folder).
    void setVaultFactory(identity::IdentityManager::VaultFactory vaults) { m_vaults = std::move(vaults); }
    // What "now" is for reminders (tests move it).
    void setClock(ReminderService::Clock clock);

    // Opens `path` after settling unsaved edits and running jobs; false when the user chose to stay.
    bool openCatalog(const QString &path);
    QString catalogPath() const;
    void importPaths(const QStringList &paths,
                     cataloguing::ImportOptions::Grouping grouping = cataloguing::ImportOptions::Grouping::FilePerWork);
    bool isImporting() const;
    void cancelImport();
    // Computes the fingerprints and ISCC that files catalogued by an older Rakkan lack.
    void computeMissingIdentification();
    bool isReidentifying() const;

    WorksBrowser *browser() const { return m_browser; }
    WorkListModel *workModel() const;
    WorkFilterModel *filterModel() const;
    QListView *gridView() const;
    QTableView *listView() const;
    WorkDetailPanel *detailPanel() const;
    QUndoStack *undoStack() const;
    JobStatusWidget *jobStatus() const { return m_jobs; }

    void selectWork(qint64 workId);
    void removeSelectedWorks();
    CheckImageDialog *openCheckDialog();
    ScanFolderDialog *openScanDialog();
    NearDuplicatesDialog *openNearDuplicatesDialog();
    IdentitiesDialog *openIdentitiesDialog();
    // Opt-out declarations; with works selected, offers to declare those.
    DeclarationsDialog *openDeclarationsDialog();
    // The reservation policy, the site kit, copies with XMP, and the checker.
    ReservationsDialog *openReservationsDialog();
    OffersDialog *openOffersDialog();
    // Enforcement: the cases, optionally opening one from a page where a copy was found.
    CasesDialog *openCasesDialog();
    // Vendors' opt-out forms and Spawning, for the selected works.
    OptOutFormsDialog *openOptOutFormsDialog();
    // File ▸ Backups: the catalogue's backups, a check for damage, a restore.
    BackupsDialog *openBackupsDialog();
    // Leaves the open catalogue as opening another would (unsaved edits, jobs, windows), then puts `backup` in
    // its place and opens it. False when the user chose to stay.
    bool restoreBackup(const QString &path, const catalog::CatalogBackup &backup);
    // Vendor opt-outs whose date to check again has come (shown in the status bar).
    int dueReminders() const { return m_reminders->due().forms; }
    // Offers whose answer is due within a week, or overdue.
    int offersDue() const { return m_reminders->due().offers; }
    bool isIdentityPromptVisible() const;

Q_SIGNALS:
    void catalogLoaded(const QString &path, int workCount);
    void catalogFailed(const QString &path, const QString &message);
    void importFinished(const rakkan::cataloguing::ImportReport &report);
    void workSaved(qint64 workId);
    void identitiesLoaded(int count);
    void missingIdentificationComputed(int updated, int failed);
    void remindersChecked(int due);
    void worksRemovedOrRestored();
    // The day's backup, made after each open when due: `made` is false when none was due or it failed.
    void dailyBackupFinished(bool made);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindowActions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createIdentityPrompt();
    void setLanguage(const QString &code);

    void createStatusBar();
    void catalogOpened(const QString &path);
    // A catalogue that could not be opened: said, and when it is damaged and a sound backup exists, a restore is
    // offered (once per catalogue, so a backup that fails too does not ask again).
    void catalogOpenFailed(const QString &path, const Error &error);
    void offerRestore(const QString &path, const Error &error);
    // What opening another catalogue asks first; false when the user chose to stay.
    bool leaveCatalog(const QString &question);
    // The window emptied and titled for the catalogue about to open.
    void showOpening(const QString &path);
    // Asks every open window and the detail panel to settle unsaved edits; false when the user chose to stay.
    bool settleAllEdits();
    // Jobs still running on the open catalogue; when there are some, asks whether to stop them.
    bool settleJobs(const QString &question);
    void closeCatalogWindows();
    void track(Job *job);
    void makeDailyBackup(const QString &path);
    void importFinishedInternal(const cataloguing::ImportReport &report);
    void reidentifyFinished(const Result<cataloguing::ReidentifyReport> &report);
    // The catalogue changed: the matcher is rebuilt on the next check.
    void invalidateMatcher();
    void loadIdentities();
    // An import of this catalogue cut short in an earlier session is said, with an offer to finish it.
    void checkInterruptedImport();
    void showReminders(const ReminderService::Due &due, bool news);

    std::unique_ptr<Dialogs> m_dialogs;
    CatalogSession *m_session;
    QString m_restoreOfferedFor;
    WorksBrowser *m_browser;
    ReminderService *m_reminders;
    JobStatusWidget *m_jobs = nullptr;
    QPointer<Job> m_import;
    QPointer<Job> m_reidentify;
    identity::IdentityManager::VaultFactory m_vaults = identity::IdentityManager::systemVaults();
    std::shared_ptr<std::unique_ptr<matching::CatalogMatcher>> m_matcherCache =
        std::make_shared<std::unique_ptr<matching::CatalogMatcher>>();

    QWidget *m_identityPrompt = nullptr;
    InterruptedImportBar *m_interruptedImport = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_reminderLabel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;

    QAction *m_newCatalog = nullptr;
    QAction *m_openCatalog = nullptr;
    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_importChapters = nullptr;
    QAction *m_backups = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_check = nullptr;
    QList<QAction *> m_toolActions;
};

} // namespace rakkan::ui
