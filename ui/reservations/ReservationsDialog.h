#pragma once

#include "identity/IdentityManager.h"
#include "reservations/PolicyStore.h"
#include "reservations/ReservationPolicy.h"
#include "reservations/SiteKit.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/HoldsEdits.h"
#include "ui/identity/CredentialSigning.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSpinBox;
class QPushButton;
class QTimer;

namespace rakkan::ui {

class CheckReservationsDialog;
class Dialogs;
class Job;

// Reservations: the creator's policy against AI uses, with a live preview of every file it becomes (robots.txt,
// tdmrep.json, ai.txt, the RSL licence, head tags and server headers), the site kit and copies with XMP to
// export, and a checker for files and sites.
class ReservationsDialog final : public QDialog, public HoldsEdits
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReservationsDialog)

public:
    ReservationsDialog(CatalogBinding catalog, Dialogs *dialogs, identity::IdentityManager::VaultFactory vaults,
                       QWidget *parent = nullptr);

    void load();
    reservations::ReservationPolicy policy() const;
    void setPolicy(const reservations::ReservationPolicy &policy);
    void setSelectedWorks(const QList<qint64> &workIds) { m_selectedWorks = workIds; }
    QStringList previewFiles() const;
    QString preview(const QString &file) const;
    QStringList problems() const { return policy().problems(); }

    QString policyName() const;
    QStringList policyNames() const;
    // What the selector shows for a policy: the default one is named for what it covers, not "default".
    static QString policyLabel(const QString &name);

    // The actions behind the buttons (public for tests).
    void choosePolicy(const QString &name);
    void newPolicy();
    void applyToSelectedWorks();
    void save();
    // Changes to the policy shown are never dropped without asking (closing, Esc, another catalogue).
    bool settleEdits() override;
    void done(int result) override;
    void exportSiteKit();
    void exportCopies();
    CheckReservationsDialog *openChecker();

Q_SIGNALS:
    // A job started here, for the main window's status bar.
    void jobStarted(rakkan::ui::Job *job);
    void loaded();
    void applied(int works, const QString &policy);
    void saved(bool ok, const QString &message);
    void kitExported(const QString &folder);
    void copiesExported(int written, int failed);

private:
    void startCopies(const QString &folder, const std::optional<CredentialSigning> &signing);
    void updatePreview();
    void loadPolicy(const QString &name);
    void fail(const QString &title, const QString &message);

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    identity::IdentityManager::VaultFactory m_vaults;
    QList<qint64> m_selectedWorks;
    reservations::ReservationPolicy m_loaded; // agents and fields the form does not show are kept
    // The policy the form shows, and saves to: not the selector's text, which moves before a change is confirmed.
    QString m_shown = reservations::PolicyStore::kDefault;
    QMap<QString, QByteArray> m_files;
    QPointer<Job> m_copies;

    QComboBox *m_policy;
    QLineEdit *m_site;
    QLineEdit *m_creator;
    QLineEdit *m_holder;
    QLineEdit *m_email;
    QLineEdit *m_terms;
    QLineEdit *m_copyright;
    QCheckBox *m_training;
    QCheckBox *m_generative;
    QCheckBox *m_input;
    QCheckBox *m_search;
    QCheckBox *m_licences;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QList<QCheckBox *> m_users;
    QList<QCheckBox *> m_jurisdictions;
    QPlainTextEdit *m_condition;
    QSpinBox *m_maxSide;
    QLineEdit *m_watermark;
    QCheckBox *m_credentials;
    QLabel *m_problems;
    QComboBox *m_file;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_delay;
};

} // namespace rakkan::ui
