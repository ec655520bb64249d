#pragma once

#include "catalog/WorkTypes.h"
#include "identity/Identity.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QListView;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace rakkan::ui {

class CatalogSession;
class Dialogs;
class ThumbnailLoader;
class WorkDetailPanel;
class WorkFilterModel;
class WorkListModel;

// The works of the open catalogue: thumbnails or a list, search, and the detail panel that edits the selected one.
// It never drops an edit: leaving a work with unsaved changes (another selection, another catalogue, closing)
// asks first, and a refresh from a job updates the files shown but leaves the form alone.
class WorksBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorksBrowser)

public:
    WorksBrowser(CatalogSession *session, Dialogs *dialogs, QWidget *parent = nullptr);

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // A prompt shown above the works (the identity prompt), owned by this widget from now on.
    void setBanner(QWidget *banner);

    // The catalogue is about to change: forget its works (ask about unsaved edits first, with settleEdits()).
    void clear();
    // The session opened a catalogue: load its works and the names for completion.
    void load(const QString &catalogPath);
    bool isLoaded() const { return m_loaded; }

    // Asks about unsaved edits of the work shown, and saves them when the user says so. False when the user chose
    // to stay (or the form cannot be saved as it is): the caller must not go on.
    bool settleEdits();

    void selectWork(qint64 workId);
    QList<qint64> selectedWorkIds() const;
    // Works an import added or grew.
    void upsertWorks(const QList<catalog::WorkSummary> &works);
    // The files of the shown work changed (fingerprints, ISCC computed): show them, keeping the form as it is.
    void refreshShownFiles();
    void refreshCompletions();
    void setIdentities(const QList<identity::Identity> &identities);
    void removeSelectedWorks();
    void focusSearch();

    // "12 works", "3 of 12 works shown", or why there are none.
    QString countText() const;

    WorkListModel *model() const { return m_model; }
    WorkFilterModel *filterModel() const { return m_filter; }
    QListView *gridView() const { return m_grid; }
    QTableView *listView() const { return m_table; }
    WorkDetailPanel *detailPanel() const { return m_detail; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *removeAction() const { return m_remove; }
    QAction *gridAction() const { return m_gridAction; }
    QAction *listAction() const { return m_listAction; }
    // The search field and what it searches in, for the tool bar.
    QWidget *searchBox() const { return m_searchBox; }

Q_SIGNALS:
    void loaded(int workCount);
    void countChanged(const QString &text);
    void workSaved(qint64 workId);
    // Works were removed or came back: what is matched against changed.
    void worksRemovedOrRestored();
    void statusMessage(const QString &text, int timeoutMs);

private:
    void createViews();
    void createSearch();
    void updateEmptyState();
    void applySearch();
    void showView(bool grid);
    void selectionChanged();
    void loadDetail(qint64 workId, bool keepEdits);
    void saveWork(qint64 workId, const catalog::WorkEdit &edit);
    void reselectShownWork();

    CatalogSession *m_session;
    Dialogs *m_dialogs;
    ThumbnailLoader *m_thumbnails;
    WorkListModel *m_model;
    WorkFilterModel *m_filter;
    QUndoStack *m_undo;

    QStackedWidget *m_views = nullptr;
    QLabel *m_noMatch = nullptr;
    QListView *m_grid = nullptr;
    QTableView *m_table = nullptr;
    WorkDetailPanel *m_detail = nullptr;
    QWidget *m_searchBox = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_searchField = nullptr;
    QTimer *m_searchDelay = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_listAction = nullptr;
    QWidget *m_banner = nullptr;
    bool m_loaded = false;
    bool m_reselecting = false;
};

} // namespace rakkan::ui
