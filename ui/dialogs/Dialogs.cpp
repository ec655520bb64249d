#include "dialogs/Dialogs.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

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

QString Dialogs::chooseFolder(QWidget *parent)
{
    return QFileDialog::getExistingDirectory(parent, tr("Import a folder"), picturesFolder());
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

} // namespace rakkan::ui
