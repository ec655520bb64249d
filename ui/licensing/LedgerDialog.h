#pragma once

#include "licensing/Ledger.h"
#include "ui/common/CatalogSession.h"

#include <QDialog>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace rakkan::ui {

class Dialogs;

// The money actually received: every payment, totals per year and per licensee (exact, per currency), a chart of
// the years by licensee, and a CSV export safe to open in a spreadsheet.
class LedgerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerDialog)

public:
    LedgerDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent = nullptr);
    ~LedgerDialog() override;

    void reload();
    void exportCsv();

    QTableWidget *paymentsTable() const { return m_payments; }
    QTableWidget *yearTable() const { return m_years; }
    QTableWidget *licenseeTable() const { return m_licensees; }
    QChartView *chartView() const { return m_chart; }
    QComboBox *currencyBox() const { return m_currency; }

Q_SIGNALS:
    void loaded();
    void exported(bool ok, const QString &path);

private:
    void showLedger();
    void updateChart();

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    std::unique_ptr<licensing::Ledger> m_ledger;
    QTableWidget *m_payments;
    QTableWidget *m_years;
    QTableWidget *m_licensees;
    QComboBox *m_currency;
    QChartView *m_chart;
    QLabel *m_summary;
};

} // namespace rakkan::ui
