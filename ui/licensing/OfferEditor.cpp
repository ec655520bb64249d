#include "ui/licensing/OfferEditor.h"

#include "licensing/OfferTerms.h"
#include "ui/common/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

using licensing::Money;
using licensing::Offer;
using licensing::OfferTerms;
using licensing::PaymentComponent;

namespace {

enum PaymentColumn { Basis, Amount, Currency, Share, Floor, Cap, Schedule, Publisher, Agent, Platform, Columns };

template <typename Labeller> QComboBox *vocabularyBox(const QStringList &keys, Labeller label)
{
    auto *box = new QComboBox;
    for (const QString &key : keys)
        box->addItem(label(key), key);
    return box;
}

void selectKey(QComboBox *box, const QString &key)
{
    const int i = box->findData(key);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

QString keyOf(const QComboBox *box)
{
    return box->currentData().toString();
}

QStringList splitList(const QString &text)
{
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,、，]")); // Japanese commas too
    for (const QString &item : text.split(separators, Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    return out;
}

QString moneyText(const std::optional<Money> &m)
{
    return m ? m->toPlainString() : QString();
}

QString percentCell(int basisPoints)
{
    return basisPoints ? OfferTerms::percentText(basisPoints).remove(QStringLiteral(" %")) : QString();
}

} // namespace

OfferEditor::OfferEditor(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("offerEditor"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    const auto track = [this](QWidget *w) {
        m_inputs << w;
        return w;
    };
    const QString notSet = tr("Not set");

    // Parties: who offers, through whom, and who finally gets the works.
    auto *parties = new QFormLayout;
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("offerTitle"));
    m_title->setPlaceholderText(tr("e.g. Portfolio licence for AI training"));
    m_counterparty = new QLineEdit;
    m_counterparty->setObjectName(QStringLiteral("offerCounterparty"));
    m_counterparty->setPlaceholderText(tr("The company or marketplace that wrote to you"));
    m_intermediary = new QLineEdit;
    m_intermediary->setPlaceholderText(tr("Publisher, agent or marketplace in between, if any"));
    m_intermediaryShare = new QDoubleSpinBox;
    m_intermediaryShare->setRange(0, 100);
    m_intermediaryShare->setDecimals(2);
    m_intermediaryShare->setSuffix(QStringLiteral(" %"));
    m_disclosed = new QCheckBox(tr("The ultimate licensee is named"));
    m_licensee = new QLineEdit;
    m_licensee->setPlaceholderText(tr("Who will finally use the works, when not the offerer"));
    m_channel =
        vocabularyBox(licensing::vocabulary::channels(), [](const QString &k) { return OfferTerms::channelLabel(k); });
    parties->addRow(tr("Title:"), track(m_title));
    parties->addRow(tr("Offered by:"), track(m_counterparty));
    parties->addRow(tr("Through:"), track(m_intermediary));
    parties->addRow(tr("Intermediary keeps:"), track(m_intermediaryShare));
    parties->addRow(QString(), track(m_disclosed));
    parties->addRow(tr("Ultimate licensee:"), track(m_licensee));
    parties->addRow(tr("How it came:"), track(m_channel));
    column->addWidget(group(tr("Parties"), parties));

    auto *works = new QFormLayout;
    m_works = new QLabel;
    m_works->setObjectName(QStringLiteral("offerWorks"));
    m_cosigners = new QLineEdit;
    m_cosigners->setPlaceholderText(tr("Co-authors, publisher... separated by commas"));
    works->addRow(tr("Works covered:"), m_works);
    works->addRow(tr("Must also approve:"), track(m_cosigners));
    column->addWidget(group(tr("Works"), works));

    // Uses: each use is permitted, prohibited, or left unsaid; a use cannot be both.
    auto *uses = new QGridLayout;
    uses->addWidget(new QLabel(tr("<b>Permitted</b>")), 0, 1);
    uses->addWidget(new QLabel(tr("<b>Prohibited</b>")), 0, 2);
    int row = 1;
    for (const QString &token : licensing::vocabulary::scopeTokens()) {
        auto *permit = new QCheckBox;
        auto *prohibit = new QCheckBox;
        permit->setObjectName(QStringLiteral("permit-") + token);
        prohibit->setObjectName(QStringLiteral("prohibit-") + token);
        permit->setAccessibleName(tr("Permitted: %1").arg(OfferTerms::scopeLabel(token)));
        prohibit->setAccessibleName(tr("Prohibited: %1").arg(OfferTerms::scopeLabel(token)));
        connect(permit, &QCheckBox::toggled, prohibit, [prohibit](bool on) {
            if (on)
                prohibit->setChecked(false);
        });
        connect(prohibit, &QCheckBox::toggled, permit, [permit](bool on) {
            if (on)
                permit->setChecked(false);
        });
        uses->addWidget(new QLabel(OfferTerms::scopeLabel(token)), row, 0);
        uses->addWidget(track(permit), row, 1, Qt::AlignHCenter);
        uses->addWidget(track(prohibit), row, 2, Qt::AlignHCenter);
        m_permits.insert(token, permit);
        m_prohibits.insert(token, prohibit);
        ++row;
    }
    uses->setColumnStretch(3, 1); // the boxes stay by their labels
    auto *reach = new QFormLayout;
    m_modelScope = vocabularyBox(licensing::vocabulary::modelScopes(),
                                 [](const QString &k) { return OfferTerms::modelScopeLabel(k); });
    m_modelName = new QLineEdit;
    m_modelName->setPlaceholderText(tr("The model named, if any"));
    auto *users = new QHBoxLayout;
    for (const QString &token : licensing::vocabulary::userClasses()) {
        auto *box = new QCheckBox(OfferTerms::userClassLabel(token));
        users->addWidget(track(box));
        m_users.insert(token, box);
    }
    users->addStretch();
    m_territory = new QLineEdit;
    m_territory->setPlaceholderText(tr("Worldwide; or country codes such as JP, US, EU"));
    reach->addRow(tr("Models covered:"), track(m_modelScope));
    reach->addRow(tr("Model:"), track(m_modelName));
    reach->addRow(tr("Who may use them:"), users);
    reach->addRow(tr("Territory:"), track(m_territory));
    auto *usesBox = new QVBoxLayout;
    usesBox->addLayout(uses);
    usesBox->addLayout(reach);
    column->addWidget(group(tr("Uses"), usesBox));

    auto *term = new QFormLayout;
    m_received = new OptionalDateEdit(notSet);
    m_deadline = new OptionalDateEdit(notSet);
    m_deadline->setObjectName(QStringLiteral("offerDeadline"));
    m_start = new OptionalDateEdit(notSet);
    m_end = new OptionalDateEdit(notSet);
    m_autoRenew = new QCheckBox(tr("Renews by itself"));
    m_postTerm = new QComboBox;
    m_postTerm->setObjectName(QStringLiteral("offerPostTerm"));
    for (auto v : {licensing::PostTermModels::Unspecified, licensing::PostTermModels::None,
                   licensing::PostTermModels::DeleteDataOnly, licensing::PostTermModels::ModelsSurvive,
                   licensing::PostTermModels::RetrainRequired})
        m_postTerm->addItem(OfferTerms::postTermLabel(v), licensing::postTermKey(v));
    term->addRow(tr("Received:"), track(m_received));
    term->addRow(tr("Answer due:"), track(m_deadline));
    term->addRow(tr("Licence starts:"), track(m_start));
    term->addRow(tr("Licence ends:"), track(m_end));
    term->addRow(QString(), track(m_autoRenew));
    term->addRow(tr("Trained models after the term:"), track(m_postTerm));
    column->addWidget(group(tr("Term"), term));

    auto *rights = new QFormLayout;
    m_exclusive = new QCheckBox(tr("Exclusive: you may not license these works to anyone else"));
    m_sublicensable = new QCheckBox(tr("The buyer may sublicense"));
    m_sublicenseTo = new QLineEdit;
    m_sublicenseTo->setPlaceholderText(tr("To whom"));
    m_blanket = new QCheckBox(tr("It also covers future deals"));
    rights->addRow(track(m_exclusive));
    rights->addRow(track(m_sublicensable));
    rights->addRow(tr("Sublicense to:"), track(m_sublicenseTo));
    rights->addRow(track(m_blanket));
    column->addWidget(group(tr("Rights granted"), rights));

    auto *money = new QVBoxLayout;
    m_payments = new QTableWidget(0, Columns);
    m_payments->setObjectName(QStringLiteral("offerPayments"));
    m_payments->setHorizontalHeaderLabels({tr("Basis"), tr("Amount"), tr("Currency"), tr("Share %"), tr("At least"),
                                           tr("At most"), tr("When paid"), tr("Publisher %"), tr("Agent %"),
                                           tr("Platform %")});
    m_payments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_payments->verticalHeader()->hide();
    m_payments->setMinimumHeight(110);
    m_inputs << m_payments;
    auto *paymentButtons = new QHBoxLayout;
    m_addPayment = new QPushButton(tr("Add Payment Term"));
    m_removePayment = new QPushButton(tr("Remove"));
    connect(m_addPayment, &QPushButton::clicked, this, [this] {
        addPaymentRow(PaymentComponent(QStringLiteral("flat")));
        Q_EMIT edited();
    });
    connect(m_removePayment, &QPushButton::clicked, this, [this] {
        if (m_payments->currentRow() >= 0) {
            m_payments->removeRow(m_payments->currentRow());
            Q_EMIT edited();
        }
    });
    paymentButtons->addWidget(track(m_addPayment));
    paymentButtons->addWidget(track(m_removePayment));
    paymentButtons->addStretch();
    money->addWidget(m_payments);
    money->addLayout(paymentButtons);
    column->addWidget(group(tr("Money"), money));

    auto *protections = new QFormLayout;
    m_attribution = new QLineEdit;
    m_attribution->setPlaceholderText(tr("How you are credited, if at all"));
    m_safeguards = new QLineEdit;
    m_safeguards->setPlaceholderText(tr("Filters against outputs that copy your works or characters"));
    m_warranty = new QCheckBox(tr("The buyer warrants its other training data was obtained lawfully"));
    m_warranty->setObjectName(QStringLiteral("offerWarranty"));
    m_audit = new QCheckBox(tr("You may audit use and payments"));
    m_audit->setObjectName(QStringLiteral("offerAudit"));
    m_reporting = new QLineEdit;
    m_reporting->setPlaceholderText(tr("What is reported to you, and how often"));
    m_takedownDays = new QSpinBox;
    m_takedownDays->setRange(-1, 3650);
    m_takedownDays->setSpecialValueText(notSet);
    m_takedownDays->setSuffix(tr(" days"));
    m_takedownDays->setValue(-1);
    m_takedown = vocabularyBox(licensing::vocabulary::takedownMechanisms(),
                               [](const QString &k) { return OfferTerms::takedownMechanismLabel(k); });
    m_takedownCost = vocabularyBox(licensing::vocabulary::takedownCosts(),
                                   [](const QString &k) { return OfferTerms::takedownCostLabel(k); });
    m_confidentiality = new QLineEdit;
    m_confidentiality->setPlaceholderText(tr("What you may not tell others"));
    m_law = new QLineEdit;
    m_law->setPlaceholderText(tr("e.g. Japan, Tokyo District Court"));
    protections->addRow(tr("Attribution:"), track(m_attribution));
    protections->addRow(tr("Output safeguards:"), track(m_safeguards));
    protections->addRow(track(m_warranty));
    protections->addRow(track(m_audit));
    protections->addRow(tr("Reporting:"), track(m_reporting));
    protections->addRow(tr("Takedown or unlearning:"), track(m_takedown));
    protections->addRow(tr("Within:"), track(m_takedownDays));
    protections->addRow(tr("Its cost:"), track(m_takedownCost));
    protections->addRow(tr("Confidentiality:"), track(m_confidentiality));
    protections->addRow(tr("Governing law:"), track(m_law));
    column->addWidget(group(tr("Protections"), protections));

    auto *notes = new QVBoxLayout;
    m_notes = new QPlainTextEdit;
    m_notes->setPlaceholderText(tr("Anything else: what was said on the phone, what your agent thinks..."));
    m_notes->setMaximumHeight(90);
    notes->addWidget(track(m_notes));
    column->addWidget(group(tr("Notes"), notes));
    column->addStretch();
    setWidget(page);

    // Every change of any field is an edit; the window uses it to know there is something to save.
    for (QWidget *w : std::as_const(m_inputs)) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            connect(e, &QLineEdit::textEdited, this, &OfferEditor::edited);
        else if (auto *c = qobject_cast<QCheckBox *>(w))
            connect(c, &QCheckBox::clicked, this, &OfferEditor::edited);
        else if (auto *b = qobject_cast<QComboBox *>(w))
            connect(b, qOverload<int>(&QComboBox::activated), this, &OfferEditor::edited);
        else if (auto *d = qobject_cast<QDateEdit *>(w))
            // Not only on leaving the field: a date picked from the calendar must enable Save at once (setOffer
            // blocks this editor's signals, so filling the form is no edit).
            connect(d, &QDateEdit::dateChanged, this, &OfferEditor::edited);
        else if (auto *s = qobject_cast<QAbstractSpinBox *>(w))
            connect(s, &QAbstractSpinBox::editingFinished, this, &OfferEditor::edited);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            connect(t, &QPlainTextEdit::textChanged, this, [this, t] {
                if (t->hasFocus())
                    Q_EMIT edited();
            });
    }
    connect(m_payments, &QTableWidget::itemChanged, this, &OfferEditor::edited);
    setOffer(Offer());
}

QWidget *OfferEditor::group(const QString &title, QLayout *layout)
{
    auto *box = new QGroupBox(title);
    box->setLayout(layout);
    return box;
}

void OfferEditor::addPaymentRow(const PaymentComponent &p)
{
    const QSignalBlocker quiet(m_payments);
    const int row = m_payments->rowCount();
    m_payments->insertRow(row);
    auto *basis = vocabularyBox(licensing::vocabulary::paymentBases(),
                                [](const QString &k) { return OfferTerms::basisLabel(k); });
    selectKey(basis, p.basis);
    connect(basis, qOverload<int>(&QComboBox::activated), this, &OfferEditor::edited);
    m_payments->setCellWidget(row, Basis, basis);
    auto *currency = new QComboBox;
    currency->setEditable(true);
    currency->addItems(Money::commonCurrencies());
    const std::optional<Money> &withCurrency = p.amount ? p.amount : (p.cap ? p.cap : p.floor);
    currency->setCurrentText(withCurrency ? withCurrency->currency()
                                          : QLocale().currencySymbol(QLocale::CurrencyIsoCode));
    if (currency->currentText().isEmpty())
        currency->setCurrentText(QStringLiteral("JPY"));
    connect(currency, &QComboBox::currentTextChanged, this, &OfferEditor::edited);
    m_payments->setCellWidget(row, Currency, currency);
    const auto text = [&](int col, const QString &value) {
        m_payments->setItem(row, col, new QTableWidgetItem(value));
    };
    text(Amount, moneyText(p.amount));
    text(Share, percentCell(p.shareBasisPoints));
    text(Floor, moneyText(p.floor));
    text(Cap, moneyText(p.cap));
    text(Schedule, p.schedule);
    text(Publisher, percentCell(p.splitPublisherBasisPoints));
    text(Agent, percentCell(p.splitAgentBasisPoints));
    text(Platform, percentCell(p.splitPlatformBasisPoints));
}

void OfferEditor::addPayment(const QString &basis, const QString &amount, const QString &currency)
{
    addPaymentRow(PaymentComponent(basis));
    const int row = m_payments->rowCount() - 1;
    m_payments->item(row, Amount)->setText(amount);
    qobject_cast<QComboBox *>(m_payments->cellWidget(row, Currency))->setCurrentText(currency);
    Q_EMIT edited();
}

void OfferEditor::setWorks(const QList<qint64> &workIds)
{
    m_base.workIds = workIds;
    m_works->setText(workIds.isEmpty() ? tr("The whole portfolio (no works chosen)")
                                       : tr("%n work(s)", nullptr, int(workIds.size())));
}

void OfferEditor::setOffer(const Offer &o)
{
    m_base = o;
    const QSignalBlocker quiet(this);
    m_title->setText(o.title);
    m_counterparty->setText(o.counterparty);
    m_intermediary->setText(o.intermediary);
    m_intermediaryShare->setValue(o.intermediaryShareBasisPoints / 100.0);
    m_disclosed->setChecked(o.licenseeDisclosed);
    m_licensee->setText(o.licenseeName);
    selectKey(m_channel, o.channel);
    setWorks(o.workIds);
    m_cosigners->setText(o.cosigners.join(QStringLiteral(", ")));
    for (auto it = m_permits.cbegin(); it != m_permits.cend(); ++it) {
        it.value()->setChecked(o.permits.contains(it.key()));
        m_prohibits[it.key()]->setChecked(o.prohibits.contains(it.key()));
    }
    selectKey(m_modelScope, o.modelScope);
    m_modelName->setText(o.modelName);
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        it.value()->setChecked(o.userClass.contains(it.key()));
    m_territory->setText(o.territory.join(QStringLiteral(", ")));
    m_received->setValue(o.receivedOn);
    m_deadline->setValue(o.responseDeadline);
    m_start->setValue(o.termStart);
    m_end->setValue(o.termEnd);
    m_autoRenew->setChecked(o.autoRenew);
    selectKey(m_postTerm, licensing::postTermKey(o.postTermModels));
    m_exclusive->setChecked(o.exclusive);
    m_sublicensable->setChecked(o.sublicensable);
    m_sublicenseTo->setText(o.sublicenseTo);
    m_blanket->setChecked(o.blanketFuture);
    m_payments->setRowCount(0);
    for (const PaymentComponent &p : o.payments)
        addPaymentRow(p);
    m_attribution->setText(o.attribution);
    m_safeguards->setText(o.outputSafeguards);
    m_warranty->setChecked(o.provenanceWarranty);
    m_audit->setChecked(o.auditRights);
    m_reporting->setText(o.reporting);
    m_takedownDays->setValue(o.takedownNoticeDays.value_or(-1));
    selectKey(m_takedown, o.takedownMechanism);
    selectKey(m_takedownCost, o.takedownCost);
    m_confidentiality->setText(o.confidentiality);
    m_law->setText(o.governingLaw);
    m_notes->setPlainText(o.notes);
}

Result<Offer> OfferEditor::offer() const
{
    Offer o = m_base;
    o.title = m_title->text().trimmed();
    o.counterparty = m_counterparty->text().trimmed();
    o.intermediary = m_intermediary->text().trimmed();
    o.intermediaryShareBasisPoints = qRound(m_intermediaryShare->value() * 100);
    o.licenseeDisclosed = m_disclosed->isChecked();
    o.licenseeName = m_licensee->text().trimmed();
    o.channel = keyOf(m_channel);
    o.cosigners = splitList(m_cosigners->text());
    o.permits.clear();
    o.prohibits.clear();
    for (const QString &token : licensing::vocabulary::scopeTokens()) {
        if (m_permits[token]->isChecked())
            o.permits << token;
        if (m_prohibits[token]->isChecked())
            o.prohibits << token;
    }
    o.modelScope = keyOf(m_modelScope);
    o.modelName = m_modelName->text().trimmed();
    o.userClass.clear();
    for (const QString &token : licensing::vocabulary::userClasses())
        if (m_users[token]->isChecked())
            o.userClass << token;
    o.territory.clear();
    for (const QString &code : splitList(m_territory->text()))
        o.territory << code.toUpper();
    o.receivedOn = m_received->value();
    o.responseDeadline = m_deadline->value();
    o.termStart = m_start->value();
    o.termEnd = m_end->value();
    o.autoRenew = m_autoRenew->isChecked();
    o.postTermModels = licensing::postTermFromKey(keyOf(m_postTerm)).value_or(licensing::PostTermModels::Unspecified);
    o.exclusive = m_exclusive->isChecked();
    o.sublicensable = m_sublicensable->isChecked();
    o.sublicenseTo = m_sublicenseTo->text().trimmed();
    o.blanketFuture = m_blanket->isChecked();

    o.payments.clear();
    for (int row = 0; row < m_payments->rowCount(); ++row) {
        const auto cell = [&](int col) {
            const QTableWidgetItem *item = m_payments->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        const QString currency =
            qobject_cast<QComboBox *>(m_payments->cellWidget(row, Currency))->currentText().trimmed().toUpper();
        const auto amount = [&](int col) -> Result<std::optional<Money>> {
            if (cell(col).isEmpty())
                return std::optional<Money>();
            auto m = Money::parse(cell(col), currency);
            if (!m.ok())
                return makeError(m.error().code, tr("Payment term %1: %2").arg(row + 1).arg(m.error().message));
            return std::optional<Money>(*m);
        };
        const auto percent = [&](int col) -> Result<int> {
            if (cell(col).isEmpty())
                return 0;
            const auto bp = OfferTerms::parsePercent(cell(col));
            if (!bp)
                return makeError(
                    ErrorCode::InvalidArgument,
                    tr("Payment term %1: \"%2\" is not a percentage from 0 to 100.").arg(row + 1).arg(cell(col)));
            return *bp;
        };
        PaymentComponent p(keyOf(qobject_cast<QComboBox *>(m_payments->cellWidget(row, Basis))));
        p.schedule = cell(Schedule);
        for (const auto &[col, field] :
             {std::pair{int(Amount), &p.amount}, std::pair{int(Floor), &p.floor}, std::pair{int(Cap), &p.cap}}) {
            RAKKAN_TRY(auto value, amount(col));
            *field = value;
        }
        for (const auto &[col, field] :
             {std::pair{int(Share), &p.shareBasisPoints}, std::pair{int(Publisher), &p.splitPublisherBasisPoints},
              std::pair{int(Agent), &p.splitAgentBasisPoints}, std::pair{int(Platform), &p.splitPlatformBasisPoints}}) {
            RAKKAN_TRY(auto value, percent(col));
            *field = value;
        }
        o.payments << p;
    }
    o.attribution = m_attribution->text().trimmed();
    o.outputSafeguards = m_safeguards->text().trimmed();
    o.provenanceWarranty = m_warranty->isChecked();
    o.auditRights = m_audit->isChecked();
    o.reporting = m_reporting->text().trimmed();
    o.takedownNoticeDays =
        m_takedownDays->value() < 0 ? std::optional<int>() : std::optional<int>(m_takedownDays->value());
    o.takedownMechanism = keyOf(m_takedown);
    o.takedownCost = keyOf(m_takedownCost);
    o.confidentiality = m_confidentiality->text().trimmed();
    o.governingLaw = m_law->text().trimmed();
    o.notes = m_notes->toPlainText().trimmed();
    RAKKAN_TRY(OfferTerms::validate(o));
    return o;
}

void OfferEditor::setReadOnly(bool readOnly)
{
    for (QWidget *w : std::as_const(m_inputs)) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(readOnly);
        else if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            t->setReadOnly(readOnly);
        else if (auto *table = qobject_cast<QTableWidget *>(w))
            table->setEnabled(!readOnly);
        else
            w->setEnabled(!readOnly);
    }
}

} // namespace rakkan::ui
