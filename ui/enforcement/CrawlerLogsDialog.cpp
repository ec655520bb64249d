#include "ui/enforcement/CrawlerLogsDialog.h"

#include "catalog/WorkStore.h"
#include "core/AtomicFile.h"
#include "enforcement/AccessLogAudit.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rakkan::ui {

using namespace enforcement;

CrawlerLogsDialog::CrawlerLogsDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs)
{
    setWindowTitle(tr("Crawler Logs"));
    resize(820, 560);
    auto *intro = new QLabel(tr("Your web server's access logs (nginx or Apache, .gz too) show which AI crawlers "
                                "fetched your works' pages and pictures after your reservation was published: "
                                "evidence that only you hold. A work's addresses are its publications."),
                             this);
    intro->setWordWrap(true);
    m_logs = new QListWidget(this);
    m_logs->setAccessibleName(tr("Log files"));
    m_logs->setMaximumHeight(110);
    auto *add = new QPushButton(tr("Add Log File..."), this);
    m_since = new QDateEdit(this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(unambiguousDateFormat());
    m_since->setDate(QDate::currentDate().addYears(-1));
    m_since->setAccessibleName(tr("Reservation published on"));
    m_audit = new QPushButton(tr("Audit"), this);
    m_save = new QPushButton(tr("Save Report..."), this);
    m_save->setEnabled(false);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("What the logs show"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *files = new QHBoxLayout;
    files->addWidget(m_logs, 1);
    files->addWidget(add, 0, Qt::AlignTop);
    form->addRow(tr("Logs:"), files);
    form->addRow(tr("Reservation published on:"), m_since);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_audit);
    actions->addWidget(m_save);
    actions->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->chooseOpenFile(this, tr("Add Log File"), tr("Access logs (*.log *.gz *)"));
        if (!path.isEmpty())
            addLogs({path});
    });
    connect(m_audit, &QPushButton::clicked, this, &CrawlerLogsDialog::audit);
    connect(m_save, &QPushButton::clicked, this, &CrawlerLogsDialog::saveReport);

    // The date the reservation was first saved in Rakkan, as a starting point the user corrects.
    m_catalog.submit<Result<AuditTargets>>(
        this, [](catalog::Catalog &c) { return AuditTargets::fromCatalogue(c); },
        [this](const Result<AuditTargets> &targets) {
            if (targets.ok() && targets->reservedSince.isValid())
                m_since->setDate(targets->reservedSince.toLocalTime().date());
        });
}

void CrawlerLogsDialog::addLogs(const QStringList &paths)
{
    for (const QString &p : paths)
        if (m_logs->findItems(p, Qt::MatchExactly).isEmpty())
            m_logs->addItem(p);
}

void CrawlerLogsDialog::audit()
{
    QStringList files;
    for (int i = 0; i < m_logs->count(); ++i)
        files << m_logs->item(i)->text();
    if (files.isEmpty()) {
        m_dialogs->showError(this, windowTitle(), tr("Add at least one log file."));
        return;
    }
    const QDateTime since(m_since->date(), QTime(0, 0));
    struct Prepared
    {
        AuditTargets targets;
        QHash<qint64, QString> titles;
    };
    m_audit->setEnabled(false);
    m_status->setText(tr("Reading the logs..."));
    m_catalog.submit<Result<Prepared>>(
        this,
        [since](catalog::Catalog &c) -> Result<Prepared> {
            Prepared p;
            RAKKAN_TRY(p.targets, AuditTargets::fromCatalogue(c));
            p.targets.reservedSince = since.toUTC();
            RAKKAN_TRY(auto all, catalog::WorkStore(c.database()).summaries());
            for (const auto &s : all)
                p.titles.insert(s.id, s.title);
            return p;
        },
        [this, files](const Result<Prepared> &prepared) {
            if (!prepared.ok()) {
                m_audit->setEnabled(true);
                m_dialogs->showError(this, windowTitle(), prepared.error().message);
                Q_EMIT audited(false);
                return;
            }
            const Prepared p = *prepared;
            m_job = new Job(tr("Reading %n access log(s)", "", int(files.size())), QString(), this);
            Q_EMIT jobStarted(m_job);
            m_job->start<QString>(
                [p, files](JobContext &job) {
                    AccessLogAudit audit(p.targets);
                    for (int i = 0; i < files.size() && !job.isCancelled(); ++i) {
                        job.progress(i, int(files.size()), files.at(i));
                        audit.read(files.at(i), job.cancelFlag());
                    }
                    return audit.report().text([&p](qint64 id) { return p.titles.value(id); });
                },
                [this](const QString &text) {
                    m_audit->setEnabled(true);
                    m_report->setPlainText(text);
                    m_save->setEnabled(true);
                    m_status->setText(tr("Keep the report with a case's evidence: save it, then give it to "
                                         "\"evidence create --crawler-report\"."));
                    Q_EMIT audited(true);
                });
        });
}

void CrawlerLogsDialog::saveReport()
{
    const QString path =
        m_dialogs->chooseSaveFile(this, tr("Save Report"), QStringLiteral("crawler-log-audit.txt"), tr("Text (*.txt)"));
    if (path.isEmpty())
        return;
    if (auto written = writeFileAtomically(path, m_report->toPlainText().toUtf8()); !written.ok())
        m_dialogs->showError(this, windowTitle(), written.error().message);
}

} // namespace rakkan::ui
