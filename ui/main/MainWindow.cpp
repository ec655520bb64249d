#include "ui/main/MainWindow.h"

#include "catalog/Catalog.h"
#include "cataloguing/ImportSummary.h"
#include "ui/catalogue/RemoveWorksCommand.h"
#include "ui/matching/CheckImageDialog.h"
#include "ui/optout/DeclarationsDialog.h"
#include "ui/common/Dialogs.h"
#include "ui/identity/IdentitiesDialog.h"
#include "ui/catalogue/ImportSummaryDialog.h"
#include "ui/matching/NearDuplicatesDialog.h"
#include "ui/licensing/OffersDialog.h"
#include "ui/optout/OptOutFormsDialog.h"
#include "ui/reservations/ReservationsDialog.h"
#include "ui/matching/ScanFolderDialog.h"
#include "ui/catalogue/ImportJob.h"
#include "ui/catalogue/ReidentifyJob.h"
#include "licensing/OfferStore.h"
#include "ui/licensing/OfferListModel.h"
#include "ui/catalogue/WorkFilterModel.h"
#include "ui/catalogue/WorkListModel.h"
#include "ui/common/CatalogSession.h"
#include "ui/catalogue/ThumbnailLoader.h"
#include "ui/optout/VendorFormsPage.h"
#include "ui/catalogue/WorkDetailPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {
constexpr int kEmptyPage = 0;
constexpr int kGridPage = 1;
constexpr int kListPage = 2;
const QSize kIconSize(160, 160);

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_dialogs(std::make_unique<Dialogs>()), m_session(new CatalogSession(this)),
      m_thumbnails(new ThumbnailLoader(this)), m_model(new WorkListModel(m_thumbnails, this)),
      m_filter(new WorkFilterModel(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_filter->setSourceModel(m_model);
    m_thumbnails->setTargetSize(kIconSize * devicePixelRatioF());
    m_model->setIconSize(kIconSize * devicePixelRatioF());

    createActions();
    createCentralArea();
    createStatusBar();

    connect(m_session, &CatalogSession::opened, this, [this](const QString &path) {
        invalidateMatcher();
        m_thumbnails->setCatalogPath(path);
        QSettings().setValue(QStringLiteral("catalog/lastPath"), path);
        loadWorks();
        refreshCompletions();
        loadIdentities();
        checkReminders();
    });
    connect(m_session, &CatalogSession::openFailed, this, [this](const QString &path, const Error &error) {
        m_loaded = false;
        m_count->setText(tr("No catalogue open"));
        updateEmptyState();
        Q_EMIT catalogFailed(path, error.message);
        m_dialogs->showError(this, tr("Cannot open the catalogue"),
                             tr("%1\n\nCatalogue: %2").arg(error.message, QDir::toNativeSeparators(path)));
    });

    connect(m_session, &CatalogSession::unavailable, this,
            [this](const Error &error) { statusBar()->showMessage(error.message, 6000); });

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    showView(settings.value(QStringLiteral("window/grid"), true).toBool());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1200, 780);
}

MainWindow::~MainWindow()
{
    if (m_reidentify) {
        m_reidentify->cancel();
        m_reidentify->wait();
    }
    if (m_import) {
        m_import->cancel();
        m_import->wait();
    }
}

void MainWindow::setDialogs(std::unique_ptr<Dialogs> dialogs)
{
    m_dialogs = std::move(dialogs);
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *newCatalogAction = fileMenu->addAction(tr("&New Catalogue..."), this, &MainWindow::newCatalog);
    newCatalogAction->setObjectName(QStringLiteral("newCatalogAction"));
    auto *openAction = fileMenu->addAction(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                                           tr("&Open Catalogue..."), this, &MainWindow::chooseCatalog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("openCatalogAction"));
    fileMenu->addSeparator();
    m_importFiles =
        fileMenu->addAction(themeIcon("document-import", QStyle::SP_FileIcon), tr("&Import Images..."), this, [this] {
            const QStringList files = m_dialogs->chooseImageFiles(this);
            if (!files.isEmpty())
                importPaths(files);
        });
    m_importFiles->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importFiles->setObjectName(QStringLiteral("importFilesAction"));
    m_importFiles->setToolTip(tr("Add image files to the catalogue (the files are only read)"));
    m_importFolder =
        fileMenu->addAction(themeIcon("folder-open", QStyle::SP_DirOpenIcon), tr("Import &Folder..."), this, [this] {
            const QString dir = m_dialogs->chooseFolder(this);
            if (!dir.isEmpty())
                importPaths({dir});
        });
    m_importFolder->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolder->setToolTip(tr("Add every image in a folder and its subfolders, one work per file"));
    m_importChapters = fileMenu->addAction(tr("Import Folder as &Chapter..."), this, [this] {
        const QString dir = m_dialogs->chooseFolder(this);
        if (!dir.isEmpty())
            importPaths({dir}, cataloguing::ImportOptions::Grouping::FolderPerWork);
    });
    m_importChapters->setObjectName(QStringLiteral("importChaptersAction"));
    m_importChapters->setToolTip(tr("Each folder becomes one work whose images are its pages, in name order"));
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    // Own actions rather than QUndoStack::createUndoAction, whose "prefix + text" fixes the English word order.
    auto *undo = new QAction(tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    auto *redo = new QAction(tr("&Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    m_remove = editMenu->addAction(themeIcon("edit-delete", QStyle::SP_TrashIcon), tr("Re&move from Catalogue"), this,
                                   &MainWindow::removeSelectedWorks);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setToolTip(tr("Remove the selected works from the catalogue; the image files stay where they are"));
    m_remove->setEnabled(false);
    auto *find = editMenu->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    auto *check = toolsMenu->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView),
                                       tr("&Check an Image..."), this, [this] { openCheckDialog(); });
    check->setShortcut(QKeySequence(tr("Ctrl+K")));
    check->setObjectName(QStringLiteral("checkImageAction"));
    check->setToolTip(tr("Find out which of your works a suspect image comes from"));
    auto *scanFolder = toolsMenu->addAction(tr("&Scan a Folder for Copies..."), this, [this] { openScanDialog(); });
    scanFolder->setObjectName(QStringLiteral("scanFolderAction"));
    auto *duplicates = toolsMenu->addAction(tr("&Near Duplicates..."), this, [this] { openNearDuplicatesDialog(); });
    duplicates->setObjectName(QStringLiteral("nearDuplicatesAction"));
    toolsMenu->addSeparator();
    auto *identities = toolsMenu->addAction(tr("Signing &Identities..."), this, [this] { openIdentitiesDialog(); });
    identities->setObjectName(QStringLiteral("identitiesAction"));
    auto *recompute = toolsMenu->addAction(tr("Co&mpute Missing Fingerprints and ISCC"), this,
                                           [this] { computeMissingIdentification(); });
    recompute->setObjectName(QStringLiteral("computeMissingAction"));
    toolsMenu->addSeparator();
    auto *declarations =
        toolsMenu->addAction(tr("Opt-out &Declarations..."), this, [this] { openDeclarationsDialog(); });
    declarations->setObjectName(QStringLiteral("declarationsAction"));
    auto *declareWorksAction = toolsMenu->addAction(tr("Declare &Works..."), this, [this] {
        auto *dialog = openDeclarationsDialog();
        connect(
            dialog, &DeclarationsDialog::refreshed, dialog, [dialog] { dialog->chooseWorks(); },
            Qt::SingleShotConnection);
    });
    declareWorksAction->setObjectName(QStringLiteral("declareWorksAction"));
    auto *forms = toolsMenu->addAction(tr("Opt-out &Forms and Spawning..."), this, [this] { openOptOutFormsDialog(); });
    forms->setObjectName(QStringLiteral("optOutFormsAction"));
    toolsMenu->addSeparator();
    auto *reservationsAction =
        toolsMenu->addAction(tr("&Reservations and Site Kit..."), this, [this] { openReservationsDialog(); });
    reservationsAction->setObjectName(QStringLiteral("reservationsAction"));
    toolsMenu->addSeparator();
    auto *offersAction = toolsMenu->addAction(tr("Licensing &Offers..."), this, [this] { openOffersDialog(); });
    offersAction->setObjectName(QStringLiteral("offersAction"));

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *views = new QActionGroup(this);
    m_gridAction = viewMenu->addAction(tr("&Thumbnails"), this, [this] { showView(true); });
    m_listAction = viewMenu->addAction(tr("&List"), this, [this] { showView(false); });
    for (auto *a : {m_gridAction, m_listAction}) {
        a->setCheckable(true);
        views->addAction(a);
    }
    m_gridAction->setObjectName(QStringLiteral("gridViewAction"));
    m_listAction->setObjectName(QStringLiteral("listViewAction"));

    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> choices = {{QString(), tr("System language")},
                                                    {QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto &[code, label] : choices) {
        auto *action = languageMenu->addAction(label, this, [this, code = code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Rakkan"), this, [this] {
        QMessageBox::about(this, tr("About Rakkan"),
                           tr("<h3>Rakkan %1</h3><p>Catalogue your works, fingerprint them on your own computer and "
                              "tell AI companies how they may use them.</p><p>Your pictures never leave this "
                              "computer.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_importFiles);
    toolbar->addAction(m_importFolder);
    toolbar->addSeparator();
    toolbar->addAction(m_remove);
    toolbar->addSeparator();
    toolbar->addAction(check);
    toolbar->addSeparator();

    auto *searchBox = new QWidget;
    auto *searchLayout = new QHBoxLayout(searchBox);
    searchLayout->setContentsMargins(0, 0, 0, 0);
    m_searchField = new QComboBox;
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setAccessibleName(tr("Search in"));
    m_searchField->addItem(tr("Everything"), int(WorkFilterModel::Field::Any));
    m_searchField->addItem(tr("Title"), int(WorkFilterModel::Field::Title));
    m_searchField->addItem(tr("Series"), int(WorkFilterModel::Field::Series));
    m_searchField->addItem(tr("Tag"), int(WorkFilterModel::Field::Tag));
    m_searchField->addItem(tr("Rights holder"), int(WorkFilterModel::Field::Holder));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search works"));
    m_search->setPlaceholderText(tr("Search titles, series, tags, holders..."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    searchLayout->addWidget(m_searchField);
    searchLayout->addWidget(m_search);
    toolbar->addWidget(searchBox);
    toolbar->addSeparator();
    toolbar->addAction(m_gridAction);
    toolbar->addAction(m_listAction);

    // Filtering 100k rows on every key press would stutter; wait for a pause in typing.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchField, &QComboBox::currentIndexChanged, this, &MainWindow::applySearch);
}

void MainWindow::createCentralArea()
{
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_views = new QStackedWidget;

    auto *empty = new QLabel(tr("<p style='font-size:large'>Drop illustrations, manga pages or folders here</p>"
                                "<p>or use <b>Import Images</b> or <b>Import Folder</b>. Rakkan reads PSD, CLIP "
                                "Studio Paint, Krita, OpenRaster, JPEG, PNG, WebP, TIFF, GIF and BMP files, and never "
                                "changes them.</p>"));
    empty->setObjectName(QStringLiteral("emptyHint"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(40);
    m_views->addWidget(empty);

    m_grid = new QListView;
    m_grid->setObjectName(QStringLiteral("workGrid"));
    m_grid->setAccessibleName(tr("Works as thumbnails"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(2000);
    m_grid->setIconSize(kIconSize);
    m_grid->setGridSize(QSize(kIconSize.width() + 32, kIconSize.height() + 44));
    m_grid->setWordWrap(true);
    m_grid->setTextElideMode(Qt::ElideRight);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_grid->setAcceptDrops(false);
    m_grid->viewport()->setAcceptDrops(false);
    m_grid->setModel(m_filter);
    m_views->addWidget(m_grid);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("workList"));
    m_table->setAccessibleName(tr("Works as a list"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionModel(m_grid->selectionModel());
    m_table->setIconSize(QSize(32, 32));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WorkListModel::TitleColumn, 260);
    m_table->setAcceptDrops(false);
    m_table->viewport()->setAcceptDrops(false);
    m_views->addWidget(m_table);

    m_detail = new WorkDetailPanel;
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_detail->setMinimumWidth(340);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_identityPrompt = createIdentityPrompt();
    leftLayout->addWidget(m_identityPrompt);
    leftLayout->addWidget(m_views, 1);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    setCentralWidget(splitter);

    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectionChanged);
    connect(m_detail, &WorkDetailPanel::saveRequested, this, &MainWindow::saveWork);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
}

void MainWindow::createStatusBar()
{
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("workCount"));
    statusBar()->addWidget(m_count, 1);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setMaximumWidth(260);
    m_progress->setFormat(tr("Importing %v of %m"));
    m_progress->hide();
    m_cancel = new QToolButton;
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelImport);
    // Vendor forms send no receipt: when the date to check one again comes, it says so here until it is done.
    m_reminders = new QLabel;
    m_reminders->setObjectName(QStringLiteral("reminderLabel"));
    m_reminders->setTextFormat(Qt::RichText);
    m_reminders->hide();
    connect(m_reminders, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("#offers"))
            openOffersDialog();
        else
            openOptOutFormsDialog();
    });
    statusBar()->addPermanentWidget(m_reminders);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
}

QString MainWindow::catalogPath() const
{
    return m_session->path();
}

void MainWindow::openCatalog(const QString &path)
{
    if (m_import && m_import->isRunning()) {
        m_dialogs->showError(this, tr("Import in progress"),
                             tr("Wait for the import to finish, or cancel it, before switching catalogues."));
        return;
    }
    m_loaded = false;
    m_undo->clear();
    m_detail->clear();
    m_model->clear();
    m_thumbnails->setCatalogPath(QString());
    setWindowTitle(tr("%1 – Rakkan").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(path);
    m_count->setText(tr("Opening %1...").arg(QDir::toNativeSeparators(path)));
    m_session->open(path);
}

void MainWindow::loadWorks()
{
    m_session->submit<Result<QList<catalog::WorkSummary>>>(
        [](catalog::Catalog &c) { return c.workSummaries(); },
        [this](const Result<QList<catalog::WorkSummary>> &works) {
            if (!works.ok()) {
                m_dialogs->showError(this, tr("Cannot read the catalogue"), works.error().message);
                return;
            }
            m_model->setWorks(*works);
            m_loaded = true;
            updateCount();
            updateEmptyState();
            Q_EMIT catalogLoaded(catalogPath(), int(works->size()));
        });
}

void MainWindow::refreshCompletions()
{
    struct Names
    {
        QStringList series;
        QStringList tags;
    };
    m_session->submit<Names>(
        [](catalog::Catalog &c) {
            Names names;
            if (auto s = c.seriesTitles(); s.ok())
                names.series = *s;
            if (auto t = c.tagNames(); t.ok())
                names.tags = *t;
            return names;
        },
        [this](const Names &names) { m_detail->setCompletions(names.series, names.tags); });
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_loaded && m_model->rowCount() == 0;
    if (empty)
        m_views->setCurrentIndex(kEmptyPage);
    else
        m_views->setCurrentIndex(m_gridAction->isChecked() ? kGridPage : kListPage);
    updateCount();
}

void MainWindow::updateCount()
{
    if (!m_loaded)
        return;
    const int total = m_model->rowCount();
    if (m_filter->isFiltering())
        m_count->setText(tr("%1 of %n work(s) shown", nullptr, total).arg(m_filter->rowCount()));
    else
        m_count->setText(tr("%n work(s)", nullptr, total));
}

void MainWindow::applySearch()
{
    m_filter->setSearch(m_search->text(), static_cast<WorkFilterModel::Field>(m_searchField->currentData().toInt()));
    updateCount();
}

void MainWindow::showView(bool grid)
{
    m_gridAction->setChecked(grid);
    m_listAction->setChecked(!grid);
    QSettings().setValue(QStringLiteral("window/grid"), grid);
    updateEmptyState();
}

QList<qint64> MainWindow::selectedWorkIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        if (index.column() == WorkListModel::TitleColumn)
            ids << index.data(WorkListModel::WorkIdRole).toLongLong();
    return ids;
}

void MainWindow::selectionChanged()
{
    const QList<qint64> ids = selectedWorkIds();
    m_remove->setEnabled(!ids.isEmpty());
    if (ids.size() == 1)
        loadDetail(ids.first());
    else
        m_detail->clear();
}

void MainWindow::selectWork(qint64 workId)
{
    const int row = m_model->rowOfWork(workId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_grid->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_grid->scrollTo(index);
    m_table->scrollTo(index);
}

void MainWindow::loadDetail(qint64 workId)
{
    struct Detail
    {
        Result<catalog::Work> work = makeError(ErrorCode::NotFound, QString());
        QByteArray cover = {};
    };
    m_session->submit<Detail>(
        [workId](catalog::Catalog &c) {
            Detail d;
            d.work = c.work(workId);
            if (d.work.ok() && !d.work->assets.isEmpty())
                if (auto thumb = c.thumbnail(d.work->assets.first().id); thumb.ok())
                    d.cover = *thumb;
            return d;
        },
        [this, workId](const Detail &d) {
            // The selection may have moved on while this was loading.
            const QList<qint64> ids = selectedWorkIds();
            if (ids.size() != 1 || ids.first() != workId)
                return;
            if (!d.work.ok()) {
                m_detail->clear();
                return;
            }
            m_detail->setWork(*d.work);
            m_detail->setCover(QImage::fromData(d.cover, "JPEG"));
        });
}

void MainWindow::saveWork(qint64 workId, const catalog::WorkEdit &edit)
{
    struct Saved
    {
        std::optional<Error> error = {};
        catalog::Work work = {};
        QList<catalog::WorkSummary> summary = {};
    };
    m_session->submit<Saved>(
        [workId, edit](catalog::Catalog &c) {
            Saved s;
            if (auto done = c.updateWork(workId, edit); !done.ok()) {
                s.error = done.error();
                return s;
            }
            if (auto w = c.work(workId); w.ok())
                s.work = *w;
            if (auto summary = c.workSummaries({workId}); summary.ok())
                s.summary = *summary;
            return s;
        },
        [this, workId](const Saved &s) {
            if (s.error) {
                m_detail->showError(s.error->message);
                return;
            }
            m_model->upsert(s.summary);
            if (m_detail->workId() == workId)
                m_detail->setWork(s.work);
            statusBar()->showMessage(tr("Saved \"%1\".").arg(s.work.title), 4000);
            refreshCompletions();
            Q_EMIT workSaved(workId);
        });
}

void MainWindow::removeSelectedWorks()
{
    const QList<qint64> ids = selectedWorkIds();
    if (ids.isEmpty())
        return;
    const int row = m_model->rowOfWork(ids.first());
    const QString title = row >= 0 ? m_model->summaryAt(row).title : QString();
    m_undo->push(new RemoveWorksCommand(
        m_session, ids, title, [this](bool removed, const QList<qint64> &affected, const QString &error) {
            if (!error.isEmpty())
                m_dialogs->showError(this, tr("Cannot change the catalogue"), error);
            if (removed) {
                m_model->removeWorks(affected);
                statusBar()->showMessage(
                    tr("Removed %n work(s) from the catalogue. The files were not touched; Undo brings them back.",
                       nullptr, int(affected.size())),
                    6000);
            } else {
                m_session->submit<Result<QList<catalog::WorkSummary>>>(
                    [affected](catalog::Catalog &c) { return c.workSummaries(affected); },
                    [this](const Result<QList<catalog::WorkSummary>> &works) {
                        if (works.ok())
                            m_model->upsert(*works);
                        updateCount();
                    });
            }
            updateCount();
            invalidateMatcher();
            Q_EMIT worksRemovedOrRestored();
        }));
}

bool MainWindow::isImporting() const
{
    return m_import && m_import->isRunning();
}

void MainWindow::cancelImport()
{
    // The status bar's cancel button stops whichever long job runs.
    if (m_reidentify && m_reidentify->isRunning())
        m_reidentify->cancel();
    if (m_import) {
        m_import->cancel();
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Cancelling..."));
    }
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
    m_import = std::make_unique<ImportJob>(catalogPath(), paths, options);
    connect(m_import.get(), &ImportJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
    });
    connect(m_import.get(), &ImportJob::worksChanged, m_model, &WorkListModel::upsert);
    connect(m_import.get(), &ImportJob::worksChanged, this, &MainWindow::updateCount);
    connect(m_import.get(), &ImportJob::finished, this, &MainWindow::importFinishedInternal);
    m_progress->setFormat(tr("Importing %v of %m"));
    m_progress->setRange(0, 0); // busy until the scan has counted the files
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    for (auto *action : {m_importFiles, m_importFolder, m_importChapters})
        action->setEnabled(false);
    statusBar()->showMessage(tr("Looking for images..."));
    m_import->start();
}

void MainWindow::importFinishedInternal(const cataloguing::ImportReport &report)
{
    m_progress->hide();
    m_cancel->hide();
    for (auto *action : {m_importFiles, m_importFolder, m_importChapters})
        action->setEnabled(true);
    statusBar()->showMessage(cataloguing::ImportSummary::line(report), 10000);
    QApplication::alert(this);
    refreshCompletions();
    updateCount();
    invalidateMatcher();

    using Outcome = cataloguing::ImportItem::Outcome;
    if (report.count(Outcome::Failed) > 0 || report.count(Outcome::AlreadyCatalogued) > 0) {
        auto *dialog = new ImportSummaryDialog(report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportSummaryDialog::showWorkRequested, this, &MainWindow::selectWork);
        dialog->show();
    }
    // Let the worker's last queued signals drain before the job goes; deleteLater runs after them.
    m_import.release()->deleteLater();
    Q_EMIT importFinished(report);
}

CheckImageDialog *MainWindow::openCheckDialog()
{
    auto *dialog = findChild<CheckImageDialog *>();
    if (!dialog) {
        dialog = new CheckImageDialog(m_session, m_matcherCache, this);
        connect(dialog, &CheckImageDialog::showWorkRequested, this, &MainWindow::selectWork);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

ScanFolderDialog *MainWindow::openScanDialog()
{
    auto *dialog = findChild<ScanFolderDialog *>();
    if (!dialog) {
        dialog = new ScanFolderDialog(catalogPath(), this);
        connect(dialog, &ScanFolderDialog::showWorkRequested, this, &MainWindow::selectWork);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

NearDuplicatesDialog *MainWindow::openNearDuplicatesDialog()
{
    auto *dialog = findChild<NearDuplicatesDialog *>();
    if (!dialog) {
        dialog = new NearDuplicatesDialog(m_session, m_matcherCache, this);
        connect(dialog, &NearDuplicatesDialog::showWorkRequested, this, &MainWindow::selectWork);
    }
    dialog->show();
    dialog->raise();
    dialog->refresh();
    return dialog;
}

void MainWindow::invalidateMatcher()
{
    auto cache = m_matcherCache;
    m_session->submit<bool>(
        [cache](catalog::Catalog &) {
            cache->reset();
            return true;
        },
        {});
}

QWidget *MainWindow::createIdentityPrompt()
{
    auto *bar = new QFrame;
    bar->setObjectName(QStringLiteral("identityPrompt"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(bar);
    auto *text = new QLabel(tr("<b>Create your signing identity.</b> It signs your opt-out declarations so that "
                               "registries can tell they come from you. The key is made and kept on this "
                               "computer."));
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("Create Identity..."));
    create->setObjectName(QStringLiteral("createIdentityPromptButton"));
    auto *later = new QPushButton(tr("Not Now"));
    later->setObjectName(QStringLiteral("dismissIdentityPromptButton"));
    layout->addWidget(text, 1);
    layout->addWidget(create);
    layout->addWidget(later);
    connect(create, &QPushButton::clicked, this, [this] { openIdentitiesDialog()->newIdentity(); });
    connect(later, &QPushButton::clicked, this, [this] {
        QSettings().setValue(QStringLiteral("identity/promptDismissed"), true);
        m_identityPrompt->hide();
    });
    bar->hide();
    return bar;
}

bool MainWindow::isIdentityPromptVisible() const
{
    return m_identityPrompt && !m_identityPrompt->isHidden();
}

void MainWindow::loadIdentities()
{
    auto vaults = m_vaults;
    m_session->submit<Result<QList<identity::Identity>>>(
        [vaults](catalog::Catalog &catalog) { return identity::IdentityManager(catalog, vaults).store().list(); },
        [this](const Result<QList<identity::Identity>> &list) {
            if (!list.ok()) {
                statusBar()->showMessage(list.error().message, 6000);
                return;
            }
            m_detail->setIdentities(*list);
            const bool dismissed = QSettings().value(QStringLiteral("identity/promptDismissed"), false).toBool();
            m_identityPrompt->setVisible(list->isEmpty() && !dismissed);
            Q_EMIT identitiesLoaded(int(list->size()));
        });
}

IdentitiesDialog *MainWindow::openIdentitiesDialog()
{
    auto *dialog = findChild<IdentitiesDialog *>();
    if (!dialog) {
        dialog = new IdentitiesDialog(m_session, m_dialogs.get(), m_vaults, this);
        connect(dialog, &IdentitiesDialog::identitiesChanged, this, [this](const QList<identity::Identity> &list) {
            m_detail->setIdentities(list);
            if (!list.isEmpty())
                m_identityPrompt->hide();
        });
    }
    dialog->show();
    dialog->raise();
    dialog->refresh();
    return dialog;
}

ReservationsDialog *MainWindow::openReservationsDialog()
{
    auto *dialog = findChild<ReservationsDialog *>();
    if (!dialog) {
        dialog = new ReservationsDialog(m_session, m_dialogs.get(), this);
        dialog->load();
    }
    dialog->setSelectedWorks(selectedWorkIds());
    dialog->show();
    dialog->raise();
    return dialog;
}

OptOutFormsDialog *MainWindow::openOptOutFormsDialog()
{
    auto *dialog = findChild<OptOutFormsDialog *>();
    if (!dialog) {
        dialog = new OptOutFormsDialog(m_session, m_dialogs.get(), this);
        connect(dialog->vendorForms(), &VendorFormsPage::refreshed, this, &MainWindow::checkReminders);
    }
    dialog->setWorks(selectedWorkIds());
    dialog->show();
    dialog->raise();
    dialog->refresh();
    return dialog;
}

OffersDialog *MainWindow::openOffersDialog()
{
    auto *dialog = findChild<OffersDialog *>();
    if (!dialog) {
        dialog = new OffersDialog(m_session, m_dialogs.get(), this);
        // Answering or recording an offer changes which deadlines are close.
        connect(dialog, &OffersDialog::saved, this, &MainWindow::checkReminders);
    }
    dialog->setSelectedWorks(selectedWorkIds());
    dialog->show();
    dialog->raise();
    dialog->reload();
    return dialog;
}

void MainWindow::checkReminders()
{
    struct Due
    {
        Result<QList<registry::VendorSubmission>> forms;
        Result<QList<licensing::Offer>> offers;
    };
    m_session->submit<Due>(
        [](catalog::Catalog &catalog) {
            return Due{registry::VendorForms::list(catalog), licensing::OfferStore(catalog).list()};
        },
        [this](const Due &rows) {
            // Each window shows its own error when opened; a reminder that cannot be read is just not shown.
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            const int due =
                !rows.forms.ok()
                    ? 0
                    : int(std::count_if(rows.forms->begin(), rows.forms->end(),
                                        [&now](const registry::VendorSubmission &r) { return r.isDue(now); }));
            const QDate today = QDate::currentDate();
            const int offers =
                !rows.offers.ok()
                    ? 0
                    : int(std::count_if(rows.offers->begin(), rows.offers->end(), [&today](const auto &o) {
                          return o.answerDueWithin(today, OfferListModel::kUrgentDays);
                      }));
            const bool news = due > m_dueReminders || offers > m_offersDue;
            m_dueReminders = due;
            m_offersDue = offers;
            QStringList links, messages, tips;
            if (due > 0) {
                messages << tr("%n vendor opt-out(s) to check again", nullptr, due);
                links << QStringLiteral("<a href=\"#forms\">%1</a>").arg(messages.last().toHtmlEscaped());
                tips << tr("Vendors' forms send no receipt. Check that the opt-out still stands, then mark it "
                           "confirmed or submitted again.");
            }
            if (offers > 0) {
                messages << tr("%n licensing offer(s) to answer within a week", nullptr, offers);
                links << QStringLiteral("<a href=\"#offers\">%1</a>").arg(messages.last().toHtmlEscaped());
                tips << tr("Offers whose answer is due within seven days, or already overdue.");
            }
            m_reminders->setVisible(!links.isEmpty());
            m_reminders->setText(links.join(QStringLiteral(" · ")));
            m_reminders->setToolTip(tips.join(QLatin1Char('\n')));
            // Once a session, on the desktop as well, where the desktop has a notification area.
            if (news && QSystemTrayIcon::isSystemTrayAvailable()) {
                if (!m_tray) {
                    m_tray = new QSystemTrayIcon(windowIcon(), this);
                    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                        if (m_offersDue > 0)
                            openOffersDialog();
                        else
                            openOptOutFormsDialog();
                    });
                }
                m_tray->show();
                m_tray->showMessage(tr("Rakkan"), messages.join(QLatin1Char('\n')));
            }
            Q_EMIT remindersChecked(due);
        });
}

DeclarationsDialog *MainWindow::openDeclarationsDialog()
{
    auto *dialog = findChild<DeclarationsDialog *>();
    if (!dialog)
        dialog = new DeclarationsDialog(m_session, m_dialogs.get(), m_vaults, this);
    dialog->setSelectedWorks(selectedWorkIds());
    dialog->show();
    dialog->raise();
    dialog->refresh();
    return dialog;
}

void MainWindow::computeMissingIdentification()
{
    if (m_reidentify && m_reidentify->isRunning())
        return;
    m_reidentify = std::make_unique<ReidentifyJob>(catalogPath());
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    statusBar()->showMessage(tr("Reading catalogued files again for their fingerprints and ISCC..."));
    connect(m_reidentify.get(), &ReidentifyJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_reidentify.get(), &ReidentifyJob::finished, this,
            [this](const Result<cataloguing::ReidentifyReport> &report) {
                m_progress->hide();
                m_cancel->hide();
                if (!report.ok()) {
                    m_dialogs->showError(this, tr("Compute missing fingerprints and ISCC"), report.error().message);
                    return;
                }
                invalidateMatcher();
                QString message = tr("%n file(s) updated.", nullptr, report->updated);
                if (!report->failures.isEmpty()) {
                    QStringList lines;
                    for (const auto &f : report->failures.mid(0, 10))
                        lines << tr("%1: %2").arg(QDir::toNativeSeparators(f.file.originalPath), f.error.message);
                    message += QLatin1Char(' ') +
                               tr("%n file(s) could not be read:", nullptr, int(report->failures.size())) +
                               QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
                    m_dialogs->showError(this, tr("Compute missing fingerprints and ISCC"), message);
                } else {
                    statusBar()->showMessage(report->cancelled ? tr("Stopped. %1").arg(message) : message, 8000);
                }
                const QList<qint64> ids = selectedWorkIds();
                if (ids.size() == 1)
                    loadDetail(ids.first());
                Q_EMIT missingIdentificationComputed(report->updated, int(report->failures.size()));
            });
    m_reidentify->start();
}

void MainWindow::newCatalog()
{
    const QString path = m_dialogs->chooseNewCatalog(this);
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::chooseCatalog()
{
    const QString path = m_dialogs->chooseCatalogToOpen(this);
    if (!path.isEmpty())
        openCatalog(path);
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    QMessageBox::information(this, tr("Language"), tr("Rakkan will use the new language when you next start it."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isImporting()) {
        // What is committed stays; the batch in flight is abandoned cleanly and the rest can be imported again.
        m_import->cancel();
        m_import->wait();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
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
