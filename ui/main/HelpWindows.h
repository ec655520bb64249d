#pragma once

#include <QDialog>

class QMainWindow;

namespace rakkan::ui {

// Help > Keyboard Shortcuts: every action of the main window that has a shortcut, by menu, in the user's
// language and with the keys as this desktop writes them. Built from the actions themselves, so it never lists a
// shortcut that does not exist.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);
};

// Help > Getting Started: what Rakkan is for, in the order a new user does things, and where each is found.
class GettingStartedDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit GettingStartedDialog(QWidget *parent = nullptr);
};

// Help > About Rakkan: the version, what it does with the user's data, where the catalogue is, the libraries
// it is built on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &catalogPath, QWidget *parent = nullptr);

private:
    static QString libraries();
    static QString bundledData();
};

} // namespace rakkan::ui
