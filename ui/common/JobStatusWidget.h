#pragma once

#include <QWidget>

class QHBoxLayout;

namespace rakkan::ui {

class Job;

// The running jobs in the status bar, each with its own progress and its own Cancel: two jobs never share a bar,
// and a job's row goes when that job ends, whatever the others do.
class JobStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusWidget)

public:
    explicit JobStatusWidget(QWidget *parent = nullptr);

    // Shows `job` until it finishes or is deleted.
    void track(Job *job);
    int shownJobs() const;

private:
    QHBoxLayout *m_layout;
};

} // namespace rakkan::ui
