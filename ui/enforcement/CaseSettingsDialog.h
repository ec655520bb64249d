#pragma once

#include "ui/common/CatalogSession.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace rakkan::ui {

class Dialogs;

// What cases rest on besides the copies: the uses the creator licensed (a case is never opened for them), and who
// complains, with the contact details notices must carry.
class CaseSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseSettingsDialog)

public:
    CaseSettingsDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent = nullptr);

    void addLicensedUse(const QString &host, const QString &path, const QString &account, const QString &note);
    void removeSelected();
    void saveContact();

    QTreeWidget *uses() const { return m_uses; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }

Q_SIGNALS:
    void loaded();
    void saved(bool ok);

private:
    void reload();

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    QTreeWidget *m_uses;
    QLineEdit *m_host;
    QLineEdit *m_path;
    QLineEdit *m_account;
    QLineEdit *m_useNote;
    QLineEdit *m_name;
    QLineEdit *m_nameLatin;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_actsFor;
};

} // namespace rakkan::ui
