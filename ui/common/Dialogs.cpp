#include "ui/common/Dialogs.h"

#include "ui/common/PassphraseDialog.h"

#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

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
    return QFileDialog::getOpenFileNames(
        parent, tr("Import images"), picturesFolder(),
        tr("Images (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.gif *.bmp *.heic *.heif "
           "*.avif *.jxl *.psd *.psb *.clip *.kra *.ora *.procreate *.mdp);;All files (*)"));
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

std::optional<Dialogs::BackupAnswers> Dialogs::askBackup(QWidget *parent, const QString &title,
                                                         const QString &explanation, const QString &suggestedPath,
                                                         bool needsKeyPassphrase, int minLength)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("backupDialog"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(explanation);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    auto *path = new QLineEdit(QDir::toNativeSeparators(suggestedPath));
    auto *browse = new QPushButton(tr("Browse..."));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Save to:"));
    pathLabel->setBuddy(path);
    form->addRow(pathLabel, pathRow);
    QLineEdit *key = nullptr;
    if (needsKeyPassphrase) {
        key = new QLineEdit;
        key->setEchoMode(QLineEdit::Password);
        form->addRow(tr("The &key's passphrase:"), key);
    }
    auto *first = new QLineEdit;
    first->setEchoMode(QLineEdit::Password);
    first->setPlaceholderText(tr("At least %n character(s)", nullptr, minLength));
    auto *again = new QLineEdit;
    again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Backup passphrase:"), first);
    form->addRow(tr("&Again:"), again);
    layout->addLayout(form);
    auto *problem = new QLabel;
    problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *ok = buttons->addButton(tr("Write Backup"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    layout->addWidget(buttons);
    const auto validate = [=] {
        QString why;
        if (!first->text().isEmpty() && first->text().size() < minLength)
            why = tr("The backup passphrase needs at least %n character(s).", nullptr, minLength);
        else if (!again->text().isEmpty() && again->text() != first->text())
            why = tr("The two backup passphrases differ.");
        problem->setText(why);
        ok->setEnabled(why.isEmpty() && !path->text().trimmed().isEmpty() && first->text().size() >= minLength &&
                       again->text() == first->text() && (!key || !key->text().isEmpty()));
    };
    for (QLineEdit *edit : {path, first, again})
        QObject::connect(edit, &QLineEdit::textChanged, &dialog, validate);
    if (key)
        QObject::connect(key, &QLineEdit::textChanged, &dialog, validate);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&dialog, path, title] {
        const QString chosen = QFileDialog::getSaveFileName(&dialog, title, path->text(),
                                                            tr("Rakkan key backups (*.rakkankey);;All files (*)"));
        if (!chosen.isEmpty())
            path->setText(QDir::toNativeSeparators(chosen));
    });
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    validate();
    if (key)
        key->setFocus();
    else
        first->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return BackupAnswers{QDir::fromNativeSeparators(path->text().trimmed()), key ? key->text() : QString(),
                         first->text()};
}

bool Dialogs::confirmAfterReading(QWidget *parent, const QString &title, const QString &message, const QString &details,
                                  const QString &acceptText)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setObjectName(QStringLiteral("confirmAfterReadingDialog"));
    dialog.resize(760, 560);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(message);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto *view = new QPlainTextEdit(details);
    view->setObjectName(QStringLiteral("detailsView"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(acceptText, QDialogButtonBox::AcceptRole)->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
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
