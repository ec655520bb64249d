#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rakkan::ui {

// Asks for a passphrase with echo off; for a new one, twice and at least minLength characters, with the reason
// shown while it cannot be accepted.
class PassphraseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphraseDialog)

public:
    PassphraseDialog(const QString &title, const QString &prompt, bool confirm, int minLength,
                     QWidget *parent = nullptr);
    QString passphrase() const;

private:
    void validate();

    int m_minLength;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace rakkan::ui
