#pragma once

#include "matching/CatalogMatcher.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace rakkan::ui {

class Job;

// Audits a folder (a downloaded dataset sample, scraped images) for copies of the user's works, on a worker
// thread with its own read-only catalogue connection, with progress, cancel and a table that can be exported.
class ScanFolderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanFolderDialog)

public:
    ScanFolderDialog(QString catalogPath, QWidget *parent = nullptr);

    void scan(const QString &folder);
    void cancel();
    bool isScanning() const;
    // Writes the table as CSV (defused against formula injection), atomically.
    Result<void> exportCsv(const QString &path) const;
    int rowCount() const;

Q_SIGNALS:
    void finished(int matchedFiles, bool cancelled);
    void showWorkRequested(qint64 workId);
    // The user wants a case for the copies found.
    void openCaseRequested();
    // The file of a row, to be checked again and shown beside the work it matched.
    void matchRequested(const QString &path);

private:
    void showProgress(int done, int total);
    void showEnd(const QString &text, int matched, bool cancelled);
    void addRows(const QString &path, const QList<matching::Match> &matches, const QStringList &titles);

    QString m_catalogPath;
    QPointer<Job> m_job;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_exportButton;
    QPushButton *m_openCaseButton;
    QTableWidget *m_table;
};

} // namespace rakkan::ui
