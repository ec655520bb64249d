// The main window's actions, menus and tool bar, and the feature windows they open (one of each, bound to the
// catalogue open when it was made).

#include "ui/catalogue/WorksBrowser.h"
#include "ui/common/CatalogSession.h"
#include "ui/common/Dialogs.h"
#include "ui/common/Job.h"
#include "ui/common/SingleWindow.h"
#include "ui/enforcement/CasesDialog.h"
#include "ui/identity/IdentitiesDialog.h"
#include "ui/licensing/OffersDialog.h"
#include "ui/main/HelpWindows.h"
#include "ui/main/MainWindow.h"
#include "ui/matching/CheckImageDialog.h"
#include "ui/matching/NearDuplicatesDialog.h"
#include "ui/matching/ScanFolderDialog.h"
#include "ui/optout/DeclarationsDialog.h"
#include "ui/optout/OptOutFormsDialog.h"
#include "ui/optout/VendorFormsPage.h"
#include "ui/reservations/ReservationsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace rakkan::ui {

namespace {
QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

QAction *makeAction(QObject *parent, const QString &text, const char *objectName)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    return action;
}
} // namespace

void MainWindow::createActions()
{
    m_newCatalog = makeAction(this, tr("&New Catalogue..."), "newCatalogAction");
    connect(m_newCatalog, &QAction::triggered, this, [this] {
        if (const QString path = m_dialogs->chooseNewCatalog(this); !path.isEmpty())
            openCatalog(path);
    });
    m_openCatalog = makeAction(this, tr("&Open Catalogue..."), "openCatalogAction");
    m_openCatalog->setIcon(themeIcon("document-open", QStyle::SP_DialogOpenButton));
    m_openCatalog->setShortcut(QKeySequence::Open);
    connect(m_openCatalog, &QAction::triggered, this, [this] {
        if (const QString path = m_dialogs->chooseCatalogToOpen(this); !path.isEmpty())
            openCatalog(path);
    });

    m_importFiles = makeAction(this, tr("&Import Images..."), "importFilesAction");
    m_importFiles->setIcon(themeIcon("document-import", QStyle::SP_FileIcon));
    m_importFiles->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importFiles->setToolTip(tr("Add image files to the catalogue (the files are only read)"));
    connect(m_importFiles, &QAction::triggered, this, [this] { importPaths(m_dialogs->chooseImageFiles(this)); });
    m_importFolder = makeAction(this, tr("Import &Folder..."), "importFolderAction");
    m_importFolder->setIcon(themeIcon("folder-open", QStyle::SP_DirOpenIcon));
    m_importFolder->setToolTip(tr("Add every image in a folder and its subfolders, one work per file"));
    connect(m_importFolder, &QAction::triggered, this, [this] {
        if (const QString dir = m_dialogs->chooseFolder(this); !dir.isEmpty())
            importPaths({dir});
    });
    m_importChapters = makeAction(this, tr("Import Folder as &Chapter..."), "importChaptersAction");
    m_importChapters->setToolTip(tr("Each folder becomes one work whose images are its pages, in name order"));
    connect(m_importChapters, &QAction::triggered, this, [this] {
        if (const QString dir = m_dialogs->chooseFolder(this); !dir.isEmpty())
            importPaths({dir}, cataloguing::ImportOptions::Grouping::FolderPerWork);
    });
    m_backups = makeAction(this, tr("&Backups..."), "backupsAction");
    m_backups->setToolTip(tr("Back up the catalogue, check it for damage, or restore a backup"));
    connect(m_backups, &QAction::triggered, this, [this] { openBackupsDialog(); });
    m_quit = makeAction(this, tr("&Quit"), "quitAction");
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Own actions rather than QUndoStack::createUndoAction, whose "prefix + text" fixes the English word order.
    QUndoStack *stack = m_browser->undoStack();
    m_undo = makeAction(this, tr("&Undo"), "undoAction");
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    // The action, not the window, is captured: the stack may still speak while the window is being destroyed.
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [undo = m_undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    m_redo = makeAction(this, tr("&Redo"), "redoAction");
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [redo = m_redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_find = makeAction(this, tr("&Find"), "findAction");
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_browser, &WorksBrowser::focusSearch);

    m_check = makeAction(this, tr("&Check an Image..."), "checkImageAction");
    m_check->setIcon(themeIcon("edit-find", QStyle::SP_FileDialogContentsView));
    m_check->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_check->setToolTip(tr("Find out which of your works a suspect image comes from"));
    connect(m_check, &QAction::triggered, this, [this] { openCheckDialog(); });

    // The Tools menu, in the order it shows them; nullptr is a separator.
    const QList<std::tuple<QString, const char *, std::function<void()>>> tools = {
        {QString(), nullptr, {}},
        {tr("&Scan a Folder for Copies..."), "scanFolderAction", [this] { openScanDialog(); }},
        {tr("&Near Duplicates..."), "nearDuplicatesAction", [this] { openNearDuplicatesDialog(); }},
        {QString(), nullptr, {}},
        {tr("Signing &Identities..."), "identitiesAction", [this] { openIdentitiesDialog(); }},
        {tr("Co&mpute Missing Fingerprints and ISCC"), "computeMissingAction",
         [this] { computeMissingIdentification(); }},
        {QString(), nullptr, {}},
        {tr("Opt-out &Declarations..."), "declarationsAction", [this] { openDeclarationsDialog(); }},
        {tr("Declare &Works..."), "declareWorksAction",
         [this] {
             auto *dialog = openDeclarationsDialog();
             connect(
                 dialog, &DeclarationsDialog::refreshed, dialog, [dialog] { dialog->chooseWorks(); },
                 Qt::SingleShotConnection);
         }},
        {tr("Opt-out &Forms and Spawning..."), "optOutFormsAction", [this] { openOptOutFormsDialog(); }},
        {QString(), nullptr, {}},
        {tr("&Reservations and Site Kit..."), "reservationsAction", [this] { openReservationsDialog(); }},
        {QString(), nullptr, {}},
        {tr("Licensing &Offers..."), "offersAction", [this] { openOffersDialog(); }},
        {tr("&Cases and Takedowns..."), "casesAction", [this] { openCasesDialog(); }},
    };
    for (const auto &[text, name, run] : tools) {
        if (!name) {
            m_toolActions << nullptr;
            continue;
        }
        auto *action = makeAction(this, text, name);
        connect(action, &QAction::triggered, this, run);
        m_toolActions << action;
    }
}

void MainWindow::createMenus()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addActions({m_newCatalog, m_openCatalog});
    fileMenu->addSeparator();
    fileMenu->addActions({m_importFiles, m_importFolder, m_importChapters});
    fileMenu->addSeparator();
    fileMenu->addAction(m_backups);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quit);

    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({m_undo, m_redo});
    editMenu->addSeparator();
    editMenu->addActions({m_browser->removeAction(), m_find});

    auto *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(m_check);
    for (QAction *action : std::as_const(m_toolActions)) {
        if (action)
            toolsMenu->addAction(action);
        else
            toolsMenu->addSeparator();
    }

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions({m_browser->gridAction(), m_browser->listAction()});

    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto *languageMenu = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("ui/language")).toString();
    const QList<QPair<QString, QString>> choices = {{QString(), tr("System language")},
                                                    {QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("ja"), QStringLiteral("日本語")}};
    for (const auto &[code, label] : choices) {
        auto *action = languageMenu->addAction(label, this, [this, code = code] { setLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *start = helpMenu->addAction(tr("&Getting Started"), this, [this] {
        showSingleWindow<GettingStartedDialog>(this, [this] { return new GettingStartedDialog(this); });
    });
    start->setObjectName(QStringLiteral("gettingStartedAction"));
    start->setShortcut(QKeySequence::HelpContents);
    auto *keys = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        showSingleWindow<ShortcutsDialog>(this, [this] { return new ShortcutsDialog(this, this); });
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    helpMenu->addSeparator();
    auto *about = helpMenu->addAction(tr("&About Rakkan"), this, [this] {
        showSingleWindow<AboutDialog>(this, [this] { return new AboutDialog(catalogPath(), this); });
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void MainWindow::createToolBar()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_importFiles, m_importFolder});
    toolbar->addSeparator();
    toolbar->addAction(m_browser->removeAction());
    toolbar->addSeparator();
    toolbar->addAction(m_check);
    toolbar->addSeparator();
    toolbar->addWidget(m_browser->searchBox());
    toolbar->addSeparator();
    toolbar->addActions({m_browser->gridAction(), m_browser->listAction()});
}

QWidget *MainWindow::createIdentityPrompt()
{
    auto *bar = new QFrame;
    bar->setObjectName(QStringLiteral("identityPrompt"));
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(bar);
    auto *text = new QLabel(tr("<b>Create your signing identity.</b> It signs your opt-out declarations so that "
                               "registries can tell they come from you. The key is made and kept on this "
                               "computer."));
    text->setWordWrap(true);
    auto *create = new QPushButton(tr("Create Identity..."));
    create->setObjectName(QStringLiteral("createIdentityPromptButton"));
    auto *later = new QPushButton(tr("Not Now"));
    later->setObjectName(QStringLiteral("dismissIdentityPromptButton"));
    layout->addWidget(text, 1);
    layout->addWidget(create);
    layout->addWidget(later);
    connect(create, &QPushButton::clicked, this, [this] { openIdentitiesDialog()->newIdentity(); });
    connect(later, &QPushButton::clicked, this, [this] {
        QSettings().setValue(QStringLiteral("identity/promptDismissed"), true);
        m_identityPrompt->hide();
    });
    bar->hide();
    return bar;
}

void MainWindow::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
    m_dialogs->showInformation(this, tr("Language"), tr("Rakkan will use the new language when you next start it."));
}

CheckImageDialog *MainWindow::openCheckDialog()
{
    return showSingleWindow<CheckImageDialog>(this, [this] {
        auto *dialog = new CheckImageDialog(CatalogBinding(m_session), m_matcherCache, this);
        connect(dialog, &CheckImageDialog::showWorkRequested, this, &MainWindow::selectWork);
        connect(dialog, &CheckImageDialog::openCaseRequested, this, [this] { openCasesDialog()->askToOpen(); });
        return dialog;
    });
}

ScanFolderDialog *MainWindow::openScanDialog()
{
    return showSingleWindow<ScanFolderDialog>(this, [this] {
        auto *dialog = new ScanFolderDialog(catalogPath(), this);
        connect(dialog, &ScanFolderDialog::showWorkRequested, this, &MainWindow::selectWork);
        connect(dialog, &ScanFolderDialog::openCaseRequested, this, [this] { openCasesDialog()->askToOpen(); });
        connect(dialog, &ScanFolderDialog::matchRequested, this,
                [this](const QString &path) { openCheckDialog()->checkFile(path); });
        return dialog;
    });
}

NearDuplicatesDialog *MainWindow::openNearDuplicatesDialog()
{
    auto *dialog = showSingleWindow<NearDuplicatesDialog>(this, [this] {
        auto *made = new NearDuplicatesDialog(CatalogBinding(m_session), m_matcherCache, this);
        connect(made, &NearDuplicatesDialog::showWorkRequested, this, &MainWindow::selectWork);
        return made;
    });
    dialog->refresh();
    return dialog;
}

IdentitiesDialog *MainWindow::openIdentitiesDialog()
{
    auto *dialog = showSingleWindow<IdentitiesDialog>(this, [this] {
        auto *made = new IdentitiesDialog(CatalogBinding(m_session), m_dialogs.get(), m_vaults, this);
        connect(made, &IdentitiesDialog::identitiesChanged, this, [this](const QList<identity::Identity> &list) {
            m_browser->setIdentities(list);
            if (!list.isEmpty())
                m_identityPrompt->hide();
        });
        return made;
    });
    dialog->refresh();
    return dialog;
}

ReservationsDialog *MainWindow::openReservationsDialog()
{
    auto *dialog = showSingleWindow<ReservationsDialog>(this, [this] {
        auto *made = new ReservationsDialog(CatalogBinding(m_session), m_dialogs.get(), m_vaults, this);
        connect(made, &ReservationsDialog::jobStarted, this, &MainWindow::track);
        made->load();
        return made;
    });
    dialog->setSelectedWorks(m_browser->selectedWorkIds());
    return dialog;
}

OptOutFormsDialog *MainWindow::openOptOutFormsDialog()
{
    auto *dialog = showSingleWindow<OptOutFormsDialog>(this, [this] {
        auto *made = new OptOutFormsDialog(CatalogBinding(m_session), m_dialogs.get(), m_vaults, this);
        connect(made->vendorForms(), &VendorFormsPage::refreshed, m_reminders, &ReminderService::check);
        return made;
    });
    dialog->setWorks(m_browser->selectedWorkIds());
    dialog->refresh();
    return dialog;
}

OffersDialog *MainWindow::openOffersDialog()
{
    auto *dialog = showSingleWindow<OffersDialog>(this, [this] {
        auto *made = new OffersDialog(CatalogBinding(m_session), m_dialogs.get(), this);
        // Answering or recording an offer changes which deadlines are close.
        connect(made, &OffersDialog::saved, m_reminders, &ReminderService::check);
        return made;
    });
    dialog->setSelectedWorks(m_browser->selectedWorkIds());
    dialog->reload();
    return dialog;
}

CasesDialog *MainWindow::openCasesDialog()
{
    auto *dialog = showSingleWindow<CasesDialog>(this, [this] {
        auto *made = new CasesDialog(CatalogBinding(m_session), m_matcherCache, m_dialogs.get(), m_vaults, this);
        connect(made, &CasesDialog::jobStarted, this, &MainWindow::track);
        // A step of a case changes which deadlines are close.
        connect(made, &CasesDialog::casesChanged, m_reminders, &ReminderService::check);
        return made;
    });
    dialog->reload();
    return dialog;
}

DeclarationsDialog *MainWindow::openDeclarationsDialog()
{
    auto *dialog = showSingleWindow<DeclarationsDialog>(this, [this] {
        auto *made = new DeclarationsDialog(CatalogBinding(m_session), m_dialogs.get(), m_vaults, this);
        connect(made, &DeclarationsDialog::jobStarted, this, &MainWindow::track);
        return made;
    });
    dialog->setSelectedWorks(m_browser->selectedWorkIds());
    dialog->refresh();
    return dialog;
}

} // namespace rakkan::ui
