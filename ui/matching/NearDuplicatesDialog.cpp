#include "ui/matching/NearDuplicatesDialog.h"

#include "matching/NearDuplicates.h"
#include "ui/common/CatalogSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {
struct Member
{
    qint64 workId = 0;
    QString title;
    QString path;
    QImage thumbnail;
};
} // namespace

NearDuplicatesDialog::NearDuplicatesDialog(CatalogBinding catalog, MatcherCache cache, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_cache(std::move(cache))
{
    setObjectName(QStringLiteral("nearDuplicatesDialog"));
    setWindowTitle(tr("Near Duplicates"));
    resize(760, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Files in the catalogue that are copies of each other: the same page saved twice, an "
                      "export beside its original, a crop, a turned scan, a panel saved on its own. Each pair "
                      "is checked as Check an Image checks a copy."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_threshold = new QSpinBox;
    m_threshold->setObjectName(QStringLiteral("duplicatesThreshold"));
    m_threshold->setRange(0, 64);
    m_threshold->setValue(matching::CatalogMatcher::kDefaultThreshold);
    m_threshold->setSuffix(tr(" bits"));
    m_threshold->setToolTip(tr("How far apart (of 256 bits) the fingerprints of two whole pictures may be for them to "
                               "be compared. Higher finds more re-edited copies and takes longer; 31 is PDQ's own "
                               "advice. Crops, turns and panels are found by their keypoints whatever this is."));
    form->addRow(tr("&Fingerprint distance up to:"), m_threshold);
    layout->addLayout(form);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("duplicateGroups"));
    m_tree->setAccessibleName(tr("Groups of near duplicates"));
    m_tree->setHeaderLabels({tr("Work"), tr("Original file")});
    m_tree->setIconSize(QSize(48, 48));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *again = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(again, &QPushButton::clicked, this, &NearDuplicatesDialog::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 workId = item->data(0, Qt::UserRole).toLongLong();
        if (workId > 0)
            Q_EMIT showWorkRequested(workId);
    });
}

void NearDuplicatesDialog::setThreshold(int bits)
{
    m_threshold->setValue(bits);
}

int NearDuplicatesDialog::threshold() const
{
    return m_threshold->value();
}

int NearDuplicatesDialog::groupCount() const
{
    return m_tree->topLevelItemCount();
}

void NearDuplicatesDialog::refresh()
{
    m_status->setText(tr("Looking for near duplicates..."));
    m_tree->clear();
    auto cache = m_cache;
    const int threshold = m_threshold->value();
    m_catalog.submit<Result<QList<QList<Member>>>>(
        this,
        [cache, threshold](catalog::Catalog &catalog) -> Result<QList<QList<Member>>> {
            if (!*cache) {
                auto matcher = std::make_unique<matching::CatalogMatcher>();
                RAKKAN_TRY(matcher->load(catalog));
                *cache = std::move(matcher);
            }
            QList<QList<Member>> groups;
            for (const auto &group : matching::NearDuplicates::groups(**cache, threshold)) {
                QList<Member> members;
                for (const auto &m : group) {
                    Member member{m.workId, QString(), QString(), QImage()};
                    if (auto work = catalog.works().get(m.workId); work.ok()) {
                        member.title = work->title;
                        for (const auto &asset : std::as_const(work->assets))
                            if (asset.id == m.assetId)
                                member.path = asset.originalPath;
                    }
                    if (auto thumb = catalog.assets().thumbnail(m.assetId); thumb.ok())
                        member.thumbnail = QImage::fromData(*thumb, "JPEG");
                    members << member;
                }
                groups << members;
            }
            return groups;
        },
        [this](const Result<QList<QList<Member>>> &groups) {
            if (!groups.ok()) {
                m_status->setText(groups.error().message);
                Q_EMIT loaded(0);
                return;
            }
            int n = 0;
            for (const auto &group : *groups) {
                auto *top = new QTreeWidgetItem({tr("Group %1: %n file(s)", nullptr, int(group.size())).arg(++n)});
                for (const Member &m : group) {
                    auto *child = new QTreeWidgetItem(top, {m.title, m.path});
                    child->setData(0, Qt::UserRole, m.workId);
                    child->setIcon(0, QIcon(QPixmap::fromImage(m.thumbnail)));
                    child->setToolTip(1, m.path);
                }
                m_tree->addTopLevelItem(top);
                top->setExpanded(true);
            }
            m_status->setText(groups->isEmpty() ? tr("No near duplicates in the catalogue.")
                                                : tr("%n group(s) of files that are copies of each other. Double-click "
                                                     "a file to show its work.",
                                                     nullptr, int(groups->size())));
            Q_EMIT loaded(int(groups->size()));
        });
}

} // namespace rakkan::ui
