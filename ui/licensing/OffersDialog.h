#pragma once

#include "licensing/OfferDocuments.h"
#include "licensing/OfferHistory.h"
#include "licensing/OfferStore.h"
#include "licensing/PaymentsReceived.h"
#include "licensing/RedFlags.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/HoldsEdits.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace rakkan::ui {

class CompareOffersDialog;
class Dialogs;
class DocumentViewerDialog;
class LedgerDialog;
class OfferEditor;
class OfferFilterModel;
class OfferListModel;

// Licensing offers: the inbox (by status and deadline), the offer's terms as a form, its red flags, the history of
// the negotiation, its documents and the money received; with counter-offers, status changes, comparison, exports
// and the ledger. Every read and write runs on the catalogue's worker thread.
class OffersDialog final : public QDialog, public HoldsEdits
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OffersDialog)

public:
    OffersDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent = nullptr);
    ~OffersDialog() override;

    void reload();
    void setSelectedWorks(const QList<qint64> &workIds) { m_selectedWorks = workIds; }

    // The actions behind the buttons (public for tests).
    void newOffer();
    void selectOffer(qint64 id);
    // A new offer, or corrections to the one shown; false when the form cannot be saved as it is. `then` runs once
    // the terms are safely stored.
    bool save(std::function<void()> then = {});
    // Half-typed terms are never dropped: closing, Esc or another catalogue asks to save or discard them first.
    bool settleEdits() override;
    void done(int result) override;
    void counter(); // answers the offer shown with the form's terms, as its next version
    void moveTo(licensing::OfferStatus status);
    void approve(const QString &cosigner);
    CompareOffersDialog *compare(const QList<qint64> &ids);
    CompareOffersDialog *compareSelected();
    void exportSummary();
    void exportRsl();
    void exportOdrl();
    void attachDocument();
    DocumentViewerDialog *viewDocument(qint64 documentId);
    void recordPayment();
    LedgerDialog *openLedger();

    qint64 currentId() const { return m_current; }
    OfferEditor *editor() const { return m_editor; }
    QTableView *inbox() const { return m_inbox; }
    OfferListModel *model() const { return m_model; }
    QListWidget *flagList() const { return m_flags; }
    QTreeWidget *history() const { return m_history; }
    QListWidget *documentList() const { return m_documents; }
    QTableWidget *paymentTable() const { return m_payments; }
    void setView(int view); // an OfferFilterModel::View
    QLineEdit *paymentAmount() const { return m_payAmount; }
    QComboBox *paymentCurrency() const { return m_payCurrency; }
    QLineEdit *minimumEdit() const { return m_minimum; }
    licensing::RedFlags::Context flagContext() const;

Q_SIGNALS:
    void loaded();
    void detailsLoaded(qint64 id);
    void saved(bool ok, qint64 id, const QString &message);
    void exported(bool ok, const QString &path);
    void documentAttached(bool ok, const QString &message);
    void paymentRecorded(bool ok);

private:
    struct Details
    {
        QList<licensing::Offer> versions;
        QList<licensing::OfferEvent> events;
        QList<licensing::OfferDocument> documents;
        QList<licensing::PaymentReceived> payments;
    };

    void loadDetails(qint64 id);
    void showOffer(const licensing::Offer &offer);
    void showDetails(const Details &details);
    void updateActions();
    void updateFlags();
    bool confirmDiscard();
    void fail(const QString &title, const QString &message);
    void exportFile(const QString &title, const QString &suggested, const QString &filter,
                    std::function<Result<QByteArray>(catalog::Catalog &, const licensing::Offer &)> make);

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    QList<qint64> m_selectedWorks;
    qint64 m_current = 0;        // 0: a new offer not saved yet
    qint64 m_portfolioWorks = 0; // the catalogue's works, for offers over the whole portfolio
    std::optional<licensing::Offer> m_shown;
    bool m_dirty = false;
    bool m_reservationRefuses = false;

    OfferListModel *m_model;
    OfferFilterModel *m_filter;
    QComboBox *m_view;
    QTableView *m_inbox;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    OfferEditor *m_editor;
    QListWidget *m_flags;
    QLineEdit *m_minimum;
    QTreeWidget *m_history;
    QListWidget *m_documents;
    QTableWidget *m_payments;
    QLineEdit *m_payAmount;
    QComboBox *m_payCurrency;
    QDateEdit *m_payDate;
    QLineEdit *m_payNote;
    QPushButton *m_save;
    QPushButton *m_counter;
    QToolButton *m_move;
    QToolButton *m_approve;
    QToolButton *m_export;
    QPushButton *m_compare;
    QPushButton *m_attach;
    QPushButton *m_openDocument;
};

} // namespace rakkan::ui
