#pragma once

#include "identity/IdentityManager.h"
#include "registry/Declaring.h"
#include "registry/Outbox.h"
#include "registry/Registries.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace rakkan::ui {

class Dialogs;
class Job;

// Opt-out declarations: the registries (ISCC hubs, their keys pinned), declaring works to one with progress and
// cancel, and every submission with its state, ISCC-ID and the hub's reason; receipts can be checked again.
class DeclarationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclarationsDialog)

public:
    DeclarationsDialog(CatalogBinding catalog, Dialogs *dialogs, identity::IdentityManager::VaultFactory vaults,
                       QWidget *parent = nullptr);

    void refresh();
    QList<registry::Registry> registries() const { return m_registries; }
    QList<registry::Submission> submissions() const { return m_submissions; }

    // The actions behind the buttons (public for tests and the main window).
    void addRegistry(const QString &name, const QString &url, const QString &caFile, const QString &gateway);
    void removeSelectedRegistry();
    // What to declare where: `workIds`, or every work of `series`, or (both empty) every work.
    struct DeclareRequest
    {
        QList<qint64> workIds;
        QString series;
        QList<qint64> registryIds;
    };
    // The works selected in the main window, offered first by chooseWorks().
    void setSelectedWorks(const QList<qint64> &workIds) { m_selectedWorks = workIds; }
    // Opens the choice of works (selection, series or all) and registries; then declare() with a review.
    void chooseWorks();
    // Declares after a review of exactly what leaves, registry by registry.
    void declare(const DeclareRequest &request, bool review = true);
    // Declares `workIds` (every work when empty) to the registry chosen above.
    void declareWorks(const QList<qint64> &workIds, bool review = true);
    void retryFailed();
    void verifySelectedReceipt();
    void cancel();
    bool isSending() const;

Q_SIGNALS:
    // A job started here, for the main window's status bar.
    void jobStarted(rakkan::ui::Job *job);
    void refreshed();
    void registryAdded(const rakkan::registry::Registry &registry);
    void sendFinished(int declared, int duplicates, int rejected, int failed);
    void receiptChecked(bool valid, const QString &message);
    void operationFailed(const QString &message);

private:
    void startJob(const QList<qint64> &workIds, const QList<qint64> &registryIds, bool onlyRetry);
    // Asks for the passphrase of each identity kept in a key file, checking each opens its key, then sends.
    void collectPassphrases(QList<identity::Identity> pending, registry::DeclareRequest request, const QString &prompt);
    void launch(const registry::DeclareRequest &request);
    void fail(const QString &title, const Error &error);
    std::optional<registry::Registry> selectedRegistry() const;

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    identity::IdentityManager::VaultFactory m_vaults;
    QList<registry::Registry> m_registries;
    QList<registry::Submission> m_submissions;
    QList<qint64> m_selectedWorks;
    QPointer<Job> m_job;    // declaring: its progress is shown here and in the main window's status bar
    QPointer<Job> m_asking; // asking a hub who it is

    QComboBox *m_registry;
    QComboBox *m_state;
    QTableWidget *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};

} // namespace rakkan::ui
