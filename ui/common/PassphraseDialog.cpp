#include "ui/common/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rakkan::ui {

PassphraseDialog::PassphraseDialog(const QString &title, const QString &prompt, bool confirm, int minLength,
                                   QWidget *parent)
    : QDialog(parent), m_minLength(minLength)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(prompt);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    // The length asked for is said up front, neutrally; it turns into a problem only once something is typed.
    if (m_minLength > 1)
        m_first->setPlaceholderText(tr("At least %n character(s)", nullptr, m_minLength));
    form->addRow(tr("&Passphrase:"), m_first);
    if (confirm) {
        m_second = new QLineEdit;
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_second);
    }
    layout->addLayout(form);
    m_problem = new QLabel;
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    validate();
}

QString PassphraseDialog::passphrase() const
{
    return m_first->text();
}

void PassphraseDialog::validate()
{
    QString problem;
    if (m_first->text().isEmpty())
        problem.clear(); // nothing typed yet is not a mistake
    else if (m_first->text().size() < m_minLength)
        problem = tr("At least %n character(s).", nullptr, m_minLength);
    else if (m_second && m_second->text() != m_first->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_first->text().isEmpty());
}

} // namespace rakkan::ui
