#pragma once

#include "registry/Spawning.h"
#include "ui/common/CatalogSession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rakkan::ui {

class Dialogs;
class Job;

// Spawning for works published on the web: whether their public URLs are opted out (API key in the system
// keychain), and the hand-off of those URLs to Have I Been Trained, where the creator confirms the opt-out.
// The network and the keychain are used off the GUI thread.
class SpawningPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpawningPage)

public:
    SpawningPage(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent = nullptr);

    void setWorks(const QList<qint64> &workIds) { m_workIds = workIds; }
    void setEndpoints(const registry::SpawningEndpoints &endpoints) { m_endpoints = endpoints; }
    void refresh();
    QList<registry::SpawningUrl> urls() const { return m_urls; }
    bool isBusy() const { return m_busy; }

    // The actions behind the buttons (public for tests).
    void setApiKey();
    void checkStatus();
    void handOff();

Q_SIGNALS:
    void refreshed();
    void finished(bool ok, const QString &message);

private:
    // Runs `work` as a job of this page's; a newer one replaces it.
    template <typename R> void inBackground(std::function<R()> work, std::function<void(R)> finish);
    // Reads the chosen works' URLs, runs `network` on a worker with them, then `record`s its answer.
    template <typename R>
    void
    withUrls(std::function<Result<R>(const QStringList &)> network,
             std::function<Result<void>(catalog::Catalog &, const QList<registry::SpawningUrl> &, const R &)> record,
             std::function<QString(const R &)> describe);
    void done(bool ok, const QString &message);

    CatalogBinding m_catalog;
    Dialogs *m_dialogs;
    registry::SpawningEndpoints m_endpoints;
    QList<qint64> m_workIds;
    QList<registry::SpawningUrl> m_urls;
    bool m_busy = false;
    QPointer<Job> m_job;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<QPushButton *> m_buttons;
};

} // namespace rakkan::ui
