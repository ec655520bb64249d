#include "ui/common/JobStatusWidget.h"

#include "ui/common/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace rakkan::ui {

namespace {

// One job: what it does, how far it is, and its own Cancel.
class JobRow final : public QWidget
{
public:
    explicit JobRow(Job *job, QWidget *parent) : QWidget(parent), m_title(job->title())
    {
        setObjectName(QStringLiteral("jobRow"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_bar = new QProgressBar;
        m_bar->setObjectName(QStringLiteral("jobProgress"));
        m_bar->setMaximumWidth(260);
        m_bar->setAccessibleName(job->title());
        m_bar->setToolTip(job->title());
        m_bar->setRange(0, 0); // busy until the job knows how much there is
        m_bar->setFormat(job->title());
        m_cancel = new QToolButton;
        m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
        m_cancel->setText(JobStatusWidget::tr("Cancel"));
        m_cancel->setAccessibleName(JobStatusWidget::tr("Cancel: %1").arg(job->title()));
        layout->addWidget(m_bar);
        layout->addWidget(m_cancel);
        connect(m_cancel, &QToolButton::clicked, job, &Job::cancel);
        connect(job, &Job::progressChanged, this, [this](int done, int total, const QString &text) {
            m_bar->setRange(0, qMax(total, 0));
            m_bar->setValue(done);
            const QString what = text.isEmpty() ? m_title : text;
            m_bar->setFormat(total > 0 ? JobStatusWidget::tr("%1: %2 of %3").arg(what).arg(done).arg(total) : what);
            m_bar->setToolTip(what);
        });
        connect(job, &Job::cancelRequested, this, [this] {
            m_cancel->setEnabled(false);
            m_bar->setFormat(JobStatusWidget::tr("Cancelling: %1").arg(m_title));
        });
    }

private:
    QString m_title;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace

JobStatusWidget::JobStatusWidget(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("jobStatus"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void JobStatusWidget::track(Job *job)
{
    auto *row = new JobRow(job, this);
    m_layout->addWidget(row);
    show();
    auto drop = [this, row] {
        row->hide();
        row->deleteLater();
        setVisible(shownJobs() > 0);
    };
    connect(job, &Job::finished, row, drop);
    connect(job, &QObject::destroyed, row, drop);
}

int JobStatusWidget::shownJobs() const
{
    int shown = 0;
    for (const QObject *child : children())
        if (const auto *row = qobject_cast<const QWidget *>(child); row && !row->isHidden())
            ++shown;
    return shown;
}

} // namespace rakkan::ui
