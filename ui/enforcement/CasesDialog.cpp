#include "ui/enforcement/CasesDialog.h"

#include "catalog/WorkStore.h"
#include "enforcement/CaseStatus.h"
#include "ui/common/Dates.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

using namespace enforcement;

namespace {

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString confidenceLabel(const QString &key)
{
    if (key == QLatin1String("same_picture"))
        return CasesDialog::tr("The same picture");
    if (key == QLatin1String("very_likely"))
        return CasesDialog::tr("Very likely a copy");
    return CasesDialog::tr("Possibly a copy");
}

QString fileKindLabel(const QString &kind)
{
    if (kind == QLatin1String("capture"))
        return CasesDialog::tr("Capture of the page");
    if (kind == QLatin1String("evidence"))
        return CasesDialog::tr("Evidence bag");
    return CasesDialog::tr("Notice");
}

} // namespace

CasesDialog::CasesDialog(CatalogBinding catalog, MatcherCache matcher, Dialogs *dialogs,
                         identity::IdentityManager::VaultFactory vaults, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_matcher(std::move(matcher)), m_dialogs(dialogs),
      m_vaults(std::move(vaults))
{
    setObjectName(QStringLiteral("casesDialog"));
    setWindowTitle(tr("Cases"));
    resize(1180, 720);

    m_openButton = new QPushButton(tr("Open a Case from a Page..."), this);
    m_recheck = new QPushButton(tr("Check Again"), this);
    m_freeze = new QPushButton(tr("Freeze Evidence"), this);
    m_draft = new QPushButton(tr("Draft Notice"), this);
    m_mark = new QToolButton(this);
    m_mark->setText(tr("Mark As"));
    m_mark->setPopupMode(QToolButton::InstantPopup);
    m_mark->setMenu(new QMenu(m_mark));
    m_license = new QPushButton(tr("License Instead..."), this);
    m_close = new QPushButton(tr("Close Case"), this);
    auto *licensedUses = new QPushButton(tr("Licensed Uses and Contact..."), this);
    auto *crawlerLogs = new QPushButton(tr("Crawler Logs..."), this);
    auto *actions = new QHBoxLayout;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_openButton, m_recheck, m_freeze, m_draft, m_mark, m_license, m_close})
        actions->addWidget(w);
    actions->addStretch(1);
    actions->addWidget(crawlerLogs);
    actions->addWidget(licensedUses);

    // The inbox.
    m_view = new QComboBox(this);
    m_view->addItems({tr("Needing attention"), tr("Due within a week"), tr("All cases"), tr("Finished")});
    m_view->setAccessibleName(tr("Which cases to show"));
    m_inbox = makeTree({tr("Case"), tr("Status"), tr("Page"), tr("Due")}, this);
    m_inbox->setAccessibleName(tr("Cases"));
    m_inbox->setSortingEnabled(false);
    m_inbox->header()->setStretchLastSection(false);
    m_inbox->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_view);
    leftLayout->addWidget(m_inbox);
    left->setMinimumWidth(340);

    // The case's page.
    m_heading = new QLabel(this);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_deadline = new QLabel(this);
    m_deadline->setWordWrap(true);
    m_tabs = new QTabWidget(this);

    m_copies = makeTree({tr("Picture on the page"), tr("Your work"), tr("How sure"), tr("Last seen")}, this);
    m_copies->setAccessibleName(tr("Copies found"));
    m_copies->header()->setStretchLastSection(false);
    m_copies->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tabs->addTab(m_copies, tr("Copies"));

    auto *details = new QWidget(this);
    auto *form = new QFormLayout(details);
    m_platform = new QLineEdit(details);
    m_account = new QLineEdit(details);
    m_regime = new QComboBox(details);
    for (Regime r : {Regime::Unset, Regime::Dmca, Regime::Dsa, Regime::Jp})
        m_regime->addItem(regimeLabel(r), regimeKey(r));
    m_note = new QPlainTextEdit(details);
    m_save = new QPushButton(tr("Save"), details);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Account or uploader:"), m_account);
    form->addRow(tr("Law for the notice:"), m_regime);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_save);
    m_tabs->addTab(details, tr("Details"));

    auto *evidence = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    m_files = makeTree({tr("When"), tr("What"), tr("File"), tr("SHA-256")}, evidence);
    m_files->setAccessibleName(tr("Evidence and notices kept"));
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *sealForm = new QFormLayout;
    m_tsa = new QLineEdit(evidence);
    m_tsa->setPlaceholderText(QStringLiteral("https://"));
    m_tsa->setToolTip(tr("An RFC 3161 time-stamping authority proves when the evidence was sealed."));
    m_originals = new QCheckBox(tr("Include the works' own files (otherwise only their hashes)"), evidence);
    sealForm->addRow(tr("Time-stamping authority:"), m_tsa);
    sealForm->addRow(QString(), m_originals);
    auto *noticeRow = new QHBoxLayout;
    m_noticeLanguage = new QComboBox(evidence);
    m_noticeLanguage->addItem(tr("The recipient's language"), QString());
    m_noticeLanguage->addItem(tr("Japanese"), QStringLiteral("ja"));
    m_noticeLanguage->addItem(tr("English"), QStringLiteral("en"));
    m_noticeLanguage->addItem(tr("Japanese and English"), QStringLiteral("both"));
    m_noticeLanguage->setAccessibleName(tr("Language of the notice"));
    m_noticeFormat = new QComboBox(evidence);
    m_noticeFormat->addItem(tr("Plain text"), QStringLiteral("text"));
    m_noticeFormat->addItem(tr("E-mail to send (.eml)"), QStringLiteral("eml"));
    m_noticeFormat->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_noticeFormat->setAccessibleName(tr("Format of the notice"));
    m_forward = new QCheckBox(tr("The request may be shown to the poster"), evidence);
    m_forward->setChecked(true);
    m_disclose = new QCheckBox(tr("My name may be disclosed to the poster"), evidence);
    m_sameSite = new QCheckBox(tr("List the other open cases on this site too"), evidence);
    noticeRow->addWidget(m_noticeLanguage);
    noticeRow->addWidget(m_noticeFormat);
    noticeRow->addWidget(m_forward);
    noticeRow->addWidget(m_disclose);
    noticeRow->addWidget(m_sameSite);
    noticeRow->addStretch(1);
    m_noticeText = new QPlainTextEdit(evidence);
    m_noticeText->setReadOnly(true);
    m_noticeText->setAccessibleName(tr("The notice drafted"));
    m_noticeText->setPlaceholderText(tr("The notice drafted last appears here. Rakkan never sends it: you do."));
    evidenceLayout->addWidget(m_files, 2);
    evidenceLayout->addLayout(sealForm);
    evidenceLayout->addLayout(noticeRow);
    evidenceLayout->addWidget(m_noticeText, 3);
    m_tabs->addTab(evidence, tr("Evidence and Notices"));

    auto *hosting = new QWidget(this);
    auto *hostingLayout = new QVBoxLayout(hosting);
    m_hosts = new QPlainTextEdit(hosting);
    m_hosts->setReadOnly(true);
    m_hosts->setAccessibleName(tr("Who hosts the page"));
    m_hosts->setPlaceholderText(tr("Look up the platform, a content delivery network in front of the site, the "
                                   "domain's registrar and the network's abuse contact."));
    m_lookUp = new QPushButton(tr("Look Up"), hosting);
    hostingLayout->addWidget(m_hosts);
    hostingLayout->addWidget(m_lookUp, 0, Qt::AlignLeft);
    m_tabs->addTab(hosting, tr("Who Hosts It"));

    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    m_timeline = makeTree({tr("When"), tr("From"), tr("To"), tr("Note")}, history);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_chain = new QLabel(history);
    m_chain->setWordWrap(true);
    historyLayout->addWidget(m_timeline);
    historyLayout->addWidget(m_chain);
    m_tabs->addTab(history, tr("Timeline"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_deadline);
    rightLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 760});

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] { fillInbox(); });
    connect(m_inbox, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id == m_current)
            return;
        if (!settleEdits()) {
            // Stay on the case whose edits the user kept.
            const QSignalBlocker block(m_inbox);
            for (int i = 0; i < m_inbox->topLevelItemCount(); ++i)
                if (m_inbox->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == m_current)
                    m_inbox->setCurrentItem(m_inbox->topLevelItem(i));
            return;
        }
        loadDetails(id);
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] { askToOpen(); });
    connect(m_recheck, &QPushButton::clicked, this, &CasesDialog::recheck);
    connect(m_freeze, &QPushButton::clicked, this, &CasesDialog::freezeEvidence);
    connect(m_draft, &QPushButton::clicked, this, &CasesDialog::draftNotice);
    connect(m_license, &QPushButton::clicked, this, &CasesDialog::license);
    connect(m_close, &QPushButton::clicked, this, &CasesDialog::closeCase);
    connect(m_lookUp, &QPushButton::clicked, this, &CasesDialog::lookUpHosts);
    connect(m_save, &QPushButton::clicked, this, &CasesDialog::saveDetails);
    connect(licensedUses, &QPushButton::clicked, this, &CasesDialog::editLicensedUses);
    connect(crawlerLogs, &QPushButton::clicked, this, &CasesDialog::openCrawlerLogs);
    for (QLineEdit *edit : {m_platform, m_account})
        connect(edit, &QLineEdit::textEdited, this, &CasesDialog::updateActions);
    connect(m_regime, &QComboBox::currentIndexChanged, this, &CasesDialog::updateActions);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CasesDialog::updateActions);
    updateActions();
}

CasesDialog::~CasesDialog() = default;

void CasesDialog::fail(const QString &title, const QString &message)
{
    m_status->setText(message);
    m_dialogs->showError(this, title, message);
}

void CasesDialog::reload()
{
    m_catalog.submit<Result<QList<Case>>>(
        this, [](catalog::Catalog &c) { return CaseStore(c).list(); },
        [this](const Result<QList<Case>> &list) {
            if (!list.ok()) {
                fail(tr("Cases"), list.error().message);
                return;
            }
            m_cases = *list;
            fillInbox();
            Q_EMIT loaded();
        });
}

void CasesDialog::setView(View view)
{
    m_view->setCurrentIndex(int(view));
}

void CasesDialog::fillInbox()
{
    const QSignalBlocker block(m_inbox);
    m_inbox->clear();
    const QDateTime weekAhead = QDateTime::currentDateTimeUtc().addDays(7);
    QTreeWidgetItem *current = nullptr;
    for (const Case &c : std::as_const(m_cases)) {
        const bool open = CaseStatusMachine::isOpen(c.status);
        const bool show =
            m_view->currentIndex() == NeedsAttention ? open || (c.deadline.isValid() && c.status == CaseStatus::Removed)
            : m_view->currentIndex() == DueSoon      ? c.deadline.isValid() && c.deadline < weekAhead &&
                                                      c.status != CaseStatus::Closed && c.status != CaseStatus::Licensed
            : m_view->currentIndex() == Finished ? !open
                                                 : true;
        if (!show)
            continue;
        auto *item = new QTreeWidgetItem(
            m_inbox, {QString::number(c.id), CaseStatusMachine::label(c.status), c.pageUrl,
                      c.deadline.isValid() ? dateText(c.deadline.toLocalTime().date()) : QString()});
        item->setData(0, Qt::UserRole, c.id);
        item->setToolTip(2, c.pageUrl);
        if (c.deadline.isValid()) {
            item->setToolTip(3, c.deadlineReason);
            if (c.deadline < QDateTime::currentDateTimeUtc())
                item->setForeground(3, palette().color(QPalette::Link).darker(120));
        }
        if (c.id == m_current)
            current = item;
    }
    for (int column : {0, 1, 3})
        m_inbox->resizeColumnToContents(column);
    if (current)
        m_inbox->setCurrentItem(current);
    else if (m_current == 0 && m_inbox->topLevelItemCount() > 0)
        m_inbox->setCurrentItem(m_inbox->topLevelItem(0));
    if (m_inbox->topLevelItemCount() == 0)
        m_status->setText(m_cases.isEmpty() ? tr("No cases yet. When you find a copy of your work online, open a case "
                                                 "from the page's address.")
                                            : tr("No case in this view."));
    // The first case shown is loaded when nothing was shown yet.
    if (m_current == 0 && m_inbox->currentItem())
        loadDetails(m_inbox->currentItem()->data(0, Qt::UserRole).toLongLong());
}

void CasesDialog::selectCase(qint64 id)
{
    if (!settleEdits())
        return;
    loadDetails(id);
}

void CasesDialog::loadDetails(qint64 id)
{
    m_current = id;
    m_catalog.submit<Result<Details>>(
        this,
        [id](catalog::Catalog &catalog) -> Result<Details> {
            CaseStore cases(catalog);
            Details d;
            RAKKAN_TRY(d.theCase, cases.get(id));
            RAKKAN_TRY(d.events, cases.history(id));
            RAKKAN_TRY(d.files, cases.files(id));
            RAKKAN_TRY(auto broken, cases.verifyHistory());
            d.historyIntact = !broken;
            RAKKAN_TRY(d.tsaUrl, cases.timeStampAuthority());
            RAKKAN_TRY(auto repeat, cases.repeatInfringers());
            for (const RepeatInfringer &r : repeat)
                if (r.host == d.theCase.host && (r.account.isEmpty() || r.account == d.theCase.account))
                    d.repeat << r;
            catalog::WorkStore works(catalog.database());
            for (const CaseCopy &copy : d.theCase.copies)
                if (copy.workId && !d.titles.contains(copy.workId))
                    if (auto title = works.title(copy.workId); title.ok())
                        d.titles.insert(copy.workId, *title);
            return d;
        },
        [this, id](const Result<Details> &details) {
            if (id != m_current)
                return; // another case was chosen since
            if (!details.ok()) {
                fail(tr("Cases"), details.error().message);
                return;
            }
            showDetails(*details);
            Q_EMIT detailsLoaded(id);
        });
}

void CasesDialog::showDetails(const Details &d)
{
    m_shown = d;
    const Case &c = d.theCase;
    m_heading->setText(
        tr("<b>Case %1</b> · %2<br>%3").arg(c.id).arg(CaseStatusMachine::label(c.status), c.pageUrl.toHtmlEscaped()));
    QStringList notes;
    if (c.deadline.isValid())
        notes << tr("Due %1: %2").arg(dateText(c.deadline.toLocalTime().date()), c.deadlineReason);
    // Hosts are expected to end repeat infringers' accounts (DMCA §512(i)): say when this is one.
    for (const RepeatInfringer &r : d.repeat)
        notes << (r.account.isEmpty()
                      ? tr("%1 has %2 cases, %3 of them removed.").arg(r.host).arg(r.cases).arg(r.removed)
                      : tr("The account %1 has %2 cases on %3, %4 of them removed.")
                            .arg(r.account)
                            .arg(r.cases)
                            .arg(r.host)
                            .arg(r.removed));
    m_deadline->setText(notes.join(QLatin1Char('\n')));
    m_copies->clear();
    for (const CaseCopy &copy : c.copies) {
        auto *item = new QTreeWidgetItem(
            m_copies,
            {copy.imageUrl, copy.workId ? d.titles.value(copy.workId, tr("Work %1").arg(copy.workId)) : tr("(removed)"),
             confidenceLabel(copy.confidence), dateTimeText(copy.lastSeen)});
        item->setToolTip(0, copy.imageUrl);
    }
    for (int column : {1, 2, 3})
        m_copies->resizeColumnToContents(column);
    m_platform->setText(c.platform);
    m_account->setText(c.account);
    m_regime->setCurrentIndex(std::max(0, m_regime->findData(regimeKey(c.regime))));
    m_note->setPlainText(c.note);
    if (m_tsa->text().isEmpty())
        m_tsa->setText(d.tsaUrl);
    m_files->clear();
    for (const auto &f : d.files) {
        auto *item =
            new QTreeWidgetItem(m_files, {dateTimeText(f.createdAt), fileKindLabel(f.kind), f.path, f.sha256.left(16)});
        item->setToolTip(3, f.sha256);
        item->setData(0, Qt::UserRole, f.path);
    }
    for (int column : {0, 1, 3})
        m_files->resizeColumnToContents(column);
    m_timeline->clear();
    for (const auto &e : d.events) {
        const auto from = CaseStatusMachine::fromKey(e.from);
        const auto to = CaseStatusMachine::fromKey(e.to);
        // A file kept or a detail corrected leaves the state as it was: only the note says what happened.
        const bool moved = e.from != e.to;
        new QTreeWidgetItem(m_timeline,
                            {dateTimeText(e.at), moved && from ? CaseStatusMachine::label(*from) : QString(),
                             !moved ? QString()
                             : to   ? CaseStatusMachine::label(*to)
                                    : e.to,
                             e.note});
    }
    m_timeline->resizeColumnToContents(0);
    m_chain->setText(d.historyIntact
                         ? tr("Every step is chained to the one before it: the history has not been changed.")
                         : tr("The history was changed outside Rakkan: it no longer holds as a record."));
    // The states this case can move to.
    QMenu *menu = m_mark->menu();
    menu->clear();
    for (CaseStatus next : CaseStatusMachine::next(c.status)) {
        if (!CaseStatusMachine::markable(next) || next == CaseStatus::Closed)
            continue; // their own buttons
        menu->addAction(CaseStatusMachine::label(next), this, [this, next] { moveTo(next); });
    }
    updateActions();
}

bool CasesDialog::detailsDirty() const
{
    if (!m_shown)
        return false;
    const Case &c = m_shown->theCase;
    return m_platform->text().trimmed() != c.platform || m_account->text().trimmed() != c.account ||
           m_regime->currentData().toString() != regimeKey(c.regime) || m_note->toPlainText() != c.note;
}

void CasesDialog::updateActions()
{
    const bool shown = m_shown.has_value() && m_current == m_shown->theCase.id;
    const bool busy = m_job && m_job->isRunning();
    const CaseStatus status = shown ? m_shown->theCase.status : CaseStatus::Found;
    m_recheck->setEnabled(shown && !busy);
    m_freeze->setEnabled(shown && !busy && status != CaseStatus::Licensed);
    m_draft->setEnabled(shown && status != CaseStatus::Licensed && status != CaseStatus::Closed);
    m_mark->setEnabled(shown && !m_mark->menu()->isEmpty());
    m_license->setEnabled(shown && CaseStatusMachine::allowed(status, CaseStatus::Licensed));
    m_close->setEnabled(shown && CaseStatusMachine::allowed(status, CaseStatus::Closed));
    m_lookUp->setEnabled(shown && !busy);
    m_openButton->setEnabled(!busy);
    m_save->setEnabled(shown && detailsDirty());
}

void CasesDialog::saveDetails()
{
    if (!m_shown)
        return;
    const qint64 id = m_shown->theCase.id;
    const QString platform = m_platform->text().trimmed();
    const QString account = m_account->text().trimmed();
    const Regime regime = regimeFromKey(m_regime->currentData().toString()).value_or(Regime::Unset);
    const QString note = m_note->toPlainText();
    // What was typed is what the catalogue now holds: the form is no longer "unsaved" while the write is on its way.
    m_shown->theCase.platform = platform;
    m_shown->theCase.account = account;
    m_shown->theCase.regime = regime;
    m_shown->theCase.note = note;
    updateActions();
    m_catalog.submit<Result<void>>(
        this, [=](catalog::Catalog &c) { return CaseStore(c).setDetails(id, platform, account, regime, note); },
        [this, id](const Result<void> &done) {
            Q_EMIT saved(done.ok());
            if (!done.ok()) {
                fail(tr("Cases"), done.error().message);
                return;
            }
            m_status->setText(tr("Case %1 saved.").arg(id));
            if (id == m_current)
                loadDetails(id);
        });
}

bool CasesDialog::settleEdits()
{
    if (!detailsDirty())
        return true;
    switch (m_dialogs->askUnsavedChanges(
        this, tr("Cases"), tr("The details of case %1 have changed. Save them?").arg(m_shown->theCase.id))) {
    case Dialogs::UnsavedChoice::Save:
        saveDetails();
        return true;
    case Dialogs::UnsavedChoice::Discard:
        showDetails(*m_shown);
        return true;
    case Dialogs::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

void CasesDialog::done(int result)
{
    if (!settleEdits())
        return;
    QDialog::done(result);
}

} // namespace rakkan::ui
