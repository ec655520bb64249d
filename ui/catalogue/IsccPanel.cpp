#include "ui/catalogue/IsccPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rakkan::ui {

IsccPanel::IsccPanel(QWidget *parent) : QGroupBox(tr("Content identity (ISCC)"), parent)
{
    setObjectName(QStringLiteral("isccPanel"));
    auto *layout = new QVBoxLayout(this);
    m_file = new QLabel;
    m_file->setWordWrap(true);
    layout->addWidget(m_file);
    m_missing = new QLabel(tr("Not computed yet: this file was catalogued by an older Rakkan. Use Tools > Compute "
                              "Missing Fingerprints and ISCC."));
    m_missing->setObjectName(QStringLiteral("isccMissing"));
    m_missing->setWordWrap(true);
    layout->addWidget(m_missing);
    m_rows = new QWidget;
    auto *grid = new QGridLayout(m_rows);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_rows);
    m_code = addRow(tr("ISCC-CODE:"), QStringLiteral("isccCode"));
    m_meta = addRow(tr("Meta-Code (title):"), QStringLiteral("isccMeta"));
    m_content = addRow(tr("Image-Code:"), QStringLiteral("isccContent"));
    m_data = addRow(tr("Data-Code:"), QStringLiteral("isccData"));
    m_instance = addRow(tr("Instance-Code:"), QStringLiteral("isccInstance"));
    m_datahash = addRow(tr("Datahash (BLAKE3):"), QStringLiteral("isccDatahash"));
    setIscc(std::nullopt, QString());
}

QLineEdit *IsccPanel::addRow(const QString &label, const QString &objectName)
{
    auto *grid = static_cast<QGridLayout *>(m_rows->layout());
    const int row = grid->rowCount();
    auto *field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setAccessibleName(label);
    auto *title = new QLabel(label);
    title->setBuddy(field);
    auto *copy = new QToolButton;
    copy->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    copy->setToolTip(tr("Copy %1").arg(QString(label).remove(QLatin1Char(':'))));
    copy->setAccessibleName(copy->toolTip());
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    connect(copy, &QToolButton::clicked, this, [field] { QApplication::clipboard()->setText(field->text()); });
    grid->addWidget(title, row, 0);
    grid->addWidget(field, row, 1);
    grid->addWidget(copy, row, 2);
    return field;
}

void IsccPanel::setIscc(const std::optional<iscc::AssetIscc> &code, const QString &fileLabel)
{
    m_file->setText(fileLabel);
    m_file->setVisible(!fileLabel.isEmpty());
    m_missing->setVisible(!code);
    m_rows->setVisible(code.has_value());
    if (!code)
        return;
    const QString none = tr("(none: the work has no title)");
    m_code->setText(code->isccCode);
    m_meta->setText(code->metaUnit.isEmpty() ? none : code->metaUnit);
    m_content->setText(code->contentUnit);
    m_data->setText(code->dataUnit);
    m_instance->setText(code->instanceUnit);
    m_datahash->setText(code->datahash);
    for (auto *field : {m_code, m_meta, m_content, m_data, m_instance, m_datahash})
        field->setCursorPosition(0);
}

} // namespace rakkan::ui
