#pragma once

// Shared by the GUI tests: the answers a user would give to the window's questions, and Japanese typed the way an
// input method commits it.

#include "ui/common/Dialogs.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QUrl>
#include <QWidget>

namespace rakkan::ui {

// Answers the window's questions the way a user would, and remembers the errors it was shown.
class ScriptedDialogs final : public Dialogs
{
public:
    QString folder;
    QStringList files;
    QStringList errors;
    QStringList folderTitles;

    QStringList chooseImageFiles(QWidget *) override { return files; }
    QString chooseFolder(QWidget *, const QString &title) override
    {
        folderTitles << title;
        return folder;
    }
    QString chooseCatalogToOpen(QWidget *) override { return {}; }
    QString chooseNewCatalog(QWidget *) override { return {}; }
    void showError(QWidget *, const QString &, const QString &message) override { errors << message; }
    void showInformation(QWidget *, const QString &, const QString &message) override { errors << message; }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    bool confirmAfterReading(QWidget *, const QString &, const QString &message, const QString &details,
                             const QString &) override
    {
        confirmations << message;
        readDetails << details;
        return confirmAnswer;
    }
    UnsavedChoice askUnsavedChanges(QWidget *, const QString &, const QString &message) override
    {
        unsavedQuestions << message;
        return unsavedAnswer;
    }
    std::optional<QString> askPassphrase(QWidget *, const QString &, const QString &prompt, bool, int) override
    {
        passphrasePrompts << prompt;
        if (passphrases.isEmpty())
            return std::nullopt;
        return passphrases.takeFirst();
    }
    QString chooseSaveFile(QWidget *, const QString &, const QString &, const QString &) override { return saveFile; }
    QString chooseOpenFile(QWidget *, const QString &, const QString &) override { return openFile; }
    // The backup's file is saveFile; its passphrases come from `passphrases`: the key's first when asked for.
    std::optional<BackupAnswers> askBackup(QWidget *, const QString &, const QString &, const QString &,
                                           bool needsKeyPassphrase, int) override
    {
        ++backupQuestions;
        if (saveFile.isEmpty() || passphrases.size() < (needsKeyPassphrase ? 2 : 1))
            return std::nullopt;
        BackupAnswers answers;
        answers.path = saveFile;
        if (needsKeyPassphrase)
            answers.keyPassphrase = passphrases.takeFirst();
        answers.backupPassphrase = passphrases.takeFirst();
        return answers;
    }
    void openUrl(const QUrl &url) override { openedUrls << url; }
    std::optional<QString> askText(QWidget *, const QString &, const QString &) override
    {
        if (texts.isEmpty())
            return std::nullopt;
        return texts.takeFirst();
    }

    bool confirmAnswer = true;
    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    QStringList unsavedQuestions;
    QStringList confirmations;
    QStringList readDetails;
    int backupQuestions = 0;
    QList<QUrl> openedUrls;
    QStringList texts;
    QStringList passphrases;
    QStringList passphrasePrompts;
    QString saveFile;
    QString openFile;
};

// Japanese text arrives from an input method, not as key presses: commit it the way an IME does.
inline void typeWithInputMethod(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace rakkan::ui
