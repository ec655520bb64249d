#pragma once

#include "catalog/EventChain.h"
#include "enforcement/Case.h"
#include "enforcement/CaseStore.h"
#include "identity/IdentityManager.h"
#include "matching/CatalogMatcher.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/HoldsEdits.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace rakkan::ui {

class Dialogs;
class Job;

// Enforcement: the inbox of cases by state and deadline, and a case's page: the copies found, its details, the
// evidence and notices kept, who hosts it, and its timeline. From here a case is opened from a page's address,
// fetched again, its evidence frozen (signed, time-stamped), its notice drafted, and moved through its states.
// Catalogue reads and writes go to the catalogue's thread, fetching and sealing to jobs: the window never waits.
class CasesDialog final : public QDialog, public HoldsEdits
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesDialog)

public:
    using MatcherCache = std::shared_ptr<std::unique_ptr<matching::CatalogMatcher>>;
    enum View { NeedsAttention, DueSoon, AllCases, Finished };

    CasesDialog(CatalogBinding catalog, MatcherCache matcher, Dialogs *dialogs,
                identity::IdentityManager::VaultFactory vaults, QWidget *parent = nullptr);
    ~CasesDialog() override;

    void reload();
    void selectCase(qint64 id);
    void setView(View view);

    // The actions behind the buttons (public for tests and for the match windows).
    void openFromUrl(const QString &url, const QString &account = {});
    // Asks for the page's address, then opens the case.
    void askToOpen();
    void recheck();
    void freezeEvidence();
    void draftNotice();
    void moveTo(enforcement::CaseStatus status);
    void license();
    void closeCase();
    void lookUpHosts();
    void saveDetails();
    void editLicensedUses();
    void openCrawlerLogs();
    bool settleEdits() override;
    void done(int result) override;

    qint64 currentId() const { return m_current; }
    QTreeWidget *inbox() const { return m_inbox; }
    QTreeWidget *copies() const { return m_copies; }
    QTreeWidget *files() const { return m_files; }
    QTreeWidget *timeline() const { return m_timeline; }
    QPlainTextEdit *hosts() const { return m_hosts; }
    QLineEdit *platformEdit() const { return m_platform; }
    QLineEdit *accountEdit() const { return m_account; }
    QComboBox *regimeBox() const { return m_regime; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QComboBox *noticeLanguage() const { return m_noticeLanguage; }
    QComboBox *noticeFormat() const { return m_noticeFormat; }
    QLineEdit *tsaEdit() const { return m_tsa; }
    QCheckBox *originalsBox() const { return m_originals; }
    QCheckBox *sameSiteBox() const { return m_sameSite; }
    QPlainTextEdit *noticeText() const { return m_noticeText; }
    QLabel *heading() const { return m_heading; }
    QToolButton *markButton() const { return m_mark; }

Q_SIGNALS:
    void loaded();
    void detailsLoaded(qint64 id);
    void caseOpened(qint64 id, int copies, const QString &message);
    void rechecked(qint64 id, const QString &state);
    void evidenceFrozen(bool ok, const QString &message);
    void noticeDrafted(bool ok, const QString &path);
    void hostsLookedUp();
    void saved(bool ok);
    void jobStarted(rakkan::ui::Job *job);
    // Something a reminder counts changed (a deadline, a case closed).
    void casesChanged();

private:
    struct Details
    {
        enforcement::Case theCase;
        QList<catalog::ChainEvent> events;
        QList<enforcement::CaseStore::File> files;
        QMap<qint64, QString> titles;
        bool historyIntact = true;
        QString tsaUrl;
        QList<enforcement::RepeatInfringer> repeat; // this case's host and account, when they have other cases
    };

    void loadDetails(qint64 id);
    // After a step of case `id`: the inbox and the case shown again, and the reminders counted again.
    void caseChanged(qint64 id);
    void showDetails(const Details &details);
    void fillInbox();
    void updateActions();
    void fail(const QString &title, const QString &message);
    bool detailsDirty() const;
    // Runs `work` with the catalogue's cached matcher (built the first time) on the catalogue's thread.
    template <typename R>
    void withMatcher(std::function<R(catalog::Catalog &, const matching::CatalogMatcher &)> work,
                     std::function<void(R)> done);

    CatalogBinding m_catalog;
    MatcherCache m_matcher;
    Dialogs *m_dialogs;
    identity::IdentityManager::VaultFactory m_vaults;
    QList<enforcement::Case> m_cases;
    std::optional<Details> m_shown;
    qint64 m_current = 0;
    QPointer<Job> m_job;

    QComboBox *m_view;
    QTreeWidget *m_inbox;
    QLabel *m_heading;
    QLabel *m_deadline;
    QTabWidget *m_tabs;
    QTreeWidget *m_copies;
    QLineEdit *m_platform;
    QLineEdit *m_account;
    QComboBox *m_regime;
    QPlainTextEdit *m_note;
    QPushButton *m_save;
    QTreeWidget *m_files;
    QLineEdit *m_tsa;
    QCheckBox *m_originals;
    QComboBox *m_noticeLanguage;
    QComboBox *m_noticeFormat;
    QCheckBox *m_forward;
    QCheckBox *m_disclose;
    QCheckBox *m_sameSite;
    QPlainTextEdit *m_noticeText;
    QPlainTextEdit *m_hosts;
    QTreeWidget *m_timeline;
    QLabel *m_chain;
    QLabel *m_status;
    QPushButton *m_openButton;
    QPushButton *m_recheck;
    QPushButton *m_freeze;
    QPushButton *m_draft;
    QToolButton *m_mark;
    QPushButton *m_license;
    QPushButton *m_close;
    QPushButton *m_lookUp;
};

} // namespace rakkan::ui
