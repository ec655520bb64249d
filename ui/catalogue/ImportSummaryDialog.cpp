#include "ui/catalogue/ImportSummaryDialog.h"

#include "cataloguing/ImportSummary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

using Outcome = cataloguing::ImportItem::Outcome;

ImportSummaryDialog::ImportSummaryDialog(const cataloguing::ImportReport &report, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import finished"));
    setObjectName(QStringLiteral("importSummaryDialog"));
    resize(760, 420);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(cataloguing::ImportSummary::line(report));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto *tree = new QTreeWidget;
    tree->setObjectName(QStringLiteral("importProblems"));
    tree->setHeaderLabels({tr("File"), tr("What happened")});
    tree->setRootIsDecorated(false);
    // Long reasons wrap inside their column rather than being cut off; the file name is elided in the middle,
    // where its folder is least telling, and shown whole in its tooltip.
    tree->setWordWrap(true);
    tree->setUniformRowHeights(false);
    tree->setTextElideMode(Qt::ElideMiddle);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    tree->setColumnWidth(0, 300);
    for (const auto &item : report.items) {
        if (item.outcome == Outcome::Added)
            continue;
        const QString what =
            item.outcome == Outcome::Failed
                ? (item.error ? item.error->message : tr("Failed"))
                : tr("Already catalogued as \"%1\"; nothing was added. Double-click to show it.").arg(item.workTitle);
        auto *row = new QTreeWidgetItem({QDir::toNativeSeparators(item.path), what});
        row->setToolTip(0, row->text(0));
        row->setToolTip(1, what);
        row->setData(0, Qt::UserRole, item.outcome == Outcome::AlreadyCatalogued ? item.workId : 0);
        tree->addTopLevelItem(row);
    }
    tree->setVisible(tree->topLevelItemCount() > 0);
    connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const qint64 workId = row->data(0, Qt::UserRole).toLongLong();
        if (workId > 0)
            Q_EMIT showWorkRequested(workId);
    });
    layout->addWidget(tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace rakkan::ui
