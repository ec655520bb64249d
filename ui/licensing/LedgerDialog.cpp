#include "ui/licensing/LedgerDialog.h"

#include "core/AtomicFile.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>
#include <set>

namespace rakkan::ui {

using licensing::LedgerTotal;

namespace {

QTableWidget *table(const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void addRow(QTableWidget *t, const QStringList &cells, int moneyColumn)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int col = 0; col < cells.size(); ++col) {
        auto *item = new QTableWidgetItem(cells[col]);
        if (col == moneyColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, col, item);
    }
}

} // namespace

LedgerDialog::LedgerDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("ledgerDialog"));
    setWindowTitle(tr("Payments Ledger"));
    resize(980, 720);
    m_payments = table({tr("Received"), tr("Licensee"), tr("Offer"), tr("Amount"), tr("Note")},
                       QStringLiteral("ledgerPayments"));
    m_years = table({tr("Year"), tr("Payments"), tr("Total")}, QStringLiteral("ledgerYears"));
    m_licensees = table({tr("Licensee"), tr("Payments"), tr("Total")}, QStringLiteral("ledgerLicensees"));
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("ledgerCurrency"));
    connect(m_currency, &QComboBox::currentTextChanged, this, &LedgerDialog::updateChart);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("ledgerSummary"));

    auto *totals = new QHBoxLayout;
    totals->addWidget(m_years);
    totals->addWidget(m_licensees);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(new QLabel(tr("Chart in:")));
    chartRow->addWidget(m_currency);
    chartRow->addStretch();
    auto *top = new QWidget;
    auto *topColumn = new QVBoxLayout(top);
    topColumn->setContentsMargins(0, 0, 0, 0);
    topColumn->addWidget(m_summary);
    topColumn->addWidget(m_payments, 1);
    auto *bottom = new QWidget;
    auto *bottomColumn = new QVBoxLayout(bottom);
    bottomColumn->setContentsMargins(0, 0, 0, 0);
    bottomColumn->addLayout(totals);
    bottomColumn->addLayout(chartRow);
    bottomColumn->addWidget(m_chart, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    split->addWidget(bottom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *csv = buttons->addButton(tr("Export CSV..."), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, &LedgerDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
}

LedgerDialog::~LedgerDialog() = default;

void LedgerDialog::reload()
{
    struct Loaded
    {
        Result<QList<licensing::PaymentReceived>> payments;
        Result<QList<licensing::Offer>> offers;
    };
    m_catalog.submit<Loaded>(
        this,
        [](catalog::Catalog &catalog) {
            return Loaded{licensing::PaymentsReceived(catalog).list(), licensing::OfferStore(catalog).list()};
        },
        [this](const Loaded &result) {
            if (!result.payments.ok() || !result.offers.ok()) {
                const Error &error = !result.payments.ok() ? result.payments.error() : result.offers.error();
                m_dialogs->showError(this, tr("Cannot read the payments"), error.message);
                return;
            }
            m_ledger = std::make_unique<licensing::Ledger>(*result.payments, *result.offers);
            showLedger();
            Q_EMIT loaded();
        });
}

void LedgerDialog::showLedger()
{
    m_payments->setRowCount(0);
    m_years->setRowCount(0);
    m_licensees->setRowCount(0);
    for (const auto &p : m_ledger->payments())
        addRow(m_payments,
               {dateText(p.receivedOn), m_ledger->licenseeOf(p), m_ledger->offerTitleOf(p), p.amount.format(), p.note},
               3);
    const auto fill = [this](QTableWidget *t, const Result<QList<LedgerTotal>> &totals) {
        if (!totals.ok()) {
            m_dialogs->showError(this, tr("Cannot add up the payments"), totals.error().message);
            return;
        }
        for (const LedgerTotal &total : *totals)
            addRow(t, {total.group, QString::number(total.payments), total.amount.format()}, 2);
    };
    fill(m_years, m_ledger->byYear());
    fill(m_licensees, m_ledger->byLicensee());
    QStringList parts;
    if (auto overall = m_ledger->overall(); overall.ok())
        for (const LedgerTotal &t : *overall)
            parts << t.amount.format();
    m_summary->setText(parts.isEmpty() ? tr("No payments recorded yet. Record them from an offer's Payments tab.")
                                       : tr("Received in all: %1").arg(parts.join(QStringLiteral(", "))));
    std::set<QString> currencies;
    for (const auto &p : m_ledger->payments())
        currencies.insert(p.amount.currency());
    const QString chosen = m_currency->currentText();
    {
        const QSignalBlocker quiet(m_currency);
        m_currency->clear();
        for (const QString &c : currencies)
            m_currency->addItem(c);
        if (m_currency->findText(chosen) >= 0)
            m_currency->setCurrentText(chosen);
    }
    updateChart();
}

void LedgerDialog::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Received per year, by licensee"));
    chart->legend()->setAlignment(Qt::AlignRight);
    const QString currency = m_currency->currentText();
    if (m_ledger && !currency.isEmpty()) {
        // The chart only draws bar heights, so doubles are fine here; every figure shown as text stays exact.
        std::map<QString, std::map<int, qint64>> byLicensee; // licensee -> year -> minor units
        std::set<int> years;
        for (const auto &p : m_ledger->payments()) {
            if (p.amount.currency() != currency)
                continue;
            byLicensee[m_ledger->licenseeOf(p)][p.receivedOn.year()] += p.amount.minorUnits();
            years.insert(p.receivedOn.year());
        }
        const int decimals = licensing::Money::decimals(currency).value_or(0);
        double scale = 1;
        for (int i = 0; i < decimals; ++i)
            scale *= 10;
        auto *series = new QStackedBarSeries;
        for (const auto &[licensee, perYear] : byLicensee) {
            auto *set = new QBarSet(licensee);
            for (int year : years) {
                const auto it = perYear.find(year);
                *set << (it == perYear.end() ? 0.0 : double(it->second) / scale);
            }
            series->append(set);
        }
        chart->addSeries(series);
        QStringList categories;
        for (int year : years)
            categories << QString::number(year);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTitleText(currency);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    // setChart() hands the previous chart back to us.
    delete old;
}

void LedgerDialog::exportCsv()
{
    if (!m_ledger)
        return;
    const QString path =
        m_dialogs->chooseSaveFile(this, tr("Export the ledger"), QStringLiteral("payments.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_catalog.submit<Result<void>>(
        this, [bytes = m_ledger->toCsv(), path](catalog::Catalog &) { return writeFileAtomically(path, bytes); },
        [this, path](const Result<void> &done) {
            if (!done.ok())
                m_dialogs->showError(this, tr("Cannot export the ledger"), done.error().message);
            Q_EMIT exported(done.ok(), path);
        });
}

} // namespace rakkan::ui
