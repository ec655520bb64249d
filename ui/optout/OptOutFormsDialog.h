#pragma once

#include "identity/IdentityManager.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>

namespace rakkan::ui {

class Dialogs;
class SpawningPage;
class VendorFormsPage;

// Opt-outs that are not ISCC declarations: vendors' web forms, and Spawning / Have I Been Trained.
class OptOutFormsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptOutFormsDialog)

public:
    OptOutFormsDialog(CatalogBinding catalog, Dialogs *dialogs, identity::IdentityManager::VaultFactory vaults,
                      QWidget *parent = nullptr);

    // The works selected in the main window: what packets and Spawning checks are made for.
    void setWorks(const QList<qint64> &workIds);
    void refresh();
    VendorFormsPage *vendorForms() const { return m_vendors; }
    SpawningPage *spawning() const { return m_spawning; }

private:
    VendorFormsPage *m_vendors;
    SpawningPage *m_spawning;
};

} // namespace rakkan::ui
