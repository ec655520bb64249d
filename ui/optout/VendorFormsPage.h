#pragma once

#include "registry/VendorForms.h"
#include "ui/common/CatalogSession.h"
#include "ui/identity/CredentialSigning.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace rakkan::ui {

class Dialogs;

// Opt-outs through vendors' web forms (no API, no receipt): a packet per vendor for the chosen works (copies of
// the files, descriptions, the form's checklist), then the creator's own record of what was submitted, with the
// date to check again.
class VendorFormsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VendorFormsPage)

public:
    VendorFormsPage(CatalogBinding catalog, Dialogs *dialogs, identity::IdentityManager::VaultFactory vaults,
                    QWidget *parent = nullptr);

    void setWorks(const QList<qint64> &workIds) { m_workIds = workIds; }
    void refresh();
    QList<registry::VendorSubmission> rows() const { return m_rows; }

    // The actions behind the buttons (public for tests).
    void makePacket();
    void markSelected(const QString &state);
    void openForm();

Q_SIGNALS:
    void refreshed();
    void packetWritten(const QString &folder);
    void failed(const QString &message);

private:
    registry::Vendor currentVendor() const;
    void writePacket(const QString &folder, const std::optional<CredentialSigning> &signing);
    void fail(const Error &error);

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    identity::IdentityManager::VaultFactory m_vaults;
    QList<qint64> m_workIds;
    QList<registry::VendorSubmission> m_rows;
    QComboBox *m_vendor;
    QCheckBox *m_credentials;
    QLabel *m_checklist;
    QLabel *m_status;
    QTableWidget *m_table;
};

} // namespace rakkan::ui
