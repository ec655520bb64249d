#include "ui/matching/CheckImageDialog.h"

#include "matching/FingerprintInput.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Job.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

namespace {
constexpr int kPreviewSide = 320;
}

CheckImageDialog::CheckImageDialog(CatalogBinding catalog, MatcherCache cache, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_cache(std::move(cache))
{
    setObjectName(QStringLiteral("checkImageDialog"));
    setWindowTitle(tr("Check an Image"));
    setAcceptDrops(true);
    resize(820, 620);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Drop a suspect image here (a re-upload, a screenshot, a cropped or mirrored copy, a "
                                "single panel), paste one with Ctrl+V, or choose a file. It is compared on this "
                                "computer with the fingerprints of your works; nothing is sent anywhere."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Choose a &File..."));
    choose->setObjectName(QStringLiteral("chooseSuspectButton"));
    auto *pasteButton = new QPushButton(tr("&Paste"));
    pasteButton->setObjectName(QStringLiteral("pasteSuspectButton"));
    buttons->addWidget(choose);
    buttons->addWidget(pasteButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setAccessibleName(tr("Matching works"));
    m_results->setHeaderLabels({tr("Work"), tr("Distance"), tr("Verdict"), tr("How it was changed"), tr("Matched")});
    m_results->setRootIsDecorated(false);
    m_results->setIconSize(QSize(48, 48));
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_results->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_results, 1);

    auto *sideBySide = new QHBoxLayout;
    m_suspectView = new QLabel;
    m_suspectView->setAccessibleName(tr("The suspect image, matched part outlined"));
    m_originalView = new QLabel;
    m_originalView->setAccessibleName(tr("Your work"));
    m_differenceView = new QLabel;
    m_differenceView->setObjectName(QStringLiteral("differenceView"));
    m_differenceView->setAccessibleName(tr("Where the copy differs from your work"));
    m_differenceView->setWordWrap(true);
    for (QLabel *view : {m_suspectView, m_originalView, m_differenceView}) {
        view->setAlignment(Qt::AlignCenter);
        view->setMinimumSize(kPreviewSide / 2, kPreviewSide / 2);
        sideBySide->addWidget(view, 1);
    }
    layout->addLayout(sideBySide, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a suspect image"), QString(),
            tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.psd *.psb *.clip *.kra *.ora);;All "
               "files (*)"));
        if (!path.isEmpty())
            checkFile(path);
    });
    connect(pasteButton, &QPushButton::clicked, this, &CheckImageDialog::paste);
    connect(new QShortcut(QKeySequence::Paste, this), &QShortcut::activated, this, &CheckImageDialog::paste);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &CheckImageDialog::showSelected);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT showWorkRequested(item->data(0, Qt::UserRole).toLongLong()); });
}

int CheckImageDialog::resultCount() const
{
    return m_results->topLevelItemCount();
}

void CheckImageDialog::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        checkImage(qvariant_cast<QImage>(mime->imageData()), tr("the pasted image"));
        return;
    }
    if (mime && mime->hasUrls() && mime->urls().first().isLocalFile()) {
        checkFile(mime->urls().first().toLocalFile());
        return;
    }
    m_status->setText(tr("The clipboard holds no image."));
}

void CheckImageDialog::checkFile(const QString &path)
{
    m_status->setText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_results->clear();
    // Decoding a large file takes a moment: off the GUI thread. A newer request replaces an older one.
    delete m_decoding;
    m_decoding = new Job(tr("Reading the suspect image"), QString(), this);
    m_decoding->start<Result<imaging::DecodedImage>>(
        [path](JobContext &) {
            return matching::decodeForFingerprint(path, imaging::DecodeLimits(), matching::DecodeMode::Fast);
        },
        [this, path](const Result<imaging::DecodedImage> &decoded) {
            if (!decoded.ok()) {
                m_status->setText(
                    tr("%1 cannot be checked: %2").arg(QFileInfo(path).fileName(), decoded.error().message));
                Q_EMIT checked(0);
                return;
            }
            checkImage(decoded->image, QFileInfo(path).fileName());
        });
}

void CheckImageDialog::checkImage(const QImage &image, const QString &label)
{
    m_suspect = image;
    m_results->clear();
    m_status->setText(tr("Comparing %1 with your works...").arg(label));
    auto cache = m_cache;
    m_catalog.submit<Result<QList<Found>>>(
        this,
        [cache, image](catalog::Catalog &catalog) -> Result<QList<Found>> {
            if (!*cache) {
                auto matcher = std::make_unique<matching::CatalogMatcher>();
                RAKKAN_TRY(matcher->load(catalog));
                *cache = std::move(matcher);
            }
            RAKKAN_TRY(auto matches, (*cache)->match(image));
            QList<Found> found;
            for (const auto &m : matches) {
                Found f{m, QString(), QImage()};
                if (auto work = catalog.works().get(m.workId); work.ok())
                    f.title = work->title;
                if (auto thumb = catalog.assets().thumbnail(m.assetId); thumb.ok())
                    f.cover = QImage::fromData(*thumb, "JPEG");
                found << f;
            }
            return found;
        },
        [this, label](const Result<QList<Found>> &results) {
            showResults(results);
            if (results.ok())
                m_status->setText(results->isEmpty()
                                      ? tr("None of your works matches %1.").arg(label)
                                      : tr("%1 matches %n of your works.", nullptr, int(results->size())).arg(label));
        });
}

void CheckImageDialog::showResults(const Result<QList<Found>> &results)
{
    m_results->clear();
    m_found.clear();
    if (!results.ok()) {
        m_status->setText(results.error().message);
        Q_EMIT checked(0);
        return;
    }
    m_found = *results;
    for (const Found &f : std::as_const(m_found)) {
        auto *item = new QTreeWidgetItem({f.title, tr("%1 bits").arg(f.match.distance),
                                          matching::CatalogMatcher::confidenceLabel(f.match.confidence),
                                          matching::CatalogMatcher::orientationLabel(f.match.orientation),
                                          matching::CatalogMatcher::regionLabel(f.match.catalogueRegion)});
        item->setData(0, Qt::UserRole, f.match.workId);
        item->setIcon(0, QIcon(QPixmap::fromImage(f.cover)));
        m_results->addTopLevelItem(item);
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    else
        showSelected();
    Q_EMIT checked(int(m_found.size()));
}

void CheckImageDialog::showSelected()
{
    const int row = m_results->indexOfTopLevelItem(m_results->currentItem());
    QImage suspect = m_suspect.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (row >= 0 && row < m_found.size() && !m_suspect.isNull()) {
        // Outline the part of the suspect that matched (its whole, or its content without border or chrome).
        const double scale = double(suspect.width()) / m_suspect.width();
        const QRectF rect = QRectF(m_found[row].match.queryRect).adjusted(0, 0, 1, 1);
        suspect = suspect.convertToFormat(QImage::Format_RGB32);
        QPainter p(&suspect);
        p.setPen(QPen(QColor(230, 60, 60), 3));
        p.drawRect(QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale)
                       .adjusted(1.5, 1.5, -1.5, -1.5));
        p.end();
        const QImage cover =
            m_found[row].cover.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_originalView->setPixmap(QPixmap::fromImage(cover));
        // The difference only means something when the copy is the whole picture (not a crop or a panel of it).
        if (m_found[row].match.catalogueRegion == QLatin1String("full") && !cover.isNull()) {
            const QImage part = m_suspect.copy(m_found[row].match.queryRect);
            const QImage back = matching::CatalogMatcher::upright(part, m_found[row].match.orientation);
            m_differenceView->setPixmap(QPixmap::fromImage(difference(back, cover)));
            m_differenceView->setToolTip(tr("Bright where the copy differs from your work"));
        } else {
            m_differenceView->setText(tr("The copy matches a part of your work; see the two side by side."));
        }
    } else {
        m_originalView->clear();
        m_differenceView->clear();
    }
    m_suspectView->setPixmap(QPixmap::fromImage(suspect));
}

QImage CheckImageDialog::difference(const QImage &a, const QImage &b)
{
    const QImage x =
        a.scaled(b.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    QImage out(y.size(), QImage::Format_RGB32);
    for (int row = 0; row < y.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        auto *o = reinterpret_cast<QRgb *>(out.scanLine(row));
        for (int col = 0; col < y.width(); ++col) {
            const int d = (std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
                           std::abs(qBlue(p[col]) - qBlue(q[col])));
            const int v = std::min(255, d); // three channels' worth, so small differences still show
            o[col] = qRgb(v, v / 3, v / 3);
        }
    }
    return out;
}

void CheckImageDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void CheckImageDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasImage()) {
        checkImage(qvariant_cast<QImage>(mime->imageData()), tr("the dropped image"));
    } else if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        checkFile(mime->urls().first().toLocalFile());
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace rakkan::ui
