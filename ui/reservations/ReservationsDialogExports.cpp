// What the reservations window writes out: the site kit and copies of works carrying the reservation, and the
// checker it opens.

#include "reservations/CopyExporter.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"
#include "ui/reservations/CheckReservationsDialog.h"
#include "ui/reservations/ReservationsDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>

namespace rakkan::ui {

using reservations::ReservationPolicy;

void ReservationsDialog::exportSiteKit()
{
    const ReservationPolicy p = policy();
    if (!p.problems().isEmpty()) {
        fail(tr("Export site kit"), p.problems().join(QLatin1Char('\n')));
        return;
    }
    const QString folder = m_dialogs->chooseFolder(this, tr("Where to write the site kit"));
    if (folder.isEmpty())
        return;
    m_status->setText(tr("Writing the site kit..."));
    struct Written
    {
        Result<reservations::SiteKit::Report> report = makeError(ErrorCode::NotFound, QString());
    };
    // The policy is saved first, so that the kit and the catalogue never disagree.
    m_catalog.submit<Written>(
        this,
        [p, folder, name = policyName()](catalog::Catalog &catalog) {
            if (auto saved = reservations::PolicyStore(catalog).save(p, name); !saved.ok())
                return Written{saved.error()};
            auto existing = reservations::SiteKit::existingRobots(QDir(folder).filePath(QStringLiteral("robots.txt")));
            if (!existing.ok())
                return Written{existing.error()};
            QStringList skipped;
            auto input = reservations::SiteKit::fromCatalog(catalog, *existing, &skipped);
            if (!input.ok())
                return Written{input.error()};
            auto report = reservations::SiteKit::write(folder, reservations::SiteKit::files(*input), false);
            if (report.ok())
                report->skippedGateways = skipped;
            return Written{report};
        },
        [this](const Written &w) {
            if (!w.report.ok()) {
                fail(tr("Export site kit"), w.report.error().message);
                return;
            }
            m_loaded = policy();
            m_status->setText(tr("The site kit is in %1. Upload the folder's contents to your site's root.")
                                  .arg(QDir::toNativeSeparators(w.report->folder)));
            Q_EMIT kitExported(w.report->folder);
            m_dialogs->openUrl(QUrl::fromLocalFile(w.report->folder));
        });
}

void ReservationsDialog::exportCopies()
{
    if (m_selectedWorks.isEmpty()) {
        fail(tr("Export copies"), tr("Select the works in the main window first."));
        return;
    }
    if (m_copies && m_copies->isRunning())
        return;
    const QString folder = m_dialogs->chooseFolder(this, tr("Where to write the copies"));
    if (folder.isEmpty())
        return;
    const ReservationPolicy p = policy();
    m_catalog.submit<Result<void>>(
        this,
        [p, name = policyName()](catalog::Catalog &catalog) {
            return reservations::PolicyStore(catalog).save(p, name);
        },
        [this, folder](const Result<void> &saved) {
            if (!saved.ok()) {
                fail(tr("Export copies"), saved.error().message);
                return;
            }
            if (!m_credentials->isChecked()) {
                startCopies(folder, std::nullopt);
                return;
            }
            CredentialSigning::request(
                this, m_catalog, m_dialogs, m_vaults,
                [this, folder](const CredentialSigning &signing) { startCopies(folder, signing); },
                [this](const Error &error) { fail(tr("Export copies"), error.message); });
        });
}

void ReservationsDialog::startCopies(const QString &folder, const std::optional<CredentialSigning> &signing)
{
    if (m_copies && m_copies->isRunning())
        return;
    delete m_copies;
    m_copies = new Job(tr("Writing copies with the reservation"), m_catalog.path(), this);
    m_progress->setRange(0, int(m_selectedWorks.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Writing copies..."));
    connect(m_copies, &Job::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    reservations::CopyExporter::Options options;
    options.web = {m_maxSide->value(), m_watermark->text()};
    m_copies->start<Result<reservations::CopyExporter::Report>>(
        [works = m_selectedWorks, folder, options,
         signing](JobContext &job) -> Result<reservations::CopyExporter::Report> {
            RAKKAN_TRY(auto catalog, catalog::Catalog::open(job.catalogPath()));
            reservations::CopyExporter::Options withJob = options;
            withJob.cancel = job.cancelFlag();
            withJob.progress = [&job](int done, int total) { job.progress(done, total); };
            // Unlocking is slow on purpose and the certificate may be made or renewed: both here, off the GUI.
            if (signing) {
                RAKKAN_TRY(withJob.contentCredentials, signing->signer(*catalog));
            }
            return reservations::CopyExporter::run(*catalog, works, folder, withJob);
        },
        [this, folder, signed_ = signing.has_value()](const Result<reservations::CopyExporter::Report> &report) {
            m_progress->hide();
            m_cancel->hide();
            if (!report.ok()) {
                fail(tr("Export copies"), report.error().message);
                return;
            }
            QString message = tr("%n copy(ies) with the reservation in %1.", nullptr, int(report->written.size()))
                                  .arg(QDir::toNativeSeparators(folder));
            if (signed_) {
                message += QLatin1Char(' ') + tr("JPEG, PNG and WebP copies carry signed Content Credentials.");
                if (!report->withoutCredentials.isEmpty())
                    message += QLatin1Char(' ') + tr("%n copy(ies) in other formats have none; choose a longest side "
                                                     "to make web copies, which can carry them.",
                                                     nullptr, int(report->withoutCredentials.size()));
            }
            if (!report->failed.isEmpty())
                message += QLatin1Char('\n') + report->failed.join(QLatin1Char('\n'));
            m_status->setText(message);
            Q_EMIT copiesExported(int(report->written.size()), int(report->failed.size()));
            if (!report->failed.isEmpty())
                m_dialogs->showError(this, tr("Export copies"), message);
        });
    Q_EMIT jobStarted(m_copies);
}

CheckReservationsDialog *ReservationsDialog::openChecker()
{
    auto *dialog = findChild<CheckReservationsDialog *>();
    if (!dialog)
        dialog = new CheckReservationsDialog(m_dialogs, policy().agents, this);
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace rakkan::ui
