#include "ui/optout/AddRegistryDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rakkan::ui {

AddRegistryDialog::AddRegistryDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Add Registry"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An ISCC hub records signed, timestamped declarations. Rakkan asks the hub for its "
                                "key and pins it: receipts signed with another key are refused."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("e.g. Creators' association hub"));
    form->addRow(tr("&Name:"), m_name);
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("https://hub.example.org"));
    form->addRow(tr("&Address:"), m_url);
    m_urlWarning = new QLabel;
    m_urlWarning->setObjectName(QStringLiteral("registryUrlWarning"));
    m_urlWarning->setWordWrap(true);
    m_urlWarning->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_urlWarning->setText(tr("Plain http is not encrypted: use https:// unless the hub runs on this computer."));
    m_urlWarning->setVisible(false);
    form->addRow(QString(), m_urlWarning);
    m_ca = new QLineEdit;
    m_ca->setPlaceholderText(tr("Only for a hub with its own certificate authority"));
    auto *browse = new QPushButton(tr("Browse..."));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    // A label for a row of several widgets gets no buddy from the form: given one, its "&C" is a shortcut, not text.
    auto *caLabel = new QLabel(tr("&CA certificate:"));
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    m_gateway = new QLineEdit;
    m_gateway->setPlaceholderText(QStringLiteral("https://your-site.example/optout/{iscc_id}"));
    form->addRow(tr("Your &reservation page:"), m_gateway);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    auto validate = [this] {
        const QUrl address(m_url->text().trimmed());
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_name->text().trimmed().isEmpty() && address.isValid() && !address.host().isEmpty() &&
                         (address.scheme() == QLatin1String("https") || address.scheme() == QLatin1String("http")));
        m_urlWarning->setVisible(address.scheme() == QLatin1String("http") && !address.host().isEmpty() &&
                                 !isLocal(address));
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_url, &QLineEdit::textChanged, this, validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), QString(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_ca->setText(file);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool AddRegistryDialog::isLocal(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

QString AddRegistryDialog::name() const
{
    return m_name->text().trimmed();
}
QString AddRegistryDialog::url() const
{
    return m_url->text().trimmed();
}
QString AddRegistryDialog::caFile() const
{
    return m_ca->text().trimmed();
}
QString AddRegistryDialog::gateway() const
{
    return m_gateway->text().trimmed();
}

} // namespace rakkan::ui
