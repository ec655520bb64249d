#pragma once

#include "identity/Identity.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace rakkan::ui {

// The form for a new identity: a name, where the key goes (automatic by default), an optional did:web.
class NewIdentityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewIdentityDialog)

public:
    explicit NewIdentityDialog(QWidget *parent = nullptr);

    QString name() const;
    std::optional<identity::KeyStorage> storage() const; // nullopt: automatic
    QString controller() const;

private:
    QLineEdit *m_name;
    QComboBox *m_storage;
    QLineEdit *m_controller;
    QDialogButtonBox *m_buttons;
};

} // namespace rakkan::ui
