#pragma once

#include "reservations/SiteChecker.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rakkan::ui {

class Dialogs;
class Job;

// "Check a file or site": what an image, a local copy of a site or a live address says about AI use, mechanism by
// mechanism. The reading (network, files, metadata) happens off the GUI thread.
class CheckReservationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckReservationsDialog)

public:
    CheckReservationsDialog(Dialogs *dialogs, QList<reservations::AiAgent> agents, QWidget *parent = nullptr);

    void setTarget(const QString &target);
    void check();
    bool isChecking() const;
    const reservations::SiteChecker::Report &report() const { return m_report; }

Q_SIGNALS:
    void checked(bool ok, const QString &message);

private:
    Dialogs *m_dialogs;
    QList<reservations::AiAgent> m_agents;
    reservations::SiteChecker::Report m_report;
    QPointer<Job> m_job;
    QLineEdit *m_target;
    QPushButton *m_check;
    QLabel *m_overall;
    QTableWidget *m_table;
};

} // namespace rakkan::ui
