#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QUrl;
class QWidget;

namespace rakkan::ui {

// Every modal question the main window asks goes through here, so that GUI tests can answer instead of a person
// (a test installs a subclass; the product uses this one).
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(rakkan::ui::Dialogs)

public:
    virtual ~Dialogs() = default;

    virtual QStringList chooseImageFiles(QWidget *parent);
    // `title` says what the folder is for ("Where to write the site kit"); empty: a folder to import.
    virtual QString chooseFolder(QWidget *parent, const QString &title = {});
    virtual QString chooseCatalogToOpen(QWidget *parent);
    virtual QString chooseNewCatalog(QWidget *parent);
    virtual void showError(QWidget *parent, const QString &title, const QString &message);
    virtual void showInformation(QWidget *parent, const QString &title, const QString &message);
    virtual bool confirm(QWidget *parent, const QString &title, const QString &message);
    // A question over a long text to read first (every note that will leave the computer), in a scrollable view;
    // true when the user accepts with `acceptText`.
    virtual bool confirmAfterReading(QWidget *parent, const QString &title, const QString &message,
                                     const QString &details, const QString &acceptText);
    // Unsaved changes are about to be left: keep them (Save), drop them (Discard) or stay (Cancel).
    enum class UnsavedChoice { Save, Discard, Cancel };
    virtual UnsavedChoice askUnsavedChanges(QWidget *parent, const QString &title, const QString &message);
    // A passphrase typed with echo off (twice when `confirm`, and at least `minLength` characters); nullopt when
    // the user cancels.
    virtual std::optional<QString> askPassphrase(QWidget *parent, const QString &title, const QString &prompt,
                                                 bool confirm, int minLength);
    virtual QString chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                   const QString &filter);
    // Everything a key backup needs, asked in one window: where to write it, the key's own passphrase (when the key
    // is kept in a passphrase-protected file) and a new passphrase for the backup, typed twice.
    struct BackupAnswers
    {
        QString path;
        QString keyPassphrase;
        QString backupPassphrase;
    };
    virtual std::optional<BackupAnswers> askBackup(QWidget *parent, const QString &title, const QString &explanation,
                                                   const QString &suggestedPath, bool needsKeyPassphrase,
                                                   int minLength);
    virtual QString chooseOpenFile(QWidget *parent, const QString &title, const QString &filter);
    // One line of text (a name); nullopt when the user cancels.
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label);
    // Opens a web page or folder in the desktop's own application (a vendor's form, Have I Been Trained).
    virtual void openUrl(const QUrl &url);
};

} // namespace rakkan::ui
