#pragma once

#include "licensing/Offer.h"

#include <QCoreApplication>
#include <QHash>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace rakkan::ui {

class OptionalDateEdit;

// An offer's terms as a form, grouped the way a person reads a contract: parties, works, uses, term, rights
// granted, money, protections. It only edits a value; the offers window decides what saving it means (a new
// offer, a correction, a counter-offer).
class OfferEditor final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferEditor)

public:
    explicit OfferEditor(QWidget *parent = nullptr);

    void setOffer(const licensing::Offer &offer);
    // The offer as the form shows it, or why it cannot be one (an amount that is not money, a share over 100 %).
    Result<licensing::Offer> offer() const;
    void setReadOnly(bool readOnly);
    void setWorks(const QList<qint64> &workIds);

    // Field access for tests and for the window's shortcuts.
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *counterpartyEdit() const { return m_counterparty; }
    QCheckBox *permitBox(const QString &token) const { return m_permits.value(token); }
    QCheckBox *prohibitBox(const QString &token) const { return m_prohibits.value(token); }
    QComboBox *postTermBox() const { return m_postTerm; }
    OptionalDateEdit *deadlineEdit() const { return m_deadline; }
    OptionalDateEdit *termStartEdit() const { return m_start; }
    OptionalDateEdit *termEndEdit() const { return m_end; }
    QCheckBox *auditBox() const { return m_audit; }
    QCheckBox *warrantyBox() const { return m_warranty; }
    QTableWidget *paymentsTable() const { return m_payments; }
    // Adds a payment row (basis, amount text, currency) as the Add button does, filled in.
    void addPayment(const QString &basis, const QString &amount, const QString &currency);

Q_SIGNALS:
    void edited();

private:
    void addPaymentRow(const licensing::PaymentComponent &payment);
    QWidget *group(const QString &title, QLayout *layout);

    licensing::Offer m_base; // what the form does not show (ids, status, approvals) is kept from here
    QLineEdit *m_title = nullptr;
    QLineEdit *m_counterparty = nullptr;
    QLineEdit *m_intermediary = nullptr;
    QDoubleSpinBox *m_intermediaryShare = nullptr;
    QCheckBox *m_disclosed = nullptr;
    QLineEdit *m_licensee = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_works = nullptr;
    QLineEdit *m_cosigners = nullptr;
    QHash<QString, QCheckBox *> m_permits;
    QHash<QString, QCheckBox *> m_prohibits;
    QComboBox *m_modelScope = nullptr;
    QLineEdit *m_modelName = nullptr;
    QHash<QString, QCheckBox *> m_users;
    QLineEdit *m_territory = nullptr;
    OptionalDateEdit *m_received = nullptr;
    OptionalDateEdit *m_deadline = nullptr;
    OptionalDateEdit *m_start = nullptr;
    OptionalDateEdit *m_end = nullptr;
    QCheckBox *m_autoRenew = nullptr;
    QComboBox *m_postTerm = nullptr;
    QCheckBox *m_exclusive = nullptr;
    QCheckBox *m_sublicensable = nullptr;
    QLineEdit *m_sublicenseTo = nullptr;
    QCheckBox *m_blanket = nullptr;
    QTableWidget *m_payments = nullptr;
    QPushButton *m_addPayment = nullptr;
    QPushButton *m_removePayment = nullptr;
    QLineEdit *m_attribution = nullptr;
    QLineEdit *m_safeguards = nullptr;
    QCheckBox *m_warranty = nullptr;
    QCheckBox *m_audit = nullptr;
    QLineEdit *m_reporting = nullptr;
    QSpinBox *m_takedownDays = nullptr;
    QComboBox *m_takedown = nullptr;
    QComboBox *m_takedownCost = nullptr;
    QLineEdit *m_confidentiality = nullptr;
    QLineEdit *m_law = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QList<QWidget *> m_inputs; // every editable field, for read-only mode
};

} // namespace rakkan::ui
