#include "ui/identity/IdentitiesDialog.h"

#include "core/AtomicFile.h"
#include "credentials/SignerCertificates.h"
#include "crypto/PassphraseBox.h"
#include "identity/DidWeb.h"
#include "identity/KeyFile.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"
#include "ui/identity/NewIdentityDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rakkan::ui {

using identity::Identity;
using identity::IdentityManager;
using identity::KeyStorage;

namespace {

QString storageLabel(KeyStorage storage)
{
    return storage == KeyStorage::Keychain ? IdentitiesDialog::tr("The system keychain")
                                           : IdentitiesDialog::tr("A key file protected by a passphrase");
}

QString lossWarning()
{
    return IdentitiesDialog::tr("Keep the backup file and its passphrase somewhere safe, not only on this computer. "
                                "If the key is lost, declarations signed with it can no longer be updated or "
                                "withdrawn.");
}

QWidget *withCopyButton(QLineEdit *field, const QString &what)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QToolButton;
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"),
                                   QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    copy->setToolTip(IdentitiesDialog::tr("Copy %1").arg(what));
    copy->setAccessibleName(copy->toolTip());
    QObject::connect(copy, &QToolButton::clicked, field,
                     [field] { QApplication::clipboard()->setText(field->text()); });
    layout->addWidget(field, 1);
    layout->addWidget(copy);
    return row;
}

} // namespace

IdentitiesDialog::IdentitiesDialog(CatalogBinding catalog, Dialogs *dialogs, IdentityManager::VaultFactory vaults,
                                   QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs), m_vaults(std::move(vaults))
{
    setObjectName(QStringLiteral("identitiesDialog"));
    setWindowTitle(tr("Signing Identities"));
    resize(860, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("An identity is a signing key made on this computer. It signs your opt-out declarations so that "
           "registries and AI developers can check they come from you. Only its public half ever leaves this "
           "computer."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *body = new QHBoxLayout;
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("identityList"));
    m_list->setMinimumWidth(220);
    m_list->setAccessibleName(tr("Identities"));
    body->addWidget(m_list);

    m_details = new QWidget;
    auto *form = new QFormLayout(m_details);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("identityName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    form->addRow(m_name);
    m_publicKey = new QLineEdit;
    m_publicKey->setObjectName(QStringLiteral("identityPublicKey"));
    form->addRow(tr("Public key:"), withCopyButton(m_publicKey, tr("public key")));
    m_didKey = new QLineEdit;
    m_didKey->setObjectName(QStringLiteral("identityDidKey"));
    form->addRow(tr("did:key:"), withCopyButton(m_didKey, tr("did:key")));
    m_storage = new QLabel;
    form->addRow(tr("Private key kept in:"), m_storage);
    m_backup = new QLabel;
    m_backup->setObjectName(QStringLiteral("identityBackup"));
    m_backup->setWordWrap(true);
    form->addRow(tr("Backup:"), m_backup);
    m_certificate = new QLabel;
    m_certificate->setObjectName(QStringLiteral("identityCertificate"));
    m_certificate->setWordWrap(true);
    auto *saveRoot = new QPushButton(tr("Save &Root Certificate..."));
    saveRoot->setObjectName(QStringLiteral("saveRootCertificateButton"));
    saveRoot->setToolTip(tr("The certificate that people who want to recognise your Content Credentials can choose "
                            "to trust. It holds no secret."));
    auto *certificateRow = new QVBoxLayout;
    certificateRow->addWidget(m_certificate);
    certificateRow->addWidget(saveRoot, 0, Qt::AlignLeft);
    form->addRow(tr("Content Credentials:"), certificateRow);
    m_controller = new QLineEdit;
    m_controller->setObjectName(QStringLiteral("identityController"));
    m_controller->setPlaceholderText(tr("did:web:your-site.example"));
    auto *bind = new QPushButton(tr("&Bind"));
    bind->setObjectName(QStringLiteral("bindControllerButton"));
    auto *controllerRow = new QHBoxLayout;
    controllerRow->addWidget(m_controller, 1);
    controllerRow->addWidget(bind);
    form->addRow(tr("Your site (did:web):"), controllerRow);
    m_documentHint = new QLabel;
    m_documentHint->setWordWrap(true);
    m_documentHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_documentHint);
    m_document = new QPlainTextEdit;
    m_document->setObjectName(QStringLiteral("didDocument"));
    m_document->setReadOnly(true);
    m_document->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_document->setMinimumHeight(140);
    m_document->setAccessibleName(tr("DID document"));
    form->addRow(m_document);
    body->addWidget(m_details, 1);
    layout->addLayout(body, 1);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New Identity..."));
    create->setObjectName(QStringLiteral("newIdentityButton"));
    auto *backUp = new QPushButton(tr("&Back Up..."));
    backUp->setObjectName(QStringLiteral("backUpIdentityButton"));
    auto *restore = new QPushButton(tr("&Restore from Backup..."));
    restore->setObjectName(QStringLiteral("restoreIdentityButton"));
    auto *makeDefault = new QPushButton(tr("Make &Default"));
    makeDefault->setObjectName(QStringLiteral("defaultIdentityButton"));
    auto *remove = new QPushButton(tr("Re&move..."));
    remove->setObjectName(QStringLiteral("removeIdentityButton"));
    auto *close = new QPushButton(tr("&Close"));
    for (auto *b : {create, backUp, restore, makeDefault, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);
    m_selectionButtons = {backUp, makeDefault, remove, bind, saveRoot};
    connect(saveRoot, &QPushButton::clicked, this, &IdentitiesDialog::saveRootCertificate);

    connect(m_list, &QListWidget::currentRowChanged, this, &IdentitiesDialog::showSelected);
    connect(create, &QPushButton::clicked, this, &IdentitiesDialog::newIdentity);
    connect(backUp, &QPushButton::clicked, this, &IdentitiesDialog::backUpSelected);
    connect(restore, &QPushButton::clicked, this, &IdentitiesDialog::restoreBackup);
    connect(makeDefault, &QPushButton::clicked, this, &IdentitiesDialog::makeSelectedDefault);
    connect(remove, &QPushButton::clicked, this, &IdentitiesDialog::removeSelected);
    connect(bind, &QPushButton::clicked, this, [this] { bindController(m_controller->text()); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    showSelected();
}

void IdentitiesDialog::setBusy(bool busy, const QString &status)
{
    m_status->setText(status);
    for (auto *b : findChildren<QPushButton *>())
        b->setEnabled(!busy);
    if (!busy)
        showSelected();
}

void IdentitiesDialog::fail(const QString &title, const Error &error)
{
    setBusy(false, error.message);
    Q_EMIT operationFailed(error.message);
    m_dialogs->showError(this, title, error.message);
}

void IdentitiesDialog::refresh()
{
    auto vaults = m_vaults;
    m_catalog.submit<Result<QList<Identity>>>(
        this, [vaults](catalog::Catalog &catalog) { return IdentityManager(catalog, vaults).store().list(); },
        [this](const Result<QList<Identity>> &list) {
            if (!list.ok()) {
                fail(tr("Identities"), list.error());
                return;
            }
            const qint64 keep =
                m_pendingSelection ? m_pendingSelection : (selectedIdentity() ? selectedIdentity()->id : 0);
            m_pendingSelection = 0;
            m_identities = *list;
            m_list->clear();
            for (const Identity &i : std::as_const(m_identities)) {
                auto *item = new QListWidgetItem(i.isDefault ? tr("%1 (default)").arg(i.name) : i.name);
                item->setData(Qt::UserRole, i.id);
                if (i.backedUpAt.isEmpty())
                    item->setToolTip(tr("No backup yet"));
                m_list->addItem(item);
            }
            if (!m_identities.isEmpty())
                selectIdentity(keep);
            showSelected();
            Q_EMIT identitiesChanged(m_identities);
        });
}

std::optional<Identity> IdentitiesDialog::selectedIdentity() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_identities.size())
        return std::nullopt;
    return m_identities[row];
}

void IdentitiesDialog::selectIdentity(qint64 id)
{
    for (int row = 0; row < m_identities.size(); ++row)
        if (m_identities[row].id == id) {
            m_list->setCurrentRow(row);
            return;
        }
    m_list->setCurrentRow(0);
}

void IdentitiesDialog::showSelected()
{
    const auto selected = selectedIdentity();
    m_details->setVisible(selected.has_value());
    for (auto *b : std::as_const(m_selectionButtons))
        b->setEnabled(selected.has_value());
    const QString none = tr("No identity yet. Create one to sign your opt-out declarations.");
    if (!selected) {
        if (m_status->text().isEmpty())
            m_status->setText(none);
        return;
    }
    if (m_status->text() == none)
        m_status->clear();
    m_name->setText(selected->isDefault ? tr("%1 (signs by default)").arg(selected->name) : selected->name);
    m_publicKey->setText(selected->publicKey);
    m_didKey->setText(selected->didKey());
    m_publicKey->setCursorPosition(0);
    m_didKey->setCursorPosition(0);
    m_storage->setText(storageLabel(selected->storage));
    if (selected->backedUpAt.isEmpty()) {
        m_backup->setText(tr("None yet. %1").arg(lossWarning()));
        m_backup->setStyleSheet(QStringLiteral("color: #c0392b;"));
    } else {
        m_backup->setText(tr("Exported %1.").arg(dateTimeText(selected->backedUpAt)));
        m_backup->setStyleSheet(QString());
    }
    showCertificate(*selected);
    m_controller->setText(selected->controller);
    if (selected->controller.isEmpty()) {
        m_documentHint->setText(tr("Optional. If you have your own web site, you can link this identity to it, so "
                                   "that anyone can check that the declarations signed with it really come from the "
                                   "owner of that site. Type did:web: and your site's address without https:// (for "
                                   "example did:web:yamada-art.jp), press Bind, then put the small file Rakkan "
                                   "shows on your site."));
        m_document->hide();
    } else {
        const auto url = identity::DidWeb::documentUrl(selected->controller);
        m_documentHint->setText(tr("Publish this document on your site at %1 (it lists this key as yours):")
                                    .arg(url.ok() ? url->toString() : QString()));
        m_document->setPlainText(
            QString::fromUtf8(QJsonDocument(identity::DidWeb::document(selected->controller, selected->publicKey))
                                  .toJson(QJsonDocument::Indented)));
        m_document->show();
    }
}

void IdentitiesDialog::showCertificate(const Identity &identity)
{
    m_certificate->clear();
    using Entry = credentials::SignerCertificates::Entry;
    m_catalog.submit<Result<std::optional<Entry>>>(
        this,
        [id = identity.id](catalog::Catalog &catalog) { return credentials::SignerCertificates(catalog).find(id); },
        [this, id = identity.id](const Result<std::optional<Entry>> &entry) {
            const auto selected = selectedIdentity();
            if (!selected || selected->id != id)
                return; // another identity was chosen meanwhile
            if (!entry.ok()) {
                m_certificate->setText(entry.error().message);
                return;
            }
            if (!*entry) {
                m_certificate->setText(tr("No certificate yet: Rakkan makes one the first time this identity signs "
                                          "exported copies."));
                return;
            }
            const QString until = QLocale().toString((*entry)->notAfter.toLocalTime().date(), QLocale::LongFormat);
            m_certificate->setText(
                (*entry)->imported
                    ? tr("Signed with an imported certificate from %1, valid until %2.")
                          .arg((*entry)->chain.first().issuerName(), until)
                    : tr("Signed with a certificate Rakkan issued for this key, valid until %1. Viewers see the "
                         "credentials as valid, from a signer not on the C2PA trust list, unless they trust your root "
                         "certificate.")
                          .arg(until));
        });
}

void IdentitiesDialog::saveRootCertificate()
{
    const auto selected = selectedIdentity();
    if (!selected)
        return;
    const QString path =
        m_dialogs->chooseSaveFile(this, tr("Save the root certificate of \"%1\"").arg(selected->name),
                                  QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(selected->name + QStringLiteral(" (Rakkan root).pem")),
                                  tr("Certificates (*.pem *.crt);;All files (*)"));
    if (path.isEmpty())
        return;
    // The key is needed only when the certificate does not exist yet; asking up front keeps the job from stopping
    // halfway to ask.
    QString passphrase;
    if (selected->storage == KeyStorage::File) {
        const auto typed = m_dialogs->askPassphrase(this, tr("Root certificate"),
                                                    tr("The passphrase of \"%1\":").arg(selected->name), false, 1);
        if (!typed)
            return;
        passphrase = *typed;
    }
    setBusy(true, tr("Writing the root certificate..."));
    m_catalog.submit<Result<void>>(
        this,
        [vaults = m_vaults, identity = *selected, passphrase, path](catalog::Catalog &catalog) -> Result<void> {
            credentials::SignerCertificates certificates(catalog);
            RAKKAN_TRY(std::optional<credentials::SignerCertificates::Entry> entry, certificates.find(identity.id));
            if (!entry || entry->imported || !entry->root) {
                RAKKAN_TRY(const crypto::Ed25519 key, IdentityManager(catalog, vaults).unlock(identity, passphrase));
                RAKKAN_TRY(entry, certificates.issueLocal(identity, key));
            }
            return writeFileAtomically(path, entry->root->pem());
        },
        [this, path, identity = *selected](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("Root certificate"), done.error());
                return;
            }
            setBusy(false, tr("The root certificate is in %1. Give it to whoever wants to recognise your Content "
                              "Credentials; it holds no secret.")
                               .arg(QDir::toNativeSeparators(path)));
            showCertificate(identity);
            Q_EMIT rootCertificateWritten(path);
        });
}

void IdentitiesDialog::newIdentity()
{
    NewIdentityDialog form(this);
    if (form.exec() != QDialog::Accepted)
        return;
    createIdentity(form.name(), form.storage(), form.controller());
}

void IdentitiesDialog::createIdentity(const QString &name, std::optional<KeyStorage> storage, const QString &controller)
{
    setBusy(true, tr("Checking the system keychain..."));
    auto vaults = m_vaults;
    // Which storage first (a keychain probe talks to D-Bus), then the passphrase if a key file it is.
    m_catalog.submit<KeyStorage>(
        this,
        [vaults, storage](catalog::Catalog &catalog) {
            return storage ? *storage : IdentityManager(catalog, vaults).preferredStorage();
        },
        [this, name, controller, chosen = storage.has_value()](KeyStorage where) {
            QString passphrase;
            if (where == KeyStorage::File) {
                const auto typed = m_dialogs->askPassphrase(
                    this, tr("New identity"),
                    chosen ? tr("The key is kept in a file encrypted with a passphrase. Choose one you will remember: "
                                "Rakkan asks for it when it signs.")
                           : tr("This computer has no system keychain, so the key is kept in a file encrypted with a "
                                "passphrase. Choose one you will remember: Rakkan asks for it when it signs."),
                    true, crypto::PassphraseBox::kMinPassphraseLength);
                if (!typed) {
                    setBusy(false);
                    return;
                }
                passphrase = *typed;
            }
            finishCreate(name, where, passphrase, controller);
        });
}

void IdentitiesDialog::finishCreate(const QString &name, KeyStorage where, const QString &passphrase,
                                    const QString &controller)
{
    setBusy(true, tr("Making a new key..."));
    auto vaults = m_vaults;
    m_catalog.submit<Result<Identity>>(
        this,
        [vaults, name, where, passphrase, controller](catalog::Catalog &catalog) {
            return IdentityManager(catalog, vaults).create(name, where, passphrase, controller);
        },
        [this](const Result<Identity> &created) { this->created(created); });
}

void IdentitiesDialog::created(const Result<Identity> &identity)
{
    if (!identity.ok()) {
        fail(tr("New identity"), identity.error());
        return;
    }
    m_pendingSelection = identity->id;
    setBusy(false, tr("Created \"%1\". Now back it up: %2").arg(identity->name, lossWarning()));
    refresh();
}

void IdentitiesDialog::backUpSelected()
{
    const auto selected = selectedIdentity();
    if (!selected)
        return;
    // One window for all of it: where, the key's passphrase when it has one, and the backup's own.
    const auto answers = m_dialogs->askBackup(
        this, tr("Back up \"%1\"").arg(selected->name),
        tr("The backup is a file encrypted with a passphrase of its own; you need both to restore the key. %1")
            .arg(lossWarning()),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(selected->name + QStringLiteral(".rakkankey")),
        selected->storage == KeyStorage::File, crypto::PassphraseBox::kMinPassphraseLength);
    if (!answers)
        return;
    const QString path = answers->path;
    const QString passphrase = answers->keyPassphrase;
    const std::optional<QString> backupPass = answers->backupPassphrase;
    setBusy(true, tr("Writing the backup..."));
    auto vaults = m_vaults;
    const Identity identity = *selected;
    m_catalog.submit<Result<void>>(
        this,
        [vaults, identity, passphrase, backupPass = *backupPass, path](catalog::Catalog &catalog) -> Result<void> {
            RAKKAN_TRY(auto backup, IdentityManager(catalog, vaults).exportBackup(identity, passphrase, backupPass));
            RAKKAN_TRY(writeFileAtomically(path, backup));
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return {};
        },
        [this, path](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("Back up"), done.error());
                return;
            }
            setBusy(false, tr("Backup written to %1. %2").arg(path, lossWarning()));
            Q_EMIT backupWritten(path);
            refresh();
        });
}

void IdentitiesDialog::restoreBackup()
{
    const QString path = m_dialogs->chooseOpenFile(this, tr("Restore a key from its backup"),
                                                   tr("Rakkan key backups (*.rakkankey);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("Restore"),
             makeError(ErrorCode::NotFound, tr("%1 could not be read: %2").arg(path, file.errorString())));
        return;
    }
    const QByteArray backup = file.read(1 << 20);
    auto header = identity::KeyFile::peek(backup);
    if (!header.ok()) {
        fail(tr("Restore"), header.error());
        return;
    }
    const auto backupPass = m_dialogs->askPassphrase(this, tr("Restore \"%1\"").arg(header->name),
                                                     tr("The passphrase of the backup file:"), false, 1);
    if (!backupPass)
        return;
    setBusy(true, tr("Checking the system keychain..."));
    auto vaults = m_vaults;
    m_catalog.submit<KeyStorage>(
        this, [vaults](catalog::Catalog &catalog) { return IdentityManager(catalog, vaults).preferredStorage(); },
        [this, backup, backupPass = *backupPass, name = header->name](KeyStorage where) {
            QString passphrase;
            if (where == KeyStorage::File) {
                const auto typed = m_dialogs->askPassphrase(
                    this, tr("Restore \"%1\"").arg(name),
                    tr("A passphrase for the key on this computer (it has no system keychain):"), true,
                    crypto::PassphraseBox::kMinPassphraseLength);
                if (!typed) {
                    setBusy(false);
                    return;
                }
                passphrase = *typed;
            }
            finishRestore(backup, backupPass, where, passphrase);
        });
}

void IdentitiesDialog::finishRestore(const QByteArray &backup, const QString &backupPass, KeyStorage where,
                                     const QString &passphrase)
{
    setBusy(true, tr("Restoring..."));
    auto vaults = m_vaults;
    m_catalog.submit<Result<Identity>>(
        this,
        [vaults, backup, backupPass, where, passphrase](catalog::Catalog &catalog) {
            return IdentityManager(catalog, vaults).importBackup(backup, backupPass, where, passphrase);
        },
        [this](const Result<Identity> &restored) {
            if (!restored.ok()) {
                fail(tr("Restore"), restored.error());
                return;
            }
            m_pendingSelection = restored->id;
            setBusy(false, tr("Restored \"%1\".").arg(restored->name));
            refresh();
        });
}

void IdentitiesDialog::makeSelectedDefault()
{
    const auto selected = selectedIdentity();
    if (!selected)
        return;
    auto vaults = m_vaults;
    const qint64 id = selected->id;
    m_catalog.submit<Result<void>>(
        this,
        [vaults, id](catalog::Catalog &catalog) { return IdentityManager(catalog, vaults).store().setDefault(id); },
        [this](const Result<void> &done) {
            if (!done.ok())
                fail(tr("Identities"), done.error());
            else
                refresh();
        });
}

void IdentitiesDialog::bindController(const QString &did)
{
    const auto selected = selectedIdentity();
    if (!selected)
        return;
    auto vaults = m_vaults;
    const qint64 id = selected->id;
    m_catalog.submit<Result<void>>(
        this,
        [vaults, id, did](catalog::Catalog &catalog) {
            return IdentityManager(catalog, vaults).store().setController(id, did);
        },
        [this](const Result<void> &done) {
            if (!done.ok())
                fail(tr("Your site"), done.error());
            else
                refresh();
        });
}

void IdentitiesDialog::removeSelected()
{
    const auto selected = selectedIdentity();
    if (!selected)
        return;
    if (!m_dialogs->confirm(this, tr("Remove \"%1\"").arg(selected->name),
                            tr("Remove \"%1\" and delete its private key from this computer? Declarations it signed "
                               "stay valid, but can no longer be updated unless you keep a backup.")
                                .arg(selected->name)))
        return;
    auto vaults = m_vaults;
    const Identity identity = *selected;
    m_catalog.submit<Result<void>>(
        this,
        [vaults, identity](catalog::Catalog &catalog) { return IdentityManager(catalog, vaults).remove(identity); },
        [this](const Result<void> &done) {
            if (!done.ok())
                fail(tr("Remove"), done.error());
            else
                refresh();
        });
}

} // namespace rakkan::ui
