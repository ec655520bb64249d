#include "ui/matching/ScanFolderDialog.h"

#include "catalog/Catalog.h"
#include "core/AtomicFile.h"
#include "core/Csv.h"
#include "matching/FolderScan.h"
#include "matching/Verdict.h"
#include "ui/common/Job.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

ScanFolderDialog::ScanFolderDialog(QString catalogPath, QWidget *parent)
    : QDialog(parent), m_catalogPath(std::move(catalogPath))
{
    setObjectName(QStringLiteral("scanFolderDialog"));
    setWindowTitle(tr("Scan a Folder for Copies"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Looks through every image in a folder and its subfolders (a downloaded dataset "
                                "sample, images scraped from a site) for copies of your works. Only fingerprints "
                                "are compared, on this computer."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *row = new QHBoxLayout;
    auto *choose = new QPushButton(tr("Choose a &Folder..."));
    choose->setObjectName(QStringLiteral("chooseScanFolderButton"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("&Cancel Scan"));
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancelButton->hide();
    row->addWidget(choose);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    layout->addLayout(row);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("scanResults"));
    m_table->setAccessibleName(tr("Files that match your works"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Work"), tr("Verdict"), tr("How it was changed")});
    // The work and the verdict are short and read whole; the file and what was done share the rest.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a row to see the file next to your work."));
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_exportButton = buttons->addButton(tr("&Export CSV..."), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportScanButton"));
    m_exportButton->setEnabled(false);
    // Copies found in a folder of downloads usually came from a page: a case starts from its address.
    m_openCaseButton = buttons->addButton(tr("Open a &Case..."), QDialogButtonBox::ActionRole);
    m_openCaseButton->setObjectName(QStringLiteral("openCaseButton"));
    m_openCaseButton->setEnabled(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openCaseButton, &QPushButton::clicked, this, &ScanFolderDialog::openCaseRequested);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder to scan"));
        if (!folder.isEmpty())
            scan(folder);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &ScanFolderDialog::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the results"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto written = exportCsv(path); !written.ok())
            m_status->setText(written.error().message);
        else
            m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    // A row opens as the match itself: the copy beside the work, with what was changed.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r) {
        Q_EMIT showWorkRequested(m_table->item(r, 1)->data(Qt::UserRole).toLongLong());
        Q_EMIT matchRequested(m_table->item(r, 0)->data(Qt::UserRole).toString());
    });
}

int ScanFolderDialog::rowCount() const
{
    return m_table->rowCount();
}

bool ScanFolderDialog::isScanning() const
{
    return m_job && m_job->isRunning();
}

void ScanFolderDialog::cancel()
{
    if (m_job)
        m_job->cancel();
    m_cancelButton->setEnabled(false);
}

void ScanFolderDialog::scan(const QString &folder)
{
    if (isScanning())
        return;
    m_table->setRowCount(0);
    m_exportButton->setEnabled(false);
    m_openCaseButton->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_status->setText(tr("Scanning %1...").arg(QDir::toNativeSeparators(folder)));

    delete m_job;
    m_job = new Job(tr("Scanning a folder for copies"), m_catalogPath, this);
    connect(m_job, &Job::progressChanged, this, &ScanFolderDialog::showProgress);
    m_job->start<Result<matching::FolderScan::Summary>>(
        [this, folder](JobContext &job) -> Result<matching::FolderScan::Summary> {
            RAKKAN_TRY(auto catalog, catalog::Catalog::open(job.catalogPath(), catalog::Catalog::Access::ReadOnly));
            matching::CatalogMatcher matcher;
            RAKKAN_TRY(matcher.load(*catalog));
            matching::FolderScan scanner(matcher, matching::CatalogMatcher::kDefaultThreshold);
            scanner.setCancelFlag(job.cancelFlag());
            matching::FolderScan::Callbacks callbacks;
            callbacks.onMatches = [&](const QString &path, const QList<matching::Match> &matches) {
                QStringList titles;
                for (const auto &m : matches) {
                    auto work = catalog->works().get(m.workId);
                    titles << (work.ok() ? work->title : QString());
                }
                // `this` is reached only while the job exists, and the job is this dialog's child.
                job.post([this, path, matches, titles] { addRows(path, matches, titles); });
            };
            callbacks.onProgress = [&](int done, int total) { job.progress(done, total); };
            return scanner.run({folder}, callbacks);
        },
        [this](const Result<matching::FolderScan::Summary> &summary) {
            if (!summary.ok()) {
                showEnd(summary.error().message, 0, false);
                return;
            }
            const QString text =
                summary->cancelled
                    ? tr("The scan was cancelled after %1 files: %2 match your works; %3 could not be read.")
                          .arg(summary->files)
                          .arg(summary->matched)
                          .arg(summary->failed)
                    : tr("%1 of %2 files match your works; %3 could not be read.")
                          .arg(summary->matched)
                          .arg(summary->files)
                          .arg(summary->failed);
            showEnd(text, summary->matched, summary->cancelled);
        });
}

void ScanFolderDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
}

void ScanFolderDialog::showEnd(const QString &text, int matched, bool cancelled)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_exportButton->setEnabled(m_table->rowCount() > 0);
    m_openCaseButton->setEnabled(matched > 0);
    m_status->setText(text);
    Q_EMIT finished(matched, cancelled);
}

void ScanFolderDialog::addRows(const QString &path, const QList<matching::Match> &matches, const QStringList &titles)
{
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const auto &m = matches[i];
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *file = new QTableWidgetItem(QDir::toNativeSeparators(path));
        file->setToolTip(file->text());
        file->setData(Qt::UserRole, path);
        auto *work = new QTableWidgetItem(titles.value(i));
        work->setData(Qt::UserRole, m.workId);
        m_table->setItem(r, 0, file);
        m_table->setItem(r, 1, work);
        const matching::Verdict verdict = matching::Verdicts::of(m);
        m_table->setItem(r, 2, new QTableWidgetItem(matching::Verdicts::confidenceLabel(m.confidence)));
        auto *changes = new QTableWidgetItem(verdict.changesText());
        changes->setToolTip(matching::Verdicts::evidence(m));
        m_table->setItem(r, 3, changes);
    }
}

Result<void> ScanFolderDialog::exportCsv(const QString &path) const
{
    QString text;
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << m_table->horizontalHeaderItem(c)->text();
    text += csvRow(header);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_table->columnCount(); ++c)
            fields << m_table->item(r, c)->text();
        text += csvRow(fields);
    }
    // A byte-order mark so that spreadsheet programs read Japanese titles as UTF-8.
    return writeFileAtomically(path, QByteArray("\xEF\xBB\xBF") + text.toUtf8());
}

} // namespace rakkan::ui
