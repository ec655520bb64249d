#include "ui/licensing/CompareOffersDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

CompareOffersDialog::CompareOffersDialog(const QList<licensing::Offer> &offers,
                                         const QList<licensing::ComparedTerm> &terms, QWidget *parent)
    : QDialog(parent), m_terms(terms)
{
    setObjectName(QStringLiteral("compareOffersDialog"));
    setWindowTitle(tr("Compare Offers"));
    resize(260 + 300 * int(offers.size()), 720);

    QStringList headers;
    for (const licensing::Offer &o : offers)
        headers << (o.version > 1 ? tr("%1 (v%2)\n%3").arg(o.title).arg(o.version).arg(o.counterparty)
                                  : QStringLiteral("%1\n%2").arg(o.title, o.counterparty));
    m_table = new QTableWidget(0, int(offers.size()));
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);

    // A highlight that reads on light and dark themes alike: the palette's own highlight, faint.
    QColor differs = palette().color(QPalette::Highlight);
    differs.setAlpha(50);
    QString section;
    for (const licensing::ComparedTerm &term : terms) {
        if (term.section != section) {
            section = term.section;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *head = new QTableWidgetItem(section);
            QFont bold = head->font();
            bold.setBold(true);
            head->setFont(bold);
            head->setBackground(palette().color(QPalette::AlternateBase));
            m_table->setVerticalHeaderItem(row, new QTableWidgetItem(QString()));
            m_table->setItem(row, 0, head);
            m_table->setSpan(row, 0, 1, m_table->columnCount());
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *label = new QTableWidgetItem(term.differs ? QStringLiteral("● ") + term.label : term.label);
        label->setData(Qt::UserRole, term.key);
        label->setToolTip(term.differs ? tr("The offers differ here.") : QString());
        m_table->setVerticalHeaderItem(row, label);
        for (int col = 0; col < term.values.size(); ++col) {
            auto *cell = new QTableWidgetItem(term.values[col]);
            cell->setData(kDiffersRole, term.differs);
            if (term.differs)
                cell->setBackground(differs);
            m_table->setItem(row, col, cell);
        }
    }
    m_table->verticalHeader()->show();

    m_onlyDifferences = new QCheckBox(tr("Only the terms that differ"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this](bool only) {
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *cell = m_table->item(row, 0);
            const bool isSection = m_table->columnSpan(row, 0) > 1;
            m_table->setRowHidden(row, only && !isSection && cell && !cell->data(kDiffersRole).toBool());
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Money per work per year counts only fixed fees (flat and per work) over the "
                                    "licence term; shares of revenue depend on figures the offers do not give.")));
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_onlyDifferences);
    bottom->addStretch();
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
}

int CompareOffersDialog::rowOf(const QString &key) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (const auto *header = m_table->verticalHeaderItem(row); header && header->data(Qt::UserRole) == key)
            return row;
    return -1;
}

} // namespace rakkan::ui
