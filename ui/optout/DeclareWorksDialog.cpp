#include "ui/optout/DeclareWorksDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rakkan::ui {

DeclareWorksDialog::DeclareWorksDialog(int selectedWorks, const QStringList &series,
                                       const QList<registry::Registry> &registries, qint64 currentRegistry,
                                       QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("declareWorksDialog"));
    setWindowTitle(tr("Declare Works"));
    auto *layout = new QVBoxLayout(this);

    auto *works = new QGroupBox(tr("Which works"));
    auto *worksLayout = new QVBoxLayout(works);
    m_selected = new QRadioButton(tr("The %n selected work(s)", nullptr, selectedWorks));
    m_selected->setEnabled(selectedWorks > 0);
    m_series = new QRadioButton(tr("Every work of a series:"));
    m_series->setEnabled(!series.isEmpty());
    m_seriesCombo = new QComboBox;
    m_seriesCombo->setObjectName(QStringLiteral("seriesCombo"));
    m_seriesCombo->addItems(series);
    m_seriesCombo->setEnabled(false);
    m_all = new QRadioButton(tr("Every work in the catalogue"));
    auto *seriesRow = new QHBoxLayout;
    seriesRow->addWidget(m_series);
    seriesRow->addWidget(m_seriesCombo, 1);
    worksLayout->addWidget(m_selected);
    worksLayout->addLayout(seriesRow);
    worksLayout->addWidget(m_all);
    (selectedWorks > 0 ? m_selected : m_all)->setChecked(true);
    layout->addWidget(works);

    auto *targets = new QGroupBox(tr("To which registries"));
    auto *targetsLayout = new QVBoxLayout(targets);
    m_registries = new QListWidget;
    m_registries->setObjectName(QStringLiteral("registryChecklist"));
    for (const registry::Registry &r : registries) {
        auto *item = new QListWidgetItem(tr("%1 (hub %2, %3)").arg(r.name).arg(r.hubId).arg(r.url), m_registries);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(r.id == currentRegistry ? Qt::Checked : Qt::Unchecked);
    }
    targetsLayout->addWidget(m_registries);
    layout->addWidget(targets);

    auto *note = new QLabel(tr("Next, you see exactly what will leave this computer for each file before anything "
                               "is sent. Files declared to a registry already are not sent again."));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Review..."));
    layout->addWidget(m_buttons);

    connect(m_series, &QRadioButton::toggled, m_seriesCombo, &QComboBox::setEnabled);
    for (auto *radio : {m_selected, m_series, m_all})
        connect(radio, &QRadioButton::toggled, this, &DeclareWorksDialog::updateAcceptable);
    connect(m_registries, &QListWidget::itemChanged, this, &DeclareWorksDialog::updateAcceptable);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAcceptable();
}

DeclareWorksDialog::Scope DeclareWorksDialog::scope() const
{
    if (m_selected->isChecked())
        return Scope::Selected;
    return m_series->isChecked() ? Scope::Series : Scope::All;
}

QString DeclareWorksDialog::series() const
{
    return m_series->isChecked() ? m_seriesCombo->currentText() : QString();
}

QList<qint64> DeclareWorksDialog::registryIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_registries->count(); ++i)
        if (m_registries->item(i)->checkState() == Qt::Checked)
            ids << m_registries->item(i)->data(Qt::UserRole).toLongLong();
    return ids;
}

void DeclareWorksDialog::setScope(Scope scope, const QString &series)
{
    switch (scope) {
    case Scope::Selected:
        m_selected->setChecked(true);
        break;
    case Scope::Series:
        m_series->setChecked(true);
        m_seriesCombo->setCurrentText(series);
        break;
    case Scope::All:
        m_all->setChecked(true);
        break;
    }
}

void DeclareWorksDialog::setRegistryChecked(qint64 id, bool checked)
{
    for (int i = 0; i < m_registries->count(); ++i)
        if (m_registries->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_registries->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void DeclareWorksDialog::updateAcceptable()
{
    const bool worksChosen = (m_selected->isChecked() && m_selected->isEnabled()) || m_all->isChecked() ||
                             (m_series->isChecked() && m_seriesCombo->count() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(worksChosen && !registryIds().isEmpty());
}

} // namespace rakkan::ui
