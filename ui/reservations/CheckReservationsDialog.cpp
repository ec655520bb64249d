#include "ui/reservations/CheckReservationsDialog.h"

#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace rakkan::ui {

using reservations::Verdict;

namespace {

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Reserved:
        return QColor(0x1b, 0x7f, 0x3a);
    case Verdict::Allowed:
        return QColor(0xb0, 0x3a, 0x2e);
    case Verdict::Contradictory:
        return QColor(0xa0, 0x60, 0x00);
    case Verdict::Unknown:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

} // namespace

CheckReservationsDialog::CheckReservationsDialog(Dialogs *dialogs, QList<reservations::AiAgent> agents, QWidget *parent)
    : QDialog(parent), m_dialogs(dialogs), m_agents(std::move(agents))
{
    setObjectName(QStringLiteral("checkReservationsDialog"));
    setWindowTitle(tr("Check a File or Site"));
    resize(860, 480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What does a picture, a copy of your site or a live address already say about AI "
                                "use? Each mechanism AI developers read is checked on its own."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("checkTarget"));
    m_target->setPlaceholderText(tr("https://your.site/page, a folder, or an image file"));
    m_target->setAccessibleName(tr("File, folder or address to check"));
    auto *file = new QPushButton(tr("&File..."));
    auto *folder = new QPushButton(tr("F&older..."));
    m_check = new QPushButton(tr("&Check"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setDefault(true);
    row->addWidget(m_target, 1);
    row->addWidget(file);
    row->addWidget(folder);
    row->addWidget(m_check);
    layout->addLayout(row);
    m_overall = new QLabel;
    m_overall->setObjectName(QStringLiteral("checkOverall"));
    layout->addWidget(m_overall);
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("checkFindings"));
    m_table->setHorizontalHeaderLabels({tr("Mechanism"), tr("Says"), tr("Details")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);

    connect(file, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->chooseOpenFile(this, tr("Check a file"),
                                                       tr("Images (*.jpg *.jpeg *.png "
                                                          "*.webp *.tif *.tiff)"));
        if (!path.isEmpty())
            setTarget(path);
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString path = m_dialogs->chooseFolder(this, tr("A site's folder to check"));
        if (!path.isEmpty())
            setTarget(path);
    });
    m_target->setFocus(); // the first thing to do here is to say what to check
    connect(m_check, &QPushButton::clicked, this, &CheckReservationsDialog::check);
    connect(m_target, &QLineEdit::returnPressed, this, &CheckReservationsDialog::check);
}

bool CheckReservationsDialog::isChecking() const
{
    return m_job && m_job->isRunning();
}

void CheckReservationsDialog::setTarget(const QString &target)
{
    m_target->setText(target);
}

void CheckReservationsDialog::check()
{
    const QString target = m_target->text().trimmed();
    if (target.isEmpty() || isChecking())
        return;
    m_check->setEnabled(false);
    m_overall->setText(tr("Checking %1...").arg(target));
    reservations::SiteChecker::Options options;
    options.agents = m_agents;
    delete m_job;
    m_job = new Job(tr("Checking what %1 says about AI use").arg(target), QString(), this);
    // Closing the window cancels the requests in flight; nothing waits for them.
    m_job->start<Result<reservations::SiteChecker::Report>>(
        [target, options](JobContext &job) mutable {
            options.cancel = job.cancelFlag();
            return reservations::SiteChecker::check(target, options);
        },
        [this](const Result<reservations::SiteChecker::Report> &report) {
            m_check->setEnabled(true);
            if (!report.ok()) {
                m_overall->setText(report.error().message);
                m_table->setRowCount(0);
                Q_EMIT checked(false, report.error().message);
                return;
            }
            m_report = *report;
            m_overall->setText(tr("Overall: %1").arg(reservations::verdictLabel(m_report.overall)));
            m_table->setRowCount(int(m_report.findings.size()));
            for (int r = 0; r < m_report.findings.size(); ++r) {
                const reservations::Finding &f = m_report.findings[r];
                QString detail = f.detail;
                for (const QString &note : f.notes)
                    detail += QStringLiteral("\n⚠ ") + note;
                auto *verdict = new QTableWidgetItem(reservations::verdictLabel(f.verdict));
                verdict->setForeground(verdictColour(f.verdict));
                m_table->setItem(r, 0, new QTableWidgetItem(f.mechanism));
                m_table->setItem(r, 1, verdict);
                auto *details = new QTableWidgetItem(detail);
                details->setToolTip(f.source);
                m_table->setItem(r, 2, details);
            }
            m_table->resizeColumnsToContents();
            m_table->resizeRowsToContents();
            Q_EMIT checked(true, m_overall->text());
        });
}

} // namespace rakkan::ui
