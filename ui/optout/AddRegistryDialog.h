#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QUrl;

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
    // A hub on this computer, where plain http is harmless.
    static bool isLocal(const QUrl &url);

private:
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLabel *m_urlWarning;
    QLineEdit *m_ca;
    QLineEdit *m_gateway;
    QDialogButtonBox *m_buttons;
};

} // namespace rakkan::ui
