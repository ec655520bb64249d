#pragma once

#include "catalog/WorkTypes.h"
#include "cataloguing/Importer.h"
#include "identity/IdentityManager.h"
#include "matching/CatalogMatcher.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace rakkan::ui {

class CatalogSession;
class CheckImageDialog;
class NearDuplicatesDialog;
class ScanFolderDialog;
class DeclarationsDialog;
class Dialogs;
class IdentitiesDialog;
class ImportJob;
class OffersDialog;
class OptOutFormsDialog;
class ReservationsDialog;
class ReidentifyJob;
class ThumbnailLoader;
class WorkDetailPanel;
class WorkFilterModel;
class WorkListModel;

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

    void openCatalog(const QString &path);
    QString catalogPath() const;
    void importPaths(const QStringList &paths,
                     cataloguing::ImportOptions::Grouping grouping = cataloguing::ImportOptions::Grouping::FilePerWork);
    bool isImporting() const;
    void cancelImport();

    WorkListModel *workModel() const { return m_model; }
    WorkFilterModel *filterModel() const { return m_filter; }
    QListView *gridView() const { return m_grid; }
    QTableView *listView() const { return m_table; }
    WorkDetailPanel *detailPanel() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undo; }

    void selectWork(qint64 workId);
    CheckImageDialog *openCheckDialog();
    ScanFolderDialog *openScanDialog();
    NearDuplicatesDialog *openNearDuplicatesDialog();
    IdentitiesDialog *openIdentitiesDialog();
    // Opt-out declarations; with works given, offers to declare those to the chosen registry.
    DeclarationsDialog *openDeclarationsDialog();
    // The reservation policy, the site kit, copies with XMP, and the checker.
    ReservationsDialog *openReservationsDialog();
    OffersDialog *openOffersDialog();
    // Vendors' opt-out forms and Spawning, for the selected works.
    OptOutFormsDialog *openOptOutFormsDialog();
    // Vendor opt-outs whose date to check again has come (shown in the status bar).
    int dueReminders() const { return m_dueReminders; }
    // Offers whose answer is due within a week, or overdue.
    int offersDue() const { return m_offersDue; }
    // Computes the fingerprints and ISCC that files catalogued by an older Rakkan lack.
    void computeMissingIdentification();
    bool isIdentityPromptVisible() const;
    void removeSelectedWorks();

Q_SIGNALS:
    void catalogLoaded(const QString &path, int workCount);
    void catalogFailed(const QString &path, const QString &message);
    void importFinished(const rakkan::cataloguing::ImportReport &report);
    void workSaved(qint64 workId);
    void identitiesLoaded(int count);
    void missingIdentificationComputed(int updated, int failed);
    void remindersChecked(int due);
    void worksRemovedOrRestored();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createCentralArea();
    void createStatusBar();
    void loadWorks();
    void refreshCompletions();
    void updateEmptyState();
    void updateCount();
    void applySearch();
    void showView(bool grid);
    void selectionChanged();
    void loadDetail(qint64 workId);
    void saveWork(qint64 workId, const catalog::WorkEdit &edit);
    void importFinishedInternal(const cataloguing::ImportReport &report);
    void newCatalog();
    void chooseCatalog();
    void setLanguage(const QString &code);
    QList<qint64> selectedWorkIds() const;
    // The catalogue changed: the matcher is rebuilt on the next check.
    void invalidateMatcher();
    void loadIdentities();
    void checkReminders();
    QWidget *createIdentityPrompt();

    std::unique_ptr<Dialogs> m_dialogs;
    CatalogSession *m_session;
    ThumbnailLoader *m_thumbnails;
    WorkListModel *m_model;
    WorkFilterModel *m_filter;
    QUndoStack *m_undo;
    std::unique_ptr<ImportJob> m_import;
    std::unique_ptr<ReidentifyJob> m_reidentify;
    identity::IdentityManager::VaultFactory m_vaults = identity::IdentityManager::systemVaults();
    std::shared_ptr<std::unique_ptr<matching::CatalogMatcher>> m_matcherCache =
        std::make_shared<std::unique_ptr<matching::CatalogMatcher>>();

    QStackedWidget *m_views = nullptr;
    QListView *m_grid = nullptr;
    QTableView *m_table = nullptr;
    WorkDetailPanel *m_detail = nullptr;
    QWidget *m_identityPrompt = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_searchField = nullptr;
    QTimer *m_searchDelay = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_reminders = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_dueReminders = 0;
    int m_offersDue = 0;

    QAction *m_importFiles = nullptr;
    QAction *m_importFolder = nullptr;
    QAction *m_importChapters = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_listAction = nullptr;
    bool m_loaded = false;
};

} // namespace rakkan::ui
