#include "ui/licensing/OffersDialog.h"

#include "catalog/WorkStore.h"
#include "reservations/PolicyStore.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"
#include "ui/licensing/CompareOffersDialog.h"
#include "ui/licensing/OfferEditor.h"
#include "ui/licensing/OfferListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>

namespace rakkan::ui {

using licensing::Money;
using licensing::Offer;
using licensing::OfferStatus;
using licensing::OfferStatusMachine;
using licensing::OfferStore;

namespace {

const QString kMinimumSetting = QStringLiteral("offers/minimumPerWorkYear");

// The user's minimum, or none for empty or unreadable text (the field says why when it is left).
std::optional<Money> minimumFrom(const QString &text)
{
    auto money = Money::parseWithCurrency(text);
    return money.ok() ? std::optional<Money>(*money) : std::nullopt;
}

QToolButton *menuButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMenu(new QMenu(button));
    return button;
}

} // namespace

OffersDialog::OffersDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("offersDialog"));
    setWindowTitle(tr("Licensing Offers"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(1320, 780);

    // The inbox.
    m_model = new OfferListModel(this);
    m_filter = new OfferFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(OfferListModel::SortRole);
    m_view = new QComboBox;
    m_view->setObjectName(QStringLiteral("offerView"));
    m_view->addItem(tr("To answer"), int(OfferFilterModel::View::ToAnswer));
    m_view->addItem(tr("Agreed"), int(OfferFilterModel::View::Agreed));
    m_view->addItem(tr("Closed"), int(OfferFilterModel::View::Closed));
    m_view->addItem(tr("All offers"), int(OfferFilterModel::View::All));
    m_view->addItem(tr("Every version"), int(OfferFilterModel::View::EveryVersion));
    m_view->setItemData(m_view->count() - 1, tr("Also the versions a counter-offer replaced, to compare what changed."),
                        Qt::ToolTipRole);
    connect(m_view, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setView(OfferFilterModel::View(m_view->currentData().toInt())); });
    m_inbox = new QTableView;
    m_inbox->setObjectName(QStringLiteral("offerInbox"));
    m_inbox->setModel(m_filter);
    m_inbox->setSortingEnabled(true);
    m_inbox->sortByColumn(OfferListModel::Deadline, Qt::AscendingOrder);
    m_inbox->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inbox->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_inbox->verticalHeader()->hide();
    // Each figure as wide as it needs; the title takes what is left.
    m_inbox->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inbox->horizontalHeader()->setSectionResizeMode(OfferListModel::Title, QHeaderView::Stretch);
    m_inbox->horizontalHeader()->setMinimumSectionSize(48);
    // What a decision turns on first: when the answer is due, what it pays, what it gives away; then who and how.
    auto *header = m_inbox->horizontalHeader();
    int at = 1;
    for (const int column :
         {OfferListModel::Deadline, OfferListModel::ValuePerWork, OfferListModel::Flags, OfferListModel::Status})
        header->moveSection(header->visualIndex(column), at++);
    m_inbox->setTextElideMode(Qt::ElideMiddle);
    m_inbox->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_inbox->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(OfferListModel::IdRole).toLongLong();
                if (id != m_current)
                    selectOffer(id);
            });
    connect(m_inbox->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateActions(); });

    auto *newButton = new QPushButton(tr("New Offer"));
    connect(newButton, &QPushButton::clicked, this, &OffersDialog::newOffer);
    m_compare = new QPushButton(tr("Compare..."));
    m_compare->setToolTip(tr("Select two to four offers in the list to see them side by side."));
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    auto *ledger = new QPushButton(tr("Payments Ledger..."));
    connect(ledger, &QPushButton::clicked, this, [this] { openLedger(); });
    auto *left = new QWidget;
    auto *leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    auto *viewRow = new QHBoxLayout;
    viewRow->addWidget(new QLabel(tr("Show:")));
    viewRow->addWidget(m_view, 1);
    leftColumn->addLayout(viewRow);
    leftColumn->addWidget(m_inbox, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(m_compare);
    leftButtons->addWidget(ledger);
    leftColumn->addLayout(leftButtons);

    // The offer.
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("offerHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_editor = new OfferEditor;
    connect(m_editor, &OfferEditor::edited, this, [this] {
        m_dirty = true;
        updateActions();
    });

    m_flags = new QListWidget;
    m_flags->setObjectName(QStringLiteral("offerFlags"));
    m_flags->setWordWrap(true);
    m_flags->setAlternatingRowColors(true);
    m_minimum = new QLineEdit(QSettings().value(kMinimumSetting).toString());
    m_minimum->setObjectName(QStringLiteral("offerMinimum"));
    m_minimum->setPlaceholderText(tr("e.g. 20000 JPY"));
    m_minimum->setToolTip(tr("Offers that pay less than this per work per year are flagged."));
    connect(m_minimum, &QLineEdit::editingFinished, this, [this] {
        if (!m_minimum->text().trimmed().isEmpty() && !minimumFrom(m_minimum->text())) {
            fail(tr("Minimum per work per year"),
                 tr("\"%1\" is not an amount with its currency, e.g. \"20000 JPY\".").arg(m_minimum->text()));
            return;
        }
        QSettings().setValue(kMinimumSetting, m_minimum->text().trimmed());
        m_model->setOffers(m_model->offers(), flagContext());
        updateFlags();
    });
    auto *flagsPage = new QWidget;
    auto *flagsColumn = new QVBoxLayout(flagsPage);
    auto *minimumRow = new QFormLayout;
    minimumRow->addRow(tr("Flag offers paying less per work per year than:"), m_minimum);
    flagsColumn->addLayout(minimumRow);
    flagsColumn->addWidget(m_flags, 1);

    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("offerHistory"));
    m_history->setHeaderLabels({tr("When"), tr("Version"), tr("What happened"), tr("Note")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);

    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("offerDocuments"));
    m_attach = new QPushButton(tr("Keep a Contract PDF..."));
    connect(m_attach, &QPushButton::clicked, this, &OffersDialog::attachDocument);
    m_openDocument = new QPushButton(tr("View"));
    connect(m_openDocument, &QPushButton::clicked, this, [this] {
        if (auto *item = m_documents->currentItem())
            viewDocument(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_documents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { viewDocument(item->data(Qt::UserRole).toLongLong()); });
    auto *documentsPage = new QWidget;
    auto *documentsColumn = new QVBoxLayout(documentsPage);
    documentsColumn->addWidget(new QLabel(tr("Contracts are kept inside the catalogue with their SHA-256, so they "
                                             "stay with the offer; the file you choose is only read.")));
    documentsColumn->addWidget(m_documents, 1);
    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_attach);
    documentButtons->addWidget(m_openDocument);
    documentButtons->addStretch();
    documentsColumn->addLayout(documentButtons);

    m_payments = new QTableWidget(0, 3);
    m_payments->setObjectName(QStringLiteral("offerPaymentsReceived"));
    m_payments->setHorizontalHeaderLabels({tr("Received"), tr("Amount"), tr("Note")});
    m_payments->horizontalHeader()->setStretchLastSection(true);
    m_payments->verticalHeader()->hide();
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payAmount = new QLineEdit;
    m_payAmount->setObjectName(QStringLiteral("paymentAmount"));
    m_payAmount->setPlaceholderText(tr("Amount"));
    m_payCurrency = new QComboBox;
    m_payCurrency->setEditable(true);
    m_payCurrency->addItems(Money::commonCurrencies());
    m_payDate = new QDateEdit(QDate::currentDate());
    m_payDate->setCalendarPopup(true);
    m_payDate->setDisplayFormat(unambiguousDateFormat());
    m_payNote = new QLineEdit;
    m_payNote->setPlaceholderText(tr("What it was for"));
    auto *record = new QPushButton(tr("Record Payment"));
    connect(record, &QPushButton::clicked, this, &OffersDialog::recordPayment);
    auto *paymentsPage = new QWidget;
    auto *paymentsColumn = new QVBoxLayout(paymentsPage);
    paymentsColumn->addWidget(m_payments, 1);
    auto *payRow = new QHBoxLayout;
    payRow->addWidget(m_payAmount);
    payRow->addWidget(m_payCurrency);
    payRow->addWidget(m_payDate);
    payRow->addWidget(m_payNote, 1);
    payRow->addWidget(record);
    paymentsColumn->addLayout(payRow);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_editor, tr("Terms"));
    m_tabs->addTab(flagsPage, tr("Red Flags"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(documentsPage, tr("Documents"));
    m_tabs->addTab(paymentsPage, tr("Payments"));

    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("offerSave"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    m_counter = new QPushButton(tr("Counter with These Terms"));
    m_counter->setObjectName(QStringLiteral("offerCounter"));
    connect(m_counter, &QPushButton::clicked, this, &OffersDialog::counter);
    m_move = menuButton(tr("Move To"), this);
    m_approve = menuButton(tr("Approval"), this);
    m_export = menuButton(tr("Export"), this);
    m_export->menu()->addAction(tr("One-Page Summary (PDF, English and Japanese)..."), this,
                                &OffersDialog::exportSummary);
    m_export->menu()->addAction(tr("Terms as an RSL Licence..."), this, &OffersDialog::exportRsl);
    m_export->menu()->addAction(tr("Terms as an ODRL Policy..."), this, &OffersDialog::exportOdrl);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_counter);
    actions->addWidget(m_move);
    actions->addWidget(m_approve);
    actions->addStretch();
    actions->addWidget(m_export);

    auto *right = new QWidget;
    auto *rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(m_heading);
    rightColumn->addWidget(m_tabs, 1);
    rightColumn->addLayout(actions);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    // The inbox gets room for its figures to be read whole; the terms form needs about as much.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({660, 660});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    newOffer();
}

OffersDialog::~OffersDialog() = default;

void OffersDialog::setView(int view)
{
    m_view->setCurrentIndex(m_view->findData(view));
}

licensing::RedFlags::Context OffersDialog::flagContext() const
{
    licensing::RedFlags::Context c;
    c.otherOffers = m_model->offers();
    c.reservationRefusesLicensing = m_reservationRefuses;
    c.minimumPerWorkPerYear = minimumFrom(m_minimum->text());
    c.portfolioWorks = m_portfolioWorks;
    return c;
}

void OffersDialog::fail(const QString &title, const QString &message)
{
    m_dialogs->showError(this, title, message);
}

void OffersDialog::reload()
{
    struct Loaded
    {
        Result<QList<Offer>> offers;
        bool reservationRefuses = false;
        qint64 works = 0;
    };
    m_catalog.submit<Loaded>(
        this,
        [](catalog::Catalog &catalog) {
            Loaded out{OfferStore(catalog).list(), false, 0};
            if (auto policy = reservations::PolicyStore(catalog).policy(); policy.ok())
                out.reservationRefuses = policy->refusesLicensing();
            // Unknown on an error: a whole-portfolio offer is then shown in total rather than per work.
            if (auto works = catalog::WorkStore(catalog.database()).count(); works.ok())
                out.works = *works;
            return out;
        },
        [this](const Loaded &result) {
            if (!result.offers.ok()) {
                fail(tr("Cannot read the offers"), result.offers.error().message);
                return;
            }
            m_reservationRefuses = result.reservationRefuses;
            m_portfolioWorks = result.works;
            m_model->setOffers(*result.offers, flagContext());
            if (m_current) {
                if (const auto o = m_model->offer(m_current)) {
                    if (!m_dirty)
                        showOffer(*o);
                    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(m_current), 0));
                    if (index.isValid()) {
                        const QSignalBlocker quiet(m_inbox->selectionModel());
                        m_inbox->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                              QItemSelectionModel::Rows);
                    }
                    loadDetails(m_current);
                }
            }
            updateFlags();
            updateActions();
            Q_EMIT loaded();
        });
}

bool OffersDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    if (!m_dialogs->confirm(this, tr("Unsaved changes"),
                            tr("The terms shown have changes that are not saved. Leave them?")))
        return false;
    m_dirty = false;
    return true;
}

void OffersDialog::newOffer()
{
    if (!confirmDiscard())
        return;
    Offer fresh;
    fresh.status = OfferStatus::Received;
    fresh.receivedOn = QDate::currentDate();
    fresh.workIds = m_selectedWorks;
    m_current = 0;
    m_shown.reset();
    m_editor->setOffer(fresh);
    m_editor->setReadOnly(false);
    m_heading->setText(tr("<b>New offer</b>: write down what the e-mail or contract says; terms it does not "
                          "mention stay \"Not stated\"."));
    m_inbox->clearSelection();
    m_flags->clear();
    m_history->clear();
    m_documents->clear();
    m_payments->setRowCount(0);
    m_tabs->setCurrentIndex(0);
    updateActions();
    m_editor->titleEdit()->setFocus();
}

void OffersDialog::selectOffer(qint64 id)
{
    if (id != m_current && !confirmDiscard()) {
        // Back to the offer being edited, so the selection and the form agree.
        const int row = m_model->rowOf(m_current);
        if (row >= 0) {
            const QSignalBlocker quiet(m_inbox->selectionModel());
            m_inbox->selectionModel()->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        return;
    }
    const auto o = m_model->offer(id);
    if (!o)
        return;
    m_current = id;
    m_dirty = false;
    showOffer(*o);
    loadDetails(id);
}

void OffersDialog::loadDetails(qint64 id)
{
    m_catalog.submit<Result<Details>>(
        this,
        [id](catalog::Catalog &catalog) -> Result<Details> {
            OfferStore store(catalog);
            licensing::OfferHistory chain(catalog);
            licensing::OfferDocuments kept(catalog);
            licensing::PaymentsReceived received(catalog);
            Details d;
            RAKKAN_TRY(auto versions, store.versions(id));
            d.versions = versions;
            for (const Offer &v : d.versions) {
                RAKKAN_TRY(auto events, chain.events(v.id));
                d.events << events;
            }
            std::sort(d.events.begin(), d.events.end(),
                      [](const licensing::OfferEvent &a, const licensing::OfferEvent &b) { return a.seq < b.seq; });
            RAKKAN_TRY(auto documents, kept.list(id));
            d.documents = documents;
            RAKKAN_TRY(auto payments, received.list(id));
            d.payments = payments;
            return d;
        },
        [this, id](const Result<Details> &details) {
            if (id != m_current)
                return; // the user moved on
            if (!details.ok()) {
                fail(tr("Cannot read the offer"), details.error().message);
                return;
            }
            showDetails(*details);
            Q_EMIT detailsLoaded(id);
        });
}

void OffersDialog::showOffer(const Offer &o)
{
    m_shown = o;
    m_editor->setOffer(o);
    m_editor->setReadOnly(!OfferStore::isEditable(o.status));
    QString heading = tr("<b>%1</b> from %2: %3")
                          .arg(o.title.toHtmlEscaped(), o.counterparty.toHtmlEscaped(),
                               OfferStatusMachine::label(o.status).toHtmlEscaped());
    if (o.version > 1)
        heading += tr(" (version %1)").arg(o.version);
    if (!OfferStore::isEditable(o.status))
        heading += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("These terms are what was agreed or closed; answer with a counter-offer or a renewal "
                               "to change them.")
                                .toHtmlEscaped());
    m_heading->setText(heading);
    updateFlags();
    updateActions();
}

void OffersDialog::showDetails(const Details &d)
{
    m_history->clear();
    QHash<qint64, int> versionOf;
    for (const Offer &v : d.versions)
        versionOf.insert(v.id, v.version);
    for (const licensing::OfferEvent &e : d.events) {
        const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
        const auto to = OfferStatusMachine::fromKey(e.to);
        const auto from = OfferStatusMachine::fromKey(e.from);
        QString what;
        if (!from)
            what = tr("Recorded as %1").arg(to ? OfferStatusMachine::label(*to) : e.to);
        else if (e.from == e.to)
            what = tr("No change of status");
        else
            what = tr("%1 → %2").arg(OfferStatusMachine::label(*from), to ? OfferStatusMachine::label(*to) : e.to);
        auto *item =
            new QTreeWidgetItem({dateTimeText(at), QString::number(versionOf.value(e.subjectId)), what, e.note});
        item->setToolTip(3, e.note);
        item->setToolTip(0, tr("SHA-256 of this entry: %1").arg(e.hash));
        m_history->addTopLevelItem(item);
    }
    m_history->resizeColumnToContents(0);
    m_history->resizeColumnToContents(2);

    m_documents->clear();
    for (const licensing::OfferDocument &doc : d.documents) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2 KiB, kept %3)").arg(doc.fileName).arg((doc.size + 1023) / 1024).arg(dateTimeText(doc.addedAt)));
        item->setData(Qt::UserRole, doc.id);
        item->setToolTip(QStringLiteral("SHA-256 %1").arg(doc.sha256));
        m_documents->addItem(item);
    }
    m_payments->setRowCount(0);
    for (const licensing::PaymentReceived &p : d.payments) {
        const int row = m_payments->rowCount();
        m_payments->insertRow(row);
        m_payments->setItem(row, 0, new QTableWidgetItem(dateText(p.receivedOn)));
        auto *amount = new QTableWidgetItem(p.amount.format());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_payments->setItem(row, 1, amount);
        m_payments->setItem(row, 2, new QTableWidgetItem(p.note));
    }
    updateActions();
}

void OffersDialog::updateFlags()
{
    m_flags->clear();
    if (!m_shown)
        return;
    const auto flags = licensing::RedFlags::of(*m_shown, flagContext());
    for (const auto &f : flags) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(f.message, tr("Term: %1").arg(f.term)));
        item->setData(Qt::UserRole, f.key);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
        m_flags->addItem(item);
    }
    if (flags.isEmpty())
        m_flags->addItem(tr("No red flags: none of the known traps was found in these terms. Still read the "
                            "contract itself."));
    m_tabs->setTabText(1, flags.isEmpty() ? tr("Red Flags") : tr("Red Flags (%1)").arg(flags.size()));
}

void OffersDialog::updateActions()
{
    const bool existing = m_current != 0 && m_shown.has_value();
    const OfferStatus status = existing ? m_shown->status : OfferStatus::Draft;
    m_save->setEnabled(!existing || (OfferStore::isEditable(status) && m_dirty));
    m_save->setText(existing ? tr("Save Corrections") : tr("Save"));
    const bool counterable = existing && OfferStatusMachine::next(status).contains(OfferStatus::Countered);
    m_counter->setEnabled(counterable);
    m_counter->setToolTip(
        counterable || !existing
            ? tr("Change the terms in the form, then send them back as your counter-offer: a new version of the "
                 "offer; the one received stays as it was.")
            : tr("Only an offer you received or are reviewing can be countered; this one is %1.")
                  .arg(OfferStatusMachine::label(status)));
    m_move->setEnabled(existing && !OfferStatusMachine::next(status).isEmpty());
    m_move->menu()->clear();
    if (existing)
        for (OfferStatus next : OfferStatusMachine::next(status)) {
            if (next == OfferStatus::Countered)
                continue; // a counter carries terms: the Counter button makes it
            m_move->menu()->addAction(OfferStatusMachine::label(next), this, [this, next] { moveTo(next); });
        }
    m_approve->menu()->clear();
    int pending = 0;
    if (existing)
        for (const QString &name : m_shown->cosigners)
            if (!m_shown->cosignersApproved.contains(name)) {
                ++pending;
                m_approve->menu()->addAction(tr("Approved by %1").arg(name), this, [this, name] { approve(name); });
            }
    m_approve->setEnabled(pending > 0);
    m_approve->setVisible(existing && !m_shown->cosigners.isEmpty());
    m_export->setEnabled(existing);
    m_attach->setEnabled(existing);
    m_openDocument->setEnabled(m_documents->count() > 0);
    const int chosen = int(m_inbox->selectionModel()->selectedRows().size());
    m_compare->setEnabled(chosen >= 2 && chosen <= 4);
}

bool OffersDialog::settleEdits()
{
    if (!m_dirty)
        return true;
    const auto choice = m_dialogs->askUnsavedChanges(
        this, tr("Unsaved changes"), tr("The terms shown have changes that are not saved. Save them before going on?"));
    if (choice == Dialogs::UnsavedChoice::Cancel)
        return false;
    if (choice == Dialogs::UnsavedChoice::Discard) {
        m_dirty = false;
        return true;
    }
    return save();
}

void OffersDialog::done(int result)
{
    if (!settleEdits())
        return;
    QDialog::done(result);
}

bool OffersDialog::save(std::function<void()> then)
{
    auto terms = m_editor->offer();
    if (!terms.ok()) {
        fail(tr("The offer cannot be saved"), terms.error().message);
        Q_EMIT saved(false, m_current, terms.error().message);
        return false;
    }
    const bool fresh = m_current == 0;
    m_catalog.submit<Result<qint64>>(
        this,
        [offer = *terms, fresh](catalog::Catalog &catalog) -> Result<qint64> {
            OfferStore store(catalog);
            if (fresh)
                return store.add(offer);
            RAKKAN_TRY(store.update(offer));
            return offer.id;
        },
        [this, then = std::move(then)](const Result<qint64> &id) {
            if (!id.ok()) {
                fail(tr("The offer cannot be saved"), id.error().message);
                Q_EMIT saved(false, m_current, id.error().message);
                return;
            }
            m_current = *id;
            m_dirty = false;
            reload();
            Q_EMIT saved(true, *id, {});
            if (then)
                then();
        });
    return true;
}

} // namespace rakkan::ui
