#include "ui/enforcement/CaseSettingsDialog.h"

#include "enforcement/CaseStore.h"
#include "ui/common/Dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rakkan::ui {

using namespace enforcement;

CaseSettingsDialog::CaseSettingsDialog(CatalogBinding catalog, Dialogs *dialogs, QWidget *parent)
    : QDialog(parent), m_catalog(std::move(catalog)), m_dialogs(dialogs)
{
    setWindowTitle(tr("Licensed Uses and Contact"));
    resize(760, 520);
    auto *tabs = new QTabWidget(this);

    auto *usesPage = new QWidget(this);
    auto *usesLayout = new QVBoxLayout(usesPage);
    auto *explain = new QLabel(tr("Places where your work is used with your permission. No case is ever opened for "
                                  "a page they cover."),
                               usesPage);
    explain->setWordWrap(true);
    m_uses = new QTreeWidget(usesPage);
    m_uses->setHeaderLabels({tr("Site"), tr("Pages under"), tr("Account"), tr("Note")});
    m_uses->setRootIsDecorated(false);
    m_uses->setAccessibleName(tr("Licensed uses"));
    auto *addRow = new QHBoxLayout;
    m_host = new QLineEdit(usesPage);
    m_host->setPlaceholderText(tr("example.com"));
    m_host->setAccessibleName(tr("Site"));
    m_path = new QLineEdit(usesPage);
    m_path->setPlaceholderText(QStringLiteral("/"));
    m_path->setAccessibleName(tr("Pages under"));
    m_account = new QLineEdit(usesPage);
    m_account->setPlaceholderText(tr("Any account"));
    m_account->setAccessibleName(tr("Account"));
    m_useNote = new QLineEdit(usesPage);
    m_useNote->setPlaceholderText(tr("Who licensed it"));
    m_useNote->setAccessibleName(tr("Note"));
    auto *add = new QPushButton(tr("Add"), usesPage);
    auto *remove = new QPushButton(tr("Remove"), usesPage);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_path, m_account, m_useNote, add})
        addRow->addWidget(w);
    usesLayout->addWidget(explain);
    usesLayout->addWidget(m_uses, 1);
    usesLayout->addLayout(addRow);
    usesLayout->addWidget(remove, 0, Qt::AlignLeft);
    tabs->addTab(usesPage, tr("Licensed Uses"));

    auto *contactPage = new QWidget(this);
    auto *form = new QFormLayout(contactPage);
    auto *why = new QLabel(tr("A DMCA notice and Japan's 送信防止措置依頼 need your name, postal address, telephone "
                              "number and e-mail address; the DSA your name and e-mail. They stay in this catalogue "
                              "and go only into the notices you send. Platforms may publish notices (Lumen): give "
                              "details you are willing to see public."),
                           contactPage);
    why->setWordWrap(true);
    m_name = new QLineEdit(contactPage);
    m_nameLatin = new QLineEdit(contactPage);
    m_address = new QPlainTextEdit(contactPage);
    m_address->setTabChangesFocus(true);
    m_phone = new QLineEdit(contactPage);
    m_email = new QLineEdit(contactPage);
    m_actsFor = new QLineEdit(contactPage);
    m_actsFor->setPlaceholderText(tr("Empty when you hold the rights yourself"));
    auto *save = new QPushButton(tr("Save"), contactPage);
    form->addRow(why);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Name in Latin letters:"), m_nameLatin);
    form->addRow(tr("Postal address:"), m_address);
    form->addRow(tr("Telephone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Acting for:"), m_actsFor);
    form->addRow(QString(), save);
    tabs->addTab(contactPage, tr("Your Contact Details"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this,
            [this] { addLicensedUse(m_host->text(), m_path->text(), m_account->text(), m_useNote->text()); });
    connect(remove, &QPushButton::clicked, this, &CaseSettingsDialog::removeSelected);
    connect(save, &QPushButton::clicked, this, &CaseSettingsDialog::saveContact);
    reload();
}

void CaseSettingsDialog::reload()
{
    struct Loaded
    {
        QList<LicensedUse> uses;
        Complainant who;
    };
    m_catalog.submit<Result<Loaded>>(
        this,
        [](catalog::Catalog &c) -> Result<Loaded> {
            Loaded l;
            CaseStore cases(c);
            RAKKAN_TRY(l.uses, cases.licensedUses());
            RAKKAN_TRY(l.who, cases.complainant());
            return l;
        },
        [this](const Result<Loaded> &found) {
            if (!found.ok()) {
                m_dialogs->showError(this, windowTitle(), found.error().message);
                return;
            }
            m_uses->clear();
            for (const LicensedUse &u : found->uses) {
                auto *item = new QTreeWidgetItem(m_uses, {u.host, u.pathPrefix, u.account, u.note});
                item->setData(0, Qt::UserRole, u.id);
            }
            m_name->setText(found->who.name);
            m_nameLatin->setText(found->who.nameLatin);
            m_address->setPlainText(found->who.address);
            m_phone->setText(found->who.phone);
            m_email->setText(found->who.email);
            m_actsFor->setText(found->who.actsFor);
            Q_EMIT loaded();
        });
}

void CaseSettingsDialog::addLicensedUse(const QString &host, const QString &path, const QString &account,
                                        const QString &note)
{
    LicensedUse use;
    use.host = host.trimmed();
    use.pathPrefix = path.trimmed();
    use.account = account.trimmed();
    use.note = note.trimmed();
    m_catalog.submit<Result<qint64>>(
        this, [use](catalog::Catalog &c) { return CaseStore(c).addLicensedUse(use); },
        [this](const Result<qint64> &added) {
            Q_EMIT saved(added.ok());
            if (!added.ok()) {
                m_dialogs->showError(this, windowTitle(), added.error().message);
                return;
            }
            for (QLineEdit *e : {m_host, m_path, m_account, m_useNote})
                e->clear();
            reload();
        });
}

void CaseSettingsDialog::removeSelected()
{
    const auto *item = m_uses->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    m_catalog.submit<Result<void>>(
        this, [id](catalog::Catalog &c) { return CaseStore(c).removeLicensedUse(id); },
        [this](const Result<void> &done) {
            if (!done.ok())
                m_dialogs->showError(this, windowTitle(), done.error().message);
            reload();
        });
}

void CaseSettingsDialog::saveContact()
{
    const Complainant who{m_name->text(),  m_nameLatin->text(), m_address->toPlainText(),
                          m_phone->text(), m_email->text(),     m_actsFor->text()};
    if (!who.email.trimmed().isEmpty() && !who.email.contains(QLatin1Char('@'))) {
        m_dialogs->showError(this, windowTitle(), tr("\"%1\" is not an e-mail address.").arg(who.email));
        return;
    }
    m_catalog.submit<Result<void>>(
        this, [who](catalog::Catalog &c) { return CaseStore(c).setComplainant(who); },
        [this](const Result<void> &done) {
            Q_EMIT saved(done.ok());
            if (!done.ok())
                m_dialogs->showError(this, windowTitle(), done.error().message);
        });
}

} // namespace rakkan::ui
