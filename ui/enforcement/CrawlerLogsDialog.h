#pragma once

#include "ui/common/CatalogSession.h"

#include <QDialog>
#include <QPointer>

class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rakkan::ui {

class Dialogs;
class Job;

// Your own web server's access logs as evidence: which AI crawlers of your policy's list fetched which works'
// pages and pictures after your reservation was published. The logs are read on a job, line by line.
class CrawlerLogsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrawlerLogsDialog)

public:
    CrawlerLogsDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent = nullptr);

    void addLogs(const QStringList &paths);
    void audit();
    void saveReport();

    QListWidget *logs() const { return m_logs; }
    QDateEdit *sinceEdit() const { return m_since; }
    QPlainTextEdit *report() const { return m_report; }

Q_SIGNALS:
    void audited(bool ok);
    void jobStarted(rakkan::ui::Job *job);

private:
    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    QPointer<Job> m_job;
    QListWidget *m_logs;
    QDateEdit *m_since;
    QPlainTextEdit *m_report;
    QPushButton *m_audit;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace rakkan::ui
