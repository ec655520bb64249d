// The main window's part in keeping the catalogue safe: File ▸ Backups, and the restore offered when the catalogue
// turns out to be damaged at open.

#include "ui/catalogue/BackupsDialog.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"
#include "ui/common/SingleWindow.h"
#include "ui/main/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace rakkan::ui {

BackupsDialog *MainWindow::openBackupsDialog()
{
    auto *dialog = showSingleWindow<BackupsDialog>(this, [this] {
        auto *made = new BackupsDialog(CatalogBinding(m_session), m_dialogs.get(), this);
        connect(made, &BackupsDialog::restoreRequested, this,
                [this](const catalog::CatalogBackup &backup) { restoreBackup(catalogPath(), backup); });
        return made;
    });
    dialog->refresh();
    return dialog;
}

void MainWindow::makeDailyBackup(const QString &path)
{
    // A copy of a large catalogue takes seconds: on a job's own read-only connection, while the window goes on
    // with its catalogue (SQLite's online backup reads a snapshot; writers are not held up).
    auto *job = new Job(tr("Today's backup of the catalogue"), path, this);
    track(job);
    job->start<Result<std::optional<catalog::CatalogBackup>>>(
        [](JobContext &context) { return catalog::CatalogBackups::makeDailyIfDue(context.catalogPath()); },
        [this, job](const Result<std::optional<catalog::CatalogBackup>> &made) {
            job->deleteLater();
            if (!made.ok())
                statusBar()->showMessage(tr("Today's backup of the catalogue failed: %1").arg(made.error().message),
                                         30000);
            Q_EMIT dailyBackupFinished(made.ok() && made->has_value());
        });
}

bool MainWindow::restoreBackup(const QString &path, const catalog::CatalogBackup &backup)
{
    if (!leaveCatalog(tr("Restore a backup of the catalogue?")))
        return false;
    // This path has been offered its restore: should the backup fail too, the user is told, not asked again.
    m_restoreOfferedFor = path;
    showOpening(path);
    m_count->setText(tr("Restoring %1...").arg(QDir::toNativeSeparators(path)));
    m_session->restore(path, backup);
    return true;
}

void MainWindow::catalogOpenFailed(const QString &path, const Error &error)
{
    m_count->setText(tr("No catalogue open"));
    Q_EMIT catalogFailed(path, error.message);
    const bool damaged = error.code == ErrorCode::Corrupt || error.code == ErrorCode::NotACatalog;
    if (damaged && m_restoreOfferedFor != path) {
        offerRestore(path, error);
        return;
    }
    m_dialogs->showError(this, tr("Cannot open the catalogue"),
                         tr("%1\n\nCatalogue: %2").arg(error.message, QDir::toNativeSeparators(path)));
}

void MainWindow::offerRestore(const QString &path, const Error &error)
{
    m_restoreOfferedFor = path;
    m_count->setText(tr("Looking for a sound backup..."));
    // Each backup is read in full before it is offered: a worker's work, not the window's.
    auto *job = new Job(tr("Looking for a sound backup"), path, this);
    track(job);
    job->start<Result<catalog::CatalogBackup>>(
        [path](JobContext &) { return catalog::CatalogBackups(path).latestSound(); },
        [this, path, error](Result<catalog::CatalogBackup> backup) {
            m_count->setText(tr("No catalogue open"));
            const QString said = tr("%1\n\nCatalogue: %2").arg(error.message, QDir::toNativeSeparators(path));
            if (!backup.ok()) {
                m_dialogs->showError(this, tr("Cannot open the catalogue"),
                                     said + QStringLiteral("\n\n") + backup.error().message);
                return;
            }
            const QString question =
                said + QStringLiteral("\n\n") +
                tr("Rakkan keeps backups of this catalogue. Restore the newest sound one, made %1? The damaged file "
                   "is kept beside it under another name, and nothing else is changed.")
                    .arg(dateTimeText(backup->created.toLocalTime()));
            // Asked once this job has finished, so that the status bar no longer shows it running (with a Cancel
            // that would do nothing) while the question waits for an answer.
            QMetaObject::invokeMethod(
                this,
                [this, path, question, found = *backup] {
                    if (m_dialogs->confirm(this, tr("The catalogue is damaged"), question))
                        restoreBackup(path, found);
                },
                Qt::QueuedConnection);
        });
}

} // namespace rakkan::ui
