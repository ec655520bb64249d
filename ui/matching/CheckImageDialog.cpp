#include "ui/matching/CheckImageDialog.h"

#include "credentials/CredentialReader.h"
#include "credentials/SignerCertificates.h"
#include "matching/FingerprintInput.h"
#include "matching/MatchOverlay.h"
#include "matching/Verdict.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Job.h"
#include "ui/matching/MatchPreview.h"

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
// The suspect is kept at this size for showing; its matching runs on the picture as decoded.
constexpr int kPreviewSide = 720;
} // namespace

CheckImageDialog::CheckImageDialog(CatalogBinding catalog, MatcherCache cache, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_cache(std::move(cache))
{
    setObjectName(QStringLiteral("checkImageDialog"));
    setWindowTitle(tr("Check an Image"));
    setAcceptDrops(true);
    resize(900, 700);
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
    // A copy found online becomes a case: where it was found is asked for in the Cases window.
    m_openCase = new QPushButton(tr("Open a &Case..."));
    m_openCase->setObjectName(QStringLiteral("openCaseButton"));
    m_openCase->setToolTip(tr("Found this copy on a web page? Open a case from the page's address: its evidence is "
                              "frozen and a takedown notice drafted from there."));
    m_openCase->setEnabled(false);
    buttons->addWidget(choose);
    buttons->addWidget(pasteButton);
    buttons->addStretch();
    buttons->addWidget(m_openCase);
    layout->addLayout(buttons);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_credential = new QLabel;
    m_credential->setObjectName(QStringLiteral("checkCredential"));
    m_credential->setWordWrap(true);
    m_credential->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_credential->hide();
    layout->addWidget(m_credential);

    m_results = new QTreeWidget;
    m_results->setObjectName(QStringLiteral("checkResults"));
    m_results->setAccessibleName(tr("Matching works"));
    m_results->setHeaderLabels({tr("Work"), tr("Verdict"), tr("How it was changed")});
    m_results->setRootIsDecorated(false);
    m_results->setWordWrap(true);
    m_results->setIconSize(QSize(48, 48));
    m_results->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_results->setColumnWidth(0, 220);
    layout->addWidget(m_results, 2);

    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("checkVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    auto *sideBySide = new QHBoxLayout;
    m_suspectView = new MatchPreview(tr("The suspect image: your work outlined"));
    m_suspectView->setObjectName(QStringLiteral("suspectPreview"));
    m_originalView = new MatchPreview(tr("Your work: the part the copy shows outlined"));
    m_originalView->setObjectName(QStringLiteral("workPreview"));
    m_differenceView = new MatchPreview(tr("Where the copy differs from your work (bright), lined up on it"));
    m_differenceView->setObjectName(QStringLiteral("differenceView"));
    for (MatchPreview *view : {m_suspectView, m_originalView, m_differenceView})
        sideBySide->addWidget(view, 1);
    layout->addLayout(sideBySide, 3);

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
    connect(m_openCase, &QPushButton::clicked, this, &CheckImageDialog::openCaseRequested);
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
        checkImage(qvariant_cast<QImage>(mime->imageData()));
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
    // Decoding a large file takes a moment: off the GUI thread, with the file's Content Credentials, which need its
    // bytes as they are. A newer request replaces an older one.
    struct Suspect
    {
        Result<imaging::DecodedImage> decoded = makeError(ErrorCode::Cancelled, QString());
        std::optional<credentials::ContentCredential> credential;
    };
    delete m_decoding;
    m_decoding = new Job(tr("Reading the suspect image"), QString(), this);
    m_decoding->start<Suspect>(
        [path](JobContext &) {
            Suspect suspect;
            suspect.decoded = matching::decodeForFingerprint(path, imaging::DecodeLimits(), matching::DecodeMode::Fast);
            if (auto credential = credentials::CredentialReader::readFile(path); credential.ok())
                suspect.credential = *credential;
            return suspect;
        },
        [this, path](const Suspect &suspect) {
            if (!suspect.decoded.ok()) {
                m_status->setText(
                    tr("%1 cannot be checked: %2").arg(QFileInfo(path).fileName(), suspect.decoded.error().message));
                m_credential->hide();
                Q_EMIT checked(0);
                return;
            }
            compare(suspect.decoded->image, QFileInfo(path).fileName(), suspect.credential);
        });
}

void CheckImageDialog::checkImage(const QImage &image, const QString &fileName)
{
    compare(image, fileName, std::nullopt);
}

void CheckImageDialog::compare(const QImage &image, const QString &fileName,
                               const std::optional<credentials::ContentCredential> &credential)
{
    m_suspectSize = image.size();
    m_suspectPreview = QImage();
    m_results->clear();
    m_found.clear();
    m_openCase->setEnabled(false);
    m_credential->hide();
    showSelected();
    m_status->setText(fileName.isEmpty() ? tr("Comparing the image with your works...")
                                         : tr("Comparing %1 with your works...").arg(fileName));
    auto cache = m_cache;
    m_catalog.submit<Result<Checked>>(
        this,
        [cache, image, credential](catalog::Catalog &catalog) -> Result<Checked> {
            if (!*cache) {
                auto matcher = std::make_unique<matching::CatalogMatcher>();
                RAKKAN_TRY(matcher->load(catalog));
                *cache = std::move(matcher);
            }
            RAKKAN_TRY(auto matches, (*cache)->match(image));
            Checked checked;
            checked.preview =
                image.width() > kPreviewSide || image.height() > kPreviewSide
                    ? image.scaled(kPreviewSide, kPreviewSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : image;
            for (const auto &m : matches) {
                Found f{m, QString(), QImage(), QImage()};
                if (auto work = catalog.works().get(m.workId); work.ok())
                    f.title = work->title;
                if (auto thumb = catalog.assets().thumbnail(m.assetId); thumb.ok())
                    f.cover = QImage::fromData(*thumb, "JPEG");
                f.difference = matching::MatchOverlay::difference(image, f.cover, m);
                checked.found << f;
            }
            checked.credential = credential;
            // A valid credential signed with one of the user's own keys says the copy came from their exports.
            if (credential && credential->state >= credentials::CredentialState::Valid) {
                auto owner = credentials::SignerCertificates(catalog).ownerOf(credential->signerCertificateDer);
                if (owner.ok() && *owner)
                    checked.credentialOwner = (*owner)->name;
            }
            return checked;
        },
        [this, fileName](const Result<Checked> &results) { showResults(results, fileName); });
}

void CheckImageDialog::showCredential(const Checked &checked)
{
    if (!checked.credential || checked.credential->state == credentials::CredentialState::None) {
        m_credential->hide();
        return;
    }
    QString text = credentials::CredentialWording::summary(*checked.credential);
    if (!checked.credentialOwner.isEmpty())
        text = tr("%1 %2", "two sentences in a row")
                   .arg(text, tr("It was signed with the key of your identity \"%1\": this copy comes from a file "
                                 "you exported, its credential intact.")
                                  .arg(checked.credentialOwner));
    m_credential->setText(text);
    m_credential->show();
}

void CheckImageDialog::showResults(const Result<Checked> &results, const QString &fileName)
{
    m_results->clear();
    m_found.clear();
    if (!results.ok()) {
        m_status->setText(results.error().message);
        Q_EMIT checked(0);
        return;
    }
    m_suspectPreview = results->preview;
    m_found = results->found;
    showCredential(*results);
    for (const Found &f : std::as_const(m_found)) {
        const matching::Verdict verdict = matching::Verdicts::of(f.match);
        auto *item = new QTreeWidgetItem(
            {f.title, matching::Verdicts::confidenceLabel(f.match.confidence), verdict.changesText()});
        item->setData(0, Qt::UserRole, f.match.workId);
        item->setIcon(0, QIcon(QPixmap::fromImage(f.cover)));
        const QString evidence = matching::Verdicts::evidence(f.match);
        for (int column = 0; column < 3; ++column)
            item->setToolTip(column, evidence);
        m_results->addTopLevelItem(item);
    }
    const int n = int(m_found.size());
    m_openCase->setEnabled(n > 0);
    if (n == 0)
        m_status->setText(fileName.isEmpty() ? tr("None of your works matches the image.")
                                             : tr("None of your works matches %1.").arg(fileName));
    else
        m_status->setText(
            fileName.isEmpty()
                ? tr("The image matches %n of your works. Double-click one to show it.", nullptr, n)
                : tr("%1 matches %n of your works. Double-click one to show it.", nullptr, n).arg(fileName));
    if (n > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    else
        showSelected();
    Q_EMIT checked(n);
}

void CheckImageDialog::showSelected()
{
    const int row = m_results->indexOfTopLevelItem(m_results->currentItem());
    if (row < 0 || row >= m_found.size()) {
        if (m_suspectPreview.isNull())
            m_suspectView->clear();
        else
            m_suspectView->setPicture(m_suspectPreview, QSizeF(m_suspectSize));
        m_originalView->clear();
        m_differenceView->clear();
        m_verdict->clear();
        return;
    }
    const Found &f = m_found[row];
    const matching::Verdict verdict = matching::Verdicts::of(f.match);
    m_verdict->setText(
        QStringLiteral("<b>%1</b><br>%2<br><small>%3</small>")
            .arg(f.title.toHtmlEscaped(),
                 QString(matching::Verdicts::confidenceLabel(f.match.confidence) + tr(": ") + verdict.changesText())
                     .toHtmlEscaped(),
                 matching::Verdicts::evidence(f.match).toHtmlEscaped()));
    m_suspectView->setPicture(m_suspectPreview, QSizeF(m_suspectSize),
                              matching::MatchOverlay::inSuspect(f.match, m_suspectSize));
    const QSize workSize = f.match.workSize.isEmpty() ? f.cover.size() : f.match.workSize;
    if (f.cover.isNull())
        m_originalView->setMessage(tr("This work has no preview."));
    else
        m_originalView->setPicture(f.cover, QSizeF(workSize), matching::MatchOverlay::inWork(f.match, workSize));
    if (f.difference.isNull())
        m_differenceView->setMessage(tr("How the copy lines up with your work is not known; compare the two by eye."));
    else
        m_differenceView->setPicture(f.difference);
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
        checkImage(qvariant_cast<QImage>(mime->imageData()));
    } else if (mime->hasUrls() && mime->urls().first().isLocalFile()) {
        checkFile(mime->urls().first().toLocalFile());
    } else {
        return;
    }
    event->acceptProposedAction();
}

} // namespace rakkan::ui
