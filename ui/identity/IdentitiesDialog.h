#pragma once

#include "identity/Identity.h"
#include "identity/IdentityManager.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rakkan::ui {

class Dialogs;

// The signing identities of the catalogue: create one, back it up, restore it on another computer, choose the
// default, bind a did:web, remove one. Keys are made, stored and read on the session's worker thread (keychain
// calls and key derivation take a moment); this window only shows and asks.
class IdentitiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesDialog)

public:
    IdentitiesDialog(CatalogBinding catalog, Dialogs *dialogs, identity::IdentityManager::VaultFactory vaults,
                     QWidget *parent = nullptr);

    void refresh();
    QList<identity::Identity> identities() const { return m_identities; }
    std::optional<identity::Identity> selectedIdentity() const;
    void selectIdentity(qint64 id);

    // The actions behind the buttons (public for tests and for the main window's first-run prompt).
    void newIdentity();
    void createIdentity(const QString &name, std::optional<identity::KeyStorage> storage, const QString &controller);
    void backUpSelected();
    void restoreBackup();
    void makeSelectedDefault();
    void bindController(const QString &did);
    void removeSelected();
    // Writes the root of the identity's own certificate authority, for people who choose to trust the artist's
    // Content Credentials; makes the certificate first when it does not exist yet.
    void saveRootCertificate();

Q_SIGNALS:
    void identitiesChanged(const QList<rakkan::identity::Identity> &identities);
    void operationFailed(const QString &message);
    void backupWritten(const QString &path);
    void rootCertificateWritten(const QString &path);

private:
    void showSelected();
    void showCertificate(const identity::Identity &identity);
    void finishCreate(const QString &name, identity::KeyStorage where, const QString &passphrase,
                      const QString &controller);
    void created(const Result<identity::Identity> &identity);
    void finishRestore(const QByteArray &backup, const QString &backupPass, identity::KeyStorage where,
                       const QString &passphrase);
    void setBusy(bool busy, const QString &status = {});
    void fail(const QString &title, const Error &error);

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    identity::IdentityManager::VaultFactory m_vaults;
    QList<identity::Identity> m_identities;
    qint64 m_pendingSelection = 0;

    QListWidget *m_list;
    QLabel *m_status;
    QLabel *m_name;
    QLineEdit *m_publicKey;
    QLineEdit *m_didKey;
    QLabel *m_storage;
    QLabel *m_backup;
    QLabel *m_certificate; // the certificate Content Credentials are signed with
    QLineEdit *m_controller;
    QLabel *m_documentHint;
    QPlainTextEdit *m_document;
    QWidget *m_details;
    QList<QPushButton *> m_selectionButtons;
};

} // namespace rakkan::ui
