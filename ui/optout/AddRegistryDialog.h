#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace rakkan::ui {

// The form for a new registry: a name, the hub's address, an optional private CA and reservation page.
class AddRegistryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRegistryDialog)

public:
    explicit AddRegistryDialog(QWidget *parent = nullptr);
    QString name() const;
    QString url() const;
    QString caFile() const;
    QString gateway() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_ca;
    QLineEdit *m_gateway;
    QDialogButtonBox *m_buttons;
};

} // namespace rakkan::ui
