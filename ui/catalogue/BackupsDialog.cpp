#include "ui/catalogue/BackupsDialog.h"

#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

using catalog::CatalogBackup;
using catalog::CatalogBackups;

namespace {
struct Listing
{
    QList<CatalogBackup> backups;
    int keep = CatalogBackups::kDefaultKeep;
};
} // namespace

BackupsDialog::BackupsDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups of the Catalogue"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_intro = new QLabel(tr("Rakkan copies this catalogue into the folder %1 once a day while you use it, before it "
                            "upgrades the catalogue to a newer format, and whenever you ask. A restore keeps the "
                            "catalogue it replaces beside it, under another name.")
                             .arg(QDir::toNativeSeparators(CatalogBackups(m_catalog.path()).folder())));
    m_intro->setWordWrap(true);
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setAccessibleName(tr("Backups, newest first"));

    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, 1000);
    m_keep->setValue(CatalogBackups::kDefaultKeep);
    m_keep->setAccessibleName(tr("Backups to keep"));
    auto *keepLabel = new QLabel(tr("&Keep the newest:"));
    keepLabel->setBuddy(m_keep);
    connect(m_keep, &QSpinBox::editingFinished, this, &BackupsDialog::saveKeep);

    m_backUp = new QPushButton(tr("&Back Up Now"));
    m_backUp->setObjectName(QStringLiteral("backUpNowButton"));
    m_check = new QPushButton(tr("&Check for Damage"));
    m_check->setObjectName(QStringLiteral("checkCatalogueButton"));
    m_check->setToolTip(tr("Read every page, record and index of the catalogue and report any damage"));
    m_restore = new QPushButton(tr("&Restore..."));
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_restore->setEnabled(false);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_check, &QPushButton::clicked, this, &BackupsDialog::checkForDamage);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_list->currentItem() && m_backUp->isEnabled()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::restoreSelected);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backupsStatus"));
    m_status->setWordWrap(true);

    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keep);
    keepRow->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_backUp, QDialogButtonBox::ActionRole);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(keepRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 420);
}

void BackupsDialog::setBusy(bool busy, const QString &status)
{
    for (QWidget *w : {static_cast<QWidget *>(m_backUp), static_cast<QWidget *>(m_check)})
        w->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_list->currentItem());
    m_status->setText(status);
}

void BackupsDialog::refresh()
{
    m_catalog.submit<Result<Listing>>(
        this,
        [](catalog::Catalog &catalog) -> Result<Listing> {
            Listing listing;
            listing.backups = CatalogBackups(catalog.path()).list();
            RAKKAN_TRY(listing.keep, catalog.backupsToKeep());
            return listing;
        },
        [this](Result<Listing> listing) {
            if (!listing.ok()) {
                m_status->setText(listing.error().message);
                return;
            }
            m_backups = listing->backups;
            m_keep->setValue(listing->keep);
            m_list->clear();
            for (const CatalogBackup &backup : std::as_const(m_backups)) {
                auto *item = new QTreeWidgetItem(m_list, {dateTimeText(backup.created.toLocalTime()),
                                                          CatalogBackups::reasonText(backup.reason),
                                                          QLocale().formattedDataSize(backup.bytes)});
                item->setToolTip(0, QDir::toNativeSeparators(backup.path));
            }
            if (m_backups.isEmpty())
                m_status->setText(tr("No backups yet. The first is made the day after the catalogue is created, "
                                     "or now with Back Up Now."));
            m_restore->setEnabled(false);
        });
}

void BackupsDialog::backUpNow()
{
    setBusy(true, tr("Backing up..."));
    m_catalog.submit<Result<CatalogBackup>>(
        this,
        [](catalog::Catalog &catalog) -> Result<CatalogBackup> {
            RAKKAN_TRY(const int keep, catalog.backupsToKeep());
            return CatalogBackups(catalog.path()).create(catalog.database(), CatalogBackup::Reason::Manual, keep);
        },
        [this](Result<CatalogBackup> made) {
            setBusy(false);
            if (!made.ok()) {
                m_dialogs->showError(this, tr("Back Up Now"), made.error().message);
                return;
            }
            refresh();
            m_status->setText(tr("Backed up (%1).").arg(QLocale().formattedDataSize(made->bytes)));
        });
}

void BackupsDialog::checkForDamage()
{
    setBusy(true, tr("Checking every page of the catalogue..."));
    m_catalog.submit<Result<QStringList>>(
        this, [](catalog::Catalog &catalog) { return catalog.database().check(sql::Database::CheckDepth::Full, 20); },
        [this](Result<QStringList> findings) {
            setBusy(false);
            if (findings.ok() && findings->isEmpty()) {
                m_status->setText(tr("The catalogue is sound: every page, record and index was read."));
                return;
            }
            const QString what = findings.ok() ? findings->join(QLatin1Char('\n')) : findings.error().message;
            m_status->setText(tr("The catalogue is damaged."));
            m_dialogs->showError(this, tr("Check for Damage"),
                                 tr("The catalogue is damaged. Restore the newest backup that is sound; the damaged "
                                    "file will be kept beside it.\n\n%1")
                                     .arg(what));
        });
}

void BackupsDialog::restoreSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_backups.size() || !m_backUp->isEnabled())
        return;
    const CatalogBackup backup = m_backups[row];
    if (!m_dialogs->confirm(this, tr("Restore a Backup"),
                            tr("Put the backup made %1 in the catalogue's place? Everything changed since then is "
                               "left out of the catalogue, but not lost: the current file is kept beside it, under "
                               "another name.")
                                .arg(dateTimeText(backup.created.toLocalTime()))))
        return;
    Q_EMIT restoreRequested(backup);
}

void BackupsDialog::saveKeep()
{
    const int keep = m_keep->value();
    m_catalog.submit<Result<void>>(
        this, [keep](catalog::Catalog &catalog) { return catalog.setBackupsToKeep(keep); },
        [this, keep](Result<void> saved) {
            m_status->setText(saved.ok() ? tr("The newest %n backup(s) will be kept.", nullptr, keep)
                                         : saved.error().message);
        });
}

} // namespace rakkan::ui
