#include "ui/identity/NewIdentityDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rakkan::ui {

NewIdentityDialog::NewIdentityDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newIdentityDialog"));
    setWindowTitle(tr("New Identity"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Rakkan makes a new signing key on this computer. Use one identity per artist, or "
                                "one for the whole studio."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("identityNameEdit"));
    m_name->setPlaceholderText(tr("Artist or studio name"));
    form->addRow(tr("&Name:"), m_name);
    m_storage = new QComboBox;
    m_storage->setObjectName(QStringLiteral("identityStorageCombo"));
    m_storage->addItem(tr("Automatic: the system keychain when there is one"), QString());
    m_storage->addItem(tr("The system keychain"), identity::keyStorageKey(identity::KeyStorage::Keychain));
    m_storage->addItem(tr("A key file protected by a passphrase"), identity::keyStorageKey(identity::KeyStorage::File));
    form->addRow(tr("&Keep the key in:"), m_storage);
    m_controller = new QLineEdit;
    m_controller->setObjectName(QStringLiteral("identityControllerEdit"));
    m_controller->setPlaceholderText(tr("Optional, e.g. did:web:your-site.example"));
    form->addRow(tr("Your &site:"), m_controller);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NewIdentityDialog::name() const
{
    return m_name->text().trimmed();
}

std::optional<identity::KeyStorage> NewIdentityDialog::storage() const
{
    return identity::keyStorageFromKey(m_storage->currentData().toString());
}

QString NewIdentityDialog::controller() const
{
    return m_controller->text().trimmed();
}

} // namespace rakkan::ui
