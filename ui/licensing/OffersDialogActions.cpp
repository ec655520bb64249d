// What the offers window does with an offer beyond editing it: counter-offers, status changes, approvals,
// comparison, exports, kept documents and money received.

#include "core/AtomicFile.h"
#include "licensing/OfferExchange.h"
#include "licensing/OfferSummary.h"
#include "reservations/PolicyStore.h"
#include "ui/common/Dialogs.h"
#include "ui/licensing/CompareOffersDialog.h"
#include "ui/licensing/DocumentViewerDialog.h"
#include "ui/licensing/LedgerDialog.h"
#include "ui/licensing/OfferEditor.h"
#include "ui/licensing/OfferListModel.h"
#include "ui/licensing/OffersDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>

namespace rakkan::ui {

using licensing::Money;
using licensing::Offer;
using licensing::OfferStatus;
using licensing::OfferStatusMachine;
using licensing::OfferStore;

void OffersDialog::counter()
{
    if (!m_shown)
        return;
    auto terms = m_editor->offer();
    if (!terms.ok()) {
        fail(tr("The counter-offer cannot be made"), terms.error().message);
        Q_EMIT saved(false, m_current, terms.error().message);
        return;
    }
    const auto note = m_dialogs->askText(this, tr("Counter-offer"), tr("A note for the history (optional):"));
    if (!note)
        return;
    m_catalog.submit<Result<qint64>>(
        this,
        [parent = m_shown->id, offer = *terms, text = *note](catalog::Catalog &catalog) {
            return OfferStore(catalog).counter(parent, offer, text);
        },
        [this](const Result<qint64> &id) {
            if (!id.ok()) {
                fail(tr("The counter-offer cannot be made"), id.error().message);
                Q_EMIT saved(false, m_current, id.error().message);
                return;
            }
            m_dirty = false;
            m_current = *id;
            reload();
            Q_EMIT saved(true, *id, {});
        });
}

void OffersDialog::moveTo(OfferStatus status)
{
    if (!m_shown)
        return;
    if (m_dirty) {
        // Edits made while reading the offer are kept if the user wants them: saved first, then the move.
        const auto choice = m_dialogs->askUnsavedChanges(
            this, tr("Unsaved changes"),
            tr("The terms shown have changes that are not saved. Save them before the offer moves to \"%1\"?")
                .arg(OfferStatusMachine::label(status)));
        if (choice == Dialogs::UnsavedChoice::Cancel)
            return;
        if (choice == Dialogs::UnsavedChoice::Save) {
            save([this, status] { moveTo(status); });
            return;
        }
        m_dirty = false;
    }
    const auto note = m_dialogs->askText(this, OfferStatusMachine::label(status),
                                         tr("A note for the history (optional): why, who said so..."));
    if (!note)
        return;
    const qint64 id = m_shown->id;
    m_catalog.submit<Result<void>>(
        this,
        [id, status, text = *note](catalog::Catalog &catalog) {
            return OfferStore(catalog).transition(id, status, text);
        },
        [this, id](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("The offer cannot move on"), done.error().message);
                Q_EMIT saved(false, id, done.error().message);
                return;
            }
            reload();
            Q_EMIT saved(true, id, {});
        });
}

void OffersDialog::approve(const QString &cosigner)
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->id;
    m_catalog.submit<Result<void>>(
        this, [id, cosigner](catalog::Catalog &catalog) { return OfferStore(catalog).approve(id, cosigner); },
        [this, id](const Result<void> &done) {
            if (!done.ok()) {
                fail(tr("The approval cannot be recorded"), done.error().message);
                return;
            }
            reload();
            Q_EMIT saved(true, id, {});
        });
}

CompareOffersDialog *OffersDialog::compareSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_inbox->selectionModel()->selectedRows())
        ids << index.data(OfferListModel::IdRole).toLongLong();
    return compare(ids);
}

CompareOffersDialog *OffersDialog::compare(const QList<qint64> &ids)
{
    QList<Offer> offers;
    for (qint64 id : ids)
        if (const auto o = m_model->offer(id))
            offers << *o;
    auto terms = licensing::OfferComparison::compare(offers, flagContext());
    if (!terms.ok()) {
        fail(tr("Compare offers"), terms.error().message);
        return nullptr;
    }
    auto *dialog = new CompareOffersDialog(offers, *terms, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void OffersDialog::exportFile(const QString &title, const QString &suggested, const QString &filter,
                              std::function<Result<QByteArray>(catalog::Catalog &, const Offer &)> make)
{
    if (!m_shown)
        return;
    const QString path = m_dialogs->chooseSaveFile(this, title, suggested, filter);
    if (path.isEmpty())
        return;
    m_catalog.submit<Result<void>>(
        this,
        [offer = *m_shown, make, path](catalog::Catalog &catalog) -> Result<void> {
            RAKKAN_TRY(auto bytes, make(catalog, offer));
            return writeFileAtomically(path, bytes);
        },
        [this, title, path](const Result<void> &done) {
            if (!done.ok())
                fail(title, done.error().message);
            Q_EMIT exported(done.ok(), path);
        });
}

void OffersDialog::exportSummary()
{
    if (!m_shown)
        return;
    const auto context = flagContext();
    exportFile(tr("Export a one-page summary"), m_shown->title + QStringLiteral(".pdf"), tr("PDF (*.pdf)"),
               [context](catalog::Catalog &catalog, const Offer &offer) -> Result<QByteArray> {
                   RAKKAN_TRY(auto documents, licensing::OfferDocuments(catalog).list(offer.id));
                   return licensing::OfferSummary::pdf(offer, context, documents);
               });
}

void OffersDialog::exportRsl()
{
    if (!m_shown)
        return;
    exportFile(tr("Export the terms as an RSL licence"), QStringLiteral("license.xml"), tr("RSL licence (*.xml)"),
               [](catalog::Catalog &catalog, const Offer &offer) -> Result<QByteArray> {
                   auto policy = reservations::PolicyStore(catalog).policy();
                   return licensing::OfferExchange::toRsl(offer, policy.ok() ? policy->siteRoot() : QString());
               });
}

void OffersDialog::exportOdrl()
{
    if (!m_shown)
        return;
    exportFile(
        tr("Export the terms as an ODRL policy"), QStringLiteral("offer.jsonld"), tr("ODRL policy (*.jsonld *.json)"),
        [](catalog::Catalog &catalog, const Offer &offer) -> Result<QByteArray> {
            auto policy = reservations::PolicyStore(catalog).policy();
            const QString assigner = policy.ok() ? policy->licensor() : QString();
            return QJsonDocument(licensing::OfferExchange::toOdrl(offer, assigner)).toJson(QJsonDocument::Indented);
        });
}

void OffersDialog::attachDocument()
{
    if (!m_shown)
        return;
    const QString path = m_dialogs->chooseOpenFile(this, tr("Keep a contract with the offer"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const qint64 id = m_shown->id;
    m_catalog.submit<Result<licensing::OfferDocument>>(
        this, [id, path](catalog::Catalog &catalog) { return licensing::OfferDocuments(catalog).attach(id, path); },
        [this, id](const Result<licensing::OfferDocument> &doc) {
            if (!doc.ok()) {
                fail(tr("The document cannot be kept"), doc.error().message);
                Q_EMIT documentAttached(false, doc.error().message);
                return;
            }
            if (id == m_current)
                loadDetails(id);
            Q_EMIT documentAttached(true, doc->sha256);
        });
}

DocumentViewerDialog *OffersDialog::viewDocument(qint64 documentId)
{
    auto *viewer = new DocumentViewerDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = m_documents->currentItem() ? m_documents->currentItem()->text() : QString();
    viewer->setWindowTitle(name.isEmpty() ? tr("Document") : name);
    viewer->show();
    QPointer<DocumentViewerDialog> guard(viewer);
    m_catalog.submit<Result<QByteArray>>(
        this,
        [documentId](catalog::Catalog &catalog) { return licensing::OfferDocuments(catalog).content(documentId); },
        [guard](const Result<QByteArray> &bytes) {
            if (guard)
                guard->setContent(bytes);
        });
    return viewer;
}

void OffersDialog::recordPayment()
{
    if (!m_shown)
        return;
    auto amount = Money::parse(m_payAmount->text(), m_payCurrency->currentText().trimmed().toUpper());
    if (!amount.ok()) {
        fail(tr("The payment cannot be recorded"), amount.error().message);
        Q_EMIT paymentRecorded(false);
        return;
    }
    const qint64 id = m_shown->id;
    m_catalog.submit<Result<qint64>>(
        this,
        [id, money = *amount, date = m_payDate->date(), note = m_payNote->text()](catalog::Catalog &catalog) {
            return licensing::PaymentsReceived(catalog).add(id, money, date, note);
        },
        [this, id](const Result<qint64> &done) {
            if (!done.ok()) {
                fail(tr("The payment cannot be recorded"), done.error().message);
                Q_EMIT paymentRecorded(false);
                return;
            }
            m_payAmount->clear();
            m_payNote->clear();
            if (id == m_current)
                loadDetails(id);
            Q_EMIT paymentRecorded(true);
        });
}

LedgerDialog *OffersDialog::openLedger()
{
    auto *ledger = findChild<LedgerDialog *>();
    if (!ledger)
        ledger = new LedgerDialog(m_catalog, m_dialogs, this);
    ledger->show();
    ledger->raise();
    ledger->reload();
    return ledger;
}

} // namespace rakkan::ui
