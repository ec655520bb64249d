#include "ui/optout/OptOutFormsDialog.h"

#include "ui/optout/SpawningPage.h"
#include "ui/optout/VendorFormsPage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

OptOutFormsDialog::OptOutFormsDialog(CatalogBinding catalog, Dialogs *dialogs,
                                     identity::IdentityManager::VaultFactory vaults, QWidget *parent)
    : QDialog(parent), m_vendors(new VendorFormsPage(catalog, dialogs, std::move(vaults))),
      m_spawning(new SpawningPage(catalog, dialogs))
{
    setObjectName(QStringLiteral("optOutFormsDialog"));
    setWindowTitle(tr("Opt-out Forms and Spawning"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget;
    tabs->addTab(m_vendors, tr("&Vendor Forms"));
    tabs->addTab(m_spawning, tr("&Spawning"));
    layout->addWidget(tabs, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
}

void OptOutFormsDialog::setWorks(const QList<qint64> &workIds)
{
    m_vendors->setWorks(workIds);
    m_spawning->setWorks(workIds);
}

void OptOutFormsDialog::refresh()
{
    m_vendors->refresh();
    m_spawning->refresh();
}

} // namespace rakkan::ui
