#pragma once

#include "catalog/CatalogBackups.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace rakkan::ui {

class Dialogs;

// File ▸ Backups: the catalogue's backups, newest first; a backup made now, a full check for damage, how many are
// kept, and a restore. The restore itself belongs to the main window, which must first leave the catalogue (unsaved
// edits, running jobs, open windows): this window only asks for it.
class BackupsDialog final : public QDialog
{
    Q_OBJECT

public:
    BackupsDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent = nullptr);

    void refresh();

Q_SIGNALS:
    void restoreRequested(const rakkan::catalog::CatalogBackup &backup);

private:
    void backUpNow();
    void checkForDamage();
    void restoreSelected();
    void saveKeep();
    void setBusy(bool busy, const QString &status = {});

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    QList<catalog::CatalogBackup> m_backups;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QSpinBox *m_keep;
    QLabel *m_status;
    QPushButton *m_backUp;
    QPushButton *m_check;
    QPushButton *m_restore;
};

} // namespace rakkan::ui
