#include "ui/common/Dialogs.h"

#include "ui/common/PassphraseDialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace rakkan::ui {

namespace {
QString catalogFilter()
{
    return Dialogs::tr("Rakkan catalogues (*.rakkan);;All files (*)");
}
QString picturesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}
} // namespace

QStringList Dialogs::chooseImageFiles(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Import images"), picturesFolder(),
                                         tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.psd *.psb "
                                            "*.clip *.kra *.ora);;All files (*)"));
}

QString Dialogs::chooseFolder(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title.isEmpty() ? tr("Import a folder") : title, picturesFolder());
}

QString Dialogs::chooseCatalogToOpen(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a catalogue"), QString(), catalogFilter());
}

QString Dialogs::chooseNewCatalog(QWidget *parent)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("New catalogue"), QString(), catalogFilter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".rakkan")))
        path += QStringLiteral(".rakkan");
    return path;
}

void Dialogs::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

void Dialogs::showInformation(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::information(parent, title, message);
}

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &message)
{
    return QMessageBox::question(parent, title, message, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

Dialogs::UnsavedChoice Dialogs::askUnsavedChanges(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

std::optional<QString> Dialogs::askPassphrase(QWidget *parent, const QString &title, const QString &prompt,
                                              bool confirm, int minLength)
{
    PassphraseDialog dialog(title, prompt, confirm, minLength, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

QString Dialogs::chooseSaveFile(QWidget *parent, const QString &title, const QString &suggestedName,
                                const QString &filter)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(documents).filePath(suggestedName), filter);
}

QString Dialogs::chooseOpenFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

std::optional<QString> Dialogs::askText(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text.trimmed();
}

void Dialogs::openUrl(const QUrl &url)
{
    QDesktopServices::openUrl(url);
}

} // namespace rakkan::ui
