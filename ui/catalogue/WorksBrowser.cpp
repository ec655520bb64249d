#include "ui/catalogue/WorksBrowser.h"

#include "catalog/Catalog.h"
#include "cataloguing/WorkEditor.h"
#include "ui/catalogue/RemoveWorksCommand.h"
#include "ui/catalogue/ThumbnailLoader.h"
#include "ui/catalogue/WorkDetailPanel.h"
#include "ui/catalogue/WorkFilterModel.h"
#include "ui/catalogue/WorkListModel.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dialogs.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {
constexpr int kEmptyPage = 0;
constexpr int kGridPage = 1;
constexpr int kListPage = 2;
constexpr int kNoMatchPage = 3;
const QSize kIconSize(160, 160);
} // namespace

WorksBrowser::WorksBrowser(CatalogSession *session, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_thumbnails(new ThumbnailLoader(this)),
      m_model(new WorkListModel(m_thumbnails, this)), m_filter(new WorkFilterModel(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("worksBrowser"));
    m_filter->setSourceModel(m_model);
    m_model->setIconSize(kIconSize, devicePixelRatioF()); // and the loader's target size with it

    m_remove = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-delete"), QApplication::style()->standardIcon(QStyle::SP_TrashIcon)),
        tr("Re&move from Catalogue"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setObjectName(QStringLiteral("removeAction"));
    m_remove->setToolTip(tr("Remove the selected works from the catalogue; the image files stay where they are"));
    m_remove->setEnabled(false);
    connect(m_remove, &QAction::triggered, this, &WorksBrowser::removeSelectedWorks);

    auto *views = new QActionGroup(this);
    m_gridAction = new QAction(tr("&Thumbnails"), this);
    m_listAction = new QAction(tr("&List"), this);
    for (auto *a : {m_gridAction, m_listAction}) {
        a->setCheckable(true);
        views->addAction(a);
    }
    m_gridAction->setObjectName(QStringLiteral("gridViewAction"));
    m_listAction->setObjectName(QStringLiteral("listViewAction"));
    connect(m_gridAction, &QAction::triggered, this, [this] { showView(true); });
    connect(m_listAction, &QAction::triggered, this, [this] { showView(false); });

    createSearch();
    createViews();
    showView(QSettings().value(QStringLiteral("window/grid"), true).toBool());
}

void WorksBrowser::createSearch()
{
    m_searchBox = new QWidget(this);
    auto *layout = new QHBoxLayout(m_searchBox);
    layout->setContentsMargins(0, 0, 0, 0);
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
    layout->addWidget(m_searchField);
    layout->addWidget(m_search);

    // Filtering 100k rows on every key press would stutter; wait for a pause in typing.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_searchDelay, &QTimer::timeout, this, &WorksBrowser::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchField, &QComboBox::currentIndexChanged, this, &WorksBrowser::applySearch);
}

void WorksBrowser::createViews()
{
    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_views = new QStackedWidget;

    auto *empty = new QLabel(tr("<p style='font-size:large'>Drop illustrations, manga pages or folders here</p>"
                                "<p>or use <b>Import Images</b> or <b>Import Folder</b>. Rakkan reads PSD, CLIP "
                                "Studio Paint, Krita, OpenRaster, Procreate, MediBang Paint, JPEG, PNG, WebP, HEIC, "
                                "AVIF, JPEG XL, TIFF, GIF and "
                                "BMP files, and never changes them.</p>"));
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
    // Every header readable whole, in any language (Japanese headers are wider than the default width).
    for (int column = WorkListModel::TitleLatinColumn; column < WorkListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::max(m_table->horizontalHeader()->sectionSizeHint(column), 80));
    m_table->setAcceptDrops(false);
    m_table->viewport()->setAcceptDrops(false);
    m_views->addWidget(m_table);

    // A search that finds nothing says so, and how to get the works back.
    auto *noMatchPage = new QWidget;
    auto *noMatchColumn = new QVBoxLayout(noMatchPage);
    m_noMatch = new QLabel;
    m_noMatch->setObjectName(QStringLiteral("noMatchHint"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->setWordWrap(true);
    m_noMatch->setTextFormat(Qt::PlainText);
    auto *clearSearch = new QPushButton(tr("Clear Search"));
    clearSearch->setObjectName(QStringLiteral("clearSearchButton"));
    connect(clearSearch, &QPushButton::clicked, this, [this] {
        m_search->clear();
        applySearch();
    });
    noMatchColumn->addStretch();
    noMatchColumn->addWidget(m_noMatch);
    noMatchColumn->addWidget(clearSearch, 0, Qt::AlignHCenter);
    noMatchColumn->addStretch();
    m_views->addWidget(noMatchPage);

    m_detail = new WorkDetailPanel;
    m_detail->setObjectName(QStringLiteral("detailPanel"));
    m_detail->setMinimumWidth(340);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_views, 1);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorksBrowser::selectionChanged);
    connect(m_detail, &WorkDetailPanel::saveRequested, this, &WorksBrowser::saveWork);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &WorksBrowser::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &WorksBrowser::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &WorksBrowser::updateEmptyState);
}

void WorksBrowser::setBanner(QWidget *banner)
{
    m_banner = banner;
    auto *left = m_views->parentWidget();
    static_cast<QVBoxLayout *>(left->layout())->insertWidget(0, banner);
}

void WorksBrowser::clear()
{
    m_loaded = false;
    m_undo->clear();
    m_detail->clear();
    m_model->clear();
    m_thumbnails->setCatalogPath(QString());
    updateEmptyState();
}

void WorksBrowser::load(const QString &catalogPath)
{
    m_thumbnails->setCatalogPath(catalogPath);
    m_session->submit<Result<QList<catalog::WorkSummary>>>(
        this, [](catalog::Catalog &c) { return c.works().summaries(); },
        [this](const Result<QList<catalog::WorkSummary>> &works) {
            if (!works.ok()) {
                m_dialogs->showError(this, tr("Cannot read the catalogue"), works.error().message);
                return;
            }
            m_model->setWorks(*works);
            m_loaded = true;
            updateEmptyState();
            Q_EMIT loaded(int(works->size()));
        });
    refreshCompletions();
}

void WorksBrowser::refreshCompletions()
{
    struct Names
    {
        QStringList series;
        QStringList tags;
    };
    m_session->submit<Names>(
        this,
        [](catalog::Catalog &c) {
            Names names;
            if (auto s = c.names().series(); s.ok())
                names.series = *s;
            if (auto t = c.names().tags(); t.ok())
                names.tags = *t;
            return names;
        },
        [this](const Names &names) { m_detail->setCompletions(names.series, names.tags); });
}

void WorksBrowser::setIdentities(const QList<identity::Identity> &identities)
{
    m_detail->setIdentities(identities);
}

void WorksBrowser::updateEmptyState()
{
    const bool empty = m_loaded && m_model->rowCount() == 0;
    const bool nothingMatches = m_loaded && !empty && m_filter->isFiltering() && m_filter->rowCount() == 0;
    if (empty) {
        m_views->setCurrentIndex(kEmptyPage);
    } else if (nothingMatches) {
        m_noMatch->setText(tr("No work matches \"%1\" (searched in: %2).")
                               .arg(m_search->text().simplified(), m_searchField->currentText()));
        m_views->setCurrentIndex(kNoMatchPage);
    } else
        m_views->setCurrentIndex(m_gridAction->isChecked() ? kGridPage : kListPage);
    Q_EMIT countChanged(countText());
}

QString WorksBrowser::countText() const
{
    if (!m_loaded)
        return QString();
    const int total = m_model->rowCount();
    if (m_filter->isFiltering())
        return tr("%1 of %n work(s) shown", nullptr, total).arg(m_filter->rowCount());
    return tr("%n work(s)", nullptr, total);
}

void WorksBrowser::applySearch()
{
    m_filter->setSearch(m_search->text(), static_cast<WorkFilterModel::Field>(m_searchField->currentData().toInt()));
    updateEmptyState();
}

void WorksBrowser::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void WorksBrowser::showView(bool grid)
{
    m_gridAction->setChecked(grid);
    m_listAction->setChecked(!grid);
    QSettings().setValue(QStringLiteral("window/grid"), grid);
    updateEmptyState();
}

QList<qint64> WorksBrowser::selectedWorkIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedIndexes())
        if (index.column() == WorkListModel::TitleColumn)
            ids << index.data(WorkListModel::WorkIdRole).toLongLong();
    return ids;
}

bool WorksBrowser::settleEdits()
{
    if (!m_detail->isModified() || m_detail->workId() <= 0)
        return true;
    const QString title = m_detail->shownTitle();
    const auto choice = m_dialogs->askUnsavedChanges(
        this, tr("Unsaved changes"),
        tr("The changes to \"%1\" are not saved yet. Save them before going on?").arg(title));
    if (choice == Dialogs::UnsavedChoice::Cancel)
        return false;
    if (choice == Dialogs::UnsavedChoice::Discard) {
        m_detail->discardChanges();
        return true;
    }
    const auto edit = m_detail->edit();
    if (!edit.ok()) {
        m_detail->showError(edit.error().message);
        return false;
    }
    saveWork(m_detail->workId(), *edit);
    m_detail->discardChanges(); // now on its way to the catalogue, which runs the save before anything asked later
    return true;
}

void WorksBrowser::selectionChanged()
{
    if (m_reselecting)
        return;
    const QList<qint64> ids = selectedWorkIds();
    m_remove->setEnabled(!ids.isEmpty());
    const bool staysOnShown = ids.size() == 1 && ids.first() == m_detail->workId();
    if (!staysOnShown && !settleEdits()) {
        reselectShownWork();
        return;
    }
    if (staysOnShown)
        return;
    if (ids.size() == 1)
        loadDetail(ids.first(), false);
    else
        m_detail->clear();
}

void WorksBrowser::reselectShownWork()
{
    // The user chose to stay with the work whose edits are not saved: the selection goes back to it.
    m_reselecting = true;
    selectWork(m_detail->workId());
    m_reselecting = false;
    m_remove->setEnabled(!selectedWorkIds().isEmpty());
}

void WorksBrowser::selectWork(qint64 workId)
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

void WorksBrowser::upsertWorks(const QList<catalog::WorkSummary> &works)
{
    m_model->upsert(works);
    Q_EMIT countChanged(countText());
}

void WorksBrowser::refreshShownFiles()
{
    if (m_detail->workId() > 0)
        loadDetail(m_detail->workId(), true);
}

void WorksBrowser::loadDetail(qint64 workId, bool keepEdits)
{
    struct Detail
    {
        Result<catalog::Work> work = makeError(ErrorCode::NotFound, QString());
        QByteArray cover = {};
    };
    m_session->submit<Detail>(
        this,
        [workId](catalog::Catalog &c) {
            Detail d;
            d.work = c.works().get(workId);
            if (d.work.ok() && !d.work->assets.isEmpty())
                if (auto thumb = c.assets().thumbnail(d.work->assets.first().id); thumb.ok())
                    d.cover = *thumb;
            return d;
        },
        [this, workId, keepEdits](const Detail &d) {
            // The selection may have moved on while this was loading.
            const QList<qint64> ids = selectedWorkIds();
            if (ids.size() != 1 || ids.first() != workId)
                return;
            if (!d.work.ok()) {
                if (!m_detail->isModified())
                    m_detail->clear();
                return;
            }
            if (keepEdits && m_detail->workId() == workId) {
                m_detail->showFiles(*d.work);
                return;
            }
            m_detail->setWork(*d.work);
            m_detail->setCover(QImage::fromData(d.cover, "JPEG"));
        });
}

void WorksBrowser::saveWork(qint64 workId, const catalog::WorkEdit &edit)
{
    struct Saved
    {
        std::optional<Error> error = {};
        catalog::Work work = {};
        QList<catalog::WorkSummary> summary = {};
    };
    m_session->submit<Saved>(
        this,
        [workId, edit](catalog::Catalog &c) {
            Saved s;
            if (auto done = cataloguing::WorkEditor(c).update(workId, edit); !done.ok()) {
                s.error = done.error();
                return s;
            }
            if (auto w = c.works().get(workId); w.ok())
                s.work = *w;
            if (auto summary = c.works().summaries({workId}); summary.ok())
                s.summary = *summary;
            return s;
        },
        [this, workId](const Saved &s) {
            if (s.error) {
                if (m_detail->workId() == workId)
                    m_detail->showError(s.error->message);
                else
                    m_dialogs->showError(this, tr("Cannot save the work"), s.error->message);
                return;
            }
            m_model->upsert(s.summary);
            if (m_detail->workId() == workId && !m_detail->isModified())
                m_detail->setWork(s.work);
            const int row = m_model->rowOfWork(workId);
            if (m_filter->isFiltering() && row >= 0 && !m_filter->mapFromSource(m_model->index(row, 0)).isValid())
                Q_EMIT statusMessage(tr("Saved \"%1\". It no longer matches the search, so the list hides it; "
                                        "clear the search to see it.")
                                         .arg(s.work.title),
                                     10000);
            else
                Q_EMIT statusMessage(tr("Saved \"%1\".").arg(s.work.title), 4000);
            refreshCompletions();
            Q_EMIT workSaved(workId);
        });
}

void WorksBrowser::removeSelectedWorks()
{
    const QList<qint64> ids = selectedWorkIds();
    if (ids.isEmpty())
        return;
    const int row = m_model->rowOfWork(ids.first());
    const QString title = row >= 0 ? m_model->summaryAt(row).title : QString();
    m_undo->push(new RemoveWorksCommand(
        m_session, this, ids, title, [this](bool removed, const QList<qint64> &affected, const QString &error) {
            if (!error.isEmpty())
                m_dialogs->showError(this, tr("Cannot change the catalogue"), error);
            if (removed) {
                m_model->removeWorks(affected);
                Q_EMIT statusMessage(
                    tr("Removed %n work(s) from the catalogue. The files were not touched; Undo brings them back.",
                       nullptr, int(affected.size())),
                    6000);
            } else {
                m_session->submit<Result<QList<catalog::WorkSummary>>>(
                    this, [affected](catalog::Catalog &c) { return c.works().summaries(affected); },
                    [this](const Result<QList<catalog::WorkSummary>> &works) {
                        if (works.ok())
                            upsertWorks(*works);
                    });
            }
            Q_EMIT countChanged(countText());
            Q_EMIT worksRemovedOrRestored();
        }));
}

} // namespace rakkan::ui
